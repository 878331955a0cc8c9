"""Every write of a service request: intake, routing, the thread, waiting, closing, merging and the rating.

Station practice (docs/domain.md §6): a resident asks in their own language and is answered in it, by an officer
who speaks it (routing.py), within the service levels the head set per category, counted in the station's working
time on China's official calendar (casework/levels). While the station waits for the resident, the clock stops.
Every change writes an audit event (PIPL art. 51); the resident is told of a reply by e-mail and in the portal
inbox, in their language, once (notify).
"""

import datetime
import hashlib
import secrets

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from lianyang.accounts.access import staff_profile
from lianyang.accounts.models import CASEWORK_ROLES, StaffProfile
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.core.uploads import EXTENSIONS, upload_read
from lianyang.notify.services import notification_send
from lianyang.people.selectors import account_resident

from ..categories import Category
from ..levels.clock import clock_for
from ..levels.selectors import service_level_of
from ..models import (
    LONGEST_SUBJECT,
    LONGEST_TEXT,
    OPEN_STATUSES,
    RUNNING_STATUSES,
    CannedReply,
    Message,
    RequestAttachment,
    ServiceRequest,
)
from .routing import assignee_for
from .search import text_key

Status = ServiceRequest.Status
# A closed request may be reopened for this long (station practice: the same problem, come back, is the same case).
REOPEN_WITHIN = datetime.timedelta(days=14)
# Files sent with one request or one message.
MOST_ATTACHMENTS = 3


def text_checked(text: str, *, field: str = "text") -> str:
    """A request's or a message's text: not empty, at most `LONGEST_TEXT` characters."""
    text = (text or "").strip()
    if not text:
        raise ValidationError({field: _("Please write your question or message.")}, code="empty")
    if len(text) > LONGEST_TEXT:
        raise ValidationError(
            {
                field: ngettext(
                    "Please keep this to %(limit)d character; it has %(count)d.",
                    "Please keep this to %(limit)d characters; it has %(count)d.",
                    LONGEST_TEXT,
                )
                % {"limit": LONGEST_TEXT, "count": len(text)}
            },
            code="too_long",
        )
    return text


def _files_read(attachments) -> list[tuple[bytes, str]]:
    """Every attachment checked by its content before anything is kept, so one bad file keeps none."""
    attachments = [file for file in attachments if file]
    if len(attachments) > MOST_ATTACHMENTS:
        raise ValidationError(
            {
                "attachments": ngettext(
                    "Please attach at most %(count)d file.", "Please attach at most %(count)d files.", MOST_ATTACHMENTS
                )
                % {"count": MOST_ATTACHMENTS}
            }
        )
    read = []
    for file in attachments:
        try:
            read.append(upload_read(file))
        except ValidationError as error:
            raise ValidationError({"attachments": error.messages}) from None
    return read


def _files_keep(files, *, actor, service_request, message=None) -> None:
    for content, content_type in files:
        attachment = RequestAttachment(
            request=service_request,
            message=message,
            owner=actor,
            content_type=content_type,
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
        )
        attachment.file.save(f"{secrets.token_hex(16)}.{EXTENSIONS[content_type]}", ContentFile(content), save=False)
        attachment.save()


def _audit(actor, service_request, action, fields, request=None) -> None:
    audit_record(
        actor=actor,
        action=action,
        obj=service_request,
        station_id=service_request.station_id,
        fields=fields,
        request=request,
    )


def _subject_from(text: str) -> str:
    """The first line of the text, shortened, when no subject is given."""
    first = text.strip().splitlines()[0].strip()
    return first if len(first) <= LONGEST_SUBJECT else first[: LONGEST_SUBJECT - 1] + "…"


def _due_times(*, station, category: str, start: datetime.datetime) -> dict:
    """The first-answer and resolution targets from `start` in the station's working time, and the moments each
    target's warning starts (the level's `warn_percent` of its working time)."""
    clock, level = clock_for(station), service_level_of(station=station, category=category)
    first, resolution = level.first_response_minutes, level.resolution_minutes
    return {
        "first_response_due": clock.add(start, first),
        "resolution_due": clock.add(start, resolution),
        "first_response_warn_at": clock.add(start, first * level.warn_percent // 100),
        "resolution_warn_at": clock.add(start, resolution * level.warn_percent // 100),
    }


@transaction.atomic
def _create(*, actor, resident, category, channel, text, subject, language, attachments, request) -> ServiceRequest:
    if category not in Category.values:
        raise ValidationError({"category": _("Please choose what your question is about.")})
    text = text_checked(text)
    subject = (subject or "").strip()[:LONGEST_SUBJECT] or _subject_from(text)
    files = _files_read(attachments)
    station = resident.station
    language = (language or resident.preferred_language or "en").lower()
    service_request = ServiceRequest.objects.create(
        station=station,
        resident=resident,
        category=category,
        channel=channel,
        language=language,
        subject=subject,
        text=text,
        assignee_id=assignee_for(station=station, language=language),
        search_text=text_key(subject, text),
        **_due_times(station=station, category=category, start=timezone.now()),
    )
    _files_keep(files, actor=actor, service_request=service_request)
    _audit(actor, service_request, AuditEvent.Action.CREATE, ["category", "channel", "text", "assignee"], request)
    return service_request


def request_submit(
    *, actor, category: str, text: str, language: str, subject: str = "", attachments=(), request=None
) -> ServiceRequest:
    """A resident asks the station from the portal, in the language they write in; routed and given its due
    times at once. Only a resident with a record at a station can ask (the request belongs to their station)."""
    resident = account_resident(actor)
    if resident is None:
        raise ValidationError(_("Your account is not linked to a resident's record. Please ask at the station."))
    return _create(
        actor=actor,
        resident=resident,
        category=category,
        channel=ServiceRequest.Channel.PORTAL,
        text=text,
        subject=subject,
        language=language,
        attachments=attachments,
        request=request,
    )


def _caseworker_of(actor, station_id: int) -> StaffProfile:
    """The actor's staff profile when they do the casework of station `station_id`, else a refusal."""
    profile = staff_profile(actor)
    if profile is None or profile.role not in CASEWORK_ROLES or profile.station_id != station_id:
        raise ValidationError(_("Only the station's officers can do this."), code="not_allowed")
    return profile


def request_record(
    *,
    actor,
    resident,
    category: str,
    channel: str,
    text: str,
    language: str | None = None,
    subject: str = "",
    attachments=(),
    request=None,
) -> ServiceRequest:
    """An officer records a request a resident of their station made at the counter, by phone, on WeChat, by
    e-mail or on a home visit; routed like one from the portal (the officer may then take it by hand). The
    language is the resident's preferred one unless the officer says which they spoke."""
    _caseworker_of(actor, resident.station_id)
    if channel not in ServiceRequest.Channel.values or channel == ServiceRequest.Channel.PORTAL:
        raise ValidationError({"channel": _("Please say how the resident asked.")})
    return _create(
        actor=actor,
        resident=resident,
        category=category,
        channel=channel,
        text=text,
        subject=subject,
        language=language,
        attachments=attachments,
        request=request,
    )


def _locked(service_request: ServiceRequest) -> ServiceRequest:
    return ServiceRequest.objects.select_for_update().get(pk=service_request.pk)


@transaction.atomic
def request_assign(*, actor, service_request: ServiceRequest, assignee, request=None) -> ServiceRequest:
    """Hand a request to another caseworker of its station, by hand; audited with who had it before."""
    _caseworker_of(actor, service_request.station_id)
    target = staff_profile(assignee)
    if target is None or target.role not in CASEWORK_ROLES or target.station_id != service_request.station_id:
        raise ValidationError({"assignee": _("Please choose an officer of this station.")})
    service_request = _locked(service_request)
    if service_request.status not in OPEN_STATUSES:
        raise ValidationError(_("This request is closed. Reopen it first."), code="closed")
    before = service_request.assignee_id
    service_request.assignee = assignee
    service_request.save(update_fields=["assignee", "updated_at"])
    _audit(actor, service_request, AuditEvent.Action.UPDATE, [f"assignee:{before or '-'}→{assignee.pk}"], request)
    return service_request


def _resume(service_request: ServiceRequest, now: datetime.datetime) -> None:
    """Start the stopped clock again: every target still ahead moves by the working minutes it stood still."""
    if service_request.paused_at is None:
        return
    clock = clock_for(service_request.station)
    minutes = clock.between(service_request.paused_at, now)
    fields = ["resolution_due", "resolution_warn_at"]
    if service_request.first_responded_at is None:
        fields += ["first_response_due", "first_response_warn_at"]
    for field in fields:
        setattr(service_request, field, clock.add(getattr(service_request, field), minutes))
    service_request.waited_minutes += minutes
    service_request.paused_at = None


def _take_up(service_request: ServiceRequest) -> None:
    """A request that waited for the resident is open again, its clock running."""
    _resume(service_request, timezone.now())
    service_request.status = Status.OPEN


def _refuse_closed(service_request: ServiceRequest) -> None:
    if service_request.status == Status.MERGED:
        raise ValidationError(_("This request was merged into another one. Please write there."), code="merged")
    if service_request.status == Status.CLOSED:
        raise ValidationError(
            _("This request is closed. Reopen it, or ask a new question, to write again."), code="closed"
        )


@transaction.atomic
def request_reply(*, actor, service_request: ServiceRequest, body: str, attachments=(), request=None) -> Message:
    """An officer answers the resident, who sees it in the portal and is told by e-mail and in the portal inbox in
    their language. The first reply is the request's first answer (its first service level)."""
    _caseworker_of(actor, service_request.station_id)
    body = text_checked(body, field="body")
    files = _files_read(attachments)
    service_request = _locked(service_request)
    _refuse_closed(service_request)
    now = timezone.now()
    message = Message.objects.create(request=service_request, author=actor, kind=Message.Kind.REPLY, body=body)
    _files_keep(files, actor=actor, service_request=service_request, message=message)
    fields = ["messages"]
    if service_request.first_responded_at is None:
        service_request.first_responded_at = now
        fields.append("first_responded_at")
    if service_request.status == Status.NEW:
        service_request.status = Status.OPEN
        fields.append("status:open")
    service_request.save()
    _audit(actor, service_request, AuditEvent.Action.UPDATE, fields, request)
    resident = service_request.resident
    payload = {"subject": service_request.subject, "body": body}
    transaction.on_commit(
        lambda: notification_send(
            resident=resident,
            template="request_reply",
            payload=payload,
            key=f"request:{service_request.pk}:message:{message.pk}",
        )
    )
    return message


@transaction.atomic
def request_note(*, actor, service_request: ServiceRequest, body: str, request=None) -> Message:
    """An internal note for the station's staff; the resident never sees it."""
    _caseworker_of(actor, service_request.station_id)
    body = text_checked(body, field="body")
    message = Message.objects.create(request=service_request, author=actor, kind=Message.Kind.NOTE, body=body)
    _audit(actor, service_request, AuditEvent.Action.UPDATE, ["notes"], request)
    return message


def _requester_check(actor, service_request: ServiceRequest) -> None:
    if actor is None or not actor.is_authenticated or service_request.resident.user_id != actor.pk:
        raise ValidationError(_("Only the resident who asked can do this."), code="not_requester")


@transaction.atomic
def request_resident_reply(
    *, actor, service_request: ServiceRequest, body: str, attachments=(), request=None
) -> Message:
    """The resident writes back in their request's thread; a request waiting for them starts its clock again."""
    _requester_check(actor, service_request)
    body = text_checked(body, field="body")
    files = _files_read(attachments)
    service_request = _locked(service_request)
    _refuse_closed(service_request)
    message = Message.objects.create(request=service_request, author=actor, kind=Message.Kind.RESIDENT, body=body)
    _files_keep(files, actor=actor, service_request=service_request, message=message)
    fields = ["messages"]
    if service_request.status == Status.WAITING:
        _take_up(service_request)
        fields.append("status:open")
    service_request.save()
    _audit(actor, service_request, AuditEvent.Action.UPDATE, fields, request)
    return message


@transaction.atomic
def request_wait(*, actor, service_request: ServiceRequest, request=None) -> ServiceRequest:
    """The station waits for the resident (a paper, an answer): the service-level clock stops until they write."""
    _caseworker_of(actor, service_request.station_id)
    service_request = _locked(service_request)
    if service_request.status not in RUNNING_STATUSES:
        raise ValidationError(_("Only an open request can wait for the resident."), code="not_open")
    service_request.status = Status.WAITING
    service_request.paused_at = timezone.now()
    service_request.save()
    _audit(actor, service_request, AuditEvent.Action.TRANSITION, ["status:waiting"], request)
    return service_request


@transaction.atomic
def request_resume(*, actor, service_request: ServiceRequest, request=None) -> ServiceRequest:
    """An officer takes a waiting request up again (the resident answered at the counter or by phone)."""
    _caseworker_of(actor, service_request.station_id)
    service_request = _locked(service_request)
    if service_request.status != Status.WAITING:
        raise ValidationError(_("This request is not waiting for the resident."), code="not_waiting")
    _take_up(service_request)
    service_request.save()
    _audit(actor, service_request, AuditEvent.Action.TRANSITION, ["status:open"], request)
    return service_request


@transaction.atomic
def request_close(*, actor, service_request: ServiceRequest, request=None) -> ServiceRequest:
    """Close a request that is answered; the resident may rate it, and it may be reopened within 14 days."""
    _caseworker_of(actor, service_request.station_id)
    service_request = _locked(service_request)
    if service_request.status not in OPEN_STATUSES:
        raise ValidationError(_("This request is already closed."), code="closed")
    now = timezone.now()
    _resume(service_request, now)
    service_request.status, service_request.closed_at, service_request.paused_at = Status.CLOSED, now, now
    service_request.save()
    _audit(actor, service_request, AuditEvent.Action.TRANSITION, ["status:closed"], request)
    return service_request


@transaction.atomic
def request_reopen(*, actor, service_request: ServiceRequest, request=None) -> ServiceRequest:
    """Reopen a closed request within 14 days of its closing (the same problem come back); after that, it is a
    new request. The clock goes on from where it stopped at the closing."""
    profile = staff_profile(actor)
    if profile is not None:
        _caseworker_of(actor, service_request.station_id)
    else:
        _requester_check(actor, service_request)
    service_request = _locked(service_request)
    if service_request.status != Status.CLOSED:
        raise ValidationError(_("Only a closed request can be reopened."), code="not_closed")
    now = timezone.now()
    if service_request.closed_at < now - REOPEN_WITHIN:
        raise ValidationError(
            _("This request was closed more than 14 days ago and cannot be reopened. Please ask a new question."),
            code="too_late",
        )
    _resume(service_request, now)
    service_request.status, service_request.closed_at = Status.OPEN, None
    service_request.save()
    _audit(actor, service_request, AuditEvent.Action.TRANSITION, ["status:open"], request)
    return service_request


@transaction.atomic
def request_merge(*, actor, service_request: ServiceRequest, into: ServiceRequest, request=None) -> ServiceRequest:
    """Merge a duplicate into the resident's other open request: the duplicate closes, pointing to the one kept,
    and its thread stays readable there."""
    _caseworker_of(actor, service_request.station_id)
    if into.pk == service_request.pk or into.resident_id != service_request.resident_id:
        raise ValidationError({"into": _("Please choose another request of the same resident.")})
    service_request, into = _locked(service_request), _locked(into)
    if service_request.status not in OPEN_STATUSES or into.status not in OPEN_STATUSES:
        raise ValidationError({"into": _("Both requests must be open to be merged.")})
    service_request.status, service_request.merged_into = Status.MERGED, into
    service_request.closed_at = service_request.paused_at = timezone.now()
    service_request.save()
    _audit(actor, service_request, AuditEvent.Action.TRANSITION, [f"merged_into:{into.pk}"], request)
    _audit(actor, into, AuditEvent.Action.UPDATE, [f"merged:{service_request.pk}"], request)
    return service_request


@transaction.atomic
def request_rate(*, actor, service_request: ServiceRequest, rating, comment: str = "", request=None) -> ServiceRequest:
    """The resident who asked rates the answer once the request is closed, from 1 to 5, with a comment if they
    like; nobody else can."""
    _requester_check(actor, service_request)
    service_request = _locked(service_request)
    if service_request.status != Status.CLOSED:
        raise ValidationError(_("You can rate a request once it is closed."), code="not_closed")
    if service_request.rating is not None:
        raise ValidationError(_("You have already rated this request. Thank you."), code="rated")
    if rating not in range(1, 6):
        raise ValidationError({"rating": _("Please choose from 1 to 5 stars.")})
    comment = (comment or "").strip()
    if len(comment) > 500:
        raise ValidationError({"comment": _("Please keep your comment to 500 characters.")})
    service_request.rating, service_request.rating_comment = rating, comment
    service_request.save(update_fields=["rating", "rating_comment", "updated_at"])
    _audit(actor, service_request, AuditEvent.Action.UPDATE, ["rating"], request)
    return service_request


def canned_reply_create(*, actor, language: str, title: str, body: str, category: str = "") -> CannedReply:
    """A ready answer for the actor's station, in one language (the officer chooses it in the resident's)."""
    profile = staff_profile(actor)
    if profile is None or profile.role not in CASEWORK_ROLES:
        raise ValidationError(_("Only the station's officers can do this."), code="not_allowed")
    body = text_checked(body, field="body")
    if not title.strip():
        raise ValidationError({"title": _("Please give the reply a title.")})
    if category and category not in Category.values:
        raise ValidationError({"category": _("Please choose what your question is about.")})
    return CannedReply.objects.create(
        station_id=profile.station_id, language=language, title=title.strip()[:120], body=body, category=category
    )
