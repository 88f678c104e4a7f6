"""tindak lanjut, skm, rapat evaluasi

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

Follow-up and unit-level assessment: the capaian kinerja organisasi per unit and
period (predikat_organisasi), survei SKM, evaluasi kompetensi (form B.1.9) with
its nilai, the office's tunjangan table, and the rapat evaluasi record.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('tunjangan_persen',
    sa.Column('tahun', sa.Integer(), nullable=False),
    sa.Column('predikat', sa.Enum('SANGAT BAIK', 'BAIK', 'BUTUH PERBAIKAN', 'KURANG', 'SANGAT KURANG', name='predikat', native_enum=False, length=23), nullable=False),
    sa.Column('persen', sa.String(length=20), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tunjangan_persen'))
    )
    with op.batch_alter_table('tunjangan_persen', schema=None) as batch_op:
        batch_op.create_index('uq_tunjangan_persen_tahun_predikat', ['tahun', 'predikat'], unique=True)

    op.create_table('rapat_evaluasi',
    sa.Column('unit_kerja_id', sa.Uuid(), nullable=False),
    sa.Column('periode_key', sa.String(length=20), nullable=False),
    sa.Column('tanggal', sa.Date(), nullable=False),
    sa.Column('tempat', sa.String(length=200), nullable=True),
    sa.Column('pimpinan', sa.String(length=200), nullable=True),
    sa.Column('peserta', sa.JSON(), nullable=False),
    sa.Column('kesimpulan', sa.Text(), nullable=False),
    sa.Column('tindak_lanjut', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['unit_kerja_id'], ['unit_kerja.id'], name=op.f('fk_rapat_evaluasi_unit_kerja_id_unit_kerja')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rapat_evaluasi'))
    )
    with op.batch_alter_table('rapat_evaluasi', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rapat_evaluasi_unit_kerja_id'), ['unit_kerja_id'], unique=False)
        batch_op.create_index('uq_rapat_evaluasi_unit_periode', ['unit_kerja_id', 'periode_key'], unique=True)

    op.create_table('survei_skm',
    sa.Column('unit_kerja_id', sa.Uuid(), nullable=False),
    sa.Column('periode_key', sa.String(length=20), nullable=False),
    sa.Column('layanan', sa.String(length=200), nullable=False),
    sa.Column('sumber', sa.Enum('RESPONS', 'NRR', name='sumber_skm', native_enum=False, length=15), nullable=False),
    sa.Column('bobot', sa.Enum('TEPAT', 'PEDOMAN', name='bobot_unsur', native_enum=False, length=15), nullable=False),
    sa.Column('jumlah_responden', sa.Integer(), nullable=True),
    sa.Column('nrr', sa.JSON(), nullable=False),
    sa.Column('berkas_sha256', sa.String(length=64), nullable=True),
    sa.Column('nama_file', sa.String(length=255), nullable=True),
    sa.Column('keterangan', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['berkas_sha256'], ['berkas.sha256'], name=op.f('fk_survei_skm_berkas_sha256_berkas')),
    sa.ForeignKeyConstraint(['unit_kerja_id'], ['unit_kerja.id'], name=op.f('fk_survei_skm_unit_kerja_id_unit_kerja')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survei_skm'))
    )
    with op.batch_alter_table('survei_skm', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survei_skm_unit_kerja_id'), ['unit_kerja_id'], unique=False)
        batch_op.create_index('uq_survei_skm_unit_periode_layanan', ['unit_kerja_id', 'periode_key', 'layanan'], unique=True)

    op.create_table('evaluasi_kompetensi',
    sa.Column('pegawai_id', sa.Uuid(), nullable=False),
    sa.Column('tahun', sa.Integer(), nullable=False),
    sa.Column('penilai_id', sa.Uuid(), nullable=True),
    sa.Column('tanggal', sa.Date(), nullable=False),
    sa.Column('catatan', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['pegawai_id'], ['pegawai.id'], name=op.f('fk_evaluasi_kompetensi_pegawai_id_pegawai')),
    sa.ForeignKeyConstraint(['penilai_id'], ['pegawai.id'], name=op.f('fk_evaluasi_kompetensi_penilai_id_pegawai')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluasi_kompetensi'))
    )
    with op.batch_alter_table('evaluasi_kompetensi', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluasi_kompetensi_pegawai_id'), ['pegawai_id'], unique=False)
        batch_op.create_index('uq_evaluasi_kompetensi_pegawai_tahun', ['pegawai_id', 'tahun'], unique=True)

    op.create_table('predikat_organisasi',
    sa.Column('unit_kerja_id', sa.Uuid(), nullable=False),
    sa.Column('periode_key', sa.String(length=20), nullable=False),
    sa.Column('predikat', sa.Enum('ISTIMEWA', 'BAIK', 'BUTUH PERBAIKAN', 'KURANG', 'SANGAT KURANG', name='predikat_organisasi', native_enum=False, length=23), nullable=False),
    sa.Column('ditetapkan_oleh', sa.String(length=64), nullable=False),
    sa.Column('tanggal', sa.Date(), nullable=False),
    sa.Column('catatan', sa.Text(), nullable=True),
    sa.Column('survei_skm_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['survei_skm_id'], ['survei_skm.id'], name=op.f('fk_predikat_organisasi_survei_skm_id_survei_skm')),
    sa.ForeignKeyConstraint(['unit_kerja_id'], ['unit_kerja.id'], name=op.f('fk_predikat_organisasi_unit_kerja_id_unit_kerja')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_predikat_organisasi'))
    )
    with op.batch_alter_table('predikat_organisasi', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_predikat_organisasi_unit_kerja_id'), ['unit_kerja_id'], unique=False)
        batch_op.create_index('uq_predikat_organisasi_unit_periode', ['unit_kerja_id', 'periode_key'], unique=True)

    op.create_table('nilai_kompetensi',
    sa.Column('evaluasi_kompetensi_id', sa.Uuid(), nullable=False),
    sa.Column('no_urut', sa.Integer(), nullable=False),
    sa.Column('jenis', sa.Enum('TEKNIS', 'MANAJERIAL', 'SOSIAL KULTURAL', name='jenis_kompetensi', native_enum=False, length=23), nullable=False),
    sa.Column('nama', sa.String(length=200), nullable=False),
    sa.Column('standar', sa.Integer(), nullable=False),
    sa.Column('nilai', sa.Integer(), nullable=False),
    sa.Column('catatan', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['evaluasi_kompetensi_id'], ['evaluasi_kompetensi.id'], name=op.f('fk_nilai_kompetensi_evaluasi_kompetensi_id_evaluasi_kompetensi')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_nilai_kompetensi'))
    )
    with op.batch_alter_table('nilai_kompetensi', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_nilai_kompetensi_evaluasi_kompetensi_id'), ['evaluasi_kompetensi_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('nilai_kompetensi', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_nilai_kompetensi_evaluasi_kompetensi_id'))

    op.drop_table('nilai_kompetensi')
    with op.batch_alter_table('predikat_organisasi', schema=None) as batch_op:
        batch_op.drop_index('uq_predikat_organisasi_unit_periode')
        batch_op.drop_index(batch_op.f('ix_predikat_organisasi_unit_kerja_id'))

    op.drop_table('predikat_organisasi')
    with op.batch_alter_table('evaluasi_kompetensi', schema=None) as batch_op:
        batch_op.drop_index('uq_evaluasi_kompetensi_pegawai_tahun')
        batch_op.drop_index(batch_op.f('ix_evaluasi_kompetensi_pegawai_id'))

    op.drop_table('evaluasi_kompetensi')
    with op.batch_alter_table('survei_skm', schema=None) as batch_op:
        batch_op.drop_index('uq_survei_skm_unit_periode_layanan')
        batch_op.drop_index(batch_op.f('ix_survei_skm_unit_kerja_id'))

    op.drop_table('survei_skm')
    with op.batch_alter_table('rapat_evaluasi', schema=None) as batch_op:
        batch_op.drop_index('uq_rapat_evaluasi_unit_periode')
        batch_op.drop_index(batch_op.f('ix_rapat_evaluasi_unit_kerja_id'))

    op.drop_table('rapat_evaluasi')
    with op.batch_alter_table('tunjangan_persen', schema=None) as batch_op:
        batch_op.drop_index('uq_tunjangan_persen_tahun_predikat')

    op.drop_table('tunjangan_persen')
