"""The officer's confirmation of a flat the resident named that the station's list did not have.

The verification page includes `registration/_confirm_address.html` while the address is unconfirmed; a
registration cannot be verified before (services.registration_step). The confirmation finds or adds the
flat through `community.services.address_create` (audited) and makes it the registration's address.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lianyang.accounts.access import casework_required

from .. import selectors, services
from ..forms import ConfirmAddressForm


@casework_required
@require_POST
def confirm_address(request, pk):
    registration = selectors.registration_find(actor=request.user, pk=pk)
    form = ConfirmAddressForm(request.POST, prefix="address")
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect("registration:detail", pk=registration.pk)
    try:
        services.registration_confirm_address(
            actor=request.user,
            registration=registration,
            building_number=form.cleaned_data["building_number"],
            unit=form.cleaned_data["unit"],
            room=form.cleaned_data["room"],
            request=request,
        )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("The address is confirmed. The registration can now be verified."))
    return redirect("registration:detail", pk=registration.pk)
