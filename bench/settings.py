"""The bench's settings: the application's own, plus the floors' URLs. Never the demo's TOTP switch."""

from lianyang.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
DEMO_SKIP_TOTP = False
