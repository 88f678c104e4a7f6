"""assessment

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

Assessment per period: evaluasi_periode (ratings, predikat and its override),
realisasi_iki with bukti_dukung, attachments by SHA-256 (berkas), umpan balik and
the phrase library.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('berkas',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('ukuran', sa.Integer(), nullable=False),
    sa.Column('mime', sa.String(length=120), nullable=True),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_berkas'))
    )
    op.create_table('frasa_umpan_balik',
    sa.Column('core_value', sa.Integer(), nullable=True),
    sa.Column('teks', sa.Text(), nullable=False),
    sa.Column('no_urut', sa.Integer(), nullable=False),
    sa.Column('aktif', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_frasa_umpan_balik'))
    )
    op.create_table('evaluasi_periode',
    sa.Column('skp_id', sa.Uuid(), nullable=False),
    sa.Column('periode_key', sa.String(length=20), nullable=False),
    sa.Column('mulai', sa.Date(), nullable=False),
    sa.Column('selesai', sa.Date(), nullable=False),
    sa.Column('status', sa.Enum('BELUM_DIISI', 'REALISASI_DIISI', 'DIAJUKAN', 'DINILAI', 'DITUTUP', name='status_evaluasi', native_enum=False, length=23), nullable=False),
    sa.Column('rating_hasil_kerja', sa.Enum('DI ATAS EKSPEKTASI', 'SESUAI EKSPEKTASI', 'DI BAWAH EKSPEKTASI', name='rating', native_enum=False, length=27), nullable=True),
    sa.Column('rating_perilaku', sa.Enum('DI ATAS EKSPEKTASI', 'SESUAI EKSPEKTASI', 'DI BAWAH EKSPEKTASI', name='rating', native_enum=False, length=27), nullable=True),
    sa.Column('predikat_matriks', sa.Enum('SANGAT BAIK', 'BAIK', 'BUTUH PERBAIKAN', 'KURANG', 'SANGAT KURANG', name='predikat', native_enum=False, length=23), nullable=True),
    sa.Column('predikat', sa.Enum('SANGAT BAIK', 'BAIK', 'BUTUH PERBAIKAN', 'KURANG', 'SANGAT KURANG', name='predikat', native_enum=False, length=23), nullable=True),
    sa.Column('alasan_override', sa.Text(), nullable=True),
    sa.Column('capaian_organisasi', sa.Enum('ISTIMEWA', 'BAIK', 'BUTUH PERBAIKAN', 'KURANG', 'SANGAT KURANG', name='predikat_organisasi', native_enum=False, length=23), nullable=True),
    sa.Column('catatan_rekomendasi', sa.Text(), nullable=True),
    sa.Column('penilai_id', sa.Uuid(), nullable=True),
    sa.Column('atasan_penilai_id', sa.Uuid(), nullable=True),
    sa.Column('tanggal_penilaian', sa.Date(), nullable=True),
    sa.Column('alasan_dikembalikan', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['atasan_penilai_id'], ['pegawai.id'], name=op.f('fk_evaluasi_periode_atasan_penilai_id_pegawai')),
    sa.ForeignKeyConstraint(['penilai_id'], ['pegawai.id'], name=op.f('fk_evaluasi_periode_penilai_id_pegawai')),
    sa.ForeignKeyConstraint(['skp_id'], ['skp.id'], name=op.f('fk_evaluasi_periode_skp_id_skp')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluasi_periode'))
    )
    with op.batch_alter_table('evaluasi_periode', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluasi_periode_skp_id'), ['skp_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evaluasi_periode_status'), ['status'], unique=False)
        batch_op.create_index('uq_evaluasi_periode_skp_periode', ['skp_id', 'periode_key'], unique=True)

    op.create_table('umpan_balik',
    sa.Column('evaluasi_id', sa.Uuid(), nullable=False),
    sa.Column('rhk_id', sa.Uuid(), nullable=True),
    sa.Column('core_value', sa.Integer(), nullable=True),
    sa.Column('teks', sa.Text(), nullable=False),
    sa.Column('oleh_pegawai_id', sa.Uuid(), nullable=True),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['evaluasi_id'], ['evaluasi_periode.id'], name=op.f('fk_umpan_balik_evaluasi_id_evaluasi_periode')),
    sa.ForeignKeyConstraint(['oleh_pegawai_id'], ['pegawai.id'], name=op.f('fk_umpan_balik_oleh_pegawai_id_pegawai')),
    sa.ForeignKeyConstraint(['rhk_id'], ['rhk.id'], name=op.f('fk_umpan_balik_rhk_id_rhk')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_umpan_balik'))
    )
    with op.batch_alter_table('umpan_balik', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_umpan_balik_evaluasi_id'), ['evaluasi_id'], unique=False)

    op.create_table('realisasi_iki',
    sa.Column('evaluasi_id', sa.Uuid(), nullable=False),
    sa.Column('iki_id', sa.Uuid(), nullable=False),
    sa.Column('realisasi_nilai', sa.String(length=40), nullable=True),
    sa.Column('realisasi_teks', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['evaluasi_id'], ['evaluasi_periode.id'], name=op.f('fk_realisasi_iki_evaluasi_id_evaluasi_periode')),
    sa.ForeignKeyConstraint(['iki_id'], ['iki.id'], name=op.f('fk_realisasi_iki_iki_id_iki')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_realisasi_iki'))
    )
    with op.batch_alter_table('realisasi_iki', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_realisasi_iki_evaluasi_id'), ['evaluasi_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_realisasi_iki_iki_id'), ['iki_id'], unique=False)
        batch_op.create_index('uq_realisasi_iki_evaluasi_iki', ['evaluasi_id', 'iki_id'], unique=True)

    op.create_table('bukti_dukung',
    sa.Column('realisasi_id', sa.Uuid(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=True),
    sa.Column('nama_file', sa.String(length=255), nullable=True),
    sa.Column('tautan', sa.Text(), nullable=True),
    sa.Column('keterangan', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['realisasi_id'], ['realisasi_iki.id'], name=op.f('fk_bukti_dukung_realisasi_id_realisasi_iki')),
    sa.ForeignKeyConstraint(['sha256'], ['berkas.sha256'], name=op.f('fk_bukti_dukung_sha256_berkas')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bukti_dukung'))
    )
    with op.batch_alter_table('bukti_dukung', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bukti_dukung_realisasi_id'), ['realisasi_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('bukti_dukung', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bukti_dukung_realisasi_id'))

    op.drop_table('bukti_dukung')
    with op.batch_alter_table('realisasi_iki', schema=None) as batch_op:
        batch_op.drop_index('uq_realisasi_iki_evaluasi_iki')
        batch_op.drop_index(batch_op.f('ix_realisasi_iki_iki_id'))
        batch_op.drop_index(batch_op.f('ix_realisasi_iki_evaluasi_id'))

    op.drop_table('realisasi_iki')
    with op.batch_alter_table('umpan_balik', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_umpan_balik_evaluasi_id'))

    op.drop_table('umpan_balik')
    with op.batch_alter_table('evaluasi_periode', schema=None) as batch_op:
        batch_op.drop_index('uq_evaluasi_periode_skp_periode')
        batch_op.drop_index(batch_op.f('ix_evaluasi_periode_status'))
        batch_op.drop_index(batch_op.f('ix_evaluasi_periode_skp_id'))

    op.drop_table('evaluasi_periode')
    op.drop_table('frasa_umpan_balik')
    op.drop_table('berkas')
