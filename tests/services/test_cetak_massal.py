"""Batch printing a unit (issue 5 point 6): one merged PDF or one file per pegawai, on two
processes, with progress, skipped pegawai named, and cancel leaving nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from kinerja_desktop.domain.dokumen import JenisDokumen
from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.services.cetak import OpsiCetak, buka_kunci
from kinerja_desktop.services.cetak_massal import Dibatalkan, cetak_massal
from kinerja_desktop.services.skp import SkpDetail
from kinerja_desktop.services.verifikasi import verifikasi_kode
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import DokumenCetak, Skp
from tests.conftest import PASSPHRASE
from tests.pdf_readback import teks_mentah
from tests.services.test_penilaian import rantai  # noqa: F401
from tests.services.test_penilaian_excel import kantor_staf  # noqa: F401
from tests.services.test_skp_service import TAHUN, Kantor

Rantai = tuple[Kantor, dict[str, SkpDetail]]


def _jumlah_dokumen(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(DokumenCetak)) or 0


@pytest.fixture
def unit(kantor_staf: Rantai) -> Rantai:  # noqa: F811
    return kantor_staf


@pytest.fixture
def keluaran(tmp_path: Path) -> Path:
    """An empty folder for the PDFs (tmp_path also holds the SQLite file)."""
    folder = tmp_path / "keluaran"
    folder.mkdir()
    return folder


def test_one_file_per_pegawai_on_two_processes(unit: Rantai, keluaran: Path) -> None:
    k, skp = unit
    seen: list[tuple[int, int]] = []
    hasil = cetak_massal(k.db, k.admin, jenis=JenisDokumen.SKP, unit_id=k.units["1"],
                         tahun=TAHUN, periode_key=None, opsi=OpsiCetak(),
                         kunci=buka_kunci(k.db, PASSPHRASE), tujuan=keluaran, gabung=False,
                         progress=lambda d, t: seen.append((d, t)), proses=2)
    # Every ditetapkan SKP of the unit tree: kadis, kabid, kasi, staf, staf2.
    assert hasil.jumlah == len(skp) == len(hasil.berkas)
    assert sorted(p.name for p in keluaran.iterdir()) == sorted(p.name for p in hasil.berkas)
    assert seen[0] == (0, hasil.jumlah) and seen[-1] == (hasil.jumlah, hasil.jumlah)
    with k.db.read() as s:
        nip = {s.get(Skp, d.id).pegawai_id for d in skp.values()}  # type: ignore[union-attr]
    assert len(nip) == len(hasil.berkas)
    for f in hasil.berkas:
        teks = " ".join(teks_mentah(f.read_bytes()).split())
        kode = teks.split("Kode verifikasi: ", 1)[1].split()[0]
        assert verifikasi_kode(k.db, kode).asli, f.name
    assert _jumlah_dokumen(k.db) == hasil.jumlah


def test_one_merged_pdf_in_name_order(unit: Rantai, keluaran: Path) -> None:
    k, _ = unit
    target = keluaran / "skp-unit.pdf"
    hasil = cetak_massal(k.db, k.admin, jenis=JenisDokumen.SKP, unit_id=k.units["1.1.1"],
                         tahun=TAHUN, periode_key=None, opsi=OpsiCetak(kertas="F4"),
                         kunci=buka_kunci(k.db, PASSPHRASE), tujuan=target, gabung=True,
                         proses=1)
    assert hasil.berkas == (target,)
    assert list(keluaran.iterdir()) == [target]  # no temporary files left
    reader = PdfReader(target)
    teks = " ".join(teks_mentah(target.read_bytes()).split())
    # Each SKP restarts its own page numbering; the count of "Halaman 1 dari" is the count
    # of documents.
    assert teks.count("Halaman 1 dari") == hasil.jumlah == 3  # kasi, staf, staf2
    assert len(reader.pages) >= 2 * hasil.jumlah


def test_cancel_leaves_no_files_and_no_register_rows(unit: Rantai, keluaran: Path) -> None:
    k, _ = unit
    with pytest.raises(Dibatalkan, match="dibatalkan"):
        cetak_massal(k.db, k.admin, jenis=JenisDokumen.SKP, unit_id=k.units["1"], tahun=TAHUN,
                     periode_key=None, opsi=OpsiCetak(), kunci=buka_kunci(k.db, PASSPHRASE),
                     tujuan=keluaran, gabung=False, batal=lambda: True, proses=2)
    assert list(keluaran.iterdir()) == []
    assert _jumlah_dokumen(k.db) == 0


def test_a_missing_destination_is_refused_before_work(unit: Rantai, keluaran: Path) -> None:
    k, _ = unit
    with pytest.raises(ValidationError, match="tidak ada"):
        cetak_massal(k.db, k.admin, jenis=JenisDokumen.SKP, unit_id=k.units["1"], tahun=TAHUN,
                     periode_key=None, opsi=OpsiCetak(), kunci=None,
                     tujuan=keluaran / "tidak-ada", gabung=False)
    assert _jumlah_dokumen(k.db) == 0
