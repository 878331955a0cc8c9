"""The officers' request pages: who may open them, what they show, the actions, and their query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lianyang.casework.models import Message, ServiceRequest
from lianyang.casework.requests import services
from tests.factories import make_portal_account, make_resident, make_service_request, make_speaker

STAFF_PAGES = ["casework:requests:inbox", "casework:requests:record", "casework:requests:canned"]


@pytest.fixture
def service_request(officer_a, resident_a):
    return make_service_request(resident_a, actor=officer_a, text="Где получить медицинскую справку?", language="ru")


@pytest.mark.django_db
@pytest.mark.parametrize("name", STAFF_PAGES)
@pytest.mark.parametrize(
    ("role", "status"), [("officer_a", 200), ("head_a", 200), ("liaison_a", 403), ("district_admin", 403)]
)
def test_each_staff_role_on_the_request_pages(request, client_for, name, role, status):
    response = client_for(request.getfixturevalue(role)).get(reverse(name))
    assert response.status_code == status


@pytest.mark.django_db
@pytest.mark.parametrize("name", STAFF_PAGES)
def test_anonymous_and_residents_are_sent_to_log_in_or_refused(client, resident_user, name):
    assert client.get(reverse(name)).url.startswith("/staff/login/")
    client.force_login(resident_user)
    assert client.get(reverse(name)).status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "status"), [("officer_a", 200), ("head_a", 200), ("officer_b", 404), ("liaison_a", 403)]
)
def test_the_request_page_opens_for_its_stations_caseworkers_only(request, client_for, service_request, role, status):
    response = client_for(request.getfixturevalue(role)).get(
        reverse("casework:requests:detail", args=[service_request.pk])
    )
    assert response.status_code == status
    if status != 200:
        assert "медицинскую" not in response.content.decode()


@pytest.mark.django_db
def test_the_officer_replies_with_a_canned_reply_in_the_residents_language(client_for, officer_a, service_request):
    services.canned_reply_create(actor=officer_a, language="ru", title="Справка", body="Справку выдают в поликлинике.")
    services.canned_reply_create(actor=officer_a, language="ja", title="診断書", body="病院で発行されます。")
    client = client_for(officer_a)
    url = reverse("casework:requests:detail", args=[service_request.pk])
    page = client.get(url).content.decode()
    assert "Справка" in page and "診断書" not in page
    canned = service_request.station.canned_replies.get(language="ru")
    page = client.get(url, {"canned": canned.pk}).content.decode()
    assert "Справку выдают в поликлинике." in page
    response = client.post(
        reverse("casework:requests:message", args=[service_request.pk, "reply"]), {"body": canned.body}
    )
    assert response.status_code == 302
    assert service_request.messages.get().body == canned.body


@pytest.mark.django_db
def test_an_empty_reply_gets_a_message_and_changes_nothing(client_for, officer_a, service_request):
    response = client_for(officer_a).post(
        reverse("casework:requests:message", args=[service_request.pk, "reply"]), {"body": "  "}
    )
    assert response.status_code == 400
    assert "Please write your question or message." in response.content.decode()
    assert not Message.objects.exists()


@pytest.mark.django_db
def test_a_reply_to_a_closed_request_is_refused_on_the_page(client_for, officer_a, service_request):
    services.request_close(actor=officer_a, service_request=service_request)
    response = client_for(officer_a).post(
        reverse("casework:requests:message", args=[service_request.pk, "reply"]), {"body": "Ещё вопрос"}
    )
    assert response.status_code == 400
    assert not Message.objects.exists()


@pytest.mark.django_db
def test_wait_resume_close_and_reopen_from_the_page(client_for, officer_a, service_request):
    client = client_for(officer_a)
    for kind, status in (("wait", "waiting"), ("resume", "open"), ("close", "closed"), ("reopen", "open")):
        response = client.post(reverse("casework:requests:step", args=[service_request.pk, kind]))
        assert response.status_code == 302
        service_request.refresh_from_db()
        assert service_request.status == status
    assert client.post(reverse("casework:requests:step", args=[service_request.pk, "resume"])).status_code == 302
    service_request.refresh_from_db()
    assert service_request.status == "open"  # refused with a message, not a 500


@pytest.mark.django_db
def test_the_officer_hands_a_request_over(client_for, officer_a, head_a, service_request):
    response = client_for(officer_a).post(
        reverse("casework:requests:assign", args=[service_request.pk]), {"assignee": head_a.pk}
    )
    assert response.status_code == 302
    service_request.refresh_from_db()
    assert service_request.assignee == head_a


@pytest.mark.django_db
def test_merging_asks_for_confirmation_first(client_for, officer_a, resident_a, service_request):
    duplicate = make_service_request(resident_a, actor=officer_a, text="Та же справка")
    client = client_for(officer_a)
    url = reverse("casework:requests:merge", args=[duplicate.pk])
    page = client.get(url)
    assert page.status_code == 200 and "cannot be undone" in page.content.decode()
    duplicate.refresh_from_db()
    assert duplicate.status == "new"
    assert client.post(url, {"into": service_request.pk}).status_code == 302
    duplicate.refresh_from_db()
    assert (duplicate.status, duplicate.merged_into_id) == ("merged", service_request.pk)


@pytest.mark.django_db
def test_an_officer_records_a_wechat_request_for_a_resident_found_by_name(client_for, officer_a, resident_a):
    client = client_for(officer_a)
    url = reverse("casework:requests:record")
    assert "KIM" in client.get(url, {"q": "김민준"}).content.decode()
    response = client.post(
        f"{url}?resident={resident_a.pk}",
        {"channel": "wechat", "category": "banking", "language": "ko", "text": "알리페이 인증이 안 됩니다."},
    )
    assert response.status_code == 302
    created = ServiceRequest.objects.get()
    assert (created.channel, created.language, created.resident) == ("wechat", "ko", resident_a)


@pytest.mark.django_db
def test_a_twenty_thousand_character_request_is_refused_at_the_counter(client_for, officer_a, resident_a):
    response = client_for(officer_a).post(
        f"{reverse('casework:requests:record')}?resident={resident_a.pk}",
        {"channel": "phone", "category": "other", "language": "en", "text": "x" * 20_000},
    )
    assert response.status_code == 400
    assert "5000" in response.content.decode()
    assert not ServiceRequest.objects.exists()


@pytest.mark.django_db
def test_the_inbox_tabs_count_and_filter(client_for, officer_a, station_a, resident_a, service_request):
    korean = make_speaker(station_a, {"ko": "native"})
    make_service_request(resident_a, actor=officer_a, language="ko", category="pets", text="강아지 등록")
    client = client_for(officer_a)
    page = client.get(reverse("casework:requests:inbox"), {"tab": "all", "category": "pets"}).content.decode()
    assert "강아지 등록" in page and "медицинскую" not in page
    client_for(korean)
    mine = client.get(reverse("casework:requests:inbox"), {"tab": "mine"}).content.decode()
    assert "강아지 등록" in mine


def _queries(client, url) -> tuple[int, CaptureQueriesContext]:
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries), context


@pytest.mark.django_db
@pytest.mark.parametrize("tab", ["mine", "all", "near_breach"])
def test_inbox_query_count_is_independent_of_size(client_for, officer_a, station_a, tab):
    client = client_for(officer_a)
    url = f"{reverse('casework:requests:inbox')}?tab={tab}&q="
    residents = [make_resident(station_a, i) for i in range(5)]

    def add(count):
        for i in range(count):
            created = make_service_request(residents[i % 5], actor=officer_a, text=f"Вопрос {i}")
            ServiceRequest.objects.filter(pk=created.pk).update(
                assignee=officer_a, resolution_warn_at=created.created_at
            )

    add(5)
    small, _ = _queries(client, url)
    add(45)
    large, context = _queries(client, url)
    assert small == large, "\n".join(q["sql"] for q in context.captured_queries)
    assert large <= 14


@pytest.mark.django_db
def test_the_start_page_shows_my_open_requests_and_those_near_breach(client_for, officer_a, resident_a):
    mine = make_service_request(resident_a, actor=officer_a, text="Мой вопрос")
    ServiceRequest.objects.filter(pk=mine.pk).update(assignee=officer_a, resolution_warn_at=mine.created_at)
    page = client_for(officer_a).get(reverse("reports:home")).content.decode()
    assert page.count(f"#{mine.pk} Мой вопрос") == 2  # in "my open requests" and in "near breach"


@pytest.mark.django_db
def test_an_attachment_is_served_to_the_station_and_to_the_requester_only(
    client_for, officer_a, officer_b, resident_a, station_a
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.factories import pdf_bytes

    owner = make_portal_account(resident_a, "owner@example.com")
    created = services.request_submit(
        actor=owner,
        category="housing",
        text="Договор аренды",
        language="ru",
        attachments=[SimpleUploadedFile("a.pdf", pdf_bytes(), "application/pdf")],
    )
    attachment = created.attachments.get()
    staff_url = reverse("casework:requests:attachment", args=[attachment.pk])
    portal_url = reverse("requests:attachment", args=[attachment.pk])
    assert client_for(officer_a).get(staff_url).status_code == 200
    assert client_for(officer_b).get(staff_url).status_code == 404
    other = make_portal_account(make_resident(station_a, 3), "other@example.com")
    client = client_for(other)
    assert client.get(portal_url).status_code == 404
    client.force_login(owner)
    response = client.get(portal_url)
    assert response.status_code == 200 and response["X-Content-Type-Options"] == "nosniff"
