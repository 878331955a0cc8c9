"""The publishing staff pages: an officer writes a notice, a colleague translates and reviews, it is published;
another station's officer finds nothing, a resident is refused; bad input changes nothing."""

import pytest
from django.urls import reverse

from lianyang.community.models import Compound
from lianyang.publishing.models import Notice, TranslationStatus
from lianyang.publishing.translation import rows_of
from tests.conftest import login_staff
from tests.factories import iso_from_today, make_portal_account, make_resident, make_speaker, make_staff, make_station

pytestmark = pytest.mark.django_db


def _notice_post(**overrides):
    data = {
        "language": "zh-hans",
        "title": "电梯检修通知",
        "body": "3号楼电梯周四上午检修。\n\n- 请走楼梯\n- 有困难请联系服务站",
        "category": "service",
        "shown_from": f"{iso_from_today(-3)}T09:00",
        "required_languages": ["zh-hans", "ja"],
        "poster_languages": ["zh-hans", "ja"],
    }
    data.update(overrides)
    return data


def test_notice_written_translated_reviewed_and_published(client, station):
    writer = make_staff(station, "officer")
    translator = make_speaker(station, {"ja": "native"})
    login_staff(client, writer)
    response = client.post(reverse("publishing:notice_create"), _notice_post())
    notice = Notice.objects.get()
    assert response.status_code == 302 and notice.source_language == "zh-hans"

    login_staff(client, translator)
    page = client.get(reverse("publishing:dashboard")).content.decode()
    assert "电梯检修通知" in page  # suggested: Japanese is missing, and Chinese waits for review
    translate = reverse("publishing:translate", args=["notice", notice.pk, "ja"])
    assert "3号楼电梯周四上午检修" in client.get(translate).content.decode()  # the source beside the form
    client.post(
        translate,
        {"title": "エレベーター点検のお知らせ", "body": "3号棟のエレベーターを木曜午前に点検します。", "ready": "on"},
    )
    client.post(reverse("publishing:review", args=["notice", notice.pk, "zh-hans"]), {"approve": "yes"})

    login_staff(client, writer)
    client.post(reverse("publishing:review", args=["notice", notice.pk, "ja"]), {"approve": "yes"})
    client.post(reverse("publishing:notice_publish", args=[notice.pk]))
    notice.refresh_from_db()
    assert notice.published_at is not None
    assert rows_of(notice)["ja"].status == TranslationStatus.REVIEWED


def test_publishing_before_review_names_the_missing_languages_in_the_officer_language(client, station):
    writer = make_staff(station, "officer", language="zh-hans")
    login_staff(client, writer)
    client.post(reverse("publishing:notice_create"), _notice_post())
    notice = Notice.objects.get()
    response = client.post(reverse("publishing:notice_publish", args=[notice.pk]), follow=True)
    # "It cannot be published yet: no reviewed text in Simplified Chinese, Japanese.", in Chinese.
    assert "暂不能发布：简体中文、日语尚无已审核的文本。" in response.content.decode()
    assert Notice.objects.get().published_at is None


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"title": ""}, "title", "这个字段是必填项。"),  # This field is required.
        ({"body": ""}, "body", "这个字段是必填项。"),
        # The notice must stop being shown after it starts.
        ({"shown_until": f"{iso_from_today(-7)}T09:00"}, "shown_until", "显示截止时间须晚于开始时间。"),
        ({"required_languages": ["xx"]}, "required_languages", "请从列表中选择语言。"),  # Please choose languages…
        ({"area": "999999"}, "area", "该居民区不属于本服务站。"),  # This residential area is not one of the station's.
        ({"compound": "nonsense"}, "compound", "该小区不属于本服务站。"),  # This compound is not one of the station's.
    ],
)
def test_bad_notice_is_refused_with_its_message_in_the_officer_language_and_nothing_saved(
    client, station, overrides, field, message
):
    login_staff(client, make_staff(station, "officer", language="zh-hans"))
    response = client.post(reverse("publishing:notice_create"), _notice_post(**overrides))
    assert response.status_code == 400
    assert response.context["form"].errors[field] == [message]
    assert message in response.content.decode()
    assert not Notice.objects.exists()


@pytest.mark.parametrize("field", ["area", "compound"])
def test_audience_of_another_station_is_refused_naming_the_problem(client, station, field):
    other = make_station("Gubei Foreign Affairs Service Station")
    place = other.areas.first() if field == "area" else Compound.objects.filter(area__station=other).first()
    login_staff(client, make_staff(station, "officer", language="zh-hans"))
    response = client.post(reverse("publishing:notice_create"), _notice_post(**{field: str(place.pk)}))
    message = {"area": "该居民区不属于本服务站。", "compound": "该小区不属于本服务站。"}[field]
    assert response.status_code == 400 and message in response.content.decode()
    assert (
        "Select a valid choice" not in response.content.decode()
        and "选择一个有效的选项" not in response.content.decode()
    )
    assert not Notice.objects.exists()


def test_moving_a_notice_to_another_station_area_is_refused_and_the_notice_unchanged(client, station):
    other = make_station("Gubei Foreign Affairs Service Station")
    login_staff(client, make_staff(station, "officer", language="zh-hans"))
    client.post(reverse("publishing:notice_create"), _notice_post())
    notice = Notice.objects.get()
    data = {**_notice_post(area=str(other.areas.first().pk))}
    response = client.post(reverse("publishing:notice_edit", args=[notice.pk]), data)
    assert response.status_code == 400 and "该居民区不属于本服务站。" in response.content.decode()
    assert Notice.objects.get().area_id is None


def test_officer_of_another_station_finds_nothing_and_resident_is_refused(client, station):
    writer = make_staff(station, "officer")
    login_staff(client, writer)
    client.post(reverse("publishing:notice_create"), _notice_post())
    notice = Notice.objects.get()
    pages = [
        reverse("publishing:notice", args=[notice.pk]),
        reverse("publishing:notice_edit", args=[notice.pk]),
        reverse("publishing:translate", args=["notice", notice.pk, "en"]),
    ]
    login_staff(client, make_staff(make_station("Gubei Foreign Affairs Service Station"), "officer"))
    assert [client.get(page).status_code for page in pages] == [404, 404, 404]
    resident = make_portal_account(make_resident(station), "reader@example.com")
    client.force_login(resident)
    assert all(client.get(page).status_code in (302, 403) for page in pages)
    assert client.get(reverse("publishing:translate", args=["nonsense", notice.pk, "en"])).status_code in (302, 403)


def test_unknown_kind_or_language_is_not_found(client, station):
    login_staff(client, make_staff(station, "officer"))
    client.post(reverse("publishing:notice_create"), _notice_post())
    notice = Notice.objects.get()
    assert client.get(reverse("publishing:translate", args=["nonsense", notice.pk, "en"])).status_code == 404
    assert client.get(reverse("publishing:translate", args=["notice", notice.pk, "xx"])).status_code == 404


@pytest.mark.parametrize(
    "name", ["publishing:notices", "publishing:dashboard", "publishing:issues", "publishing:handbook"]
)
def test_empty_pages_say_what_to_do(client, station, name):
    login_staff(client, make_staff(station, "officer"))
    response = client.get(reverse(name))
    assert response.status_code == 200 and 'class="empty"' in response.content.decode()
