"""The performance harness: builds a scale on PostgreSQL and measures each key page against its floor."""
