"""An office with rated annual evaluations, shared by the follow-up tests (services and GUI).

Cascade of tests/services/test_skp_service.py plus SKPs for both staff (fungsional Ahli
Pertama): Siti a full year, Yusuf from 1 November (two months). Annual ratings:
Siti Sangat Baik, Yusuf Baik, Budi (kasi) Butuh Perbaikan; Siti also Di Atas in TW1.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.penilaian import nilai
from kinerja_desktop.services.skp import SkpDetail, buat_skp, get_skp, simpan_isi
from kinerja_desktop.services.skp_workflow import ajukan, tetapkan
from tests import cetakan
from tests.services.test_skp_service import TAHUN, Kantor, isi_lengkap, tetapkan_rantai

TAHUNAN = f"{TAHUN}-TAHUNAN"
TW1 = f"{TAHUN}-TW1"
SETELAH_TAHUN = dt.date(TAHUN + 1, 1, 5)
A, S, B = Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI


@dataclass
class Dinilai:
    kantor: Kantor
    skp: dict[str, SkpDetail]


@cetakan.bersama
def nilai_tahunan(k: Kantor) -> Dinilai:
    """(Copied from a template when ``k.db`` is in a known state: see tests.cetakan.)"""
    skp = tetapkan_rantai(k)
    kasi = k.akun("kasi", Role.PENILAI)
    leader = skp["kasi"].isi.rhk[0].id
    for who, mulai in (("staf", None), ("staf2", dt.date(TAHUN, 11, 1))):
        sid = buat_skp(k.db, k.admin, k.ids[who], TAHUN, mulai=mulai,
                       today=mulai or dt.date(TAHUN, 1, 10))
        d = simpan_isi(k.db, k.admin, sid, isi_lengkap(rhk_id=leader, uraian=f"RHK {who}"),
                       get_skp(k.db, k.admin, sid).version)
        ajukan(k.db, k.akun(who), d.id)
        skp[who] = tetapkan(k.db, kasi, d.id, tempat="Kota Agung",
                            tanggal=mulai or dt.date(TAHUN, 1, 25))
    nilai(k.db, kasi, skp["staf"].id, TW1, rating_hasil_kerja=A, rating_perilaku=S,
          today=SETELAH_TAHUN)
    nilai(k.db, kasi, skp["staf"].id, TAHUNAN, rating_hasil_kerja=A, rating_perilaku=A,
          today=SETELAH_TAHUN)
    nilai(k.db, kasi, skp["staf2"].id, TAHUNAN, rating_hasil_kerja=S, rating_perilaku=S,
          today=SETELAH_TAHUN)
    nilai(k.db, k.akun("kabid", Role.PENILAI), skp["kasi"].id, TAHUNAN,
          rating_hasil_kerja=B, rating_perilaku=S, today=SETELAH_TAHUN)
    return Dinilai(k, skp)
