"""Service requests, the station's stories: asking, answering, waiting, closing, reopening, merging and rating."""

import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from lianyang.audit.models import AuditEvent
from lianyang.casework.levels.clock import clock_for
from lianyang.casework.models import Message, RequestAttachment, ServiceRequest
from lianyang.casework.requests import selectors, services
from lianyang.notify.models import Notification
from tests.factories import make_portal_account, make_resident, make_service_request, make_speaker, pdf_bytes

Status = ServiceRequest.Status


@pytest.fixture
def korean_officer(station_a):
    return make_speaker(station_a, {"ko": "native", "en": "fluent"})


@pytest.fixture
def asker(resident_a):
    resident_a.preferred_language = "ko"
    resident_a.save(update_fields=["preferred_language"])
    return make_portal_account(resident_a, "asker@example.com", language="ko")


def _ask(asker, text="주차 문제로 도움이 필요합니다. 이웃이 제 자리에 주차합니다.", **extra):
    return services.request_submit(actor=asker, category="neighbours", text=text, language="ko", **extra)


@pytest.mark.django_db
def test_a_resident_asks_in_korean_and_it_goes_to_the_korean_speaking_officer(asker, korean_officer, officer_a):
    service_request = _ask(asker)
    assert service_request.assignee == korean_officer
    assert service_request.channel == ServiceRequest.Channel.PORTAL
    assert service_request.status == Status.NEW
    assert service_request.language == "ko"
    assert service_request.subject.startswith("주차 문제로")
    assert service_request.first_response_due > service_request.created_at
    assert service_request.resolution_due >= service_request.first_response_due
    assert AuditEvent.objects.filter(action="create", object_type="casework.servicerequest").exists()


@pytest.mark.django_db
def test_nobody_speaks_the_language_so_the_head_takes_it(station_a, head_a, officer_a, asker):
    service_request = services.request_submit(actor=asker, category="pets", text="Мой кот потерялся.", language="ru")
    assert service_request.assignee == head_a


@pytest.mark.django_db
@pytest.mark.parametrize("text", ["", "   \n ", "장" * 20_000])
def test_an_empty_or_overlong_request_is_refused_and_nothing_is_kept(asker, korean_officer, text):
    with pytest.raises(ValidationError) as refused:
        _ask(asker, text=text)
    assert "text" in refused.value.message_dict
    assert ServiceRequest.objects.count() == 0


@pytest.mark.django_db
def test_the_overlong_message_is_translated(asker, korean_officer):
    from django.utils import translation

    with translation.override("ko"), pytest.raises(ValidationError) as refused:
        _ask(asker, text="장" * 20_000)
    assert "5000" in refused.value.message_dict["text"][0]
    assert "Please keep" not in refused.value.message_dict["text"][0]


@pytest.mark.django_db
def test_an_attachment_that_is_not_what_it_claims_is_refused_and_nothing_is_kept(asker, korean_officer):
    fake = SimpleUploadedFile("photo.jpg", b"\xff\xd8\xff\xe0 not really a jpeg", content_type="image/jpeg")
    good = SimpleUploadedFile("lease.pdf", pdf_bytes(), content_type="application/pdf")
    with pytest.raises(ValidationError) as refused:
        _ask(asker, attachments=[good, fake])
    assert "attachments" in refused.value.message_dict
    assert ServiceRequest.objects.count() == 0
    assert RequestAttachment.objects.count() == 0


@pytest.mark.django_db
def test_a_checked_pdf_is_kept_with_the_request(asker, korean_officer):
    service_request = _ask(asker, attachments=[SimpleUploadedFile("lease.pdf", pdf_bytes(), "application/pdf")])
    attachment = service_request.attachments.get()
    assert attachment.content_type == "application/pdf"
    assert not attachment.file.name.endswith("lease.pdf")


@pytest.mark.django_db
def test_an_officer_records_a_phone_request_for_a_resident_of_their_station(officer_a, resident_a):
    service_request = services.request_record(
        actor=officer_a, resident=resident_a, category="housing", channel="phone", text="Landlord keeps the deposit."
    )
    assert service_request.channel == "phone"
    assert service_request.station == resident_a.station
    assert service_request.language == resident_a.preferred_language


@pytest.mark.django_db
def test_an_officer_cannot_record_a_request_for_another_stations_resident(officer_a, resident_b):
    with pytest.raises(ValidationError):
        services.request_record(actor=officer_a, resident=resident_b, category="housing", channel="phone", text="x")
    assert ServiceRequest.objects.count() == 0


@pytest.mark.django_db
def test_a_reply_reaches_the_resident_in_their_language_once(asker, korean_officer, django_capture_on_commit_callbacks):
    service_request = _ask(asker)
    with django_capture_on_commit_callbacks(execute=True):
        services.request_reply(actor=korean_officer, service_request=service_request, body="이웃과 이야기하겠습니다.")
    service_request.refresh_from_db()
    assert service_request.status == Status.OPEN
    assert service_request.first_responded_at is not None
    sent = Notification.objects.filter(resident=service_request.resident, template="request_reply")
    assert sorted(sent.values_list("channel", flat=True)) == ["email", "portal"]
    portal = sent.get(channel="portal")
    assert portal.language == "ko"
    assert "이웃과 이야기하겠습니다." in portal.body
    assert "답변" in portal.subject  # the subject in Korean, not English
    keys = set(sent.values_list("idempotency_key", flat=True))
    assert all(key.startswith(f"request:{service_request.pk}:message:") for key in keys)


@pytest.mark.django_db
def test_an_internal_note_is_never_shown_to_the_resident(asker, korean_officer):
    service_request = _ask(asker)
    services.request_note(actor=korean_officer, service_request=service_request, body="Neighbour is the landlord.")
    services.request_reply(actor=korean_officer, service_request=service_request, body="확인하겠습니다.")
    seen_by_resident = selectors.thread_of(actor=asker, service_request=service_request)
    seen_by_officer = selectors.thread_of(actor=korean_officer, service_request=service_request)
    assert [m.kind for m in seen_by_resident] == [Message.Kind.REPLY]
    assert [m.kind for m in seen_by_officer] == [Message.Kind.NOTE, Message.Kind.REPLY]
    assert not Notification.objects.filter(body__contains="landlord").exists()


@pytest.mark.django_db
def test_a_reply_to_a_closed_request_is_refused_and_nothing_changes(asker, korean_officer):
    service_request = _ask(asker)
    services.request_close(actor=korean_officer, service_request=service_request)
    for write, actor in ((services.request_reply, korean_officer), (services.request_resident_reply, asker)):
        with pytest.raises(ValidationError, match="closed"):
            write(actor=actor, service_request=service_request, body="Still there?")
    assert Message.objects.count() == 0
    assert Notification.objects.count() == 0


@pytest.mark.django_db
def test_the_clock_stops_while_waiting_for_the_resident(asker, korean_officer):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        service_request = _ask(asker)
    resolution_due, clock = service_request.resolution_due, clock_for(service_request.station)
    waited_from = start + datetime.timedelta(hours=1)
    with time_machine.travel(waited_from, tick=False):
        services.request_reply(actor=korean_officer, service_request=service_request, body="사진을 보내 주세요.")
        services.request_wait(actor=korean_officer, service_request=service_request)
    # The resident answers ten working hours later (two days, or more over a weekend or a holiday).
    answered_at = clock.add(waited_from, 600)
    with time_machine.travel(answered_at, tick=False):
        services.request_resident_reply(actor=asker, service_request=service_request, body="사진을 보냈습니다.")
    service_request.refresh_from_db()
    stood_still = clock.between(waited_from, answered_at)
    assert 599 <= stood_still <= 600  # 600, or one fewer when the wait began inside a working minute
    assert service_request.status == Status.OPEN
    assert service_request.waited_minutes == stood_still
    assert service_request.resolution_due == clock.add(resolution_due, stood_still)
    assert clock.between(resolution_due, service_request.resolution_due) == stood_still


@pytest.mark.django_db
def test_a_waiting_request_is_neither_near_breach_nor_breached(asker, korean_officer):
    service_request = _ask(asker)
    services.request_wait(actor=korean_officer, service_request=service_request)
    service_request.refresh_from_db()
    later = service_request.resolution_due + datetime.timedelta(days=30)
    with time_machine.travel(later, tick=False):
        assert selectors.flag(service_request) == ""
        counts = selectors.inbox_counts(actor=korean_officer)
    assert counts["near_breach"] == 0 and counts["breached"] == 0 and counts["waiting"] == 1


@pytest.mark.django_db
def test_near_breach_starts_at_the_warning_and_breached_ones_are_counted(asker, korean_officer):
    service_request = _ask(asker)
    services.request_reply(actor=korean_officer, service_request=service_request, body="보고 있습니다.")
    service_request.refresh_from_db()
    with time_machine.travel(service_request.resolution_warn_at - datetime.timedelta(minutes=1), tick=False):
        assert selectors.inbox_counts(actor=korean_officer)["near_breach"] == 0
    with time_machine.travel(service_request.resolution_warn_at + datetime.timedelta(minutes=1), tick=False):
        counts = selectors.inbox_counts(actor=korean_officer)
        assert (counts["near_breach"], counts["breached"]) == (1, 0)
    with time_machine.travel(service_request.resolution_due + datetime.timedelta(minutes=1), tick=False):
        counts = selectors.inbox_counts(actor=korean_officer)
        assert (counts["near_breach"], counts["breached"]) == (1, 1)


@pytest.mark.django_db
def test_a_closed_request_reopens_within_fourteen_days_and_not_after(asker, korean_officer):
    first, second = _ask(asker), _ask(asker, text="두 번째 질문")
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        services.request_close(actor=korean_officer, service_request=first)
        services.request_close(actor=korean_officer, service_request=second)
    with time_machine.travel(start + datetime.timedelta(days=13), tick=False):
        services.request_reopen(actor=asker, service_request=first)
    with (
        time_machine.travel(start + datetime.timedelta(days=15), tick=False),
        pytest.raises(ValidationError, match="14 days"),
    ):
        services.request_reopen(actor=korean_officer, service_request=second)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, first.closed_at) == (Status.OPEN, None)
    assert second.status == Status.CLOSED


@pytest.mark.django_db
def test_only_the_requester_rates_and_only_once_closed(asker, korean_officer, station_a):
    service_request = _ask(asker)
    with pytest.raises(ValidationError, match="closed"):
        services.request_rate(actor=asker, service_request=service_request, rating=5)
    services.request_close(actor=korean_officer, service_request=service_request)
    neighbour = make_portal_account(make_resident(station_a, 3), "neighbour@example.com")
    for someone in (neighbour, korean_officer):
        with pytest.raises(ValidationError) as refused:
            services.request_rate(actor=someone, service_request=service_request, rating=1)
        assert refused.value.code == "not_requester"
    service_request.refresh_from_db()
    assert service_request.rating is None
    services.request_rate(actor=asker, service_request=service_request, rating=5, comment="감사합니다!")
    service_request.refresh_from_db()
    assert (service_request.rating, service_request.rating_comment) == (5, "감사합니다!")


@pytest.mark.django_db
@pytest.mark.parametrize("rating", [0, 6, -1])
def test_a_rating_out_of_range_is_refused(asker, korean_officer, rating):
    service_request = _ask(asker)
    services.request_close(actor=korean_officer, service_request=service_request)
    with pytest.raises(ValidationError):
        services.request_rate(actor=asker, service_request=service_request, rating=rating)
    service_request.refresh_from_db()
    assert service_request.rating is None


@pytest.mark.django_db
def test_a_duplicate_is_merged_into_the_residents_other_open_request(asker, korean_officer, resident_b):
    kept, duplicate = _ask(asker), _ask(asker, text="같은 질문입니다")
    services.request_merge(actor=korean_officer, service_request=duplicate, into=kept)
    duplicate.refresh_from_db()
    assert (duplicate.status, duplicate.merged_into) == (Status.MERGED, kept)
    with pytest.raises(ValidationError):
        services.request_reply(actor=korean_officer, service_request=duplicate, body="...")


@pytest.mark.django_db
def test_requests_of_different_residents_are_not_merged(asker, korean_officer, station_a):
    other = make_service_request(make_resident(station_a, 4), actor=korean_officer)
    mine = _ask(asker)
    with pytest.raises(ValidationError):
        services.request_merge(actor=korean_officer, service_request=mine, into=other)
    mine.refresh_from_db()
    assert mine.status == Status.NEW


@pytest.mark.django_db
def test_reassignment_by_hand_is_audited_and_stays_in_the_station(asker, korean_officer, officer_a, officer_b):
    service_request = _ask(asker)
    with pytest.raises(ValidationError):
        services.request_assign(actor=korean_officer, service_request=service_request, assignee=officer_b)
    services.request_assign(actor=korean_officer, service_request=service_request, assignee=officer_a)
    service_request.refresh_from_db()
    assert service_request.assignee == officer_a
    event = AuditEvent.objects.filter(object_id=str(service_request.pk), action="update").latest("id")
    assert event.fields == [f"assignee:{korean_officer.pk}→{officer_a.pk}"]


@pytest.mark.django_db
def test_an_officer_of_another_station_can_do_nothing_with_a_request(asker, korean_officer, officer_b):
    service_request = _ask(asker)
    for write in (services.request_wait, services.request_close):
        with pytest.raises(ValidationError):
            write(actor=officer_b, service_request=service_request)
    with pytest.raises(ValidationError):
        services.request_reply(actor=officer_b, service_request=service_request, body="hi")
    service_request.refresh_from_db()
    assert service_request.status == Status.NEW
    assert not selectors.requests_visible_to(officer_b).exists()


@pytest.mark.django_db
def test_canned_replies_are_offered_in_the_residents_language(korean_officer, officer_a):
    services.canned_reply_create(actor=korean_officer, language="ko", title="거주 허가", body="출입국 사무소에 가세요.")
    services.canned_reply_create(actor=korean_officer, language="en", title="Permits", body="Go to the office.")
    assert [r.title for r in selectors.canned_replies_for(actor=officer_a, language="ko")] == ["거주 허가"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("주차 문제로 도움이 필요합니다", "주차"),
        ("Сосед шумит ночью", "СОСЕД"),
        ("Сосед шумит ночью", "sosed"),
        ("孩子上学需要什么材料", "上学"),
        ("مشكلة في الإنترنت", "الإنترنت"),
        ("Straßenlärm nachts", "STRASSENLÄRM"),
    ],
)
def test_the_inbox_finds_words_in_any_script(officer_a, resident_a, text, query):
    make_service_request(resident_a, text=text, actor=officer_a)
    make_service_request(resident_a, text="Something else entirely", actor=officer_a)
    found = list(selectors.inbox(actor=officer_a, tab="all", query=query))
    assert [r.text for r in ServiceRequest.objects.filter(pk__in=[r.pk for r in found])] == [text]


@pytest.mark.django_db
def test_the_inbox_finds_the_residents_name_in_another_script(officer_a, resident_a, station_a):
    mine = make_service_request(resident_a, actor=officer_a)  # KIM MINJUN, 김민준
    make_service_request(make_resident(station_a, 3), actor=officer_a)
    assert [r.pk for r in selectors.inbox(actor=officer_a, tab="all", query="김민준")] == [mine.pk]
    assert [r.pk for r in selectors.inbox(actor=officer_a, tab="all", query="minjun")] == [mine.pk]


@pytest.mark.django_db
def test_the_reply_email_reaches_a_real_mail_server_in_korean(
    asker, korean_officer, smtp_server, django_capture_on_commit_callbacks
):
    service_request = _ask(asker, subject="주차 문제")
    with django_capture_on_commit_callbacks(execute=True):
        services.request_reply(actor=korean_officer, service_request=service_request, body="관리사무소에 알렸습니다.")
    (message,) = smtp_server.messages
    assert message["To"] == "asker@example.com"
    assert message["Subject"].strip() == "요청하신 “주차 문제”: 서비스 센터가 답변했습니다"
    body = message.get_content()
    assert "관리사무소에 알렸습니다." in body
    assert "포털의 “내 요청”에서 전체 대화를 보고 답장할 수 있습니다." in body
    assert "INTERNAL" not in body
