"""The campaigns' staff pages: the station's campaigns with their coverage, a new campaign (the head), a campaign's
page (scripts, messages, coverage, the buildings to work), a compound's buildings, the door-to-door page of a
building on the officer's phone with its mark form, and the building's printable sheet.

Reads through the selectors (scoped to the acting member of staff's station, the doors' personal data audited),
writes through the services; a refused write shows its translated reason and changes nothing (a door marked by
a colleague a moment before answers 409 and names them). A census campaign's pages show whether a household's form
is done, never its answers (Statistics Law art. 9; docs/domain.md §9).
"""

import functools

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from lianyang.accounts.access import casework_required, head_required, staff_profile
from lianyang.audit.models import AuditEvent
from lianyang.audit.services import audit_record
from lianyang.core.charts import bar_chart
from lianyang.core.languages import language_name
from lianyang.core.pages import page_number, save_or_show_errors
from lianyang.core.text import database_id, listed
from lianyang.people.selectors import nationalities_of

from ..models import ContactStatus
from . import selectors, services
from .forms import MARKS, CampaignForm, MarkForm, MessageForm, ScriptForm
from .sheet import building_sheet_pdf

CONFLICT = "conflict"
FEW_COMPOUNDS = 5  # up to this many, the campaign's page lists every building to work
CHART_BARS = 30
COMPOUNDS_SHOWN = 50  # rows of the compounds' table on a page: a city-wide campaign has hundreds of compounds
KEY = 2**31 - 1  # where a row's id goes in a link reversed once for the whole table


@casework_required
@require_GET
def campaign_list(request):
    """The station's campaigns, newest first, each with its coverage."""
    campaigns = selectors.campaigns_of(actor=request.user)
    return render(request, "civic/campaigns/list.html", {"campaigns": campaigns})


@head_required
def campaign_create(request):
    """The head starts a campaign: its kind, period and target households."""
    form = CampaignForm(
        request.POST or None,
        station_id=request.staff.station_id,
        nationalities=nationalities_of(actor=request.user),
    )
    if request.method == "POST" and form.is_valid():
        campaign = save_or_show_errors(
            form,
            lambda: services.campaign_create(
                actor=request.user, station=request.staff.station, request=request, **form.cleaned_data
            ),
        )
        if campaign is not None:
            count = campaign.contacts.count()
            messages.success(
                request,
                ngettext(
                    "The campaign has been created for %(count)d household.",
                    "The campaign has been created for %(count)d households.",
                    count,
                )
                % {"count": count},
            )
            return redirect("civic:campaign", pk=campaign.pk)
    status = 400 if form.errors else 200
    return render(request, "civic/campaigns/form.html", {"form": form}, status=status)


def _status_rows(campaign, row) -> list[dict]:
    """A coverage row's households by status, in the statuses' order, with the campaign's words for them."""
    return [
        {"status": status, "label": selectors.status_label(campaign, status), "count": row.by_status.get(status, 0)}
        for status in ContactStatus.values
    ]


def _table(rows, link: str = "") -> str:
    """Coverage rows as a table's body: each row's households in all, by status in the statuses' order, and the
    share covered; its label links to `link` with the row's key in place of KEY. Drawn here in one pass, as the
    chart is: a city-wide campaign has hundreds of compounds, which the template's loops drew ten times slower."""
    before, _key, after = (escape(part) for part in link.partition(str(KEY)))
    lines = []
    for row in rows:
        label = f'<a href="{before}{int(row.key)}{after}">{escape(row.label)}</a>' if link else escape(row.label)
        counts = "".join(f"<td>{int(row.by_status.get(status, 0))}</td>" for status in ContactStatus.values)
        lines.append(f'<tr><th scope="row">{label}</th><td>{row.total}</td>{counts}<td>{row.percent}%</td></tr>')
    return mark_safe("".join(lines))  # noqa: S308 - every text above is escaped, every number an int


def _never_reached(campaign, doors, language: str) -> str:
    """The households never reached after three tries as list items, each linking to its door (drawn here in one
    pass, like the tables: the list holds up to two hundred)."""
    before, _key, after = reverse("civic:campaign_building", args=[campaign.pk, KEY]).partition(str(KEY))
    said = functools.cache(lambda code: language_name(code, language))  # each language's name, said once
    lines = []
    for door in doors:
        contact = door.contact
        building = contact.household.address.building
        place = _("%(compound)s, building %(number)s, room %(room)s") % {
            "compound": building.compound.name,
            "number": building.number,
            "room": door.room,
        }
        members = listed(
            _("%(name)s (%(language)s)") % {"name": name, "language": said(code)} for name, code in door.members
        )
        tries = ngettext("%(count)d try", "%(count)d tries", contact.tries) % {"count": contact.tries}
        lines.append(
            format_html(
                '<li><a href="{}{}{}#door-{}">{}</a> · <span dir="auto">{}</span> · {}</li>',
                before,
                contact.building_id,
                after,
                contact.pk,
                place,
                members,
                tries,
            )
        )
    return mark_safe("".join(lines))  # noqa: S308 - each line went through format_html's escaping


def _chart(coverage) -> str:
    """The compounds' coverage as bars; a campaign over many compounds shows the least covered, where to go next."""
    rows = coverage.compounds
    if len(rows) <= CHART_BARS:
        title = _("Households covered, by compound")
    else:
        rows = sorted(rows, key=lambda row: (row.share, row.label))[:CHART_BARS]
        title = ngettext(
            "Households covered: the %(count)d compound least covered",
            "Households covered: the %(count)d compounds least covered",
            CHART_BARS,
        ) % {"count": CHART_BARS}
    return bar_chart([(row.label, row.percent) for row in rows], title=title, unit="%")


def _compounds_page(rows: list, page: int) -> tuple[int, list, bool]:
    """One page of the compounds' table, in the table's order (a page past the end shows the last one): the page's
    number, its rows, and whether another follows."""
    last = max(1, -(-len(rows) // COMPOUNDS_SHOWN))
    page = min(page, last)
    return page, rows[(page - 1) * COMPOUNDS_SHOWN : page * COMPOUNDS_SHOWN], page < last


def _buildings(campaign, buildings) -> list[dict]:
    """The buildings to work ((id, compound, number, coverage row) each), with their door-to-door page and sheet."""
    return [
        {
            "compound": compound,
            "number": number,
            "row": row,
            "doors": reverse("civic:campaign_building", args=[campaign.pk, building_id]),
            "sheet": reverse("civic:campaign_sheet", args=[campaign.pk, building_id]),
        }
        for building_id, compound, number, row in buildings
    ]


def _campaign_page(request, campaign, *, script_form=None, message_form=None, status=200):
    coverage = selectors.coverage(actor=request.user, campaign=campaign, request=request)
    language = translation.get_language()
    # A campaign over a few compounds lists its buildings here; one over a city's thousands of buildings lists
    # them on each compound's page.
    buildings = None
    if len(coverage.compounds) <= FEW_COMPOUNDS:
        progress = selectors.buildings_of(actor=request.user, campaign=campaign)
        buildings = [(b.building_id, b.compound, b.number, b.row) for b in progress]
    page, compounds, has_next = _compounds_page(coverage.compounds, page_number(request))
    context = {
        "campaign": campaign,
        "scripts": [
            {"script": script, "language": language_name(script.language, language)}
            for script in campaign.scripts.all()
        ],
        "campaign_messages": [
            {"message": message, "language": language_name(message.language, language)}
            for message in campaign.messages.all()
        ],
        "script_form": script_form or ScriptForm(initial={"language": request.user.language}),
        "message_form": message_form or MessageForm(initial={"language": request.user.language}),
        "coverage": coverage,
        "statuses": _status_rows(campaign, coverage.total),
        "compounds": _table(compounds, reverse("civic:campaign_compound", args=[campaign.pk, KEY])),
        "page": page,
        "has_next": has_next,
        "query": "",
        "officers": _table(coverage.officers),
        "chart": _chart(coverage),
        "never_reached": _never_reached(campaign, coverage.never_reached, language),
        "never_reached_more": coverage.never_reached_count - len(coverage.never_reached),
        "buildings": _buildings(campaign, buildings) if buildings is not None else None,
    }
    return render(request, "civic/campaigns/detail.html", context, status=status)


@casework_required
@require_GET
def campaign_detail(request, pk):
    """A campaign: its period and kind, scripts and messages per language, coverage, and the buildings to work."""
    campaign = selectors.campaign_of(actor=request.user, pk=pk)
    return _campaign_page(request, campaign)


@casework_required
@require_POST
def campaign_script(request, pk):
    """Save the door's script in one language (a head or officer of the station); an empty text removes it."""
    campaign = selectors.campaign_of(actor=request.user, pk=pk)
    form = ScriptForm(request.POST)
    if form.is_valid():
        save_or_show_errors(
            form,
            lambda: services.script_save(actor=request.user, campaign=campaign, request=request, **form.cleaned_data),
        )
    if not form.errors:
        messages.success(request, _("The script has been saved."))
        return redirect(f"{reverse('civic:campaign', args=[campaign.pk])}#scripts")
    return _campaign_page(request, campaign, script_form=form, status=400)


@casework_required
@require_POST
def campaign_message(request, pk):
    """Save the message to the campaign's households in one language."""
    campaign = selectors.campaign_of(actor=request.user, pk=pk)
    form = MessageForm(request.POST)
    if form.is_valid() and save_or_show_errors(
        form,
        lambda: services.message_save(actor=request.user, campaign=campaign, request=request, **form.cleaned_data),
    ):
        messages.success(request, _("The message has been saved."))
        return redirect(f"{reverse('civic:campaign', args=[campaign.pk])}#messages")
    return _campaign_page(request, campaign, message_form=form, status=400)


@casework_required
def campaign_send(request, pk):
    """Send the campaign's message to its households, after a confirmation naming how many will get it: each
    household once, in its language (e-mail and the portal's inbox, through notify)."""
    campaign = selectors.campaign_of(actor=request.user, pk=pk)
    if request.method != "POST":
        waiting = campaign.contacts.filter(messaged_at__isnull=True).count()
        return render(request, "civic/campaigns/send.html", {"campaign": campaign, "waiting": waiting})
    try:
        sent = services.messages_send(actor=request.user, campaign=campaign, request=request)
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    else:
        messages.success(
            request,
            ngettext(
                "The message is on its way to %(count)d household.",
                "The message is on its way to %(count)d households.",
                sent,
            )
            % {"count": sent},
        )
    return redirect(f"{reverse('civic:campaign', args=[campaign.pk])}#messages")


@casework_required
@require_POST
def campaign_wechat(request, pk):
    """Prepare the campaign's messages as a draft notice for the WeChat channel: publishing reviews it and sends it,
    like everything the station publishes."""
    campaign = selectors.campaign_of(actor=request.user, pk=pk)
    try:
        notice = services.wechat_notice(actor=request.user, campaign=campaign, request=request)
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
        return redirect(f"{reverse('civic:campaign', args=[campaign.pk])}#messages")
    messages.success(
        request, _("A draft notice has been made from the messages. Have it reviewed, then send it on WeChat.")
    )
    return redirect("publishing:notice", pk=notice.pk)


@casework_required
@require_GET
def campaign_compound(request, pk, compound_pk):
    """A compound's buildings in a campaign: their coverage, each linking to its door-to-door page, and the
    compound's households never reached after three tries."""
    campaign = selectors.campaign_of(actor=request.user, pk=pk)
    if database_id(compound_pk) is None:
        raise Http404
    coverage = selectors.coverage(actor=request.user, campaign=campaign, compound_id=compound_pk, request=request)
    compound = next((row for row in coverage.compounds if row.key == compound_pk), None)
    if compound is None:
        raise Http404
    context = {
        "campaign": campaign,
        "compound": compound,
        "coverage": coverage,
        "statuses": _status_rows(campaign, compound),
        "buildings": _buildings(campaign, [(row.key, compound.label, row.label, row) for row in coverage.buildings]),
        "by_building": _table(coverage.buildings, reverse("civic:campaign_building", args=[campaign.pk, KEY])),
        "never_reached": _never_reached(campaign, coverage.never_reached, translation.get_language()),
        "never_reached_more": coverage.never_reached_count - len(coverage.never_reached),
    }
    return render(request, "civic/campaigns/compound.html", context)


def _scripts(campaign) -> dict[str, str]:
    return {script.language: script.text for script in campaign.scripts.all()}


def _doors_shown(campaign, doors, language: str) -> list[dict]:
    """Doors as a page shows them: the members' names with their language's name, the marks in the campaign's
    words."""
    return [
        {
            "door": door,
            "status": selectors.status_label(campaign, door.contact.status),
            "members": [{"name": name, "language": language_name(code, language)} for name, code in door.members],
            "marks": [
                {"mark": mark, "status": selectors.status_label(campaign, mark.status), "by": _staff_name(mark.staff)}
                for mark in door.marks
            ],
        }
        for door in doors
    ]


def _staff_name(user) -> str:
    profile = staff_profile(user) if user else None
    return profile.display_name if profile else ""


def _door_page(request, campaign, building, *, refused=None, status=200):
    """The door-to-door page: the script in the officer's language, then each door in walking order with its form.
    `refused` is a refused mark, shown again at its door with its reasons and what the officer had entered."""
    language = translation.get_language()
    scripts = _scripts(campaign)
    mine = request.user.language if request.user.language in scripts else next(iter(scripts), "")
    doors = selectors.walking_list(actor=request.user, campaign=campaign, building=building, request=request)
    refused = refused or {}
    rows = _doors_shown(campaign, doors, language)
    for row in rows:
        contact = row["door"].contact
        theirs = [code for code in row["door"].languages if code != mine and code in scripts]
        row["scripts"] = [{"language": language_name(code, language), "text": scripts[code]} for code in theirs]
        kept = refused.get("entered", {}) if refused.get("pk") == contact.pk else {}
        row["form"] = MarkForm(initial={**kept, "version": contact.version}, auto_id=f"door-{contact.pk}-%s")
        row["errors"] = refused.get("errors", []) if refused.get("pk") == contact.pk else []
    context = {
        "campaign": campaign,
        "building": building,
        "rows": rows,
        "script": scripts.get(mine, ""),
        "script_language": language_name(mine, language) if mine else "",
        "buttons": [(status.value, selectors.status_label(campaign, status)) for status in MARKS],
        "sheet": reverse("civic:campaign_sheet", args=[campaign.pk, building.pk]),
    }
    return render(request, "civic/campaigns/building.html", context, status=status)


@casework_required
@require_GET
def campaign_building(request, pk, building_pk):
    """A building's doors in walking order, for the officer at the door (phone first)."""
    campaign = selectors.campaign_of(actor=request.user, pk=pk)
    building = selectors.building_of(actor=request.user, campaign=campaign, building_id=building_pk)
    return _door_page(request, campaign, building)


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


@casework_required
@require_POST
def contact_mark(request, pk, contact_pk):
    """Mark one door: reached, completed (the census form done), refused or not at home with a revisit date.

    Sent by the page's script it answers JSON (200; 409 when a colleague marked the door first; 400 for bad
    input); sent by a plain form it goes back to the building's page, or shows it again with the reason."""
    campaign = selectors.campaign_of(actor=request.user, pk=pk)
    contact = selectors.contact_of(actor=request.user, campaign=campaign, pk=contact_pk)
    form = MarkForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError([text for errors in form.errors.values() for text in errors])
        marked = services.contact_mark(actor=request.user, contact=contact, request=request, **form.cleaned_data)
    except ValidationError as error:
        status = 409 if getattr(error, "code", None) == CONFLICT else 400
        if _wants_json(request):
            # The door as it stands now, so the page shows the colleague's mark and a second try is deliberate.
            latest = selectors.contact_of(actor=request.user, campaign=campaign, pk=contact.pk)
            return JsonResponse(
                {
                    "errors": error.messages,
                    "status": latest.status,
                    "label": selectors.status_label(campaign, latest.status),
                    "version": latest.version,
                },
                status=status,
            )
        building = selectors.building_of(actor=request.user, campaign=campaign, building_id=contact.building_id)
        entered = {name: request.POST.get(name, "")[:500] for name in ("note", "revisit_on")}
        refused = {"pk": contact.pk, "errors": error.messages, "entered": entered}
        return _door_page(request, campaign, building, refused=refused, status=status)
    label = selectors.status_label(campaign, marked.status)
    if _wants_json(request):
        return JsonResponse({"status": marked.status, "label": label, "version": marked.version})
    messages.success(request, _("The door is marked: %(status)s.") % {"status": label})
    return redirect(f"{reverse('civic:campaign_building', args=[campaign.pk, marked.building_id])}#door-{marked.pk}")


@casework_required
@require_GET
def campaign_sheet(request, pk, building_pk):
    """The building's printable sheet (PDF, Chinese and the officer's language); the export is audited."""
    campaign = selectors.campaign_of(actor=request.user, pk=pk)
    building = selectors.building_of(actor=request.user, campaign=campaign, building_id=building_pk)
    doors = selectors.walking_list(actor=request.user, campaign=campaign, building=building, request=request)
    pdf = building_sheet_pdf(
        campaign=campaign,
        building=building,
        doors=doors,
        scripts=_scripts(campaign),
        officer=request.staff,
        language=request.user.language,
    )
    audit_record(
        actor=request.user,
        action=AuditEvent.Action.EXPORT,
        obj=campaign,
        station_id=campaign.station_id,
        fields=[f"building_sheet:{building.pk}"],
        request=request,
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="campaign-{campaign.pk}-building-{building.pk}.pdf"'
    return response
