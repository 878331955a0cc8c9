"""The waste-sorting guide on the portal (/<lang>/waste/?q=…): a resident types an item in any language and sees
its bin, with their compound's drop-off windows, and prints their compound's poster.

Shanghai Municipal Domestic Waste Management Regulations (in force 1 July 2019): four categories, put out at the
compound's drop-off point in its hours; when unsure, dry waste. Public pages, no login needed. A logged-in
resident sees their own compound's windows: only the compound's name and hours are shown, never their address,
and nothing personal is read beyond the account's own record (so nothing to audit). A visitor picks a compound
from a list, remembered in their session. Thin pages over `civic.guide`.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from lianyang.civic.guide.bins import bin_of, bins
from lianyang.civic.guide.notes import how_note
from lianyang.civic.guide.poster import poster_pdf
from lianyang.civic.guide.search import LONGEST_QUERY, guide_search
from lianyang.civic.guide.windows import windows_of, windows_said
from lianyang.community.models import Compound
from lianyang.people.selectors import account_resident_loaded
from lianyang.publishing.printing.document import pdf_response

COMPOUND_KEY = "waste:compound"
# The guesses shown beside the closest item when the query names none.
MOST_GUESSES = 3


class GuideSearchForm(forms.Form):
    q = forms.CharField(
        label=gettext_lazy("Which bin? Type an item"),
        required=False,
        max_length=LONGEST_QUERY,
        error_messages={"max_length": gettext_lazy("Type at most %(limit_value)d characters: the name of one item.")},
    )


def _shown(found, *, guess: bool = False) -> dict:
    return {"found": found, "bin": bin_of(found.category), "note": how_note(found.how), "guess": guess}


def _results(answer) -> tuple[list[dict], list[dict]]:
    """The items the query names, or else the closest item as a guess with a few others beside it."""
    certain = [_shown(found) for found in answer.found if found.certain]
    if certain:
        return certain, []
    guesses = [_shown(found, guess=True) for found in answer.found[:MOST_GUESSES]]
    return guesses[:1], guesses[1:]


def _own_compound(resident) -> Compound | None:
    """The compound of the resident's address, else of their household's: one small query (the account's record
    read with its whole address cost PostgreSQL more to plan than this page takes to draw)."""
    if resident is None:
        return None
    if resident.address_id:
        return Compound.objects.filter(buildings__addresses=resident.address_id).first()
    if resident.household_id:
        return Compound.objects.filter(buildings__addresses__households=resident.household_id).first()
    return None


def _picked(request) -> int | None:
    value = request.GET.get("compound", "")
    return int(value) if value.isascii() and value.isdigit() and 0 < int(value) < 2**31 else None


def _chosen_compound(request) -> Compound | None:
    """The compound a visitor picked (now, or earlier in their session); an unknown one is forgotten."""
    picked = _picked(request)
    pk = picked or request.session.get(COMPOUND_KEY)
    compound = Compound.objects.filter(pk=pk).first() if pk else None
    if compound is None:
        request.session.pop(COMPOUND_KEY, None)
    elif picked:
        request.session[COMPOUND_KEY] = compound.pk
    return compound


def _compound_choices() -> list[tuple[str, list[tuple[int, str]]]]:
    """Every compound by name, grouped by station (one query)."""
    groups: dict[str, list[tuple[int, str]]] = {}
    rows = Compound.objects.order_by("area__station__name_en", "name").values_list(
        "pk", "name", "name_en", "area__station__name_en"
    )
    for pk, name, name_en, station in rows:
        groups.setdefault(station, []).append((pk, f"{name_en} · {name}" if name_en else name))
    return list(groups.items())


@require_GET
def guide(request):
    """The search box; a query's answer (its bin, its note, a guess said as one, or "when unsure, dry waste" and
    a link to ask the station); the four bins when there is no query; the compound's drop-off windows."""
    language = translation.get_language()
    form = GuideSearchForm(request.GET or None)
    query, answer, status = "", None, 200
    if form.is_valid():
        query = form.cleaned_data["q"].strip()
        if query:
            try:
                answer = guide_search(query, language)
            except ValidationError as refusal:
                form.add_error("q", refusal)
    if form.errors:
        status, query = 400, ""
    resident = account_resident_loaded(request.user)
    own = _own_compound(resident)
    compound = own or _chosen_compound(request)
    results, guesses = _results(answer) if answer else ([], [])
    context = {
        "form": form,
        "query": query,
        "answer": answer,
        "results": results,
        "guesses": guesses,
        "bins": bins() if not query else [],
        "compound": compound,
        "own_compound": own is not None,
        "windows": windows_said(windows_of(compound)) if compound else [],
        "compound_choices": _compound_choices() if own is None else [],
        "ask_subject": _("Which bin does “%(item)s” go in?") % {"item": query} if query else "",
    }
    return render(request, "portal/waste/guide.html", context, status=status)


@require_GET
def poster(request, compound_pk: int):
    """The compound's one-page poster in the page's language (public: compound names and hours are not personal
    data)."""
    compound = get_object_or_404(Compound, pk=compound_pk)
    language = translation.get_language()
    return pdf_response(poster_pdf(compound, language), f"waste-poster-{compound.pk}-{language}.pdf")
