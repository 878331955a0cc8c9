from django import forms
from django.conf import settings
from django.contrib.auth import authenticate
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user, user_has_device


class StaffLoginForm(forms.Form):
    """User name, password and, once enrolled, the six-digit code from the authenticator app."""

    username = forms.CharField(label=_("User name"), max_length=150)
    password = forms.CharField(label=_("Password"), strip=False, widget=forms.PasswordInput, max_length=200)
    otp_token = forms.CharField(
        label=_("Code from your authenticator app"),
        required=False,
        max_length=6,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
        help_text=_("Leave empty the first time: you will be asked to set up the app."),
    )

    def __init__(self, request, *args, **kwargs):
        self.request = request
        self.user = None
        self.device = None
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        user = authenticate(self.request, username=data["username"], password=data["password"])
        if user is None or not user.is_active or not hasattr(user, "staff_profile"):
            raise forms.ValidationError(_("The user name or password is not correct."))
        if user_has_device(user):
            token = data.get("otp_token", "").strip()
            if not token:
                raise forms.ValidationError(_("Enter the six-digit code from your authenticator app."))
            self.device = next((d for d in devices_for_user(user) if d.verify_token(token)), None)
            if self.device is None:
                raise forms.ValidationError(_("The code is not correct or has expired. Enter the current code."))
        self.user = user
        return data


class EnrolmentCodeForm(forms.Form):
    """The code the station head gave a member of staff for setting up their authenticator app."""

    enrolment_code = forms.CharField(
        label=_("Enrolment code"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
        help_text=_("Ten letters and digits, from your station head."),
    )


class TotpConfirmForm(forms.Form):
    otp_token = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=6,
        min_length=6,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
    )

    def __init__(self, device, *args, **kwargs):
        self.device = device
        super().__init__(*args, **kwargs)

    def clean_otp_token(self):
        token = self.cleaned_data["otp_token"].strip()
        if not self.device.verify_token(token):
            raise forms.ValidationError(_("The code is not correct or has expired. Enter the current code."))
        return token


class LanguageForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of these pages"), choices=settings.LANGUAGES)
