"""sync state

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26

What each site has exchanged with its peers (channels and watermarks), the
history of packages written and read, conflicts with the losing version kept,
per-change statuses from acknowledgements, and where an outbox change came from.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('outbox', sa.Column('source_site', sa.String(length=32), nullable=True))
    op.create_table('sync_channel',
    sa.Column('peer_site', sa.String(length=32), nullable=False),
    sa.Column('out_channel_seq', sa.Integer(), nullable=False),
    sa.Column('out_acked_through', sa.Integer(), nullable=False),
    sa.Column('out_sent_through', sa.Integer(), nullable=False),
    sa.Column('out_incarnation', sa.Uuid(), nullable=True),
    sa.Column('in_channel_seq', sa.Integer(), nullable=False),
    sa.Column('in_through', sa.Integer(), nullable=False),
    sa.Column('in_incarnation', sa.Uuid(), nullable=True),
    sa.Column('minta_ulang_dari', sa.Integer(), nullable=True),
    sa.Column('last_in_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_out_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['peer_site'], ['site.code'],
                            name=op.f('fk_sync_channel_peer_site_site')),
    sa.PrimaryKeyConstraint('peer_site', name=op.f('pk_sync_channel'))
    )
    op.create_table('sync_paket',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('arah', sa.String(length=8), nullable=False),
    sa.Column('peer_site', sa.String(length=32), nullable=True),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('package_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=True),
    sa.Column('channel_seq', sa.Integer(), nullable=True),
    sa.Column('dari', sa.Integer(), nullable=True),
    sa.Column('sampai', sa.Integer(), nullable=True),
    sa.Column('jumlah', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('alasan', sa.String(length=32), nullable=True),
    sa.Column('pesan', sa.Text(), nullable=True),
    sa.Column('ringkasan', sa.JSON(), nullable=True),
    sa.Column('karantina_path', sa.Text(), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_paket'))
    )
    with op.batch_alter_table('sync_paket', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_paket_file_sha256'), ['file_sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_paket_package_id'), ['package_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_paket_peer_site'), ['peer_site'], unique=False)
    op.create_table('sync_konflik',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('entity_id', sa.Uuid(), nullable=False),
    sa.Column('peer_site', sa.String(length=32), nullable=False),
    sa.Column('paket_id', sa.Integer(), nullable=True),
    sa.Column('dasar', sa.String(length=16), nullable=False),
    sa.Column('pemenang', sa.String(length=8), nullable=False),
    sa.Column('situs_menang', sa.String(length=32), nullable=False),
    sa.Column('situs_kalah', sa.String(length=32), nullable=False),
    sa.Column('versi_menang', sa.Integer(), nullable=False),
    sa.Column('versi_kalah', sa.Integer(), nullable=False),
    sa.Column('data_kalah', sa.JSON(), nullable=False),
    sa.Column('kalah_sha256', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['paket_id'], ['sync_paket.id'],
                            name=op.f('fk_sync_konflik_paket_id_sync_paket')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_konflik'))
    )
    with op.batch_alter_table('sync_konflik', schema=None) as batch_op:
        batch_op.create_index('uq_sync_konflik_kalah', ['entity_id', 'kalah_sha256'], unique=True)
    op.create_table('sync_status_ubah',
    sa.Column('arah', sa.String(length=8), nullable=False),
    sa.Column('peer_site', sa.String(length=32), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('entity_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('alasan', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('arah', 'peer_site', 'seq', name=op.f('pk_sync_status_ubah'))
    )


def downgrade() -> None:
    op.drop_table('sync_status_ubah')
    with op.batch_alter_table('sync_konflik', schema=None) as batch_op:
        batch_op.drop_index('uq_sync_konflik_kalah')
    op.drop_table('sync_konflik')
    with op.batch_alter_table('sync_paket', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_paket_peer_site'))
        batch_op.drop_index(batch_op.f('ix_sync_paket_package_id'))
        batch_op.drop_index(batch_op.f('ix_sync_paket_file_sha256'))
    op.drop_table('sync_paket')
    op.drop_table('sync_channel')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_column('source_site')
