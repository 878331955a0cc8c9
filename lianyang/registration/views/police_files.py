"""The police files of a batch (XLSX, CSV) and the police registration form of one person (PDF).

They carry full document numbers, which is what the police register (docs/domain.md §1); only the liaison downloads
them, and every download is audited as an export (PIPL art. 51).
"""

from django.http import HttpResponse

from lianyang.audit.models import AuditEvent

from .. import exports, selectors
from ..pdf import police_form_pdf
from .police import liaison_required

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@liaison_required
def batch_xlsx(request, pk):
    batch, registrations = selectors.batch_export(actor=request.user, pk=pk, file_format="xlsx", request=request)
    return _download(exports.batch_xlsx(batch=batch, registrations=registrations), XLSX, f"{batch.reference}.xlsx")


@liaison_required
def batch_csv(request, pk):
    batch, registrations = selectors.batch_export(actor=request.user, pk=pk, file_format="csv", request=request)
    return _download(
        exports.batch_csv(registrations=registrations), "text/csv; charset=utf-8", f"{batch.reference}.csv"
    )


@liaison_required
def police_form(request, batch_pk, pk):
    registration = selectors.filed_registration_get(
        actor=request.user, batch_pk=batch_pk, pk=pk, audit=AuditEvent.Action.EXPORT, request=request
    )
    return _download(police_form_pdf(registration), "application/pdf", f"{registration.reference}.pdf")
