from django import forms
from django.contrib.auth import authenticate
from django.utils.translation import gettext_lazy as _


class EmailForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)


class CodeForm(forms.Form):
    code = forms.RegexField(
        label=_("Login code"),
        regex=r"^\s*\d{6}\s*$",
        max_length=8,
        error_messages={"invalid": _("The code has six digits.")},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
    )


class PasswordLoginForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    password = forms.CharField(label=_("Password"), strip=False, widget=forms.PasswordInput, max_length=200)

    def __init__(self, request, *args, **kwargs):
        self.request = request
        self.user = None
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        user = authenticate(self.request, username=data["email"].lower(), password=data["password"])
        if user is None or not (hasattr(user, "resident") or hasattr(user, "local_host")):
            raise forms.ValidationError(_("The e-mail address or password is not correct."))
        self.user = user
        return data
