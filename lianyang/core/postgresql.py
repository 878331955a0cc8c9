"""Migration steps that exist only on PostgreSQL (triggers, extensions, special indexes); SQLite skips them."""

from django.db import migrations


def only_on_postgresql(forwards: str, backwards: str) -> migrations.RunPython:
    def run(sql):
        def step(apps, schema_editor):
            if schema_editor.connection.vendor == "postgresql":
                schema_editor.execute(sql, params=None)

        return step

    return migrations.RunPython(run(forwards), run(backwards))
