"""Several ratings of one period in one transaction: the penilai's grid (issue 4 point 4)
and the penilaian workbook (point 5).

The same rules as ``services.penilaian.nilai`` for every item (a ditetapkan SKP, who
assesses on the last day of the period, a period that has ended, the predikat by the
matrix, an override only with its written reason), through its helpers. All or nothing:
one item that is refused refuses the whole batch and nothing is written.

An item is ``(skp_id, rating_hasil_kerja, rating_perilaku)`` (the grid) or an
:class:`ItemPenilaian`, which may also carry the predikat override with its reason and
the catatan/rekomendasi. What an item does not carry (:data:`TETAP`, the default) is kept
as the evaluation form saved it: the override with its reason (the predikat_matriks is
computed again from the new ratings; an override equal to it is no override any more),
the catatan, and the capaian kinerja organisasi (for the head of the organisation that
capaian still gives his rating hasil kerja). ``predikat_override=None`` clears the
override (the predikat follows the matrix) and ``catatan=""`` clears the catatan.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final, Literal

from kinerja_desktop.domain.errors import (
    ConflictError,
    PermissionDenied,
    UserError,
    ValidationError,
)
from kinerja_desktop.domain.evaluasi import (
    AksiEvaluasi,
    HasilPredikat,
    next_status_evaluasi,
    require_period_ended,
    tetapkan_predikat,
)
from kinerja_desktop.domain.pegawai import nama_lengkap
from kinerja_desktop.domain.predikat import (
    Predikat,
    predikat_kinerja,
    rating_hasil_kerja_pimpinan,
)
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.changes import record, stamp
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.penilaian import (
    PenilaianRingkas,
    ditetapkan_or_refuse,
    evaluasi_ditetapkan,
    kepala_organisasi,
    require_assess,
)
from kinerja_desktop.services.realisasi import periode_skp
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import EvaluasiPeriode, Pegawai

__all__ = ["TETAP", "ItemNilai", "ItemPenilaian", "Tetap", "nilai_massal"]


class Tetap(enum.Enum):
    """An item field that is not given: what is saved stays as it is."""

    TETAP = "tetap"


TETAP: Final = Tetap.TETAP


@dataclass(frozen=True, slots=True)
class ItemPenilaian:
    """One rating of the batch, with what the evaluation form also sets.

    ``predikat_override``: TETAP keeps a saved override (and its reason); None: the
    predikat follows the matrix; a Predikat: that one, with ``alasan_override`` (required
    when it differs from the matrix, as in ``nilai``). ``alasan_override`` is read only
    with a given ``predikat_override``. ``catatan``: TETAP keeps it; "" clears it."""

    skp_id: uuid.UUID
    rating_hasil_kerja: Rating
    rating_perilaku: Rating
    predikat_override: Predikat | Literal[Tetap.TETAP] | None = TETAP
    alasan_override: str = ""
    catatan: str | Literal[Tetap.TETAP] = TETAP


ItemNilai = tuple[uuid.UUID, Rating, Rating] | ItemPenilaian


def _item(raw: ItemNilai) -> ItemPenilaian:
    if isinstance(raw, ItemPenilaian):
        return raw
    skp_id, rating_hk, rating_pk = raw
    return ItemPenilaian(skp_id, rating_hk, rating_pk)


def nilai_massal(
    db: Database, actor: Actor, tahun: int, periode_key: str,
    items: Sequence[ItemNilai], today: dt.date | None = None, *,
    versions: Mapping[uuid.UUID, int | None] | None = None,
) -> list[PenilaianRingkas]:
    """Rates every item (``(skp_id, rating_hasil_kerja, rating_perilaku)`` or an
    :class:`ItemPenilaian`) for the period.

    ``versions`` (skp id → the evaluation's version the grid showed, None when there
    was none) refuses the batch when someone else rated one of them meanwhile.
    Returns the saved rows in the order of ``items``.
    """
    today = today or dt.date.today()
    seen: set[uuid.UUID] = set()
    batch = [_item(raw) for raw in items]
    for item in batch:
        if item.skp_id in seen:
            raise ValidationError(
                f"SKP {item.skp_id} muncul dua kali dalam satu penyimpanan penilaian; "
                "setiap pegawai dinilai sekali per periode.")
        seen.add(item.skp_id)
    if not batch:
        return []
    out: list[PenilaianRingkas] = []
    with db.write() as s:
        for item in batch:
            skp_id, rating_hk, rating_pk = (
                item.skp_id, item.rating_hasil_kerja, item.rating_perilaku)
            row = ditetapkan_or_refuse(s, skp_id)
            if row.tahun != tahun:
                raise ValidationError(
                    f"SKP {skp_id} adalah SKP tahun {row.tahun}, bukan tahun {tahun}.")
            p = s.get(Pegawai, row.pegawai_id)
            nama = nama_lengkap(p.gelar_depan, p.nama, p.gelar_belakang) if p else str(skp_id)
            nip = p.nip if p else ""
            try:
                periode, _mulai, selesai = periode_skp(s, row, periode_key)
                require_assess(s, actor, row, selesai, "menilai")
                require_period_ended(selesai, today, periode.label)
                ev = evaluasi_ditetapkan(s, actor, row.id, periode.key)
                if versions is not None and row.id in versions and _changed(
                        versions[row.id], ev.version, ev.rating_hasil_kerja):
                    raise ConflictError(
                        "Penilaian ini sudah diubah orang lain sejak daftar dimuat. "
                        "Muat ulang (F5) lalu ulangi penilaian Anda.")
                if (ev.capaian_organisasi is not None
                        and kepala_organisasi(s, row.unit_kerja_id) == row.pegawai_id):
                    rating_hk = rating_hasil_kerja_pimpinan(ev.capaian_organisasi)
                hasil = _predikat(ev, item, rating_hk, rating_pk)
                ev.status = next_status_evaluasi(ev.status, AksiEvaluasi.NILAI)
            except PermissionDenied:
                raise  # its message already names the pegawai
            except UserError as exc:
                raise type(exc)(f"{nama} (NIP {nip}): {exc}") from exc
            ev.rating_hasil_kerja = rating_hk
            ev.rating_perilaku = rating_pk
            ev.predikat_matriks = hasil.menurut_matriks
            ev.predikat = hasil.ditetapkan
            ev.alasan_override = hasil.alasan_override or None
            if item.catatan is not TETAP:
                ev.catatan_rekomendasi = item.catatan.strip() or None
            ev.tanggal_penilaian = today
            ev.penilai_id = (actor.pegawai_id if actor.role is not Role.ADMIN
                             and actor.pegawai_id else row.penilai_id)
            ev.atasan_penilai_id = row.atasan_penilai_id
            stamp(s, ev, new=False)
            record(s, actor, "nilai_evaluasi", ev,
                   {"periode": periode.key, "predikat": hasil.ditetapkan.value,
                    "override": hasil.di_override, "massal": True})
            out.append(PenilaianRingkas(
                row.id, row.pegawai_id, nama, nip, ev.id, ev.version, ev.status,
                rating_hk, rating_pk, hasil.ditetapkan))
    return out


def _predikat(ev: EvaluasiPeriode, item: ItemPenilaian, rating_hk: Rating,
              rating_pk: Rating) -> HasilPredikat:
    """The predikat for the new ratings: the item's override (checked as ``nilai`` does), or
    with none given the saved override kept with its reason (it was checked when saved)."""
    if item.predikat_override is not TETAP:
        return tetapkan_predikat(rating_hk, rating_pk, item.predikat_override,
                                 item.alasan_override)
    if item.alasan_override.strip():
        raise ValidationError(
            "Alasan perubahan predikat diisi tetapi predikat yang ditetapkan tidak dipilih.")
    matriks = predikat_kinerja(rating_hk, rating_pk)
    saved = ev.predikat
    if (saved is None or ev.predikat_matriks is None or saved is ev.predikat_matriks
            or saved is matriks):
        return HasilPredikat(matriks, matriks)
    return HasilPredikat(matriks, saved, (ev.alasan_override or "").strip())


def _changed(shown: int | None, version: int, rating: Rating | None) -> bool:
    """The grid showed ``shown``; None: no evaluation then, so only a rating since counts."""
    return rating is not None if shown is None else shown != version
