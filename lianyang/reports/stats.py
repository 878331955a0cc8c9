"""Counts over the whole deployment for `lianyang stats`: how much of everything there is, never who."""

import datetime

from django.db.models import Count, Q
from django.utils import timezone

from lianyang.accounts.models import StaffLanguage, StaffProfile
from lianyang.activities.figures import activity_figures
from lianyang.audit.models import AuditEvent
from lianyang.casework.figures import request_figures, visit_figures
from lianyang.civic.campaigns.figures import campaign_figures
from lianyang.civic.guide.figures import waste_figures
from lianyang.community.models import Compound, ResidentialArea, Station
from lianyang.notify.models import Notification
from lianyang.people.models import Household, IdentityDocument, LocalHost, Permit, Resident
from lianyang.publishing.figures import publishing_figures
from lianyang.registration.models import OPEN_STATUSES, AccommodationRegistration, RegistrationNeeded, Status

# The notifications that are reminders the worker sends by itself (registration/reminders.py, duties.py).
REMINDER_TEMPLATES = (
    Q(template__startswith="residence_permit_")
    | Q(template__startswith="change_report_")
    | Q(template__startswith="registration_needed_")
)


def _by(queryset, field: str) -> dict[str, int]:
    rows = queryset.values(field).annotate(count=Count("id")).order_by(field)
    return {row[field]: row["count"] for row in rows}


def deployment_counts(today: datetime.date | None = None) -> dict:
    """Stations, places, people, staff, papers; permits expiring within 30 and 60 days of `today` (inclusive),
    counted among permits still valid today."""
    today = today or timezone.localdate()
    expiring = Permit.objects.aggregate(
        within_30=Count("id", filter=Q(valid_until__gte=today, valid_until__lte=today + datetime.timedelta(days=30))),
        within_60=Count("id", filter=Q(valid_until__gte=today, valid_until__lte=today + datetime.timedelta(days=60))),
        expired=Count("id", filter=Q(valid_until__lt=today)),
    )
    staff_languages = StaffLanguage.objects.values("language").annotate(count=Count("staff", distinct=True))
    return {
        "stations": Station.objects.count(),
        "areas": ResidentialArea.objects.count(),
        "compounds": Compound.objects.count(),
        "households": Household.objects.count(),
        "residents": Resident.objects.count(),
        "residents_by_status": _by(Resident.objects, "status"),
        "nationalities": Resident.objects.values("nationality").distinct().count(),
        "staff": StaffProfile.objects.count(),
        "staff_by_role": _by(StaffProfile.objects, "role"),
        "staff_by_language": {row["language"]: row["count"] for row in staff_languages.order_by("language")},
        "local_hosts": LocalHost.objects.count(),
        "portal_accounts": Resident.objects.filter(user__isnull=False).count(),
        "documents": IdentityDocument.objects.count(),
        "documents_by_kind": _by(IdentityDocument.objects, "kind"),
        "permits": Permit.objects.count(),
        "permits_by_kind": dict.fromkeys(Permit.Kind.values, 0) | _by(Permit.objects, "kind"),
        "permits_expiring_30": expiring["within_30"],
        "permits_expiring_60": expiring["within_60"],
        "permits_expired": expiring["expired"],
        "registrations": AccommodationRegistration.objects.count(),
        "registrations_by_status": dict.fromkeys(Status.values, 0) | _by(AccommodationRegistration.objects, "status"),
        "registrations_overdue": AccommodationRegistration.objects.filter(
            status__in=OPEN_STATUSES, deadline_at__lt=timezone.now()
        ).count(),
        "registration_duties_open": RegistrationNeeded.objects.filter(closed_at__isnull=True).count(),
        # Each reminder is sent on two channels; the portal copy counts it once.
        "reminders_sent": Notification.objects.filter(
            REMINDER_TEMPLATES, channel=Notification.Channel.PORTAL, status=Notification.Status.SENT
        ).count(),
        **request_figures(),
        **visit_figures(),
        **activity_figures(),
        **publishing_figures(),
        **campaign_figures(),
        **waste_figures(),
        "audit_events": AuditEvent.objects.count(),
    }
