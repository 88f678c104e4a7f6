"""natural keys unique per owning site: unit codes, period rules, tunjangan tables

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26

Unit codes are typed by each office's admin, so two offices often both have "SEKR";
and each office sets its own period rules and tunjangan table for a year. Unique on
their own, these keys made the province, which holds every office's rows, refuse the
second office's unit (and with it every pegawai placed there) and its rules and table.
They are unique per owner now: the row's ``origin_site`` joins each key. The new keys
are unique indexes (not table constraints) so that, on SQLite, they can change later
without rebuilding the table.

On SQLite a table-level UNIQUE constraint only goes by rebuilding its table (SQLite's
"12-step" ALTER procedure: lang_altertable.html#otheralter): the migration runner
(storage/migrations.py) turns foreign keys off outside its transaction and runs
``PRAGMA foreign_key_check`` before committing, so dropping unit_kerja, which six
tables refer to, neither fails nor fires anything, and a failure rolls everything back.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

# (table, old table-level UNIQUE constraint, old unique column(s), new index, new columns).
# The key's own column(s) come first, so lookups by code or year alone use the index too.
UNIT = ('unit_kerja', 'uq_unit_kerja_kode', ('kode',), 'uq_unit_kerja_kode_origin_site',
        ('kode', 'origin_site'))
ATURAN = ('aturan_periode', 'uq_aturan_periode_tahun', ('tahun',),
          'uq_aturan_periode_tahun_origin_site', ('tahun', 'origin_site'))
# Already a unique index: dropped and created again on both databases, no rebuild.
TUNJANGAN_LAMA = ('uq_tunjangan_persen_tahun_predikat', ('tahun', 'predikat'))
TUNJANGAN_BARU = ('uq_tunjangan_persen_tahun_predikat_origin_site',
                  ('tahun', 'predikat', 'origin_site'))


def _sqlite() -> bool:
    return op.get_bind().dialect.name == 'sqlite'


def _rebuild_sqlite(table: str, edit: re.Pattern[str], replacement: str) -> None:
    """Rebuilds ``table`` with its CREATE statement edited (SQLite's documented way to
    change a table constraint): new table, copy, drop, rename, indexes and triggers back.

    The statement is SQLite's own text with one constraint edited, so every column, type,
    default and foreign key (the ones ALTER TABLE ADD COLUMN left inline too) stays
    exactly as it was. References from other tables name the table, not its storage, so
    they point at the rebuilt table once it has the old name again.
    """
    conn = op.get_bind()
    if conn.exec_driver_sql('PRAGMA foreign_keys').scalar():
        # With foreign keys on, DROP TABLE first deletes every row, which fails on the
        # rows that refer to them (or would run their ON DELETE actions).
        raise RuntimeError(
            f'Tabel {table} hanya dapat dibangun ulang dengan foreign_keys SQLite mati; '
            'jalankan migrasi lewat Kinerja Desktop (storage.migrations).')
    (create,) = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).one()
    edited, n = edit.subn(replacement, create)
    if n != 1:
        raise RuntimeError(f'Definisi tabel {table} tidak seperti yang diharapkan: {create}')
    baru = f'{table}_baru'
    head = re.compile(rf'^CREATE TABLE "?{table}"? \(')
    edited, n = head.subn(f'CREATE TABLE {baru} (', edited)
    if n != 1:
        raise RuntimeError(f'Definisi tabel {table} tidak seperti yang diharapkan: {create}')
    # Explicit indexes and triggers go with the dropped table: kept to be made again.
    # (Views would only need the table to exist again; this schema has none.)
    others = [sql for (sql,) in conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') "
        'AND sql IS NOT NULL ORDER BY type, name', (table,))]
    columns = ', '.join(f'"{row[1]}"' for row in conn.exec_driver_sql(
        f'PRAGMA table_info("{table}")'))
    before = conn.exec_driver_sql(f'SELECT COUNT(*) FROM "{table}"').scalar()
    conn.exec_driver_sql(edited)
    conn.exec_driver_sql(f'INSERT INTO {baru} ({columns}) SELECT {columns} FROM "{table}"')
    conn.exec_driver_sql(f'DROP TABLE "{table}"')
    conn.exec_driver_sql(f'ALTER TABLE {baru} RENAME TO "{table}"')
    for sql in others:
        conn.exec_driver_sql(sql)
    after = conn.exec_driver_sql(f'SELECT COUNT(*) FROM "{table}"').scalar()
    if after != before:
        raise RuntimeError(f'Tabel {table}: {before} baris sebelum dibangun ulang, {after} '
                           'sesudahnya; migrasi dibatalkan.')


def _drop_unique_sqlite(name: str, table: str) -> None:
    _rebuild_sqlite(table, re.compile(rf',\s*CONSTRAINT "?{name}"? UNIQUE \([^)]*\)'), '')


def _add_unique_sqlite(name: str, table: str, columns: tuple[str, ...]) -> None:
    _rebuild_sqlite(table, re.compile(r'\s*\)\s*$'),
                    f', \n\tCONSTRAINT {name} UNIQUE ({", ".join(columns)})\n)')


def _refuse_duplicates(table: str, columns: tuple[str, ...]) -> None:
    """Going down, a key two owners share cannot be unique again: say which, before the
    database's own unique error (which names no value) ends the downgrade."""
    cols = ', '.join(columns)
    dup = op.get_bind().execute(sa.text(
        f'SELECT {cols} FROM {table} GROUP BY {cols} HAVING COUNT(*) > 1 LIMIT 5')).all()
    if dup:
        shown = '; '.join(', '.join(str(v) for v in row) for row in dup)
        raise RuntimeError(
            f'Tabel {table} memuat {cols} yang sama dari beberapa situs ({shown}); '
            'skema lama tidak dapat menampungnya, migrasi turun dibatalkan.')


def upgrade() -> None:
    for table, old, _old_cols, new, new_cols in (UNIT, ATURAN):
        if _sqlite():
            _drop_unique_sqlite(old, table)
        else:
            op.drop_constraint(old, table, type_='unique')
        op.create_index(new, table, list(new_cols), unique=True)
    op.drop_index(TUNJANGAN_LAMA[0], table_name='tunjangan_persen')
    op.create_index(TUNJANGAN_BARU[0], 'tunjangan_persen', list(TUNJANGAN_BARU[1]),
                    unique=True)


def downgrade() -> None:
    _refuse_duplicates('tunjangan_persen', TUNJANGAN_LAMA[1])
    for table, _old, old_cols, _new, _new_cols in (ATURAN, UNIT):
        _refuse_duplicates(table, old_cols)
    op.drop_index(TUNJANGAN_BARU[0], table_name='tunjangan_persen')
    op.create_index(TUNJANGAN_LAMA[0], 'tunjangan_persen', list(TUNJANGAN_LAMA[1]),
                    unique=True)
    for table, old, old_cols, new, _new_cols in (ATURAN, UNIT):
        op.drop_index(new, table_name=table)
        if _sqlite():
            _add_unique_sqlite(old, table, old_cols)
        else:
            op.create_unique_constraint(old, table, list(old_cols))
