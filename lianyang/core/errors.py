"""Error pages in the visitor's language, without a traceback, whatever went wrong."""

from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import requires_csrf_token


def _error(request, status: int, title: str, message: str):
    return render(request, "error.html", {"title": title, "message": message}, status=status)


@requires_csrf_token
def bad_request(request, exception=None):
    return _error(
        request, 400, _("Bad request"), _("The request could not be understood. Please go back and try again.")
    )


@requires_csrf_token
def permission_denied(request, exception=None):
    return _error(request, 403, _("Not allowed"), _("You do not have permission to open this page."))


@requires_csrf_token
def page_not_found(request, exception=None):
    return _error(request, 404, _("Page not found"), _("There is nothing at this address. Check the link or go back."))


@requires_csrf_token
def server_error(request):
    return _error(
        request,
        500,
        _("Something went wrong"),
        _("The station's system could not finish this. Please try again later."),
    )


@requires_csrf_token
def too_many_requests(request, exception=None):
    """django-ratelimit's RATELIMIT_VIEW (accounts/throttle.py); Retry-After says when the window ends."""
    response = _error(
        request,
        429,
        _("Too many requests"),
        _("This was asked for too often in a short time. Please wait a while, then try again."),
    )
    if exception is not None and exception.args:
        response["Retry-After"] = str(exception.args[0])
    return response


def csrf_failure(request, reason=""):
    return _error(
        request,
        403,
        _("Form expired"),
        _("This form has expired or was sent from another page. Go back, reload the page and send it again."),
    )
