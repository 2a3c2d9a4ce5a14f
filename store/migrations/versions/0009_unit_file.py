"""the household file: an index on a unit's tickets by date

Revision ID: 0009_unit_file
Revises: 0008_search
Create Date: 2026-12-07 17:30:00
"""

from __future__ import annotations

from alembic import op

revision = '0009_unit_file'
down_revision = '0008_search'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_tickets_unit', 'tickets', ['unit_id', 'created_at'])


def downgrade() -> None:
    op.drop_index('ix_tickets_unit', table_name='tickets')
