"""Evaluasi kompetensi per pegawai and year (PermenPANRB 6/2022 form B.1.9, issue 4 point 6).

Each competency has the level the jabatan asks for (standar) and the level the
penilai observed (nilai), both 1–5. The whole list is saved at once, checked
against the version the editor opened. Who writes: the pegawai's penilai for
the year (the penilai of his SKP, a Plt/Plh acting for him) or an admin; the
pegawai himself and whoever may see him read it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kinerja_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from kinerja_desktop.domain.kompetensi import JenisKompetensi, check_level, kesenjangan
from kinerja_desktop.domain.pegawai import nama_lengkap
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.changes import record, stamp
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.hasil_tahunan import scope_for
from kinerja_desktop.services.skp import (
    OPEN_STATUSES,
    Identitas,
    approvers,
    clamp,
    identitas,
    pegawai_or_404,
    resolve_on,
)
from kinerja_desktop.storage.base import utcnow
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import (
    EvaluasiKompetensi,
    Jabatan,
    NilaiKompetensi,
    Pegawai,
    Skp,
    UnitKerja,
)

NAMA_MAX = 200
STANDAR_BAWAAN = 3

# Kompetensi manajerial and sosial kultural (PermenPANRB 38/2017); the teknis ones
# depend on the jabatan and are added by the user.
_BAWAAN: tuple[tuple[JenisKompetensi, str], ...] = (
    (JenisKompetensi.MANAJERIAL, "Integritas"),
    (JenisKompetensi.MANAJERIAL, "Kerjasama"),
    (JenisKompetensi.MANAJERIAL, "Komunikasi"),
    (JenisKompetensi.MANAJERIAL, "Orientasi pada Hasil"),
    (JenisKompetensi.MANAJERIAL, "Pelayanan Publik"),
    (JenisKompetensi.MANAJERIAL, "Pengembangan Diri dan Orang Lain"),
    (JenisKompetensi.MANAJERIAL, "Mengelola Perubahan"),
    (JenisKompetensi.MANAJERIAL, "Pengambilan Keputusan"),
    (JenisKompetensi.SOSIAL_KULTURAL, "Perekat Bangsa"),
)


@dataclass(frozen=True, slots=True)
class KompetensiInput:
    """One line of the editor: what the user typed."""

    jenis: JenisKompetensi
    nama: str
    standar: int
    nilai: int
    catatan: str = ""

    @property
    def kesenjangan(self) -> int:
        return kesenjangan(self.standar, self.nilai)


@dataclass(frozen=True, slots=True)
class KompetensiRow:
    id: uuid.UUID
    no_urut: int
    jenis: JenisKompetensi
    nama: str
    standar: int
    nilai: int
    catatan: str

    @property
    def kesenjangan(self) -> int:
        return kesenjangan(self.standar, self.nilai)

    def as_input(self) -> KompetensiInput:
        return KompetensiInput(self.jenis, self.nama, self.standar, self.nilai, self.catatan)


@dataclass(frozen=True, slots=True)
class EvaluasiKompetensiDTO:
    pegawai: Identitas
    pegawai_id: uuid.UUID
    tahun: int
    evaluasi_id: uuid.UUID | None  # None: not evaluated yet
    version: int | None
    penilai: Identitas | None
    tanggal: dt.date | None
    catatan: str
    items: tuple[KompetensiRow, ...]
    boleh_ubah: bool

    @property
    def jumlah_kesenjangan(self) -> int:
        return sum(1 for r in self.items if r.kesenjangan > 0)


@dataclass(frozen=True, slots=True)
class PegawaiKompetensi:
    """One pegawai in the list beside the editor."""

    pegawai_id: uuid.UUID
    nip: str
    nama: str
    jabatan: str
    unit: str
    sudah_dinilai: bool
    jumlah_kesenjangan: int


def daftar_bawaan() -> list[KompetensiInput]:
    """The competencies to start from: the manajerial and sosial kultural ones, standar 3."""
    return [KompetensiInput(jenis, nama, STANDAR_BAWAAN, STANDAR_BAWAAN) for jenis, nama in
            _BAWAAN]


# ---------------------------------------------------------------------------
# Who may do what


def _tahun_hari(tahun: int, today: dt.date | None) -> dt.date:
    return clamp(today or dt.date.today(), dt.date(tahun, 1, 1), dt.date(tahun, 12, 31))


def skp_tahun(s: Session, pegawai_id: uuid.UUID, tahun: int) -> Skp | None:
    """The SKP that counts for the year: the newest one not replaced by a revision
    (after a mutasi, the one in the new unit)."""
    return s.scalar(
        select(Skp).where(Skp.pegawai_id == pegawai_id, Skp.tahun == tahun,
                          Skp.deleted_at.is_(None), Skp.status.in_(OPEN_STATUSES))
        .order_by(Skp.periode_mulai.desc(), Skp.revisi_ke.desc()))


def penilai_tahun(s: Session, pegawai_id: uuid.UUID, tahun: int,
                  today: dt.date | None = None) -> set[uuid.UUID]:
    """Who assesses the pegawai for the year: the approvers of his SKP, else his penilai
    by the atasan chain on the day (clamped into the year)."""
    day = _tahun_hari(tahun, today)
    skp = skp_tahun(s, pegawai_id, tahun)
    if skp is not None:
        return approvers(s, skp, day)
    res = resolve_on(s, pegawai_id, day)
    return {res.penilai_id} if res.penilai_id is not None else set()


def may_write(s: Session, actor: Actor, pegawai_id: uuid.UUID, tahun: int,
              today: dt.date | None = None) -> bool:
    if actor.role is Role.ADMIN:
        return True
    if actor.pegawai_id is None or actor.pegawai_id == pegawai_id:
        return False
    return actor.pegawai_id in penilai_tahun(s, pegawai_id, tahun, today)


def _require_write(s: Session, actor: Actor, p: Pegawai, tahun: int,
                   today: dt.date | None) -> None:
    if not may_write(s, actor, p.id, tahun, today):
        nama = nama_lengkap(p.gelar_depan, p.nama, p.gelar_belakang)
        raise PermissionDenied(
            f"Akun '{actor.username}' tidak boleh mengisi evaluasi kompetensi {nama} tahun "
            f"{tahun}: hanya pejabat penilai kinerjanya (atau Plt/Plh-nya) dan admin."
        )


def _require_read(s: Session, actor: Actor, p: Pegawai, tahun: int,
                  today: dt.date | None) -> None:
    if actor.pegawai_id == p.id or may_write(s, actor, p.id, tahun, today):
        return
    scope = scope_for(s, actor, tahun, today)
    if scope is None or p.id in scope:
        return
    raise PermissionDenied(
        f"Akun '{actor.username}' tidak berhak melihat evaluasi kompetensi pegawai ini."
    )


# ---------------------------------------------------------------------------
# Reading


def _find(s: Session, pegawai_id: uuid.UUID, tahun: int) -> EvaluasiKompetensi | None:
    return s.scalar(select(EvaluasiKompetensi).where(
        EvaluasiKompetensi.pegawai_id == pegawai_id, EvaluasiKompetensi.tahun == tahun))


def _items(s: Session, ev_id: uuid.UUID) -> list[NilaiKompetensi]:
    return list(s.scalars(
        select(NilaiKompetensi).where(NilaiKompetensi.evaluasi_kompetensi_id == ev_id,
                                      NilaiKompetensi.deleted_at.is_(None))
        .order_by(NilaiKompetensi.no_urut)))


def _dto(s: Session, actor: Actor, p: Pegawai, tahun: int,
         today: dt.date | None) -> EvaluasiKompetensiDTO:
    ev = _find(s, p.id, tahun)
    ev_live = None if ev is not None and ev.deleted_at is not None else ev
    rows: tuple[KompetensiRow, ...] = ()
    penilai: Identitas | None = None
    if ev_live is not None:
        rows = tuple(KompetensiRow(r.id, r.no_urut, r.jenis, r.nama, r.standar, r.nilai,
                                   r.catatan or "") for r in _items(s, ev_live.id))
        if ev_live.penilai_id is not None:
            pp = s.get(Pegawai, ev_live.penilai_id)
            penilai = identitas(s, pp) if pp is not None else None
    return EvaluasiKompetensiDTO(
        pegawai=identitas(s, p), pegawai_id=p.id, tahun=tahun,
        evaluasi_id=ev_live.id if ev_live else None,
        version=ev.version if ev is not None else None,
        penilai=penilai, tanggal=ev_live.tanggal if ev_live else None,
        catatan=(ev_live.catatan or "") if ev_live else "", items=rows,
        boleh_ubah=may_write(s, actor, p.id, tahun, today),
    )


def get_evaluasi_kompetensi(db: Database, actor: Actor, pegawai_id: uuid.UUID, tahun: int,
                            *, today: dt.date | None = None) -> EvaluasiKompetensiDTO:
    """The evaluation of ``pegawai_id`` for ``tahun`` (empty items when not made yet)."""
    with db.read() as s:
        p = pegawai_or_404(s, pegawai_id)
        _require_read(s, actor, p, tahun, today)
        return _dto(s, actor, p, tahun, today)


def daftar_pegawai(db: Database, actor: Actor, tahun: int, *,
                   unit_ids: set[uuid.UUID] | None = None,
                   today: dt.date | None = None) -> list[PegawaiKompetensi]:
    """Active pegawai whose competency evaluation the actor may read, by name.

    A penilai sees the people he assesses for the year (and himself); a pegawai himself."""
    with db.read() as s:
        stmt = (select(Pegawai, Jabatan.nama, UnitKerja.nama)
                .outerjoin(Jabatan, Jabatan.id == Pegawai.jabatan_id)
                .outerjoin(UnitKerja, UnitKerja.id == Pegawai.unit_kerja_id)
                .where(Pegawai.deleted_at.is_(None), Pegawai.aktif.is_(True))
                .order_by(Pegawai.nama, Pegawai.nip))
        if unit_ids is not None:
            stmt = stmt.where(Pegawai.unit_kerja_id.in_(unit_ids))
        rows = s.execute(stmt).all()
        scope = scope_for(s, actor, tahun, today)
        gaps: dict[uuid.UUID, int] = {}
        dinilai: set[uuid.UUID] = set()
        for pid, standar, nilai in s.execute(
            select(EvaluasiKompetensi.pegawai_id, NilaiKompetensi.standar,
                   NilaiKompetensi.nilai)
            .outerjoin(NilaiKompetensi, (NilaiKompetensi.evaluasi_kompetensi_id
                                         == EvaluasiKompetensi.id)
                       & NilaiKompetensi.deleted_at.is_(None))
            .where(EvaluasiKompetensi.tahun == tahun, EvaluasiKompetensi.deleted_at.is_(None))
        ):
            dinilai.add(pid)
            if standar is not None and nilai is not None and standar > nilai:
                gaps[pid] = gaps.get(pid, 0) + 1
    out = []
    for p, jab, unit in rows:
        if scope is not None and p.id not in scope:
            continue
        out.append(PegawaiKompetensi(
            p.id, p.nip, nama_lengkap(p.gelar_depan, p.nama, p.gelar_belakang), jab or "",
            unit or "", p.id in dinilai, gaps.get(p.id, 0)))
    return out


# ---------------------------------------------------------------------------
# Writing


def _clean(items: Sequence[KompetensiInput]) -> list[KompetensiInput]:
    if not items:
        raise ValidationError(
            "Daftar kompetensi masih kosong; isi minimal satu kompetensi (contoh: Integritas) "
            "atau mulai dari daftar bawaan.")
    out: list[KompetensiInput] = []
    seen: dict[str, int] = {}
    for no, item in enumerate(items, start=1):
        nama = " ".join(str(item.nama or "").split())
        if not nama:
            raise ValidationError(f"Baris {no}: nama kompetensi wajib diisi "
                                  "(contoh: Pengelolaan Keuangan Daerah).")
        if len(nama) > NAMA_MAX:
            raise ValidationError(f"Baris {no}: nama kompetensi '{nama[:40]}…' terlalu panjang "
                                  f"(maksimal {NAMA_MAX} karakter).")
        try:
            jenis = JenisKompetensi(item.jenis)
        except ValueError:
            pilihan = ", ".join(j.label for j in JenisKompetensi)
            raise ValidationError(
                f"Baris {no}, kompetensi '{nama}': jenis '{item.jenis}' tidak dikenal; pilih "
                f"salah satu: {pilihan}.") from None
        key = nama.casefold()
        if key in seen:
            raise ValidationError(
                f"Kompetensi '{nama}' tercantum dua kali (baris {seen[key]} dan {no}); "
                "hapus salah satunya.")
        seen[key] = no
        standar = check_level(item.standar, f"Baris {no}: standar kompetensi '{nama}'")
        nilai = check_level(item.nilai, f"Baris {no}: nilai kompetensi '{nama}'")
        out.append(KompetensiInput(jenis, nama, standar, nilai,
                                   " ".join(str(item.catatan or "").split())))
    return out


def simpan_evaluasi_kompetensi(
    db: Database, actor: Actor, pegawai_id: uuid.UUID, tahun: int,
    items: Sequence[KompetensiInput], *, catatan: str = "",
    expected_version: int | None, today: dt.date | None = None,
) -> EvaluasiKompetensiDTO:
    """Replaces the whole list of competencies of the pegawai's evaluation for the year.

    ``expected_version`` is the version the editor opened (None: there was none yet);
    if someone saved in between, nothing is written and a ConflictError says so."""
    clean = _clean(items)
    day = today or dt.date.today()
    with db.write() as s:
        p = pegawai_or_404(s, pegawai_id)
        _require_write(s, actor, p, tahun, today)
        ev = _find(s, p.id, tahun)
        current = ev.version if ev is not None else None
        if current != expected_version:
            raise ConflictError(
                "Evaluasi kompetensi ini sudah diubah orang lain sejak Anda membukanya (versi "
                f"{expected_version or 0} → {current or 0}). Perubahan Anda masih di layar: "
                "salin yang perlu, muat ulang, lalu simpan lagi.")
        penilai_id = actor.pegawai_id if actor.role is not Role.ADMIN else None
        if penilai_id is None:
            found = sorted(penilai_tahun(s, p.id, tahun, today), key=str)
            penilai_id = found[0] if len(found) == 1 else None
        new = ev is None
        if ev is None:
            ev = EvaluasiKompetensi(pegawai_id=p.id, tahun=tahun)
            s.add(ev)
        ev.deleted_at = None
        ev.penilai_id = penilai_id
        ev.tanggal = day
        ev.catatan = " ".join(catatan.split()) or None
        stamp(s, ev, new=new)
        record(s, actor, "simpan_evaluasi_kompetensi", ev,
               {"tahun": tahun, "jumlah": len(clean)})
        old = [] if new else _items(s, ev.id)
        for no, item in enumerate(clean, start=1):
            row = old[no - 1] if no - 1 < len(old) else None
            values = (no, item.jenis, item.nama, item.standar, item.nilai, item.catatan or None)
            if row is not None and (row.no_urut, row.jenis, row.nama, row.standar, row.nilai,
                                    row.catatan) == values:
                continue
            fresh = row is None
            if row is None:
                row = NilaiKompetensi(evaluasi_kompetensi_id=ev.id)
                s.add(row)
            (row.no_urut, row.jenis, row.nama, row.standar, row.nilai, row.catatan) = values
            stamp(s, row, new=fresh)
            record(s, actor, "simpan_nilai_kompetensi", row, {"nama": item.nama})
        for row in old[len(clean):]:
            row.deleted_at = utcnow()
            stamp(s, row, new=False)
            record(s, actor, "hapus_nilai_kompetensi", row, {"nama": row.nama})
    return get_evaluasi_kompetensi(db, actor, pegawai_id, tahun, today=today)
