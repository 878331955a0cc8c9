"""`lianyang enrolment_code USERNAME --by SUPERUSER [--reset]`: an enrolment code from the command line, for the
member of staff no station head can issue one for (a station's first head, or a head whose phone is lost)."""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from lianyang.accounts.enrolment import authenticator_reset, enrolment_code_issue
from lianyang.accounts.models import StaffProfile


class Command(BaseCommand):
    help = (
        "Issue a one-time enrolment code with which a member of staff sets up their authenticator app, in the "
        "name of a superuser (who is named in the audit log). --reset first removes a lost authenticator app."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="The member of staff's user name.")
        parser.add_argument("--by", required=True, help="The user name of the superuser issuing the code.")
        parser.add_argument("--reset", action="store_true", help="Remove the member's authenticator app first.")

    def handle(self, *args, username, by, reset, **options):
        users = get_user_model().objects
        actor = users.filter(username=by, is_superuser=True, is_active=True).first()
        if actor is None:
            raise CommandError(f"{by!r} is not an active superuser.")
        member = StaffProfile.objects.select_related("user").filter(user__username=username).first()
        if member is None:
            raise CommandError(f"{username!r} is not a member of staff.")
        try:
            if reset:
                authenticator_reset(actor=actor, member=member)
            code = enrolment_code_issue(actor=actor, member=member)
        except (PermissionDenied, ValidationError) as error:
            raise CommandError(" ".join(getattr(error, "messages", [str(error)]))) from error
        until = timezone.localtime(member.user.enrolment_codes.first().expires_at)
        self.stdout.write(f"Enrolment code for {username}, works once until {until:%Y-%m-%d %H:%M %Z}: {code}")
