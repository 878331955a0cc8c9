"""The base model every domain model stands on."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(auto_now_add=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True, editable=False)

    class Meta:
        abstract = True


class Weekday(models.IntegerChoices):
    """Python's numbering (`date.weekday()`): Monday is 0."""

    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class WorkerPass(models.Model):
    """One periodic pass of the worker (the duty scan, the reminders): who runs it now, and how far it has come.

    `holder` and `held_until` are the lease: a worker takes it with a conditional UPDATE, renews it after every
    chunk and gives it back at the end, so two workers never run the same pass at once, and a worker that died
    holding it loses it when `held_until` passes. `watermark` is the moment the last finished pass started from:
    the next pass reads only what changed, or fell due, after it. `started_at` and `cursor` belong to a pass not
    yet finished (the moment it started, the last resident it dealt with), so a pass cut short goes on from there.
    """

    name = models.CharField(max_length=100, unique=True)
    holder = models.CharField(max_length=100, blank=True)
    held_until = models.DateTimeField(null=True, blank=True)
    watermark = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    cursor = models.BigIntegerField(null=True, blank=True)

    def __str__(self):
        return self.name
