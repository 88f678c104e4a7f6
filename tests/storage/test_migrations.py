"""Start-up upgrade: backup first, one transaction, refusal of unknown revisions.

The shipped chain has one revision so far, so these tests add a throwaway
second revision to a copy of alembic/ and point the migration runner at it.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kinerja_desktop.services.database import open_database
from kinerja_desktop.storage import migrations
from kinerja_desktop.storage.migrations import current_revision

GOOD = '''
import sqlalchemy as sa
from alembic import op

revision = "0099"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("unit_kerja") as batch:
        batch.add_column(sa.Column("catatan_uji", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("unit_kerja") as batch:
        batch.drop_column("catatan_uji")
'''

BROKEN = '''
import sqlalchemy as sa
from alembic import op

revision = "0099"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("tabel_setengah_jadi", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO tabel_yang_tidak_ada VALUES (1)")


def downgrade() -> None:
    pass
'''


@pytest.fixture
def old_database(tmp_path: Path) -> Path:
    path = tmp_path / "db" / "kinerja.sqlite"
    path.parent.mkdir()
    db, _ = open_database(path)
    db.dispose()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO site (id, code, name, role, is_local, incarnation_id, created_at)"
                " VALUES (x'00', 'LAMA01', 'Kantor Lama', 'office', 1, x'01', '2026-01-01')")
    con.commit()
    con.close()
    return path


def _chain_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> str:
    head = migrations.head_revision()
    copy = tmp_path / "alembic-next"
    shutil.copytree(migrations.alembic_dir(), copy)
    (copy / "versions" / "0099_uji.py").write_text(body.format(head=head), encoding="utf-8")
    monkeypatch.setattr(migrations, "alembic_dir", lambda: copy)
    return head


def test_upgrade_backs_up_then_migrates(old_database: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    old_head = _chain_with(tmp_path, monkeypatch, GOOD)
    db, result = open_database(old_database)
    try:
        assert (result.from_revision, result.to_revision) == (old_head, "0099")
        assert current_revision(db) == "0099"
    finally:
        db.dispose()
    assert result.backup is not None and result.backup.parent.name == "cadangan"
    backup = sqlite3.connect(result.backup)
    assert backup.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (old_head,)
    backup.close()
    con = sqlite3.connect(old_database)
    columns = {r[1] for r in con.execute("PRAGMA table_info(unit_kerja)")}
    assert "catatan_uji" in columns
    assert con.execute("SELECT code FROM site").fetchone() == ("LAMA01",)
    con.close()


def test_failed_upgrade_leaves_the_database_as_it_was(old_database: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    old_head = _chain_with(tmp_path, monkeypatch, BROKEN)
    with pytest.raises(Exception, match="tabel_yang_tidak_ada"):
        open_database(old_database)
    con = sqlite3.connect(old_database)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "tabel_setengah_jadi" not in tables
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (old_head,)
    con.close()
