"""Service requests (routing by language, service levels, threads) and home visits (policies, plans, logs)."""

from .visits import *  # noqa: F403
