"""The weekly e-mail digest: what the station published last week, to each resident who agreed to its newsletter,
in their language; and the one-click unsubscribe every digest carries.

- The week is the last whole ISO week (Monday to Sunday, station time) before the pass runs. A resident gets the
  notices published in it that are still on the board for them (the whole station, their area, their compound)
  and the newspaper issues published in it; someone with nothing new gets nothing.
- One e-mail per resident and week (the notification's idempotency key): a pass that runs again in the same
  week, on the same worker or another, sends nothing twice.
- The unsubscribe link carries a signed token (no login: whoever has the e-mail may stop it), opening a page that
  asks for one click before it withdraws the consent, so a mail scanner that follows links unsubscribes nobody.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from lianyang.notify.models import Notification
from lianyang.notify.services import notification_send
from lianyang.people.models import Consent, Resident
from lianyang.people.selectors import newsletter_subscribers
from lianyang.people.services import consent_set

from .feeds import notice_path, shown_title
from .models import NewspaperIssue, Notice
from .reading import reading_of

DIGEST_MESSAGE = "newsletter_digest"
UNSUBSCRIBE_SALT = "lianyang.publishing.newsletter-unsubscribe"
CHUNK = 1000


@dataclass(frozen=True)
class Week:
    start: datetime.datetime
    end: datetime.datetime

    @property
    def label(self) -> str:
        year, week, _day = timezone.localtime(self.start).isocalendar()
        return f"{year}-W{week:02d}"


def week_before(now: datetime.datetime) -> Week:
    """The last whole ISO week before `now`, in station time: from Monday 00:00 to the next Monday 00:00."""
    today = timezone.localtime(now).date()
    monday = today - datetime.timedelta(days=today.weekday())

    def midnight(day: datetime.date) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))

    return Week(start=midnight(monday - datetime.timedelta(days=7)), end=midnight(monday))


def unsubscribe_token(resident_pk: int) -> str:
    return signing.dumps(resident_pk, salt=UNSUBSCRIBE_SALT)


def resident_pk_of(token: str) -> int:
    """The resident a token was made for; one not made here (cut short, changed, made up) is refused."""
    try:
        pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        pk = None
    if not isinstance(pk, int):
        raise ValidationError(
            _(
                "This unsubscribe link is not valid: it may have been cut short or changed. Please open the whole "
                "link from the e-mail again, or ask the station to stop the newsletter."
            ),
            code="bad_token",
        )
    return pk


def _by_station(pieces) -> dict[int, list]:
    grouped = defaultdict(list)
    for piece in pieces:
        grouped[piece.station_id].append(piece)
    return grouped


def _is_for(notice: Notice, resident: Resident) -> bool:
    if notice.compound_id is not None:
        return notice.compound_id == resident.compound_pk
    if notice.area_id is not None:
        return notice.area_id == resident.area_pk
    return True


def _in_chunks(residents) -> Iterator[Resident]:
    """The residents, read a chunk at a time (a city has a hundred thousand subscribers)."""
    last = 0
    while chunk := list(residents.filter(pk__gt=last)[:CHUNK]):
        yield from chunk
        last = chunk[-1].pk


def _news(notices: list[Notice], issues: list[NewspaperIssue], language: str) -> str:
    """The week's news as plain text in `language` (the active one); empty when none has a text to show."""
    lines = []
    for notice in notices:
        if reading := reading_of(notice, language):
            lines += [f"- {shown_title(reading)}", f"  {settings.SITE_URL}{notice_path(notice.pk, language)}"]
    if lines:
        lines.insert(0, _("New on the notice board:"))
    for issue in issues:
        titles = [
            f"- {shown_title(reading)}"
            for article in issue.articles.all()
            if (reading := reading_of(article, language))
        ]
        if titles:
            lines += [
                "",
                _("The station's newspaper, issue No. %(number)s of %(date)s:")
                % {"number": issue.number, "date": formats.date_format(issue.dated, "DATE_FORMAT")},
                *titles,
            ]
    return "\n".join(lines).strip()


def digest_payload(resident: Resident, notices: list[Notice], issues: list[NewspaperIssue], week: Week) -> dict | None:
    """What the digest message is filled with, written out in the resident's language; None when nothing is new."""
    language = resident.preferred_language
    with translation.override(language):
        news = _news(notices, issues, language)
        if not news:
            return None
        last_day = timezone.localtime(week.end) - datetime.timedelta(days=1)
        return {
            "first_day": formats.date_format(timezone.localtime(week.start), "DATE_FORMAT"),
            "last_day": formats.date_format(last_day, "DATE_FORMAT"),
            "news": news,
            "unsubscribe": settings.SITE_URL
            + reverse("newsletter:unsubscribe", kwargs={"token": unsubscribe_token(resident.pk)}),
        }


def digests_send(*, now: datetime.datetime | None = None) -> int:
    """The worker's weekly pass: last week's digest to every subscriber who has something new; how many were
    queued (none on a second run in the same week)."""
    now = now or timezone.now()
    week = week_before(now)
    published = {"published_at__gte": week.start, "published_at__lt": week.end}
    notices = _by_station(
        Notice.objects.filter(**published, shown_from__lte=now)
        .filter(Q(shown_until__isnull=True) | Q(shown_until__gt=now))
        .prefetch_related("translations")
        .order_by("-pinned", "published_at", "pk")
    )
    issues = _by_station(
        NewspaperIssue.objects.filter(**published).prefetch_related("articles__translations").order_by("number")
    )
    stations = notices.keys() | issues.keys()
    if not stations:
        return 0
    queued = 0
    for resident in _in_chunks(newsletter_subscribers(station_ids=stations)):
        theirs = [notice for notice in notices.get(resident.station_id, []) if _is_for(notice, resident)]
        payload = digest_payload(resident, theirs, issues.get(resident.station_id, []), week)
        if payload is None:
            continue
        queued += len(
            notification_send(
                resident=resident,
                template=DIGEST_MESSAGE,
                payload=payload,
                key=f"newsletter:{resident.pk}:{week.label}",
                channels=(Notification.Channel.EMAIL,),
            )
        )
    return queued


@transaction.atomic
def newsletter_unsubscribe(*, token: str, request=None) -> Resident | None:
    """Withdraw the newsletter consent of the resident the digest's link was made for (PIPL art. 15: withdrawing is
    as easy as giving), recorded in the audit log by consent_set. The signed token is the proof; one that was not
    made here is refused and nothing changes."""
    resident = Resident.objects.select_related("user").filter(pk=resident_pk_of(token)).first()
    if resident is None:  # the record was erased since: there is nothing left to withdraw
        return None
    consent_set(
        actor=resident.user, resident=resident, purpose=Consent.Purpose.NEWSLETTER, given=False, request=request
    )
    return resident
