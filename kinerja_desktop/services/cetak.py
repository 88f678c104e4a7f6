"""Printing documents as PDF (issue 5): the one entry point for the GUI and the CLI.

Each ``cetak_*`` function reads what the document says in one read transaction,
checks who may print it, renders the PDF in memory and only then writes the
register row of a signed document, so a failed print changes nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy.orm import Session

from kinerja_desktop.documents.dokumen_evaluasi_pdf import (
    LembarDokumenEvaluasi,
    tulis_dokumen_evaluasi_pdf,
)
from kinerja_desktop.documents.evaluasi_pdf import LembarEvaluasi, tulis_evaluasi_pdf
from kinerja_desktop.documents.output_files import write_bytes_atomic
from kinerja_desktop.documents.pdf_kit import (
    Pengesahan,
    TandaTangan,
    TataHalaman,
    tempat_tanggal,
)
from kinerja_desktop.documents.skp_pdf import tulis_skp_pdf
from kinerja_desktop.documents.skp_workbook import SkpSheet
from kinerja_desktop.domain.dokumen import JenisDokumen
from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.skp import StatusSKP
from kinerja_desktop.services import skp as skp_service
from kinerja_desktop.services.cetak_data import (
    data_dokumen_evaluasi,
    data_evaluasi,
    data_skp,
    evaluasi_final,
    ringkasan_evaluasi,
    ringkasan_skp,
)
from kinerja_desktop.services.cetak_opsi import KERTAS, DokumenPdf, OpsiCetak, nama_file
from kinerja_desktop.services.cetak_unit import (
    cetak_penetapan,
    cetak_rekap,
    cetak_skm,
    cetak_unit,
    survei_untuk,
)
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.kop_surat import kop_unit, spesimen
from kinerja_desktop.services.pengesahan import (
    KunciDiperlukan,
    KunciSitus,
    RencanaPengesahan,
    buka_kunci,
    catat,
    rencanakan,
)
from kinerja_desktop.services.penilaian import find_evaluasi, require_see_periode
from kinerja_desktop.services.realisasi import periode_skp
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import EvaluasiPeriode, Pegawai, Skp

__all__ = [
    "KERTAS",
    "DokumenPdf",
    "JenisDokumen",
    "KunciDiperlukan",
    "KunciSitus",
    "OpsiCetak",
    "buka_kunci",
    "cetak_dokumen_evaluasi",
    "cetak_evaluasi",
    "cetak_penetapan",
    "cetak_per_pegawai",
    "cetak_rekap",
    "cetak_skm",
    "cetak_skp",
    "cetak_unit",
    "perlu_kunci",
    "simpan_pdf",
    "survei_untuk",
]

def _render_skp(data: SkpSheet, tata: TataHalaman, *, pengesahan: Pengesahan | None,
                draf: bool, ttd: tuple[TandaTangan, TandaTangan | None],
                lampiran: bool) -> tuple[bytes, int]:
    buf = io.BytesIO()
    halaman = tulis_skp_pdf(buf, data, tata, pengesahan=pengesahan,
                            draf=draf, ttd_pegawai=ttd[0], ttd_penilai=ttd[1],
                            lampiran=lampiran)
    return buf.getvalue(), halaman


class SiapCetak(Protocol):
    """One document read and checked, ready to render (picklable: batch printing renders
    in worker processes)."""

    @property
    def nama_file(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def draf(self) -> bool: ...
    @property
    def rencana(self) -> RencanaPengesahan | None: ...
    def render(self) -> tuple[bytes, int]: ...


@dataclass(frozen=True, slots=True)
class _SkpSiap:
    """Everything needed to render one SKP, read in one transaction."""

    skp_id: uuid.UUID
    data: SkpSheet
    tata: TataHalaman
    ttd: tuple[TandaTangan, TandaTangan | None]
    draf: bool
    rencana: RencanaPengesahan | None
    nama_file: str
    lampiran: bool
    label: str  # "Nama (NIP)" for progress and skip lists

    def render(self) -> tuple[bytes, int]:
        pengesahan = self.rencana.pengesahan if self.rencana is not None else None
        return _render_skp(self.data, self.tata, pengesahan=pengesahan, draf=self.draf,
                           ttd=self.ttd, lampiran=self.lampiran)


def siapkan_skp(s: Session, actor: Actor, row: Skp, opsi: OpsiCetak,
                kunci: KunciSitus | None) -> _SkpSiap:
    """Reads and checks one SKP for printing (shared by single and batch printing)."""
    skp_service.require_see(s, actor, row)
    pegawai = s.get(Pegawai, row.pegawai_id)
    nama = pegawai.nama if pegawai else "?"
    nip = pegawai.nip if pegawai else "?"
    if not skp_service.has_penilai(row):
        raise ValidationError(
            f"SKP {nama} (NIP {nip}) tahun {row.tahun} belum punya Pejabat Penilai Kinerja; "
            "tetapkan penilainya di halaman SKP sebelum mencetak.")
    draf = row.status in (StatusSKP.DRAFT, StatusSKP.DIAJUKAN)
    if not draf and kunci is None:
        raise KunciDiperlukan()
    data = data_skp(s, row)
    unit_id = row.unit_kerja_id or (pegawai.unit_kerja_id if pegawai else None)
    tata = opsi.tata(mendatar=True, kop=kop_unit(s, unit_id))
    tanggal = opsi.tanggal or row.tanggal_penetapan or dt.date.today()
    tempat = opsi.tempat.strip() or (row.tempat_penetapan or "")
    kiri = TandaTangan("Pegawai yang Dinilai", data.pegawai.nama, data.pegawai.nip,
                       spesimen=None if draf else spesimen(s, row.pegawai_id))
    kanan = None
    if data.penilai is not None:
        kanan = TandaTangan("Pejabat Penilai Kinerja", data.penilai.nama, data.penilai.nip,
                            tempat_tanggal=tempat_tanggal(tempat, tanggal),
                            spesimen=None if draf else spesimen(s, row.penilai_id))
    rencana = None
    if not draf:
        assert kunci is not None
        rencana = rencanakan(s, kunci, actor.username, jenis=JenisDokumen.SKP,
                             subjek_id=row.id, subjek_versi=row.version, data=data,
                             ringkasan=ringkasan_skp(data, row))
    cetak = dataclasses.replace(data, tempat=tempat, tanggal=tanggal)
    return _SkpSiap(row.id, cetak, tata, (kiri, kanan), draf, rencana,
                    nama_file("SKP", str(row.tahun), nip, nama), opsi.lampiran,
                    f"{nama} ({nip})")


def cetak_skp(db: Database, actor: Actor, skp_id: uuid.UUID, opsi: OpsiCetak,
              kunci: KunciSitus | None) -> DokumenPdf:
    """The SKP (and its Lampiran) as PDF; a draft gets a DRAF watermark and no code."""
    with db.read() as s:
        siap = siapkan_skp(s, actor, skp_service.skp_or_404(s, skp_id), opsi, kunci)
    return selesaikan(db, actor, siap)


def selesaikan(db: Database, actor: Actor, siap: SiapCetak) -> DokumenPdf:
    """Renders, then registers the signed record: a failed render writes nothing."""
    data, halaman = siap.render()
    if siap.rencana is not None and siap.rencana.baris_baru is not None:
        with db.write() as s:
            catat(s, actor, [siap.rencana])
    kode = siap.rencana.pengesahan.kode if siap.rencana is not None else None
    return DokumenPdf(data, siap.nama_file, kode, halaman, siap.draf)


@dataclass(frozen=True, slots=True)
class _EvaluasiSiap:
    """One evaluation document, read and checked (either of the two evaluation forms)."""

    jenis: JenisDokumen
    data: LembarEvaluasi | LembarDokumenEvaluasi
    tata: TataHalaman
    draf: bool
    rencana: RencanaPengesahan | None
    nama_file: str
    label: str

    def render(self) -> tuple[bytes, int]:
        buf = io.BytesIO()
        pengesahan = self.rencana.pengesahan if self.rencana is not None else None
        if isinstance(self.data, LembarEvaluasi):
            halaman = tulis_evaluasi_pdf(buf, self.data, self.tata, pengesahan, draf=self.draf)
        else:
            halaman = tulis_dokumen_evaluasi_pdf(buf, self.data, self.tata, pengesahan,
                                                 draf=self.draf)
        return buf.getvalue(), halaman


def _evaluasi_row(s: Session, actor: Actor, row: Skp, periode_key: str | None
                  ) -> EvaluasiPeriode:
    if not periode_key:
        raise ValidationError("Pilih periode penilaian yang dicetak (mis. 2026-TW1).")
    periode, _mulai, selesai = periode_skp(s, row, periode_key)
    require_see_periode(s, actor, row, selesai)
    ev = find_evaluasi(s, row.id, periode.key)
    if ev is None or ev.deleted_at is not None:
        raise ValidationError(
            f"{label_skp(s, row)} belum punya evaluasi periode {periode.label} {periode.tahun}: "
            "realisasi belum diisi dan belum dinilai.")
    return ev


def siapkan_evaluasi(s: Session, actor: Actor, jenis: JenisDokumen, row: Skp,
                     periode_key: str | None, opsi: OpsiCetak,
                     kunci: KunciSitus | None) -> _EvaluasiSiap:
    """Evaluasi Kinerja Pegawai or Dokumen Evaluasi of one SKP and period; a period not yet
    rated prints as a draft (DRAF, no code)."""
    ev = _evaluasi_row(s, actor, row, periode_key)
    label = label_skp(s, row)
    draf = not evaluasi_final(ev)
    data: LembarEvaluasi | LembarDokumenEvaluasi
    data = data_evaluasi(s, ev) if jenis is JenisDokumen.EVALUASI else data_dokumen_evaluasi(s, ev)
    if data.penilai is None:
        raise ValidationError(
            f"{label}: penilaian periode ini belum punya Pejabat Penilai Kinerja; tetapkan "
            "penilai SKP-nya di halaman SKP sebelum mencetak.")
    if not draf and kunci is None:
        raise KunciDiperlukan()
    rencana = None
    if not draf:
        assert kunci is not None
        rencana = rencanakan(
            s, kunci, actor.username, jenis=jenis, subjek_id=ev.id, subjek_versi=ev.version,
            data=data, ringkasan=ringkasan_evaluasi(jenis, data.pegawai, data.penilai, ev,
                                                    data.periode.teks))
    pegawai = s.get(Pegawai, row.pegawai_id)
    unit_id = row.unit_kerja_id or (pegawai.unit_kerja_id if pegawai else None)
    kop = kop_unit(s, unit_id)
    tempat = opsi.tempat.strip() or (row.tempat_penetapan or "")
    tanggal = opsi.tanggal or ev.tanggal_penilaian or dt.date.today()
    cetak: LembarEvaluasi | LembarDokumenEvaluasi
    if isinstance(data, LembarEvaluasi):
        cetak = dataclasses.replace(
            data, tempat=tempat, tanggal=tanggal,
            spesimen_penilai=None if draf else spesimen(s, ev.penilai_id or row.penilai_id))
        mendatar = True
    else:
        cetak = dataclasses.replace(
            data, tempat=tempat, tanggal=tanggal, lambang=kop.logo,
            spesimen_pegawai=None if draf else spesimen(s, row.pegawai_id),
            spesimen_penilai=None if draf else spesimen(s, ev.penilai_id or row.penilai_id))
        mendatar = False
    nip = pegawai.nip if pegawai else ""
    nama = pegawai.nama if pegawai else ""
    awalan = "Evaluasi" if jenis is JenisDokumen.EVALUASI else "Dokumen_Evaluasi"
    return _EvaluasiSiap(jenis, cetak, opsi.tata(mendatar=mendatar, kop=kop), draf, rencana,
                         nama_file(awalan, ev.periode_key, nip, nama), label)


def cetak_evaluasi(db: Database, actor: Actor, skp_id: uuid.UUID, periode_key: str,
                   opsi: OpsiCetak, kunci: KunciSitus | None) -> DokumenPdf:
    return cetak_per_pegawai(db, actor, JenisDokumen.EVALUASI, skp_id, periode_key, opsi, kunci)


def cetak_dokumen_evaluasi(db: Database, actor: Actor, skp_id: uuid.UUID, periode_key: str,
                           opsi: OpsiCetak, kunci: KunciSitus | None) -> DokumenPdf:
    return cetak_per_pegawai(db, actor, JenisDokumen.DOKUMEN_EVALUASI, skp_id, periode_key,
                             opsi, kunci)


def label_skp(s: Session, row: Skp) -> str:
    p = s.get(Pegawai, row.pegawai_id)
    return f"{p.nama} ({p.nip})" if p is not None else str(row.pegawai_id)


def siapkan(s: Session, actor: Actor, jenis: JenisDokumen, row: Skp, periode_key: str | None,
            opsi: OpsiCetak, kunci: KunciSitus | None) -> SiapCetak:
    """One pegawai's document of this kind, read and checked (batch printing)."""
    if jenis is JenisDokumen.SKP:
        return siapkan_skp(s, actor, row, opsi, kunci)
    if jenis in (JenisDokumen.EVALUASI, JenisDokumen.DOKUMEN_EVALUASI):
        return siapkan_evaluasi(s, actor, jenis, row, periode_key, opsi, kunci)
    raise ValidationError(f"{jenis.label} dicetak per unit, bukan per pegawai.")


def perlu_kunci(db: Database, actor: Actor, jenis: JenisDokumen, skp_id: uuid.UUID,
                periode_key: str | None) -> bool:
    """Whether printing this document signs it (asks for the key only when it does)."""
    if not jenis.bertanda:
        return False
    with db.read() as s:
        row = skp_service.skp_or_404(s, skp_id)
        if jenis is JenisDokumen.SKP:
            return row.status not in (StatusSKP.DRAFT, StatusSKP.DIAJUKAN)
        if not periode_key:
            return False
        periode, _mulai, _selesai = periode_skp(s, row, periode_key)
        ev = find_evaluasi(s, row.id, periode.key)
        return ev is not None and evaluasi_final(ev)


def cetak_per_pegawai(db: Database, actor: Actor, jenis: JenisDokumen, skp_id: uuid.UUID,
                      periode_key: str | None, opsi: OpsiCetak,
                      kunci: KunciSitus | None) -> DokumenPdf:
    with db.read() as s:
        siap = siapkan(s, actor, jenis, skp_service.skp_or_404(s, skp_id), periode_key, opsi,
                       kunci)
    return selesaikan(db, actor, siap)


def simpan_pdf(dok: DokumenPdf, path: Path) -> Path:
    """Writes the PDF atomically; a full disk or a locked file leaves nothing behind."""
    return write_bytes_atomic(dok.data, path, ".pdf")
