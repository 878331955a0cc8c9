"""The keyed, sealed chain (audit/chain.py): no chain head to lock; events wait unsealed for the worker.

The plain SHA-256 links go; the events stay, unsealed, and the worker's first seal takes them all into the new
chain under the audit key (run `lianyang audit verify` with the previous release before upgrading to check the
old links one last time). On PostgreSQL the append-only trigger now lets exactly one UPDATE through: the seal of
an unsealed event, which sets its place and MAC and changes nothing it records.
"""

from django.conf import settings
from django.db import migrations, models

from lianyang.core.postgresql import only_on_postgresql

ALLOW_ONLY_THE_SEAL = """
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL AND NEW.mac <> ''
       AND (NEW.id, NEW.actor_id, NEW.action, NEW.object_type, NEW.object_id, NEW.station_id, NEW.fields, NEW.ip,
            NEW.created_at)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.actor_id, OLD.action, OLD.object_type, OLD.object_id, OLD.station_id, OLD.fields, OLD.ip,
            OLD.created_at) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit events are append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;
"""
REFUSE_EVERY_CHANGE = """
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit events are append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;
"""


class Migration(migrations.Migration):

    dependencies = [
        ('audit', '0003_object_history_index'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.DeleteModel(
            name='ChainHead',
        ),
        migrations.RemoveField(
            model_name='auditevent',
            name='hash',
        ),
        migrations.RemoveField(
            model_name='auditevent',
            name='previous_hash',
        ),
        migrations.AddField(
            model_name='auditevent',
            name='key_id',
            field=models.CharField(blank=True, max_length=16),
        ),
        migrations.AddField(
            model_name='auditevent',
            name='mac',
            field=models.CharField(blank=True, max_length=64),
        ),
        migrations.AddField(
            model_name='auditevent',
            name='previous_mac',
            field=models.CharField(blank=True, max_length=64),
        ),
        migrations.AddField(
            model_name='auditevent',
            name='seq',
            field=models.BigIntegerField(blank=True, null=True, unique=True),
        ),
        migrations.AddIndex(
            model_name='auditevent',
            index=models.Index(condition=models.Q(('seq__isnull', True)), fields=['id'], name='audit_unsealed_idx'),
        ),
        only_on_postgresql(ALLOW_ONLY_THE_SEAL, REFUSE_EVERY_CHANGE),
    ]
