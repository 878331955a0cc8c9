"""Small bar charts drawn on the server as SVG, for the head's activity figures and a campaign's coverage: no
script and nothing from outside (the Content Security Policy allows neither), readable without colour: every bar
carries its number, and a table beside it says the same."""

from django.utils.html import escape, format_html_join
from django.utils.safestring import mark_safe

BAR, GAP, LABEL, WIDTH = 22, 8, 150, 520


def bar_chart(rows: list[tuple[str, float]], *, title: str, unit: str = "") -> str:
    """A horizontal bar chart of `rows` (label, value) with `title` as its accessible name."""
    top = max((value for _label, value in rows), default=0) or 1
    height = len(rows) * (BAR + GAP) + GAP
    bars = format_html_join(
        "",
        '<g><text x="{}" y="{}" text-anchor="end" class="chart-label">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="{}" class="chart-bar"></rect>'
        '<text x="{}" y="{}" class="chart-value">{}{}</text></g>',
        (
            (
                LABEL - 6,
                GAP + i * (BAR + GAP) + BAR * 0.7,
                label,
                LABEL,
                GAP + i * (BAR + GAP),
                round((WIDTH - LABEL - 60) * value / top, 1),
                BAR,
                LABEL + round((WIDTH - LABEL - 60) * value / top, 1) + 4,
                GAP + i * (BAR + GAP) + BAR * 0.7,
                _number(value),
                unit,
            )
            for i, (label, value) in enumerate(rows)
        ),
    )
    return mark_safe(  # noqa: S308 - every value above went through format_html_join's escaping
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(title)}" class="chart" '
        f'viewBox="0 0 {WIDTH} {height}" width="100%" preserveAspectRatio="xMinYMin meet">{bars}</svg>'
    )


def _number(value: float) -> str:
    return f"{value:.1f}" if isinstance(value, float) and not value.is_integer() else f"{int(value)}"
