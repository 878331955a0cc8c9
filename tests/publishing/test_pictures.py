"""Pictures of notices and articles: an officer adds one from the page, a file that is not a photo is refused and
nothing changes, and readers get it only while the piece is public."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from lianyang.publishing.models import Notice
from lianyang.publishing.newspaper import article_create, issue_create
from lianyang.publishing.notices import notice_withdraw
from tests.conftest import login_staff
from tests.factories import make_staff, make_station, pdf_bytes, png_bytes

from .publishing_factories import published_notice

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_storage")]


def test_officer_adds_a_picture_residents_see_it_until_the_notice_leaves_the_board(client):
    station = make_station()
    officer = make_staff(station)
    notice = published_notice(station, writer=officer)
    login_staff(client, officer)
    page = reverse("publishing:picture", args=["notice", notice.pk])
    client.post(page, {"picture": SimpleUploadedFile("lift.png", png_bytes(), "image/png")})
    notice.refresh_from_db()
    assert notice.image.name.endswith(".png") and "lift" not in notice.image.name

    client.logout()
    board = client.get(f"/en/board/station/{station.pk}/").content.decode()
    address = reverse("board:picture", args=["notice", notice.pk])
    assert address in board
    response = client.get(address)
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content) == notice.image.open("rb").read()

    notice_withdraw(actor=officer, notice=notice)
    assert client.get(address).status_code == 404


@pytest.mark.parametrize(
    "name, content",
    [("leaflet.png", pdf_bytes()), ("script.png", b"<script>alert(1)</script>"), ("empty.jpg", b"")],
)
def test_a_file_that_is_not_a_photo_is_refused_with_the_message_in_the_officer_language_and_nothing_changes(
    client, name, content
):
    station = make_station()
    officer = make_staff(station, language="zh-hans")
    notice = published_notice(station, writer=officer)
    login_staff(client, officer)
    response = client.post(
        reverse("publishing:picture", args=["notice", notice.pk]),
        {"picture": SimpleUploadedFile(name, content, "image/png")},
        follow=True,
    )
    # "Please choose a photo (JPEG, PNG or WebP).", in Chinese: not the uploads' offer of a PDF.
    assert [str(message) for message in response.context["messages"]] == ["请选择一张照片（JPEG、PNG 或 WebP）。"]
    assert "请选择一张照片（JPEG、PNG 或 WebP）。" in response.content.decode()
    assert not Notice.objects.get(pk=notice.pk).image


def test_an_article_picture_is_hidden_until_its_issue_is_published(client):
    station = make_station()
    officer = make_staff(station)
    issue = issue_create(actor=officer, station=station, dated=timezone.localdate())
    article = article_create(actor=officer, issue=issue, language="en", title="Lanterns", body="We made lanterns.")
    login_staff(client, officer)
    client.post(
        reverse("publishing:picture", args=["article", article.pk]),
        {"picture": SimpleUploadedFile("lanterns.png", png_bytes())},
    )
    client.logout()
    assert client.get(reverse("board:picture", args=["article", article.pk])).status_code == 404
    assert client.get(reverse("board:picture", args=["nonsense", article.pk])).status_code == 404
