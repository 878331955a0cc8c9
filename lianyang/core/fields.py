"""Form fields shared by the pages."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from .text import database_id


class ShortListIterator(forms.models.ModelChoiceIterator):
    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        objects = self.queryset
        if self.field.sort_key is not None:
            objects = sorted(objects, key=self.field.sort_key)
        for obj in objects:
            yield self.choice(obj)


class ShortListField(forms.ModelChoiceField):
    """A choice among a station's few records (areas, compounds, officers, rooms), read with one plain query.

    Django reads a ModelChoiceField's choices through QuerySet.iterator(), which on PostgreSQL opens a
    server-side cursor (DECLARE, FETCH, CLOSE: three round trips and a held cursor) for a list of twenty.
    """

    iterator = ShortListIterator

    def __init__(self, *args, sort_key=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Where the database's order is not the reader's (building 2 before 10: core.sorting.natural_key).
        self.sort_key = sort_key

    def to_python(self, value):
        """The chosen record; an id that is no database integer ("²", 10**30) is an invalid choice, not a 500."""
        if value not in self.empty_values and database_id(getattr(value, "pk", value)) is None:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class CalendarDateField(forms.DateField):
    """A day of this century (a plan's week, a campaign's period, a revisit), so no arithmetic on it leaves the
    calendar."""

    widget = forms.DateInput(attrs={"type": "date"})

    def validate(self, value):
        super().validate(value)
        if value and not datetime.date(2000, 1, 1) <= value <= datetime.date(2099, 12, 31):
            raise forms.ValidationError(_("Please choose a date between 2000 and 2099."), code="range")
