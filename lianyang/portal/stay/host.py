"""Step 5: the host or landlord and the proof of residence (docs/domain.md §1): a lease, the owner's certificate,
the host's identity card, or, where there is none, a written statement."""

from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from lianyang.registration.models import RegistrationUpload

from .draft import answers_of, stay_step
from .forms import HostForm, PaperForm
from .identity import step_context
from .papers import paper_keep

PROOF = RegistrationUpload.Kind.PROOF


@stay_step("host")
@require_http_methods(["GET", "POST"])
def host(request, draft):
    paper = PaperForm(prefix="proof", required=False)
    form = HostForm(initial=draft.answers("host") or {}, has_proof=PROOF in draft.uploads)
    if request.method == "POST":
        paper = PaperForm(request.POST, request.FILES, prefix="proof", required=False)
        if paper.is_valid() and paper.cleaned_data["paper"]:
            # Kept now, so a mistake elsewhere on the page does not make the resident choose the file again.
            paper_keep(request, draft, paper, kind=PROOF)
        form = HostForm(request.POST, has_proof=PROOF in draft.uploads)
        if form.is_valid() and paper.is_valid():
            draft.keep("host", answers_of(form))
            return redirect("stay:review")
    context = step_context("host", paper=paper, form=form, has_proof=PROOF in draft.uploads)
    return render(request, "portal/stay/host.html", context)
