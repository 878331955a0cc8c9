"""The weekly e-mail digest: only to residents whose newsletter consent is current, each in their language, once a
week however often the pass runs; and the one-click unsubscribe that withdraws the consent."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail, signing
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from lianyang.audit.models import AuditEvent
from lianyang.community.models import Compound
from lianyang.notify.models import Notification
from lianyang.people.models import Consent
from lianyang.people.services import consent_set
from lianyang.publishing.digest import digests_send, resident_pk_of, unsubscribe_token, week_before
from lianyang.publishing.newspaper import article_create, issue_create, issue_publish
from lianyang.publishing.tasks import newsletter_digests_send
from tests.factories import make_portal_account, make_resident, make_station

from .publishing_factories import WATER_CUT, published_notice, reviewed

pytestmark = pytest.mark.django_db


@pytest.fixture
def last_week():
    """A moment in the middle of last week, when the station published."""
    return week_before(timezone.now()).start + datetime.timedelta(days=2, hours=10)


def test_the_digest_covers_last_week_in_station_time():
    """A pure computation from the moment given (no clock is read): a fixed Monday shows the week's edges."""
    monday_morning = datetime.datetime(2026, 3, 2, 0, 30, tzinfo=ZoneInfo("Asia/Shanghai"))  # Sunday 16:30 UTC
    week = week_before(monday_morning)
    assert (week.start.isoformat(), week.end.isoformat()) == ("2026-02-23T00:00:00+08:00", "2026-03-02T00:00:00+08:00")
    assert week.label == "2026-W09"
    assert week_before(monday_morning - datetime.timedelta(hours=1)).label == "2026-W08"


def _subscriber(station, index: int, language: str, email: str, **fields):
    resident = make_resident(station, index, preferred_language=language, email=email, **fields)
    consent_set(actor=None, resident=resident, purpose=Consent.Purpose.NEWSLETTER, given=True)
    return resident


def _sent_to(resident) -> list:
    return [message for message in mail.outbox if message.to == [resident.email]]


def _send(capture) -> int:
    with capture(execute=True):
        return digests_send()


def test_only_consenting_residents_get_the_digest_each_in_their_language_once(
    station, staff, last_week, django_capture_on_commit_callbacks
):
    tanaka = _subscriber(station, 0, "ja", "tanaka@example.jp")
    kim = _subscriber(station, 1, "ko", "minjun@example.kr")
    no_consent = make_resident(station, 2, preferred_language="de", email="hanna@example.de")
    withdrawn = _subscriber(station, 3, "ru", "olga@example.ru")
    consent_set(actor=None, resident=withdrawn, purpose=Consent.Purpose.NEWSLETTER, given=False)
    _subscriber(station, 4, "ar", "")  # agreed, but gave no address
    moved = _subscriber(station, 5, "en", "john@example.com", status="moved_away")
    with time_machine.travel(last_week, tick=False):
        notice = published_notice(station, texts=WATER_CUT, **staff)

    assert _send(django_capture_on_commit_callbacks) == 2
    assert _send(django_capture_on_commit_callbacks) == 0
    newsletter_digests_send.enqueue()

    assert len(mail.outbox) == 2
    [to_tanaka], [to_kim] = _sent_to(tanaka), _sent_to(kim)
    assert "断水のお知らせ" in to_tanaka.body
    assert f"/ja/board/{notice.pk}/" in to_tanaka.body
    assert "/ja/newsletter/unsubscribe/" in to_tanaka.body
    with translation.override("ko"):
        marked = translation.gettext("%(title)s (in %(language)s)") % {
            "title": "Water cut",
            "language": dict(translation.trans_real.settings.LANGUAGES)["en"],
        }
    assert marked in to_kim.body
    assert "Water cut" in to_kim.body and f"/ko/board/{notice.pk}/" in to_kim.body
    assert "/ko/newsletter/unsubscribe/" in to_kim.body
    languages = dict(Notification.objects.values_list("resident__email", "language"))
    assert languages == {tanaka.email: "ja", kim.email: "ko"}
    for nobody in (no_consent, withdrawn, moved):
        assert _sent_to(nobody) == []


def test_residents_hear_only_of_notices_for_their_compound_or_area(
    station, staff, last_week, django_capture_on_commit_callbacks
):
    home = Compound.objects.get(area__station=station)
    elsewhere = Compound.objects.create(area=home.area, name="联洋花园", name_en="Lianyang Garden")
    tanaka = _subscriber(station, 0, "en", "tanaka@example.jp")
    with time_machine.travel(last_week, tick=False):
        published_notice(station, texts={"en": ("Lift repairs in your building", "Tuesday.")}, compound=home, **staff)
        published_notice(station, texts={"en": ("Garden party elsewhere", "Saturday.")}, compound=elsewhere, **staff)
        published_notice(station, texts={"en": ("Area meeting", "Friday.")}, area=home.area, **staff)
    _send(django_capture_on_commit_callbacks)
    [digest] = _sent_to(tanaka)
    assert "Lift repairs in your building" in digest.body and "Area meeting" in digest.body
    assert "Garden party elsewhere" not in digest.body


def test_nothing_new_sends_nothing(station, staff, last_week, django_capture_on_commit_callbacks):
    _subscriber(station, 0, "ja", "tanaka@example.jp")
    with time_machine.travel(last_week - datetime.timedelta(days=7), tick=False):
        published_notice(station, texts=WATER_CUT, **staff)  # the week before last: told then
    other = make_station("Gubei")
    _subscriber(other, 1, "ko", "minjun@example.kr")
    assert _send(django_capture_on_commit_callbacks) == 0
    assert mail.outbox == []


def test_newspaper_issue_of_the_week_is_in_the_digest(station, staff, last_week, django_capture_on_commit_callbacks):
    tanaka = _subscriber(station, 0, "ja", "tanaka@example.jp")
    with time_machine.travel(last_week, tick=False):
        issue = issue_create(actor=staff["writer"], station=station, dated=last_week.date())
        article = article_create(
            actor=staff["writer"], issue=issue, language="en", title="Spring festival at the station", body="Come!"
        )
        reviewed(article, staff["writer"], staff["reviewer"], "en", "Spring festival at the station", "Come!")
        reviewed(article, staff["writer"], staff["reviewer"], "ja", "サービスステーションの春祭り", "どうぞ！")
        issue_publish(actor=staff["writer"], issue=issue)
    _send(django_capture_on_commit_callbacks)
    [digest] = _sent_to(tanaka)
    assert "サービスステーションの春祭り" in digest.body


def test_digest_goes_through_a_real_mail_server(
    station, staff, last_week, smtp_server, django_capture_on_commit_callbacks
):
    tanaka = _subscriber(station, 0, "ja", "tanaka@example.jp")
    with time_machine.travel(last_week, tick=False):
        published_notice(station, texts=WATER_CUT, **staff)
    _send(django_capture_on_commit_callbacks)
    [received] = smtp_server.messages
    assert received["To"] == tanaka.email
    assert "断水のお知らせ" in received.get_content()
    assert Notification.objects.get().status == Notification.Status.SENT


def _link(resident, language: str) -> str:
    return f"/{language}/newsletter/unsubscribe/{unsubscribe_token(resident.pk)}/"


def _consent_current(resident) -> bool:
    return Consent.objects.get(resident=resident, purpose=Consent.Purpose.NEWSLETTER).withdrawn_at is None


def test_opening_the_unsubscribe_link_only_asks(client, station):
    tanaka = _subscriber(station, 0, "ja", "tanaka@example.jp")
    page = client.get(_link(tanaka, "ja"))
    assert page.status_code == 200
    assert 'lang="ja"' in page.content.decode() and "<form" in page.content.decode()
    assert _consent_current(tanaka)


def test_one_click_unsubscribes_audited_and_no_digest_follows(
    client, station, staff, last_week, django_capture_on_commit_callbacks
):
    kim = _subscriber(station, 1, "ko", "minjun@example.kr")
    account = make_portal_account(kim, "minjun@example.kr", language="ko")
    page = client.post(_link(kim, "ko"))
    assert page.status_code == 200 and 'lang="ko"' in page.content.decode()
    assert not _consent_current(kim)
    event = AuditEvent.objects.filter(object_type="people.consent").latest("pk")
    assert event.fields == ["withdrawn_at"] and event.actor_id == account.pk and event.station_id == station.pk
    with time_machine.travel(last_week, tick=False):
        published_notice(station, texts=WATER_CUT, **staff)
    assert _send(django_capture_on_commit_callbacks) == 0


@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),
        lambda token: signing.dumps(int(signing.loads(token, salt="lianyang.publishing.newsletter-unsubscribe")) + 1),
        lambda token: "not-a-token",
    ],
    ids=["changed", "signed-elsewhere", "made-up"],
)
def test_a_bad_unsubscribe_link_is_refused_and_changes_nothing(client, station, tamper):
    tanaka = _subscriber(station, 0, "ja", "tanaka@example.jp")
    events = AuditEvent.objects.count()
    link = f"/ja/newsletter/unsubscribe/{tamper(unsubscribe_token(tanaka.pk))}/"
    with translation.override("ja"), pytest.raises(ValidationError) as refusal:
        resident_pk_of("not-a-token")
    message = refusal.value.messages[0]
    for response in (client.get(link), client.post(link)):
        assert response.status_code == 400
        assert message in response.content.decode()
    assert _consent_current(tanaka)
    assert AuditEvent.objects.count() == events
