"""Every write of an activity's seats: sign-up, the waiting list and its offers, cancelling, check-in, the passes
after the day, and the rating.

The rules (station practice, docs/domain.md):
- One seat per person; a resident signs up themselves and members of their household, each taking a seat, at
  most the activity's `seats_per_signup` at once, only while the sign-up window is open, before the activity
  starts, and only for their own station's activities.
- Never more people holding a seat (confirmed, offered, attended, no-show) than the capacity, whatever the
  concurrency: a sign-up locks the activity's row first (SELECT … FOR UPDATE on PostgreSQL; on SQLite every
  write transaction begins IMMEDIATE, settings.py, so writers queue one after another), then counts. When no seat
  is left the person joins the waiting list: that is no error.
- A freed seat is offered to the first on the waiting list for the activity's `offer_hours` (never past its
  start); accepted in time, the seat is theirs; not accepted, it passes to the next. One freed seat, one offer.
- Taking part needs the resident's consent for activities (PIPL art. 13-14); a sign-up may give it, recorded
  through people.services.consent_set like any other consent.
Every change writes an audit event (PIPL art. 51); notifications go out in the resident's language after commit.
"""

import datetime
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from lianyang.accounts.access import officer_of
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.notify.services import notification_send
from lianyang.people.models import Consent, Resident
from lianyang.people.selectors import account_resident, household_members
from lianyang.people.services import consent_set

from ..models import SEAT_HOLDING, Activity, CalendarFeed, Enrolment
from .texts import activity_payload

Status = Enrolment.Status
# Check-in codes: eight characters without the look-alikes (0/O, 1/I/L), 31**8 ≈ 8.5e11 codes, drawn by `secrets`.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8
LONGEST_COMMENT = 2000


def code_normalised(code: str) -> str:
    """A typed or scanned code as stored: capitals, no spaces or dashes."""
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def _code_new() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def _audit(actor, enrolment: Enrolment, action: str, fields: list[str], request=None) -> None:
    audit_record(
        actor=actor,
        action=action,
        obj=enrolment,
        station_id=enrolment.activity.station_id,
        fields=fields,
        request=request,
    )


def _notify(enrolment: Enrolment, template: str, event: str, **extra) -> None:
    resident = enrolment.resident
    notification_send(
        resident=resident,
        template=template,
        payload={**activity_payload(enrolment, resident.preferred_language), **extra},
        key=f"enrolment:{enrolment.pk}:{event}",
    )


def _locked(activity: Activity) -> Activity:
    """The activity's row, locked until the transaction ends: sign-ups, cancellations and offers of one activity
    go one at a time (on SQLite the IMMEDIATE transaction already holds the database's write lock). Translations
    already read with it are kept (they are not what the lock protects)."""
    locked = Activity.objects.select_for_update().get(pk=activity.pk)
    if hasattr(activity, "_prefetched_objects_cache"):
        locked._prefetched_objects_cache = activity._prefetched_objects_cache
    return locked


def seats_taken(activity: Activity) -> int:
    return activity.enrolments.filter(status__in=SEAT_HOLDING).count()


def has_consent(resident: Resident) -> bool:
    """Whether the resident's consent for activities stands (PIPL art. 13-14). Read once per record read: a sign-up
    asks twice (its form, whether to show the box; its service, the rule), and the page's record is the one the
    service is given; giving consent in the sign-up updates it (`enrolment_signup`)."""
    known = getattr(resident, "_activities_consent", None)
    if known is None:
        known = Consent.objects.filter(
            resident=resident, purpose=Consent.Purpose.ACTIVITIES, withdrawn_at__isnull=True
        ).exists()
        resident._activities_consent = known
    return known


def _signup_checked(activity: Activity, signer: Resident, people: list[Resident], now: datetime.datetime) -> None:
    if activity.station_id != signer.station_id:
        raise ValidationError(_("This activity belongs to another station."), code="other_station")
    if activity.starts_at <= now:
        raise ValidationError(_("This activity has already taken place."), code="past")
    if now < activity.signup_opens_at:
        raise ValidationError(_("Sign-up for this activity has not opened yet."), code="not_open")
    if now >= activity.signup_closes_at:
        raise ValidationError(_("Sign-up for this activity has closed."), code="closed")
    if not people:
        raise ValidationError(_("Please choose who is coming."), code="nobody")
    if len(people) > activity.seats_per_signup:
        raise ValidationError(
            ngettext(
                "One sign-up may take at most %(count)d seat.",
                "One sign-up may take at most %(count)d seats.",
                activity.seats_per_signup,
            )
            % {"count": activity.seats_per_signup},
            code="too_many",
        )
    if [person.pk for person in people] == [signer.pk]:
        return  # signing up oneself: no household to check
    household = {member.pk for member in household_members(household=signer.household)} | {signer.pk}
    if any(person.pk not in household for person in people):
        raise ValidationError(_("You can sign up only yourself and your household."), code="not_household")


@transaction.atomic
def enrolment_signup(
    *,
    actor,
    activity: Activity,
    people: list[Resident] | None = None,
    give_consent: bool = False,
    signer: Resident | None = None,
    request=None,
) -> list[Enrolment]:
    """Sign up the actor's resident and, if chosen, members of their household, one seat each (see the module's
    rules). Each takes a seat while one is left, in the order given; the rest join the waiting list. Signing up
    someone already enrolled (and not cancelled) is refused and changes nothing. A page that has read the actor's
    resident already passes it as `signer` (it must be the actor's own: another's is refused)."""
    if signer is not None and signer.user_id != actor.pk:
        raise ValidationError(_("You can sign up only yourself and your household."), code="not_household")
    signer = signer or account_resident(actor)
    if signer is None:
        raise ValidationError(_("Your account is not linked to a resident's record. Please ask at the station."))
    people = people if people is not None else [signer]
    people = list({person.pk: person for person in people}.values())
    now = timezone.now()
    _signup_checked(activity, signer, people, now)
    if not has_consent(signer):
        if not give_consent:
            raise ValidationError(
                _("Please agree to the station keeping your sign-ups for activities."), code="no_consent"
            )
        consent_set(actor=actor, resident=signer, purpose=Consent.Purpose.ACTIVITIES, given=True, request=request)
        signer._activities_consent = True
    activity = _locked(activity)
    current = {
        enrolment.resident_id: enrolment
        for enrolment in activity.enrolments.filter(resident__in=[person.pk for person in people])
    }
    if any(enrolment.status != Status.CANCELLED for enrolment in current.values()):
        raise ValidationError(_("You are already signed up for this activity."), code="twice")
    held = activity.enrolments.aggregate(
        seats=Count("pk", filter=Q(status__in=SEAT_HOLDING)), waiting=Count("pk", filter=Q(status=Status.WAITLISTED))
    )
    free, waiting = activity.capacity - held["seats"], held["waiting"] > 0
    enrolments = []
    for person in people:
        seat = free > 0 and not waiting
        free -= 1 if seat else 0
        enrolment = current.get(person.pk) or Enrolment(activity=activity, resident=person)
        enrolment.signed_up_by = signer
        enrolment.status = Status.CONFIRMED if seat else Status.WAITLISTED
        enrolment.queued_at = None if seat else now
        enrolment.offered_until = enrolment.cancelled_at = None
        enrolment.check_in_code = _code_new()
        enrolment.save()
        enrolments.append(enrolment)
        _audit(actor, enrolment, AuditEvent.Action.CREATE, ["status"], request)
        event = f"{enrolment.status}:{now.timestamp():.0f}"
        _notify(enrolment, f"enrolment_{enrolment.status}", event)
    return enrolments


def _offer_next(activity: Activity, now: datetime.datetime) -> list[Enrolment]:
    """Offer every free seat to the next on the waiting list, one offer per seat; none once the activity began."""
    if activity.starts_at <= now:
        return []
    free = activity.capacity - seats_taken(activity)
    if free <= 0:
        return []
    until = min(now + datetime.timedelta(hours=activity.offer_hours), activity.starts_at)
    offered = list(activity.enrolments.filter(status=Status.WAITLISTED).order_by("queued_at", "id")[:free])
    for enrolment in offered:
        enrolment.status, enrolment.offered_until = Status.OFFERED, until
        enrolment.save(update_fields=["status", "offered_until", "updated_at"])
        _audit(None, enrolment, AuditEvent.Action.TRANSITION, ["status:offered"])
        _notify(enrolment, "enrolment_offered", f"offered:{until.timestamp():.0f}")
    return offered


def _own(actor, enrolment: Enrolment) -> Resident:
    """The actor's resident when they may act on `enrolment`: the person enrolled or the one who signed them up."""
    resident = account_resident(actor)
    if resident is None or resident.pk not in (enrolment.resident_id, enrolment.signed_up_by_id):
        raise ValidationError(_("This is not your sign-up."), code="not_yours")
    return resident


@transaction.atomic
def enrolment_cancel(*, actor, enrolment: Enrolment, request=None) -> Enrolment:
    """The resident (or whoever signed them up) gives up their seat, place in the queue or offer, before the
    activity starts; a freed seat is offered to the next on the waiting list at once."""
    _own(actor, enrolment)
    activity = _locked(enrolment.activity)
    enrolment = Enrolment.objects.select_related("activity", "resident").get(pk=enrolment.pk)
    now = timezone.now()
    if enrolment.status not in (Status.CONFIRMED, Status.WAITLISTED, Status.OFFERED):
        raise ValidationError(_("This sign-up cannot be cancelled any more."), code="not_open")
    if activity.starts_at <= now:
        raise ValidationError(_("This activity has already taken place."), code="past")
    enrolment.status, enrolment.cancelled_at, enrolment.offered_until = Status.CANCELLED, now, None
    enrolment.save(update_fields=["status", "cancelled_at", "offered_until", "updated_at"])
    _audit(actor, enrolment, AuditEvent.Action.TRANSITION, ["status:cancelled"], request)
    _offer_next(activity, now)
    return enrolment


@transaction.atomic
def enrolment_accept(*, actor, enrolment: Enrolment, request=None) -> Enrolment:
    """Take the seat offered, while the offer is open; the seat is then confirmed like any other."""
    _own(actor, enrolment)
    _locked(enrolment.activity)
    enrolment = Enrolment.objects.select_related("activity", "resident").get(pk=enrolment.pk)
    now = timezone.now()
    if enrolment.status != Status.OFFERED or enrolment.offered_until <= now:
        raise ValidationError(_("This offer is no longer open."), code="offer_closed")
    enrolment.status, enrolment.offered_until = Status.CONFIRMED, None
    enrolment.save(update_fields=["status", "offered_until", "updated_at"])
    _audit(actor, enrolment, AuditEvent.Action.TRANSITION, ["status:confirmed"], request)
    _notify(enrolment, "enrolment_confirmed", "accepted")
    return enrolment


def offers_expire(*, now: datetime.datetime | None = None) -> int:
    """The worker's pass: every offer past its time lapses (the place is cancelled) and the seat is offered to
    the next on the waiting list. Safe to run by several workers at once: each activity is handled under its
    lock and an offer already handled is no longer found."""
    now = now or timezone.now()
    lapsed = 0
    activity_ids = set(
        Enrolment.objects.filter(status=Status.OFFERED, offered_until__lte=now).values_list("activity_id", flat=True)
    )
    for activity_id in sorted(activity_ids):
        with transaction.atomic():
            activity = _locked(Activity(pk=activity_id))
            for enrolment in activity.enrolments.filter(status=Status.OFFERED, offered_until__lte=now):
                enrolment.status, enrolment.cancelled_at, enrolment.offered_until = Status.CANCELLED, now, None
                enrolment.save(update_fields=["status", "cancelled_at", "offered_until", "updated_at"])
                _audit(None, enrolment, AuditEvent.Action.TRANSITION, ["status:cancelled", "offer_lapsed"])
                lapsed += 1
            _offer_next(activity, now)
    return lapsed


def reminders_send(*, now: datetime.datetime | None = None) -> int:
    """The worker's pass: the day before, everyone holding a confirmed seat is reminded, once (the notification's
    idempotency key and `reminded_at` both see to that)."""
    now = now or timezone.now()
    due = Enrolment.objects.filter(
        status=Status.CONFIRMED,
        reminded_at__isnull=True,
        activity__starts_at__gt=now,
        activity__starts_at__lte=now + datetime.timedelta(days=1),
    ).select_related("activity", "resident")
    sent = 0
    for enrolment in due:
        with transaction.atomic():
            if not Enrolment.objects.filter(pk=enrolment.pk, reminded_at__isnull=True).update(reminded_at=now):
                continue
            _notify(enrolment, "enrolment_reminder", "reminder")
            sent += 1
    return sent


def no_shows_mark(*, now: datetime.datetime | None = None) -> int:
    """The worker's pass: once an activity has ended, every confirmed seat not checked in becomes a no-show and
    every offer still open lapses."""
    now = now or timezone.now()
    ended = Q(activity__ends_at__lte=now)
    with transaction.atomic():
        Enrolment.objects.filter(ended, status=Status.OFFERED).update(
            status=Status.CANCELLED, offered_until=None, cancelled_at=now, updated_at=now
        )
        return Enrolment.objects.filter(ended, status=Status.CONFIRMED).update(status=Status.NO_SHOW, updated_at=now)


@transaction.atomic
def enrolment_check_in(*, actor, activity: Activity, code: str, request=None) -> Enrolment:
    """At the door: the officer scans or types the enrolment's code; a confirmed seat for this activity becomes
    attended. A wrong code, another activity's code or a place without a seat is refused, changing nothing;
    checking in twice says so."""
    officer_of(actor, activity.station_id)
    code = code_normalised(code)
    enrolment = (
        Enrolment.objects.select_for_update(of=("self",))
        .select_related("activity", "resident")
        .filter(check_in_code=code)
        .first()
        if code
        else None
    )
    if enrolment is None or enrolment.activity.station_id != activity.station_id:
        raise ValidationError(_("No sign-up has this code. Please check it and try again."), code="wrong_code")
    if enrolment.activity_id != activity.pk:
        raise ValidationError(
            _("This code belongs to another activity: “%(title)s”.") % {"title": enrolment.activity},
            code="other_activity",
        )
    if enrolment.status == Status.ATTENDED:
        raise ValidationError(_("This person has already been checked in."), code="twice")
    if enrolment.status not in (Status.CONFIRMED, Status.NO_SHOW):
        raise ValidationError(_("This person has no confirmed seat for this activity."), code="no_seat")
    enrolment.status, enrolment.checked_in_at = Status.ATTENDED, timezone.now()
    enrolment.save(update_fields=["status", "checked_in_at", "updated_at"])
    _audit(actor, enrolment, AuditEvent.Action.TRANSITION, ["status:attended"], request)
    return enrolment


@transaction.atomic
def enrolment_attendance_set(*, actor, enrolment: Enrolment, attended: bool, request=None) -> Enrolment:
    """The officer corrects the roster by hand: a seat holder came (attended) or did not (no-show, once the
    activity has ended; before it, the seat stays confirmed)."""
    officer_of(actor, enrolment.activity.station_id)
    enrolment = Enrolment.objects.select_for_update(of=("self",)).select_related("activity").get(pk=enrolment.pk)
    if enrolment.status not in (Status.CONFIRMED, Status.ATTENDED, Status.NO_SHOW):
        raise ValidationError(_("This person has no confirmed seat for this activity."), code="no_seat")
    ended = enrolment.activity.ends_at <= timezone.now()
    if attended:
        enrolment.status, enrolment.checked_in_at = Status.ATTENDED, enrolment.checked_in_at or timezone.now()
    else:
        enrolment.status, enrolment.checked_in_at = (Status.NO_SHOW if ended else Status.CONFIRMED), None
        enrolment.rating, enrolment.comment, enrolment.rated_at = None, "", None
    enrolment.save()
    _audit(actor, enrolment, AuditEvent.Action.UPDATE, [f"status:{enrolment.status}"], request)
    return enrolment


@transaction.atomic
def enrolment_rate(*, actor, enrolment: Enrolment, rating, comment: str = "", request=None) -> Enrolment:
    """Afterwards the person who attended rates the activity from 1 to 5 and may comment; they may change it."""
    resident = account_resident(actor)
    if resident is None or resident.pk != enrolment.resident_id:
        raise ValidationError(_("This is not your sign-up."), code="not_yours")
    if enrolment.status != Status.ATTENDED:
        raise ValidationError(_("Only those who took part can rate an activity."), code="not_attended")
    try:
        rating = int(rating)
    except (TypeError, ValueError):
        rating = 0
    if not 1 <= rating <= 5:
        raise ValidationError({"rating": _("Please choose from one to five stars.")}, code="rating")
    comment = (comment or "").strip()
    if len(comment) > LONGEST_COMMENT:
        raise ValidationError(
            {"comment": _("Please keep your comment to %(limit)d characters.") % {"limit": LONGEST_COMMENT}}
        )
    enrolment.rating, enrolment.comment, enrolment.rated_at = rating, comment, timezone.now()
    enrolment.save(update_fields=["rating", "comment", "rated_at", "updated_at"])
    _audit(actor, enrolment, AuditEvent.Action.UPDATE, ["rating", "comment"], request)
    return enrolment


@transaction.atomic
def calendar_feed_renew(*, actor, request=None) -> CalendarFeed:
    """Give the actor's resident a new private calendar address; the old one stops working at once."""
    resident = account_resident(actor)
    if resident is None:
        raise ValidationError(_("Your account is not linked to a resident's record. Please ask at the station."))
    feed, _created = CalendarFeed.objects.update_or_create(
        resident=resident, defaults={"token": secrets.token_urlsafe(32)}
    )
    audit_record(
        actor=actor, action=AuditEvent.Action.UPDATE, obj=feed, station_id=resident.station_id, request=request
    )
    return feed


@transaction.atomic
def calendar_feed_revoke(*, actor, request=None) -> None:
    """Switch the actor's private calendar address off."""
    resident = account_resident(actor)
    if resident is not None:
        CalendarFeed.objects.filter(resident=resident).delete()
        audit_record(
            actor=actor,
            action=AuditEvent.Action.DELETE,
            object_type="activities.calendarfeed",
            object_id=resident.pk,
            station_id=resident.station_id,
            request=request,
        )
