"""The form renderer: Django's, with its plainest widgets drawn in Python.

Django draws a select one template include per option, and every input through two includes. The station's
filter forms carry a hundred nationalities, compounds and officers on every list page, and drawing them took
more time than the page's own query (bench/RESULTS.md). These widgets produce exactly what Django's templates
for them produce; any other widget, or a select whose options use another template, goes through the templates.
"""

from django.forms.renderers import DjangoTemplates
from django.utils.html import format_html, format_html_join

WIDGETS = "django/forms/widgets/"
INPUTS = {
    f"{WIDGETS}{kind}.html"
    for kind in ("checkbox", "color", "date", "datetime", "email", "hidden", "number", "password", "search",
                 "tel", "text", "time", "url")
}  # fmt: skip
SELECT = f"{WIDGETS}select.html"
TEXTAREA = f"{WIDGETS}textarea.html"
OPTION = f"{WIDGETS}select_option.html"


def _attrs(attrs: dict) -> str:
    """As django/forms/widgets/attrs.html: in order; True gives the bare name, False leaves the attribute out."""
    return format_html_join(
        "", "{}", ((format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value),)
                   for name, value in attrs.items() if value is not False)
    )  # fmt: skip


def _input(widget) -> str:
    value = "" if widget["value"] is None else format_html(' value="{}"', widget["value"])
    return format_html('<input type="{}" name="{}"{}{}>', widget["type"], widget["name"], value,
                       _attrs(widget["attrs"]))  # fmt: skip


def _textarea(widget) -> str:
    return format_html('<textarea name="{}"{}>\n{}</textarea>', widget["name"], _attrs(widget["attrs"]),
                       widget["value"] or "")  # fmt: skip


def _options(options) -> str:
    return format_html_join(
        "", '\n  <option value="{}"{}>{}</option>\n', ((o["value"], _attrs(o["attrs"]), o["label"]) for o in options)
    )


def _select(widget) -> str | None:
    groups = widget["optgroups"]
    if any(option["template_name"] != OPTION for _name, options, _index in groups for option in options):
        return None
    body = format_html_join(
        "",
        "{}",
        (
            (
                format_html('\n  <optgroup label="{}">{}\n  </optgroup>', name, _options(options))
                if name
                else _options(options),
            )
            for name, options, _index in groups
        ),
    )
    return format_html('<select name="{}"{}>{}\n</select>', widget["name"], _attrs(widget["attrs"]), body)


class FormRenderer(DjangoTemplates):
    def render(self, template_name, context, request=None):
        if template_name in INPUTS:
            return _input(context["widget"])
        if template_name == TEXTAREA:
            return _textarea(context["widget"])
        if template_name == SELECT and (html := _select(context["widget"])) is not None:
            return html
        return super().render(template_name, context, request=request)
