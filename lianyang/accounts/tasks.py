"""Background work of accounts: e-mailing a resident their login code, in their own language."""

from django.conf import settings
from django.core.mail import send_mail
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from .models import User
from .services import login_code_issue


@task()
def send_login_code(user_id: int) -> None:
    """Make the code inside the worker, so it never sits in the task queue, and e-mail it."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None or not user.email:
        return
    code = login_code_issue(user=user)
    with translation.override(user.language):
        send_mail(
            subject=_("Your login code for the Lianyang station"),
            message=_(
                "Your login code is %(code)s. It works once, for ten minutes. "
                "If you did not ask for it, you can ignore this e-mail."
            )
            % {"code": code},
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[user.email],
        )
