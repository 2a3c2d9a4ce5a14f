"""monthly management reports: made on the 1st, marked sent by a manager

Revision ID: 0014_reports
Revises: 0013_spot_checks
Create Date: 2026-12-08 00:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import store.types

revision = '0014_reports'
down_revision = '0013_spot_checks'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('monthly_reports',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('estate_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('made_at', store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('sent_at', store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('sent_by', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['estate_id'], ['estates.id'], name=op.f('fk_monthly_reports_estate_id_estates'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_monthly_reports')),
    sa.UniqueConstraint('estate_id', 'month', name=op.f('uq_monthly_reports_estate_id_month'))
    )


def downgrade() -> None:
    op.drop_table('monthly_reports')
