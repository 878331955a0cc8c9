"""On PostgreSQL, a trigram index over each station's residents' name keys (issue 4: a search within 50 ms).

A name search is `station_id = … AND search_key LIKE '%…%'`; with pg_trgm and btree_gin one GIN index answers
both conditions, so a search reads the few residents whose keys hold the query's trigrams instead of every
resident of the station. SQLite has no such index and scans the station's residents (community scale).
"""

from django.db import migrations

from lianyang.core.postgresql import only_on_postgresql

CREATE = """
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX IF NOT EXISTS resident_station_search_trgm ON people_resident USING gin (station_id, search_key gin_trgm_ops);
"""
DROP = "DROP INDEX IF EXISTS resident_station_search_trgm;"


class Migration(migrations.Migration):
    dependencies = [("people", "0001_initial")]

    operations = [only_on_postgresql(CREATE, DROP)]
