"""Applying the changes of one verified package inside the caller's transaction.

Three passes, so one bad row never leaves half a package behind:
1. decide every change against the row here: new, duplicate, newer, or a conflict
   with a local change the sender had not seen (``peer_seq_through``), and refuse a
   change to a row the sender does not own;
2. refuse, until nothing changes, every row that refers to a row that is neither
   here nor accepted from this package;
3. write in foreign-key order. References to the same or a later table are written
   in a second step, so cycles (unit ↔ kepala, atasan ↔ bawahan) apply in any order.
A unique key taken by another row here refuses that row only (found by retrying
the table's rows one by one inside savepoints).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, cast

from sqlalchemy import Table, bindparam, or_, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kinerja_desktop.domain import canonical_json
from kinerja_desktop.domain.roles import SiteRole
from kinerja_desktop.domain.sync_konflik import (
    Dasar,
    Versi,
    dalam_cabang,
    lebih_baru,
    masuk_menang,
    tahap_alur,
    waktu_utc,
)
from kinerja_desktop.services.changes import row_payload
from kinerja_desktop.services.sync_laptop import Lingkup, lingkup
from kinerja_desktop.storage.base import Base, utcnow
from kinerja_desktop.storage.bulk import insert_rows
from kinerja_desktop.storage.models import (
    SYNCED_TABLES,
    Berkas,
    Outbox,
    Site,
    SyncKonflik,
)
from kinerja_desktop.storage.row_codec import Decoder, RowError, decoder
from kinerja_desktop.storage.upsert import upsert
from kinerja_desktop.sync.errors import PackageRejected, Reason
from kinerja_desktop.sync.records import (
    STATUS_DITOLAK,
    STATUS_KONFLIK,
    BerkasIsi,
    Perubahan,
)

DITERAPKAN = "diterapkan"
DUPLIKAT = "duplikat"
_CHUNK = 900  # ids per IN (…): below SQLite's oldest variable limit


@cache
def urutan_tabel() -> tuple[str, ...]:
    """Synced tables, referenced tables first (cycles are broken by alembic's use_alter)."""
    by_table = {sync_table(name).name: name for name in SYNCED_TABLES}
    return tuple(by_table[t.name] for t in Base.metadata.sorted_tables if t.name in by_table)


@dataclass(frozen=True, slots=True)
class _Fk:
    column: str
    target_table: str  # table name (synced entity or "berkas")
    target_column: str
    later: bool  # refers to its own or a later table: written in the second step


@cache
def _fks(entitas: str) -> tuple[_Fk, ...]:
    order = {t: i for i, t in enumerate(urutan_tabel())}
    table = sync_table(entitas)
    out = []
    for fk in table.foreign_keys:
        target = fk.column.table.name
        mine = order[entitas]
        later = target in order and order[target] >= mine
        out.append(_Fk(fk.parent.key, target, fk.column.key, later))
    return tuple(out)


def sync_table(entitas: str) -> Table:
    return cast(Table, SYNCED_TABLES[entitas].__table__)  # type: ignore[attr-defined]


@cache
def _decoder(entitas: str) -> Decoder:
    return decoder(sync_table(entitas))


@dataclass(slots=True)
class HasilTerap:
    # Per change that was not simply applied: seq → (status, reason).
    status: dict[int, tuple[str, str]] = field(default_factory=dict)
    # entity → status → count
    hitung: dict[str, dict[str, int]] = field(default_factory=dict)
    konflik_baru: int = 0

    def catat(self, entitas: str, status: str) -> None:
        per = self.hitung.setdefault(entitas, {})
        per[status] = per.get(status, 0) + 1

    def jumlah(self, status: str) -> int:
        return sum(per.get(status, 0) for per in self.hitung.values())


# What a laptop may add: rows under a row of its assignment (column, parent entity).
_INDUK_DELEGASI = {
    "evaluasi_periode": ("skp_id", "skp"), "realisasi_iki": ("evaluasi_id", "evaluasi_periode"),
    "bukti_dukung": ("realisasi_id", "realisasi_iki"),
    "umpan_balik": ("evaluasi_id", "evaluasi_periode"), "rhk": ("skp_id", "skp"),
    "iki": ("rhk_id", "rhk"), "skp_transisi": ("skp_id", "skp"),
}


@dataclass(frozen=True, slots=True)
class _Delegasi:
    lingkup: Lingkup
    laptop_mengirim: bool  # the sender is the laptop (else: we are the laptop)

    def terima_baru(self, entitas: str, eid: uuid.UUID, nilai: Mapping[str, Any]) -> str:
        """Why a new row from the laptop is refused, or "" (then it joins the scope, so
        the rows under it in the same package are accepted too)."""
        induk = _INDUK_DELEGASI.get(entitas)
        if induk is None or nilai.get(induk[0]) not in self.lingkup.delegasi.get(induk[1],
                                                                                   ()):
            return ("di luar penugasan laptop ini (hanya penilaian pegawai yang dinilai "
                    "penilai laptop itu yang diterima).")
        self.lingkup.delegasi.setdefault(entitas, set()).add(eid)
        return ""


@dataclass(slots=True)
class _Rencana:
    p: Perubahan
    nilai: dict[str, Any]  # decoded column values
    baru: bool  # insert (else update)
    status: str = DITERAPKAN
    alasan: str = ""
    menang: bool = False  # a conflict the incoming version won


def terapkan(
    s: Session,
    *,
    lokal: str,
    pengirim: str,
    perubahan: Sequence[Perubahan],
    berkas: Sequence[BerkasIsi],
    peer_seq_through: int,
    paket_id: int | None,
    teruskan: bool,
    snapshot: bool = False,
) -> HasilTerap:
    """Applies ``perubahan`` from ``pengirim``; ``teruskan`` writes each applied change to
    the outbox again so it travels on to this site's parent. In a ``snapshot`` (the
    sender was restored from a backup), a row newer here than in the snapshot is sent
    back, so the sender gets back what its backup had lost."""
    hasil = HasilTerap()
    sites = s.execute(select(Site.code, Site.parent_code, Site.role)).all()
    induk = {code: parent for code, parent, _ in sites}
    peran = {code: role for code, _, role in sites}
    # Between an office and a penilai's laptop, the assigned rows are the laptop's.
    delegasi: _Delegasi | None = None
    if induk.get(pengirim) == lokal and peran.get(pengirim) is SiteRole.LAPTOP:
        delegasi = _Delegasi(lingkup(s, pengirim), laptop_mengirim=True)
    elif peran.get(lokal) is SiteRole.LAPTOP and induk.get(lokal) == pengirim:
        delegasi = _Delegasi(lingkup(s, lokal), laptop_mengirim=False)
    rencana: list[_Rencana] = []
    order = {name: i for i, name in enumerate(urutan_tabel())}
    ordered = sorted(perubahan, key=lambda p: (order[p.entitas], p.seq))
    # Local changes the sender has not seen: at a province that rarely edits, none, and
    # then no row needs its outbox looked up.
    ada_tertunda = s.scalar(select(Outbox.seq).where(
        Outbox.seq > peer_seq_through,
        or_(Outbox.source_site.is_(None), Outbox.source_site != pengirim)).limit(1))
    for entitas, group in _groups(ordered):
        rencana.extend(_putuskan(s, lokal, pengirim, entitas, group, induk,
                                 peer_seq_through if ada_tertunda is not None else None,
                                 paket_id, hasil, snapshot, delegasi))
    diterima = [r for r in rencana if r.status in (DITERAPKAN, STATUS_KONFLIK) and r.nilai]
    _periksa_rujukan(s, diterima, {b.sha256 for b in berkas})
    _simpan_berkas(s, berkas)
    _tulis(s, [r for r in diterima if r.status != STATUS_DITOLAK])
    # A change that beat a local one is written to the outbox even at the root, so the
    # losing local version, still waiting there, is not sent back to the sender.
    _teruskan(s, pengirim, [r for r in rencana if r.nilai and (
        r.status == STATUS_KONFLIK or (teruskan and r.status == DITERAPKAN))])
    for r in rencana:
        hasil.catat(r.p.entitas, r.status)
        # The sender hears of what it must know: a refusal, or a conflict its change lost
        # (one it won was applied, and its version stays everywhere).
        if r.status == STATUS_DITOLAK or (r.status == STATUS_KONFLIK and not r.menang):
            hasil.status[r.p.seq] = (r.status, r.alasan)
    return hasil


def _groups(ordered: Sequence[Perubahan]) -> Iterable[tuple[str, list[Perubahan]]]:
    current: list[Perubahan] = []
    for p in ordered:
        if current and current[0].entitas != p.entitas:
            yield current[0].entitas, current
            current = []
        current.append(p)
    if current:
        yield current[0].entitas, current


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


def _isi(baris: Mapping[str, Any]) -> bytes:
    return canonical_json.dumps(dict(baris), "baris")


def _putuskan(
    s: Session, lokal: str, pengirim: str, entitas: str, group: list[Perubahan],
    induk: Mapping[str, str | None], seen_through: int | None, paket_id: int | None,
    hasil: HasilTerap, snapshot: bool, delegasi: _Delegasi | None,
) -> list[_Rencana]:
    table = sync_table(entitas)
    ids = [p.id for p in group]
    ada: dict[uuid.UUID, dict[str, Any]] = {}
    tertunda: dict[uuid.UUID, str] = {}  # rows changed here since the sender last saw us
    for chunk in _chunks(ids):
        for row in s.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            ada[row["id"]] = dict(row)
        if seen_through is None:
            continue
        # Only the newest entry counts: once the sender's version was taken (a conflict
        # it won), our older change is settled, even before the sender acknowledges it.
        newest: dict[uuid.UUID, str | None] = {}
        for eid, src in s.execute(
                select(Outbox.entity_id, Outbox.source_site)
                .where(Outbox.entity == entitas, Outbox.entity_id.in_(chunk),
                       Outbox.seq > seen_through).order_by(Outbox.seq)):
            newest[eid] = src
        tertunda.update({eid: src or lokal for eid, src in newest.items() if src != pengirim})
    decode = _decoder(entitas)
    out: list[_Rencana] = []
    konflik: list[dict[str, Any]] = []
    dari_induk = induk.get(lokal) == pengirim
    menang_lokal: list[tuple[str, uuid.UUID, int]] = []
    kirim_ulang: list[tuple[str, uuid.UUID, int]] = []
    for p in group:
        try:
            nilai = decode(p.baris)
        except RowError as exc:
            raise PackageRejected(Reason.REKAMAN, f"perubahan seq {p.seq} ({entitas} {p.id}): "
                                                  f"{exc}.") from None
        lama = ada.get(p.id)
        r = _Rencana(p, nilai, baru=lama is None)
        out.append(r)
        if lama is None:
            if delegasi is not None and delegasi.laptop_mengirim:
                alasan = delegasi.terima_baru(entitas, p.id, nilai)
                if alasan:
                    r.status, r.alasan = STATUS_DITOLAK, f"{entitas} {p.id}: {alasan}"
                continue
            if not dari_induk and not _berwenang(str(nilai["origin_site"]), pengirim, lokal,
                                                 induk):
                r.status, r.alasan = STATUS_DITOLAK, (
                    f"{entitas} {p.id} milik situs {nilai['origin_site']}; situs {pengirim} "
                    "tidak berwenang membuatnya.")
            continue
        if _sama_isi(lama, nilai, _ISI):
            # e.g. the same jabatan created at two sites. The parent's bookkeeping is
            # taken over (and sent down to a child that has its own), so every copy of a
            # shared catalogue ends up identical.
            if not dari_induk or _sama_isi(lama, nilai, frozenset()):
                r.status = DUPLIKAT
                if not dari_induk and not _sama_isi(lama, nilai, frozenset()):
                    kirim_ulang.append((entitas, p.id, int(lama["version"])))
            continue
        if p.versi == 1 and int(lama["version"]) > 1:
            r.status = DUPLIKAT  # the row's creation, which ours was made on top of
            if snapshot:  # the sender lost our version with its backup: send it back
                kirim_ulang.append((entitas, p.id, int(lama["version"])))
            continue
        lama_json = row_payload(lama)
        v_masuk = Versi(p.versi, waktu_utc(str(p.baris["updated_at"])), p.situs,
                        tahap_alur(entitas, p.baris), b"")
        penulis = tertunda.get(p.id)
        if penulis is not None and int(lama["version"]) == 1 and p.versi > 1:
            # Our change is the row's creation, and the incoming version was made on top
            # of a creation with the same id: the same default row seeded at both sites.
            penulis = None
        v_lokal = Versi(int(lama["version"]), waktu_utc(str(lama_json["updated_at"])),
                        penulis or lokal, tahap_alur(entitas, lama_json), b"")
        # The parent may change anything in its branch (catalogues included); a child
        # only rows of its own branch, and never a row's owner.
        delegated = delegasi is not None and delegasi.lingkup.didelegasikan(entitas, p.id)
        # A child may hand a row to another owner inside its branch (an evaluation both
        # the office and the penilai's laptop opened is the laptop's once it won there).
        milik = dari_induk or (delegated and delegasi is not None and delegasi.laptop_mengirim
                               ) or (_berwenang(str(lama["origin_site"]), pengirim, lokal, induk)
                                     and (lama["origin_site"] == nilai["origin_site"]
                                          or _berwenang(str(nilai["origin_site"]), pengirim,
                                                        lokal, induk)))
        if milik:
            if v_lokal.sama(v_masuk):
                r.status = DUPLIKAT
                continue
            if penulis is None:
                # The sender had seen every version we hold, so what it sends now was
                # made or chosen knowing ours: it replaces ours even with a lower stamp
                # (a conflict decided at the sender, where the incoming side won, keeps
                # the winner's own stamp). Only a snapshot from a restored backup may
                # carry versions older than ours; those we keep and send back.
                if snapshot and not lebih_baru(v_lokal, v_masuk):
                    r.status = DUPLIKAT
                    kirim_ulang.append((entitas, p.id, v_lokal.versi))
                continue
        isi_lokal, isi_masuk = _isi(lama_json), _isi(p.baris)
        if delegated and delegasi is not None:
            menang, dasar = delegasi.laptop_mengirim, Dasar.PEMILIK  # the penilai's word
        elif dari_induk and not (lama["origin_site"] == nilai["origin_site"] and dalam_cabang(
                str(nilai["origin_site"]), lokal, induk) is not False):
            # Outside our branch the parent's version wins, as the parent decides too.
            menang, dasar = True, Dasar.PEMILIK
        elif milik:
            menang, dasar = masuk_menang(
                Versi(v_lokal.versi, v_lokal.diubah, v_lokal.situs, v_lokal.tahap, isi_lokal),
                Versi(v_masuk.versi, v_masuk.diubah, v_masuk.situs, v_masuk.tahap, isi_masuk))
        else:
            menang, dasar = False, Dasar.PEMILIK
        r.status, r.menang = STATUS_KONFLIK, menang
        kalah, isi_kalah = (lama_json, isi_lokal) if menang else (p.baris, isi_masuk)
        situs_menang, situs_kalah = (p.situs, v_lokal.situs) if menang else (
            v_lokal.situs, p.situs)
        # Our winning version travels back in our next package (it is still waiting in
        # the outbox). Only when the sender would take it for older than its own is it
        # stamped above the loser first.
        naik = not menang and not lebih_baru(v_masuk, v_lokal)
        versi_menang = (p.versi if menang else
                        max(v_lokal.versi, p.versi) + 1 if naik else v_lokal.versi)
        r.alasan = _alasan_konflik(entitas, p.id, menang, dasar, situs_menang)
        if not menang:
            r.nilai = {}  # keep ours
            if naik:
                menang_lokal.append((entitas, p.id, versi_menang))
        konflik.append({
            "entity": entitas, "entity_id": p.id, "peer_site": pengirim, "paket_id": paket_id,
            "dasar": dasar.value, "pemenang": "masuk" if menang else "lokal",
            "situs_menang": situs_menang, "situs_kalah": situs_kalah,
            "versi_menang": versi_menang,
            "versi_kalah": v_lokal.versi if menang else p.versi,
            "data_kalah": kalah, "kalah_sha256": hashlib.sha256(isi_kalah).hexdigest(),
        })
    hasil.konflik_baru += _simpan_konflik(s, konflik)
    _lokal_menang(s, menang_lokal)
    _lokal_menang(s, kirim_ulang, naikkan=False)
    return out


def _berwenang(pemilik: str, pengirim: str, lokal: str,
               induk: Mapping[str, str | None]) -> bool:
    """May the child ``pengirim`` change a row owned by ``pemilik``? Yes inside its own
    branch; an owner unknown here (a laptop of the child) is vouched for by the child."""
    boleh = dalam_cabang(pemilik, pengirim, induk)
    return boleh is True or (boleh is None and induk.get(pengirim) == lokal)


_ISI = frozenset({"version", "updated_at", "origin_site"})  # bookkeeping, not content


def _sama_isi(lama: Mapping[str, Any], nilai: Mapping[str, Any],
              abaikan: frozenset[str]) -> bool:
    """Equal apart from the ``abaikan`` columns (SQLite returns naive UTC datetimes)."""
    for key, value in nilai.items():
        if key in abaikan:
            continue
        here = lama.get(key)
        if isinstance(value, dt.datetime) and isinstance(here, dt.datetime):
            if here.tzinfo is None:
                here = here.replace(tzinfo=dt.UTC)
            if here != value:
                return False
        elif here != value:
            return False
    return True


def _alasan_konflik(entitas: str, eid: uuid.UUID, menang: bool, dasar: Dasar,
                    situs_menang: str) -> str:
    hasil = "perubahan Anda dipakai" if menang else "perubahan Anda kalah"
    return (f"{entitas} {eid} juga diubah di situs lain: {hasil} ({dasar.label}; versi "
            f"situs {situs_menang} yang berlaku). Versi yang kalah disimpan di laporan konflik.")


def _simpan_konflik(s: Session, rows: list[dict[str, Any]]) -> int:
    """Stores each losing version once, however many packages bring it again."""
    if not rows:
        return 0
    keys = [(r["entity_id"], r["kalah_sha256"]) for r in rows]
    known: set[tuple[uuid.UUID, str]] = set()
    for chunk in _chunks(keys):
        known.update(s.execute(select(SyncKonflik.entity_id, SyncKonflik.kalah_sha256).where(
            tuple_(SyncKonflik.entity_id, SyncKonflik.kalah_sha256).in_(chunk))))
    fresh = [r for r in rows if (r["entity_id"], r["kalah_sha256"]) not in known]
    insert_rows(s, cast(Table, SyncKonflik.__table__), fresh)
    return len(fresh)


def _periksa_rujukan(s: Session, diterima: list[_Rencana], shas: set[str]) -> None:
    """Refuses rows whose references resolve neither here nor in the package; repeats
    until stable, because a refused row cannot be referred to either."""
    while True:
        accepted: dict[str, set[Any]] = defaultdict(set)
        for r in diterima:
            if r.status != STATUS_DITOLAK:
                accepted[r.p.entitas].add(r.p.id)
        accepted["berkas"] = set(shas)
        wanted: dict[tuple[str, str], set[Any]] = defaultdict(set)
        for r in diterima:
            if r.status == STATUS_DITOLAK:
                continue
            for fk in _fks(r.p.entitas):
                value = r.nilai.get(fk.column)
                if value is not None and value not in accepted[fk.target_table]:
                    wanted[(fk.target_table, fk.target_column)].add(value)
        present: dict[str, set[Any]] = defaultdict(set)
        for (target, column), values in wanted.items():
            table = Base.metadata.tables[target]
            for chunk in _chunks(sorted(values, key=str)):
                present[target].update(s.scalars(select(table.c[column]).where(
                    table.c[column].in_(chunk))))
        if all(values <= present[target] for (target, _), values in wanted.items()):
            return  # every reference resolves: nothing to refuse
        refused = False
        for r in diterima:
            if r.status == STATUS_DITOLAK:
                continue
            for fk in _fks(r.p.entitas):
                value = r.nilai.get(fk.column)
                if value is None or value in accepted[fk.target_table] or (
                        value in present[fk.target_table]):
                    continue
                r.status, r.alasan = STATUS_DITOLAK, (
                    f"{r.p.entitas} {r.p.id}: kolom {fk.column} merujuk {fk.target_table} "
                    f"{value} yang tidak ada di situs ini.")
                refused = True
                break
        if not refused:
            return


def _simpan_berkas(s: Session, berkas: Sequence[BerkasIsi]) -> None:
    if not berkas:
        return
    shas = [b.sha256 for b in berkas]
    have: set[str] = set()
    for chunk in _chunks(shas):
        have.update(s.scalars(select(Berkas.sha256).where(Berkas.sha256.in_(chunk))))
    rows, seen = [], set(have)
    for b in berkas:
        if b.sha256 not in seen:
            seen.add(b.sha256)
            rows.append({"sha256": b.sha256, "ukuran": len(b.data), "mime": b.mime,
                         "data": b.data})
    insert_rows(s, cast(Table, Berkas.__table__), rows)


def _tulis(s: Session, rencana: list[_Rencana]) -> None:
    later: list[tuple[_Rencana, dict[str, Any]]] = []
    # Rows this package inserts, per table: a reference to one of them can only be
    # written once it is in.
    baru: dict[str, set[uuid.UUID]] = defaultdict(set)
    for r in rencana:
        if r.baru:
            baru[r.p.entitas].add(r.p.id)
    for entitas, group in _groups_r(rencana):
        table = sync_table(entitas)
        deferred = [fk for fk in _fks(entitas) if fk.later]
        # In id order: two imports writing the same shared rows (a catalogue) at once then
        # lock them in the same order and queue instead of deadlocking.
        group = sorted(group, key=lambda r: (not r.baru, r.p.id.int))
        rows_new: list[tuple[_Rencana, dict[str, Any]]] = []
        rows_upd: list[tuple[_Rencana, dict[str, Any]]] = []
        sudah: set[uuid.UUID] = set()  # rows of this table inserted before this one
        for r in group:
            values = r.nilai
            if deferred:
                # Only a reference to a row inserted later is written in a second step
                # (an UPDATE per row); time-ordered ids put most parents first.
                pending = {fk.column: v for fk in deferred
                           if (v := values.get(fk.column)) is not None
                           and v in baru.get(fk.target_table, ())
                           and not (fk.target_table == entitas and v in sudah)}
                if pending:
                    values = {**values, **dict.fromkeys(pending)}
                    later.append((r, pending))
                if r.baru:
                    sudah.add(r.p.id)
            (rows_new if r.baru else rows_upd).append((r, values))
        _tulis_aman(s, table, rows_new, baru=True)
        _tulis_aman(s, table, rows_upd, baru=False)
    by_cols: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = defaultdict(list)
    for r, pending in later:
        if r.status != STATUS_DITOLAK:
            by_cols[(r.p.entitas, tuple(sorted(pending)))].append({"_id": r.p.id, **pending})
    for (entitas, cols), params in by_cols.items():
        table = sync_table(entitas)
        stmt = update(table).where(table.c.id == bindparam("_id")).values(
            {c: bindparam(c) for c in cols})
        s.execute(stmt, params)


def _lokal_menang(s: Session, menang: list[tuple[str, uuid.UUID, int]], *,
                  naikkan: bool = True) -> None:
    """Our version won: it is stamped above the losing one (``naikkan``) and sent again,
    so the sender, which has already moved past our older changes, takes it as newer."""
    now = utcnow()
    for entitas, eid, versi in menang:
        table = sync_table(entitas)
        if naikkan:
            s.execute(update(table).where(table.c.id == eid).values(version=versi,
                                                                    updated_at=now))
        row = s.execute(select(table).where(table.c.id == eid)).mappings().one()
        payload = row_payload(dict(row))
        insert_rows(s, cast(Table, Outbox.__table__), [{
            "entity": entitas, "entity_id": eid, "version": versi,
            "op": "delete" if payload.get("deleted_at") else "upsert", "payload": payload}])


def _groups_r(rencana: list[_Rencana]) -> Iterable[tuple[str, list[_Rencana]]]:
    by: dict[str, list[_Rencana]] = defaultdict(list)
    for r in rencana:
        by[r.p.entitas].append(r)
    for entitas in urutan_tabel():
        if entitas in by:
            yield entitas, by[entitas]


def _tulis_aman(s: Session, table: Table, rows: list[tuple[_Rencana, dict[str, Any]]],
                *, baru: bool) -> None:
    if not rows:
        return
    try:
        with s.begin_nested():
            _tulis_baris(s, table, [v for _, v in rows], baru=baru)
        return
    except IntegrityError:
        pass
    for r, values in rows:  # find the offending rows; the others still apply
        try:
            with s.begin_nested():
                _tulis_baris(s, table, [values], baru=baru)
        except IntegrityError as exc:
            # Another import (from another office) may have just written the same shared
            # row, e.g. a jabatan of the catalogue: that is a duplicate, not a clash.
            now = s.execute(select(table).where(table.c.id == r.p.id)).mappings().first()
            if baru and now is not None and _sama_isi(dict(now), values, _ISI):
                r.status = DUPLIKAT
                continue
            r.status, r.alasan = STATUS_DITOLAK, (
                f"{r.p.entitas} {r.p.id} bertabrakan dengan data lain di situs ini "
                f"({_ringkas(exc)}).")


def _tulis_baris(s: Session, table: Table, rows: list[dict[str, Any]], *, baru: bool) -> None:
    if baru:
        insert_rows(s, table, rows)
    else:
        for cols, group in _by_keys(rows):
            upsert(s, table, group, key=["id"], update=[c for c in cols if c != "id"])


def _by_keys(rows: list[dict[str, Any]]) -> Iterable[tuple[tuple[str, ...], list[dict[str, Any]]]]:
    by: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by[tuple(row)].append(row)
    return by.items()


def _ringkas(exc: IntegrityError) -> str:
    text = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
    return text[:200]


def _teruskan(s: Session, pengirim: str, rencana: list[_Rencana]) -> None:
    insert_rows(s, cast(Table, Outbox.__table__), [
        {"entity": r.p.entitas, "entity_id": r.p.id, "version": r.p.versi,
         "op": "delete" if r.p.baris.get("deleted_at") else "upsert",
         "payload": r.p.baris, "source_site": pengirim}
        for r in rencana if r.status != STATUS_DITOLAK])
