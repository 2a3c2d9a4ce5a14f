"""move-in services: the inspection checklist by room, the entrusted errands (委託代辦)

Revision ID: 0015_move_in_services
Revises: 0014_reports
Create Date: 2026-12-08 00:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import store.types

revision = '0015_move_in_services'
down_revision = '0014_reports'
branch_labels = None
depends_on = None

BIGID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table('move_in_checks',
    sa.Column('move_in_id', BIGID, nullable=False),
    sa.Column('room', sa.String(length=24), nullable=False),
    sa.Column('item', sa.String(length=40), nullable=False),
    sa.Column('result', sa.String(length=16), nullable=False),
    sa.Column('at', store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('ticket_id', BIGID, nullable=True),
    sa.ForeignKeyConstraint(['move_in_id'], ['move_ins.id'], name=op.f('fk_move_in_checks_move_in_id_move_ins'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_move_in_checks_ticket_id_tickets'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('move_in_id', 'room', 'item', name=op.f('pk_move_in_checks'))
    )
    op.create_table('move_in_errands',
    sa.Column('id', BIGID, nullable=False),
    sa.Column('move_in_id', BIGID, nullable=False),
    sa.Column('item', sa.String(length=40), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('asked_at', store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('asked_by', BIGID, nullable=False),
    sa.Column('done_at', store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('done_by', BIGID, nullable=True),
    sa.Column('done_note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['asked_by'], ['people.id'], name=op.f('fk_move_in_errands_asked_by_people'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['done_by'], ['people.id'], name=op.f('fk_move_in_errands_done_by_people'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['move_in_id'], ['move_ins.id'], name=op.f('fk_move_in_errands_move_in_id_move_ins'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_move_in_errands'))
    )
    with op.batch_alter_table('move_in_errands', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_move_in_errands_move_in_id'), ['move_in_id'], unique=False)
        batch_op.create_index('ix_move_in_errands_status', ['status'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('move_in_errands', schema=None) as batch_op:
        batch_op.drop_index('ix_move_in_errands_status')
        batch_op.drop_index(batch_op.f('ix_move_in_errands_move_in_id'))

    op.drop_table('move_in_errands')
    op.drop_table('move_in_checks')
