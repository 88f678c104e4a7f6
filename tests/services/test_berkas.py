"""The content-addressed attachment store and reading evidence files (issue 4 point 1)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kinerja_desktop.domain.errors import NotFoundError, UserError, ValidationError
from kinerja_desktop.services.berkas import (
    MAKS_UKURAN,
    baca_berkas,
    berkas_dari_file,
    format_ukuran,
    simpan_berkas,
)
from kinerja_desktop.services.context import Actor
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import Berkas


def _jumlah(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Berkas)) or 0


def test_identical_bytes_are_stored_once(site_db: Database, admin: Actor) -> None:
    data = b"%PDF-1.4 laporan triwulan I"
    with site_db.write() as s:
        first = simpan_berkas(s, data, "application/pdf")
        second = simpan_berkas(s, data, "application/octet-stream")
        other = simpan_berkas(s, data + b"!", None)
    assert first == second == hashlib.sha256(data).hexdigest()
    assert other != first
    assert _jumlah(site_db) == 2
    assert baca_berkas(site_db, admin, first) == data
    with site_db.read() as s:
        row = s.get(Berkas, first)
        assert row is not None and (row.ukuran, row.mime) == (len(data), "application/pdf")


def test_over_the_cap_is_refused_naming_the_size(site_db: Database) -> None:
    with pytest.raises(ValidationError) as err, site_db.write() as s:
        simpan_berkas(s, b"\0" * (MAKS_UKURAN + 1), "application/pdf", "scan.pdf")
    assert "scan.pdf" in err.value.message
    assert "berukuran 20 MB (20.971.521 byte), melebihi batas 20 MB (20.971.520 byte)" \
        in err.value.message
    assert _jumlah(site_db) == 0


def test_empty_bytes_refused(site_db: Database) -> None:
    with pytest.raises(ValidationError, match="kosong"), site_db.write() as s:
        simpan_berkas(s, b"", None, "kosong.pdf")
    assert _jumlah(site_db) == 0


def test_unknown_hash_is_not_found(site_db: Database, admin: Actor) -> None:
    with pytest.raises(NotFoundError, match="tidak ada di basis data"):
        baca_berkas(site_db, admin, "0" * 64)


def test_format_ukuran() -> None:
    assert format_ukuran(500) == "500 byte"
    assert format_ukuran(1536) == "1,5 KB"
    assert format_ukuran(20 * 1024 * 1024) == "20 MB"
    assert format_ukuran(int(20.5 * 1024 * 1024)) == "20,5 MB"


# ---------------------------------------------------------------------------
# berkas_dari_file


def test_reads_file_and_guesses_mime(tmp_path: Path) -> None:
    path = tmp_path / "Laporan TW1.pdf"
    path.write_bytes(b"%PDF-1.4 isi")
    assert berkas_dari_file(path) == (b"%PDF-1.4 isi", "application/pdf")


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "hilang.pdf"
    with pytest.raises(UserError) as err:
        berkas_dari_file(path)
    assert err.value.message.startswith(
        "Berkas bukti hilang.pdf tidak dapat dibaca: berkas tidak ditemukan")
    assert str(path) in err.value.message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "kosong.jpg"
    path.write_bytes(b"")
    with pytest.raises(UserError, match=r"Berkas bukti kosong\.jpg tidak dapat dibaca: "
                                        r"berkas kosong \(0 byte\)"):
        berkas_dari_file(path)


def test_folder_instead_of_file(tmp_path: Path) -> None:
    folder = tmp_path / "bukti"
    folder.mkdir()
    with pytest.raises(UserError, match="Berkas bukti bukti tidak dapat dibaca: yang dipilih "
                                        "adalah folder"):
        berkas_dari_file(folder)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs a POSIX user without root's override of file modes")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "rahasia.pdf"
    path.write_bytes(b"isi")
    path.chmod(0)
    try:
        with pytest.raises(UserError, match=r"Berkas bukti rahasia\.pdf tidak dapat dibaca: "
                                            "tidak ada izin"):
            berkas_dari_file(path)
    finally:
        path.chmod(0o600)


def test_too_large_file_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "video.mp4"
    with path.open("wb") as fh:  # sparse: no 20 MB written to disk
        fh.truncate(MAKS_UKURAN + 1)
    with pytest.raises(ValidationError) as err:
        berkas_dari_file(path)
    assert "Berkas video.mp4 berukuran 20 MB (20.971.521 byte), melebihi batas 20 MB" \
        in err.value.message


def test_read_error_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An I/O error while reading (bad USB stick, network share gone) is a clear message."""
    import errno

    path = tmp_path / "scan.pdf"
    path.write_bytes(b"isi")

    def rusak(self: Path, *args: object, **kwargs: object) -> object:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(Path, "open", rusak)
    with pytest.raises(UserError, match=r"Berkas bukti scan\.pdf tidak dapat dibaca: kesalahan "
                                        "baca pada media penyimpanan"):
        berkas_dari_file(path)
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: (_ for _ in ()).throw(
        PermissionError(errno.EACCES, "Permission denied")))
    with pytest.raises(UserError, match=r"scan\.pdf tidak dapat dibaca: tidak ada izin"):
        berkas_dari_file(path)
