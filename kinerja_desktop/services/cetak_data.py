"""What each signed document says, read from the database (issue 5).

One builder per signed document kind. Printing hashes and signs what the builder
returns; verifying builds it again from today's data and compares the hashes, so a
document whose data changed after printing is reported as superseded. Print-time
choices (paper, place and date of signing, specimens) are not part of the data.
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kinerja_desktop.documents.dokumen_evaluasi_pdf import LembarDokumenEvaluasi
from kinerja_desktop.documents.evaluasi_pdf import (
    BarisPeriode,
    IkiEvaluasi,
    LembarEvaluasi,
    RekamanUmpanBalik,
    RhkEvaluasi,
    baris_periode,
    label_predikat,
    label_rating,
)
from kinerja_desktop.documents.pdf_kit import tanggal_indonesia
from kinerja_desktop.documents.skp_workbook import Orang, SkpSheet
from kinerja_desktop.domain.berakhlak import CORE_VALUES
from kinerja_desktop.domain.dokumen import JenisDokumen
from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.evaluasi import StatusEvaluasi
from kinerja_desktop.domain.skp import Iki, StatusSKP, format_angka
from kinerja_desktop.domain.verifikasi import sha256_data
from kinerja_desktop.services.realisasi import periode_of
from kinerja_desktop.services.skp import Identitas, identitas
from kinerja_desktop.services.skp_excel import nama_instansi, sheet_data
from kinerja_desktop.storage.models import (
    BuktiDukung,
    EvaluasiPeriode,
    Pegawai,
    RealisasiIki,
    Skp,
    UmpanBalik,
)


@dataclass(frozen=True, slots=True)
class KeadaanSubjek:
    """Today's state of a printed document's subject."""

    sha256: str
    digantikan: str = ""  # why a newer version replaces it ("" = it is current)


def data_skp(s: Session, row: Skp) -> SkpSheet:
    """The SKP as printed; the row version and the workbook's hidden hints are left out
    because they change without changing what the paper says."""
    sheet = sheet_data(s, row, nama_instansi(s))
    return dataclasses.replace(sheet, skp_version=None, intervensi_ref={}, tempat="",
                               tanggal=row.tanggal_penetapan)


def ringkasan_skp(sheet: SkpSheet, row: Skp) -> list[tuple[str, str]]:
    status = row.status.label
    if row.tanggal_penetapan is not None:
        status += f" {tanggal_indonesia(row.tanggal_penetapan)}"
    jumlah_iki = sum(len(r.iki) for r in sheet.isi.rhk)
    out = [("Dokumen", JenisDokumen.SKP.label), ("Pegawai", sheet.pegawai.nama),
           ("NIP", sheet.pegawai.nip), ("Jabatan", sheet.pegawai.jabatan),
           ("Periode", f"{tanggal_indonesia(sheet.periode_mulai)} – "
                       f"{tanggal_indonesia(sheet.periode_selesai)}")]
    if sheet.penilai is not None:
        out.append(("Pejabat Penilai Kinerja", f"{sheet.penilai.nama} ({sheet.penilai.nip})"))
    out += [("Status SKP", status), ("Jumlah RHK / IKI", f"{len(sheet.isi.rhk)} / {jumlah_iki}")]
    if row.revisi_ke:
        out.append(("Revisi ke", str(row.revisi_ke)))
    return out


# ---------------------------------------------------------------------------
# Evaluations


def evaluasi_final(ev: EvaluasiPeriode) -> bool:
    """Rated: the evaluation documents are signed; before that they print as drafts."""
    return ev.status in (StatusEvaluasi.DINILAI, StatusEvaluasi.DITUTUP) and (
        ev.predikat is not None)


def _orang(s: Session, pegawai_id: object, cadangan: Orang | None) -> Orang | None:
    """Who rated (a Plt may rate instead of the SKP's penilai), else the SKP's person."""
    p = s.get(Pegawai, pegawai_id) if pegawai_id is not None else None
    if p is None:
        return cadangan
    i = identitas(s, p)
    return Orang(i.nama, i.nip, i.pangkat_gol, i.jabatan, i.unit_kerja)


def _baris_periode(s: Session, skp: Skp, ev: EvaluasiPeriode) -> BarisPeriode:
    try:
        return baris_periode(periode_of(s, skp, ev.periode_key))
    except ValidationError:  # the scheme changed after the period was evaluated
        return BarisPeriode("PERIODE:", (ev.periode_key,), 0)


def _realisasi_teks(iki: Iki, r: RealisasiIki | None) -> str:
    if r is None:
        return ""
    parts = []
    if r.realisasi_nilai is not None:
        parts.append(f"{format_angka(Decimal(r.realisasi_nilai))} {iki.target_satuan}".strip())
    teks = (r.realisasi_teks or "").strip()
    if teks:
        parts.append(teks)
    return "; ".join(parts)


def data_evaluasi(s: Session, ev: EvaluasiPeriode) -> LembarEvaluasi:
    """The Evaluasi Kinerja Pegawai of one period as printed (DOMAIN §8.3)."""
    skp = s.get(Skp, ev.skp_id)
    assert skp is not None
    sheet = data_skp(s, skp)
    reals = {r.iki_id: r for r in s.scalars(select(RealisasiIki).where(
        RealisasiIki.evaluasi_id == ev.id, RealisasiIki.deleted_at.is_(None)))}
    bukti: dict[object, list[str]] = {}
    if reals:
        for b in s.scalars(select(BuktiDukung).where(
                BuktiDukung.realisasi_id.in_([r.id for r in reals.values()]),
                BuktiDukung.deleted_at.is_(None)).order_by(BuktiDukung.updated_at,
                                                           BuktiDukung.id)):
            bukti.setdefault(b.realisasi_id, []).append(b.nama_file or b.tautan or "")
    feedback = s.scalars(select(UmpanBalik).where(
        UmpanBalik.evaluasi_id == ev.id, UmpanBalik.deleted_at.is_(None))
        .order_by(UmpanBalik.at, UmpanBalik.id)).all()
    per_rhk: dict[object, list[str]] = {}
    per_nilai: dict[int, list[str]] = {}
    rekaman: list[RekamanUmpanBalik] = []
    uraian = {r.id: r.uraian for r in sheet.isi.rhk}
    nama: dict[object, str] = {}
    for f in feedback:
        if f.rhk_id is not None:
            per_rhk.setdefault(f.rhk_id, []).append(f.teks)
            sasaran = uraian.get(f.rhk_id, "")
        else:
            per_nilai.setdefault(f.core_value or 0, []).append(f.teks)
            sasaran = (CORE_VALUES[f.core_value - 1].nama
                       if f.core_value and 1 <= f.core_value <= len(CORE_VALUES) else "")
        if f.oleh_pegawai_id not in nama:
            p = s.get(Pegawai, f.oleh_pegawai_id) if f.oleh_pegawai_id else None
            nama[f.oleh_pegawai_id] = identitas(s, p).nama if p else f.username
        rekaman.append(RekamanUmpanBalik(f.at.date(), sasaran, f.teks, nama[f.oleh_pegawai_id]))
    rhk = tuple(
        RhkEvaluasi(
            uraian=r.uraian, jenis=r.jenis, intervensi=intervensi,
            iki=tuple(IkiEvaluasi(
                uraian=i.uraian, aspek=i.aspek, target=i.target_label(),
                realisasi=_realisasi_teks(i, reals.get(i.id) if i.id else None),
                bukti=tuple(bukti.get(reals[i.id].id, ())) if i.id in reals else (),
                perspektif=i.perspektif) for i in r.iki),
            umpan_balik=tuple(per_rhk.get(r.id, ())))
        for r, intervensi in zip(sheet.isi.ordered_rhk(), sheet.intervensi, strict=True))
    return LembarEvaluasi(
        periode=_baris_periode(s, skp, ev), periode_mulai=ev.mulai, periode_selesai=ev.selesai,
        instansi=sheet.instansi, pegawai=sheet.pegawai,
        penilai=_orang(s, ev.penilai_id, sheet.penilai), rhk=rhk,
        pendekatan=sheet.isi.pendekatan, form_family=sheet.isi.form_family,
        ekspektasi=dict(sheet.isi.ekspektasi),
        umpan_balik_perilaku={k: tuple(v) for k, v in per_nilai.items() if k},
        capaian_organisasi=ev.capaian_organisasi, rating_hasil_kerja=ev.rating_hasil_kerja,
        rating_perilaku=ev.rating_perilaku, predikat=ev.predikat, tanggal=ev.tanggal_penilaian,
        rekaman=tuple(rekaman) if rekaman else None, kolom_atasan=sheet.kolom_atasan,
        bagian_kinerja=sheet.bagian_kinerja)


def _atasan_penilai(s: Session, skp: Skp, ev: EvaluasiPeriode) -> Orang | None:
    snap = (skp.snapshot or {}).get("atasan_penilai")
    luar = skp.atasan_penilai_luar
    cadangan = None
    if snap or luar:
        i = Identitas.from_json(snap or luar or {})
        cadangan = Orang(i.nama, i.nip, i.pangkat_gol, i.jabatan, i.unit_kerja)
    return _orang(s, ev.atasan_penilai_id, cadangan)


def data_dokumen_evaluasi(s: Session, ev: EvaluasiPeriode) -> LembarDokumenEvaluasi:
    """The Dokumen Evaluasi Kinerja Pegawai of one period as printed (DOMAIN §8.4)."""
    skp = s.get(Skp, ev.skp_id)
    assert skp is not None
    sheet = data_skp(s, skp)
    return LembarDokumenEvaluasi(
        periode=_baris_periode(s, skp, ev), periode_mulai=ev.mulai,
        periode_selesai=ev.selesai, instansi=sheet.instansi, pegawai=sheet.pegawai,
        penilai=_orang(s, ev.penilai_id, sheet.penilai),
        atasan_penilai=_atasan_penilai(s, skp, ev), capaian_organisasi=ev.capaian_organisasi,
        predikat=ev.predikat, catatan=ev.catatan_rekomendasi or "", tanggal=ev.tanggal_penilaian)


def ringkasan_evaluasi(jenis: JenisDokumen, pegawai: Orang, penilai: Orang | None,
                       ev: EvaluasiPeriode, periode: str) -> list[tuple[str, str]]:
    out = [("Dokumen", jenis.label), ("Pegawai", pegawai.nama), ("NIP", pegawai.nip),
           ("Periode", f"{periode} ({tanggal_indonesia(ev.mulai)} – "
                       f"{tanggal_indonesia(ev.selesai)})")]
    if penilai is not None:
        out.append(("Pejabat Penilai Kinerja", f"{penilai.nama} ({penilai.nip})"))
    # As printed on the paper, so the verifier's answer reads like the document.
    out += [("Rating hasil kerja", label_rating(ev.rating_hasil_kerja) or "-"),
            ("Rating perilaku kerja", label_rating(ev.rating_perilaku) or "-"),
            ("Predikat kinerja", label_predikat(ev.predikat) or "-")]
    if ev.tanggal_penilaian is not None:
        out.append(("Tanggal penilaian", tanggal_indonesia(ev.tanggal_penilaian)))
    return out


def keadaan_subjek(s: Session, jenis: JenisDokumen, subjek_id: uuid.UUID) -> KeadaanSubjek | None:
    """None when the subject is not in this database (e.g. not synced yet)."""
    if jenis is JenisDokumen.SKP:
        row = s.get(Skp, subjek_id)
        if row is None or row.deleted_at is not None:
            return None
        why = ""
        if row.status is StatusSKP.DIGANTIKAN:
            why = ("SKP ini sudah direvisi dan revisinya telah ditetapkan: kertas ini bukan "
                   "SKP yang berlaku. Cetak SKP revisi terbaru.")
        return KeadaanSubjek(sha256_data(data_skp(s, row)), why)
    if jenis in (JenisDokumen.EVALUASI, JenisDokumen.DOKUMEN_EVALUASI):
        ev = s.get(EvaluasiPeriode, subjek_id)
        if ev is None or ev.deleted_at is not None:
            return None
        if not evaluasi_final(ev):
            return KeadaanSubjek("", "Penilaian periode ini dibuka kembali sesudah dokumen "
                                     "dicetak: dokumen ini tidak berlaku lagi.")
        data = (data_evaluasi(s, ev) if jenis is JenisDokumen.EVALUASI
                else data_dokumen_evaluasi(s, ev))
        return KeadaanSubjek(sha256_data(data))
    return None
