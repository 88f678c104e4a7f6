"""Which of two versions of one row wins when sites changed it independently.

ARCHITECTURE §5: ownership and workflow state decide first, then the higher
version, then the later timestamp, then the site. Every site applies the same
order to the same two versions, so all of them keep the same winner. The
canonical bytes of the rows break the last tie, which only two different rows
with the same version, microsecond and writing site could reach.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from kinerja_desktop.domain.evaluasi import StatusEvaluasi
from kinerja_desktop.domain.skp import StatusSKP


class Dasar(StrEnum):
    """The rule that decided a conflict, shown in the conflict report."""

    PEMILIK = "pemilik"  # the sender may not change this row: the owner's version stays
    STATUS = "status"  # a later workflow state (ditetapkan, dinilai) is not undone
    VERSI = "versi"
    WAKTU = "waktu"
    SITUS = "situs"
    ISI = "isi"

    @property
    def label(self) -> str:
        return {
            Dasar.PEMILIK: "hanya situs pemilik (atau induknya) yang boleh mengubah",
            Dasar.STATUS: "tahap alur kerja lebih lanjut",
            Dasar.VERSI: "versi lebih tinggi",
            Dasar.WAKTU: "diubah lebih akhir",
            Dasar.SITUS: "kode situs penulis",
            Dasar.ISI: "isi baris (penentu terakhir)",
        }[self]


# Workflow states in the order a row moves through them. A concurrent edit made on
# an earlier state must not silently undo an approval or a rating made elsewhere.
_TAHAP: dict[str, dict[str, int]] = {
    "skp": {s.value: i for i, s in enumerate(StatusSKP)},
    "evaluasi_periode": {s.value: i for i, s in enumerate(StatusEvaluasi)},
}


def tahap_alur(entitas: str, baris: Mapping[str, Any]) -> int | None:
    urutan = _TAHAP.get(entitas)
    if urutan is None:
        return None
    return urutan.get(str(baris.get("status")))


def waktu_utc(teks: str) -> dt.datetime:
    """A stored ``updated_at``; SQLite hands back naive datetimes, which are UTC."""
    moment = dt.datetime.fromisoformat(teks)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


@dataclass(frozen=True, slots=True)
class Versi:
    """One version of a row as the decision sees it."""

    versi: int
    diubah: dt.datetime  # updated_at, UTC
    situs: str  # the site that wrote this version
    tahap: int | None  # workflow state, for entities that have one
    isi: bytes  # canonical JSON of the row

    def sama(self, other: Versi) -> bool:
        return self.versi == other.versi and self.diubah == other.diubah


def masuk_menang(lokal: Versi, masuk: Versi) -> tuple[bool, Dasar]:
    """True when the incoming version wins, and the rule that decided."""
    if lokal.tahap is not None and masuk.tahap is not None and lokal.tahap != masuk.tahap:
        return masuk.tahap > lokal.tahap, Dasar.STATUS
    if lokal.versi != masuk.versi:
        return masuk.versi > lokal.versi, Dasar.VERSI
    if lokal.diubah != masuk.diubah:
        return masuk.diubah > lokal.diubah, Dasar.WAKTU
    if lokal.situs != masuk.situs:
        return masuk.situs > lokal.situs, Dasar.SITUS
    return masuk.isi > lokal.isi, Dasar.ISI


def lebih_baru(lokal: Versi, masuk: Versi) -> bool:
    """Without a concurrent local edit, the incoming version replaces an older one."""
    return (masuk.versi, masuk.diubah) > (lokal.versi, lokal.diubah)


def dalam_cabang(pemilik: str, pengirim: str, induk: Mapping[str, str | None]) -> bool | None:
    """Is ``pemilik`` the sender itself or below it in the site tree? None when the
    owner's place in the tree is not known here."""
    seen: set[str] = set()
    site: str | None = pemilik
    while site is not None and site not in seen:
        if site == pengirim:
            return True
        seen.add(site)
        if site not in induk:
            return None
        site = induk[site]
    return False
