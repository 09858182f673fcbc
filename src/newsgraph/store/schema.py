"""The store's tables, in SQLAlchemy Core so SQLite and PostgreSQL share one schema.

Documents and their per-document analyses are the durable record; the
resolved tables (entities, events, quotes, ...) are derived from them and are
replaced as a whole, in one transaction, after each build. Rich fields are JSON
so the model can grow without a migration per field; columns that views filter
or sort on are real columns.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("content_hash", String(40), nullable=False, unique=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("outlet", String(200)),
    Column("author", String(200)),
    Column("published", String(10), index=True),
    Column("published_basis", String(16), nullable=False, default="unknown"),
    Column("language", String(8)),
    Column("text", Text, nullable=False),
    Column("data", JSON, nullable=False),  # the whole Document.to_dict()
    Column("seq", Integer, nullable=False, index=True),  # ingest order, for stable listings
)

document_sources = Table(
    "document_sources",
    metadata,
    Column("doc_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("source", Text, nullable=False),
    UniqueConstraint("doc_id", "source", name="uq_document_source"),
)

signatures = Table(
    "signatures",
    metadata,
    Column("doc_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("minhash", LargeBinary, nullable=False),
)

analyses = Table(
    "analyses",
    metadata,
    Column("doc_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("version", String(32), nullable=False),
    Column("data", JSON, nullable=False),
)

entities = Table(
    "entities",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("name", Text, nullable=False, index=True),
    Column("type", String(16), nullable=False, index=True),
    Column("type_confidence", Float),
    Column("mention_count", Integer, nullable=False),
    Column("data", JSON, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("type", String(16), nullable=False, index=True),
    Column("date", String(10), index=True),
    Column("source_count", Integer, nullable=False),
    Column("data", JSON, nullable=False),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("doc_id", String(32), nullable=False, index=True),
    Column("speaker", String(32), index=True),
    Column("text", Text, nullable=False),
    Column("data", JSON, nullable=False),
)

claims = Table(
    "claims",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("doc_id", String(32), nullable=False, index=True),
    Column("speaker", String(32), index=True),
    Column("data", JSON, nullable=False),
)

stories = Table(
    "stories",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("title", Text, nullable=False),
    Column("data", JSON, nullable=False),
)

findings = Table(  # disputes and coverage: small, whole-corpus results
    "findings",
    metadata,
    Column("kind", String(32), primary_key=True),
    Column("data", JSON, nullable=False),
)

RESOLVED_TABLES = (entities, events, quotes, claims, stories, findings)
