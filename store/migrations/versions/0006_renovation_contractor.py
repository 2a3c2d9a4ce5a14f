"""renovations.contractor_person_id: the contractor's contact, linked with a code

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 14:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('renovations') as batch:
        batch.add_column(sa.Column('contractor_person_id',
                                   sa.BigInteger().with_variant(sa.Integer(), 'sqlite'),
                                   nullable=True))
        batch.create_foreign_key('fk_renovations_contractor_person_id_people', 'people',
                                 ['contractor_person_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('renovations') as batch:
        batch.drop_constraint('fk_renovations_contractor_person_id_people', type_='foreignkey')
        batch.drop_column('contractor_person_id')
