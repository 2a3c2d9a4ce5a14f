"""announcements

Revision ID: 0016_announcements
Revises: 0015_move_in_services
Create Date: 2026-12-08 00:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import store.types

revision = '0016_announcements'
down_revision = '0015_move_in_services'
branch_labels = None
depends_on = None

BIG = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table('announcements',
    sa.Column('id', BIG, nullable=False),
    sa.Column('estate_id', BIG, nullable=False),
    sa.Column('author_id', BIG, nullable=True),
    sa.Column('texts', store.types.JSONText(), nullable=False),
    sa.Column('files', store.types.JSONText(), nullable=False),
    sa.Column('audience', store.types.JSONText(), nullable=False),
    sa.Column('urgent', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('send_at', store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_at', store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('started_at', store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('queued_at', store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('reminded_at', store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('reminded_by', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['author_id'], ['people.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['estate_id'], ['estates.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_announcements_status', 'announcements', ['status', 'send_at'])
    op.create_table('announcement_recipients',
    sa.Column('id', BIG, nullable=False),
    sa.Column('announcement_id', BIG, nullable=False),
    sa.Column('person_id', BIG, nullable=False),
    sa.Column('unit_id', BIG, nullable=False),
    sa.Column('building', sa.String(length=16), nullable=False),
    sa.Column('ref', sa.String(length=100), nullable=False),
    sa.Column('queued_at', store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('read_at', store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('reminded_at', store.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['announcement_id'], ['announcements.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('announcement_id', 'person_id'))
    op.create_index('ix_announcement_recipients_queue', 'announcement_recipients',
                    ['announcement_id', 'queued_at'])
    with op.batch_alter_table('outbox') as batch:
        batch.add_column(sa.Column('lane', sa.Integer(), server_default='0', nullable=False))
    op.create_index('ix_outbox_ref', 'outbox', ['ref'])


def downgrade() -> None:
    op.drop_index('ix_outbox_ref', table_name='outbox')
    with op.batch_alter_table('outbox') as batch:
        batch.drop_column('lane')
    op.drop_index('ix_announcement_recipients_queue', table_name='announcement_recipients')
    op.drop_table('announcement_recipients')
    op.drop_index('ix_announcements_status', table_name='announcements')
    op.drop_table('announcements')
