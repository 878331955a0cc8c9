"""The resident's requests on the portal: ask, read the replies (never the notes), write back, rate."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lianyang.casework.models import Message, ServiceRequest
from lianyang.casework.requests import services
from tests.factories import make_portal_account, make_resident, make_speaker

PAGES = ["requests:list", "requests:ask"]


@pytest.fixture
def korean_officer(station_a):
    return make_speaker(station_a, {"ko": "native"})


@pytest.fixture
def asked(resident_user, korean_officer):
    return services.request_submit(
        actor=resident_user, category="healthcare", text="소아과 병원을 추천해 주세요.", language="ko"
    )


@pytest.mark.django_db
@pytest.mark.parametrize("name", PAGES)
def test_anonymous_visitors_are_sent_to_log_in(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302 and "/login/" in response.url


@pytest.mark.django_db
@pytest.mark.parametrize("name", PAGES)
def test_a_resident_opens_the_request_pages(client, resident_user, name):
    client.force_login(resident_user)
    assert client.get(reverse(name)).status_code == 200


@pytest.mark.django_db
def test_the_portal_home_links_to_asking_the_station(client):
    page = client.get(reverse("portal:home")).content.decode()
    assert reverse("requests:ask") in page


@pytest.mark.django_db
def test_the_ask_form_marks_each_optional_field_once_and_the_question_not_at_all(client, resident_user, asked):
    """The portal's pages add "(optional)" themselves; a label saying it again read "Subject (optional) (optional)",
    and the question, which the station needs, was marked optional."""
    client.force_login(resident_user)
    for url in ["/en/requests/ask/", f"/en/requests/{asked.pk}/"]:
        page = client.get(url).content.decode()
        assert "(optional) <span" not in page and "(optional)</span> <span" not in page, url
    ask = client.get("/en/requests/ask/").content.decode()
    assert ask.count('<span class="stay-optional">(optional)</span>') == 2  # the subject and the files
    assert 'Your question <span class="stay-optional">' not in ask


@pytest.mark.django_db
def test_a_resident_asks_in_korean_and_the_request_is_routed(client, resident_user, korean_officer):
    client.force_login(resident_user)
    response = client.post("/ko/requests/ask/", {"category": "schooling", "text": "아이 학교 입학 서류가 궁금합니다."})
    created = ServiceRequest.objects.get()
    assert response.status_code == 302 and response.url == f"/ko/requests/{created.pk}/"
    assert (created.language, created.assignee, created.channel) == ("ko", korean_officer, "portal")


@pytest.mark.django_db
@pytest.mark.parametrize("text", ["", "x" * 20_000])
def test_an_empty_or_overlong_question_gets_a_translated_message_and_nothing_is_kept(client, resident_user, text):
    client.force_login(resident_user)
    response = client.post("/ko/requests/ask/", {"category": "other", "text": text})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Please write" not in page and "Please keep" not in page
    assert "5000" in page or "질문" in page
    assert not ServiceRequest.objects.exists()


@pytest.mark.django_db
def test_an_attachment_that_is_not_a_photo_is_refused_on_the_page(client, resident_user):
    client.force_login(resident_user)
    fake = SimpleUploadedFile("photo.png", b"MZ\x90\x00 an executable", content_type="image/png")
    response = client.post("/en/requests/ask/", {"category": "other", "text": "See photo", "attachments": [fake]})
    assert response.status_code == 400
    assert "This file is not a photo" in response.content.decode()
    assert not ServiceRequest.objects.exists()


@pytest.mark.django_db
def test_the_resident_sees_replies_but_never_internal_notes(client, resident_user, korean_officer, asked):
    services.request_note(actor=korean_officer, service_request=asked, body="INTERNAL: resident was rude")
    services.request_reply(actor=korean_officer, service_request=asked, body="푸둥 어린이 병원을 추천합니다.")
    client.force_login(resident_user)
    page = client.get(reverse("requests:detail", args=[asked.pk])).content.decode()
    assert "푸둥 어린이 병원을 추천합니다." in page
    assert "INTERNAL" not in page


@pytest.mark.django_db
def test_another_resident_cannot_open_read_or_rate_the_request(client, station_a, korean_officer, asked):
    services.request_close(actor=korean_officer, service_request=asked)
    other = make_portal_account(make_resident(station_a, 3), "other@example.com")
    client.force_login(other)
    assert client.get(reverse("requests:detail", args=[asked.pk])).status_code == 404
    assert client.post(reverse("requests:rate", args=[asked.pk]), {"rating": 1}).status_code == 404
    assert client.post(reverse("requests:reply", args=[asked.pk]), {"body": "hi"}).status_code == 404
    asked.refresh_from_db()
    assert asked.rating is None and not Message.objects.exists()


@pytest.mark.django_db
def test_writing_back_resumes_a_waiting_request(client, resident_user, korean_officer, asked):
    services.request_wait(actor=korean_officer, service_request=asked)
    client.force_login(resident_user)
    response = client.post(reverse("requests:reply", args=[asked.pk]), {"body": "진료 기록을 첨부합니다."})
    assert response.status_code == 302
    asked.refresh_from_db()
    assert asked.status == "open" and asked.paused_at is None


@pytest.mark.django_db
def test_a_reply_to_a_closed_request_is_refused_with_a_message(client, resident_user, korean_officer, asked):
    services.request_close(actor=korean_officer, service_request=asked)
    client.force_login(resident_user)
    response = client.post(reverse("requests:reply", args=[asked.pk]), {"body": "아직 질문이 있어요"})
    assert response.status_code == 400
    assert not Message.objects.exists()


@pytest.mark.django_db
def test_the_resident_rates_a_closed_request_once(client, resident_user, korean_officer, asked):
    client.force_login(resident_user)
    url = reverse("requests:rate", args=[asked.pk])
    assert client.post(url, {"rating": 5}).status_code == 400  # not closed yet
    services.request_close(actor=korean_officer, service_request=asked)
    assert client.post(url, {"rating": 4, "comment": "친절했어요"}).status_code == 302
    assert client.post(url, {"rating": 1}).status_code == 400
    asked.refresh_from_db()
    assert (asked.rating, asked.rating_comment) == (4, "친절했어요")


@pytest.mark.django_db
def test_the_resident_reopens_a_request_closed_within_fourteen_days(client, resident_user, korean_officer, asked):
    services.request_close(actor=korean_officer, service_request=asked)
    client.force_login(resident_user)
    assert client.post(reverse("requests:reopen", args=[asked.pk])).status_code == 302
    asked.refresh_from_db()
    assert asked.status == "open"


@pytest.mark.django_db
def test_my_requests_query_count_is_independent_of_size(client, resident_user, korean_officer):
    client.force_login(resident_user)

    def ask(count):
        for i in range(count):
            services.request_submit(actor=resident_user, category="other", text=f"질문 {i}", language="ko")

    def count():
        with CaptureQueriesContext(connection) as context:
            assert client.get(reverse("requests:list")).status_code == 200
        return len(context.captured_queries), context

    ask(5)
    small, _ = count()
    ask(45)
    large, context = count()
    assert small == large, "\n".join(q["sql"] for q in context.captured_queries)
