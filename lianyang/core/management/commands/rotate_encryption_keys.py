"""`lianyang rotate_encryption_keys`: re-encrypt every encrypted column under the newest key.

Put the new key first in FIELD_ENCRYPTION_KEYS, keep the old ones after it, run this command, then drop the old
keys. Rows are rewritten in batches, each in its own transaction, so the command can be stopped and run again.
"""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from lianyang.core.crypto import EncryptedTextField

BATCH = 1000


class Command(BaseCommand):
    help = "Re-encrypt every encrypted field under the newest key of FIELD_ENCRYPTION_KEYS."

    def handle(self, *args, **options):
        for model in apps.get_models():
            fields = [f.name for f in model._meta.concrete_fields if isinstance(f, EncryptedTextField)]
            if not fields:
                continue
            count = 0
            ids = list(model._default_manager.values_list("pk", flat=True).order_by("pk"))
            for start in range(0, len(ids), BATCH):
                with transaction.atomic():
                    for row in model._default_manager.filter(pk__in=ids[start : start + BATCH]).values("pk", *fields):
                        pk = row.pop("pk")
                        model._default_manager.filter(pk=pk).update(**row)
                        count += 1
            self.stdout.write(f"{model._meta.label}: {count} rows re-encrypted")
