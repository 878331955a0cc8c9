"""The papers of a registration: passport and visa pages, proof of residence, a written statement.

DESIGN.md (Files): an upload is checked by its content, never by its name or the type the browser declares;
it is renamed by the server and kept in private storage, served only through a permission-checked view.
Passport scans are sensitive identity information (PIPL art. 28, GB/T 35273-2020), so every stored paper is
audited. The size limit, `MAX_UPLOAD_BYTES`, is a constant: a phone photo is 2–6 MB; 10 MB leaves room for a
scanned PDF without letting one upload fill the disk. One account keeps at most `UPLOAD_QUOTA_BYTES` in a rolling
day (settings), so no account can fill it ten files at a time either. A picture is measured from its header before
anything is decoded (at most `UPLOAD_MAX_PIXELS`), and a PDF must open with pypdf, without a password, with at
most `UPLOAD_MAX_PDF_PAGES` pages. Every channel (the portal's steps and corrections, the counter) checks here.
"""

import datetime
import hashlib
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Sum
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _

from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record

# The checks by content are shared with every page that takes a file; the registration's callers import them here.
from lianyang.core.uploads import EXTENSIONS, MAX_UPLOAD_BYTES, pixels_allowed, upload_read  # noqa: F401

from .models import RegistrationUpload

QUOTA_WINDOW = datetime.timedelta(days=1)


def _quota_checked(actor, size: int) -> None:
    """One account keeps at most `UPLOAD_QUOTA_BYTES` of papers in a rolling day. The account's row is locked
    first, so uploads sent at the same moment are counted one after the other."""
    get_user_model().objects.select_for_update().filter(pk=actor.pk).first()
    since = timezone.now() - QUOTA_WINDOW
    kept = RegistrationUpload.objects.filter(owner=actor, created_at__gte=since).aggregate(total=Sum("size"))["total"]
    if (kept or 0) + size > settings.UPLOAD_QUOTA_BYTES:
        raise ValidationError(
            _(
                "You have sent as many papers today as we take from one account (%(limit)s). Please try again "
                "tomorrow, or bring your papers to the station."
            ),
            code="file_quota",
            params={"limit": filesizeformat(settings.UPLOAD_QUOTA_BYTES)},
        )


@transaction.atomic
def _keep(*, actor, kind: str, content: bytes, content_type: str, extension: str, request) -> RegistrationUpload:
    upload = RegistrationUpload(
        owner=actor,
        kind=kind,
        content_type=content_type,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
    )
    upload.file.save(f"{secrets.token_hex(16)}.{extension}", ContentFile(content), save=False)
    upload.save()
    audit_record(actor=actor, action=AuditEvent.Action.CREATE, obj=upload, fields=["file", "kind"], request=request)
    return upload


@transaction.atomic
def upload_store(*, actor, kind: str, content: bytes, content_type: str, request=None) -> RegistrationUpload:
    """Keep checked content (see `upload_read`) in private storage under a random name the server makes, within
    the account's daily quota; a refusal keeps nothing."""
    if kind not in RegistrationUpload.Kind.values or content_type not in EXTENSIONS:
        raise ValidationError(_("This kind of paper cannot be kept here."), code="file_kind")
    _quota_checked(actor, len(content))
    return _keep(
        actor=actor,
        kind=kind,
        content=content,
        content_type=content_type,
        extension=EXTENSIONS[content_type],
        request=request,
    )


def statement_store(*, actor, text: str, request=None) -> RegistrationUpload:
    """A resident's written statement of where they live, kept among the papers as a text file.

    Shanghai's procedures accept a written statement where there is no lease or certificate (docs/domain.md §1).
    """
    return _keep(
        actor=actor,
        kind=RegistrationUpload.Kind.PROOF,
        content=text.strip().encode(),
        content_type="text/plain",
        extension="txt",
        request=request,
    )


@transaction.atomic
def uploads_attach(*, actor, registration, upload_ids, request=None) -> None:
    """Put the resident's own papers into their registration; papers of anyone else, or already in a
    registration, are left alone."""
    attached = RegistrationUpload.objects.filter(
        pk__in=list(upload_ids), owner=actor, registration__isnull=True
    ).update(registration=registration)
    if attached:
        audit_record(
            actor=actor,
            action=AuditEvent.Action.UPDATE,
            obj=registration,
            station_id=registration.station_id,
            fields=["uploads"],
            request=request,
        )
