"""Every write of the pairing with local hosts: offers and wishes, the matcher's proposals, sending, the answers of
both sides, sessions, the end and the feedback.

Station practice (issue 11): a host offers, a resident wishes, the matcher proposes (matcher.py), an officer reviews
and sends, both accept in the portal, and the pair meets. Pairing is a purpose the resident consents to (PIPL
art. 13-14, people.Consent "pairing"): no proposal or sending without it, and withdrawing it ends every open pairing
of theirs (`pairings_end_for_consent`, called on people's `consent_withdrawn` signal). A host takes at most
`capacity` pairings: a pairing holds a place from its sending, counted under a lock on the offer. Every change is
audited (PIPL art. 51). Both sides are told in their language (notify): the resident of the proposal, the start,
the host's refusal and an end they did not make; the host (in Chinese) of the proposal that waits for their answer,
the start, the resident's refusal, and an end they did not make, never the reason a consent was withdrawn.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _

from lianyang.accounts.access import staff_profile
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.people.models import Consent, LocalHost, Resident

from ..models.pairing import (
    OPEN_STATUSES,
    AvailabilitySlot,
    ExchangeOffer,
    ExchangeTopic,
    ExchangeWish,
    Pairing,
    PairingSession,
    Weekday,
)
from . import matcher
from .messages import tell_host, tell_resident

Status = Pairing.Status
# A sent pairing holds one of the host's places until it is declined or ends.
HOLDING_PLACE = (Status.SENT, Status.ACCEPTED, Status.ACTIVE)
MOST_SLOTS = 7
MOST_CAPACITY = 5
LONGEST_FEEDBACK = 2000
LONGEST_SESSION = 200
LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


def _audit(actor, obj, action, fields, request=None, station_id=None) -> None:
    audit_record(
        actor=actor,
        action=action,
        obj=obj,
        station_id=station_id or obj.station_id,
        fields=fields,
        request=request,
    )


def slots_checked(slots) -> list[tuple[int, datetime.time, datetime.time]]:
    """Weekly slots as (weekday, start, end): at least one, at most MOST_SLOTS, each ending after it starts."""
    slots = list(slots)
    if not slots:
        raise ValidationError({"slots": _("Please give at least one time in the week when you are free.")})
    if len(slots) > MOST_SLOTS:
        raise ValidationError({"slots": _("Please give at most %(count)d times in the week.") % {"count": MOST_SLOTS}})
    for weekday, start, end in slots:
        if weekday not in Weekday.values:
            raise ValidationError({"slots": _("Choose the day from the list.")})
        if end <= start:
            raise ValidationError(
                {
                    "slots": _("A time must end after it starts: %(day)s %(start)s–%(end)s.")
                    % {"day": Weekday(weekday).label, "start": f"{start:%H:%M}", "end": f"{end:%H:%M}"}
                }
            )
    return slots


def _languages_checked(languages) -> list[str]:
    languages = list(dict.fromkeys(languages))
    if not languages or not set(languages) <= LANGUAGE_CODES:
        raise ValidationError({"languages": _("Choose at least one language from the list.")})
    return languages


def _input_checked(*, actor, owner, owns: bool, refusal, topic, languages, compound, note, slots) -> tuple:
    """What an offer and a wish share: written by their owner's own account, a topic and languages from the lists,
    a compound of the owner's station, a short note, good weekly times. Answers the languages and the slots."""
    if owner.user_id is None or owner.user_id != getattr(actor, "pk", None) or not owns:
        raise ValidationError(refusal)
    if topic not in ExchangeTopic.values:
        raise ValidationError({"topic": _("Choose the topic from the list.")})
    if compound is not None and compound.area.station_id != owner.station_id:
        raise ValidationError({"compound": _("This compound is not in the station's area.")})
    if len(note) > 300:
        raise ValidationError({"note": _("Please keep this to 300 characters.")})
    return _languages_checked(languages), slots_checked(slots)


def _slots_replace(*, owner: dict, slots) -> None:
    AvailabilitySlot.objects.filter(**owner).delete()
    AvailabilitySlot.objects.bulk_create(
        AvailabilitySlot(weekday=weekday, start=start, end=end, **owner) for weekday, start, end in slots
    )


def _held_places(offer: ExchangeOffer) -> int:
    return offer.pairings.filter(status__in=HOLDING_PLACE).count()


@transaction.atomic
def offer_save(
    *, actor, host: LocalHost, topic, languages, compound, capacity: int, note="", slots, offer=None, request=None
) -> ExchangeOffer:
    """A host's offer, new or changed, with its weekly times. Only the host changes their offer; its capacity
    cannot fall below the pairings it already holds."""
    languages, slots = _input_checked(
        actor=actor, owner=host, owns=offer is None or offer.host_id == host.pk,
        refusal=_("Only the host can change their offers."),
        topic=topic, languages=languages, compound=compound, note=note, slots=slots,
    )  # fmt: skip
    if not 1 <= capacity <= MOST_CAPACITY:
        raise ValidationError(
            {"capacity": _("Please take between 1 and %(most)d pairings at once.") % {"most": MOST_CAPACITY}}
        )
    if offer is not None:
        offer = ExchangeOffer.objects.select_for_update().get(pk=offer.pk)
        held = _held_places(offer)
        if capacity < held:
            raise ValidationError(
                {
                    "capacity": _("You already have %(count)d pairings for this offer; the number cannot be lower.")
                    % {"count": held}
                }
            )
    offer = offer or ExchangeOffer(host=host, station=host.station)
    offer.topic, offer.languages, offer.compound, offer.note, offer.active = topic, languages, compound, note, True
    offer.capacity = capacity
    offer.save()
    _slots_replace(owner={"offer": offer}, slots=slots)
    _audit(
        actor, offer, AuditEvent.Action.UPDATE, ["topic", "languages", "compound", "capacity", "note", "slots"], request
    )
    return offer


@transaction.atomic
def wish_save(*, actor, resident: Resident, topic, languages, compound, note="", slots, wish=None, request=None):
    """A resident's wish, new or changed, with their weekly times; one wish per topic."""
    languages, slots = _input_checked(
        actor=actor, owner=resident, owns=wish is None or wish.resident_id == resident.pk,
        refusal=_("Only the resident can change their wishes."),
        topic=topic, languages=languages, compound=compound, note=note, slots=slots,
    )  # fmt: skip
    others = ExchangeWish.objects.filter(resident=resident, topic=topic, active=True).exclude(
        pk=getattr(wish, "pk", None)
    )
    if others.exists():
        raise ValidationError({"topic": _("You already have a wish for this topic.")})
    wish = wish or ExchangeWish(resident=resident, station=resident.station)
    wish.topic, wish.languages, wish.compound, wish.note, wish.active = topic, languages, compound, note, True
    wish.save()
    _slots_replace(owner={"wish": wish}, slots=slots)
    _audit(actor, wish, AuditEvent.Action.UPDATE, ["topic", "languages", "compound", "note", "slots"], request)
    return wish


@transaction.atomic
def exchange_close(*, actor, item: ExchangeOffer | ExchangeWish, request=None) -> None:
    """The host closes an offer to new pairings, or the resident withdraws a wish: the matcher leaves it out and its
    proposals not yet sent go; pairings already sent or active go on. Saving it again opens it again."""
    owner = item.host if isinstance(item, ExchangeOffer) else item.resident
    if owner.user_id is None or owner.user_id != getattr(actor, "pk", None):
        raise ValidationError(_("Only the host and the resident of this pairing can do this."))
    item.active = False
    item.save(update_fields=["active", "updated_at"])
    item.pairings.filter(status=Status.PROPOSED).delete()
    _audit(actor, item, AuditEvent.Action.UPDATE, ["active"], request)


def consent_given(resident: Resident) -> bool:
    return Consent.objects.filter(
        resident=resident, purpose=Consent.Purpose.PAIRING, withdrawn_at__isnull=True
    ).exists()


def _staff_checked(actor, station_id) -> None:
    profile = staff_profile(actor)
    if profile is None or not profile.does_casework or profile.station_id != station_id:
        raise ValidationError(_("Only the station's officers can do this."))


def _consent_checked(resident: Resident) -> None:
    if not consent_given(resident):
        raise ValidationError(
            _(
                "%(name)s has not consented to “Pairing with a local family”. No pairing can be proposed until "
                "they give this consent."
            )
            % {"name": resident.passport_name}
        )


def _places_checked(offer: ExchangeOffer) -> None:
    if _held_places(offer) >= offer.capacity:
        raise ValidationError(
            _("This host takes at most %(capacity)d pairings at once, and has no place left.")
            % {"capacity": offer.capacity}
        )


def _party(item, *, places=1) -> matcher.Party:
    compound = item.compound
    return matcher.Party(
        id=item.pk,
        topic=item.topic,
        languages=frozenset(item.languages),
        compound=item.compound_id,
        area=compound.area_id if compound else None,
        station=item.station_id,
        slots=tuple(
            matcher.Slot(slot.weekday, slot.start.hour * 60 + slot.start.minute, slot.end.hour * 60 + slot.end.minute)
            for slot in item.slots.all()
        ),
        places=places,
    )


def _pairing_create(*, actor, wish, offer, score, reasons) -> Pairing:
    try:
        with transaction.atomic():
            return Pairing.objects.create(
                station_id=offer.station_id,
                offer=offer,
                wish=wish,
                resident_id=wish.resident_id,
                topic=wish.topic,
                score=score,
                reasons=reasons,
                proposed_by=actor,
            )
    except IntegrityError:
        raise ValidationError(_("This resident already has an open pairing for this topic.")) from None


@transaction.atomic
def pairing_propose(*, actor, wish: ExchangeWish, offer: ExchangeOffer, request=None) -> Pairing:
    """An officer proposes one pair by hand: same topic, the resident's consent to pairing, a place left with the
    host, no other open pairing of the resident on the topic."""
    _staff_checked(actor, wish.station_id)
    if offer.station_id != wish.station_id:
        raise ValidationError(_("Only the station's officers can do this."))
    if offer.topic != wish.topic:
        raise ValidationError(_("The offer and the wish are about different topics."))
    if not (offer.active and wish.active):
        raise ValidationError(_("This offer or wish is no longer open."))
    _consent_checked(wish.resident)
    offer = ExchangeOffer.objects.select_for_update().get(pk=offer.pk)
    _places_checked(offer)
    reasons = matcher.pair_reasons(_party(wish), _party(offer))
    pairing = _pairing_create(actor=actor, wish=wish, offer=offer, score=matcher.points(reasons), reasons=reasons)
    _audit(actor, pairing, AuditEvent.Action.CREATE, ["offer", "wish", "score"], request)
    return pairing


@transaction.atomic
def pairings_match(*, actor, station, request=None) -> list[Pairing]:
    """Run the matcher for the station: the proposals not yet sent are replaced by the best ones now.

    Only wishes of residents who consent to pairing and have no open pairing on the topic take part, and only
    offers with a place left; a wish and an offer that were paired before (declined or ended) are not paired again.
    """
    _staff_checked(actor, station.pk)
    Pairing.objects.filter(station=station, status=Status.PROPOSED).delete()
    consenting = Consent.objects.filter(purpose=Consent.Purpose.PAIRING, withdrawn_at__isnull=True)
    open_on_topic = Pairing.objects.filter(
        resident=OuterRef("resident"), topic=OuterRef("topic"), status__in=OPEN_STATUSES
    )
    wishes = (
        ExchangeWish.objects.filter(station=station, active=True, resident__in=consenting.values("resident"))
        .exclude(Exists(open_on_topic))
        .select_related("compound")
        .prefetch_related("slots")
    )
    offers = (
        ExchangeOffer.objects.filter(station=station, active=True).select_related("compound").prefetch_related("slots")
    )
    held = dict(
        Pairing.objects.filter(station=station, status__in=HOLDING_PLACE)
        .values("offer")
        .annotate(count=Count("pk"))
        .values_list("offer", "count")
    )
    offer_parties = [_party(offer, places=offer.capacity - held.get(offer.pk, 0)) for offer in offers]
    excluded = Pairing.objects.filter(station=station).values_list("wish", "offer")
    proposals = matcher.match([_party(wish) for wish in wishes], offer_parties, excluded=excluded)
    wish_by_id = {wish.pk: wish for wish in wishes}
    created = Pairing.objects.bulk_create(
        Pairing(
            station=station,
            offer_id=proposal.offer,
            wish_id=proposal.wish,
            resident_id=wish_by_id[proposal.wish].resident_id,
            topic=wish_by_id[proposal.wish].topic,
            score=proposal.score,
            reasons=proposal.reasons,
            proposed_by=actor,
        )
        for proposal in proposals
    )
    audit_record(
        actor=actor,
        action=AuditEvent.Action.CREATE,
        object_type=Pairing._meta.label_lower,
        station_id=station.pk,
        fields=["proposals"],
        request=request,
    )
    return created


def _station_pairing_checked(actor, pairing: Pairing, status: str) -> None:
    _staff_checked(actor, pairing.station_id)
    if pairing.status != status:
        raise ValidationError(_("This pairing has changed in the meantime. Please look at it again."))


@transaction.atomic
def pairing_discard(*, actor, pairing: Pairing, request=None) -> None:
    """An officer drops a proposal before sending it: nobody has seen it, so nothing of it is kept."""
    _station_pairing_checked(actor, pairing, Status.PROPOSED)
    _audit(actor, pairing, AuditEvent.Action.DELETE, ["status"], request)
    pairing.delete()


@transaction.atomic
def pairing_send(*, actor, pairing: Pairing, request=None) -> Pairing:
    """An officer sends a reviewed proposal to both sides; from now it holds one of the host's places. The
    resident's consent and the host's place are checked again, under a lock on the offer."""
    _station_pairing_checked(actor, pairing, Status.PROPOSED)
    _consent_checked(pairing.resident)
    offer = ExchangeOffer.objects.select_for_update().get(pk=pairing.offer_id)
    _places_checked(offer)
    pairing.status, pairing.sent_by, pairing.sent_at = Status.SENT, actor, timezone.now()
    pairing.save(update_fields=["status", "sent_by", "sent_at", "updated_at"])
    _audit(actor, pairing, AuditEvent.Action.TRANSITION, ["status"], request)
    tell_resident(pairing, "pairing_sent", "sent")
    tell_host(pairing, "pairing_host_sent", "sent")
    return pairing


def side_of(actor, pairing: Pairing) -> str | None:
    """ "host" or "resident" when `actor` is one of the pair, else None."""
    user_id = getattr(actor, "pk", None)
    if user_id is None:
        return None
    if pairing.offer.host.user_id == user_id:
        return PairingSession.Side.HOST
    if pairing.resident.user_id == user_id:
        return PairingSession.Side.RESIDENT
    return None


def _side_checked(actor, pairing: Pairing) -> str:
    side = side_of(actor, pairing)
    if side is None:
        raise ValidationError(_("Only the host and the resident of this pairing can do this."))
    return side


@transaction.atomic
def pairing_answer(*, actor, pairing: Pairing, accept: bool, request=None) -> Pairing:
    """The host or the resident accepts or declines a sent pairing. Both accepted: it is active. One declines:
    it ends as declined, and the host's place is free again."""
    side = _side_checked(actor, pairing)
    pairing = Pairing.objects.select_for_update().select_related("offer__host", "resident").get(pk=pairing.pk)
    accepted_at = f"{side}_accepted_at"
    if pairing.status not in (Status.SENT, Status.ACCEPTED) or getattr(pairing, accepted_at) is not None:
        raise ValidationError(_("This pairing is not waiting for your answer."))
    now = timezone.now()
    if accept:
        setattr(pairing, accepted_at, now)
        both = pairing.host_accepted_at and pairing.resident_accepted_at
        pairing.status = Status.ACTIVE if both else Status.ACCEPTED
    else:
        pairing.status, pairing.ended_reason, pairing.ended_at = Status.DECLINED, Pairing.EndReason.DECLINED, now
    pairing.save()
    _audit(actor, pairing, AuditEvent.Action.TRANSITION, ["status", accepted_at], request)
    if pairing.status == Status.ACTIVE:
        tell_resident(pairing, "pairing_active", "active")
        tell_host(pairing, "pairing_host_active", "active")
    elif pairing.status == Status.DECLINED and side == PairingSession.Side.HOST:
        tell_resident(pairing, "pairing_declined", "declined")
    elif pairing.status == Status.DECLINED:
        tell_host(pairing, "pairing_host_declined", "declined")
    return pairing


def _feedback_checked(feedback: str) -> str:
    feedback = (feedback or "").strip()
    if len(feedback) > LONGEST_FEEDBACK:
        raise ValidationError(
            {"feedback": _("Please keep this to %(limit)d characters.") % {"limit": LONGEST_FEEDBACK}}
        )
    return feedback


@transaction.atomic
def session_log(*, actor, pairing: Pairing, date: datetime.date, what_they_did: str, request=None) -> PairingSession:
    """Either side logs a meeting of an active pairing: its date (not in the future) and what they did."""
    side = _side_checked(actor, pairing)
    if pairing.status != Status.ACTIVE:
        raise ValidationError(_("Sessions can be logged only while the pairing is active."))
    if date > timezone.localdate():
        raise ValidationError({"date": _("The date of a session cannot be in the future.")})
    what_they_did = (what_they_did or "").strip()
    if not what_they_did:
        raise ValidationError({"what_they_did": _("Please say what you did.")})
    if len(what_they_did) > LONGEST_SESSION:
        raise ValidationError(
            {"what_they_did": _("Please keep this to %(limit)d characters.") % {"limit": LONGEST_SESSION}}
        )
    session = PairingSession.objects.create(
        pairing=pairing, date=date, what_they_did=what_they_did, logged_by=side, logged_by_user=actor
    )
    _audit(actor, session, AuditEvent.Action.CREATE, ["date", "what_they_did"], request, pairing.station_id)
    return session


def _ended(pairing: Pairing, reason: str) -> None:
    pairing.status, pairing.ended_reason, pairing.ended_at = Status.ENDED, reason, timezone.now()


@transaction.atomic
def pairing_end(*, actor, pairing: Pairing, reason: str, feedback: str = "", request=None) -> Pairing:
    """Either side ends an active pairing (finished, or moved away), with their feedback; the other side may add
    theirs afterwards (`pairing_feedback`). An officer of the station may end it too (a side moved away)."""
    side = side_of(actor, pairing)
    if side is None:
        _staff_checked(actor, pairing.station_id)
    if pairing.status != Status.ACTIVE:
        raise ValidationError(_("Only an active pairing can be ended."))
    if reason not in (Pairing.EndReason.FINISHED, Pairing.EndReason.MOVED_AWAY):
        raise ValidationError({"reason": _("Choose why the pairing ends from the list.")})
    feedback = _feedback_checked(feedback)
    _ended(pairing, reason)
    if side is not None:
        setattr(pairing, f"{side}_feedback", feedback)
    pairing.save()
    _audit(actor, pairing, AuditEvent.Action.TRANSITION, ["status", "ended_reason", "feedback"], request)
    if side != PairingSession.Side.RESIDENT:
        tell_resident(pairing, "pairing_ended", "ended")
    if side != PairingSession.Side.HOST:
        tell_host(pairing, "pairing_host_ended", "ended")
    return pairing


@transaction.atomic
def pairing_feedback(*, actor, pairing: Pairing, feedback: str, request=None) -> Pairing:
    """A side's word on an ended pairing, once."""
    side = _side_checked(actor, pairing)
    if pairing.status != Status.ENDED or getattr(pairing, f"{side}_feedback"):
        raise ValidationError(_("Feedback can be given once, after the pairing has ended."))
    feedback = _feedback_checked(feedback)
    if not feedback:
        raise ValidationError({"feedback": _("Please write a few words.")})
    setattr(pairing, f"{side}_feedback", feedback)
    pairing.save(update_fields=[f"{side}_feedback", "updated_at"])
    _audit(actor, pairing, AuditEvent.Action.UPDATE, ["feedback"], request)
    return pairing


@transaction.atomic
def pairings_end_for_consent(*, actor, resident: Resident, request=None) -> int:
    """The resident withdrew their consent to pairing (PIPL art. 15): every open pairing of theirs ends now,
    proposals and sent ones included, and the host's places are free again. Answers how many ended.

    A host who was sent the pairing is told that it ended (active) or that the proposal is withdrawn (not yet
    active), and never why: the resident's consent is theirs alone. A proposal never sent ends unseen by the host."""
    pairings = list(
        Pairing.objects.select_for_update(of=("self",))
        .select_related("offer__host__user", "resident")
        .filter(resident=resident, status__in=OPEN_STATUSES)
    )
    for pairing in pairings:
        was = pairing.status
        _ended(pairing, Pairing.EndReason.CONSENT_WITHDRAWN)
        pairing.save(update_fields=["status", "ended_reason", "ended_at", "updated_at"])
        _audit(actor, pairing, AuditEvent.Action.TRANSITION, ["status", "ended_reason"], request)
        if was == Status.ACTIVE:
            tell_host(pairing, "pairing_host_ended", "ended")
        elif was in HOLDING_PLACE:
            tell_host(pairing, "pairing_host_withdrawn", "withdrawn")
    return len(pairings)


def on_consent_withdrawn(sender, *, resident, purpose, actor, request=None, **kwargs) -> None:
    """people's `consent_withdrawn` signal: pairing is the purpose this app rests on."""
    if purpose == Consent.Purpose.PAIRING:
        pairings_end_for_consent(actor=actor, resident=resident, request=request)
