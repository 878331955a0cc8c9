"""Numbers, dates and MRZ lines keep their order inside right-to-left text."""

import datetime

from django.template import Context, Template


def render(source: str, **context) -> str:
    return Template("{% load scripts %}" + source).render(Context(context))


def test_a_phone_number_is_isolated_left_to_right():
    assert render("{{ phone|ltr }}", phone="+86 139 1234 5678") == '<bdi dir="ltr">+86 139 1234 5678</bdi>'


def test_an_mrz_line_is_escaped_inside_its_isolate():
    line = "P<KORKIM<<MINJUN<<<<<<<<<<<<<<<<<<<<<<<<<<<<"
    assert render("{{ line|ltr }}", line=line) == f'<bdi dir="ltr">{line.replace("<", "&lt;")}</bdi>'


def test_a_date_is_isolated_and_an_empty_value_gives_nothing():
    assert render("{{ day|ltr }}", day=datetime.date(2028, 5, 13)) == '<bdi dir="ltr">2028-05-13</bdi>'
    assert render('{{ day|date:"Y-m-d"|ltr }}', day=datetime.date(2028, 5, 13)) == '<bdi dir="ltr">2028-05-13</bdi>'
    assert render("{{ nothing|ltr }}", nothing="") == ""
    assert render("{{ nothing|ltr }}", nothing=None) == ""
