"""Pages shown to someone logged in hold personal data: no browser, proxy or shared computer may keep a copy.

PIPL art. 51 asks for the technical measures that keep personal information from leaking; a staff page left in
the cache of a counter's browser, or a resident's data page in a proxy's, is such a leak. Every response to a
logged-in user is marked `no-store` (staff and resident alike); pages for everyone (the public verification
page, the login forms) keep their own rules.
"""

from django.utils.cache import add_never_cache_headers


class PrivatePagesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.user.is_authenticated:
            add_never_cache_headers(response)
        return response
