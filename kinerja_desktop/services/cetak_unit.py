"""Printing a unit's documents (issue 5 point 1): the recap of a period, the Format
Penetapan Predikat Kinerja and the SKM report. They carry no verification code: the
regulation signs the per-pegawai documents; these are the unit's working papers."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections.abc import Callable
from typing import BinaryIO, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from kinerja_desktop.documents.pdf_kit import TandaTangan, TataHalaman, tempat_tanggal
from kinerja_desktop.documents.penetapan_pdf import (
    BarisPenetapan,
    DokumenPenetapan,
    tulis_penetapan_pdf,
)
from kinerja_desktop.documents.rekap_pdf import (
    BarisRekap,
    DistribusiBaris,
    DokumenRekap,
    tulis_rekap_pdf,
)
from kinerja_desktop.documents.skm_pdf import DokumenSkm, tulis_skm_pdf
from kinerja_desktop.domain.dokumen import JenisDokumen
from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.services.cetak_opsi import DokumenPdf, OpsiCetak, nama_file
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.kop_surat import kop_unit, spesimen
from kinerja_desktop.services.rekap import RekapUnit, rekap_unit
from kinerja_desktop.services.skm import get_survei, list_survei
from kinerja_desktop.services.skp import identitas, kepala_of
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import EvaluasiPeriode, Pegawai, RapatEvaluasi, UnitKerja

D = TypeVar("D")
_TITIK = "...................................."  # room to write a name by hand


def _render(tulis: Callable[[BinaryIO, D, TataHalaman], int], dok: D,
            tata: TataHalaman) -> tuple[bytes, int]:
    buf = io.BytesIO()
    halaman = tulis(buf, dok, tata)
    return buf.getvalue(), halaman


def _pimpinan(s: Session, unit_id: uuid.UUID, ttd: str) -> TandaTangan:
    """The unit head as the signer; a blank line to sign on when the unit has none."""
    kepala = kepala_of(s, unit_id)
    p = s.get(Pegawai, kepala) if kepala is not None else None
    if p is None:
        return TandaTangan("Pimpinan Unit Kerja", _TITIK, "", tempat_tanggal=ttd)
    ident = identitas(s, p)
    return TandaTangan(ident.jabatan or "Pimpinan Unit Kerja", ident.nama, ident.nip,
                       tempat_tanggal=ttd, spesimen=spesimen(s, p.id))


def _distribusi(r: RekapUnit) -> tuple[DistribusiBaris, ...]:
    return tuple(DistribusiBaris(d.predikat, d.jumlah, d.persen) for d in r.distribusi)


def cetak_rekap(db: Database, actor: Actor, unit_id: uuid.UUID, periode_key: str,
                opsi: OpsiCetak, *, sub_unit: bool = True) -> DokumenPdf:
    """The unit recap of a period: predikat per pegawai, distribution and curve."""
    r = rekap_unit(db, actor, unit_id, periode_key, sub_unit=sub_unit)
    tanggal = opsi.tanggal or dt.date.today()
    with db.read() as s:
        tata = opsi.tata(mendatar=True, kop=kop_unit(s, unit_id))
        pimpinan = _pimpinan(s, unit_id, tempat_tanggal(opsi.tempat, tanggal))
    dok = DokumenRekap(
        unit_nama=r.unit_nama, periode=f"{r.periode_label} {r.tahun}", mulai=r.mulai,
        selesai=r.selesai,
        baris=tuple(BarisRekap(b.nama, b.nip_teks, b.jabatan, b.unit_nama, b.rating_hasil_kerja,
                               b.rating_perilaku, b.predikat, b.status) for b in r.baris),
        distribusi=_distribusi(r), dinilai=r.dinilai, belum_dinilai=r.belum_dinilai,
        tanpa_skp=r.tanpa_skp, predikat_organisasi=r.predikat_organisasi,
        kurva_teks=r.kurva_teks, sub_unit=r.sub_unit, pimpinan=pimpinan)
    data, halaman = _render(tulis_rekap_pdf, dok, tata)
    return DokumenPdf(data, nama_file("Rekap", r.periode_key, r.unit_kode, r.unit_nama),
                      None, halaman, False)


def cetak_penetapan(db: Database, actor: Actor, unit_id: uuid.UUID, periode_key: str,
                    opsi: OpsiCetak, *, sub_unit: bool = True) -> DokumenPdf:
    """Format Penetapan Predikat Kinerja: the decisions of the period with their reasons.

    Place and date default to those of the unit's rapat evaluasi for the period."""
    r = rekap_unit(db, actor, unit_id, periode_key, sub_unit=sub_unit)
    with db.read() as s:
        rapat = s.scalar(select(RapatEvaluasi).where(
            RapatEvaluasi.unit_kerja_id == unit_id, RapatEvaluasi.periode_key == r.periode_key,
            RapatEvaluasi.deleted_at.is_(None)))
        tempat = opsi.tempat.strip() or (rapat.tempat or "" if rapat else "")
        tanggal = opsi.tanggal or (rapat.tanggal if rapat else None)
        skp_ids = [b.skp_id for b in r.baris if b.skp_id is not None]
        alasan = {skp: why or "" for skp, why in s.execute(
            select(EvaluasiPeriode.skp_id, EvaluasiPeriode.alasan_override).where(
                EvaluasiPeriode.skp_id.in_(skp_ids),
                EvaluasiPeriode.periode_key == r.periode_key))} if skp_ids else {}
        tata = opsi.tata(mendatar=True, kop=kop_unit(s, unit_id))
        pimpinan = _pimpinan(s, unit_id, "")
    dok = DokumenPenetapan(
        unit_nama=r.unit_nama, periode=f"{r.periode_label} {r.tahun}", mulai=r.mulai,
        selesai=r.selesai, predikat_organisasi=r.predikat_organisasi,
        baris=tuple(BarisPenetapan(
            b.nama, b.nip_teks, b.jabatan, b.rating_hasil_kerja, b.rating_perilaku,
            b.predikat, alasan.get(b.skp_id, "") if b.skp_id else "", b.status)
            for b in r.baris),
        distribusi=_distribusi(r), dinilai=r.dinilai, kurva_teks=r.kurva_teks, tempat=tempat,
        tanggal=tanggal, pimpinan=pimpinan, sub_unit=r.sub_unit)
    data, halaman = _render(tulis_penetapan_pdf, dok, tata)
    return DokumenPdf(data, nama_file("Penetapan_Predikat", r.periode_key, r.unit_kode),
                      None, halaman, False)


def cetak_skm(db: Database, actor: Actor, survei_id: uuid.UUID, opsi: OpsiCetak) -> DokumenPdf:
    """The SKM report of one survey (IKM, konversi, mutu, the weakest unsur)."""
    sv = get_survei(db, actor, survei_id)
    tanggal = opsi.tanggal or dt.date.today()
    with db.read() as s:
        tata = opsi.tata(mendatar=False, kop=kop_unit(s, sv.unit_kerja_id))
        ttd = _pimpinan(s, sv.unit_kerja_id, tempat_tanggal(opsi.tempat, tanggal))
    dok = DokumenSkm(unit_nama=sv.unit_nama, periode=sv.periode_label, hasil=sv.hasil,
                     layanan=sv.layanan, sumber=sv.sumber, keterangan=sv.keterangan,
                     penandatangan=ttd)
    data, halaman = _render(tulis_skm_pdf, dok, tata)
    return DokumenPdf(data, nama_file("SKM", sv.periode_key, sv.unit_kode, sv.layanan),
                      None, halaman, False)


def survei_untuk(db: Database, actor: Actor, unit_id: uuid.UUID, periode_key: str,
                 layanan: str | None) -> uuid.UUID:
    """The survey of a unit and period (and layanan, when the unit surveyed several)."""
    found = list_survei(db, actor, unit_id=unit_id, periode_key=periode_key)
    with db.read() as s:
        unit = s.get(UnitKerja, unit_id)
        nama = unit.nama if unit else str(unit_id)
    if layanan is not None:
        found = [f for f in found if f.layanan.casefold() == layanan.strip().casefold()]
    if not found:
        raise ValidationError(f"Belum ada survei SKM untuk {nama} periode {periode_key}"
                              + (f" layanan '{layanan}'" if layanan else "") + ".")
    if len(found) > 1:
        pilihan = ", ".join(f"'{f.layanan or 'seluruh unit'}'" for f in found)
        raise ValidationError(f"{nama} punya {len(found)} survei SKM periode {periode_key}; "
                              f"sebutkan layanannya (--layanan): {pilihan}.")
    return found[0].id


def cetak_unit(db: Database, actor: Actor, jenis: JenisDokumen, unit_id: uuid.UUID,
               periode_key: str, opsi: OpsiCetak, *, layanan: str | None = None) -> DokumenPdf:
    if jenis is JenisDokumen.REKAP:
        return cetak_rekap(db, actor, unit_id, periode_key, opsi)
    if jenis is JenisDokumen.PENETAPAN:
        return cetak_penetapan(db, actor, unit_id, periode_key, opsi)
    if jenis is JenisDokumen.SKM:
        return cetak_skm(db, actor, survei_untuk(db, actor, unit_id, periode_key, layanan), opsi)
    raise ValidationError(f"{jenis.label} dicetak per pegawai, bukan per unit.")
