"""printed documents

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26

The register of printed, signed documents (what a verification code stands for),
the unit's logo for the kop surat and a pegawai's signature specimen.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('dokumen_cetak',
    sa.Column('kode', sa.String(length=64), nullable=False),
    sa.Column('jenis', sa.Enum('skp', 'evaluasi', 'dokumen-evaluasi', 'rekap', 'penetapan', 'skm', name='jenis_dokumen', native_enum=False, length=24), nullable=False),
    sa.Column('subjek_id', sa.Uuid(), nullable=False),
    sa.Column('subjek_versi', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('situs', sa.String(length=32), nullable=False),
    sa.Column('tanda_tangan', sa.String(length=128), nullable=False),
    sa.Column('ringkasan', sa.JSON(), nullable=False),
    sa.Column('dicetak_oleh', sa.String(length=64), nullable=False),
    sa.Column('dicetak_pada', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dokumen_cetak')),
    sa.UniqueConstraint('kode', name=op.f('uq_dokumen_cetak_kode'))
    )
    with op.batch_alter_table('dokumen_cetak', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dokumen_cetak_subjek_id'), ['subjek_id'], unique=False)
        batch_op.create_index('uq_dokumen_cetak_jenis_subjek_sha', ['jenis', 'subjek_id', 'sha256'], unique=True)

    # Not batch mode: recreating pegawai or unit_kerja would drop tables other rows
    # reference (see 0002). SQLite adds a nullable column with inline REFERENCES.
    for table, column in (("pegawai", "spesimen_ttd_sha256"), ("unit_kerja", "logo_sha256")):
        fk = f"fk_{table}_{column}_berkas"
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE {table} ADD COLUMN {column} VARCHAR(64) "
                       f"CONSTRAINT {fk} REFERENCES berkas (sha256)")
        else:
            op.add_column(table, sa.Column(column, sa.String(length=64), nullable=True))
            op.create_foreign_key(fk, table, "berkas", [column], ["sha256"])



def downgrade() -> None:
    for table, column in (("unit_kerja", "logo_sha256"), ("pegawai", "spesimen_ttd_sha256")):
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        else:
            op.drop_constraint(f"fk_{table}_{column}_berkas", table, type_="foreignkey")
            op.drop_column(table, column)

    with op.batch_alter_table('dokumen_cetak', schema=None) as batch_op:
        batch_op.drop_index('uq_dokumen_cetak_jenis_subjek_sha')
        batch_op.drop_index(batch_op.f('ix_dokumen_cetak_subjek_id'))

    op.drop_table('dokumen_cetak')
