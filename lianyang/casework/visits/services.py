"""Every write of the home visits: the head's policies, accepting the planner's week, one visit planned by hand,
and a visit's outcome recorded. Each checks the actor's station, changes nothing when refused, and is audited."""

import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lianyang.accounts.access import staff_profile
from lianyang.accounts.models import Role, StaffProfile
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record

from ..models import HouseholdKind, ServiceRequest, Visit, VisitPolicy
from ..requests.services import request_record
from .selectors import visit_proposal, week_of


def _caseworker(actor) -> StaffProfile:
    profile = staff_profile(actor)
    if profile is None or not profile.does_casework:
        raise ValidationError(_("Only the station's officers and head plan and record home visits."), code="role")
    return profile


def _same_station(profile: StaffProfile, station_id: int) -> None:
    if station_id != profile.station_id:
        raise ValidationError(_("This household belongs to another station."), code="other_station")


def _not_in_the_past(day: datetime.date, field: str = "planned_on") -> None:
    if day < timezone.localdate():
        raise ValidationError({field: _("A visit cannot be planned for a day that has passed.")}, code="past")


def visit_policy_set(*, actor, intervals: dict[str, int], request=None) -> list[VisitPolicy]:
    """The head sets the station's days between visits for each household type (1 to 365 days)."""
    profile = _caseworker(actor)
    if profile.role != Role.HEAD:
        raise ValidationError(_("Only the station head sets the visit policies."), code="role")
    if set(intervals) - set(HouseholdKind.values):
        raise ValidationError(_("Unknown household type."), code="kind")
    for kind, days in intervals.items():
        if not isinstance(days, int) or not 1 <= days <= 365:
            raise ValidationError({kind: _("Choose between 1 and 365 days.")}, code="interval")
    with transaction.atomic():
        policies = [
            VisitPolicy.objects.update_or_create(
                station_id=profile.station_id, kind=kind, defaults={"interval_days": days, "set_by": actor}
            )[0]
            for kind, days in intervals.items()
        ]
        audit_record(
            actor=actor,
            action=AuditEvent.Action.UPDATE,
            object_type="casework.visitpolicy",
            object_id=profile.station_id,
            station_id=profile.station_id,
            fields=sorted(intervals),
            request=request,
        )
    return policies


def visit_plan_accept(*, actor, week_start: datetime.date, request=None) -> list[Visit]:
    """Accept the planner's proposal for a week (planner.py): its visits become planned, in one INSERT.

    The proposal is worked out again here, so what is planned follows the rules at this moment; a week already
    over is refused, and a household planned meanwhile by someone else stops the whole plan (nothing is saved).
    """
    profile = _caseworker(actor)
    week_start = week_of(week_start)
    _not_in_the_past(week_start + datetime.timedelta(days=6), field="week")
    visits = [
        Visit(
            station_id=profile.station_id,
            household_id=proposed.household.pk,
            purpose=proposed.purpose,
            planned_on=proposed.planned_on,
            staff_id=proposed.officer.pk,
        )
        for proposed in visit_proposal(actor=actor, week_start=week_start)
        if proposed.officer is not None
    ]
    if not visits:
        raise ValidationError(_("No household comes due that week: there is nothing to plan."), code="empty")
    try:
        with transaction.atomic():
            created = Visit.objects.bulk_create(visits)
            audit_record(
                actor=actor,
                action=AuditEvent.Action.CREATE,
                object_type="casework.visit",
                object_id=f"week {week_start:%Y-%m-%d}",
                station_id=profile.station_id,
                fields=["household", "planned_on", "purpose", "staff"],
                request=request,
            )
    except IntegrityError:
        raise ValidationError(
            _("Someone planned some of these households meanwhile. Please look at the proposal again."),
            code="conflict",
        ) from None
    return created


def visit_plan(
    *, actor, household, planned_on: datetime.date, purpose: str, staff: StaffProfile | None = None, request=None
) -> Visit:
    """Plan one visit by hand (a follow-up, or a household the week's plan left out), for a day not yet passed, to a
    household of the actor's own station not already planned, by an officer of that station (the actor by default)."""
    profile = _caseworker(actor)
    _same_station(profile, household.station_id)
    staff = staff or profile
    if staff.station_id != profile.station_id or not staff.does_casework:
        raise ValidationError({"staff": _("Choose an officer of this station.")}, code="staff")
    if purpose not in Visit.Purpose.values:
        raise ValidationError({"purpose": _("Unknown purpose of visit.")}, code="purpose")
    _not_in_the_past(planned_on)
    if Visit.objects.filter(household=household, outcome="").exists():
        raise ValidationError(_("A visit to this household is already planned."), code="planned")
    try:
        with transaction.atomic():
            visit = Visit.objects.create(
                station_id=household.station_id,
                household=household,
                purpose=purpose,
                planned_on=planned_on,
                staff=staff,
            )
            audit_record(
                actor=actor,
                action=AuditEvent.Action.CREATE,
                obj=visit,
                station_id=visit.station_id,
                fields=["household", "planned_on", "purpose", "staff"],
                request=request,
            )
    except IntegrityError:
        raise ValidationError(_("A visit to this household is already planned."), code="planned") from None
    return visit


def visit_record(*, actor, visit: Visit, outcome: str, notes: str = "", request=None) -> Visit:
    """Record what happened: met the household, not at home (a note left) or declined, with notes. Recording again
    corrects the record; every recording is audited."""
    profile = _caseworker(actor)
    _same_station(profile, visit.household.station_id)
    if outcome not in Visit.Outcome.values:
        raise ValidationError({"outcome": _("Unknown outcome of a visit.")}, code="outcome")
    if len(notes) > 4000:
        raise ValidationError({"notes": _("Please keep the notes under 4,000 characters.")}, code="notes")
    with transaction.atomic():
        visit.outcome, visit.notes = outcome, notes
        visit.visited_at = visit.visited_at or timezone.now()
        visit.save(update_fields=["outcome", "notes", "visited_at", "updated_at"])
        audit_record(
            actor=actor,
            action=AuditEvent.Action.UPDATE,
            obj=visit,
            station_id=visit.station_id,
            fields=["notes", "outcome", "visited_at"],
            request=request,
        )
    return visit


def visit_follow_up(*, actor, visit: Visit, resident, category: str, text: str, request=None) -> ServiceRequest:
    """From a visit, in one step: a service request for one of the household's members, recorded with the channel
    "home visit" and routed like any other (requests/services.py), and linked to the visit. A visit has one
    follow-up request; the resident must live in the visited household."""
    profile = _caseworker(actor)
    _same_station(profile, visit.household.station_id)
    if visit.follow_up_request_id is not None:
        raise ValidationError(_("This visit already has a follow-up request."), code="follow_up")
    if resident.household_id != visit.household_id or resident.status != resident.Status.ACTIVE:
        raise ValidationError({"resident": _("Choose a member of the visited household.")}, code="resident")
    with transaction.atomic():
        service_request = request_record(
            actor=actor,
            resident=resident,
            category=category,
            channel=ServiceRequest.Channel.VISIT,
            text=text,
            request=request,
        )
        visit.follow_up_request = service_request
        visit.save(update_fields=["follow_up_request", "updated_at"])
        audit_record(
            actor=actor,
            action=AuditEvent.Action.UPDATE,
            obj=visit,
            station_id=visit.station_id,
            fields=["follow_up_request"],
            request=request,
        )
    return service_request
