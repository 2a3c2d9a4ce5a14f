"""registry history: who ended a tenure and why, when a staff role ended, group departures

Revision ID: 0007_registry_history
Revises: 0006
Create Date: 2026-12-07 14:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import store.types

revision = '0007_registry_history'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('tenures', sa.Column('ended_by', sa.BigInteger(), nullable=True))
    op.add_column('tenures', sa.Column('end_reason', sa.String(length=16), nullable=True))
    op.add_column('staff', sa.Column('ended_at', store.types.UTCDateTime(timezone=True),
                                     nullable=True))
    op.add_column('staff', sa.Column('ended_by', sa.BigInteger(), nullable=True))
    op.create_table('group_departures',
                    sa.Column('chat_id', sa.BigInteger(), nullable=False),
                    sa.Column('tg_user_id', sa.BigInteger(), nullable=False),
                    sa.Column('left_at', store.types.UTCDateTime(timezone=True), nullable=False),
                    sa.PrimaryKeyConstraint('chat_id', 'tg_user_id'))


def downgrade() -> None:
    op.drop_table('group_departures')
    with op.batch_alter_table('staff') as batch:
        batch.drop_column('ended_by')
        batch.drop_column('ended_at')
    with op.batch_alter_table('tenures') as batch:
        batch.drop_column('end_reason')
        batch.drop_column('ended_by')
