"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=True),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    op.create_table('jabatan',
    sa.Column('kunci', sa.String(length=400), nullable=False),
    sa.Column('nama', sa.String(length=300), nullable=False),
    sa.Column('kategori', sa.Enum('JPT Utama', 'JPT Madya', 'JPT Pratama', 'Administrator', 'Pengawas', 'Pelaksana', 'Fungsional', name='kategori', native_enum=False, length=21), nullable=False),
    sa.Column('jenjang', sa.Enum('Ahli Pertama', 'Ahli Muda', 'Ahli Madya', 'Ahli Utama', 'Pemula', 'Terampil', 'Mahir', 'Penyelia', name='jenjang', native_enum=False, length=20), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_jabatan')),
    sa.UniqueConstraint('kunci', name=op.f('uq_jabatan_kunci'))
    )
    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('entity_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('op', sa.String(length=8), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_outbox'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('site',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.Enum('office', 'province', 'laptop', name='site_role', native_enum=False, length=16), nullable=False),
    sa.Column('parent_code', sa.String(length=32), nullable=True),
    sa.Column('alamat', sa.Text(), nullable=True),
    sa.Column('is_local', sa.Boolean(), nullable=False),
    sa.Column('incarnation_id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site')),
    sa.UniqueConstraint('code', name=op.f('uq_site_code'))
    )
    op.create_table('unit_kerja',
    sa.Column('kode', sa.String(length=32), nullable=False),
    sa.Column('nama', sa.String(length=300), nullable=False),
    sa.Column('parent_id', sa.Uuid(), nullable=True),
    sa.Column('alamat', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['unit_kerja.id'], name=op.f('fk_unit_kerja_parent_id_unit_kerja')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_kerja')),
    sa.UniqueConstraint('kode', name=op.f('uq_unit_kerja_kode'))
    )
    with op.batch_alter_table('unit_kerja', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_kerja_parent_id'), ['parent_id'], unique=False)

    op.create_table('pegawai',
    sa.Column('nip', sa.String(length=18), nullable=False),
    sa.Column('jenis_pegawai', sa.Enum('PNS', 'PPPK', name='jenis_pegawai', native_enum=False, length=12), nullable=False),
    sa.Column('gelar_depan', sa.String(length=60), nullable=True),
    sa.Column('nama', sa.String(length=200), nullable=False),
    sa.Column('gelar_belakang', sa.String(length=60), nullable=True),
    sa.Column('golongan', sa.String(length=8), nullable=True),
    sa.Column('jabatan_id', sa.Uuid(), nullable=True),
    sa.Column('unit_kerja_id', sa.Uuid(), nullable=True),
    sa.Column('atasan_id', sa.Uuid(), nullable=True),
    sa.Column('aktif', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['atasan_id'], ['pegawai.id'], name=op.f('fk_pegawai_atasan_id_pegawai')),
    sa.ForeignKeyConstraint(['jabatan_id'], ['jabatan.id'], name=op.f('fk_pegawai_jabatan_id_jabatan')),
    sa.ForeignKeyConstraint(['unit_kerja_id'], ['unit_kerja.id'], name=op.f('fk_pegawai_unit_kerja_id_unit_kerja')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pegawai')),
    sa.UniqueConstraint('nip', name=op.f('uq_pegawai_nip'))
    )
    with op.batch_alter_table('pegawai', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pegawai_atasan_id'), ['atasan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pegawai_jabatan_id'), ['jabatan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pegawai_nama'), ['nama'], unique=False)
        batch_op.create_index(batch_op.f('ix_pegawai_unit_kerja_id'), ['unit_kerja_id'], unique=False)

    op.create_table('site_key',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('site_code', sa.String(length=32), nullable=False),
    sa.Column('purpose', sa.String(length=16), nullable=False),
    sa.Column('public_key', sa.LargeBinary(), nullable=False),
    sa.Column('private_key_enc', sa.LargeBinary(), nullable=True),
    sa.Column('fingerprint', sa.String(length=80), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['site_code'], ['site.code'], name=op.f('fk_site_key_site_code_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_key'))
    )
    with op.batch_alter_table('site_key', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_site_key_site_code'), ['site_code'], unique=False)

    op.create_table('penugasan_plt',
    sa.Column('jenis', sa.Enum('PLT', 'PLH', name='jenis_penugasan', native_enum=False, length=11), nullable=False),
    sa.Column('pelaksana_id', sa.Uuid(), nullable=False),
    sa.Column('digantikan_id', sa.Uuid(), nullable=False),
    sa.Column('mulai', sa.Date(), nullable=False),
    sa.Column('selesai', sa.Date(), nullable=True),
    sa.Column('keterangan', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin_site', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['digantikan_id'], ['pegawai.id'], name=op.f('fk_penugasan_plt_digantikan_id_pegawai')),
    sa.ForeignKeyConstraint(['pelaksana_id'], ['pegawai.id'], name=op.f('fk_penugasan_plt_pelaksana_id_pegawai')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_penugasan_plt'))
    )
    with op.batch_alter_table('penugasan_plt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_penugasan_plt_digantikan_id'), ['digantikan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_penugasan_plt_pelaksana_id'), ['pelaksana_id'], unique=False)

    op.create_table('user_account',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('role', sa.Enum('admin', 'penilai', 'pegawai', 'operator', name='user_role', native_enum=False, length=16), nullable=False),
    sa.Column('pegawai_id', sa.Uuid(), nullable=True),
    sa.Column('aktif', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['pegawai_id'], ['pegawai.id'], name=op.f('fk_user_account_pegawai_id_pegawai')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_account')),
    sa.UniqueConstraint('username', name=op.f('uq_user_account_username'))
    )


def downgrade() -> None:
    op.drop_table('user_account')
    with op.batch_alter_table('penugasan_plt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_penugasan_plt_pelaksana_id'))
        batch_op.drop_index(batch_op.f('ix_penugasan_plt_digantikan_id'))

    op.drop_table('penugasan_plt')
    with op.batch_alter_table('site_key', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_site_key_site_code'))

    op.drop_table('site_key')
    with op.batch_alter_table('pegawai', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pegawai_unit_kerja_id'))
        batch_op.drop_index(batch_op.f('ix_pegawai_nama'))
        batch_op.drop_index(batch_op.f('ix_pegawai_jabatan_id'))
        batch_op.drop_index(batch_op.f('ix_pegawai_atasan_id'))

    op.drop_table('pegawai')
    with op.batch_alter_table('unit_kerja', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_kerja_parent_id'))

    op.drop_table('unit_kerja')
    op.drop_table('site')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_entity')

    op.drop_table('outbox')
    op.drop_table('jabatan')
    op.drop_table('audit_log')
