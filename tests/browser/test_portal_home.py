"""The portal home on a phone, in Japanese and in Arabic (right to left), without accessibility failures."""

import pytest

from tests.browser.conftest import assert_accessible, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(("language", "direction"), [("ja", "ltr"), ("ar", "rtl")])
def test_portal_home_on_a_phone(live_server, phone_page, language, direction):
    page = phone_page(language)
    page.goto(f"{live_server.url}/{language}/")
    html = page.locator("html")
    assert html.get_attribute("lang") == language
    assert html.get_attribute("dir") == direction
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), "no sideways scrolling"
    screenshot(page, f"portal-home-{language}")
    assert_accessible(page)


def test_root_sends_the_browser_to_its_language(live_server, phone_page):
    page = phone_page("ko-KR")
    page.goto(f"{live_server.url}/")
    assert page.url.endswith("/ko/")
