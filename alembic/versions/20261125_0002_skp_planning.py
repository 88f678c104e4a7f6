"""skp planning

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Unit goals, SKP with RHK/IKI and its workflow log, the period scheme per year,
and the head of each unit (the top of its cascade).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('aturan_periode',
    sa.Column('tahun', sa.Integer(), nullable=False),
    sa.Column('skema', sa.Enum('BULANAN', 'TRIWULANAN', 'SEMESTERAN', name='skema_periode', native_enum=False, length=18), nullable=False),
    sa.Column('batas_penetapan_skp', sa.Date(), nullable=True),
    sa.Column('hari_realisasi', sa.Integer(), nullable=False),
    sa.Column('hari_penilaian', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aturan_periode')),
    sa.UniqueConstraint('tahun', name=op.f('uq_aturan_periode_tahun'))
    )
    op.create_table('sasaran_unit',
    sa.Column('unit_kerja_id', sa.Uuid(), nullable=False),
    sa.Column('tahun', sa.Integer(), nullable=False),
    sa.Column('no_urut', sa.Integer(), nullable=False),
    sa.Column('uraian', sa.Text(), nullable=False),
    sa.Column('indikator', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['unit_kerja_id'], ['unit_kerja.id'], name=op.f('fk_sasaran_unit_unit_kerja_id_unit_kerja')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sasaran_unit'))
    )
    with op.batch_alter_table('sasaran_unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sasaran_unit_unit_kerja_id'), ['unit_kerja_id'], unique=False)
        batch_op.create_index('ix_sasaran_unit_unit_tahun', ['unit_kerja_id', 'tahun'], unique=False)

    op.create_table('skp',
    sa.Column('pegawai_id', sa.Uuid(), nullable=False),
    sa.Column('tahun', sa.Integer(), nullable=False),
    sa.Column('periode_mulai', sa.Date(), nullable=False),
    sa.Column('periode_selesai', sa.Date(), nullable=False),
    sa.Column('unit_kerja_id', sa.Uuid(), nullable=True),
    sa.Column('form_family', sa.Enum('JPT', 'JA_JF', name='form_family', native_enum=False, length=13), nullable=False),
    sa.Column('pendekatan', sa.Enum('KUANTITATIF', 'KUALITATIF', name='pendekatan', native_enum=False, length=19), nullable=False),
    sa.Column('status', sa.Enum('DRAFT', 'DIAJUKAN', 'DITETAPKAN', 'DIGANTIKAN', name='status_skp', native_enum=False, length=18), nullable=False),
    sa.Column('penilai_id', sa.Uuid(), nullable=True),
    sa.Column('atasan_penilai_id', sa.Uuid(), nullable=True),
    sa.Column('penilai_luar', sa.JSON(), nullable=True),
    sa.Column('atasan_penilai_luar', sa.JSON(), nullable=True),
    sa.Column('penilai_sebagai', sa.Text(), nullable=True),
    sa.Column('penilai_alasan', sa.Text(), nullable=True),
    sa.Column('alasan_dikembalikan', sa.Text(), nullable=True),
    sa.Column('ekspektasi', sa.JSON(), nullable=False),
    sa.Column('lampiran', sa.JSON(), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=True),
    sa.Column('tempat_penetapan', sa.String(length=120), nullable=True),
    sa.Column('tanggal_penetapan', sa.Date(), nullable=True),
    sa.Column('revisi_ke', sa.Integer(), nullable=False),
    sa.Column('parent_skp_id', sa.Uuid(), nullable=True),
    sa.Column('ditutup_pada', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['atasan_penilai_id'], ['pegawai.id'], name=op.f('fk_skp_atasan_penilai_id_pegawai')),
    sa.ForeignKeyConstraint(['parent_skp_id'], ['skp.id'], name=op.f('fk_skp_parent_skp_id_skp')),
    sa.ForeignKeyConstraint(['pegawai_id'], ['pegawai.id'], name=op.f('fk_skp_pegawai_id_pegawai')),
    sa.ForeignKeyConstraint(['penilai_id'], ['pegawai.id'], name=op.f('fk_skp_penilai_id_pegawai')),
    sa.ForeignKeyConstraint(['unit_kerja_id'], ['unit_kerja.id'], name=op.f('fk_skp_unit_kerja_id_unit_kerja')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_skp'))
    )
    with op.batch_alter_table('skp', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_skp_pegawai_id'), ['pegawai_id'], unique=False)
        batch_op.create_index('ix_skp_pegawai_tahun', ['pegawai_id', 'tahun'], unique=False)
        batch_op.create_index(batch_op.f('ix_skp_penilai_id'), ['penilai_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_skp_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_skp_tahun'), ['tahun'], unique=False)

    op.create_table('rhk',
    sa.Column('skp_id', sa.Uuid(), nullable=False),
    sa.Column('jenis', sa.Enum('UTAMA', 'TAMBAHAN', name='jenis_rhk', native_enum=False, length=16), nullable=False),
    sa.Column('no_urut', sa.Integer(), nullable=False),
    sa.Column('uraian', sa.Text(), nullable=False),
    sa.Column('intervensi_rhk_id', sa.Uuid(), nullable=True),
    sa.Column('intervensi_sasaran_id', sa.Uuid(), nullable=True),
    sa.Column('intervensi_teks', sa.Text(), nullable=True),
    sa.Column('asal_rhk_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['intervensi_rhk_id'], ['rhk.id'], name=op.f('fk_rhk_intervensi_rhk_id_rhk')),
    sa.ForeignKeyConstraint(['intervensi_sasaran_id'], ['sasaran_unit.id'], name=op.f('fk_rhk_intervensi_sasaran_id_sasaran_unit')),
    sa.ForeignKeyConstraint(['skp_id'], ['skp.id'], name=op.f('fk_rhk_skp_id_skp')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rhk'))
    )
    with op.batch_alter_table('rhk', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rhk_intervensi_rhk_id'), ['intervensi_rhk_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rhk_intervensi_sasaran_id'), ['intervensi_sasaran_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rhk_skp_id'), ['skp_id'], unique=False)

    op.create_table('skp_transisi',
    sa.Column('skp_id', sa.Uuid(), nullable=False),
    sa.Column('aksi', sa.Enum('buat', 'ajukan', 'tetapkan', 'kembalikan', 'revisi', 'gantikan', 'tutup', name='aksi_skp', native_enum=False, length=18), nullable=False),
    sa.Column('dari', sa.Enum('DRAFT', 'DIAJUKAN', 'DITETAPKAN', 'DIGANTIKAN', name='status_skp', native_enum=False, length=18), nullable=True),
    sa.Column('ke', sa.Enum('DRAFT', 'DIAJUKAN', 'DITETAPKAN', 'DIGANTIKAN', name='status_skp', native_enum=False, length=18), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('oleh_pegawai_id', sa.Uuid(), nullable=True),
    sa.Column('atas_nama', sa.String(length=300), nullable=True),
    sa.Column('alasan', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['oleh_pegawai_id'], ['pegawai.id'], name=op.f('fk_skp_transisi_oleh_pegawai_id_pegawai')),
    sa.ForeignKeyConstraint(['skp_id'], ['skp.id'], name=op.f('fk_skp_transisi_skp_id_skp')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_skp_transisi'))
    )
    with op.batch_alter_table('skp_transisi', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_skp_transisi_skp_id'), ['skp_id'], unique=False)

    op.create_table('iki',
    sa.Column('rhk_id', sa.Uuid(), nullable=False),
    sa.Column('no_urut', sa.Integer(), nullable=False),
    sa.Column('uraian', sa.Text(), nullable=False),
    sa.Column('aspek', sa.Enum('KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA', name='aspek', native_enum=False, length=17), nullable=True),
    sa.Column('target_nilai', sa.String(length=40), nullable=True),
    sa.Column('target_satuan', sa.String(length=80), nullable=True),
    sa.Column('target_teks', sa.Text(), nullable=True),
    sa.Column('perspektif', sa.Enum('PENERIMA_LAYANAN', 'PROSES_BISNIS', 'PENGUATAN_INTERNAL', 'ANGGARAN', name='perspektif', native_enum=False, length=26), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['rhk_id'], ['rhk.id'], name=op.f('fk_iki_rhk_id_rhk')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_iki'))
    )
    with op.batch_alter_table('iki', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_iki_rhk_id'), ['rhk_id'], unique=False)

    # Not batch mode: recreating unit_kerja would mean dropping a table that pegawai
    # rows reference, which SQLite refuses with foreign keys on. SQLite can add a
    # nullable column with an inline REFERENCES clause instead.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE unit_kerja ADD COLUMN kepala_id CHAR(32) "
            "CONSTRAINT fk_unit_kerja_kepala_id_pegawai REFERENCES pegawai (id)"
        )
    else:
        op.add_column('unit_kerja', sa.Column('kepala_id', sa.Uuid(), nullable=True))
        op.create_foreign_key(op.f('fk_unit_kerja_kepala_id_pegawai'), 'unit_kerja', 'pegawai',
                              ['kepala_id'], ['id'])
    op.create_index(op.f('ix_unit_kerja_kepala_id'), 'unit_kerja', ['kepala_id'], unique=False)



def downgrade() -> None:
    op.drop_index(op.f('ix_unit_kerja_kepala_id'), table_name='unit_kerja')
    if op.get_bind().dialect.name == "sqlite":
        # SQLite ≥ 3.35 drops a column whose only constraint is its own REFERENCES.
        op.execute("ALTER TABLE unit_kerja DROP COLUMN kepala_id")
    else:
        op.drop_constraint(op.f('fk_unit_kerja_kepala_id_pegawai'), 'unit_kerja',
                           type_='foreignkey')
        op.drop_column('unit_kerja', 'kepala_id')

    with op.batch_alter_table('iki', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_iki_rhk_id'))

    op.drop_table('iki')
    with op.batch_alter_table('skp_transisi', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_skp_transisi_skp_id'))

    op.drop_table('skp_transisi')
    with op.batch_alter_table('rhk', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rhk_skp_id'))
        batch_op.drop_index(batch_op.f('ix_rhk_intervensi_sasaran_id'))
        batch_op.drop_index(batch_op.f('ix_rhk_intervensi_rhk_id'))

    op.drop_table('rhk')
    with op.batch_alter_table('skp', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_skp_tahun'))
        batch_op.drop_index(batch_op.f('ix_skp_status'))
        batch_op.drop_index(batch_op.f('ix_skp_penilai_id'))
        batch_op.drop_index('ix_skp_pegawai_tahun')
        batch_op.drop_index(batch_op.f('ix_skp_pegawai_id'))

    op.drop_table('skp')
    with op.batch_alter_table('sasaran_unit', schema=None) as batch_op:
        batch_op.drop_index('ix_sasaran_unit_unit_tahun')
        batch_op.drop_index(batch_op.f('ix_sasaran_unit_unit_kerja_id'))

    op.drop_table('sasaran_unit')
    op.drop_table('aturan_periode')
