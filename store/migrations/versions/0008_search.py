"""staff search: folded text per ticket and person, trigram indexes, remembered queries

Revision ID: 0008_search
Revises: 0007_registry_history
Create Date: 2026-12-07 17:40:00

SQLite: FTS5 tables with the trigram tokenizer over the folded text (external content,
kept in step by triggers on the index tables). PostgreSQL: pg_trgm GIN indexes. Existing
tickets and people are indexed here (the folding is Python: domain.search).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import store.types

revision = '0008_search'
down_revision = '0007_registry_history'
branch_labels = None
depends_on = None

_FTS = {"ticket_search": "ticket_id", "person_search": "person_id"}
# External-content FTS5 tables kept in step with their index table by triggers.
_SQLITE = (
    "CREATE VIRTUAL TABLE NAME_fts USING fts5(body, content='NAME', content_rowid='KEY', "
    "tokenize='trigram')",
    "CREATE TRIGGER NAME_ai AFTER INSERT ON NAME BEGIN "
    "INSERT INTO NAME_fts(rowid, body) VALUES (new.KEY, new.body); END",
    "CREATE TRIGGER NAME_ad AFTER DELETE ON NAME BEGIN "
    "INSERT INTO NAME_fts(NAME_fts, rowid, body) VALUES ('delete', old.KEY, old.body); END",
    "CREATE TRIGGER NAME_au AFTER UPDATE ON NAME BEGIN "
    "INSERT INTO NAME_fts(NAME_fts, rowid, body) VALUES ('delete', old.KEY, old.body); "
    "INSERT INTO NAME_fts(rowid, body) VALUES (new.KEY, new.body); END",
)


def upgrade() -> None:
    bigid = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
    op.create_table('ticket_search',
                    sa.Column('ticket_id', bigid, autoincrement=False, nullable=False),
                    sa.Column('estate_id', sa.BigInteger(), nullable=False),
                    sa.Column('kind', sa.String(length=16), nullable=False),
                    sa.Column('trade', sa.String(length=16), nullable=True),
                    sa.Column('unit_id', sa.BigInteger(), nullable=True),
                    sa.Column('body', sa.Text(), nullable=False),
                    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'],
                                            name=op.f('fk_ticket_search_ticket_id_tickets'),
                                            ondelete='CASCADE'),
                    sa.PrimaryKeyConstraint('ticket_id', name=op.f('pk_ticket_search')))
    op.create_index('ix_ticket_search_unit', 'ticket_search', ['unit_id', 'ticket_id'])
    op.create_table('person_search',
                    sa.Column('person_id', bigid, autoincrement=False, nullable=False),
                    sa.Column('body', sa.Text(), nullable=False),
                    sa.ForeignKeyConstraint(['person_id'], ['people.id'],
                                            name=op.f('fk_person_search_person_id_people'),
                                            ondelete='CASCADE'),
                    sa.PrimaryKeyConstraint('person_id', name=op.f('pk_person_search')))
    op.create_table('searches',
                    sa.Column('id', bigid, nullable=False),
                    sa.Column('person_id', bigid, nullable=False),
                    sa.Column('text', sa.String(length=200), nullable=False),
                    sa.Column('created_at', store.types.UTCDateTime(timezone=True),
                              nullable=False),
                    sa.ForeignKeyConstraint(['person_id'], ['people.id'],
                                            name=op.f('fk_searches_person_id_people'),
                                            ondelete='CASCADE'),
                    sa.PrimaryKeyConstraint('id', name=op.f('pk_searches')))
    if op.get_bind().dialect.name == "sqlite":
        for name, key in _FTS.items():
            for statement in _SQLITE:
                op.execute(statement.replace("NAME", name).replace("KEY", key))
    else:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for name in _FTS:
            op.execute(f"CREATE INDEX ix_{name}_trgm ON {name} USING gin (body gin_trgm_ops)")
    _backfill()


def _backfill() -> None:
    from domain.search import person_body, ticket_body

    bind = op.get_bind()
    people = bind.execute(sa.text("SELECT id, name, phone FROM people")).all()
    if people:
        bind.execute(sa.text("INSERT INTO person_search (person_id, body) VALUES (:i, :b)"),
                     [{"i": p.id, "b": person_body(p.name, p.phone)} for p in people])
    tickets = bind.execute(sa.text(
        "SELECT t.id, t.number, t.kind, t.estate_id, t.trade, t.unit_id, t.location, "
        "t.description, b.code || '-' || u.number AS label, r.works_text FROM tickets t "
        "LEFT JOIN units u ON u.id = t.unit_id LEFT JOIN buildings b ON b.id = u.building_id "
        "LEFT JOIN renovations r ON r.ticket_id = t.id")).all()
    if tickets:
        bind.execute(sa.text(
            "INSERT INTO ticket_search (ticket_id, estate_id, kind, trade, unit_id, body) "
            "VALUES (:i, :e, :k, :t, :u, :b)"),
            [{"i": t.id, "e": t.estate_id, "k": t.kind, "t": t.trade, "u": t.unit_id,
              "b": ticket_body(t.number, t.description, unit=t.label, location=t.location,
                               works=t.works_text)} for t in tickets])


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _FTS:
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {name}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {name}_fts")
    op.drop_table('searches')
    op.drop_table('person_search')
    op.drop_index('ix_ticket_search_unit', table_name='ticket_search')
    op.drop_table('ticket_search')
