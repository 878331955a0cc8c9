"""The newsletter's unsubscribe page, opened from the digest's link without logging in: a GET only asks, so a mail
scanner that follows every link unsubscribes nobody; the button's POST withdraws the consent."""

from django.core.exceptions import ValidationError
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from .digest import newsletter_unsubscribe, resident_pk_of

PAGE = "publishing/newsletter_unsubscribe.html"


def _refused(request, message: str):
    return render(request, PAGE, {"refused": message}, status=400)


@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    if request.method == "POST":
        try:
            newsletter_unsubscribe(token=token, request=request)
        except ValidationError as refusal:
            return _refused(request, refusal.messages[0])
        return render(request, PAGE, {"done": True})
    try:
        resident_pk_of(token)
    except ValidationError as refusal:
        return _refused(request, refusal.messages[0])
    return render(request, PAGE, {})
