"""The URLconf as the tests walk it: every pattern's route and name, with the converters it takes."""

import re

from django.urls import URLResolver, get_resolver

# A converter in a route: `<int:pk>`, `<slug:kind>`, `<reference>` (str when no type is named).
CONVERTER = re.compile(r"<(?:(\w+):)?(\w+)>")


def url_patterns() -> list[tuple[str, str]]:
    """Every pattern as (route, name), sorted: ("/staff/registrations/<int:pk>/", "registration:detail").

    The route keeps the language prefix of the language active when it is walked ("/en/stay/…").
    """

    def walk(patterns, prefix, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            else:
                yield prefix + str(pattern.pattern), f"{namespace}{pattern.name}" if pattern.name else ""

    return sorted(set(walk(get_resolver().url_patterns, "/", "")))


def fill(route: str, value) -> str:
    """The route with each converter replaced by `value(kind, name)`, as a path a client requests."""
    return (
        CONVERTER.sub(lambda match: value(match.group(1) or "str", match.group(2)), route)
        .replace("^", "")
        .replace("$", "")
    )
