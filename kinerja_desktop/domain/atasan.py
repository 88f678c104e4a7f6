"""Who assesses a pegawai on a date: atasan langsung, Plt and Plh (DOMAIN §2).

A Plt or Plh acts for one named official for a date range. On a date D the
penilai of P is: the Plh acting for P's atasan on D, else the Plt acting for
them on D, else the atasan himself while active. When the acting official is P
himself (a staff member made Plt of his own head), P cannot assess himself, so
the atasan of the atasan takes over. Ranges of the same kind for the same
official may not overlap, which keeps the answer unique.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.tree import find_cycles


class JenisPenugasan(StrEnum):
    PLT = "PLT"  # Pelaksana Tugas: the post is vacant or its holder away for long
    PLH = "PLH"  # Pelaksana Harian: the holder is away for a short time


@dataclass(frozen=True, slots=True)
class Penugasan:
    id: uuid.UUID
    jenis: JenisPenugasan
    pelaksana_id: uuid.UUID  # who acts
    digantikan_id: uuid.UUID  # for whom
    mulai: dt.date
    selesai: dt.date | None  # None: until further notice

    def covers(self, day: dt.date) -> bool:
        return self.mulai <= day and (self.selesai is None or day <= self.selesai)


@dataclass(frozen=True, slots=True)
class PenilaiResolution:
    penilai_id: uuid.UUID | None
    sebagai: str  # "definitif", "Plt", "Plh", "atasan dari atasan", or why nobody
    penugasan_id: uuid.UUID | None = None


def resolve_penilai(
    pegawai_id: uuid.UUID,
    day: dt.date,
    atasan_of: Mapping[uuid.UUID, uuid.UUID | None],
    aktif: Mapping[uuid.UUID, bool],
    penugasan: Iterable[Penugasan],
) -> PenilaiResolution:
    covering = [p for p in penugasan if p.covers(day) and aktif.get(p.pelaksana_id, False)]
    official = atasan_of.get(pegawai_id)
    if official is None:
        return PenilaiResolution(None, "belum ada atasan langsung")
    sebagai = "definitif"
    via: uuid.UUID | None = None  # the assignment that made us skip a level
    seen: set[uuid.UUID] = set()
    while official is not None and official not in seen:
        seen.add(official)
        acting = {p.jenis: p for p in covering if p.digantikan_id == official}
        found = acting.get(JenisPenugasan.PLH) or acting.get(JenisPenugasan.PLT)
        if found is None:
            if not aktif.get(official, False):
                return PenilaiResolution(None, "atasan tidak aktif dan belum ada Plt/Plh")
            return PenilaiResolution(official, sebagai, via)
        if found.pelaksana_id != pegawai_id:
            label = found.jenis.value.title() if sebagai == "definitif" else sebagai
            return PenilaiResolution(found.pelaksana_id, label, found.id)
        # He acts for his own atasan and cannot assess himself: go one level up.
        official = atasan_of.get(official)
        sebagai, via = "atasan dari atasan", found.id
    if via is not None:
        return PenilaiResolution(
            None, "pegawai ini Plt/Plh atasannya sendiri dan tidak ada pejabat di atasnya", via
        )
    return PenilaiResolution(None, "hubungan atasan melingkar; perbaiki data atasan")


def check_penugasan(new: Penugasan, existing: Iterable[Penugasan]) -> None:
    """Refuses an assignment that would give a date two answers."""
    if new.pelaksana_id == new.digantikan_id:
        raise ValidationError("Plt/Plh tidak boleh menggantikan dirinya sendiri.")
    if new.selesai is not None and new.selesai < new.mulai:
        raise ValidationError("Tanggal selesai Plt/Plh tidak boleh sebelum tanggal mulai.")
    for other in existing:
        if other.id == new.id or other.jenis != new.jenis:
            continue
        if other.digantikan_id != new.digantikan_id:
            continue
        end_a = new.selesai or dt.date.max
        end_b = other.selesai or dt.date.max
        if new.mulai <= end_b and other.mulai <= end_a:
            raise ValidationError(
                f"Sudah ada {other.jenis.value.title()} untuk pejabat yang sama pada "
                f"{other.mulai.isoformat()} s.d. "
                f"{other.selesai.isoformat() if other.selesai else 'seterusnya'}; "
                "rentang tanggal tidak boleh tumpang tindih."
            )


def find_atasan_cycle(atasan_of: Mapping[uuid.UUID, uuid.UUID | None]) -> list[uuid.UUID] | None:
    """Returns one cycle in the atasan graph (as a list of ids), or None."""
    cycles = find_cycles(atasan_of)
    return cycles[0] if cycles else None
