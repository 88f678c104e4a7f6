"""the conflicts a child site decided itself, as its packages list them

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26

Until now a child's package told its parent only how many conflicts it decided; the
province could not see which rows they were about. Each package to the parent now
lists the newest of them, kept here per child and replaced by its next package.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sync_konflik_laporan',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('kanal', sa.String(length=32), nullable=False),
        sa.Column('situs', sa.String(length=32), nullable=False),
        sa.Column('peer_site', sa.String(length=32), nullable=False),
        sa.Column('entity', sa.String(length=64), nullable=False),
        sa.Column('entity_id', sa.Uuid(), nullable=False),
        sa.Column('dasar', sa.String(length=16), nullable=False),
        sa.Column('pemenang', sa.String(length=8), nullable=False),
        sa.Column('situs_menang', sa.String(length=32), nullable=False),
        sa.Column('situs_kalah', sa.String(length=32), nullable=False),
        sa.Column('versi_menang', sa.Integer(), nullable=False),
        sa.Column('versi_kalah', sa.Integer(), nullable=False),
        sa.Column('data_kalah', sa.JSON(), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_konflik_laporan')),
    )
    with op.batch_alter_table('sync_konflik_laporan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_konflik_laporan_kanal'), ['kanal'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_konflik_laporan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_konflik_laporan_kanal'))
    op.drop_table('sync_konflik_laporan')
