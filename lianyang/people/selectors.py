"""Every read of residents' personal data, scoped to what the acting user may see.

DESIGN.md (Security): an officer or head sees their own station's residents only; a district administrator and a
police liaison see no resident records here; a resident sees only their own. Opening a record, revealing a
document number and searching by one are each written to the audit log.
"""

import datetime
import re

from django.core.cache import cache
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Subquery, Window
from django.http import Http404
from django.utils import timezone

from lianyang.accounts.access import staff_profile
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.core.crypto import blind_index, normalise_document_number
from lianyang.core.names import SEPARATOR, query_keys

from .models import Consent, Household, IdentityDocument, Permit, Resident


def residents_visible_to(user) -> QuerySet[Resident]:
    """The residents `user` may see at all."""
    profile = staff_profile(user)
    if profile is not None:
        if profile.does_casework:
            return Resident.objects.filter(station_id=profile.station_id)
        return Resident.objects.none()
    if user.is_authenticated:
        return Resident.objects.filter(user=user)
    return Resident.objects.none()


def households_visible_to(user) -> QuerySet[Household]:
    profile = staff_profile(user)
    if profile is not None and profile.does_casework:
        return Household.objects.filter(station_id=profile.station_id)
    return Household.objects.none()


def _latest_permit() -> Subquery:
    """The end of the resident's furthest-reaching visa or permit: past, their stay has no permit in force."""
    return Subquery(Permit.objects.filter(resident=OuterRef("pk")).order_by("-valid_until").values("valid_until")[:1])


def with_lapsed_permit(residents: QuerySet[Resident]) -> QuerySet[Resident]:
    """`residents` whose every visa and permit has ended, each with `permit_until`, the day the last one ended.

    None in force first (an anti-join, answered for the whole station at once), then the latest permit of only
    those left: at city scale 15 ms a station, where a semi-join over every ended permit took 57.
    """
    return (
        residents.filter(_none_in_force())
        .annotate(permit_until=_latest_permit())
        .filter(permit_until__lt=timezone.localdate())
    )


def _none_in_force() -> Q:
    return ~Q(Exists(Permit.objects.filter(resident=OuterRef("pk"), valid_until__gte=timezone.localdate())))


def residents_with_expired_permit(*, actor) -> QuerySet[dict]:
    """Residents living here whose every visa and permit has expired, the most recently expired first (law art. 32:
    renew before expiry), as rows of names, nationality and the day the last one ended; every row also carries
    `total`, how many there are in all, so that one query gives a page of the list and its count."""
    return (
        with_lapsed_permit(residents_visible_to(actor).filter(status=Resident.Status.ACTIVE))
        .order_by("-permit_until", "id")
        .values("pk", "surname", "given_names", "nationality", "permit_until")
        .annotate(total=Window(Count("pk")))
    )


SORTS = {
    "name": ("surname", "given_names", "id"),
    "-name": ("-surname", "-given_names", "-id"),
    "nationality": ("nationality", "surname", "id"),
    "arrival": ("arrival_date", "id"),
    "-arrival": ("-arrival_date", "-id"),
    "newest": ("-id",),
}


def resident_list(
    *,
    actor,
    area=None,
    compound=None,
    nationality: str = "",
    status: str = "",
    expiring_within_days: int | None = None,
    query: str = "",
    sort: str = "name",
    permit_expired: bool = False,
    needs_attention: bool = False,
    request=None,
) -> QuerySet[Resident]:
    """The residents list with its filters; `query` searches names in every script (see core.names) and, when it
    could be a document number, the holder of that number too (exact, through the blind index; audited)."""
    residents = (
        residents_visible_to(actor)
        .select_related("address__building__compound")
        .annotate(permit_until=_latest_permit())
    )
    if area is not None:
        residents = residents.filter(address__building__compound__area=area)
    if compound is not None:
        residents = residents.filter(address__building__compound=compound)
    if nationality:
        residents = residents.filter(nationality=nationality)
    if status:
        residents = residents.filter(status=status)
    if permit_expired:
        residents = residents.filter(_none_in_force(), permit_until__lt=timezone.localdate())
    if needs_attention:
        residents = residents.filter(needs_attention=True)
    if expiring_within_days is not None:
        today = timezone.localdate()
        residents = residents.filter(
            id__in=Permit.objects.filter(
                valid_until__gte=today, valid_until__lte=today + datetime.timedelta(days=expiring_within_days)
            ).values("resident_id")
        )
    if query:
        condition = name_matches(query)
        if looks_like_document_number(query):
            condition |= Q(pk__in=document_holder_ids(actor=actor, number=query, request=request))
        residents = residents.filter(condition)
    return residents.order_by(*SORTS.get(sort, SORTS["name"]))


NATIONALITIES_CACHED = 60  # seconds: a resident of a new nationality joins the filter list within a minute


def nationalities_of(*, actor) -> list[str]:
    """The nationality codes held by the residents `actor` may see: a filter's list, not a record, so it is
    cached for a minute per station instead of read on every page of the residents list."""
    profile = staff_profile(actor)
    key = f"people:nationalities:{profile.station_id}" if profile is not None and profile.does_casework else None
    codes = cache.get(key) if key else None
    if codes is None:
        codes = list(residents_visible_to(actor).order_by().values_list("nationality", flat=True).distinct())
        if key:
            cache.set(key, codes, NATIONALITIES_CACHED)
    return codes


def name_matches(query: str, *, field: str = "search_key") -> Q:
    """A resident matches when any compact form of the query is part of any of their name keys.

    `field` is the path to the resident's search key from the model being filtered (`resident__search_key`).
    """
    condition = Q(pk__in=[])
    for key in query_keys(query):
        if SEPARATOR not in key:
            condition |= Q(**{f"{field}__contains": key})
    return condition


# Passport, visa and permit numbers: letters and digits, at least one digit, 5 to 20 once spaces and hyphens go.
_DOCUMENT_NUMBER = re.compile(r"^(?=.*\d)[A-Z0-9]{5,20}$")


def looks_like_document_number(text: str) -> bool:
    """Whether a search box's text could be a document number, and so is also looked up through the blind index."""
    return bool(_DOCUMENT_NUMBER.match(normalise_document_number(text)))


def holders_of_number(number: str) -> QuerySet:
    """The ids of residents holding a passport, permit or visa numbered `number` (exact, through the blind index):
    a union of the two indexed lookups, to use inside `pk__in` / `resident__in`."""
    index = blind_index(number)
    holders = IdentityDocument.objects.filter(number_index=index).order_by().values("resident_id")
    return holders.union(Permit.objects.filter(number_index=index).order_by().values("resident_id"))


def _document_search_record(*, actor, resident_ids, request=None) -> None:
    """Write down that `actor` searched by a document number (PIPL art. 51), with the holders it found."""
    audit_record(
        actor=actor,
        action=AuditEvent.Action.SEARCH,
        object_type="people.resident",
        object_id=",".join(str(pk) for pk in resident_ids)[:40],
        station_id=getattr(staff_profile(actor), "station_id", None),
        fields=["number"],
        request=request,
    )


def document_holder_ids(*, actor, number: str, request=None) -> list[int]:
    """The ids of the residents `actor` may see who hold a document numbered `number`; the search is audited."""
    ids = list(residents_visible_to(actor).filter(pk__in=holders_of_number(number)).values_list("pk", flat=True))
    _document_search_record(actor=actor, resident_ids=ids, request=request)
    return ids


def account_resident(user, *, with_address: bool = False) -> Resident | None:
    """The record linked to `user`'s own account, whatever their role, or None (a new arrival, or staff); with its
    station and household, and with its address down to the station when a page prints it (`with_address`).

    Every portal page asks for it, so it is one query kept small: the address's four joins only when needed, and
    no ordering beyond the key (an account has at most one record)."""
    if not user.is_authenticated:
        return None
    related = ("station", "household", *(("address__building__compound__area__station",) if with_address else ()))
    return Resident.objects.filter(user=user).select_related(*related).order_by("pk").first()


def account_resident_loaded(user) -> Resident | None:
    """The account's own record as the login read it with the account (accounts.backends joins it), without a
    query of its own; its station and household are read only if used. For a page that needs no more of it than
    its own columns (the waste guide: the address's id)."""
    if not user.is_authenticated:
        return None
    try:
        return user.resident
    except Resident.DoesNotExist:
        return None


def resident_own(*, actor, request=None) -> Resident | None:
    """The account's own record with its address, opened like any other (PIPL art. 45: one's own data) and so
    audited."""
    resident = account_resident(actor, with_address=True)
    if resident is not None:
        audit_record(
            actor=actor, action=AuditEvent.Action.VIEW, obj=resident, station_id=resident.station_id, request=request
        )
    return resident


def resident_get(*, actor, pk: int, request=None) -> Resident:
    """Open one resident's record: 404 unless visible to `actor`; every opening is audited."""
    try:
        resident = (
            residents_visible_to(actor)
            .select_related("address__building__compound__area", "household__address__building__compound", "station")
            .get(pk=pk)
        )
    except (Resident.DoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404 from None
    audit_record(
        actor=actor, action=AuditEvent.Action.VIEW, obj=resident, station_id=resident.station_id, request=request
    )
    return resident


def resident_documents(*, resident: Resident) -> list[IdentityDocument]:
    return list(resident.documents.all())


def resident_permits(*, resident: Resident) -> list[Permit]:
    return list(resident.permits.all())


def household_get(*, actor, pk: int) -> Household:
    try:
        return households_visible_to(actor).select_related("address__building__compound").get(pk=pk)
    except (Household.DoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404 from None


def household_members(*, household: Household | None) -> list[Resident]:
    if household is None:
        return []
    return list(household.members.order_by("birth_date"))


def document_reveal(*, actor, document_id: int, request=None) -> IdentityDocument:
    """The full number of one document, for a viewer who may see its holder; audited as a reveal."""
    document = (
        IdentityDocument.objects.select_related("resident")
        .filter(resident__in=residents_visible_to(actor), pk=document_id)
        .first()
    )
    if document is None:
        raise Http404
    audit_record(
        actor=actor,
        action=AuditEvent.Action.REVEAL,
        obj=document,
        station_id=document.resident.station_id,
        fields=["number"],
        request=request,
    )
    return document


def resident_find_by_document(*, actor, number: str, request=None) -> list[Resident]:
    """Residents holding a passport, permit or visa numbered `number`: exact match through the blind index."""
    residents = list(residents_visible_to(actor).filter(pk__in=holders_of_number(number)).order_by("surname", "id"))
    _document_search_record(actor=actor, resident_ids=[r.pk for r in residents], request=request)
    return residents


def newsletter_subscribers(*, station_ids) -> QuerySet[Resident]:
    """The residents the stations may e-mail their news to, for the worker's weekly digest: living here, with an
    e-mail address, and whose newsletter consent is given and not withdrawn (PIPL art. 13-15: only with consent,
    and no longer once it is withdrawn). Each with the ids of their compound and area (`compound_pk`, `area_pk`),
    by id order so a pass can go through them in chunks."""
    consenting = Consent.objects.filter(
        resident=OuterRef("pk"), purpose=Consent.Purpose.NEWSLETTER, withdrawn_at__isnull=True
    )
    return (
        Resident.objects.filter(Exists(consenting), station_id__in=station_ids, status=Resident.Status.ACTIVE)
        .exclude(email="")
        .annotate(compound_pk=F("address__building__compound_id"), area_pk=F("address__building__compound__area_id"))
        .only("pk", "station_id", "preferred_language", "email")
        .order_by("pk")
    )
