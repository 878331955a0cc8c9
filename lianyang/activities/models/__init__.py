"""Monthly activities with fair sign-up, waitlist and check-in; expats paired with local hosts."""

from .activities import *  # noqa: F403
from .pairing import *  # noqa: F403
