"""The audit log in the reader's words: "Passport", "Date of expiry", not `people.identitydocument 42`, `expiry_date`.

An event stores what it is about as a model label and field names (so the chain's hashes never depend on the
language); the pages name them here, in the reader's language, from the models' own translated field names.
"""

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# What each kind of record is called; a model not named here is called by its own verbose name.
OBJECT_NAMES = {
    "people.resident": gettext_lazy("Resident"),
    "people.household": gettext_lazy("Household"),
    "people.identitydocument": gettext_lazy("Identity document"),
    "people.permit": gettext_lazy("Visa or permit"),
    "registration.accommodationregistration": gettext_lazy("Registration"),
    "registration.registrationupload": gettext_lazy("Uploaded paper"),
    "registration.policebatch": gettext_lazy("Police batch"),
    "community.building": gettext_lazy("Building"),
    "community.address": gettext_lazy("Room"),
}

# Names an event may carry that are not a field of its record.
OTHER_NAMES = {
    "number": gettext_lazy("Document number"),
    "registrations": gettext_lazy("Registrations"),
    "uploads": gettext_lazy("Uploaded papers"),
    "xlsx": gettext_lazy("Spreadsheet"),
    "csv": gettext_lazy("CSV file"),
    "pdf": gettext_lazy("PDF"),
}


def _model(object_type: str):
    try:
        return apps.get_model(object_type)
    except (LookupError, ValueError):
        return None


def object_name(object_type: str, obj=None) -> str:
    """A record's name: a document or permit by its kind ("Passport"), anything else by what it is ("Resident")."""
    if obj is not None and hasattr(obj, "get_kind_display"):
        return str(obj.get_kind_display())
    if object_type in OBJECT_NAMES:
        return str(OBJECT_NAMES[object_type])
    model = _model(object_type)
    return str(capfirst(model._meta.verbose_name)) if model is not None else object_type


def field_name(model, entry: str) -> str:
    """One changed field by its translated name; `status:verified` as "Status: Verified by the station"."""
    name, _colon, value = entry.partition(":")
    try:
        field = model._meta.get_field(name) if model is not None else None
    except FieldDoesNotExist:
        field = None
    if field is None or not hasattr(field, "verbose_name"):
        return str(OTHER_NAMES.get(name, entry)) if not value else entry
    label = str(capfirst(field.verbose_name))
    if not value:
        return label
    shown = dict(field.flatchoices).get(value, value)
    return _("%(field)s: %(value)s") % {"field": label, "value": shown}


def events_described(events, *, objects=()) -> list:
    """`events` with `object_name` and `field_names` set for display; `objects` are the records the page already
    holds (a resident and their documents), named more exactly than their kind alone allows."""
    known = {(obj._meta.label_lower, str(obj.pk)): obj for obj in objects}
    events = list(events)
    for event in events:
        model = _model(event.object_type)
        event.object_name = object_name(event.object_type, known.get((event.object_type, event.object_id)))
        event.field_names = [field_name(model, entry) for entry in event.fields or []]
    return events
