"""The form renderer draws the plainest widgets in Python, exactly as Django's own templates draw them."""

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from lianyang.core.rendering import FormRenderer


class Everything(forms.Form):
    name = forms.CharField(max_length=20, initial="Müller & <Søn>")
    empty = forms.CharField(required=False)
    count = forms.IntegerField(min_value=0, max_value=9, initial=3)
    when = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    secret = forms.CharField(widget=forms.PasswordInput)
    hidden = forms.CharField(widget=forms.HiddenInput, initial="k")
    email = forms.EmailField(required=False)
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    letter = forms.CharField(widget=forms.Textarea, initial="Dear <station> & all,\nthanks")
    agree = forms.BooleanField(required=False, initial=True)
    colour = forms.ChoiceField(choices=[("", "—"), ("r", "Red & rose"), ("g", "<Green>")], initial="g")
    places = forms.ChoiceField(choices=[("Pudong", [("lj", "联洋"), ("hm", "花木")]), ("Minhang", [("gb", "古北")])])
    labels = forms.ChoiceField(choices=[("a", gettext_lazy("Open")), ("b", mark_safe("<b>bold</b>")), (3, "x'y")])
    many = forms.MultipleChoiceField(choices=[("a", "A"), ("b", "B")], initial=["a", "b"], required=False)
    radio = forms.ChoiceField(choices=[("x", "X"), ("y", "Y")], widget=forms.RadioSelect, initial="y")


@pytest.mark.parametrize("bound", [False, True])
@pytest.mark.parametrize("field", list(Everything.base_fields))
def test_every_widget_renders_as_djangos_templates_do(field, bound):
    data = {
        "name": 'He said "hi"',
        "count": "12",
        "colour": "r",
        "places": "gb",
        "many": ["b"],
        "agree": "on",
        "note": "a\nb",
    }
    ours, theirs = Everything(data if bound else None), Everything(data if bound else None)
    ours.renderer, theirs.renderer = FormRenderer(), DjangoTemplates()
    assert str(ours[field]) == str(theirs[field])
    assert str(ours[field])  # something was drawn


def test_the_python_path_is_the_one_taken(monkeypatch):
    """Selects, inputs and text areas never reach the template engine; a radio list still does."""
    rendered = []
    monkeypatch.setattr(DjangoTemplates, "render", lambda self, name, context, request=None: rendered.append(name))
    form = Everything()
    form.renderer = FormRenderer()
    for field in ("name", "count", "colour", "places", "many", "agree", "note", "letter"):
        str(form[field])
    assert rendered == []
    str(form["radio"])
    assert rendered == ["django/forms/widgets/radio.html"]


@pytest.mark.django_db
def test_a_short_list_is_read_with_one_plain_query(station_a, django_assert_num_queries):
    """No server-side cursor (DECLARE/FETCH/CLOSE on PostgreSQL) for a station's handful of compounds."""
    from lianyang.community.models import Compound
    from lianyang.core.fields import ShortListField

    field = ShortListField(queryset=Compound.objects.filter(area__station=station_a), empty_label="All")
    with django_assert_num_queries(1) as captured:
        choices = [choice for choice in field.choices]  # noqa: C416 (list() would count the rows first)
    assert choices[0] == ("", "All") and len(choices) == 1 + Compound.objects.filter(area__station=station_a).count()
    assert "CURSOR" not in captured.captured_queries[0]["sql"].upper()
