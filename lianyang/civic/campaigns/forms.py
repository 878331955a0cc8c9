"""The campaigns' staff forms: they collect input; the rules (period, targets, conflicts, census) are the services'."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from lianyang.community.models import Building, Compound, ResidentialArea
from lianyang.core.fields import CalendarDateField

from ..models import Campaign, CampaignContact, CampaignKind, CampaignMessage, ContactStatus
from .services import LONGEST_SCRIPT

LANGUAGE_CHOICES = list(settings.LANGUAGES)
# The door's buttons, in the order an officer meets the answers.
MARKS = [ContactStatus.REACHED, ContactStatus.COMPLETED, ContactStatus.REFUSED, ContactStatus.NOT_HOME]


def _field(model, name: str):
    return model._meta.get_field(name)


class CampaignForm(forms.Form):
    """A new campaign: what, when, and whose households (any mix of places, nationalities and languages)."""

    kind = forms.ChoiceField(label=_("Kind"), choices=CampaignKind.choices)
    title = forms.CharField(label=_("Title"), max_length=_field(Campaign, "title").max_length)
    starts_on = CalendarDateField(label=_("Starts on"))
    ends_on = CalendarDateField(label=_("Ends on"))
    areas = forms.ModelMultipleChoiceField(
        label=_("Residential areas"), queryset=ResidentialArea.objects.none(), required=False
    )
    compounds = forms.ModelMultipleChoiceField(label=_("Compounds"), queryset=Compound.objects.none(), required=False)
    buildings = forms.ModelMultipleChoiceField(label=_("Buildings"), queryset=Building.objects.none(), required=False)
    nationalities = forms.MultipleChoiceField(label=_("Nationalities"), required=False)
    languages = forms.MultipleChoiceField(label=_("Languages"), choices=LANGUAGE_CHOICES, required=False)

    def __init__(self, *args, station_id: int, nationalities: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["areas"].queryset = ResidentialArea.objects.filter(station_id=station_id).order_by("name")
        self.fields["compounds"].queryset = Compound.objects.filter(area__station_id=station_id).order_by("name")
        self.fields["buildings"].queryset = (
            Building.objects.filter(compound__area__station_id=station_id)
            .select_related("compound")
            .order_by("compound__name", "number")
        )
        self.fields["buildings"].label_from_instance = lambda building: (
            _("%(compound)s, building %(number)s")
            % {
                "compound": building.compound.name,
                "number": building.number,
            }
        )
        # Only the nationalities the station's residents hold, sorted by name in the reader's language.
        named = [(code, str(countries.name(code))) for code in nationalities]
        self.fields["nationalities"].choices = sorted(named, key=lambda choice: choice[1])
        help_text = _("Hold Ctrl (or ⌘) to choose several. Leave every target empty for all the station's households.")
        self.fields["areas"].help_text = help_text


class ScriptForm(forms.Form):
    """What the officer says at the door, in one language."""

    language = forms.ChoiceField(label=_("Language"), choices=LANGUAGE_CHOICES)
    text = forms.CharField(
        label=_("Script"), max_length=LONGEST_SCRIPT, required=False, widget=forms.Textarea(attrs={"rows": 6})
    )


class MessageForm(forms.Form):
    """The message to the campaign's households in one language."""

    language = forms.ChoiceField(label=_("Language"), choices=LANGUAGE_CHOICES)
    subject = forms.CharField(label=_("Subject"), max_length=_field(CampaignMessage, "subject").max_length)
    body = forms.CharField(label=_("Message"), max_length=LONGEST_SCRIPT, widget=forms.Textarea(attrs={"rows": 6}))


class MarkForm(forms.Form):
    """One door's mark: the status button pressed, a note, a revisit date for not at home, and the version of the
    contact the officer saw (so a colleague's mark made in between is a conflict, not overwritten)."""

    status = forms.ChoiceField(label=_("Status"), choices=[(status.value, status.label) for status in MARKS])
    note = forms.CharField(
        label=_("Note"),
        max_length=_field(CampaignContact, "note").max_length,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    revisit_on = CalendarDateField(label=_("Revisit on"), required=False, help_text=_("Only when nobody was at home."))
    version = forms.IntegerField(min_value=0, max_value=2**31 - 1, widget=forms.HiddenInput)
