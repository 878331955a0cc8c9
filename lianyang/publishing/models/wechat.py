"""The WeChat Official Account's outbox: what the station would send to WeChat's API, kept for staff to copy into
WeChat when the deployment does not send it itself (publishing/wechat/)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class WeChatStep(models.TextChoices):
    """The calls of WeChat's API a piece goes through: its picture into the account's permanent material (the
    draft's cover), a draft, then either publishing it on the account or sending it to the followers (a draft is
    used up by either)."""

    MEDIA = "media", _("Cover picture (material/add_material)")
    DRAFT = "draft", _("Draft (draft/add)")
    PUBLISH = "publish", _("Publish (freepublish/submit)")
    MASS_SEND = "mass_send", _("Send to followers (message/mass/sendall)")


class WeChatOutboxItem(models.Model):
    station = models.ForeignKey("community.Station", on_delete=models.PROTECT, related_name="wechat_outbox")
    kind = models.CharField(_("step"), max_length=10, choices=WeChatStep.choices)
    payload = models.JSONField(_("payload"))
    piece = models.CharField(_("piece"), max_length=60)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("made"), auto_now_add=True)
    copied_at = models.DateTimeField(_("copied"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["station", "-created_at", "-id"], name="wechat_outbox_idx")]

    def __str__(self):
        return f"{self.piece} · {self.kind}"
