"""The province's side of sync (issue 6 point 8): the inbox, the state of every office,
and the province-wide recap per office.

- :func:`impor_folder` imports every ``*.kinerja`` in a folder (a shared folder or a
  USB stick with packages from many offices), ordered by sender and then by the
  package number read from the manifest (read without verifying, only to order the
  files; ``sync_impor.impor`` verifies each). One file at a time, one transaction per
  file, so a bad file never stops the others.
- :func:`status_kantor` says per office (child site): the last package received, how
  many days ago, the changes applied, conflicts, quarantined files, a resend request,
  and how many pegawai of that office are held here.
- :func:`rekap_provinsi` counts, per office, the pegawai with a rated evaluation for a
  period and the predikat distribution. The recap of each unit tree is
  ``services.rekap.rekap_unit`` (the one recap of the app); its rows are grouped here by
  the office whose branch wrote the pegawai (``origin_site``).

Imports from different offices may run at the same time (each locks only its own
channel row, see ``sync_ekspor.kanal``); two imports from the same office queue there.
"""

from __future__ import annotations

import datetime as dt
import uuid
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from kinerja_desktop.domain.errors import UserError, ValidationError
from kinerja_desktop.domain.predikat import Predikat
from kinerja_desktop.domain.roles import Role, SiteRole
from kinerja_desktop.domain.sync_konflik import dalam_cabang
from kinerja_desktop.services.context import Actor, require_role
from kinerja_desktop.services.penilaian_excel import periode_dari_kunci
from kinerja_desktop.services.rekap import DistribusiPredikat, persen, rekap_unit, unit_parents
from kinerja_desktop.services.sync_impor import DIIMPOR, KARANTINA, HasilImpor, impor
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import (
    Pegawai,
    Site,
    SiteKey,
    SyncChannel,
    SyncKonflik,
    SyncPaket,
)
from kinerja_desktop.sync.container import MANIFEST, Caps
from kinerja_desktop.sync.keys import load_encryption_key
from kinerja_desktop.sync.manifest import Manifest
from kinerja_desktop.sync.package import SUFFIX

__all__ = [
    "TIDAK_TERBACA",
    "RekapKantor",
    "RekapProvinsi",
    "StatusKantor",
    "impor_folder",
    "paket_di_folder",
    "rekap_provinsi",
    "status_kantor",
]

_PERAN = (Role.ADMIN, Role.OPERATOR)
TIDAK_TERBACA = "tidak_terbaca"
"""``alasan`` of a file that could not even be read (nothing recorded, nothing changed)."""

ProgressFn = Callable[[int, int], None]
BatalFn = Callable[[], bool]


# --- the inbox --------------------------------------------------------------------------------


def _kunci_urut(path: Path) -> tuple[int, str, int, str, str]:
    """(0, sender, number, created, name) from the manifest, unverified; files whose
    manifest cannot be read come last, by name (``impor`` then says what is wrong)."""
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(MANIFEST)
            if info.file_size > Caps().max_manifest:
                raise ValueError("manifest terlalu besar")
            header = Manifest.from_bytes(zf.read(info)).header
    except Exception:  # only the order is at stake here; impor() judges the file
        return (1, "", 0, "", path.name)
    return (0, header.sender.site, header.channel_seq,
            header.created_at.astimezone(dt.UTC).isoformat(), path.name)


def paket_di_folder(folder: Path) -> list[Path]:
    """The ``.kinerja`` files directly in ``folder`` in import order: by sender, then by
    package number (so an office's packages apply oldest first), unreadable ones last."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ValidationError(f"Folder kotak masuk {folder} tidak ada atau bukan folder.")
    try:
        files = [p for p in folder.iterdir()
                 if p.name.lower().endswith(SUFFIX) and p.is_file()]
    except OSError as exc:
        raise ValidationError(f"Folder kotak masuk {folder} tidak dapat dibaca "
                              f"({exc.strerror}).") from None
    return sorted(files, key=_kunci_urut)


def _periksa_frasa(db: Database, passphrase: str) -> None:
    """A wrong passphrase is said once, before any file, not once per file."""
    with db.read() as s:
        box = s.scalar(select(SiteKey.private_key_enc).join(
            Site, Site.code == SiteKey.site_code).where(
            Site.is_local.is_(True), SiteKey.purpose == "encrypt",
            SiteKey.revoked_at.is_(None)))
    if box is None:
        raise UserError("Situs ini belum disiapkan atau tidak punya kunci enkripsi aktif.")
    load_encryption_key(box, passphrase)


def impor_folder(db: Database, actor: Actor, passphrase: str, folder: Path,
                 karantina: Path, *, progress: ProgressFn | None = None,
                 batal: BatalFn | None = None) -> list[HasilImpor]:
    """Imports every package in ``folder`` (see :func:`paket_di_folder` for the order).

    One ``impor`` per file: a refused file is quarantined and the next one still
    imports; a file imported before is answered from the history. ``progress(done,
    total)`` is called before the first and after every file; ``batal()`` is checked
    between files and stops the inbox there (the results so far are returned; a file is
    never imported halfway). A wrong passphrase is refused before any file.
    """
    require_role(actor, "mengimpor paket sinkronisasi", *_PERAN)
    files = paket_di_folder(folder)
    if not files:
        return []
    _periksa_frasa(db, passphrase)
    out: list[HasilImpor] = []
    if progress is not None:
        progress(0, len(files))
    for i, path in enumerate(files):
        if batal is not None and batal():
            break
        try:
            out.append(impor(db, actor, passphrase, path, karantina))
        except ValidationError as exc:  # vanished or unreadable: said, the others go on
            out.append(HasilImpor(path.name, KARANTINA, str(exc), alasan=TIDAK_TERBACA))
        if progress is not None:
            progress(i + 1, len(files))
    return out


# --- state per office -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StatusKantor:
    situs: str
    nama: str
    peran: SiteRole
    terakhir_masuk: dt.datetime | None  # when its last package was imported here
    nomor_terakhir: int | None  # that package's number on the channel
    berkas_terakhir: str | None
    jeda_hari: int | None  # whole days since then; None: nothing received yet
    paket_diterima: int  # packages imported (applied or duplicate)
    perubahan_diterapkan: int  # changes applied from its packages
    diterima_sampai: int  # its outbox seq applied here (the watermark)
    konflik: int  # conflicts recorded here for its packages
    konflik_di_kantor: int  # conflicts it decided itself, as its last package reported
    karantina: int  # its packages refused into quarantine
    minta_ulang_dari: int | None  # a gap: it is asked to resend from here
    pegawai: int  # pegawai rows of its branch held here (not deleted)


def _anak(db: Database) -> tuple[str, list[Site], dict[str, str | None]]:
    with db.read() as s:
        lokal = s.scalar(select(Site).where(Site.is_local.is_(True)))
        if lokal is None:
            raise UserError("Situs belum disiapkan. Jalankan `kinerja init` atau wizard "
                            "pertama.")
        anak = list(s.scalars(select(Site).where(Site.parent_code == lokal.code,
                                                 Site.is_local.is_(False))
                              .order_by(Site.code)))
        for site in anak:
            s.expunge(site)
        induk = dict(s.execute(select(Site.code, Site.parent_code)).all())
        return lokal.code, anak, induk


def kantor_pemilik(origins: Iterable[str], anak: Iterable[str], lokal: str,
                   induk: Mapping[str, str | None]) -> dict[str, str]:
    """origin_site → the child office whose branch it is in; this site's own rows stay
    its own, and a site unknown here (say a laptop not enrolled at this level) is a
    group of its own."""
    anak = list(anak)
    out: dict[str, str] = {}
    for origin in origins:
        found = next((a for a in anak if dalam_cabang(origin, a, induk)), None)
        out[origin] = found or (lokal if dalam_cabang(origin, lokal, induk) else origin)
    return out


def status_kantor(db: Database, actor: Actor, *, now: dt.datetime | None = None,
                  ) -> list[StatusKantor]:
    """One row per child site (office) of this site, by code."""
    require_role(actor, "melihat status kantor", *_PERAN)
    lokal, anak, induk = _anak(db)
    now = now or dt.datetime.now(dt.UTC)
    with db.read() as s:
        per_origin = dict(s.execute(select(Pegawai.origin_site, func.count()).where(
            Pegawai.deleted_at.is_(None)).group_by(Pegawai.origin_site)).all())
        pemilik = kantor_pemilik(per_origin, [a.code for a in anak], lokal, induk)
        pegawai: Counter[str] = Counter()
        for origin, n in per_origin.items():
            pegawai[pemilik[origin]] += int(n)
        konflik = dict(s.execute(select(SyncKonflik.peer_site, func.count())
                                 .group_by(SyncKonflik.peer_site)).all())
        karantina = dict(s.execute(select(SyncPaket.peer_site, func.count()).where(
            SyncPaket.arah == "masuk", SyncPaket.status == KARANTINA)
            .group_by(SyncPaket.peer_site)).all())
        channels = {c.peer_site: c for c in s.scalars(select(SyncChannel))}
        diterima: Counter[str] = Counter()
        paket: Counter[str] = Counter()
        last: dict[str, SyncPaket] = {}
        for p in s.scalars(select(SyncPaket).where(
                SyncPaket.arah == "masuk", SyncPaket.status.in_(DIIMPOR),
                SyncPaket.peer_site.is_not(None)).order_by(SyncPaket.id)):
            kode = str(p.peer_site)
            paket[kode] += 1
            last[kode] = p
            for per in (p.ringkasan or {}).values():
                if isinstance(per, dict):
                    diterima[kode] += int(per.get("diterapkan", 0))
        out = []
        for site in anak:
            ch = channels.get(site.code)
            lp = last.get(site.code)
            at = _utc(lp.at) if lp is not None else None
            out.append(StatusKantor(
                situs=site.code, nama=site.name, peran=site.role, terakhir_masuk=at,
                nomor_terakhir=lp.channel_seq if lp is not None else None,
                berkas_terakhir=lp.file_name if lp is not None else None,
                jeda_hari=max(0, (now - at).days) if at is not None else None,
                paket_diterima=paket[site.code],
                perubahan_diterapkan=diterima[site.code],
                diterima_sampai=ch.in_through if ch is not None else 0,
                konflik=int(konflik.get(site.code, 0)),
                konflik_di_kantor=ch.konflik_dilaporkan if ch is not None else 0,
                karantina=int(karantina.get(site.code, 0)),
                minta_ulang_dari=ch.minta_ulang_dari if ch is not None else None,
                pegawai=pegawai[site.code]))
    return out


def _utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


# --- the province-wide recap ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RekapKantor:
    situs: str  # the office's site code ("" for the total)
    nama: str
    pegawai: int  # active pegawai placed in a unit
    dinilai: int  # with a predikat for the period
    belum_dinilai: int  # with a ditetapkan SKP, no predikat yet
    tanpa_skp: int
    distribusi: tuple[DistribusiPredikat, ...]  # every predikat, best first

    def jumlah(self, predikat: Predikat) -> int:
        return next(d.jumlah for d in self.distribusi if d.predikat is predikat)


@dataclass(frozen=True, slots=True)
class RekapProvinsi:
    periode_key: str
    periode_label: str
    tahun: int
    kantor: tuple[RekapKantor, ...]  # every child office (also with nothing), then others
    total: RekapKantor


@dataclass
class _Hitung:
    pegawai: int = 0
    belum: int = 0
    tanpa: int = 0
    predikat: Counter[Predikat] | None = None

    def rekap(self, situs: str, nama: str) -> RekapKantor:
        counts = self.predikat or Counter()
        dinilai = sum(counts.values())
        return RekapKantor(situs, nama, self.pegawai, dinilai, self.belum, self.tanpa,
                           tuple(DistribusiPredikat(p, counts[p], persen(counts[p], dinilai))
                                 for p in Predikat))


def rekap_provinsi(db: Database, actor: Actor, periode_key: str) -> RekapProvinsi:
    """Per office: pegawai, rated, not yet rated, without SKP, and the predikat counts for
    ``periode_key`` (``2026-TW1``, ``2026-TAHUNAN``…), with the province-wide total."""
    require_role(actor, "melihat rekap provinsi", *_PERAN)
    periode = periode_dari_kunci(db, actor, periode_key)
    lokal, anak, induk = _anak(db)
    with db.read() as s:
        parent_of = unit_parents(s)
        akar = [u for u, p in parent_of.items() if p is None or p not in parent_of]
        origin_of: dict[uuid.UUID, str] = dict(s.execute(select(Pegawai.id,
                                                                Pegawai.origin_site)).all())
        nama_situs = dict(s.execute(select(Site.code, Site.name)).all())
    pemilik = kantor_pemilik(set(origin_of.values()), [a.code for a in anak], lokal, induk)
    groups: dict[str, _Hitung] = {a.code: _Hitung() for a in anak}
    for root in akar:
        for b in rekap_unit(db, actor, root, periode.key).baris:
            kode = pemilik.get(origin_of.get(b.pegawai_id, ""), lokal)
            h = groups.setdefault(kode, _Hitung())
            h.pegawai += 1
            if b.predikat is not None:
                h.predikat = h.predikat or Counter()
                h.predikat[b.predikat] += 1
            elif b.skp_id is None:
                h.tanpa += 1
            else:
                h.belum += 1
    order = [a.code for a in anak] + sorted(k for k in groups if k not in
                                            {a.code for a in anak})
    kantor = tuple(groups[k].rekap(k, nama_situs.get(k, "")) for k in order)
    semua = _Hitung(sum(k.pegawai for k in kantor), sum(k.belum_dinilai for k in kantor),
                    sum(k.tanpa_skp for k in kantor),
                    Counter({p: sum(k.jumlah(p) for k in kantor) for p in Predikat}))
    return RekapProvinsi(periode.key, periode.label, periode.tahun, kantor,
                         semua.rekap("", "Jumlah"))
