"""The audit log's periodic pass: an hourly checkpoint outside the database (audit/chain.py)."""

from django_tasks import task

from .chain import audit_checkpoint


@task()
def audit_checkpoint_write() -> str:
    """Seal what waits and anchor the chain's end in a signed checkpoint file."""
    return str(audit_checkpoint())
