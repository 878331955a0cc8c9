"""The passes `lianyang worker` runs for publishing (settings.PERIODIC_TASKS)."""

from django_tasks import task

from .digest import digests_send


@task()
def newsletter_digests_send() -> int:
    """Last week's digest to every newsletter subscriber with something new, once per resident and week."""
    return digests_send()
