"""The head's form for a compound's drop-off windows: up to four rows of opening and closing times."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .windows import MOST_WINDOWS


class WindowsForm(forms.Form):
    """Rows of "opens" and "closes"; an empty row is no window, a half-filled row is refused. The rules on the
    windows themselves (order, overlap) are the service's (windows.py)."""

    def __init__(self, *args, windows=(), **kwargs):
        super().__init__(*args, **kwargs)
        for row in range(1, MOST_WINDOWS + 1):
            shown = windows[row - 1] if row <= len(windows) else None
            for end, label in (("opens", gettext_lazy("Opens")), ("closes", gettext_lazy("Closes"))):
                self.fields[f"{end}_{row}"] = forms.TimeField(
                    label=label,
                    required=False,
                    initial=getattr(shown, end, None),
                    widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
                )

    def rows(self):
        """The form's fields in pairs, one window a row, for the template."""
        return [(row, self[f"opens_{row}"], self[f"closes_{row}"]) for row in range(1, MOST_WINDOWS + 1)]

    def clean(self):
        data = super().clean()
        windows = []
        for row in range(1, MOST_WINDOWS + 1):
            opens, closes = data.get(f"opens_{row}"), data.get(f"closes_{row}")
            if f"opens_{row}" in self.errors or f"closes_{row}" in self.errors:
                continue
            if (opens is None) != (closes is None):
                self.add_error(
                    f"closes_{row}" if closes is None else f"opens_{row}",
                    _("Please give both the opening and the closing time, or leave the row empty."),
                )
            elif opens is not None:
                windows.append((opens, closes))
        data["windows"] = windows
        return data
