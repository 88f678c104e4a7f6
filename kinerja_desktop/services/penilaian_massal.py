"""Several ratings of one period in one transaction: the penilai's grid (issue 4 point 4).

The same rules as ``services.penilaian.nilai`` for every item (a ditetapkan SKP, who
assesses on the last day of the period, a period that has ended, the predikat by the
matrix), through its helpers. All or nothing: one item that is refused refuses the
whole batch and nothing is written.

What the grid does not edit is kept: the catatan/rekomendasi and the capaian kinerja
organisasi written in the evaluation form (for the head of the organisation that capaian
still gives his rating hasil kerja). A predikat override is a judgement about the old
ratings, so new ratings from the grid go back to the matrix, as ``nilai`` does.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence

from kinerja_desktop.domain.errors import (
    ConflictError,
    PermissionDenied,
    UserError,
    ValidationError,
)
from kinerja_desktop.domain.evaluasi import (
    AksiEvaluasi,
    next_status_evaluasi,
    require_period_ended,
    tetapkan_predikat,
)
from kinerja_desktop.domain.pegawai import nama_lengkap
from kinerja_desktop.domain.predikat import rating_hasil_kerja_pimpinan
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
from kinerja_desktop.storage.models import Pegawai

ItemNilai = tuple[uuid.UUID, Rating, Rating]


def nilai_massal(
    db: Database, actor: Actor, tahun: int, periode_key: str,
    items: Sequence[ItemNilai], today: dt.date | None = None, *,
    versions: Mapping[uuid.UUID, int | None] | None = None,
) -> list[PenilaianRingkas]:
    """Rates every ``(skp_id, rating_hasil_kerja, rating_perilaku)`` for the period.

    ``versions`` (skp id → the evaluation's version the grid showed, None when there
    was none) refuses the batch when someone else rated one of them meanwhile.
    Returns the saved rows in the order of ``items``.
    """
    today = today or dt.date.today()
    seen: set[uuid.UUID] = set()
    for skp_id, _hk, _pk in items:
        if skp_id in seen:
            raise ValidationError(
                f"SKP {skp_id} muncul dua kali dalam satu penyimpanan penilaian; "
                "setiap pegawai dinilai sekali per periode.")
        seen.add(skp_id)
    if not items:
        return []
    out: list[PenilaianRingkas] = []
    with db.write() as s:
        for skp_id, rating_hk, rating_pk in items:
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
                hasil = tetapkan_predikat(rating_hk, rating_pk)
                ev.status = next_status_evaluasi(ev.status, AksiEvaluasi.NILAI)
            except PermissionDenied:
                raise  # its message already names the pegawai
            except UserError as exc:
                raise type(exc)(f"{nama} (NIP {nip}): {exc}") from exc
            ev.rating_hasil_kerja = rating_hk
            ev.rating_perilaku = rating_pk
            ev.predikat_matriks = hasil.menurut_matriks
            ev.predikat = hasil.ditetapkan
            ev.alasan_override = None
            ev.tanggal_penilaian = today
            ev.penilai_id = (actor.pegawai_id if actor.role is not Role.ADMIN
                             and actor.pegawai_id else row.penilai_id)
            ev.atasan_penilai_id = row.atasan_penilai_id
            stamp(s, ev, new=False)
            record(s, actor, "nilai_evaluasi", ev,
                   {"periode": periode.key, "predikat": hasil.ditetapkan.value,
                    "override": False, "massal": True})
            out.append(PenilaianRingkas(
                row.id, row.pegawai_id, nama, nip, ev.id, ev.version, ev.status,
                rating_hk, rating_pk, hasil.ditetapkan))
    return out


def _changed(shown: int | None, version: int, rating: Rating | None) -> bool:
    """The grid showed ``shown``; None: no evaluation then, so only a rating since counts."""
    return rating is not None if shown is None else shown != version
