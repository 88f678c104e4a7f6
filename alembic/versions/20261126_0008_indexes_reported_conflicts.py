"""drop the indexes a longer index already covers; conflicts a child reports

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26

Each of these single-column indexes is the first column of a unique or composite
index on the same table, which serves the same lookups. Every one costs a write per
row, and for the province merging a year of many offices' realisasi and evaluations
that is a third of the index work for nothing.

And the number of conflicts a child site recorded itself (it decided them before the
row reached here), as its packages report it, for the status per office.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# (table, index, column): covered by the table's index starting with the same column.
COVERED = (
    ('sasaran_unit', 'ix_sasaran_unit_unit_kerja_id', 'unit_kerja_id'),
    ('skp', 'ix_skp_pegawai_id', 'pegawai_id'),
    ('evaluasi_periode', 'ix_evaluasi_periode_skp_id', 'skp_id'),
    ('realisasi_iki', 'ix_realisasi_iki_evaluasi_id', 'evaluasi_id'),
    ('predikat_organisasi', 'ix_predikat_organisasi_unit_kerja_id', 'unit_kerja_id'),
    ('survei_skm', 'ix_survei_skm_unit_kerja_id', 'unit_kerja_id'),
    ('evaluasi_kompetensi', 'ix_evaluasi_kompetensi_pegawai_id', 'pegawai_id'),
    ('rapat_evaluasi', 'ix_rapat_evaluasi_unit_kerja_id', 'unit_kerja_id'),
)


def upgrade() -> None:
    for table, index, _column in COVERED:
        op.drop_index(index, table_name=table)
    # With a server default: no batch copy of the table.
    op.add_column('sync_channel', sa.Column('konflik_dilaporkan', sa.Integer(),
                                            nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('sync_channel', schema=None) as batch_op:
        batch_op.drop_column('konflik_dilaporkan')
    for table, index, column in COVERED:
        op.create_index(index, table, [column], unique=False)
