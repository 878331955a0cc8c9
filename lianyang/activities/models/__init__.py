"""Monthly activities with fair sign-up, waitlist and check-in; expats paired with local hosts."""

from .pairing import *  # noqa: F403
