"""Batch printing of a unit's documents on every core (issue 5 point 6).

Reading and signing happen here, in one read transaction; ReportLab rendering is
pure Python and holds the GIL, so it runs in worker processes (spawned, never
forked: the GUI process has Qt threads). Files are written into a temporary folder
beside the destination and moved into place only when every document rendered;
the register rows of the signed documents are written in one transaction at the
end. A cancelled or failed batch leaves neither files nor rows behind.
"""

from __future__ import annotations

import contextlib
import dataclasses
import multiprocessing
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from kinerja_desktop.documents.pdf_kit import gabung_pdf
from kinerja_desktop.domain.dokumen import JenisDokumen
from kinerja_desktop.domain.errors import UserError, ValidationError
from kinerja_desktop.services import cetak
from kinerja_desktop.services.cetak import OpsiCetak, SiapCetak
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.pengesahan import KunciDiperlukan, KunciSitus, catat
from kinerja_desktop.services.skp import skp_or_404
from kinerja_desktop.services.skp_excel import skp_ids_for_export
from kinerja_desktop.services.unit_kerja import descendants, list_units
from kinerja_desktop.storage.engine import Database

_POTONGAN = 8  # most documents per task: smooth progress, yet IPC is amortised


class Dibatalkan(UserError):
    def __init__(self) -> None:
        super().__init__("Pencetakan massal dibatalkan; tidak ada berkas yang disimpan.")


@dataclass(frozen=True, slots=True)
class HasilMassal:
    berkas: tuple[Path, ...]
    jumlah: int  # documents printed
    dilewati: tuple[tuple[str, str], ...]  # ("Nama (NIP)", why)


def _render_potongan(items: Sequence[SiapCetak], folder: str) -> list[tuple[str, int]]:
    """Worker: renders each document into ``folder``; returns (file name, pages)."""
    out = []
    for item in items:
        data, halaman = item.render()
        Path(folder, item.nama_file).write_bytes(data)
        out.append((item.nama_file, halaman))
    return out


class _NamaUnik:
    """Two pegawai cannot share name and NIP, but the files are kept apart anyway."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def __call__(self, item: SiapCetak) -> SiapCetak:
        n = self._seen.get(item.nama_file, 0)
        self._seen[item.nama_file] = n + 1
        if not n:
            return item
        stem = item.nama_file.removesuffix(".pdf")
        return dataclasses.replace(item, nama_file=f"{stem}_{n + 1}.pdf")  # type: ignore[type-var]


def skp_unit(db: Database, actor: Actor, jenis: JenisDokumen, unit_id: uuid.UUID,
             tahun: int) -> list[uuid.UUID]:
    """The SKP that counts for each pegawai of the unit and its sub-units, by name."""
    if not jenis.per_pegawai:
        raise ValidationError(f"{jenis.label} dicetak satu per unit, bukan massal per pegawai.")
    units = list_units(db, actor)
    if not any(u.id == unit_id for u in units):
        raise ValidationError("Unit kerja yang dipilih tidak ditemukan.")
    return skp_ids_for_export(db, actor, tahun, {unit_id} | descendants(units, unit_id))


def _bacaan(db: Database, actor: Actor, jenis: JenisDokumen, ids: list[uuid.UUID],
            periode_key: str | None, opsi: OpsiCetak, kunci: KunciSitus | None,
            ) -> Generator[SiapCetak | tuple[str, str], None, None]:
    """Each document read and checked, in order; one that cannot be printed comes as
    ("Nama (NIP)", why) instead of stopping the batch. One read transaction for all."""
    unik = _NamaUnik()
    with db.read() as s:
        for skp_id in ids:
            row = skp_or_404(s, skp_id)
            try:
                item = cetak.siapkan(s, actor, jenis, row, periode_key, opsi, kunci)
            except KunciDiperlukan:
                raise
            except UserError as exc:
                yield cetak.label_skp(s, row), exc.message
                continue
            yield unik(item)


class _Penggambar:
    """Renders chunks of documents into a folder: on worker processes, or here (proses=1)."""

    def __init__(self, kerja: Path, proses: int, total: int) -> None:
        self.kerja = kerja
        self.pool: ProcessPoolExecutor | None = None
        if proses > 1 and total > 1:
            # Spawned now, so the workers import the app while the parent reads.
            self.pool = ProcessPoolExecutor(
                max_workers=min(proses, os.cpu_count() or 1, total),
                mp_context=multiprocessing.get_context("spawn"))
        self.pending: set[Future[list[tuple[str, int]]]] = set()
        self.selesai = 0

    def kirim(self, bagian: list[SiapCetak]) -> None:
        if not bagian:
            return
        if self.pool is None:
            self.selesai += len(_render_potongan(bagian, str(self.kerja)))
        else:
            self.pending.add(self.pool.submit(_render_potongan, bagian, str(self.kerja)))

    def kumpulkan(self, timeout: float | None) -> bool:
        """Collects finished chunks; True when something finished (re-raises failures)."""
        if not self.pending:
            return False
        done, self.pending = wait(self.pending, timeout=timeout, return_when=FIRST_COMPLETED)
        for fut in done:
            self.selesai += len(fut.result())
        return bool(done)

    def tutup(self) -> None:
        if self.pool is not None:
            for fut in self.pending:
                fut.cancel()
            self.pool.shutdown(wait=True, cancel_futures=True)


def cetak_massal(
    db: Database, actor: Actor, *, jenis: JenisDokumen, unit_id: uuid.UUID, tahun: int,
    periode_key: str | None, opsi: OpsiCetak, kunci: KunciSitus | None, tujuan: Path,
    gabung: bool, progress: Callable[[int, int], None] | None = None,
    batal: Callable[[], bool] | None = None, proses: int = 2,
) -> HasilMassal:
    """Prints every pegawai's document of the unit: one merged PDF (``gabung``, ``tujuan``
    is the file) or one file per pegawai (``tujuan`` is a folder).

    Documents go to the workers in chunks as soon as they are read, so reading, signing
    and rendering overlap."""
    tujuan = Path(tujuan)
    folder = tujuan.parent if gabung else tujuan
    if not folder.is_dir():
        raise ValidationError(f"Folder tujuan {folder} tidak ada.")
    ids = skp_unit(db, actor, jenis, unit_id, tahun)
    if not ids:
        raise ValidationError("Tidak ada pegawai dengan SKP pada unit dan tahun ini.")
    try:
        kerja = Path(tempfile.mkdtemp(prefix=".kinerja-cetak-", dir=folder))
    except OSError as exc:
        raise ValidationError(f"Tidak dapat menulis di folder {folder}: {exc.strerror}.") from None
    items: list[SiapCetak] = []
    dilewati: list[tuple[str, str]] = []
    total = len(ids)
    # About four chunks per process: small batches still reach every worker.
    ukuran = max(1, min(_POTONGAN, -(-total // (max(proses, 1) * 4))))
    gambar = _Penggambar(kerja, proses, total)

    def lapor() -> None:
        if progress:
            progress(gambar.selesai + len(dilewati), total)
        if batal is not None and batal():
            raise Dibatalkan()

    try:
        lapor()
        bagian: list[SiapCetak] = []
        bacaan = _bacaan(db, actor, jenis, ids, periode_key, opsi, kunci)
        with contextlib.closing(bacaan):  # a cancel ends the read transaction at once
            for hasil in bacaan:
                if isinstance(hasil, tuple):
                    dilewati.append(hasil)
                    continue
                items.append(hasil)
                bagian.append(hasil)
                if len(bagian) >= ukuran:
                    gambar.kirim(bagian)
                    bagian = []
                    if gambar.kumpulkan(0):
                        lapor()
        gambar.kirim(bagian)
        lapor()
        while gambar.pending:
            gambar.kumpulkan(0.2)
            lapor()
        if not items:
            raise ValidationError(
                "Tidak ada dokumen yang dapat dicetak untuk unit dan periode ini: "
                f"{len(dilewati)} pegawai dilewati.")
        berkas = _pindahkan(items, kerja, tujuan, gabung)
    except OSError as exc:
        raise ValidationError(f"Gagal menulis PDF di {folder}: {exc.strerror or exc}; "
                              "periksa ruang disk dan izin folder.") from None
    finally:
        gambar.tutup()
        shutil.rmtree(kerja, ignore_errors=True)
    try:
        with db.write() as s:
            catat(s, actor, [i.rencana for i in items if i.rencana is not None])
    except BaseException:
        for f in berkas:  # unregistered codes must not stay on disk
            f.unlink(missing_ok=True)
        raise
    return HasilMassal(tuple(berkas), len(items), tuple(dilewati))


def _pindahkan(items: list[SiapCetak], kerja: Path, tujuan: Path, gabung: bool) -> list[Path]:
    if gabung:
        sementara = kerja / "gabungan.pdf"
        gabung_pdf([kerja / i.nama_file for i in items], sementara)
        os.replace(sementara, tujuan)
        return [tujuan]
    out: list[Path] = []
    try:
        for item in items:
            target = tujuan / item.nama_file
            os.replace(kerja / item.nama_file, target)
            out.append(target)
    except OSError as exc:
        for f in out:
            with contextlib.suppress(OSError):
                f.unlink()
        raise ValidationError(f"Gagal menyimpan PDF ke {tujuan}: {exc.strerror}.") from None
    return out
