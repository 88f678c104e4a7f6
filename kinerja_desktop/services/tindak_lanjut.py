"""Tindak lanjut hasil penilaian (issue 4 point 6, DOMAIN §7.3, §13): training needs from
competency gaps and low ratings, award candidates, angka kredit of jabatan fungsional.

Every list is per unit (with its sub-units, by the unit on the SKP; competency
evaluations by the pegawai's unit) and year, limited to whom the account may see.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from kinerja_desktop.documents.tindak_lanjut_workbook import Kolom, Lembar, tulis_lembar
from kinerja_desktop.domain.angka_kredit import KOEFISIEN, PERSENTASE, angka_kredit
from kinerja_desktop.domain.jabatan import JenjangFungsional, KategoriJabatan
from kinerja_desktop.domain.kompetensi import JenisKompetensi
from kinerja_desktop.domain.pegawai import nama_lengkap
from kinerja_desktop.domain.periode import find_periode
from kinerja_desktop.domain.predikat import Predikat
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.services.aturan_periode import aturan_in
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.hasil_tahunan import (
    HasilEvaluasi,
    load_hasil,
    scope_for,
    tahunan_key,
    terakhir_per_pegawai,
    unit_subtree,
)
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import (
    EvaluasiKompetensi,
    Jabatan,
    NilaiKompetensi,
    Pegawai,
    UnitKerja,
)

# ---------------------------------------------------------------------------
# Kebutuhan pelatihan

SUMBER_KOMPETENSI = "Kesenjangan kompetensi"
SUMBER_PENILAIAN = "Hasil penilaian"

# Priority: the worse the predikat, the higher; a competency gap of g levels scores 3g.
_PRIORITAS_PREDIKAT = {
    Predikat.SANGAT_KURANG: 30,
    Predikat.KURANG: 25,
    Predikat.BUTUH_PERBAIKAN: 20,
}
_PRIORITAS_RATING = 15

_SARAN_PREDIKAT = {
    Predikat.BUTUH_PERBAIKAN: (
        "Susun rencana peningkatan kinerja bersama atasan langsung; coaching dan pemantauan "
        "capaian setiap bulan pada periode berikutnya."),
    Predikat.KURANG: (
        "Pembinaan dan konseling kinerja oleh atasan langsung; bila penyebabnya pelanggaran "
        "perilaku (misconduct), tindak lanjuti sesuai ketentuan disiplin ASN."),
    Predikat.SANGAT_KURANG: (
        "Pembinaan intensif dengan target perbaikan tertulis, evaluasi kesesuaian penempatan "
        "jabatan, dan pemantauan ketat oleh atasan langsung."),
}
_SARAN_JENIS = {
    JenisKompetensi.TEKNIS: "pelatihan/bimbingan teknis (bimtek) bidang {nama}",
    JenisKompetensi.MANAJERIAL: "pelatihan kompetensi manajerial {nama}",
    JenisKompetensi.SOSIAL_KULTURAL: "pelatihan sosial kultural {nama}",
}


@dataclass(frozen=True, slots=True)
class KebutuhanPelatihan:
    sumber: str
    kebutuhan: str  # named after the competency or the reason
    rincian: str
    saran: str
    prioritas: int  # higher first

    @property
    def tingkat(self) -> str:
        """Tinggi / Sedang / Rendah, as shown beside the priority."""
        if self.prioritas >= _PRIORITAS_PREDIKAT[Predikat.KURANG]:
            return "Tinggi"
        if self.prioritas >= 6:
            return "Sedang"
        return "Rendah"


@dataclass(frozen=True, slots=True)
class PegawaiKebutuhan:
    pegawai_id: uuid.UUID
    nip: str
    nama: str
    jabatan: str
    unit: str
    kebutuhan: tuple[KebutuhanPelatihan, ...]  # by priority, highest first

    @property
    def prioritas(self) -> int:
        return max((k.prioritas for k in self.kebutuhan), default=0)


def _saran_kompetensi(jenis: JenisKompetensi, nama: str, gap: int) -> str:
    inti = _SARAN_JENIS[jenis].format(nama=nama)
    if gap >= 2:
        return (f"Ikutkan {inti} secara klasikal (diklat), lalu praktik kerja dengan "
                "pendampingan atasan.")
    return (f"Pengembangan mandiri: coaching/mentoring oleh atasan, e-learning, atau "
            f"{inti} singkat.")


def _dari_penilaian(h: HasilEvaluasi, periode_label: str) -> list[KebutuhanPelatihan]:
    out: list[KebutuhanPelatihan] = []
    if h.predikat in _PRIORITAS_PREDIKAT:
        out.append(KebutuhanPelatihan(
            SUMBER_PENILAIAN, f"Perbaikan kinerja (predikat {h.predikat.label})",
            f"Predikat {periode_label}: {h.predikat.label}.", _SARAN_PREDIKAT[h.predikat],
            _PRIORITAS_PREDIKAT[h.predikat]))
    if h.rating_hasil_kerja is Rating.DI_BAWAH_EKSPEKTASI:
        out.append(KebutuhanPelatihan(
            SUMBER_PENILAIAN, "Peningkatan capaian hasil kerja",
            f"Rating hasil kerja {periode_label}: Di Bawah Ekspektasi.",
            "Pelatihan teknis sesuai Rencana Hasil Kerja yang belum tercapai dan "
            "pendampingan (coaching) oleh atasan langsung.", _PRIORITAS_RATING))
    if h.rating_perilaku is Rating.DI_BAWAH_EKSPEKTASI:
        out.append(KebutuhanPelatihan(
            SUMBER_PENILAIAN, "Penguatan perilaku kerja BerAKHLAK",
            f"Rating perilaku kerja {periode_label}: Di Bawah Ekspektasi.",
            "Konseling oleh atasan dan pelatihan/pembinaan nilai dasar ASN BerAKHLAK; "
            "pantau umpan balik perilaku setiap periode.", _PRIORITAS_RATING))
    return out


def kebutuhan_pelatihan(
    db: Database, actor: Actor, tahun: int, *, unit_id: uuid.UUID | None = None,
    periode_key: str | None = None, today: dt.date | None = None,
) -> list[PegawaiKebutuhan]:
    """Training needs per pegawai: competency gaps (standar − nilai > 0) of ``tahun`` and
    low ratings/predikat of the annual evaluation (or ``periode_key``); pegawai with the
    most urgent need first, then by name."""
    per: dict[uuid.UUID, tuple[tuple[str, str, str, str], list[KebutuhanPelatihan]]] = {}
    with db.read() as s:
        periode = find_periode(aturan_in(s, tahun), periode_key or tahunan_key(tahun))
        key = periode.key
        label = "tahunan" if key == tahunan_key(tahun) else f"periode {periode.label}"
        for h in terakhir_per_pegawai(load_hasil(s, actor, tahun, periode_key=key,
                                                 unit_id=unit_id, today=today)):
            needs = _dari_penilaian(h, label)
            if needs:
                per.setdefault(h.pegawai_id, ((h.nip, h.nama, h.jabatan, h.unit), []))[1] \
                    .extend(needs)
        units = unit_subtree(s, unit_id)
        scope = scope_for(s, actor, tahun, today)
        stmt = (
            select(Pegawai, Jabatan.nama, UnitKerja.nama, NilaiKompetensi)
            .join(EvaluasiKompetensi, EvaluasiKompetensi.pegawai_id == Pegawai.id)
            .join(NilaiKompetensi,
                  NilaiKompetensi.evaluasi_kompetensi_id == EvaluasiKompetensi.id)
            .outerjoin(Jabatan, Jabatan.id == Pegawai.jabatan_id)
            .outerjoin(UnitKerja, UnitKerja.id == Pegawai.unit_kerja_id)
            .where(EvaluasiKompetensi.tahun == tahun, EvaluasiKompetensi.deleted_at.is_(None),
                   NilaiKompetensi.deleted_at.is_(None), Pegawai.deleted_at.is_(None),
                   NilaiKompetensi.standar > NilaiKompetensi.nilai)
            .order_by(NilaiKompetensi.no_urut)
        )
        if units is not None:
            stmt = stmt.where(Pegawai.unit_kerja_id.in_(units))
        for p, jab, unit, nk in s.execute(stmt):
            if scope is not None and p.id not in scope:
                continue
            gap = nk.standar - nk.nilai
            who = (p.nip, nama_lengkap(p.gelar_depan, p.nama, p.gelar_belakang), jab or "",
                   unit or "")
            per.setdefault(p.id, (who, []))[1].append(KebutuhanPelatihan(
                SUMBER_KOMPETENSI, f"{nk.nama} ({nk.jenis.label})",
                f"Standar {nk.standar}, nilai {nk.nilai}: kesenjangan {gap} level.",
                _saran_kompetensi(nk.jenis, nk.nama, gap), 3 * gap))
    out = [
        PegawaiKebutuhan(pid, nip, nama, jab, unit,
                         tuple(sorted(needs, key=lambda k: -k.prioritas)))
        for pid, ((nip, nama, jab, unit), needs) in per.items()
    ]
    out.sort(key=lambda p: (-p.prioritas, p.nama.casefold(), p.nip))
    return out


# ---------------------------------------------------------------------------
# Calon penghargaan


@dataclass(frozen=True, slots=True)
class CalonPenghargaan:
    pegawai_id: uuid.UUID
    nip: str
    nama: str
    jabatan: str
    unit: str
    predikat: Predikat | None  # the annual predikat (None: not rated for the year yet)
    alasan: str


def calon_penghargaan(
    db: Database, actor: Actor, tahun: int, *, unit_id: uuid.UUID | None = None,
    konsisten: bool = False, today: dt.date | None = None,
) -> list[CalonPenghargaan]:
    """Pegawai with predikat Sangat Baik in the annual evaluation; with ``konsisten``
    also those rated Di Atas Ekspektasi on hasil kerja in every rated period of the year."""
    tahunan = tahunan_key(tahun)
    with db.read() as s:
        semua = load_hasil(s, actor, tahun, unit_id=unit_id, semua_periode=True, today=today)
    annual = {h.pegawai_id: h for h in terakhir_per_pegawai(
        [h for h in semua if h.periode_key == tahunan])}
    periodik: dict[uuid.UUID, list[HasilEvaluasi]] = {}
    for h in semua:
        if h.periode_key != tahunan:
            periodik.setdefault(h.pegawai_id, []).append(h)
    out: list[CalonPenghargaan] = []
    seen: set[uuid.UUID] = set()
    for h in annual.values():
        if h.predikat is Predikat.SANGAT_BAIK:
            seen.add(h.pegawai_id)
            out.append(CalonPenghargaan(
                h.pegawai_id, h.nip, h.nama, h.jabatan, h.unit, h.predikat,
                "Predikat tahunan Sangat Baik (hasil kerja dan perilaku kerja Di Atas "
                "Ekspektasi)."))
    if konsisten:
        for pid, rows in periodik.items():
            if pid in seen or not all(
                    r.rating_hasil_kerja is Rating.DI_ATAS_EKSPEKTASI for r in rows):
                continue
            first = annual.get(pid) or rows[-1]
            jumlah = len({r.periode_key for r in rows})
            out.append(CalonPenghargaan(
                pid, first.nip, first.nama, first.jabatan, first.unit,
                annual[pid].predikat if pid in annual else None,
                f"Rating hasil kerja Di Atas Ekspektasi di semua {jumlah} periode yang sudah "
                "dinilai tahun ini."))
    out.sort(key=lambda c: (c.predikat is not Predikat.SANGAT_BAIK, c.nama.casefold(), c.nip))
    return out


# ---------------------------------------------------------------------------
# Angka kredit


@dataclass(frozen=True, slots=True)
class AngkaKreditRow:
    pegawai_id: uuid.UUID
    nip: str
    nama: str
    jabatan: str
    jenjang: JenjangFungsional
    unit: str
    mulai: dt.date | None
    selesai: dt.date | None
    bulan: int
    predikat: Predikat | None
    koefisien: Decimal
    persentase: Decimal | None
    angka_kredit: Decimal | None  # None: no annual predikat yet
    keterangan: str


def bulan_penilaian(mulai: dt.date, selesai: dt.date) -> int:
    """Months of an SKP period that count for angka kredit (I): a calendar month counts
    when the period covers its 15th day, so the two SKPs around a mutasi never both
    count the same month (1 Jan–31 Dec → 12; 1 Jan–28 Feb → 2; 16 Mar–31 Dec → 9)."""
    bulan = 0
    year, month = mulai.year, mulai.month
    while (year, month) <= (selesai.year, selesai.month):
        if mulai <= dt.date(year, month, 15) <= selesai:
            bulan += 1
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return bulan


def _ak_row(h: HasilEvaluasi, jenjang: JenjangFungsional) -> AngkaKreditRow:
    bulan = min(bulan_penilaian(h.mulai, h.selesai), 12)
    if bulan == 0:
        return AngkaKreditRow(h.pegawai_id, h.nip, h.nama, h.jabatan, jenjang, h.unit, h.mulai,
                              h.selesai, 0, h.predikat, KOEFISIEN[jenjang],
                              PERSENTASE[h.predikat], Decimal("0.00"),
                              "Masa SKP kurang dari satu bulan penuh: tidak ada bulan yang "
                              "dihitung.")
    return AngkaKreditRow(
        h.pegawai_id, h.nip, h.nama, h.jabatan, jenjang, h.unit, h.mulai, h.selesai, bulan,
        h.predikat, KOEFISIEN[jenjang], PERSENTASE[h.predikat],
        angka_kredit(jenjang, h.predikat, bulan), "")


def daftar_angka_kredit(
    db: Database, actor: Actor, tahun: int, *, unit_id: uuid.UUID | None = None,
    today: dt.date | None = None,
) -> list[AngkaKreditRow]:
    """Angka kredit of pegawai in jabatan fungsional (with a jenjang) from each annual
    evaluation of ``tahun`` (one per SKP: after a mutasi both parts count); fungsional
    pegawai of the unit without an annual predikat are listed with an explanation."""
    with db.read() as s:
        hasil = load_hasil(s, actor, tahun, unit_id=unit_id, today=today)
        out = [_ak_row(h, h.jenjang) for h in hasil
               if h.kategori is KategoriJabatan.FUNGSIONAL and h.jenjang is not None]
        done = {r.pegawai_id for r in out}
        units = unit_subtree(s, unit_id)
        scope = scope_for(s, actor, tahun, today)
        stmt = (select(Pegawai, Jabatan, UnitKerja.nama)
                .join(Jabatan, Jabatan.id == Pegawai.jabatan_id)
                .outerjoin(UnitKerja, UnitKerja.id == Pegawai.unit_kerja_id)
                .where(Pegawai.deleted_at.is_(None), Pegawai.aktif.is_(True),
                       Jabatan.kategori == KategoriJabatan.FUNGSIONAL,
                       Jabatan.jenjang.is_not(None))
                .order_by(Pegawai.nama, Pegawai.nip))
        if units is not None:
            stmt = stmt.where(Pegawai.unit_kerja_id.in_(units))
        for p, jab, unit in s.execute(stmt):
            if p.id in done or (scope is not None and p.id not in scope):
                continue
            assert jab.jenjang is not None
            out.append(AngkaKreditRow(
                p.id, p.nip, nama_lengkap(p.gelar_depan, p.nama, p.gelar_belakang), jab.nama,
                jab.jenjang, unit or "", None, None, 0, None, KOEFISIEN[jab.jenjang], None,
                None, f"Belum ada penilaian tahunan {tahun}; nilai dulu di halaman Penilaian."))
    out.sort(key=lambda r: (r.nama.casefold(), r.nip, r.mulai or dt.date.min))
    return out


# ---------------------------------------------------------------------------
# Excel


def _tgl(day: dt.date | None) -> str:
    if day is None:
        return ""
    bulan = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember")[day.month - 1]
    return f"{day.day} {bulan} {day.year}"


def _keterangan(unit_label: str, extra: str = "") -> str:
    return " · ".join(x for x in (unit_label or "Semua unit", extra) if x)


def lembar_kebutuhan(tahun: int, rows: list[PegawaiKebutuhan], unit_label: str = "") -> Lembar:
    baris: list[list[object]] = []
    for no, p in enumerate(rows, start=1):
        for k in p.kebutuhan:
            baris.append([no, p.nip, p.nama, p.jabatan, p.unit, k.tingkat, k.sumber,
                          k.kebutuhan, k.rincian, k.saran])
    return Lembar(
        f"DAFTAR KEBUTUHAN PELATIHAN TAHUN {tahun}", _keterangan(
            unit_label, "Diurutkan menurut prioritas (kesenjangan terbesar / predikat "
            "terburuk lebih dulu)."),
        [Kolom("No", 6), Kolom("NIP", 21), Kolom("Nama", 30), Kolom("Jabatan", 28),
         Kolom("Unit Kerja", 26), Kolom("Prioritas", 11), Kolom("Sumber", 20),
         Kolom("Kebutuhan", 34), Kolom("Rincian", 34), Kolom("Saran Tindak Lanjut", 60)],
        baris, "Kebutuhan Pelatihan")


def lembar_penghargaan(tahun: int, rows: list[CalonPenghargaan],
                       unit_label: str = "") -> Lembar:
    return Lembar(
        f"DAFTAR CALON PENERIMA PENGHARGAAN TAHUN {tahun}", _keterangan(unit_label),
        [Kolom("No", 6), Kolom("NIP", 21), Kolom("Nama", 32), Kolom("Jabatan", 30),
         Kolom("Unit Kerja", 28), Kolom("Predikat Tahunan", 18), Kolom("Alasan", 60)],
        [[i, r.nip, r.nama, r.jabatan, r.unit, r.predikat.label if r.predikat else "",
          r.alasan] for i, r in enumerate(rows, start=1)],
        "Calon Penghargaan")


def lembar_angka_kredit(tahun: int, rows: list[AngkaKreditRow],
                        unit_label: str = "") -> Lembar:
    return Lembar(
        f"ANGKA KREDIT JABATAN FUNGSIONAL TAHUN {tahun}", _keterangan(
            unit_label, "AK = persentase predikat × koefisien × bulan/12 (Peraturan BKN 3/2023), "
            "dibulatkan dua desimal."),
        [Kolom("No", 6), Kolom("NIP", 21), Kolom("Nama", 30), Kolom("Jabatan", 28),
         Kolom("Jenjang", 14), Kolom("Unit Kerja", 26), Kolom("Masa Penilaian", 34),
         Kolom("Bulan", 8), Kolom("Predikat", 18), Kolom("Persentase (%)", 14, "0"),
         Kolom("Koefisien", 11, "0.00"), Kolom("Angka Kredit", 13, "0.00"),
         Kolom("Keterangan", 44)],
        [[i, r.nip, r.nama, r.jabatan, r.jenjang.value, r.unit,
          f"{_tgl(r.mulai)} s.d. {_tgl(r.selesai)}" if r.mulai else "", r.bulan,
          r.predikat.label if r.predikat else "", r.persentase, r.koefisien, r.angka_kredit,
          r.keterangan] for i, r in enumerate(rows, start=1)],
        "Angka Kredit")


def _ekspor(path: Path | str, lembar: Callable[[], Lembar]) -> Path:
    return tulis_lembar(path, [lembar()])


def ekspor_kebutuhan_pelatihan(db: Database, actor: Actor, tahun: int, path: Path | str, *,
                               unit_id: uuid.UUID | None = None, periode_key: str | None = None,
                               unit_label: str = "") -> Path:
    rows = kebutuhan_pelatihan(db, actor, tahun, unit_id=unit_id, periode_key=periode_key)
    return _ekspor(path, lambda: lembar_kebutuhan(tahun, rows, unit_label))


def ekspor_calon_penghargaan(db: Database, actor: Actor, tahun: int, path: Path | str, *,
                             unit_id: uuid.UUID | None = None, konsisten: bool = False,
                             unit_label: str = "") -> Path:
    rows = calon_penghargaan(db, actor, tahun, unit_id=unit_id, konsisten=konsisten)
    return _ekspor(path, lambda: lembar_penghargaan(tahun, rows, unit_label))


def ekspor_angka_kredit(db: Database, actor: Actor, tahun: int, path: Path | str, *,
                        unit_id: uuid.UUID | None = None, unit_label: str = "") -> Path:
    rows = daftar_angka_kredit(db, actor, tahun, unit_id=unit_id)
    return _ekspor(path, lambda: lembar_angka_kredit(tahun, rows, unit_label))
