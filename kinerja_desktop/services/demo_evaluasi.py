"""Realisasi, umpan balik and evaluations for the demo year (issue 4 point 10).

Called by ``make_demo`` inside its transaction, right after the SKPs
(services/demo_skp.py). For every DITETAPKAN SKP of the demo's units and every
period of the year's scheme that has ended on the demo's "today" (for a past
year: every quarter and the annual evaluation; for the current year the periods
that ended before today; for a future year none) it writes:

- one ``evaluasi_periode`` row, penilai and atasan penilai from the SKP;
- a ``realisasi_iki`` per IKI: a number around the target (the quarter's share of a
  count, the rate itself for a percentage) or a short text for a kualitatif IKI;
- a link (``bukti_dukung.tautan``) as evidence for some realisasi of the quarters;
- 1–3 ``umpan_balik`` rows per evaluation, on an RHK or a core value, written by
  the penilai, taken from the phrase library's texts (services/umpan_balik.py);
- ratings for the rated periods: each pegawai has a steady tendency (mostly
  Sesuai Ekspektasi, some Di Atas, a few Di Bawah) so a unit's distribution looks
  plausible; the predikat comes from ``domain.evaluasi.tetapkan_predikat``, a
  couple overridden with a written reason; the head of the organisation gets the
  capaian kinerja organisasi and his rating hasil kerja follows from it.

Older periods are DINILAI; the latest ended period is mixed (DINILAI, DIAJUKAN,
REALISASI_DIISI, BELUM_DIISI) so the screens show every state. A BELUM_DIISI
evaluation has no realisasi. Rows are Core bulk inserts with one outbox row per
row; the same ``seed`` gives the same data (record ids are fresh).
"""

from __future__ import annotations

import datetime as dt
import random
import secrets
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from kinerja_desktop.domain.berakhlak import CORE_VALUES
from kinerja_desktop.domain.evaluasi import StatusEvaluasi, tetapkan_predikat
from kinerja_desktop.domain.periode import Periode, periods
from kinerja_desktop.domain.predikat import (
    Predikat,
    PredikatOrganisasi,
    rating_hasil_kerja_pimpinan,
)
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.skp import StatusSKP
from kinerja_desktop.services.aturan_periode import aturan_in
from kinerja_desktop.services.changes import record_many
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.demo_organisasi import DemoOrganisasiResult, make_demo_organisasi
from kinerja_desktop.services.demo_skp import UnitDemo
from kinerja_desktop.services.umpan_balik import _FRASA_CV, _FRASA_RHK
from kinerja_desktop.storage.bulk import insert_rows
from kinerja_desktop.storage.models import (
    BuktiDukung,
    EvaluasiPeriode,
    IkiRow,
    RealisasiIki,
    RhkRow,
    Skp,
    UmpanBalik,
)

ACTION = "buat_data_contoh"
#: SKPs generated between two writes (and cancel checks / progress reports).
CHUNK = 2000

R = Rating
S = StatusEvaluasi
#: A pegawai's tendency over the year (rating hasil kerja): mostly as expected.
TENDENSI: tuple[tuple[Rating, float], ...] = (
    (R.SESUAI_EKSPEKTASI, 0.74), (R.DI_ATAS_EKSPEKTASI, 0.17), (R.DI_BAWAH_EKSPEKTASI, 0.09))
#: Rating perilaku kerja of one period.
PERILAKU: tuple[tuple[Rating, float], ...] = (
    (R.SESUAI_EKSPEKTASI, 0.80), (R.DI_ATAS_EKSPEKTASI, 0.13), (R.DI_BAWAH_EKSPEKTASI, 0.07))
#: Status of the latest ended period.
TERAKHIR: tuple[tuple[StatusEvaluasi, float], ...] = (
    (S.DINILAI, 0.45), (S.DIAJUKAN, 0.25), (S.REALISASI_DIISI, 0.18), (S.BELUM_DIISI, 0.12))
#: Version of an evaluation row after the steps that lead to its status.
VERSI = {S.BELUM_DIISI: 1, S.REALISASI_DIISI: 2, S.DIAJUKAN: 3, S.DINILAI: 4}
#: Realisasi as a share of the target, by the period's rating hasil kerja.
FAKTOR = {R.DI_ATAS_EKSPEKTASI: (1.05, 1.25), R.SESUAI_EKSPEKTASI: (0.92, 1.04),
          R.DI_BAWAH_EKSPEKTASI: (0.55, 0.85)}

REALISASI_TEKS = {
    R.DI_ATAS_EKSPEKTASI: (
        "Seluruh kegiatan terlaksana lebih cepat dari jadwal dengan hasil yang sangat baik.",
        "Target tercapai dan ditambah inovasi yang diapresiasi pimpinan.",
        "Hasil kerja dijadikan contoh praktik baik bagi unit lain.",
    ),
    R.SESUAI_EKSPEKTASI: (
        "Kegiatan terlaksana sesuai rencana dan dilaporkan tepat waktu.",
        "Target periode ini tercapai sesuai ekspektasi pimpinan.",
        "Dokumen diselesaikan lengkap dan telah diverifikasi atasan.",
        "Pelaksanaan berjalan baik; tidak ada kendala berarti.",
    ),
    R.DI_BAWAH_EKSPEKTASI: (
        "Sebagian kegiatan tertunda karena kendala anggaran; dilanjutkan periode berikutnya.",
        "Laporan belum lengkap dan masih diperbaiki.",
        "Capaian belum sesuai target karena keterbatasan waktu pelaksanaan.",
    ),
}
BUKTI = (
    ("https://drive.google.com/drive/folders/{kode}", "Folder dokumen kegiatan"),
    ("https://docs.google.com/spreadsheets/d/{kode}", "Rekap data capaian"),
    ("https://drive.google.com/file/d/{kode}/view", "Laporan pelaksanaan (PDF)"),
    ("https://docs.google.com/document/d/{kode}", "Notulen dan daftar hadir"),
    ("https://photos.app.goo.gl/{kode}", "Dokumentasi foto kegiatan"),
)
#: Feedback on an RHK by the period's rating hasil kerja (indices of _FRASA_RHK).
FRASA_RHK_UNTUK = {R.DI_ATAS_EKSPEKTASI: (1, 0), R.SESUAI_EKSPEKTASI: (0, 4, 5, 3),
                   R.DI_BAWAH_EKSPEKTASI: (2, 3, 5)}
CATATAN = {
    R.DI_ATAS_EKSPEKTASI: ("Dipertimbangkan sebagai calon penerima penghargaan pegawai "
                           "berprestasi.", "Pertahankan; libatkan sebagai mentor rekan kerja."),
    R.SESUAI_EKSPEKTASI: ("Pertahankan kinerja dan lengkapi bukti dukung tepat waktu.",
                          "Ikuti pelatihan teknis sesuai bidang tugas."),
    R.DI_BAWAH_EKSPEKTASI: ("Perlu pembinaan dan pendampingan oleh atasan langsung.",
                            "Diikutsertakan pada pelatihan peningkatan kompetensi teknis."),
}
#: A couple of predikat set against the matrix: matrix predikat -> (predikat, reason).
OVERRIDE: dict[Predikat, tuple[Predikat, str]] = {
    Predikat.BAIK: (Predikat.SANGAT_BAIK, "Kontribusi luar biasa pada penyelesaian tugas "
                    "tambahan lintas unit yang tidak tercermin dalam rating."),
    Predikat.SANGAT_BAIK: (Predikat.BAIK, "Terdapat catatan disiplin kehadiran dari laporan "
                           "kepegawaian yang perlu diperbaiki."),
    Predikat.BUTUH_PERBAIKAN: (Predikat.BAIK, "Capaian rendah disebabkan cuti melahirkan "
                               "selama sebagian periode; kinerja pada masa aktif baik."),
    Predikat.KURANG: (Predikat.BUTUH_PERBAIKAN, "Sebagian periode ditugaskan pada kepanitiaan "
                      "daerah di luar RHK dan hasilnya dinilai baik."),
    Predikat.SANGAT_KURANG: (Predikat.BUTUH_PERBAIKAN, "Sebagian periode ditugaskan pada "
                             "kepanitiaan daerah di luar RHK dan hasilnya dinilai baik."),
}


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


@dataclass(frozen=True, slots=True)
class DemoEvaluasiResult:
    periode: tuple[str, ...]  # keys of the ended periods that got evaluations
    evaluasi: int
    per_status: dict[str, int]  # StatusEvaluasi value -> evaluations
    per_predikat: dict[str, int]  # Predikat value -> rated evaluations
    override: int
    realisasi: int
    bukti: int
    umpan_balik: int
    detik: float
    organisasi: DemoOrganisasiResult | None = None

    def __str__(self) -> str:
        if not self.evaluasi:
            return "belum ada periode yang berakhir, tanpa evaluasi"
        st = self.per_status
        return (
            f"{self.evaluasi} evaluasi periode {', '.join(self.periode)} "
            f"({st.get('DINILAI', 0)} dinilai, {st.get('DIAJUKAN', 0)} diajukan, "
            f"{st.get('REALISASI_DIISI', 0)} realisasi diisi, {st.get('BELUM_DIISI', 0)} "
            f"belum diisi; {self.override} predikat diubah dengan alasan), "
            f"{self.realisasi} realisasi, {self.bukti} bukti dukung, "
            f"{self.umpan_balik} umpan balik"
            + (f", {self.organisasi}" if self.organisasi is not None else "")
            + f"; {self.detik:.1f} detik"
        )


@dataclass(slots=True)
class _Iki:
    id: uuid.UUID
    target: Decimal | None  # None: kualitatif
    persen: bool


@dataclass(slots=True)
class _Skp:
    id: uuid.UUID
    pegawai_id: uuid.UUID
    penilai_id: uuid.UUID | None
    atasan_penilai_id: uuid.UUID | None
    mulai: dt.date
    selesai: dt.date
    rhk: list[uuid.UUID] = field(default_factory=list)
    iki: list[_Iki] = field(default_factory=list)


class _Writer:
    ORDER = ("evaluasi_periode", "realisasi_iki", "bukti_dukung", "umpan_balik")
    TABLES: ClassVar[dict[str, type[Any]]] = {
        "evaluasi_periode": EvaluasiPeriode, "realisasi_iki": RealisasiIki,
        "bukti_dukung": BuktiDukung, "umpan_balik": UmpanBalik}

    def __init__(self, s: Session, actor: Actor) -> None:
        self.s = s
        self.actor = actor
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in self.ORDER}
        self.count: dict[str, int] = dict.fromkeys(self.ORDER, 0)

    def flush(self) -> None:
        for name in self.ORDER:
            rows = self.rows[name]
            if rows:
                insert_rows(self.s, _table(self.TABLES[name]), rows)
                record_many(self.s, self.actor, ACTION, name, rows)
                self.count[name] += len(rows)
                self.rows[name] = []


def _pick(rng: random.Random, weighted: Sequence[tuple[Any, float]]) -> Any:
    r = rng.random()
    for value, weight in weighted:
        r -= weight
        if r < 0:
            return value
    return weighted[-1][0]


def _load_skps(s: Session, year: int, unit_ids: set[uuid.UUID]) -> list[_Skp]:
    """The DITETAPKAN SKPs of the demo's units with their RHK and IKI, in a stable order."""
    live = (Skp.tahun == year, Skp.status == StatusSKP.DITETAPKAN, Skp.deleted_at.is_(None))
    skps: dict[uuid.UUID, _Skp] = {}
    for r in s.execute(select(
            Skp.id, Skp.pegawai_id, Skp.penilai_id, Skp.atasan_penilai_id, Skp.unit_kerja_id,
            Skp.periode_mulai, Skp.periode_selesai, Skp.ditutup_pada).where(*live)):
        if r.unit_kerja_id in unit_ids:
            akhir = r.periode_selesai if r.ditutup_pada is None else min(
                r.periode_selesai, r.ditutup_pada)
            skps[r.id] = _Skp(r.id, r.pegawai_id, r.penilai_id, r.atasan_penilai_id,
                              r.periode_mulai, akhir)
    rhk_skp: dict[uuid.UUID, _Skp] = {}
    for rid, sid in s.execute(
            select(RhkRow.id, RhkRow.skp_id).join(Skp, Skp.id == RhkRow.skp_id)
            .where(*live, RhkRow.deleted_at.is_(None)).order_by(RhkRow.skp_id, RhkRow.no_urut)):
        if sid in skps:
            skps[sid].rhk.append(rid)
            rhk_skp[rid] = skps[sid]
    for iid, rhk_id, nilai, satuan in s.execute(
            select(IkiRow.id, IkiRow.rhk_id, IkiRow.target_nilai, IkiRow.target_satuan)
            .join(RhkRow, RhkRow.id == IkiRow.rhk_id).join(Skp, Skp.id == RhkRow.skp_id)
            .where(*live, IkiRow.deleted_at.is_(None))
            .order_by(RhkRow.skp_id, RhkRow.no_urut, IkiRow.no_urut)):
        owner = rhk_skp.get(rhk_id)
        if owner is None:
            continue
        target: Decimal | None = None
        if nilai is not None:
            try:
                target = Decimal(nilai)
            except InvalidOperation:
                target = None
        owner.iki.append(_Iki(iid, target, (satuan or "").strip() == "%"))
    return list(skps.values())


def make_demo_evaluasi(
    s: Session,
    actor: Actor,
    *,
    units: Sequence[UnitDemo],
    pegawai_order: Sequence[uuid.UUID],
    year: int,
    seed: int,
    site: str,
    now: dt.datetime,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    check_cancel: Callable[[], None] | None = None,
) -> DemoEvaluasiResult:
    """Writes the evaluations of the demo year (see module doc).

    ``pegawai_order`` is the demo's pegawai in creation order (it makes the walk, and
    so the data, depend only on the seed); ``today`` is the demo's "today" (default:
    ``now``'s date): only periods that ended before it get evaluations.
    """
    started = time.perf_counter()
    today = today or now.date()
    rng = random.Random(f"demo-evaluasi-{seed}-{year}")
    aturan = aturan_in(s, year)
    ended = [p for p in periods(aturan) if p.selesai < today]
    writer = _Writer(s, actor)
    per_status: Counter[str] = Counter()
    per_predikat: Counter[str] = Counter()
    if not ended:
        return DemoEvaluasiResult((), 0, {}, {}, 0, 0, 0, 0,
                                  round(time.perf_counter() - started, 2))
    rank = {pid: i for i, pid in enumerate(pegawai_order)}
    skps = _load_skps(s, year, {u.id for u in units})
    skps.sort(key=lambda k: (rank.get(k.pegawai_id, len(rank)), k.mulai))
    kepala_org = {u.kepala_id for u in units if u.parent_id is None and u.kepala_id}
    gen = _Gen(rng, site, now, today, actor, ended, writer, per_status, per_predikat)
    total = len(skps)
    if progress is not None:
        progress(0, total)
    for start in range(0, total, CHUNK):
        if check_cancel is not None:
            check_cancel()
        for k in skps[start:start + CHUNK]:
            gen.skp(k, kepala=k.pegawai_id in kepala_org)
        writer.flush()
        if progress is not None:
            progress(min(total, start + CHUNK), total)
    if check_cancel is not None:
        check_cancel()
    organisasi = make_demo_organisasi(s, actor, units=units, ended=ended, seed=seed, site=site,
                                      now=now, today=today)
    return DemoEvaluasiResult(
        periode=tuple(p.key for p in ended), evaluasi=writer.count["evaluasi_periode"],
        per_status=dict(per_status), per_predikat=dict(per_predikat), override=gen.override,
        realisasi=writer.count["realisasi_iki"], bukti=writer.count["bukti_dukung"],
        umpan_balik=writer.count["umpan_balik"],
        detik=round(time.perf_counter() - started, 2), organisasi=organisasi,
    )


class _Gen:
    """Turns one SKP into the rows of its ended periods."""

    def __init__(self, rng: random.Random, site: str, now: dt.datetime, today: dt.date,
                 actor: Actor, ended: list[Periode], writer: _Writer,
                 per_status: Counter[str], per_predikat: Counter[str]) -> None:
        self.rng = rng
        self.site = site
        self.now = now
        self.today = today
        self.username = actor.username
        self.ended = ended
        self.w = writer
        self.per_status = per_status
        self.per_predikat = per_predikat
        self.latest = ended[-1].key
        self.override = 0
        self.ms = int(time.time() * 1000) & ((1 << 48) - 1)
        self.salt = secrets.randbits(32)
        self.counter = 0
        # A couple of overrides: about one rated evaluation in 500, the first one early.
        self.next_override = 20

    def _id(self) -> uuid.UUID:
        """A time-ordered UUID (version 7 layout): rows of a run sort by creation, so the
        inserts append to the primary key, foreign key and outbox indexes instead of
        touching a random page each (measured: about half of the time at 100,000 pegawai)."""
        n = self.counter
        self.counter += 1
        return uuid.UUID(int=(self.ms << 80) | (0x7 << 76) | (((n >> 30) & 0xFFF) << 64)
                         | (0b10 << 62) | ((n & 0x3FFFFFFF) << 32) | self.salt)

    def _base(self) -> dict[str, Any]:
        return {"id": self._id(), "version": 1, "updated_at": self.now,
                "origin_site": self.site, "deleted_at": None}

    def _at(self, day: dt.date) -> dt.datetime:
        """Office hours in WIB (UTC+7), stored in UTC, never after now."""
        rng = self.rng
        at = dt.datetime(day.year, day.month, day.day, rng.randint(1, 8), rng.randint(0, 59),
                         tzinfo=dt.UTC)
        return min(at, self.now)

    def skp(self, k: _Skp, *, kepala: bool) -> None:
        rng = self.rng
        tendensi: Rating = _pick(rng, TENDENSI)
        quarter_ratings: list[Rating] = []
        for p in self.ended:
            mulai, selesai = max(p.mulai, k.mulai), min(p.selesai, k.selesai)
            if mulai > selesai:
                continue
            status = S.DINILAI if p.key != self.latest else _pick(rng, TERAKHIR)
            annual = p.skema is None
            if annual and quarter_ratings:
                rating_hk = Counter(quarter_ratings).most_common(1)[0][0]
            else:
                rating_hk = tendensi if rng.random() < 0.8 else _pick(rng, TENDENSI)
            capaian: PredikatOrganisasi | None = None
            if kepala:
                capaian = PredikatOrganisasi.BAIK if rng.random() < 0.75 \
                    else PredikatOrganisasi.ISTIMEWA
                rating_hk = rating_hasil_kerja_pimpinan(capaian)
            if not annual:
                quarter_ratings.append(rating_hk)
            share = Decimal(1) if p.skema is None else Decimal(p.skema.bulan_per_periode) / 12
            self._evaluasi(k, p, mulai, selesai, status, rating_hk, capaian, share)

    def _evaluasi(self, k: _Skp, p: Periode, mulai: dt.date, selesai: dt.date,
                  status: StatusEvaluasi, rating_hk: Rating,
                  capaian: PredikatOrganisasi | None, share: Decimal) -> None:
        rng, w = self.rng, self.w
        ev = self._base()
        ev_id = ev["id"]
        ev.update({
            "skp_id": k.id, "periode_key": p.key, "mulai": mulai, "selesai": selesai,
            "status": status, "version": VERSI[status], "rating_hasil_kerja": None,
            "rating_perilaku": None, "predikat_matriks": None, "predikat": None,
            "alasan_override": None, "capaian_organisasi": None, "catatan_rekomendasi": None,
            "penilai_id": k.penilai_id, "atasan_penilai_id": k.atasan_penilai_id,
            "tanggal_penilaian": None, "alasan_dikembalikan": None,
        })
        # Behaviour follows results a little: Sangat Baik and Kurang stay plausible.
        rating_pk: Rating = rating_hk if rng.random() < 0.25 else _pick(rng, PERILAKU)
        if status is S.DINILAI:
            override: Predikat | None = None
            alasan = ""
            self.next_override -= 1
            if self.next_override <= 0:
                self.next_override = rng.randint(300, 700)
                matriks = tetapkan_predikat(rating_hk, rating_pk).menurut_matriks
                override, alasan = OVERRIDE[matriks]
            hasil = tetapkan_predikat(rating_hk, rating_pk, override, alasan)
            if hasil.di_override:
                self.override += 1
            catatan = rng.choice(CATATAN[rating_hk]) if (
                rating_hk is not R.SESUAI_EKSPEKTASI or rng.random() < 0.3) else None
            ev.update({
                "rating_hasil_kerja": rating_hk, "rating_perilaku": rating_pk,
                "predikat_matriks": hasil.menurut_matriks, "predikat": hasil.ditetapkan,
                "alasan_override": hasil.alasan_override or None,
                "capaian_organisasi": capaian, "catatan_rekomendasi": catatan,
                "tanggal_penilaian": min(selesai + dt.timedelta(days=rng.randint(1, 10)),
                                         self.today),
            })
            self.per_predikat[hasil.ditetapkan.value] += 1
        self.per_status[status.value] += 1
        w.rows["evaluasi_periode"].append(ev)
        if status is not S.BELUM_DIISI:
            self._realisasi(k, ev_id, rating_hk, share, bukti=p.skema is not None)
        self._umpan_balik(k, ev_id, mulai, selesai, rating_hk, rating_pk)

    def _realisasi(self, k: _Skp, ev_id: uuid.UUID, rating: Rating, share: Decimal,
                   *, bukti: bool) -> None:
        rng, rows = self.rng, self.w.rows
        low, high = FAKTOR[rating]
        linked = False
        for iki in k.iki:
            r = self._base()
            if iki.target is None:
                nilai, teks = None, rng.choice(REALISASI_TEKS[rating])
            else:
                base = iki.target if iki.persen else iki.target * share
                value = base * Decimal(str(round(rng.uniform(low, high), 2)))
                if iki.persen:
                    value = min(value, Decimal(100))
                    nilai = str(value.quantize(Decimal("0.1")).normalize())
                else:
                    nilai = str(max(0, int(value.to_integral_value())))
                teks = None
            r.update({"evaluasi_id": ev_id, "iki_id": iki.id, "realisasi_nilai": nilai,
                      "realisasi_teks": teks})
            rows["realisasi_iki"].append(r)
            if bukti and not linked and rng.random() < 0.15:
                linked = True
                url, ket = rng.choice(BUKTI)
                b = self._base()
                b.update({"realisasi_id": r["id"], "sha256": None, "nama_file": None,
                          "tautan": url.format(kode=f"{rng.getrandbits(64):016x}"),
                          "keterangan": ket})
                rows["bukti_dukung"].append(b)

    def _umpan_balik(self, k: _Skp, ev_id: uuid.UUID, mulai: dt.date, selesai: dt.date,
                     rating_hk: Rating, rating_pk: Rating) -> None:
        rng = self.rng
        n = _pick(rng, ((1, 0.5), (2, 0.35), (3, 0.15)))
        last = min(selesai, self.today - dt.timedelta(days=1))
        span = max(0, (last - mulai).days)
        for _ in range(n):
            u = self._base()
            if k.rhk and rng.random() < 0.55:
                rhk_id: uuid.UUID | None = rng.choice(k.rhk)
                cv: int | None = None
                teks = _FRASA_RHK[rng.choice(FRASA_RHK_UNTUK[rating_hk])]
            else:
                rhk_id, cv = None, rng.choice(CORE_VALUES).no
                pool = _FRASA_CV[cv]
                teks = pool[0] if rating_pk is R.DI_ATAS_EKSPEKTASI else rng.choice(pool)
            u.update({"evaluasi_id": ev_id, "rhk_id": rhk_id, "core_value": cv, "teks": teks,
                      "oleh_pegawai_id": k.penilai_id, "username": self.username,
                      "at": self._at(mulai + dt.timedelta(days=rng.randint(0, span)))})
            self.w.rows["umpan_balik"].append(u)
