"""The send button's form: every field may be left out (a plain button sends in Chinese to every follower)."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from ..models import WeChatStep


class WeChatSendForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES, required=False)
    delivery = forms.ChoiceField(
        label=_("How the followers get it"),
        choices=[
            (WeChatStep.MASS_SEND, _("A message to the followers")),
            (WeChatStep.PUBLISH, _("Published on the account only")),
        ],
        required=False,
    )
    tag_id = forms.IntegerField(label=_("Only followers with the WeChat tag"), min_value=1, required=False)
    cover_media_id = forms.CharField(
        label=_("Cover image's media_id"),
        help_text=_(
            "Leave it empty to use the piece's picture as the cover. Without a picture, give the media_id of a cover "
            "from the account's permanent material."
        ),
        max_length=128,
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        cleaned["language"] = cleaned.get("language") or "zh-hans"
        cleaned["delivery"] = cleaned.get("delivery") or WeChatStep.MASS_SEND
        return cleaned
