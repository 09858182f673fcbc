"""The store behind one small interface: SQLite by default, PostgreSQL by URL."""

from newsgraph.store.store import DEFAULT_DB, AddResult, Store, database_url

__all__ = ["DEFAULT_DB", "AddResult", "Store", "database_url"]
