"""What every list page and form page of both faces shares: paging without a count, and service errors on forms."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

PAGE_SIZE = 50


def page_window(rows, page: int, size: int = PAGE_SIZE) -> tuple[list, bool]:
    """One page of rows and whether another follows, without counting the whole table (LIMIT size + 1)."""
    start = (page - 1) * size
    window = list(rows[start : start + size + 1])
    return window[:size], len(window) > size


def link_for(name: str):
    """The link to `name`'s page for any primary key, from one reverse() for a whole page of rows."""
    marker = 2**31 - 1
    before, after = reverse(name, args=[marker]).split(str(marker))
    return lambda pk: f"{before}{pk}{after}"


def moment(at) -> dict:
    """A time as a list row shows it: local time to the minute, and ISO 8601 for the <time> element."""
    local = timezone.localtime(at)
    return {"iso": local.isoformat(), "text": local.strftime("%Y-%m-%d %H:%M")}


def page_number(request) -> int:
    """The `page` parameter, or 1 for anything that is not a sensible page number."""
    try:
        return max(1, min(int(request.GET.get("page", 1)), 10_000))
    except ValueError:
        return 1


def save_or_show_errors(form, write):
    """Run a service; its ValidationError lands on the form instead of becoming a 500."""
    try:
        return write()
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            for field, errors in error.error_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            form.add_error(None, error)
        return None


def run_and_tell(request, write, done) -> bool:
    """Run a service behind a button: its refusal becomes the page's error message, its success `done`."""
    try:
        write()
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
        return False
    messages.success(request, done)
    return True
