"""laptop assignments and reference rules

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26

A penilai's assessment work handed to a laptop site, so the laptop receives the
penilai's pegawai, SKPs and evaluations and its ratings count as the penilai's; and
a flag that makes the next package to a peer a snapshot; and the rules a parent hands
down (the minimum app version).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_referensi',
    sa.Column('kunci', sa.String(length=64), nullable=False),
    sa.Column('nilai', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('kunci', name=op.f('pk_sync_referensi'))
    )
    # A plain nullable-free column with a server default: no batch copy of the table.
    op.add_column('sync_channel', sa.Column('perlu_snapshot', sa.Boolean(), nullable=False,
                                            server_default=sa.false()))
    op.create_table('penugasan_laptop',
    sa.Column('laptop_site', sa.String(length=32), nullable=False),
    sa.Column('penilai_id', sa.Uuid(), nullable=False),
    sa.Column('tahun', sa.Integer(), nullable=False),
    sa.Column('aktif', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['penilai_id'], ['pegawai.id'],
                            name=op.f('fk_penugasan_laptop_penilai_id_pegawai')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_penugasan_laptop'))
    )
    with op.batch_alter_table('penugasan_laptop', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_penugasan_laptop_laptop_site'), ['laptop_site'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_penugasan_laptop_penilai_id'), ['penilai_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('penugasan_laptop', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_penugasan_laptop_penilai_id'))
        batch_op.drop_index(batch_op.f('ix_penugasan_laptop_laptop_site'))
    op.drop_table('penugasan_laptop')
    op.drop_table('sync_referensi')
    with op.batch_alter_table('sync_channel', schema=None) as batch_op:
        batch_op.drop_column('perlu_snapshot')
