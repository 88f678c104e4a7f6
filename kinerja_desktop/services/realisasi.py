"""Realisasi per IKI per period with bukti dukung (issue 4 point 1, DOMAIN §6).

A period's evaluation (EvaluasiPeriode) is opened for a DITETAPKAN SKP; the pegawai
(or the admin for him) fills realisasi per IKI and attaches evidence (files stored
by SHA-256 in ``berkas``, or http(s) links) — BELUM_DIISI → REALISASI_DIISI — then
submits it — DIAJUKAN — once every IKI has a realisasi. Rating is services/penilaian.py.

Who: the pegawai for his own SKP, an admin for anyone; whoever may see the SKP
(its penilai, atasan penilai, Plt/Plh, unit heads in scope) may read.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import uuid
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from kinerja_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from kinerja_desktop.domain.evaluasi import (
    AksiEvaluasi,
    StatusEvaluasi,
    evaluasi_id,
    next_status_evaluasi,
    realisasi_id,
)
from kinerja_desktop.domain.periode import Periode, find_periode
from kinerja_desktop.domain.skp import Aspek, StatusSKP, format_angka, rhk_label
from kinerja_desktop.services.aturan_periode import aturan_in
from kinerja_desktop.services.berkas import simpan_berkas
from kinerja_desktop.services.changes import record, stamp
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.skp import (
    Identitas,
    identitas,
    load_isi,
    pegawai_or_404,
    require_see,
    skp_or_404,
)
from kinerja_desktop.storage.base import utcnow
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import (
    Berkas,
    BuktiDukung,
    EvaluasiPeriode,
    IkiRow,
    RealisasiIki,
    RhkRow,
    Skp,
)

_MAX_NILAI = 40  # column size of realisasi_iki.realisasi_nilai
_MAX_NAMA_FILE = 255
_EDITABLE = (StatusEvaluasi.BELUM_DIISI, StatusEvaluasi.REALISASI_DIISI)


@dataclass(frozen=True, slots=True)
class BuktiDTO:
    id: uuid.UUID
    nama_file: str
    sha256: str | None
    tautan: str | None
    keterangan: str
    ukuran: int | None  # bytes of the stored file; None for a link

    @property
    def is_tautan(self) -> bool:
        return self.sha256 is None


@dataclass(frozen=True, slots=True)
class RealisasiDTO:
    """One IKI of the SKP with its realisasi in the period (None/"" when not filled)."""

    iki_id: uuid.UUID
    rhk_id: uuid.UUID
    rhk_label: str  # "RHK utama 1"
    rhk_uraian: str
    iki_uraian: str
    aspek: Aspek | None
    target: str  # "4 dokumen", or the kualitatif target text
    target_nilai: Decimal | None
    realisasi_id: uuid.UUID | None
    realisasi_nilai: Decimal | None
    realisasi_teks: str
    bukti: tuple[BuktiDTO, ...]

    @property
    def terisi(self) -> bool:
        return self.realisasi_nilai is not None or bool(self.realisasi_teks.strip())


@dataclass(frozen=True, slots=True)
class EvaluasiDTO:
    id: uuid.UUID
    skp_id: uuid.UUID
    pegawai_id: uuid.UUID
    pegawai_nama: str
    pegawai_nip: str
    periode_key: str
    periode_label: str
    mulai: dt.date
    selesai: dt.date
    status: StatusEvaluasi
    realisasi: tuple[RealisasiDTO, ...]
    version: int
    alasan_dikembalikan: str
    boleh_ubah: bool  # the actor may fill realisasi / evidence now
    boleh_ajukan: bool

    @property
    def belum_terisi(self) -> tuple[RealisasiDTO, ...]:
        return tuple(r for r in self.realisasi if not r.terisi)


# ---------------------------------------------------------------------------
# Session-level helpers (also used by services/penilaian.py)


def periode_of(s: Session, skp: Skp, periode_key: str) -> Periode:
    """The period ``periode_key`` of the SKP's year under its office's rules (at the
    province, the rules of the office the SKP belongs to); ValidationError listing the
    valid keys."""
    return find_periode(aturan_in(s, skp.tahun, skp.origin_site), periode_key)


def periode_skp(s: Session, skp: Skp, periode_key: str) -> tuple[Periode, dt.date, dt.date]:
    """The period and its dates clipped to the part the SKP covers (mutasi, late start)."""
    periode = periode_of(s, skp, periode_key)
    akhir = skp.periode_selesai if skp.ditutup_pada is None else min(
        skp.periode_selesai, skp.ditutup_pada)
    mulai = max(periode.mulai, skp.periode_mulai)
    selesai = min(periode.selesai, akhir)
    if mulai > selesai:
        raise ValidationError(
            f"SKP ini berlaku {skp.periode_mulai:%d-%m-%Y} s.d. {akhir:%d-%m-%Y} dan tidak "
            f"mencakup periode {periode.label} ({periode.mulai:%d-%m-%Y} s.d. "
            f"{periode.selesai:%d-%m-%Y})."
        )
    return periode, mulai, selesai


def buka_evaluasi(
    s: Session, actor: Actor, skp_id: uuid.UUID, periode_key: str
) -> EvaluasiPeriode:
    """The evaluation row of an SKP for a period, created (BELUM_DIISI) when missing.

    Session level: the caller checks who may do this and owns the transaction. An
    existing row is returned whatever the SKP's status now (a DIGANTIKAN SKP keeps
    its evaluations); a new one is made only for a DITETAPKAN SKP, its dates clipped
    to the part of the period the SKP covers, penilai and atasan penilai from the SKP.
    """
    skp = skp_or_404(s, skp_id)
    periode = periode_of(s, skp, periode_key)
    row = s.scalar(select(EvaluasiPeriode).where(
        EvaluasiPeriode.skp_id == skp.id, EvaluasiPeriode.periode_key == periode.key,
        EvaluasiPeriode.deleted_at.is_(None)))
    if row is not None:
        return row
    if skp.status is not StatusSKP.DITETAPKAN:
        raise ValidationError(
            f"SKP belum ditetapkan (status {skp.status.label.lower()}); realisasi dan "
            f"penilaian periode {periode.label} baru dapat diisi setelah SKP ditetapkan."
        )
    periode, mulai, selesai = periode_skp(s, skp, periode.key)
    # A soft-deleted row of the same key would break the unique index: revive it.
    row = s.scalar(select(EvaluasiPeriode).where(
        EvaluasiPeriode.skp_id == skp.id, EvaluasiPeriode.periode_key == periode.key))
    new = row is None
    if row is None:
        row = EvaluasiPeriode(id=evaluasi_id(skp.id, periode.key, mulai), skp_id=skp.id,
                              periode_key=periode.key)
        s.add(row)
    row.deleted_at = None
    row.mulai = mulai
    row.selesai = selesai
    row.status = StatusEvaluasi.BELUM_DIISI
    row.penilai_id = skp.penilai_id
    row.atasan_penilai_id = skp.atasan_penilai_id
    stamp(s, row, new=new)
    record(s, actor, "buka_evaluasi", row, {"periode": periode.key})
    return row


def evaluasi_or_404(s: Session, evaluasi_id: uuid.UUID) -> EvaluasiPeriode:
    row = s.get(EvaluasiPeriode, evaluasi_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("Evaluasi periode tidak ditemukan (mungkin sudah dihapus).")
    return row


def evaluasi_dto(s: Session, actor: Actor, row: EvaluasiPeriode) -> EvaluasiDTO:
    skp = skp_or_404(s, row.skp_id)
    snap = (skp.snapshot or {}).get("pegawai")
    pegawai = (Identitas.from_json(snap) if snap
               else identitas(s, pegawai_or_404(s, skp.pegawai_id)))
    try:
        label = periode_of(s, skp, row.periode_key).label
    except ValidationError:  # the admin changed the scheme after the row was made
        label = row.periode_key
    isi = load_isi(s, skp)
    reals = {r.iki_id: r for r in s.scalars(select(RealisasiIki).where(
        RealisasiIki.evaluasi_id == row.id, RealisasiIki.deleted_at.is_(None)))}
    bukti: dict[uuid.UUID, list[BuktiDukung]] = {}
    if reals:
        for b in s.scalars(select(BuktiDukung).where(
                BuktiDukung.realisasi_id.in_([r.id for r in reals.values()]),
                BuktiDukung.deleted_at.is_(None)).order_by(BuktiDukung.updated_at, BuktiDukung.id)):
            bukti.setdefault(b.realisasi_id, []).append(b)
    hashes = {b.sha256 for bs in bukti.values() for b in bs if b.sha256}
    ukuran: dict[str, int] = {}
    if hashes:
        for sha, size in s.execute(select(Berkas.sha256, Berkas.ukuran).where(
                Berkas.sha256.in_(hashes))):
            ukuran[sha] = size
    out: list[RealisasiDTO] = []
    for index, rhk in enumerate(isi.rhk):
        for iki in rhk.iki:
            assert rhk.id is not None and iki.id is not None
            r = reals.get(iki.id)
            out.append(RealisasiDTO(
                iki_id=iki.id, rhk_id=rhk.id, rhk_label=rhk_label(isi, index),
                rhk_uraian=rhk.uraian, iki_uraian=iki.uraian, aspek=iki.aspek,
                target=iki.target_label(), target_nilai=iki.target_nilai,
                realisasi_id=r.id if r else None,
                realisasi_nilai=(Decimal(r.realisasi_nilai)
                                 if r is not None and r.realisasi_nilai is not None else None),
                realisasi_teks=(r.realisasi_teks or "") if r else "",
                bukti=tuple(
                    BuktiDTO(b.id, b.nama_file or "", b.sha256, b.tautan, b.keterangan or "",
                             ukuran.get(b.sha256) if b.sha256 else None)
                    for b in (bukti.get(r.id, []) if r else [])
                ),
            ))
    ubah = _may_edit(actor, skp) and row.status in _EDITABLE
    return EvaluasiDTO(
        id=row.id, skp_id=skp.id, pegawai_id=skp.pegawai_id, pegawai_nama=pegawai.nama,
        pegawai_nip=pegawai.nip, periode_key=row.periode_key, periode_label=label,
        mulai=row.mulai, selesai=row.selesai, status=row.status, realisasi=tuple(out),
        version=row.version, alasan_dikembalikan=row.alasan_dikembalikan or "",
        boleh_ubah=ubah,
        boleh_ajukan=_may_edit(actor, skp) and row.status is StatusEvaluasi.REALISASI_DIISI,
    )


def _may_edit(actor: Actor, skp: Skp) -> bool:
    return actor.is_admin or (actor.pegawai_id is not None
                              and actor.pegawai_id == skp.pegawai_id)


def _require_edit(actor: Actor, skp: Skp) -> None:
    if not _may_edit(actor, skp):
        raise PermissionDenied(
            f"Akun '{actor.username}' hanya boleh mengisi realisasi SKP miliknya sendiri; "
            "admin dapat mengisinya atas nama pegawai."
        )


def _check_version(row: EvaluasiPeriode, expected_version: int | None) -> None:
    if expected_version is not None and row.version != expected_version:
        raise ConflictError(
            "Realisasi periode ini sudah diubah orang lain sejak Anda membukanya (versi "
            f"{expected_version} → {row.version}). Muat ulang lalu ulangi perubahan Anda."
        )


def _open_for_edit(
    s: Session, actor: Actor, evaluasi_id: uuid.UUID, expected_version: int | None,
    aksi: AksiEvaluasi = AksiEvaluasi.ISI_REALISASI,
) -> tuple[EvaluasiPeriode, Skp, StatusEvaluasi]:
    row = evaluasi_or_404(s, evaluasi_id)
    skp = skp_or_404(s, row.skp_id)
    require_see(s, actor, skp)
    _require_edit(actor, skp)
    target = next_status_evaluasi(row.status, aksi)
    _check_version(row, expected_version)
    return row, skp, target


def _iki_of(s: Session, skp: Skp, iki_id: uuid.UUID) -> IkiRow:
    iki = s.get(IkiRow, iki_id)
    rhk = s.get(RhkRow, iki.rhk_id) if iki is not None else None
    if (iki is None or rhk is None or iki.deleted_at is not None
            or rhk.deleted_at is not None or rhk.skp_id != skp.id):
        raise ValidationError(
            "Indikator (IKI) yang dipilih bukan bagian dari SKP pada evaluasi ini; "
            "muat ulang daftar IKI lalu pilih lagi."
        )
    return iki


def _realisasi_row(
    s: Session, row: EvaluasiPeriode, iki_id: uuid.UUID
) -> tuple[RealisasiIki, bool]:
    r = s.scalar(select(RealisasiIki).where(
        RealisasiIki.evaluasi_id == row.id, RealisasiIki.iki_id == iki_id))
    if r is None:
        r = RealisasiIki(id=realisasi_id(row.id, iki_id, row.mulai), evaluasi_id=row.id,
                         iki_id=iki_id)
        s.add(r)
        return r, True
    if r.deleted_at is not None:
        r.deleted_at = None
        r.realisasi_nilai = None
        r.realisasi_teks = None
    return r, False


def _touch(s: Session, actor: Actor, row: EvaluasiPeriode, target: StatusEvaluasi,
           action: str, detail: dict[str, object] | None = None) -> None:
    row.status = target
    stamp(s, row, new=False)
    record(s, actor, action, row, detail)


def _iki_name(iki: IkiRow) -> str:
    return f"IKI «{iki.uraian}»"


# ---------------------------------------------------------------------------
# Services


def get_evaluasi(
    db: Database, actor: Actor, skp_id: uuid.UUID, periode_key: str
) -> EvaluasiDTO:
    """The SKP's evaluation of a period; opened (BELUM_DIISI) on first look."""
    with db.write() as s:
        skp = skp_or_404(s, skp_id)
        require_see(s, actor, skp)
        row = buka_evaluasi(s, actor, skp_id, periode_key)
        return evaluasi_dto(s, actor, row)


def get_evaluasi_by_id(db: Database, actor: Actor, evaluasi_id: uuid.UUID) -> EvaluasiDTO:
    with db.read() as s:
        row = evaluasi_or_404(s, evaluasi_id)
        require_see(s, actor, skp_or_404(s, row.skp_id))
        return evaluasi_dto(s, actor, row)


def _clean_nilai(iki: IkiRow, nilai: Decimal | None, teks: str) -> str | None:
    at = _iki_name(iki)
    if nilai is not None:
        try:
            ok = nilai.is_finite() and nilai >= 0
        except InvalidOperation:
            ok = False
        if not ok:
            raise ValidationError(
                f"{at}: realisasi {nilai} bukan angka yang sah (harus 0 atau lebih)."
            )
        text = str(nilai)
        if len(text) > _MAX_NILAI:
            raise ValidationError(f"{at}: angka realisasi {text[:20]}… terlalu panjang.")
        return text
    if iki.target_nilai is not None:
        satuan = f" ({iki.target_satuan})" if iki.target_satuan else ""
        raise ValidationError(
            f"{at}: isi angka realisasi{satuan}; targetnya "
            f"{format_angka(Decimal(iki.target_nilai))} {iki.target_satuan or ''}".rstrip()
            + "."
        )
    if not teks:
        raise ValidationError(f"{at}: isi realisasi (angka atau uraian capaian).")
    return None


def isi_realisasi(
    db: Database, actor: Actor, evaluasi_id: uuid.UUID, iki_id: uuid.UUID, *,
    nilai: Decimal | None, teks: str, expected_version: int,
) -> EvaluasiDTO:
    """Sets the realisasi of one IKI (upsert); the period becomes REALISASI_DIISI.

    An IKI with a numeric target needs a non-negative number (the text explains it);
    a kualitatif IKI needs a number or a text.
    """
    with db.write() as s:
        row, skp, target = _open_for_edit(s, actor, evaluasi_id, expected_version)
        iki = _iki_of(s, skp, iki_id)
        teks = teks.strip()
        nilai_text = _clean_nilai(iki, nilai, teks)
        r, new = _realisasi_row(s, row, iki.id)
        r.realisasi_nilai = nilai_text
        r.realisasi_teks = teks or None
        stamp(s, r, new=new)
        record(s, actor, "isi_realisasi", r)
        _touch(s, actor, row, target, "ubah_evaluasi")
        return evaluasi_dto(s, actor, row)


def _clean_tautan(tautan: str) -> str:
    text = tautan.strip()
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in text:
        raise ValidationError(
            f"Tautan bukti '{text[:80]}' tidak sah; tulis alamat lengkap yang diawali "
            "http:// atau https:// (mis. https://drive.example.go.id/berkas/123)."
        )
    return text


def tambah_bukti(
    db: Database, actor: Actor, evaluasi_id: uuid.UUID, iki_id: uuid.UUID, *,
    data: bytes | None = None, nama_file: str | None = None, tautan: str | None = None,
    keterangan: str = "", mime: str | None = None, expected_version: int | None = None,
) -> EvaluasiDTO:
    """Attaches one piece of evidence to an IKI's realisasi: a file or an http(s) link.

    The file's bytes go to the content-addressed store (identical bytes kept once).
    """
    if (data is None) == (tautan is None):
        raise ValidationError("Lampirkan satu bukti: sebuah berkas atau sebuah tautan.")
    with db.write() as s:
        row, skp, target = _open_for_edit(s, actor, evaluasi_id, expected_version)
        iki = _iki_of(s, skp, iki_id)
        sha: str | None = None
        link: str | None = None
        nama: str | None
        if data is not None:
            nama = (nama_file or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
            if not nama:
                raise ValidationError(f"{_iki_name(iki)}: nama berkas bukti belum diisi.")
            if len(nama) > _MAX_NAMA_FILE:
                raise ValidationError(
                    f"Nama berkas bukti terlalu panjang ({len(nama)} karakter, paling "
                    f"banyak {_MAX_NAMA_FILE}).")
            if mime is None:
                mime = mimetypes.guess_type(nama)[0]
            sha = simpan_berkas(s, data, mime, nama)
        else:
            assert tautan is not None
            link = _clean_tautan(tautan)
            nama = (nama_file or "").strip()[:_MAX_NAMA_FILE] or None
        r, new = _realisasi_row(s, row, iki.id)
        if new:
            stamp(s, r, new=True)
            record(s, actor, "isi_realisasi", r)
        b = BuktiDukung(realisasi_id=r.id, sha256=sha, nama_file=nama, tautan=link,
                        keterangan=keterangan.strip() or None)
        s.add(b)
        stamp(s, b, new=True)
        record(s, actor, "tambah_bukti", b, {"iki_id": str(iki.id)})
        _touch(s, actor, row, target, "ubah_evaluasi")
        return evaluasi_dto(s, actor, row)


def hapus_bukti(
    db: Database, actor: Actor, bukti_id: uuid.UUID, *, expected_version: int | None = None
) -> EvaluasiDTO:
    """Removes one piece of evidence (soft delete; the bytes stay in the store)."""
    with db.write() as s:
        b = s.get(BuktiDukung, bukti_id)
        r = s.get(RealisasiIki, b.realisasi_id) if b is not None else None
        if b is None or r is None or b.deleted_at is not None:
            raise NotFoundError("Bukti dukung tidak ditemukan (mungkin sudah dihapus).")
        row, _skp, target = _open_for_edit(s, actor, r.evaluasi_id, expected_version)
        b.deleted_at = utcnow()
        stamp(s, b, new=False)
        record(s, actor, "hapus_bukti", b)
        _touch(s, actor, row, target, "ubah_evaluasi")
        return evaluasi_dto(s, actor, row)


def ajukan_realisasi(
    db: Database, actor: Actor, evaluasi_id: uuid.UUID, *, expected_version: int | None = None
) -> EvaluasiDTO:
    """REALISASI_DIISI → DIAJUKAN, once every IKI of the SKP has a realisasi."""
    with db.write() as s:
        row, _skp, target = _open_for_edit(s, actor, evaluasi_id, expected_version,
                                          AksiEvaluasi.AJUKAN)
        dto = evaluasi_dto(s, actor, row)
        kosong = dto.belum_terisi
        if kosong:
            daftar = "; ".join(
                f"{r.rhk_label} «{r.rhk_uraian}» – IKI «{r.iki_uraian}»" for r in kosong)
            raise ValidationError(
                f"Realisasi periode {dto.periode_label} belum dapat diajukan: "
                f"{len(kosong)} IKI belum diisi realisasinya: {daftar}."
            )
        row.alasan_dikembalikan = None
        _touch(s, actor, row, target, "ajukan_realisasi")
        return evaluasi_dto(s, actor, row)
