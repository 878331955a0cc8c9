"""The form renderer: Django's, with its plainest widgets drawn in Python.

Django draws a select one template include per option, and every input through two includes. The station's
filter forms carry a hundred nationalities, compounds and officers on every list page, and drawing them took
more time than the page's own query (bench/RESULTS.md). These widgets produce exactly what Django's templates
for them produce (tests/core/test_rendering.py compares the two); any other widget, or a select whose options
use another template, goes through the templates.
"""

import html

from django.forms.renderers import DjangoTemplates
from django.utils.safestring import SafeString

WIDGETS = "django/forms/widgets/"
INPUTS = {
    f"{WIDGETS}{kind}.html"
    for kind in ("checkbox", "color", "date", "datetime", "email", "hidden", "number", "password", "search",
                 "tel", "text", "time", "url")
}  # fmt: skip
SELECT = f"{WIDGETS}select.html"
OPTION = f"{WIDGETS}select_option.html"
TEXTAREA = f"{WIDGETS}textarea.html"


def _escape(value) -> str:
    """As the templates' autoescape (conditional_escape), without the lazy-string wrapper around every call."""
    return value.__html__() if hasattr(value, "__html__") else html.escape(str(value))


def _attrs(attrs: dict) -> str:
    """As django/forms/widgets/attrs.html: in order; True gives the bare name, False leaves the attribute out."""
    return "".join(
        f" {_escape(name)}" if value is True else f' {_escape(name)}="{_escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def _input(widget) -> str:
    value = "" if widget["value"] is None else f' value="{_escape(widget["value"])}"'
    return f'<input type="{_escape(widget["type"])}" name="{_escape(widget["name"])}"{value}{_attrs(widget["attrs"])}>'


def _textarea(widget) -> str:
    value = _escape(widget["value"]) if widget["value"] else ""
    return f'<textarea name="{_escape(widget["name"])}"{_attrs(widget["attrs"])}>\n{value}</textarea>'


def _options(options) -> str:
    return "".join(
        f'\n  <option value="{_escape(o["value"])}"{_attrs(o["attrs"])}>{_escape(o["label"])}</option>\n'
        for o in options
    )


def _select(widget) -> str | None:
    groups = widget["optgroups"]
    if any(option["template_name"] != OPTION for _name, options, _index in groups for option in options):
        return None
    body = "".join(
        f'\n  <optgroup label="{_escape(name)}">{_options(options)}\n  </optgroup>' if name else _options(options)
        for name, options, _index in groups
    )
    return f'<select name="{_escape(widget["name"])}"{_attrs(widget["attrs"])}>{body}\n</select>'


class FormRenderer(DjangoTemplates):
    def render(self, template_name, context, request=None):
        """Every value and label above passes through _escape, so the markup is safe as the templates' is."""
        if template_name in INPUTS:
            return SafeString(_input(context["widget"]))
        if template_name == TEXTAREA:
            return SafeString(_textarea(context["widget"]))
        if template_name == SELECT and (drawn := _select(context["widget"])) is not None:
            return SafeString(drawn)
        return super().render(template_name, context, request=request)
