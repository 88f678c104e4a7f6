"""A realistic synthetic office for trying the app out and for benchmarks.

One Dinas Pendidikan dan Kebudayaan: the Kepala Dinas (JPT Pratama); a Sekretariat
with three Subbagian and 4–8 Bidang with three Seksi each (Administrator and
Pengawas heads); for larger counts UPT Pendidikan per kecamatan and schools, so
that a lowest unit holds about 10–40 staff. Staff have Pelaksana or Fungsional
jabatan with jenjang, golongan that fit the jabatan, Indonesian names whose
gender matches NIP digit 15, valid unique NIPs (about 10 % PPPK, NI PPPK digits
13–14 = 21), an atasan chain (staff → head of unit → head of the parent unit),
and a few Plt/Plh assignments, two of them for heads who are no longer active.

Unless ``skp=False``, the same transaction then adds the year's SKP planning
(services/demo_skp.py): unit goals, and one SKP per active pegawai, cascaded from
the Kepala Dinas down and in mixed workflow states.
Then the realisasi, umpan balik and evaluations of the periods of that year that
have ended (services/demo_evaluasi.py).

The same ``seed`` gives the same people, units and NIPs (record ids are fresh).
Everything is written in one transaction with Core bulk inserts and outbox rows.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, select
from sqlalchemy.orm import Session

from kinerja_desktop.domain.atasan import JenisPenugasan
from kinerja_desktop.domain.errors import UserError, ValidationError
from kinerja_desktop.domain.ids import new_id
from kinerja_desktop.domain.jabatan import JenjangFungsional, KategoriJabatan
from kinerja_desktop.domain.nip import JenisPegawai
from kinerja_desktop.domain.pegawai import jabatan_key
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.changes import local_site_code, record_many
from kinerja_desktop.services.context import Actor, require_role
from kinerja_desktop.services.demo_evaluasi import DemoEvaluasiResult, make_demo_evaluasi
from kinerja_desktop.services.demo_skp import (
    DemoSkpResult,
    UnitDemo,
    make_demo_skp,
)
from kinerja_desktop.services.pegawai import ensure_jabatan
from kinerja_desktop.services.pegawai_excel import bulk_work
from kinerja_desktop.storage.base import utcnow
from kinerja_desktop.storage.bulk import insert_rows, roomy_sqlite_cache
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import Jabatan, Pegawai, PenugasanPlt, UnitKerja

BATCH = 5000
MAX_PEGAWAI = 1_000_000
PPPK_SHARE = 0.10
#: Share of the progress bar for pegawai and units when SKPs follow (they take the rest).
PEGAWAI_SHARE = 0.25
#: Share of the progress bar (after the pegawai) for the SKPs; the evaluations take the rest.
SKP_SHARE = 0.4

K = KategoriJabatan
J = JenjangFungsional
Jab = tuple[str, KategoriJabatan, JenjangFungsional | None]


def _table(model: type[Any]) -> Table:
    """The Core table: its inserts take the rows as given, in one executemany."""
    return cast(Table, model.__table__)


class DemoCancelled(UserError):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True, slots=True)
class DemoResult:
    pegawai: int
    unit_kerja: int
    jabatan: int  # jabatan rows created (existing ones are reused)
    penugasan: int  # Plt/Plh assignments
    pppk: int
    tidak_aktif: int
    kode_unit_induk: str  # code of the Dinas at the top of the new tree
    tahun: int
    detik: float  # everything, SKPs included
    skp: DemoSkpResult | None = None  # None with skp=False
    evaluasi: DemoEvaluasiResult | None = None  # None with skp=False


    def __str__(self) -> str:
        text = (f"{self.pegawai} pegawai ({self.pppk} PPPK, {self.tidak_aktif} tidak aktif), "
                f"{self.unit_kerja} unit kerja (induk {self.kode_unit_induk}), "
                f"{self.jabatan} jabatan baru, {self.penugasan} Plt/Plh")
        if self.skp is not None:
            text += f"; SKP tahun {self.tahun}: {self.skp}"
        if self.evaluasi is not None:
            text += f"; penilaian: {self.evaluasi}"
        return f"{text}; total {self.detik:.1f} detik"


# -- reference lists -------------------------------------------------------------------------

KABUPATEN = ("Lampung Selatan", "Pesawaran", "Tanggamus", "Pringsewu", "Lampung Tengah",
             "Bangka Barat", "Aceh Utara", "Lombok Barat")
KECAMATAN = (
    "Kalianda", "Natar", "Jati Agung", "Tanjung Bintang", "Katibung", "Sidomulyo", "Candipuro",
    "Way Panji", "Palas", "Sragi", "Penengahan", "Ketapang", "Bakauheni", "Rajabasa",
    "Way Sulan", "Merbau Mataram", "Tanjung Sari", "Gedong Tataan", "Negeri Katon",
    "Tegineneng", "Way Lima", "Padang Cermin", "Punduh Pidada", "Kedondong", "Marga Punduh",
    "Teluk Pandan", "Way Ratai", "Kota Agung", "Wonosobo", "Semaka", "Pugung",
    "Pulau Panggung", "Talang Padang", "Gisting", "Sumberejo", "Ulu Belu", "Pardasuka",
    "Gadingrejo", "Pagelaran", "Sukoharjo", "Ambarawa", "Banyumas", "Adiluwih",
)
SUBBAGIAN = ("Umum dan Kepegawaian", "Keuangan dan Aset", "Perencanaan, Evaluasi dan Pelaporan")
BIDANG: tuple[tuple[str, tuple[str, str, str]], ...] = (
    ("Pembinaan Sekolah Dasar", ("Kurikulum dan Penilaian SD",
                                 "Peserta Didik dan Pembangunan Karakter SD",
                                 "Sarana dan Prasarana SD")),
    ("Pembinaan Sekolah Menengah Pertama", ("Kurikulum dan Penilaian SMP",
                                            "Peserta Didik dan Pembangunan Karakter SMP",
                                            "Sarana dan Prasarana SMP")),
    ("Pembinaan Ketenagaan", ("Pendidik dan Tenaga Kependidikan SD",
                              "Pendidik dan Tenaga Kependidikan SMP",
                              "Pengembangan Karier dan Kesejahteraan")),
    ("Pembinaan PAUD dan Pendidikan Nonformal", ("Kurikulum PAUD",
                                                 "Kelembagaan dan Sarana Prasarana PAUD",
                                                 "Pendidikan Masyarakat dan Kesetaraan")),
    ("Kebudayaan", ("Cagar Budaya dan Permuseuman", "Kesenian dan Tradisi",
                    "Sejarah dan Nilai Budaya")),
    ("Data dan Teknologi Informasi Pendidikan", ("Data dan Statistik Pendidikan",
                                                 "Sistem Informasi Pendidikan",
                                                 "Teknologi Pembelajaran")),
    ("Penjaminan Mutu Pendidikan", ("Standar dan Akreditasi", "Penilaian dan Asesmen",
                                    "Pengembangan Mutu Sekolah")),
    ("Sarana dan Prasarana Pendidikan", ("Perencanaan Sarana", "Pembangunan dan Rehabilitasi",
                                         "Pemeliharaan Aset")),
)

MALE_FIRST = (
    "Ahmad", "Agus", "Andi", "Arif", "Bambang", "Budi", "Dedi", "Deni", "Dimas", "Eko", "Fajar",
    "Fauzi", "Hadi", "Hendra", "Heru", "Irfan", "Iwan", "Joko", "Kurniawan", "Lukman", "Made",
    "Muhammad", "Nanang", "Rahmat", "Reza", "Rizki", "Rudi", "Slamet", "Sigit", "Taufik",
    "Teguh", "Wahyu", "Yusuf", "Zainal", "Bayu", "Anton", "Galih", "Hasan", "Ilham", "Yoga",
    "Firman", "Gilang", "Ridwan", "Syahrul", "Aditya", "Surya", "Dwi", "Tri", "Agung", "Imam",
)
FEMALE_FIRST = (
    "Siti", "Sri", "Dewi", "Rina", "Nur", "Putri", "Ayu", "Fitri", "Indah", "Wulan", "Yuliana",
    "Ratna", "Endang", "Kartika", "Maya", "Nanda", "Anisa", "Dian", "Eka", "Lina", "Mega",
    "Novi", "Rahma", "Rini", "Sari", "Tuti", "Umi", "Yanti", "Zahra", "Nurul", "Lestari",
    "Febri", "Citra", "Desi", "Evi", "Hana", "Intan", "Laras", "Melati", "Nia", "Oktavia",
    "Puspa", "Ratih", "Septi", "Tika", "Vina", "Widya", "Yuni", "Aisyah", "Fatimah",
)
MALE_SINGLE = ("Suparman", "Sukirno", "Sutrisno", "Suyanto", "Mulyadi", "Sudarsono", "Paimin")
FEMALE_SINGLE = ("Sumarni", "Suwarni", "Sulastri", "Murni", "Suryani", "Painem", "Karsinah")
MALE_LAST = (
    "Santoso", "Saputra", "Hidayat", "Setiawan", "Pratama", "Nugroho", "Kurniawan", "Wijaya",
    "Susanto", "Gunawan", "Firmansyah", "Hakim", "Syahputra", "Prasetyo", "Ramadhan",
    "Hermawan", "Wibowo", "Purnomo", "Effendi", "Maulana", "Rahman", "Irawan", "Sulistyo",
    "Hartono", "Budiman",
)
FEMALE_LAST = (
    "Lestari", "Wulandari", "Rahayu", "Handayani", "Susanti", "Puspitasari", "Anggraini",
    "Safitri", "Maharani", "Permatasari", "Kusumawati", "Novitasari", "Rahmawati", "Yuliani",
    "Astuti", "Hartati", "Fitriani", "Purnamasari", "Oktaviani", "Ningsih",
)
FAMILY = ("Siregar", "Nasution", "Harahap", "Lubis", "Simanjuntak", "Sembiring", "Pohan",
          "Hutapea", "Tambunan", "Ginting", "Manurung", "Tarigan")

S1 = ("S.E.", "S.Kom.", "S.H.", "S.Sos.", "S.T.", "S.I.Kom.", "S.AP.", "S.Ak.", "S.Psi.",
      "S.Si.", "S.Pd.", "S.IP.")
S2 = ("M.Si.", "M.M.", "M.Pd.", "M.Kom.", "M.T.", "M.H.", "M.AP.")
D3 = ("A.Md.", "A.Md.Kom.", "A.Md.Ak.", "A.Md.A.B.")

AHLI = (J.AHLI_PERTAMA, J.AHLI_MUDA, J.AHLI_MADYA)
AHLI_W = (45, 35, 20)
TERAMPIL = (J.TERAMPIL, J.MAHIR, J.PENYELIA)
TERAMPIL_W = (50, 35, 15)

PELAKSANA_KANTOR = (
    "Pengadministrasi Perkantoran", "Penata Layanan Operasional", "Pengelola Layanan Operasional",
    "Operator Layanan Operasional", "Pengolah Data dan Informasi", "Penelaah Teknis Kebijakan",
    "Pengelola Umum Operasional", "Penata Kelola Sistem dan Teknologi Informasi",
    "Pengadministrasi Keuangan", "Pengelola Barang Milik Negara",
)
PELAKSANA_SEKOLAH = ("Pengadministrasi Perkantoran", "Operator Layanan Operasional",
                     "Pengelola Layanan Operasional")
# (name, has ahli jenjang, has keterampilan jenjang)
FUNGSIONAL_KANTOR = (
    ("Analis Sumber Daya Manusia Aparatur", True, False), ("Perencana", True, False),
    ("Analis Keuangan Pusat dan Daerah", True, False), ("Pranata Komputer", True, True),
    ("Arsiparis", True, True), ("Pranata Hubungan Masyarakat", True, True),
    ("Pengelola Pengadaan Barang/Jasa", True, False),
    ("Pengembang Teknologi Pembelajaran", True, False), ("Pamong Budaya", True, False),
    ("Statistisi", True, True), ("Analis Kebijakan", True, False),
)
FUNGSIONAL_UPT = (("Pengawas Sekolah", True, False), ("Penilik", True, False))

# Golongan by level: PNS choices (weighted equally) and PPPK choices.
GOL_PNS: dict[object, tuple[str, ...]] = {
    K.JPT_PRATAMA: ("IV/c", "IV/c", "IV/d"),
    K.ADMINISTRATOR: ("III/d", "IV/a", "IV/a", "IV/b"),
    K.PENGAWAS: ("III/c", "III/d", "III/d", "IV/a"),
    K.PELAKSANA: ("II/a", "II/b", "II/c", "II/d", "III/a", "III/a", "III/b", "III/c"),
    J.AHLI_PERTAMA: ("III/a", "III/b"),
    J.AHLI_MUDA: ("III/c", "III/d"),
    J.AHLI_MADYA: ("IV/a", "IV/b", "IV/c"),
    J.AHLI_UTAMA: ("IV/d", "IV/e"),
    J.PEMULA: ("II/a",),
    J.TERAMPIL: ("II/b", "II/c", "II/d"),
    J.MAHIR: ("III/a", "III/b"),
    J.PENYELIA: ("III/c", "III/d"),
}
GOL_PPPK: dict[object, tuple[str, ...]] = {
    K.PELAKSANA: ("V", "V", "VII"),
    J.AHLI_PERTAMA: ("IX",),
    J.AHLI_MUDA: ("X", "XI"),
    J.AHLI_MADYA: ("XI", "XII"),
    J.TERAMPIL: ("VII",),
    J.MAHIR: ("VIII",),
    J.PENYELIA: ("IX",),
}
# Age range (years before ``year``) by level: (youngest, oldest).
AGE: dict[object, tuple[int, int]] = {
    K.JPT_PRATAMA: (48, 57), K.ADMINISTRATOR: (42, 56), K.PENGAWAS: (35, 55),
    K.PELAKSANA: (22, 56), J.AHLI_PERTAMA: (23, 40), J.AHLI_MUDA: (33, 50),
    J.AHLI_MADYA: (42, 56), J.AHLI_UTAMA: (50, 58), J.PEMULA: (20, 30), J.TERAMPIL: (22, 45),
    J.MAHIR: (30, 50), J.PENYELIA: (38, 56),
}


# -- the unit tree ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Unit:
    kode: str
    nama: str
    kind: str  # dinas | sekretariat | subbag | bidang | seksi | upt | sekolah
    head: Jab
    parent: _Unit | None = None
    staff: int = 0
    id: uuid.UUID = field(default_factory=new_id)
    head_id: uuid.UUID | None = None
    children: list[_Unit] = field(default_factory=list)


def _add(units: list[_Unit], unit: _Unit, parent: _Unit | None) -> _Unit:
    unit.parent = parent
    if parent is not None:
        parent.children.append(unit)
    units.append(unit)
    return unit


def _roman(n: int) -> str:
    return ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")[(n - 1) % 10]


def _spread(total: int, units: Sequence[_Unit], rng: random.Random) -> None:
    """Shares ``total`` staff among ``units`` with some variation; each gets at least one."""
    if not units or total <= 0:
        return
    weights = [rng.uniform(0.7, 1.3) for _ in units]
    scale = total / sum(weights)
    counts = [max(1, int(w * scale)) for w in weights] if total >= len(units) else \
        [1 if i < total else 0 for i in range(len(units))]
    diff = total - sum(counts)
    i = 0
    while diff != 0:
        j = i % len(units)
        if diff > 0:
            counts[j] += 1
            diff -= 1
        elif counts[j] > 1:
            counts[j] -= 1
            diff += 1
        i += 1
    for unit, c in zip(units, counts, strict=True):
        unit.staff += c


def _build_units(n: int, rng: random.Random, prefix: str, kabupaten: str) -> list[_Unit]:
    """Units in parents-first order with ``staff`` set so heads + staff == n."""
    units: list[_Unit] = []
    root = _add(units, _Unit(prefix, f"Dinas Pendidikan dan Kebudayaan Kabupaten {kabupaten}",
                             "dinas", ("Kepala Dinas", K.JPT_PRATAMA, None)), None)
    rest = n - 1
    if rest <= 0:
        return units
    sek_head: Jab = ("Sekretaris", K.ADMINISTRATOR, None)
    if n < 200:
        # A small office: Sekretariat and up to seven Bidang, no sub-units.
        leaves_n = min(max(1, rest // 22), 8, rest // 2)
        if leaves_n == 0:
            root.staff = rest
            return units
        leaves = [_add(units, _Unit(f"{prefix}.01", "Sekretariat", "sekretariat", sek_head), root)]
        for b in range(leaves_n - 1):
            nama, _seksi = BIDANG[b]
            leaves.append(_add(units, _Unit(f"{prefix}.{b + 2:02d}", f"Bidang {nama}", "bidang",
                                            (f"Kepala Bidang {nama}", K.ADMINISTRATOR, None)),
                               root))
        _spread(rest - leaves_n, leaves, rng)
        return units
    n_bidang = min(8, 4 + (n - 200) // 2500)
    sek = _add(units, _Unit(f"{prefix}.01", "Sekretariat", "sekretariat", sek_head), root)
    leaves = [
        _add(units, _Unit(f"{prefix}.01.{i + 1:02d}", f"Subbagian {nama}", "subbag",
                          (f"Kepala Subbagian {nama}", K.PENGAWAS, None)), sek)
        for i, nama in enumerate(SUBBAGIAN)
    ]
    bidang: list[_Unit] = []
    for b in range(n_bidang):
        nama, seksi = BIDANG[b]
        bid = _add(units, _Unit(f"{prefix}.{b + 2:02d}", f"Bidang {nama}", "bidang",
                                (f"Kepala Bidang {nama}", K.ADMINISTRATOR, None)), root)
        bidang.append(bid)
        for i, s_nama in enumerate(seksi):
            leaves.append(_add(units, _Unit(f"{bid.kode}.{i + 1:02d}", f"Seksi {s_nama}", "seksi",
                                            (f"Kepala Seksi {s_nama}", K.PENGAWAS, None)), bid))
    heads = len(units)
    central = len(leaves) * 20
    rest = n - heads - central
    if rest < 60:
        _spread(n - heads, leaves, rng)
        return units
    _spread(central, leaves, rng)
    # Schools (and, for many schools, one UPT per kecamatan above them) take the rest.
    upts: list[_Unit] = []
    est_schools = rest / 26
    if est_schools > 40:
        for u in range(math.ceil(est_schools / 30)):
            kec = KECAMATAN[u % len(KECAMATAN)]
            if u >= len(KECAMATAN):
                kec += f" {_roman(u // len(KECAMATAN) + 1)}"
            upt = _add(units, _Unit(f"{prefix}.U{u + 1:03d}", f"UPT Pendidikan Kecamatan {kec}",
                                    "upt", ("Kepala UPT Pendidikan", K.PENGAWAS, None)), root)
            upt.staff = 4
            upts.append(upt)
            rest -= 5
    sizes: list[int] = []
    while rest > 0:
        if rest == 1:  # one person left: no school of one head and nobody else
            if sizes:
                sizes[-1] += 1
            else:
                leaves[0].staff += 1
            rest = 0
        elif rest <= 40:
            sizes.append(rest - 1)
            rest = 0
        else:
            size = rng.randint(12, 38)
            sizes.append(size)
            rest -= size + 1
    parents = upts or bidang[:2]
    numbering: dict[tuple[str, str], int] = {}
    for i, size in enumerate(sizes):
        parent = parents[i % len(parents)]
        jenjang = "SD" if rng.random() < 0.7 else "SMP"
        place = parent.nama.removeprefix("UPT Pendidikan Kecamatan ") if upts else kabupaten
        no = numbering.get((parent.kode, jenjang), 0) + 1
        numbering[(parent.kode, jenjang)] = no
        sub = i // len(parents) + 1
        school = _add(units, _Unit(f"{parent.kode}.S{sub:03d}", f"{jenjang} Negeri {no} {place}",
                                   "sekolah", ("Kepala Sekolah", K.FUNGSIONAL, J.AHLI_MADYA)),
                      parent)
        school.staff = size
    return units


# -- people ----------------------------------------------------------------------------------


class _People:
    """Makes names, NIPs, golongan and gelar; NIPs unique against ``taken``."""

    def __init__(self, rng: random.Random, year: int, taken: set[str]) -> None:
        self.rng = rng
        self.year = year
        self.taken = taken
        self.pppk_from = min(2019, year)

    def name(self, female: bool) -> str:
        r = self.rng.random()
        if r < 0.05:
            return self.rng.choice(FEMALE_SINGLE if female else MALE_SINGLE)
        first = self.rng.choice(FEMALE_FIRST if female else MALE_FIRST)
        last_pool = FAMILY if r > 0.92 else (FEMALE_LAST if female else MALE_LAST)
        last = self.rng.choice(last_pool)
        if r < 0.30:
            middle = self.rng.choice(FEMALE_FIRST if female else MALE_FIRST)
            if middle != first:
                return f"{first} {middle} {last}"
        return f"{first} {last}" if first != last else first

    def nip(self, born: int, jenis: JenisPegawai, female: bool, level: object) -> str:
        rng = self.rng
        year = self.year
        while True:
            lahir = f"{born}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            if jenis is JenisPegawai.PPPK:
                angkat = rng.randint(max(self.pppk_from, born + 20), max(year, born + 20))
                mid = f"{angkat}21"
            else:
                senior = level in (K.JPT_PRATAMA, K.ADMINISTRATOR, J.AHLI_MADYA, J.PENYELIA)
                earliest = born + 22
                latest = min(year - (10 if senior else 1), born + 35)
                angkat = rng.randint(earliest, max(earliest, latest))
                angkat = min(angkat, year - 1)
                angkat = max(angkat, born + 18)
                mid = f"{angkat}{rng.randint(1, 12):02d}"
            nip = f"{lahir}{mid}{'2' if female else '1'}{rng.randint(1, 999):03d}"
            if nip not in self.taken:
                self.taken.add(nip)
                return nip

    def born(self, level: object) -> int:
        young, old = AGE[level]
        return self.year - self.rng.randint(young, old)

    def gelar(self, jab: Jab, born: int, female: bool) -> tuple[str | None, str | None]:
        rng = self.rng
        nama, kategori, jenjang = jab
        r = rng.random()
        depan: str | None = None
        if (kategori is K.JPT_PRATAMA and r < 0.3) or (kategori is K.ADMINISTRATOR and r < 0.05):
            depan = "Dr."
        elif born < 1972 and r > 0.9:
            return ("Dra." if female else "Drs."), (rng.choice(S2) if r > 0.96 else None)
        elif born < 1978 and r > 0.86 and kategori is not K.PELAKSANA:
            return "Ir.", (rng.choice(("M.T.", "M.Si.", "M.M.")) if r > 0.93 else None)
        if kategori is K.PELAKSANA:
            if r < 0.45:
                return None, None
            return None, rng.choice(D3) if r < 0.65 else rng.choice(S1)
        if jenjang in TERAMPIL or jenjang is J.PEMULA:
            return None, rng.choice(D3)
        guru = nama in ("Guru", "Kepala Sekolah", "Pengawas Sekolah", "Penilik")
        s1 = ("S.Pd." if r < 0.85 else rng.choice(("S.Pd.I.", "S.Si.", "S.S."))) if guru \
            else rng.choice(S1)
        senior = kategori.is_struktural or jenjang in (J.AHLI_MADYA, J.AHLI_UTAMA)
        if depan is not None or (senior and rng.random() < 0.55) or rng.random() < 0.1:
            s2 = "M.Pd." if guru else rng.choice(S2)
            return depan, f"{s1}, {s2}"
        return depan, s1


def _staff_jabatan(kind: str, rng: random.Random) -> Jab:
    if kind == "sekolah":
        r = rng.random()
        if r < 0.8:
            return "Guru", K.FUNGSIONAL, rng.choices(AHLI, AHLI_W)[0]
        if r < 0.85:
            return "Pustakawan", K.FUNGSIONAL, rng.choice((J.TERAMPIL, J.AHLI_PERTAMA))
        return rng.choice(PELAKSANA_SEKOLAH), K.PELAKSANA, None
    if kind == "upt" and rng.random() < 0.5:
        nama, _a, _t = rng.choice(FUNGSIONAL_UPT)
        return nama, K.FUNGSIONAL, rng.choice((J.AHLI_MUDA, J.AHLI_MADYA))
    if rng.random() < 0.55:
        return rng.choice(PELAKSANA_KANTOR), K.PELAKSANA, None
    nama, ahli, terampil = rng.choice(FUNGSIONAL_KANTOR)
    if terampil and (not ahli or rng.random() < 0.4):
        return nama, K.FUNGSIONAL, rng.choices(TERAMPIL, TERAMPIL_W)[0]
    return nama, K.FUNGSIONAL, rng.choices(AHLI, AHLI_W)[0]


def _level(jab: Jab) -> object:
    return jab[2] if jab[2] is not None else jab[1]


# -- the service -----------------------------------------------------------------------------


def _prefix(s: Session) -> str:
    codes = set(s.scalars(select(UnitKerja.kode)))
    n = 1
    while True:
        prefix = "DEMO" if n == 1 else f"DEMO{n}"
        if not any(c == prefix or c.startswith(prefix + ".") for c in codes):
            return prefix
        n += 1


def make_demo(
    db: Database,
    actor: Actor,
    *,
    pegawai: int,
    year: int | None = None,
    seed: int = 1,
    add: bool = False,
    skp: bool = True,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> DemoResult:
    """Creates ``pegawai`` synthetic pegawai with their unit tree, in one transaction.

    Refuses a database that already has pegawai unless ``add`` is true (then a second
    Dinas is added beside the existing data, with unit codes DEMO2… and fresh NIPs).
    ``year`` (default: this year) dates the NIPs and the Plt/Plh assignments, and is the
    year of the unit goals and SKPs that ``skp`` adds, with the realisasi and evaluations
    of the periods that ended before ``today`` (default: today; services/demo_evaluasi.py).
    ``progress(done, pegawai)`` runs from 0 to ``pegawai`` over the whole job.
    """
    require_role(actor, "membuat data contoh", Role.ADMIN)
    if pegawai < 1 or pegawai > MAX_PEGAWAI:
        raise ValidationError(f"Jumlah pegawai data contoh harus 1 sampai {MAX_PEGAWAI:,}"
                              .replace(",", ".") + f"; diminta {pegawai}.")
    year = year or dt.date.today().year
    if not 1990 <= year <= 2100:
        raise ValidationError(f"Tahun data contoh {year} tidak masuk akal (1990–2100).")
    started = time.perf_counter()
    rng = random.Random(seed)

    def check_cancel() -> None:
        if should_cancel is not None and should_cancel():
            raise DemoCancelled("Pembuatan data contoh dibatalkan; tidak ada data yang dibuat.")

    share = PEGAWAI_SHARE if skp else 1.0

    def tell(done: float) -> None:
        """``done`` pegawai-equivalents of the pegawai part, scaled to its share."""
        if progress is not None:
            progress(min(pegawai, int(done * share)), pegawai)

    with bulk_work(), db.write() as s, roomy_sqlite_cache(s):
        site = local_site_code(s)
        existing = s.scalar(select(func.count()).select_from(Pegawai)
                            .where(Pegawai.deleted_at.is_(None))) or 0
        if existing and not add:
            raise UserError(
                f"Basis data ini sudah berisi {existing} pegawai. Data contoh hanya dibuat di "
                "basis data kosong; pakai basis data baru untuk mencoba, atau pilih 'tambahkan' "
                "bila memang ingin menambah kantor contoh."
            )
        prefix = _prefix(s) if add else "DEMO"
        taken = set(s.scalars(select(Pegawai.nip))) if existing or add else set()
        kabupaten = rng.choice(KABUPATEN)
        units = _build_units(pegawai, rng, prefix, kabupaten)
        people = _People(rng, year, taken)
        now = utcnow()
        if progress is not None:
            progress(0, pegawai)

        # People: heads in tree order (each head's atasan is already made), then staff.
        rows: list[dict[str, Any]] = []
        jab_of_row: list[Jab] = []
        pppk = 0

        def person(jab: Jab, unit: _Unit, atasan: uuid.UUID | None, may_pppk: bool) -> None:
            nonlocal pppk
            level = _level(jab)
            female = rng.random() < 0.5
            jenis = JenisPegawai.PNS
            if may_pppk and level in GOL_PPPK and rng.random() < PPPK_SHARE:
                jenis = JenisPegawai.PPPK
                pppk += 1
            born = people.born(level)
            depan, belakang = people.gelar(jab, born, female)
            gol = rng.choice((GOL_PPPK if jenis is JenisPegawai.PPPK else GOL_PNS)[level])
            rows.append({
                "id": new_id(), "nip": people.nip(born, jenis, female, level),
                "jenis_pegawai": jenis, "gelar_depan": depan, "nama": people.name(female),
                "gelar_belakang": belakang, "golongan": gol, "jabatan_id": None,
                "unit_kerja_id": unit.id, "atasan_id": atasan, "aktif": True, "version": 1,
                "updated_at": now, "origin_site": site, "deleted_at": None,
            })
            jab_of_row.append(jab)

        for u in units:
            person(u.head, u, u.parent.head_id if u.parent is not None else None, False)
            u.head_id = rows[-1]["id"]
        heads = len(rows)
        reported = 0
        for u in units:
            for _ in range(u.staff):
                person(_staff_jabatan(u.kind, rng), u, u.head_id, True)
            if len(rows) - reported >= BATCH:  # making people is half of the work
                check_cancel()
                reported = len(rows)
                tell(reported / 2)
        assert len(rows) == pegawai, (len(rows), pegawai)

        wanted = {jabatan_key(*j): j for j in set(jab_of_row)}
        before = set(s.scalars(select(Jabatan.kunci).where(Jabatan.kunci.in_(list(wanted)))))
        jab_ids = ensure_jabatan(s, actor, list(wanted.values()))
        key_cache: dict[Jab, uuid.UUID] = {j: jab_ids[k] for k, j in wanted.items()}
        for row, jab in zip(rows, jab_of_row, strict=True):
            row["jabatan_id"] = key_cache[jab]

        penugasan = _penugasan(units, rows, heads, rng, year, now, site)

        # Units: each names its (active) head, whose SKP tops the unit's cascade. The
        # head is a pegawai of the unit, so kepala_id is set once the pegawai exist; the
        # outbox row already carries it (one row per unit, as committed).
        aktif = {r["id"] for r in rows[:heads] if r["aktif"]}
        kepala = {u.id: u.head_id for u in units if u.head_id in aktif}
        unit_rows: list[dict[str, Any]] = [
            {"id": u.id, "kode": u.kode, "nama": u.nama,
             "parent_id": u.parent.id if u.parent is not None else None, "alamat": None,
             "kepala_id": None, "version": 1, "updated_at": now, "origin_site": site,
             "deleted_at": None}
            for u in units
        ]
        insert_rows(s, _table(UnitKerja), unit_rows)
        record_many(s, actor, "buat_data_contoh", "unit_kerja",
                    [{**r, "kepala_id": kepala.get(r["id"])} for r in unit_rows])

        done = 0
        for start in range(0, len(rows), BATCH):
            check_cancel()
            batch = rows[start:start + BATCH]
            insert_rows(s, _table(Pegawai), batch)
            record_many(s, actor, "buat_data_contoh", "pegawai", batch)
            done += len(batch)
            tell((pegawai + done) / 2)
        if kepala:
            units_table = _table(UnitKerja)
            s.execute(
                units_table.update().where(units_table.c.id == bindparam("unit"))
                .values(kepala_id=bindparam("kepala")),
                [{"unit": uid, "kepala": pid} for uid, pid in kepala.items()],
            )
        if penugasan:
            insert_rows(s, _table(PenugasanPlt), penugasan)
            record_many(s, actor, "buat_data_contoh", "penugasan_plt", penugasan)
        check_cancel()
        tidak_aktif = sum(1 for r in rows if not r["aktif"])
        skp_result: DemoSkpResult | None = None
        evaluasi_result: DemoEvaluasiResult | None = None
        if skp:
            first = int(pegawai * share)
            second = first + int((pegawai - first) * SKP_SHARE)

            def skp_progress(done: int, total: int) -> None:
                if progress is not None and total:
                    progress(first + (second - first) * done // total, pegawai)

            def evaluasi_progress(done: int, total: int) -> None:
                if progress is not None and total:
                    progress(second + (pegawai - second) * done // total, pegawai)

            demo_units = [UnitDemo(u.id, u.nama, u.kind, u.parent.id if u.parent else None,
                                   kepala.get(u.id)) for u in units]
            skp_result = make_demo_skp(
                s, actor,
                units=demo_units,
                pegawai=rows, jabatan=jab_of_row, penugasan=penugasan, year=year,
                kabupaten=kabupaten, seed=seed, site=site, now=now, progress=skp_progress,
                check_cancel=check_cancel,
            )
            evaluasi_result = make_demo_evaluasi(
                s, actor, units=demo_units, pegawai_order=[r["id"] for r in rows], year=year,
                seed=seed, site=site, now=now, today=today, progress=evaluasi_progress,
                check_cancel=check_cancel,
            )
        if progress is not None:
            progress(pegawai, pegawai)
    return DemoResult(
        pegawai=len(rows), unit_kerja=len(units), jabatan=len(set(wanted) - before),
        penugasan=len(penugasan), pppk=pppk, tidak_aktif=tidak_aktif,
        kode_unit_induk=prefix, tahun=year, detik=round(time.perf_counter() - started, 2),
        skp=skp_result, evaluasi=evaluasi_result,
    )


def _penugasan(
    units: list[_Unit], rows: list[dict[str, Any]], heads: int, rng: random.Random, year: int,
    now: dt.datetime, site: str,
) -> list[dict[str, Any]]:
    """Two inactive heads covered by a Plt, and a few short Plh for heads on leave."""
    by_id = {r["id"]: r for r in rows[:heads]}
    staff_of: dict[uuid.UUID, list[uuid.UUID]] = {}
    for r in rows[heads:]:
        staff_of.setdefault(r["unit_kerja_id"], []).append(r["id"])
    candidates = [u for u in units if u.parent is not None and u.head_id is not None]
    if len(candidates) < 2:
        return []
    out: list[dict[str, Any]] = []

    def assign(jenis: JenisPenugasan, pelaksana: uuid.UUID, digantikan: uuid.UUID,
               mulai: dt.date, selesai: dt.date | None, keterangan: str) -> None:
        out.append({
            "id": new_id(), "jenis": jenis, "pelaksana_id": pelaksana,
            "digantikan_id": digantikan, "mulai": mulai, "selesai": selesai,
            "keterangan": keterangan, "version": 1, "updated_at": now, "origin_site": site,
            "deleted_at": None,
        })

    picked = rng.sample(candidates, min(len(candidates), 2 + max(1, len(candidates) // 40)))
    # Nobody who leaves acts for anyone: an inactive Plt would leave the post uncovered.
    leaving = {u.head_id for u in picked[:2]}

    def head_above(unit: _Unit) -> uuid.UUID | None:
        parent = unit.parent
        while parent is not None and parent.head_id in leaving:
            parent = parent.parent
        return parent.head_id if parent is not None else None

    for i, unit in enumerate(picked):
        assert unit.head_id is not None and unit.parent is not None
        siblings = [c.head_id for c in unit.parent.children
                    if c is not unit and c.head_id is not None and c.head_id not in leaving]
        if i < 2:
            # The head is no longer active: a peer (or the head above) acts as Plt.
            by_id[unit.head_id]["aktif"] = False
            pelaksana = rng.choice(siblings) if siblings else head_above(unit)
            assert pelaksana is not None
            assign(JenisPenugasan.PLT, pelaksana, unit.head_id, dt.date(year, 1, 2), None,
                   "Pejabat definitif tidak aktif; Plt sampai ada pejabat definitif.")
        else:
            staff = staff_of.get(unit.id)
            pelaksana = rng.choice(staff) if staff else (
                rng.choice(siblings) if siblings else head_above(unit))
            assert pelaksana is not None
            mulai = dt.date(year, rng.randint(2, 11), rng.randint(1, 14))
            assign(JenisPenugasan.PLH, pelaksana, unit.head_id, mulai,
                   mulai + dt.timedelta(days=13), "Pejabat definitif cuti tahunan.")
    return out
