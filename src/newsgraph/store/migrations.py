"""Versioned schema migrations, applied in order inside one transaction each.

The store records its version in ``meta.schema_version``. A migration is a
function decorated with ``@migration(N)``; opening a store applies every
migration above the recorded version, so an old store upgrades itself and a
store newer than the code is refused instead of being damaged.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, select, text

from newsgraph.errors import StoreError
from newsgraph.store import schema

Migration = Callable[[Connection], None]
# Key of the PostgreSQL advisory lock held while migrating (any constant unique to newsgraph).
MIGRATION_LOCK = 7_160_523
MIGRATIONS: dict[int, Migration] = {}


def migration(version: int) -> Callable[[Migration], Migration]:
    def register(func: Migration) -> Migration:
        if version in MIGRATIONS:
            raise RuntimeError(f"two migrations claim version {version}")
        MIGRATIONS[version] = func
        return func

    return register


@migration(1)
def create_initial_schema(conn: Connection) -> None:
    schema.metadata.create_all(conn)


def latest_version() -> int:
    return max(MIGRATIONS)


def current_version(conn: Connection) -> int:
    if not conn.dialect.has_table(conn, "meta"):
        return 0
    row = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).first()
    return int(row[0]) if row else 0


def upgrade(conn: Connection) -> int:
    """Bring the schema to the latest version; return the version reached."""
    version = current_version(conn)
    if version > latest_version():
        raise StoreError(
            f"this store has schema version {version}, newer than this newsgraph ({latest_version()}); "
            "upgrade newsgraph to open it"
        )
    for target in sorted(v for v in MIGRATIONS if v > version):
        MIGRATIONS[target](conn)
        if target == 1 and current_version(conn) == 0:
            conn.execute(schema.meta.insert().values(key="schema_version", value=str(target)))
        else:
            conn.execute(
                schema.meta.update().where(schema.meta.c.key == "schema_version").values(value=str(target))
            )
    return latest_version()


def upgrade_locked(conn: Connection) -> int:
    """:func:`upgrade` under the store's write lock, then commit.

    Two processes opening the same new store at once (two ingesters, a web app)
    would otherwise both create the tables; the second one now waits and finds
    them there.
    """
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock, waiting up to busy_timeout
    elif conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
    version = upgrade(conn)
    conn.commit()
    return version
