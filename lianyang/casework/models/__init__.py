"""Service requests (routing by language, service levels, threads) and home visits (policies, plans, logs)."""

from .levels import *  # noqa: F403
from .requests import *  # noqa: F403
from .visits import *  # noqa: F403
