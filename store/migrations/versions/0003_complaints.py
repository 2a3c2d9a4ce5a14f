"""complaints: department, first reply and linked repair on tickets; weekly-report index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 17:24:08.258356
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import store.types

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite rebuilds the table for the foreign key (batch mode); nothing else changes.
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('department', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('replied_at', store.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('linked_ticket_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True))
        batch_op.create_index('ix_tickets_estate_kind_created', ['estate_id', 'kind', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_tickets_linked_ticket_id'), ['linked_ticket_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_tickets_linked_ticket_id_tickets'), 'tickets', ['linked_ticket_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_tickets_linked_ticket_id_tickets'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_tickets_linked_ticket_id'))
        batch_op.drop_index('ix_tickets_estate_kind_created')
        batch_op.drop_column('linked_ticket_id')
        batch_op.drop_column('replied_at')
        batch_op.drop_column('department')
