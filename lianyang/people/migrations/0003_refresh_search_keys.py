"""Recompute every resident's search key: the keys now fold Korean romanisations (Lee/Yi/Rhee, Sang-chul/Sangcheol),
so residents saved before would not be found by the other spellings. In batches, only the rows that change.

It calls the current `resident_search_key` on purpose: the key is whatever today's search looks for.
"""

from django.db import migrations

BATCH = 2000


def refresh_search_keys(apps, schema_editor):
    from lianyang.people.services import resident_search_key

    Resident = apps.get_model("people", "Resident")
    changed = []
    fields = ("id", "surname", "given_names", "native_name", "chinese_name", "search_key")
    for resident in Resident.objects.only(*fields).iterator(chunk_size=BATCH):
        key = resident_search_key(resident)
        if key != resident.search_key:
            resident.search_key = key
            changed.append(resident)
        if len(changed) >= BATCH:
            Resident.objects.bulk_update(changed, ["search_key"])
            changed = []
    Resident.objects.bulk_update(changed, ["search_key"])


class Migration(migrations.Migration):
    dependencies = [("people", "0002_resident_search_trigram")]

    operations = [migrations.RunPython(refresh_search_keys, migrations.RunPython.noop, elidable=True)]
