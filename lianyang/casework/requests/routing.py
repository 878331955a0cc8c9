"""Who answers a new request: an officer of the resident's station who speaks the language it was written in.

Station practice (docs/domain.md §6): the station's staff each work in a foreign language, and a resident is
answered in their own. Among the caseworkers who speak the request's language, the best proficiency comes first
(native, fluent, working, basic), then the fewest open requests, so the load spreads evenly over equals; with
nobody speaking it, the station's head takes it and passes it on by hand.
"""

from django.db.models import Case, Count, IntegerField, Q, Value, When

from lianyang.accounts.models import CASEWORK_ROLES, Proficiency, Role, StaffProfile

from ..models import OPEN_STATUSES

# Best first.
PROFICIENCY_RANK = {Proficiency.NATIVE: 0, Proficiency.FLUENT: 1, Proficiency.WORKING: 2, Proficiency.BASIC: 3}


def language_matches(language: str, *, field: str = "language") -> Q:
    """A staff language that answers a request written in `language`: the same code, or the same language without
    its script or region ("zh" answers "zh-hans", "pt" answers "pt-br", "pt-br" answers "pt")."""
    primary = language.split("-")[0].lower()
    return (
        Q(**{f"{field}__iexact": language})
        | Q(**{f"{field}__iexact": primary})
        | Q(**{f"{field}__istartswith": f"{primary}-"})
    )


def _open_load() -> Count:
    return Count(
        "user__assigned_requests",
        filter=Q(user__assigned_requests__status__in=OPEN_STATUSES),
        distinct=True,
    )


def speakers_of(*, station, language: str):
    """The station's active caseworkers who speak `language`, best proficiency first, then the fewest open
    requests, then the longest-serving (lowest id), each with `rank` and `load`."""
    rank = Case(
        *(When(languages__proficiency=level, then=Value(order)) for level, order in PROFICIENCY_RANK.items()),
        default=Value(len(PROFICIENCY_RANK)),
        output_field=IntegerField(),
    )
    speakers = StaffProfile.objects.filter(station=station, role__in=CASEWORK_ROLES, user__is_active=True).filter(
        language_matches(language, field="languages__language")
    )
    # A member who lists the language twice (as "zh" and "zh-hans") counts once, at their best.
    best = speakers.values("pk").annotate(best=rank).order_by("best")
    ranks: dict[int, int] = {}
    for row in best:
        ranks.setdefault(row["pk"], row["best"])
    loads = (
        StaffProfile.objects.filter(pk__in=list(ranks)).annotate(load=_open_load()).values_list("pk", "user_id", "load")
    )
    rows = [(ranks[pk], load, pk, user_id) for pk, user_id, load in loads]
    return sorted(rows)


def assignee_for(*, station, language: str) -> int | None:
    """The id of the user a new request in `language` goes to: the best and least-loaded speaker of it, else the
    station's head, else None (the request waits in the station's unassigned tab)."""
    speakers = speakers_of(station=station, language=language)
    if speakers:
        return speakers[0][3]
    head = StaffProfile.objects.filter(station=station, role=Role.HEAD, user__is_active=True).order_by("pk").first()
    return head.user_id if head is not None else None
