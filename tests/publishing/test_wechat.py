"""The station's WeChat account: a published notice or article becomes WeChat's cover upload, draft and mass-send
payloads; by default they wait in the outbox for staff to copy, or they go to WeChat's API, here a fake of it
started on this machine, which keeps the pictures posted to it, hands out one access token, expires it, and runs
out of its daily quota. Refusals change nothing, and the account's secret never shows."""

import datetime
import html
import json
import logging
import re
import threading
import time
import urllib.parse
from email import policy
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lianyang.audit.models import AuditEvent
from lianyang.publishing.models import WeChatOutboxItem, WeChatStep
from lianyang.publishing.newspaper import article_create, issue_create, issue_publish
from lianyang.publishing.notices import notice_create
from lianyang.publishing.pictures import picture_set
from lianyang.publishing.reading import Reading
from lianyang.publishing.wechat import transports
from lianyang.publishing.wechat.payloads import (
    DIGEST_LIMIT,
    draft_payload,
    mass_send_payload,
    publish_payload,
)
from lianyang.publishing.wechat.services import wechat_send
from tests.conftest import login_staff
from tests.factories import make_portal_account, make_resident, make_staff, png_bytes
from tests.publishing.publishing_factories import published_notice, reviewed

pytestmark = pytest.mark.django_db

SECRET = "s3cr3t-0f-the-stati0n-acc0unt"
WATER_CUT = ("停水通知", "明天上午 9:00–12:00 停水。\n\n- 请提前储水\n- 有困难请联系服务站<script>alert(1)</script>")
PHOTO = png_bytes((64, 48))


def _exports():
    return AuditEvent.objects.filter(action=AuditEvent.Action.EXPORT).count()


@pytest.fixture
def notice(station_a):
    return published_notice(station_a, texts={"zh-hans": WATER_CUT, "en": ("Water cut", "No water tomorrow.")})


@pytest.fixture
def pictured_notice(notice, officer_a, private_storage):
    """The water-cut notice with a photo of the tap, as staff give it on the notice's page."""
    picture_set(actor=officer_a, piece=notice, uploaded_file=SimpleUploadedFile("tap.png", PHOTO))
    notice.refresh_from_db()
    return notice


# --- the payloads ---


def test_draft_payload_holds_the_article_as_wechat_documents_it():
    reading = Reading(title="停水通知", body=WATER_CUT[1], language="zh-hans", wanted="zh-hans")
    payload = draft_payload(
        reading=reading,
        author="连阳社区涉外服务站",
        source_url="https://lianyang.example/zh-hans/board/7/",
        thumb_media_id="COVER-1",
    )
    (article,) = payload["articles"]
    assert article["title"] == "停水通知" and article["author"] == "连阳社区涉外服务站"
    assert article["content_source_url"] == "https://lianyang.example/zh-hans/board/7/"
    assert article["thumb_media_id"] == "COVER-1"
    assert article["content"].startswith("<p>明天上午") and "<li>请提前储水</li>" in article["content"]
    assert "script" not in article["content"] and "alert" not in article["digest"]
    assert article["digest"] == "明天上午 9:00–12:00 停水。 请提前储水 有困难请联系服务站"


def test_digest_is_cut_to_120_characters_and_the_author_to_16():
    reading = Reading(title="Long", body="word " * 100, language="en", wanted="en")
    article = draft_payload(reading=reading, author="Lianyang Foreign Affairs Service Station", source_url="u")[
        "articles"
    ][0]
    assert len(article["digest"]) <= DIGEST_LIMIT and article["digest"].endswith("…")
    assert len(article["author"]) == 16
    assert article["thumb_media_id"] == "THUMB_MEDIA_ID"  # the placeholder staff replace when copying


def test_publish_and_mass_send_payloads_name_the_draft():
    assert publish_payload("DRAFT-9") == {"media_id": "DRAFT-9"}
    to_all = mass_send_payload("DRAFT-9", client_msg_id="notice:7:zh-hans:1")
    assert to_all == {
        "filter": {"is_to_all": True},
        "mpnews": {"media_id": "DRAFT-9"},
        "msgtype": "mpnews",
        "send_ignore_reprint": 0,
        "clientmsgid": "notice:7:zh-hans:1",
    }
    assert mass_send_payload("DRAFT-9", tag_id=2)["filter"] == {"is_to_all": False, "tag_id": 2}


# --- the outbox (the default transport) ---


def test_officer_sends_a_published_notice_to_the_outbox(officer_a, notice):
    wechat_send(actor=officer_a, piece=notice)
    draft, mass_send = WeChatOutboxItem.objects.order_by("id")
    assert (draft.kind, mass_send.kind) == (WeChatStep.DRAFT, WeChatStep.MASS_SEND)
    assert draft.piece == f"notice:{notice.pk}:zh-hans" and draft.created_by == officer_a
    article = draft.payload["articles"][0]
    assert article["title"] == "停水通知"
    assert article["content_source_url"].endswith(f"/zh-hans/board/{notice.pk}/")
    assert mass_send.payload["mpnews"]["media_id"] == "MEDIA_ID"
    assert _exports() == 1


def test_english_followers_get_the_english_text_published_on_the_account(officer_a, notice):
    wechat_send(actor=officer_a, piece=notice, language="en", delivery=WeChatStep.PUBLISH)
    draft, publish = WeChatOutboxItem.objects.order_by("id")
    assert draft.payload["articles"][0]["title"] == "Water cut" and publish.kind == WeChatStep.PUBLISH


def _items(station, officer, count):
    WeChatOutboxItem.objects.bulk_create(
        WeChatOutboxItem(
            station=station, kind=WeChatStep.DRAFT, payload={"n": n}, piece=f"notice:{n}", created_by=officer
        )
        for n in range(count)
    )


def test_outbox_page_lists_newest_first_with_pretty_json_and_a_copy_button(client, officer_a, notice):
    wechat_send(actor=officer_a, piece=notice)
    login_staff(client, officer_a)
    page = client.get(reverse("wechat:outbox")).content.decode()
    assert page.index("message/mass/sendall") < page.index("draft/add")  # the mass send was made last
    assert '\n      "title": "停水通知",' in html.unescape(page)  # indented JSON, Chinese as written
    assert 'data-copy="payload-' in page and "js/copy.js" in page


def test_empty_outbox_says_what_to_do(client, officer_a):
    login_staff(client, officer_a)
    page = client.get(reverse("wechat:outbox")).content.decode()
    assert "The WeChat outbox is empty" in page and "Send to WeChat" in page


@pytest.mark.parametrize("count", [5, 50])
def test_outbox_query_count_does_not_grow_with_items(client, station_a, officer_a, count):
    login_staff(client, officer_a)
    _items(station_a, officer_a, 5)
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("wechat:outbox"))
    _items(station_a, officer_a, count - 5)
    with CaptureQueriesContext(connection) as many:
        response = client.get(reverse("wechat:outbox"))
    assert response.content.decode().count('class="outbox-body') == count
    assert len(many) == len(few), "\n".join(q["sql"] for q in many.captured_queries)


def test_officer_marks_an_item_copied_and_another_station_cannot(client, officer_a, officer_b, notice):
    wechat_send(actor=officer_a, piece=notice)
    item = WeChatOutboxItem.objects.first()
    login_staff(client, officer_b)
    assert client.post(reverse("wechat:outbox_copied", args=[item.pk])).status_code == 404
    assert client.get(reverse("wechat:outbox")).content.decode().count("outbox-body") == 0
    item.refresh_from_db()
    assert item.copied_at is None
    login_staff(client, officer_a)
    client.post(reverse("wechat:outbox_copied", args=[item.pk]))
    item.refresh_from_db()
    assert item.copied_at is not None


def test_send_button_puts_the_notice_in_the_outbox(client, officer_a, notice):
    login_staff(client, officer_a)
    response = client.post(reverse("wechat:send", args=["notice", notice.pk]), {"tag_id": "3"})
    assert response.status_code == 302 and response.url == reverse("wechat:outbox")
    assert WeChatOutboxItem.objects.get(kind=WeChatStep.MASS_SEND).payload["filter"] == {
        "is_to_all": False,
        "tag_id": 3,
    }


def test_outbox_keeps_the_cover_picture_to_upload_and_staff_download_it(client, officer_a, officer_b, pictured_notice):
    wechat_send(actor=officer_a, piece=pictured_notice)
    media, draft, mass_send = WeChatOutboxItem.objects.order_by("id")
    assert (media.kind, draft.kind, mass_send.kind) == (WeChatStep.MEDIA, WeChatStep.DRAFT, WeChatStep.MASS_SEND)
    download = reverse("publishing:picture_file", args=["notice", pictured_notice.pk])
    assert media.payload == {
        "type": "image",
        "media": {
            "filename": pictured_notice.image.name.rsplit("/", 1)[-1],
            "content_type": "image/png",
            "size": len(PHOTO),
            "download_url": f"{django_settings.SITE_URL}{download}",
        },
    }
    assert draft.payload["articles"][0]["thumb_media_id"] == "THUMB_MEDIA_ID"
    login_staff(client, officer_a)
    page = html.unescape(client.get(reverse("wechat:outbox")).content.decode())
    assert f"Upload the picture {media.payload['media']['filename']} (image/png, " in page
    assert f'<a href="{django_settings.SITE_URL}{download}" download>Download the picture</a>' in page
    response = client.get(download)
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content) == PHOTO
    login_staff(client, officer_b)
    assert client.get(download).status_code == 404


def test_picture_download_is_for_the_station_staff_only(
    client, officer_a, liaison_a, station_a, notice, pictured_notice
):
    download = reverse("publishing:picture_file", args=["notice", pictured_notice.pk])
    login_staff(client, officer_a)
    assert client.get(download).status_code == 200
    assert client.get(reverse("publishing:picture_file", args=["handbook", pictured_notice.pk])).status_code == 404
    bare = published_notice(station_a)
    assert client.get(reverse("publishing:picture_file", args=["notice", bare.pk])).status_code == 404
    login_staff(client, liaison_a)
    assert client.get(download).status_code in (302, 403)
    client.force_login(make_portal_account(make_resident(station_a, 4), "li.wei@example.com", language="zh-hans"))
    assert client.get(download).status_code in (302, 403)


def test_staff_may_give_the_cover_media_id_and_the_picture_stays_home(officer_a, pictured_notice):
    wechat_send(actor=officer_a, piece=pictured_notice, cover_media_id=" COVER-IN-MATERIAL ")
    draft, _mass_send = WeChatOutboxItem.objects.order_by("id")
    assert draft.payload["articles"][0]["thumb_media_id"] == "COVER-IN-MATERIAL"


def test_officer_sends_an_article_from_the_published_issue_page(client, officer_a, station_a):
    reviewer = make_staff(station_a, "officer")
    issue = issue_create(actor=officer_a, station=station_a, dated=timezone.localdate())
    for title in ("Spring fair", "Lantern walk"):
        article = article_create(actor=officer_a, issue=issue, language="en", title=title, body="On Saturday.")
        reviewed(article, officer_a, reviewer, "en", title, "On Saturday.")
    login_staff(client, officer_a)
    assert 'id="wechat-' not in client.get(reverse("publishing:issue", args=[issue.pk])).content.decode()
    issue_publish(actor=officer_a, issue=issue)
    page = client.get(reverse("publishing:issue", args=[issue.pk])).content.decode()
    assert page.count('id="wechat-') == len(set(re.findall(r'id="(wechat-[^"]+)"', page))) > 0  # no id twice
    assert reverse("wechat:send", args=["article", article.pk]) in page
    response = client.post(reverse("wechat:send", args=["article", article.pk]), {"language": "en"})
    assert response.url == reverse("wechat:outbox")
    draft = WeChatOutboxItem.objects.get(kind=WeChatStep.DRAFT)
    assert draft.piece == f"article:{article.pk}:en" and draft.payload["articles"][0]["title"] == "Lantern walk"


# --- refusals: nothing changes ---


def test_unpublished_notice_is_refused(officer_a, station_a):
    writer, reviewer = officer_a, make_staff(station_a, "officer")
    draft = notice_create(actor=writer, station=station_a, language="zh-hans", title="草稿", body="还没发布。")
    reviewed(draft, writer, reviewer, "zh-hans", "草稿", "还没发布。")
    with pytest.raises(ValidationError, match="the notice is not published yet"):
        wechat_send(actor=writer, piece=draft)
    assert not WeChatOutboxItem.objects.exists() and _exports() == 0


def test_notice_without_reviewed_japanese_is_refused_naming_japanese(officer_a, notice):
    with pytest.raises(ValidationError, match="no reviewed text in Japanese"):
        wechat_send(actor=officer_a, piece=notice, language="ja")
    assert not WeChatOutboxItem.objects.exists() and _exports() == 0


def test_article_of_an_unpublished_issue_is_refused(officer_a):
    issue = issue_create(actor=officer_a, station=officer_a.staff_profile.station, dated=datetime.date.today())
    article = article_create(actor=officer_a, issue=issue, language="en", title="Spring fair", body="On Saturday.")
    with pytest.raises(ValidationError, match="the newspaper issue is not published yet"):
        wechat_send(actor=officer_a, piece=article, language="en")
    assert not WeChatOutboxItem.objects.exists()


def test_other_station_and_resident_are_refused(client, officer_b, station_a, notice):
    resident_user = make_portal_account(make_resident(station_a, 3), "ana.silva@example.com", language="pt-br")
    for actor in (officer_b, resident_user):
        with pytest.raises(ValidationError):
            wechat_send(actor=actor, piece=notice)
    login_staff(client, officer_b)
    assert client.post(reverse("wechat:send", args=["notice", notice.pk])).status_code == 404
    client.force_login(resident_user)
    assert client.post(reverse("wechat:send", args=["notice", notice.pk])).status_code in (302, 403)
    assert client.get(reverse("wechat:outbox")).status_code in (302, 403)
    assert not WeChatOutboxItem.objects.exists() and _exports() == 0


# --- the HTTP transport against a fake WeChat on 127.0.0.1 ---


class FakeWeChat(ThreadingHTTPServer):
    """WeChat's token, permanent material, draft, publish and mass-send endpoints: a fresh token on each token
    request, scripted answers (`script[path]`, used in order) before the usual success, and, like WeChat, a draft
    refused when its cover is not in the account's permanent material (where COVER-IN-MATERIAL already is). An
    upload's body is the form's file: its field, file name, type and bytes."""

    daemon_threads = True
    SUCCESS = {
        "/cgi-bin/material/add_material": {"media_id": "COVER-MEDIA-1", "url": "http://mmbiz.example/cover-1"},
        "/cgi-bin/draft/add": {"media_id": "DRAFT-MEDIA-1"},
        "/cgi-bin/freepublish/submit": {"errcode": 0, "errmsg": "ok", "publish_id": "100000001"},
        "/cgi-bin/message/mass/sendall": {"errcode": 0, "errmsg": "send job submission success", "msg_id": 34182},
    }

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _FakeHandler)
        self.calls, self.script, self.tokens, self.slow, self.material = [], {}, 0, set(), []

    def answer(self, path, query, body):
        self.calls.append((path, query, body))
        if path in self.slow:
            time.sleep(1.5)
        if self.script.get(path):
            return self.script[path].pop(0)
        if path == "/cgi-bin/token":
            if query.get("secret") != SECRET:
                return {"errcode": 40125, "errmsg": f"invalid appsecret {query.get('secret')}"}
            self.tokens += 1
            return {"access_token": f"TOKEN-{self.tokens}", "expires_in": 7200}
        if path == "/cgi-bin/material/add_material":
            self.material.append(self.SUCCESS[path]["media_id"])
        if path == "/cgi-bin/draft/add":
            covers = {article.get("thumb_media_id") for article in json.loads(body)["articles"]}
            if not covers <= {*self.material, "COVER-IN-MATERIAL"}:
                return {"errcode": 40007, "errmsg": "invalid media_id"}
        return self.SUCCESS[path]

    def handle_error(self, request, client_address):
        """The slow endpoint's caller has hung up on purpose: nothing to report."""

    def calls_to(self, path):
        return [call for call in self.calls if call[0] == path]


class _FakeHandler(BaseHTTPRequestHandler):
    def _reply(self, body):
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        answer = json.dumps(self.server.answer(url.path, query, body)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def do_GET(self):  # noqa: N802 (http.server's name)
        self._reply(None)

    def do_POST(self):  # noqa: N802
        raw = self.rfile.read(int(self.headers["Content-Length"]))
        content_type = self.headers["Content-Type"]
        if not content_type.startswith("multipart/form-data"):
            self._reply(raw.decode())
            return
        form = BytesParser(policy=policy.default).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + raw)
        (part,) = form.iter_parts()
        self._reply(
            {
                "field": part.get_param("name", header="content-disposition"),
                "filename": part.get_filename(),
                "content_type": part.get_content_type(),
                "data": part.get_content(),
            }
        )

    def log_message(self, *args):
        pass


@pytest.fixture
def wechat(settings):
    server = FakeWeChat()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WECHAT_TRANSPORT = "http"
    settings.WECHAT_APP_ID, settings.WECHAT_APP_SECRET = "wx0123456789abcdef", SECRET
    settings.WECHAT_API_BASE = f"http://127.0.0.1:{server.server_address[1]}"
    yield server
    server.shutdown()
    server.server_close()


def test_token_is_fetched_once_and_reused(officer_a, pictured_notice, wechat):
    answer = wechat_send(actor=officer_a, piece=pictured_notice)
    wechat_send(actor=officer_a, piece=pictured_notice, language="en", delivery=WeChatStep.PUBLISH)
    assert answer["msg_id"] == 34182
    assert wechat.tokens == 1 and len(wechat.calls_to("/cgi-bin/token")) == 1
    posts = [call for call in wechat.calls if call[0] != "/cgi-bin/token"]
    assert [query["access_token"] for _path, query, _body in posts] == ["TOKEN-1"] * 6
    draft = json.loads(wechat.calls_to("/cgi-bin/draft/add")[0][2])
    assert "停水通知" in wechat.calls_to("/cgi-bin/draft/add")[0][2]  # UTF-8 as written, no \u escapes
    assert draft["articles"][0]["title"] == "停水通知"
    assert json.loads(wechat.calls_to("/cgi-bin/message/mass/sendall")[0][2])["mpnews"]["media_id"] == "DRAFT-MEDIA-1"
    assert not WeChatOutboxItem.objects.exists() and _exports() == 2


def test_expired_token_is_fetched_again_once_and_the_call_retried(officer_a, pictured_notice, wechat):
    wechat.script["/cgi-bin/draft/add"] = [{"errcode": 42001, "errmsg": "access_token expired"}]
    wechat_send(actor=officer_a, piece=pictured_notice)
    drafts = wechat.calls_to("/cgi-bin/draft/add")
    assert wechat.tokens == 2
    assert [query["access_token"] for _path, query, _body in drafts] == ["TOKEN-1", "TOKEN-2"]
    assert _exports() == 1


def test_rate_limit_gives_a_clear_message_and_stores_nothing(officer_a, pictured_notice, wechat):
    wechat.script["/cgi-bin/message/mass/sendall"] = [{"errcode": 45009, "errmsg": "reach max api daily quota limit"}]
    with pytest.raises(ValidationError) as refusal:
        wechat_send(actor=officer_a, piece=pictured_notice)
    assert "rate limit" in refusal.value.messages[0] and "45009" in refusal.value.messages[0]
    assert not WeChatOutboxItem.objects.exists() and _exports() == 0


def test_rate_limit_on_the_send_button_shows_the_message(client, officer_a, pictured_notice, wechat):
    wechat.script["/cgi-bin/message/mass/sendall"] = [{"errcode": 45009, "errmsg": "reach max api daily quota limit"}]
    login_staff(client, officer_a)
    response = client.post(reverse("wechat:send", args=["notice", pictured_notice.pk]), follow=True)
    assert "rate limit is reached" in response.content.decode()
    assert _exports() == 0


def test_the_secret_never_shows_in_logs_or_messages(officer_a, pictured_notice, wechat, settings, caplog, monkeypatch):
    caplog.set_level(logging.DEBUG)
    seen = []
    wechat.script["/cgi-bin/draft/add"] = [{"errcode": 40007, "errmsg": f"invalid media_id {SECRET}"}]
    with pytest.raises(ValidationError) as refusal:
        wechat_send(actor=officer_a, piece=pictured_notice)
    seen += refusal.value.messages
    cache.clear()  # the token fetched above would be used otherwise
    settings.WECHAT_APP_SECRET = "wrong-" + SECRET
    with pytest.raises(ValidationError, match="did not accept the account's AppID and secret") as refusal:
        transports.HttpTransport().send(WeChatStep.DRAFT, {"articles": []})
    seen += refusal.value.messages
    settings.WECHAT_APP_SECRET = SECRET
    monkeypatch.setattr(transports, "TIMEOUT_SECONDS", 0.5)
    wechat.slow.add("/cgi-bin/token")
    with pytest.raises(ValidationError, match="did not answer within"):
        transports.HttpTransport().send(WeChatStep.DRAFT, {"articles": []})
    assert seen and not any(SECRET in text for text in seen)
    assert caplog.records and SECRET not in caplog.text


def test_unreachable_wechat_is_a_clear_refusal(officer_a, pictured_notice, wechat, settings):
    settings.WECHAT_API_BASE = "http://127.0.0.1:9"  # the discard port: nothing listens
    with pytest.raises(ValidationError, match="WeChat could not be reached"):
        wechat_send(actor=officer_a, piece=pictured_notice)
    assert _exports() == 0


def test_notice_with_a_picture_goes_out_with_it_as_the_cover(officer_a, pictured_notice, wechat):
    answer = wechat_send(actor=officer_a, piece=pictured_notice)
    assert answer["msg_id"] == 34182
    assert [path for path, _query, _body in wechat.calls] == [
        "/cgi-bin/token",
        "/cgi-bin/material/add_material",
        "/cgi-bin/draft/add",
        "/cgi-bin/message/mass/sendall",
    ]
    (_path, query, upload), *_ = wechat.calls_to("/cgi-bin/material/add_material")
    assert query == {"access_token": "TOKEN-1", "type": "image"}
    assert upload == {
        "field": "media",
        "filename": pictured_notice.image.name.rsplit("/", 1)[-1],
        "content_type": "image/png",
        "data": PHOTO,
    }
    draft = json.loads(wechat.calls_to("/cgi-bin/draft/add")[0][2])
    assert draft["articles"][0]["thumb_media_id"] == "COVER-MEDIA-1"
    assert not WeChatOutboxItem.objects.exists() and _exports() == 1


def test_published_newspaper_article_goes_out_over_http(officer_a, station_a, wechat, private_storage):
    reviewer = make_staff(station_a, "officer")
    issue = issue_create(actor=officer_a, station=station_a, dated=timezone.localdate())
    article = article_create(
        actor=officer_a, issue=issue, language="en", title="Spring fair", body="On Saturday, on the square."
    )
    reviewed(article, officer_a, reviewer, "en", "Spring fair", "On Saturday, on the square.")
    issue_publish(actor=officer_a, issue=issue)
    picture_set(actor=officer_a, piece=article, uploaded_file=SimpleUploadedFile("lanterns.png", PHOTO))
    answer = wechat_send(actor=officer_a, piece=article, language="en", delivery=WeChatStep.PUBLISH)
    assert answer["publish_id"] == "100000001"
    assert wechat.calls_to("/cgi-bin/material/add_material")[0][2]["data"] == PHOTO
    (draft,) = json.loads(wechat.calls_to("/cgi-bin/draft/add")[0][2])["articles"]
    assert draft["title"] == "Spring fair" and draft["thumb_media_id"] == "COVER-MEDIA-1"
    assert draft["content_source_url"].endswith(f"/en/newspaper/{issue.pk}/")
    assert json.loads(wechat.calls_to("/cgi-bin/freepublish/submit")[0][2]) == {"media_id": "DRAFT-MEDIA-1"}
    assert _exports() == 1


def test_token_rejected_on_the_upload_is_fetched_again_once(officer_a, pictured_notice, wechat):
    wechat.script["/cgi-bin/material/add_material"] = [{"errcode": 40001, "errmsg": "invalid credential"}]
    wechat_send(actor=officer_a, piece=pictured_notice)
    uploads = wechat.calls_to("/cgi-bin/material/add_material")
    assert wechat.tokens == 2
    assert [query["access_token"] for _path, query, _body in uploads] == ["TOKEN-1", "TOKEN-2"]
    assert uploads[1][2]["data"] == PHOTO
    assert json.loads(wechat.calls_to("/cgi-bin/draft/add")[0][2])["articles"][0]["thumb_media_id"] == "COVER-MEDIA-1"


def test_upload_refused_by_wechat_stops_before_the_draft(officer_a, pictured_notice, wechat):
    wechat.script["/cgi-bin/material/add_material"] = [{"errcode": 40005, "errmsg": "invalid file type"}]
    with pytest.raises(ValidationError, match="Cover picture \\(material/add_material\\).*40005"):
        wechat_send(actor=officer_a, piece=pictured_notice)
    assert not wechat.calls_to("/cgi-bin/draft/add") and _exports() == 0


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("big.jpg", b"\xff\xd8\xff" + bytes(transports.COVER_MAX_BYTES), "larger than the 10.0\xa0MB WeChat takes"),
        ("tap.webp", b"RIFF\x00\x00\x00\x00WEBPVP8 ", "in JPEG or PNG only, and this picture is of type image/webp"),
    ],
    ids=["over 10 MB", "WebP"],
)
def test_picture_wechat_would_refuse_is_refused_before_any_call(
    officer_a, notice, wechat, private_storage, settings, name, content, said
):
    notice.image.save(name, ContentFile(content))
    for transport in ("http", "outbox"):
        settings.WECHAT_TRANSPORT = transport
        with pytest.raises(ValidationError) as refusal:
            wechat_send(actor=officer_a, piece=notice)
        assert said in refusal.value.messages[0]
    assert wechat.calls == [] and not WeChatOutboxItem.objects.exists() and _exports() == 0


def test_piece_without_a_cover_is_refused_over_http_naming_what_to_do(officer_a, notice, wechat):
    with pytest.raises(ValidationError, match="without a cover picture. Please give it a picture"):
        wechat_send(actor=officer_a, piece=notice)
    assert wechat.calls == [] and _exports() == 0
    wechat_send(actor=officer_a, piece=notice, cover_media_id="COVER-IN-MATERIAL")
    assert not wechat.calls_to("/cgi-bin/material/add_material")
    assert (
        json.loads(wechat.calls_to("/cgi-bin/draft/add")[0][2])["articles"][0]["thumb_media_id"] == "COVER-IN-MATERIAL"
    )


def test_picture_whose_file_is_gone_is_refused_saying_so(officer_a, pictured_notice, wechat):
    pictured_notice.image.storage.delete(pictured_notice.image.name)
    with pytest.raises(ValidationError, match="picture's file could not be found"):
        wechat_send(actor=officer_a, piece=pictured_notice)
    assert wechat.calls == [] and _exports() == 0
