"""What a child tells its parent about the conflicts decided in its branch.

Every package to the parent carries the number of conflicts recorded at the child
(with those its own children reported) and the newest of them
(``records.MAKS_KONFLIK_DILAPORKAN``). The parent keeps each child's list as its
latest package gave it, so its conflict report covers the whole branch: the
province sees which rows an office's conflicts were about, and what lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kinerja_desktop.domain.sync_konflik import waktu_utc
from kinerja_desktop.storage.bulk import insert_rows
from kinerja_desktop.storage.models import SyncChannel, SyncKonflik, SyncKonflikLaporan
from kinerja_desktop.sync.records import MAKS_KONFLIK_DILAPORKAN, KonflikDilaporkan, Laporan


def konflik_tercatat(s: Session) -> int:
    """Conflicts recorded at this site, with those its children reported: what this
    site tells its parent, which never sees them as conflicts of its own."""
    here = int(s.scalar(select(func.count()).select_from(SyncKonflik)) or 0)
    below = int(s.scalar(select(func.sum(SyncChannel.konflik_dilaporkan))) or 0)
    return here + below


def laporan_untuk_induk(s: Session, lokal: str) -> Laporan:
    """The count and the newest conflicts of this branch, oldest first."""
    sendiri = [KonflikDilaporkan(lokal, k.peer_site, k.entity, k.entity_id, k.dasar,
                                 k.pemenang, k.situs_menang, k.situs_kalah, k.versi_menang,
                                 k.versi_kalah, _iso(k.at), dict(k.data_kalah))
               for k in s.scalars(select(SyncKonflik).order_by(SyncKonflik.at.desc(),
                                                                SyncKonflik.id.desc())
                                  .limit(MAKS_KONFLIK_DILAPORKAN))]
    bawah = [KonflikDilaporkan(k.situs, k.peer_site, k.entity, k.entity_id, k.dasar,
                               k.pemenang, k.situs_menang, k.situs_kalah, k.versi_menang,
                               k.versi_kalah, _iso(k.at), dict(k.data_kalah))
             for k in s.scalars(select(SyncKonflikLaporan).order_by(
                 SyncKonflikLaporan.at.desc(), SyncKonflikLaporan.id.desc())
                 .limit(MAKS_KONFLIK_DILAPORKAN))]
    terbaru = sorted(sendiri + bawah, key=lambda k: waktu_utc(k.pada), reverse=True)
    return Laporan(konflik_tercatat(s), tuple(reversed(terbaru[:MAKS_KONFLIK_DILAPORKAN])))


def simpan_laporan(s: Session, anak: str, daftar: Sequence[KonflikDilaporkan]) -> None:
    """The child's list replaces the one its earlier package gave."""
    s.execute(delete(SyncKonflikLaporan).where(SyncKonflikLaporan.kanal == anak))
    insert_rows(s, SyncKonflikLaporan.__table__, [  # type: ignore[arg-type]
        {"kanal": anak, "situs": k.situs, "peer_site": k.peer, "entity": k.entitas,
         "entity_id": k.id, "dasar": k.dasar, "pemenang": k.pemenang,
         "situs_menang": k.situs_menang, "situs_kalah": k.situs_kalah,
         "versi_menang": k.versi_menang, "versi_kalah": k.versi_kalah,
         "data_kalah": k.data_kalah, "at": waktu_utc(k.pada)}
        for k in daftar])


def _iso(moment: dt.datetime) -> str:
    """A stored time as ISO text in UTC (SQLite hands back naive UTC datetimes)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat()
