"""The guide's staff forms: they only collect input; the services decide."""

import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from lianyang.civic.models import WasteCategory

from .notes import HOW_CHOICES, SOURCE_CHOICES
from .search import LONGEST_QUERY
from .services import LONGEST_NAME

# Names are typed one a line or separated by commas (Chinese and Japanese commas too).
_NAME_SEPARATORS = re.compile(r"[\n\r,，、;；]+")


def names_field(code: str) -> str:
    return f"names_{code.replace('-', '_')}"


def split_names(text: str) -> list[str]:
    return [name.strip() for name in _NAME_SEPARATORS.split(text or "") if name.strip()]


class GuideSearchForm(forms.Form):
    q = forms.CharField(label=_("Item"), required=False, max_length=LONGEST_QUERY)
    category = forms.ChoiceField(
        label=_("Category"), required=False, choices=[("", _("All categories")), *WasteCategory.choices]
    )


class WasteItemForm(forms.Form):
    """An item: its key (when new), category, note, source, and its names in each language, the first shown."""

    key = forms.SlugField(
        label=_("Key"), max_length=80, help_text=_("Lower-case letters, digits and hyphens, such as bubble-tea-cup.")
    )
    category = forms.ChoiceField(label=_("Category"), choices=WasteCategory.choices)
    how = forms.ChoiceField(label=_("How to put it out"), choices=HOW_CHOICES)
    source = forms.ChoiceField(label=_("Source"), choices=SOURCE_CHOICES)

    def __init__(self, *args, editing=False, **kwargs):
        super().__init__(*args, **kwargs)
        if editing:  # the key names the item in the shipped list and stays
            del self.fields["key"]
        for code, language in settings.LANGUAGES:
            self.fields[names_field(code)] = forms.CharField(
                label=language,
                required=code in ("en", "zh-hans"),
                widget=forms.Textarea(attrs={"rows": 2, "lang": code, "dir": "rtl" if code == "ar" else "auto"}),
                help_text=_("One name a line or separated by commas; the first is the one shown.")
                if code == "en"
                else "",
            )

    def clean(self):
        data = super().clean()
        names = {}
        for code, _language in settings.LANGUAGES:
            given = split_names(data.get(names_field(code), ""))
            for name in given:
                if len(name) > LONGEST_NAME:
                    self.add_error(
                        names_field(code),
                        ValidationError(
                            _("A name can have at most %(most)d characters; this one has %(count)d.")
                            % {"most": LONGEST_NAME, "count": len(name)}
                        ),
                    )
                    break
            names[code] = given
        data["names"] = names
        return data

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        return {
            "key": data.get("key", ""),
            "category": data["category"],
            "how": data["how"],
            "source": data["source"],
            "names": {code: given for code, given in data["names"].items() if given},
        }

    @staticmethod
    def initial_for(item) -> dict:
        initial = {"category": item.category, "how": item.how, "source": item.source}
        for code, _language in settings.LANGUAGES:
            initial[names_field(code)] = "\n".join(item.names.get(code, []))
        return initial
