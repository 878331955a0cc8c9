"""A NUL character is never part of a name, a number or an address, and PostgreSQL refuses it in any text: a
request that carries one in its path or its query is answered "Bad request" (400) before any view reads it,
instead of a 500 from the database. Forms refuse it themselves, with a message beside the field."""

from django.core.exceptions import BadRequest


def _has_nul(values) -> bool:
    return any("\x00" in key or any("\x00" in value for value in items) for key, items in values.lists())


class RefuseNulMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or _has_nul(request.GET):
            raise BadRequest("NUL character in the request")
        return self.get_response(request)
