"""SKP planning data for the demo office: unit goals and one cascade of SKPs (issue 3 point 9).

Called by ``make_demo`` inside its transaction, after the pegawai are written.
For the year of the demo it writes:

- the year's ``aturan_periode`` (TRIWULANAN) unless the year already has one;
- 2–4 sasaran unit with 1–2 indikator for every unit;
- one SKP for every active pegawai, the penilai resolved on 2 January from the
  atasan graph and the Plt/Plh assignments (``domain.atasan.resolve_penilai``).
  The Kepala Dinas (JPT form, perspektif per IKI) is assessed by the Sekretaris
  Daerah from outside the office and intervenes the Dinas's goals; a head of a
  sub-unit intervenes his penilai's RHK and some of his own unit's goals; every
  other RHK intervenes an RHK of the SKP of its owner's penilai, spread so that
  each leader RHK gets support;
- mixed states with a consistent history: leaders' SKPs are ditetapkan; the
  others mostly ditetapkan, some diajukan, some draft (a few returned with a
  reason, a few still incomplete), and a few revisions (the old version
  DIGANTIKAN, the new one DITETAPKAN with ``revisi_ke`` 1 and ``asal_rhk_id``).

Every row is what the services would have written (same JSON shapes, versions
counted per workflow step, one ``skp_transisi`` per step, "atas nama" because
the admin acts for everyone), so the SKPs open, print and move on in the app.
Texts come from jabatan-specific templates; the same ``seed`` gives the same
plans. Rows are written with Core bulk inserts, one outbox row per row.
"""

from __future__ import annotations

import datetime as dt
import random
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, ClassVar, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from kinerja_desktop.domain.atasan import Penugasan, resolve_penilai
from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.golongan import find_golongan
from kinerja_desktop.domain.ids import new_id
from kinerja_desktop.domain.jabatan import JenjangFungsional, KategoriJabatan
from kinerja_desktop.domain.nip import JenisPegawai, format_nip
from kinerja_desktop.domain.pegawai import nama_lengkap
from kinerja_desktop.domain.periode import SkemaPeriode
from kinerja_desktop.domain.skp import (
    AksiSKP,
    Aspek,
    FormFamily,
    JenisRHK,
    Pendekatan,
    Perspektif,
    StatusSKP,
    split_target,
)
from kinerja_desktop.services.changes import record_many
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.skp import Identitas
from kinerja_desktop.storage.bulk import insert_rows
from kinerja_desktop.storage.models import (
    AturanPeriodeTahun,
    IkiRow,
    RhkRow,
    SasaranUnit,
    Skp,
    SkpTransisi,
)

Jab = tuple[str, KategoriJabatan, JenjangFungsional | None]
JPT = (KategoriJabatan.JPT_UTAMA, KategoriJabatan.JPT_MADYA, KategoriJabatan.JPT_PRATAMA)
#: SKPs generated between two writes (and cancel checks / progress reports).
CHUNK = 4000
ACTION = "buat_data_contoh"

#: Capital of each demo kabupaten: where the SKPs are signed (tempat penetapan).
IBU_KOTA = {
    "Lampung Selatan": "Kalianda", "Pesawaran": "Gedong Tataan", "Tanggamus": "Kota Agung",
    "Pringsewu": "Pringsewu", "Lampung Tengah": "Gunung Sugih", "Bangka Barat": "Muntok",
    "Aceh Utara": "Lhoksukon", "Lombok Barat": "Gerung",
}


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


@dataclass(frozen=True, slots=True)
class UnitDemo:
    """A unit of the demo tree as this module needs it."""

    id: uuid.UUID
    nama: str
    kind: str  # dinas | sekretariat | subbag | bidang | seksi | upt | sekolah
    parent_id: uuid.UUID | None
    kepala_id: uuid.UUID | None  # the active head (None while the post is vacant)


@dataclass(frozen=True, slots=True)
class DemoSkpResult:
    sasaran: int
    pegawai: int  # active pegawai, one current SKP each
    skp: int  # SKP rows: one per pegawai plus the old versions of revised plans
    per_status: dict[str, int]  # StatusSKP value -> number of SKP rows
    dikembalikan: int  # DRAFT with the penilai's reason
    revisi: int  # DITETAPKAN revisions (their old versions are DIGANTIKAN)
    kualitatif: int
    rhk: int
    iki: int
    transisi: int
    detik: float

    def __str__(self) -> str:
        st = self.per_status
        return (
            f"{self.skp} SKP untuk {self.pegawai} pegawai ({st.get('DITETAPKAN', 0)} ditetapkan, "
            f"{st.get('DIAJUKAN', 0)} diajukan, {st.get('DRAFT', 0)} draf "
            f"({self.dikembalikan} dikembalikan), {st.get('DIGANTIKAN', 0)} digantikan revisi), "
            f"{self.rhk} RHK, {self.iki} IKI, {self.sasaran} sasaran unit; "
            f"{self.detik:.1f} detik"
        )


# -- text templates ----------------------------------------------------------------------------
# An IKI template: (uraian, aspek code, target as typed). Aspek: K kuantitas, Q kualitas,
# W waktu; for the JPT form the code is the perspektif: PL, PB, PI, AN.
IkiT = tuple[str, str, str]
RhkT = tuple[str, tuple[IkiT, ...]]

STRUKTURAL: tuple[RhkT, ...] = (
    ("Terlaksananya program dan kegiatan {topik} sesuai rencana kerja", (
        ("Persentase kegiatan {topik} yang terlaksana sesuai jadwal", "K", "100 %"),
        ("Jumlah laporan pelaksanaan kegiatan", "K", "12 laporan"),
        ("Ketepatan waktu penyampaian laporan bulanan", "W", "12 bulan"))),
    ("Tersusunnya rencana kerja dan anggaran {topik} yang tepat sasaran", (
        ("Jumlah dokumen rencana kerja dan anggaran yang disusun", "K", "2 dokumen"),
        ("Persentase usulan anggaran yang disetujui tanpa revisi", "Q", "85 %"))),
    ("Meningkatnya kualitas pembinaan dan pendampingan {topik}", (
        ("Jumlah satuan pendidikan yang dibina", "K", "24 sekolah"),
        ("Persentase rekomendasi pembinaan yang ditindaklanjuti", "Q", "80 %"))),
    ("Tersedianya data dan informasi {topik} yang akurat dan mutakhir", (
        ("Jumlah pemutakhiran basis data", "K", "4 kali"),
        ("Persentase data yang valid", "Q", "95 %"))),
    ("Terlaksananya monitoring dan evaluasi {topik}", (
        ("Jumlah laporan monitoring dan evaluasi", "K", "4 laporan"),
        ("Persentase temuan yang ditindaklanjuti", "Q", "90 %"),
        ("Ketepatan waktu penyelesaian laporan evaluasi", "W", "4 triwulan"))),
    ("Terkelolanya pelaporan kinerja {topik} secara akuntabel", (
        ("Jumlah laporan kinerja yang disusun", "K", "4 laporan"),
        ("Ketepatan waktu penyampaian laporan kinerja", "W", "4 triwulan"))),
)

#: In the order of SASARAN["dinas"]: RHK i of the Kepala Dinas intervenes goal i.
KEPALA_DINAS: tuple[RhkT, ...] = (
    ("Meningkatnya akses dan pemerataan layanan pendidikan dasar", (
        ("Angka Partisipasi Murni (APM) SD/sederajat", "PL", "98 %"),
        ("Angka Partisipasi Murni (APM) SMP/sederajat", "PL", "85 %"),
        ("Persentase anak usia 5–6 tahun yang mengikuti PAUD", "PL", "75 %"))),
    ("Meningkatnya mutu pembelajaran dan pendidik pada satuan pendidikan dasar", (
        ("Persentase satuan pendidikan dengan capaian literasi minimal baik", "PB", "60 %"),
        ("Persentase satuan pendidikan terakreditasi minimal B", "PB", "90 %"),
        ("Persentase guru yang memiliki sertifikat pendidik", "PI", "80 %"))),
    ("Meningkatnya pelestarian dan pemajuan kebudayaan daerah", (
        ("Jumlah objek pemajuan kebudayaan yang dilestarikan", "PL", "15 objek"),
        ("Jumlah cagar budaya yang ditetapkan", "PL", "3 cagar budaya"))),
    ("Meningkatnya akuntabilitas kinerja dan pengelolaan keuangan dinas", (
        ("Nilai evaluasi SAKIP dinas", "PI", "72 poin"),
        ("Persentase realisasi anggaran belanja dinas", "AN", "95 %"))),
)

KEPALA_UPT: tuple[RhkT, ...] = (
    ("Terlaksananya koordinasi dan pembinaan satuan pendidikan di {wilayah}", (
        ("Jumlah satuan pendidikan yang dibina", "K", "30 sekolah"),
        ("Jumlah rapat koordinasi kepala sekolah", "K", "12 kali"))),
    ("Terkelolanya data dan laporan satuan pendidikan di {wilayah}", (
        ("Jumlah laporan rekapitulasi data sekolah", "K", "12 laporan"),
        ("Persentase data sekolah yang valid", "Q", "98 %"))),
    ("Terlaksananya fasilitasi peningkatan kompetensi guru di {wilayah}", (
        ("Jumlah kegiatan kelompok kerja guru yang difasilitasi", "K", "8 kegiatan"),
        ("Persentase guru yang mengikuti kegiatan", "Q", "85 %"))),
    ("Terverifikasinya laporan dana BOS satuan pendidikan di {wilayah}", (
        ("Jumlah laporan penggunaan dana BOS yang diverifikasi", "K", "60 laporan"),
        ("Ketepatan waktu verifikasi laporan", "W", "2 semester"))),
)

KEPALA_SEKOLAH: tuple[RhkT, ...] = (
    ("Meningkatnya mutu pembelajaran di {unit}", (
        ("Persentase peserta didik yang mencapai KKTP", "Q", "80 %"),
        ("Jumlah guru yang disupervisi akademik", "K", "20 orang"))),
    ("Terlaksananya pengelolaan kurikulum operasional satuan pendidikan", (
        ("Jumlah dokumen kurikulum operasional yang disahkan", "K", "1 dokumen"),
        ("Persentase guru yang menyusun modul ajar", "Q", "100 %"))),
    ("Terkelolanya dana BOS sekolah secara akuntabel", (
        ("Jumlah laporan pertanggungjawaban dana BOS", "K", "2 laporan"),
        ("Persentase realisasi dana BOS", "Q", "100 %"),
        ("Ketepatan waktu penyampaian laporan", "W", "2 semester"))),
    ("Menguatnya karakter peserta didik melalui projek profil pelajar Pancasila", (
        ("Jumlah projek yang dilaksanakan", "K", "3 projek"),)),
    ("Terpeliharanya sarana dan prasarana sekolah", (
        ("Jumlah ruang kelas yang dipelihara", "K", "12 ruang"),
        ("Persentase sarana dalam kondisi baik", "Q", "90 %"))),
)

FUNGSIONAL: dict[str, tuple[RhkT, ...]] = {
    "Guru": (
        ("Terlaksananya pembelajaran yang berpusat pada peserta didik", (
            ("Jumlah modul ajar yang disusun", "K", "6 modul"),
            ("Persentase peserta didik yang mencapai KKTP", "Q", "80 %"),
            ("Ketepatan waktu pembelajaran sesuai kalender pendidikan", "W", "2 semester"))),
        ("Terlaksananya asesmen dan pelaporan hasil belajar peserta didik", (
            ("Jumlah laporan hasil belajar yang diselesaikan", "K", "2 laporan"),
            ("Persentase rapor yang selesai tepat waktu", "W", "100 %"))),
        ("Terlaksananya bimbingan dan pembinaan karakter peserta didik", (
            ("Jumlah kegiatan bimbingan yang dilaksanakan", "K", "8 kegiatan"),
            ("Persentase peserta didik bimbingan yang menunjukkan kemajuan", "Q", "75 %"))),
        ("Meningkatnya kompetensi diri melalui pengembangan keprofesian berkelanjutan", (
            ("Jumlah jam pelatihan yang diikuti", "K", "32 jam"),
            ("Jumlah praktik baik yang dibagikan", "K", "2 dokumen"))),
        ("Tersusunnya perangkat asesmen diagnostik pembelajaran", (
            ("Jumlah instrumen asesmen yang disusun", "K", "4 instrumen"),)),
    ),
    "Pustakawan": (
        ("Terlaksananya layanan sirkulasi perpustakaan sekolah", (
            ("Jumlah peminjaman yang dilayani", "K", "1200 transaksi"),
            ("Ketepatan waktu layanan", "W", "12 bulan"))),
        ("Terolahnya bahan pustaka sesuai standar", (
            ("Jumlah bahan pustaka yang diolah", "K", "300 eksemplar"),
            ("Persentase katalog yang sesuai standar", "Q", "95 %"))),
        ("Terlaksananya kegiatan gerakan literasi sekolah", (
            ("Jumlah kegiatan literasi", "K", "6 kegiatan"),)),
    ),
    "Pengawas Sekolah": (
        ("Terlaksananya pendampingan satuan pendidikan binaan", (
            ("Jumlah sekolah binaan yang didampingi", "K", "10 sekolah"),
            ("Persentase sekolah binaan yang capaian rapor pendidikannya naik", "Q", "60 %"))),
        ("Tersusunnya laporan hasil pengawasan sekolah", (
            ("Jumlah laporan hasil pengawasan", "K", "2 laporan"),
            ("Ketepatan waktu penyampaian laporan", "W", "2 semester"))),
        ("Terlaksananya pembimbingan dan pelatihan profesional guru", (
            ("Jumlah guru yang dibimbing", "K", "40 orang"),)),
    ),
    "Penilik": (
        ("Terlaksananya pembinaan satuan PAUD dan pendidikan nonformal", (
            ("Jumlah lembaga yang dibina", "K", "8 lembaga"),
            ("Persentase lembaga yang memenuhi standar", "Q", "70 %"))),
        ("Tersusunnya laporan hasil pemantauan program pendidikan nonformal", (
            ("Jumlah laporan pemantauan", "K", "4 laporan"),)),
    ),
    "Analis Sumber Daya Manusia Aparatur": (
        ("Tersusunnya analisis kebutuhan pengembangan kompetensi pegawai", (
            ("Jumlah dokumen analisis kebutuhan", "K", "1 dokumen"),
            ("Persentase pegawai yang terpetakan kompetensinya", "Q", "90 %"))),
        ("Terlaksananya layanan administrasi kenaikan pangkat dan jabatan", (
            ("Jumlah usulan kenaikan pangkat yang diproses", "K", "120 usulan"),
            ("Persentase usulan tanpa pengembalian", "Q", "95 %"),
            ("Ketepatan waktu penyelesaian usulan", "W", "12 bulan"))),
        ("Tersedianya data kepegawaian yang mutakhir", (
            ("Jumlah data pegawai yang dimutakhirkan", "K", "500 data"),)),
    ),
    "Perencana": (
        ("Tersusunnya dokumen Renja dan RKA dinas", (
            ("Jumlah dokumen perencanaan yang disusun", "K", "2 dokumen"),
            ("Persentase program yang selaras dengan Renstra", "Q", "100 %"))),
        ("Tersusunnya laporan evaluasi capaian kinerja dinas", (
            ("Jumlah laporan evaluasi", "K", "4 laporan"),
            ("Ketepatan waktu penyampaian laporan", "W", "4 triwulan"))),
        ("Tersusunnya Laporan Kinerja Instansi Pemerintah (LKjIP) dinas", (
            ("Jumlah dokumen LKjIP", "K", "1 dokumen"),)),
    ),
    "Analis Keuangan Pusat dan Daerah": (
        ("Tersusunnya laporan keuangan dinas yang andal", (
            ("Jumlah laporan keuangan yang disusun", "K", "2 laporan"),
            ("Persentase koreksi auditor yang ditindaklanjuti", "Q", "100 %"))),
        ("Terverifikasinya dokumen pertanggungjawaban keuangan", (
            ("Jumlah dokumen SPJ yang diverifikasi", "K", "600 dokumen"),
            ("Ketepatan waktu verifikasi", "W", "12 bulan"))),
    ),
    "Pranata Komputer": (
        ("Terpeliharanya perangkat dan jaringan teknologi informasi kantor", (
            ("Jumlah perangkat yang dipelihara", "K", "60 unit"),
            ("Persentase ketersediaan jaringan", "Q", "98 %"))),
        ("Tersedianya aplikasi layanan data pendidikan yang andal", (
            ("Jumlah modul aplikasi yang dikembangkan", "K", "3 modul"),
            ("Persentase permintaan perbaikan yang diselesaikan", "Q", "95 %"))),
        ("Terkelolanya keamanan data dan cadangan sistem", (
            ("Jumlah pencadangan data", "K", "52 kali"),)),
    ),
    "Arsiparis": (
        ("Tertatanya arsip dinamis dinas", (
            ("Jumlah berkas arsip yang ditata", "K", "1500 berkas"),
            ("Persentase arsip yang dapat ditemukan kembali dalam lima menit", "Q", "95 %"))),
        ("Tersusunnya daftar arsip aktif dan inaktif", (
            ("Jumlah daftar arsip yang disusun", "K", "4 dokumen"),)),
        ("Terlaksananya penyusutan arsip sesuai jadwal retensi", (
            ("Jumlah berkas yang dinilai untuk penyusutan", "K", "300 berkas"),)),
    ),
    "Pranata Hubungan Masyarakat": (
        ("Tersebarnya informasi program pendidikan kepada masyarakat", (
            ("Jumlah berita dan publikasi", "K", "48 berita"),
            ("Persentase berita yang terbit tepat waktu", "W", "100 %"))),
        ("Terkelolanya media sosial dan laman resmi dinas", (
            ("Jumlah laporan pengelolaan media", "K", "12 laporan"),
            ("Persentase aduan masyarakat yang ditanggapi dalam tiga hari", "Q", "95 %"))),
    ),
    "Pengelola Pengadaan Barang/Jasa": (
        ("Terlaksananya pengadaan barang/jasa sesuai ketentuan", (
            ("Jumlah paket pengadaan yang diproses", "K", "25 paket"),
            ("Persentase paket tanpa sanggah", "Q", "95 %"))),
        ("Tersusunnya rencana umum pengadaan dinas", (
            ("Jumlah dokumen rencana umum pengadaan", "K", "1 dokumen"),
            ("Ketepatan waktu pengumuman rencana umum pengadaan", "W", "3 bulan"))),
    ),
    "Pengembang Teknologi Pembelajaran": (
        ("Tersedianya media pembelajaran digital bagi guru", (
            ("Jumlah media pembelajaran yang dikembangkan", "K", "6 media"),
            ("Persentase media yang lolos uji kelayakan", "Q", "90 %"))),
        ("Terlaksananya pelatihan pemanfaatan teknologi pembelajaran", (
            ("Jumlah guru yang dilatih", "K", "120 orang"),)),
    ),
    "Pamong Budaya": (
        ("Terdokumentasinya objek pemajuan kebudayaan daerah", (
            ("Jumlah objek yang didokumentasikan", "K", "10 objek"),
            ("Persentase dokumentasi yang terverifikasi", "Q", "90 %"))),
        ("Terlaksananya fasilitasi kegiatan kesenian dan tradisi", (
            ("Jumlah kegiatan yang difasilitasi", "K", "6 kegiatan"),)),
    ),
    "Statistisi": (
        ("Tersedianya publikasi statistik pendidikan", (
            ("Jumlah publikasi statistik", "K", "2 publikasi"),
            ("Persentase tabel yang lolos validasi", "Q", "98 %"))),
        ("Terolahnya data hasil pendataan sekolah", (
            ("Jumlah sekolah yang datanya diolah", "K", "400 sekolah"),)),
    ),
    "Analis Kebijakan": (
        ("Tersusunnya rekomendasi kebijakan pendidikan", (
            ("Jumlah naskah rekomendasi kebijakan", "K", "3 naskah"),
            ("Persentase rekomendasi yang diterima pimpinan", "Q", "70 %"))),
        ("Tersusunnya kajian evaluasi kebijakan daerah bidang pendidikan", (
            ("Jumlah kajian", "K", "2 kajian"),)),
    ),
}

_ADMINISTRASI: tuple[RhkT, ...] = (
    ("Terlaksananya pengadministrasian surat masuk dan surat keluar", (
        ("Jumlah surat yang diagendakan", "K", "1200 surat"),
        ("Ketepatan waktu pendistribusian surat", "W", "12 bulan"))),
    ("Tersedianya layanan operasional kantor yang tertib", (
        ("Jumlah laporan layanan operasional", "K", "12 laporan"),
        ("Persentase permintaan layanan yang diselesaikan", "Q", "95 %"))),
    ("Terkelolanya jadwal rapat dan kegiatan pimpinan", (
        ("Jumlah agenda yang dikelola", "K", "150 agenda"),)),
    ("Tersusunnya notula dan dokumentasi kegiatan", (
        ("Jumlah notula yang disusun", "K", "24 notula"),
        ("Persentase notula yang selesai dalam dua hari kerja", "W", "90 %"))),
)
_DATA: tuple[RhkT, ...] = (
    ("Terolahnya data pendidikan pada Dapodik dan sistem informasi dinas", (
        ("Jumlah data sekolah yang diverifikasi", "K", "250 data"),
        ("Persentase data yang valid", "Q", "98 %"))),
    ("Tersajinya rekapitulasi data dan informasi untuk pimpinan", (
        ("Jumlah rekapitulasi yang disajikan", "K", "12 rekapitulasi"),
        ("Ketepatan waktu penyajian", "W", "12 bulan"))),
    ("Terpeliharanya perangkat layanan data kantor", (
        ("Jumlah perangkat yang diperiksa", "K", "40 unit"),)),
)
PELAKSANA: dict[str, tuple[RhkT, ...]] = {
    "Pengadministrasi Perkantoran": _ADMINISTRASI,
    "Penata Layanan Operasional": _ADMINISTRASI,
    "Pengelola Layanan Operasional": _ADMINISTRASI,
    "Operator Layanan Operasional": _ADMINISTRASI,
    "Pengelola Umum Operasional": _ADMINISTRASI,
    "Pengolah Data dan Informasi": _DATA,
    "Penata Kelola Sistem dan Teknologi Informasi": _DATA,
    "Penelaah Teknis Kebijakan": (
        ("Tersusunnya telaahan staf atas permasalahan teknis", (
            ("Jumlah telaahan staf", "K", "12 telaahan"),
            ("Persentase telaahan yang disetujui pimpinan", "Q", "85 %"))),
        ("Tersusunnya bahan rancangan peraturan dan pedoman teknis", (
            ("Jumlah rancangan yang disusun", "K", "3 dokumen"),)),
    ),
    "Pengadministrasi Keuangan": (
        ("Terlaksananya penatausahaan dokumen keuangan", (
            ("Jumlah SPJ yang diadministrasikan", "K", "240 dokumen"),
            ("Persentase SPJ yang lengkap saat diverifikasi", "Q", "95 %"))),
        ("Tersusunnya buku kas dan laporan realisasi bulanan", (
            ("Jumlah laporan realisasi", "K", "12 laporan"),
            ("Ketepatan waktu penyampaian", "W", "12 bulan"))),
    ),
    "Pengelola Barang Milik Negara": (
        ("Tercatatnya barang milik daerah secara tertib", (
            ("Jumlah barang yang diinventarisasi", "K", "500 unit"),
            ("Persentase barang yang berlabel kode", "Q", "100 %"))),
        ("Tersusunnya laporan barang milik daerah semesteran", (
            ("Jumlah laporan barang", "K", "2 laporan"),
            ("Ketepatan waktu penyampaian laporan", "W", "2 semester"))),
    ),
}

TAMBAHAN: tuple[RhkT, ...] = (
    ("Terlaksananya tugas sebagai panitia penerimaan peserta didik baru", (
        ("Jumlah laporan pelaksanaan tugas", "K", "1 laporan"),)),
    ("Terlaksananya tugas sebagai anggota tim penyusun laporan kinerja dinas", (
        ("Jumlah bahan laporan yang disampaikan", "K", "4 dokumen"),)),
    ("Terlaksananya tugas sebagai pengelola laman sekolah", (
        ("Jumlah pembaruan konten laman", "K", "24 konten"),)),
    ("Terlaksananya tugas sebagai pembina kegiatan ekstrakurikuler", (
        ("Jumlah pertemuan pembinaan", "K", "30 pertemuan"),)),
    ("Terlaksananya tugas sebagai panitia peringatan hari besar nasional", (
        ("Jumlah kegiatan yang dilaksanakan", "K", "2 kegiatan"),)),
    ("Terlaksananya tugas sebagai anggota tim pembangunan Zona Integritas", (
        ("Jumlah laporan kegiatan tim", "K", "4 laporan"),)),
)

TAMBAHAN_JPT: tuple[RhkT, ...] = (
    ("Terlaksananya tugas sebagai ketua tim penanganan anak tidak sekolah kabupaten", (
        ("Jumlah laporan pelaksanaan tugas tim", "PI", "2 laporan"),)),
    ("Terlaksananya tugas sebagai anggota tim reformasi birokrasi pemerintah daerah", (
        ("Persentase rencana aksi reformasi birokrasi dinas yang terlaksana", "PI", "90 %"),)),
)

#: Targets of a kualitatif SKP, by aspek code.
KUALITATIF = {
    "K": "Seluruh keluaran yang direncanakan selesai dan diterima pimpinan",
    "Q": "Hasil kerja sesuai standar dan diterima pimpinan tanpa perbaikan berarti",
    "W": "Diselesaikan sesuai jadwal yang ditetapkan pimpinan",
}

# Sasaran unit: (uraian, ((indikator, target), ...)).
SasaranT = tuple[str, tuple[tuple[str, str], ...]]
SASARAN: dict[str, tuple[SasaranT, ...]] = {
    "dinas": (
        ("Meningkatnya akses dan pemerataan layanan pendidikan", (
            ("Angka Partisipasi Murni SD/sederajat", "98 %"),
            ("Angka Partisipasi Murni SMP/sederajat", "85 %"))),
        ("Meningkatnya mutu pendidikan dasar", (
            ("Persentase satuan pendidikan terakreditasi minimal B", "90 %"),
            ("Capaian literasi pada Rapor Pendidikan", "Baik"))),
        ("Meningkatnya pelestarian dan pemajuan kebudayaan daerah", (
            ("Jumlah objek pemajuan kebudayaan yang dilestarikan", "15 objek"),)),
        ("Meningkatnya akuntabilitas kinerja perangkat daerah", (
            ("Nilai SAKIP dinas", "BB"),
            ("Persentase realisasi anggaran", "95 %"))),
    ),
    "kantor": (
        ("Meningkatnya kualitas layanan {topik}", (
            ("Indeks kepuasan layanan internal", "85"),
            ("Persentase layanan yang selesai sesuai standar waktu", "95 %"))),
        ("Terwujudnya tata kelola {topik} yang tertib dan akuntabel", (
            ("Persentase kegiatan yang terlaksana sesuai rencana", "95 %"),)),
        ("Meningkatnya cakupan program {topik}", (
            ("Persentase sasaran program yang terlayani", "90 %"),
            ("Jumlah satuan pendidikan sasaran program", "40 sekolah"))),
        ("Tersedianya data dan laporan {topik} yang mutakhir dan tepat waktu", (
            ("Persentase laporan yang disampaikan tepat waktu", "100 %"),)),
    ),
    "upt": (
        ("Meningkatnya mutu pengelolaan satuan pendidikan di {wilayah}", (
            ("Persentase sekolah binaan yang memenuhi standar pengelolaan", "80 %"),)),
        ("Meningkatnya tertib administrasi dan pelaporan satuan pendidikan di {wilayah}", (
            ("Persentase sekolah yang menyampaikan laporan tepat waktu", "95 %"),
            ("Persentase laporan dana BOS yang lengkap", "100 %"))),
        ("Meningkatnya kualitas data pendidikan di {wilayah}", (
            ("Persentase data Dapodik sekolah yang valid", "98 %"),)),
    ),
    "sekolah": (
        ("Meningkatnya kualitas pembelajaran di {unit}", (
            ("Persentase peserta didik yang mencapai KKTP", "80 %"),
            ("Rata-rata nilai rapor peserta didik", "78"))),
        ("Meningkatnya kemampuan literasi dan numerasi peserta didik", (
            ("Persentase peserta didik mencapai kompetensi minimum literasi", "70 %"),
            ("Persentase peserta didik mencapai kompetensi minimum numerasi", "65 %"))),
        ("Menguatnya karakter peserta didik sesuai Profil Pelajar Pancasila", (
            ("Jumlah projek penguatan profil pelajar Pancasila", "3 projek"),)),
        ("Terpenuhinya sarana dan prasarana belajar yang layak", (
            ("Persentase ruang kelas dalam kondisi baik", "90 %"),)),
    ),
}

EKSPEKTASI: dict[int, tuple[str, ...]] = {
    1: ("Melayani sekolah dan masyarakat yang datang ke kantor dengan ramah dan cepat.",
        "Menindaklanjuti setiap keluhan layanan paling lambat tiga hari kerja."),
    2: ("Menyampaikan laporan pertanggungjawaban tepat waktu dan sesuai ketentuan.",
        "Menggunakan sarana kantor hanya untuk keperluan dinas."),
    3: ("Mengikuti paling sedikit satu pelatihan dan membagikan hasilnya kepada rekan kerja.",
        "Membimbing pegawai baru di unit kerja."),
    4: ("Menjaga suasana kerja yang kondusif dan saling membantu dalam tim.",),
    5: ("Menjaga kerahasiaan data kepegawaian dan data peserta didik.",),
    6: ("Memanfaatkan aplikasi daring untuk mempercepat penyelesaian pekerjaan.",
        "Mengusulkan paling sedikit satu perbaikan cara kerja dalam setahun."),
    7: ("Aktif berkoordinasi lintas bidang dalam penyelesaian pekerjaan bersama.",),
}
LAMPIRAN: dict[str, tuple[str, ...]] = {
    "dukungan_sumber_daya": (
        "Anggaran kegiatan pada DPA dinas tahun berjalan",
        "Perangkat komputer dan jaringan internet kantor",
        "Dukungan tenaga administrasi dari subbagian terkait",
        "Akses ke aplikasi Dapodik dan sistem informasi kepegawaian",
    ),
    "skema_pertanggungjawaban": (
        "Laporan bulanan kepada pejabat penilai kinerja",
        "Laporan triwulanan capaian kinerja disertai bukti dukung",
        "Paparan capaian kinerja dalam rapat evaluasi semesteran",
    ),
    "konsekuensi": (
        "Teguran lisan bila target tidak tercapai tanpa alasan yang sah",
        "Pembinaan oleh pejabat penilai bila capaian di bawah ekspektasi",
        "Pertimbangan dalam pemberian tambahan penghasilan pegawai",
    ),
}
ALASAN_KEMBALI = (
    "Target kuantitas belum sesuai beban kerja; mohon disesuaikan.",
    "IKI aspek kualitas belum terukur; gunakan persentase.",
    "RHK belum selaras dengan rencana hasil kerja pimpinan yang diintervensi.",
    "Mohon lengkapi IKI aspek waktu pada setiap RHK.",
)
ALASAN_REVISI = (
    "Penyesuaian target setelah perubahan anggaran (APBD Perubahan).",
    "Perubahan beban kerja karena penambahan sekolah binaan.",
    "Penyesuaian RHK dengan rencana hasil kerja pimpinan.",
)
ALASAN_PENILAI_ATAS = ("Atasan langsung tidak aktif dan belum ada Plt/Plh; dinilai oleh "
                       "atasan dari atasan.")
NAMA_PEJABAT = ("Drs. H. Ahmad Syahputra, M.Si.", "Ir. Bambang Hidayat, M.M.",
                "Dr. Hendra Wijaya, S.H., M.H.", "Drs. Yusuf Effendi, M.AP.")
NAMA_BUPATI = ("H. Rahmat Hidayat, S.E.", "Dr. H. Sigit Nugroho, M.M.", "Ir. H. Arif Rahman")

_ASPEK = {"K": Aspek.KUANTITAS, "Q": Aspek.KUALITAS, "W": Aspek.WAKTU}
_PERSPEKTIF = {"PL": Perspektif.PENERIMA_LAYANAN, "PB": Perspektif.PROSES_BISNIS,
               "PI": Perspektif.PENGUATAN_INTERNAL, "AN": Perspektif.ANGGARAN}


# -- compiled templates ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Iki:
    uraian: str
    aspek: Aspek | None
    perspektif: Perspektif | None
    nilai: str | None  # as write_isi stores it: str(Decimal)
    satuan: str | None
    teks: str | None
    kualitatif: str  # the target text of the kualitatif variant


@dataclass(frozen=True, slots=True)
class _RhkTpl:
    uraian: str
    iki: tuple[_Iki, ...]


def _compile(templates: Sequence[RhkT], jpt: bool, **fill: str) -> tuple[_RhkTpl, ...]:
    out: list[_RhkTpl] = []
    for uraian, ikis in templates:
        compiled = []
        for text, code, target in ikis:
            nilai, satuan, teks = split_target(target)
            compiled.append(_Iki(
                text.format(**fill), None if jpt else _ASPEK[code],
                _PERSPEKTIF[code] if jpt else None,
                str(nilai) if nilai is not None else None, satuan or None, teks or None,
                KUALITATIF.get(code, KUALITATIF["Q"]),
            ))
        out.append(_RhkTpl(uraian.format(**fill), tuple(compiled)))
    return tuple(out)


def _topik(unit: UnitDemo) -> str:
    """``Seksi Kurikulum dan Penilaian SD`` → ``kurikulum dan penilaian SD``."""
    if unit.kind == "sekretariat":
        return "kesekretariatan"
    name = unit.nama
    for prefix in ("Subbagian ", "Bidang ", "Seksi ", "UPT "):
        if name.startswith(prefix):
            name = name[len(prefix):]
            break
    return " ".join(w if w.isupper() else w.lower() for w in name.split())


def _wilayah(unit: UnitDemo) -> str:
    return unit.nama.removeprefix("UPT Pendidikan ") if unit.kind == "upt" else unit.nama


class _Templates:
    """RHK templates per (role, unit), formatted once."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, uuid.UUID], tuple[_RhkTpl, ...]] = {}
        self.tambahan = _compile(TAMBAHAN, False)
        self.tambahan_jpt = _compile(TAMBAHAN_JPT, True)

    def for_pegawai(self, jab: Jab, unit: UnitDemo) -> tuple[_RhkTpl, ...]:
        nama, kategori = jab[0], jab[1]
        if kategori in JPT:
            role = "jpt"
        elif nama == "Kepala Sekolah":
            role = "kepsek"
        elif nama.startswith("Kepala UPT"):
            role = "upt"
        elif kategori.is_struktural or nama == "Sekretaris":
            role = "struktural"
        elif nama in FUNGSIONAL or nama in PELAKSANA:
            role = nama
        else:
            role = "lain"
        key = (role, unit.id)
        found = self._cache.get(key)
        if found is not None:
            return found
        fill = {"topik": _topik(unit), "unit": unit.nama, "wilayah": _wilayah(unit)}
        if role == "jpt":
            made = _compile(KEPALA_DINAS, True)
        elif role == "kepsek":
            made = _compile(KEPALA_SEKOLAH, False, **fill)
        elif role == "upt":
            made = _compile(KEPALA_UPT, False, **fill)
        elif role in FUNGSIONAL:
            made = _compile(FUNGSIONAL[role], False)
        elif role in PELAKSANA:
            made = _compile(PELAKSANA[role], False)
        else:
            if unit.kind in ("dinas", "sekolah", "upt"):
                fill["topik"] = "layanan " + ("pendidikan" if unit.kind != "sekolah"
                                              else "sekolah")
            made = _compile(STRUKTURAL, False, **fill)
        self._cache[key] = made
        return made


def sasaran_for(unit: UnitDemo) -> tuple[SasaranT, ...]:
    kind = unit.kind if unit.kind in ("dinas", "upt", "sekolah") else "kantor"
    fill = {"topik": _topik(unit), "unit": unit.nama, "wilayah": _wilayah(unit)}
    return tuple(
        (uraian.format(**fill), tuple((i.format(**fill), t) for i, t in indikator))
        for uraian, indikator in SASARAN[kind]
    )


# -- the generator -------------------------------------------------------------------------


@dataclass(slots=True)
class _Plan:
    """One active pegawai's SKP before it is written."""

    pid: uuid.UUID
    penilai_id: uuid.UUID | None
    sebagai: str
    alasan_penilai: str | None
    atasan_penilai_id: uuid.UUID | None
    penilai_luar: dict[str, str | None] | None = None
    atasan_penilai_luar: dict[str, str | None] | None = None
    depth: int = 0
    nasib: str = "tetap"  # tetap | tetap_kembali | ajukan | draft | kurang | kembali | revisi
    kualitatif: bool = False
    utama: list[uuid.UUID] = field(default_factory=list)  # RHK utama ids (for the cascade)
    semua: list[uuid.UUID] = field(default_factory=list)  # all RHK ids
    cursor: int = 0  # next leader RHK to support (round robin)


class _Writer:
    """Buffers rows per table; writes them (and their outbox rows) in FK order."""

    ORDER = ("skp", "rhk", "iki", "skp_transisi")
    TABLES: ClassVar[dict[str, type[Any]]] = {
        "skp": Skp, "rhk": RhkRow, "iki": IkiRow, "skp_transisi": SkpTransisi}
    #: JSON columns that stay SQL NULL when empty (the ORM leaves them unset).

    def __init__(self, s: Session, actor: Actor) -> None:
        self.s = s
        self.actor = actor
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in self.ORDER}
        self.count: dict[str, int] = dict.fromkeys(self.ORDER, 0)

    def flush(self) -> None:
        for name in self.ORDER:
            rows = self.rows[name]
            if not rows:
                continue
            if name == "skp":
                self._insert_skp(rows)
            else:
                insert_rows(self.s, _table(self.TABLES[name]), rows)
            record_many(self.s, self.actor, ACTION, name, rows)
            self.count[name] += len(rows)
            self.rows[name] = []

    def _insert_skp(self, rows: list[dict[str, Any]]) -> None:
        # First versions before their revisions (parent_skp_id); empty JSON columns are
        # stored as SQL NULL by insert_rows, as the services write them.
        insert_rows(self.s, _table(Skp), sorted(rows, key=lambda r: r["parent_skp_id"] is not None))


def make_demo_skp(
    s: Session,
    actor: Actor,
    *,
    units: Sequence[UnitDemo],
    pegawai: Sequence[Mapping[str, Any]],
    jabatan: Sequence[Jab],
    penugasan: Iterable[Mapping[str, Any]],
    year: int,
    kabupaten: str,
    seed: int,
    site: str,
    now: dt.datetime,
    progress: Callable[[int, int], None] | None = None,
    check_cancel: Callable[[], None] | None = None,
) -> DemoSkpResult:
    """Writes the goals, the aturan periode and the SKPs of the demo pegawai (see module doc).

    ``pegawai`` are the demo's pegawai rows (already inserted), ``jabatan`` their jabatan
    in the same order; ``progress(done, total)`` counts SKPs.
    """
    started = time.perf_counter()
    rng = random.Random(f"demo-skp-{seed}-{year}")
    tempat = IBU_KOTA.get(kabupaten, kabupaten)
    unit_of = {u.id: u for u in units}
    _aturan_periode(s, actor, year, site, now)
    sasaran_ids = _sasaran(s, actor, units, year, site, now, rng)
    n_sasaran = sum(len(v) for v in sasaran_ids.values())

    # -- who assesses whom, on the day the plans are made -----------------------------------
    day = dt.date(year, 1, 2)
    atasan_of: dict[uuid.UUID, uuid.UUID | None] = {r["id"]: r["atasan_id"] for r in pegawai}
    aktif: dict[uuid.UUID, bool] = {r["id"]: bool(r["aktif"]) for r in pegawai}
    covering = [
        Penugasan(p["id"], p["jenis"], p["pelaksana_id"], p["digantikan_id"], p["mulai"],
                  p["selesai"])
        for p in penugasan
    ]
    covering = [p for p in covering if p.covers(day)]
    resolved: dict[uuid.UUID, uuid.UUID | None] = {}

    def penilai_of(pid: uuid.UUID) -> tuple[uuid.UUID | None, str, str | None]:
        res = resolve_penilai(pid, day, atasan_of, aktif, covering)
        if res.penilai_id is not None or atasan_of.get(pid) is None:
            return res.penilai_id, res.sebagai, None
        # Nobody acts for an inactive atasan: the admin names the nearest active one above.
        seen = {pid}
        up = atasan_of.get(pid)
        while up is not None and up not in seen and not aktif.get(up, False):
            seen.add(up)
            up = atasan_of.get(up)
        if up is None or up in seen:
            return None, res.sebagai, None
        return up, "ditentukan admin", ALASAN_PENILAI_ATAS

    def atasan_penilai(penilai: uuid.UUID) -> uuid.UUID | None:
        if penilai not in resolved:
            resolved[penilai] = penilai_of(penilai)[0]
        return resolved[penilai]

    ident = _Identities(pegawai, jabatan, unit_of)
    sekda = Identitas(None, rng.choice(NAMA_PEJABAT), _nip_pejabat(rng, year),
                      find_golongan(JenisPegawai.PNS, "IV/d").label, "Sekretaris Daerah",
                      f"Pemerintah Kabupaten {kabupaten}").to_json()
    bupati = Identitas(None, rng.choice(NAMA_BUPATI), "", "", f"Bupati {kabupaten}",
                       f"Pemerintah Kabupaten {kabupaten}").to_json()

    plans: dict[uuid.UUID, _Plan] = {}
    for r in pegawai:
        if not r["aktif"]:
            continue
        pid = r["id"]
        pen, sebagai, alasan = penilai_of(pid)
        plan = _Plan(pid, pen, sebagai, alasan, atasan_penilai(pen) if pen else None)
        if pen is None and atasan_of.get(pid) is None:
            plan.sebagai, plan.alasan_penilai = "pejabat luar kantor", (
                "Kepala perangkat daerah dinilai oleh Sekretaris Daerah.")
            plan.penilai_luar, plan.atasan_penilai_luar = sekda, bupati
        elif pen is not None and plan.atasan_penilai_id is None:
            plan.atasan_penilai_luar = sekda  # the penilai is the head of the office
        plans[pid] = plan
    order = _cascade_order(plans)
    leaders = {p.penilai_id for p in plans.values() if p.penilai_id is not None}
    _assign_fates(order, leaders, {u.kepala_id for u in units}, rng)

    # -- generate and write in chunks ---------------------------------------------------------
    writer = _Writer(s, actor)
    templates = _Templates()
    gen = _Generator(rng, year, site, now, actor.username, actor.pegawai_id, tempat, ident,
                     templates, sasaran_ids, unit_of, plans, writer)
    per_status = dict.fromkeys((st.value for st in StatusSKP), 0)
    total = len(order)
    if progress is not None:
        progress(0, total)
    for start in range(0, total, CHUNK):
        if check_cancel is not None:
            check_cancel()
        for plan in order[start:start + CHUNK]:
            gen.skp_for(plan, per_status, jabatan_of=ident.jab_of[plan.pid])
        writer.flush()
        if progress is not None:
            progress(min(total, start + CHUNK), total)
    if check_cancel is not None:
        check_cancel()
    return DemoSkpResult(
        sasaran=n_sasaran, pegawai=total, skp=writer.count["skp"], per_status=per_status,
        dikembalikan=gen.dikembalikan, revisi=gen.revisi, kualitatif=gen.kualitatif,
        rhk=writer.count["rhk"], iki=writer.count["iki"], transisi=writer.count["skp_transisi"],
        detik=round(time.perf_counter() - started, 2),
    )


def _nip_pejabat(rng: random.Random, year: int) -> str:
    born = year - rng.randint(52, 58)
    nip = (f"{born}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
           f"{born + rng.randint(23, 27)}{rng.randint(1, 12):02d}1{rng.randint(1, 9):03d}")
    return format_nip(nip)


def _aturan_periode(s: Session, actor: Actor, year: int, site: str, now: dt.datetime) -> bool:
    """The year's evaluation scheme (quarterly, SKPs due 31 January) unless one exists."""
    if not 2000 <= year <= 2100:  # what services.aturan_periode accepts
        return False
    if s.scalar(select(AturanPeriodeTahun.id).where(AturanPeriodeTahun.tahun == year,
                                                    AturanPeriodeTahun.origin_site == site)):
        return False
    row = {"id": new_id(), "tahun": year, "skema": SkemaPeriode.TRIWULANAN,
           "batas_penetapan_skp": dt.date(year, 1, 31), "hari_realisasi": 5,
           "hari_penilaian": 10, "version": 1, "updated_at": now, "origin_site": site,
           "deleted_at": None}
    s.execute(_table(AturanPeriodeTahun).insert(), [row])
    record_many(s, actor, ACTION, "aturan_periode", [row])
    return True


def _sasaran(
    s: Session, actor: Actor, units: Sequence[UnitDemo], year: int, site: str,
    now: dt.datetime, rng: random.Random,
) -> dict[uuid.UUID, list[uuid.UUID]]:
    """2–4 goals per unit (the Dinas gets all four), 1–2 indikator each."""
    rows: list[dict[str, Any]] = []
    out: dict[uuid.UUID, list[uuid.UUID]] = {}
    for unit in units:
        pool = sasaran_for(unit)
        n = len(pool) if unit.kind == "dinas" else rng.randint(2, min(4, len(pool)))
        picked = [pool[i] for i in sorted(rng.sample(range(len(pool)), n))]
        for no, (uraian, indikator) in enumerate(picked, 1):
            k = rng.randint(1, len(indikator))
            row: dict[str, Any] = {
                "id": new_id(), "unit_kerja_id": unit.id, "tahun": year, "no_urut": no,
                "uraian": uraian,
                "indikator": [{"uraian": i, "target": t} for i, t in indikator[:k]],
                "version": 1, "updated_at": now, "origin_site": site, "deleted_at": None,
            }
            rows.append(row)
            out.setdefault(unit.id, []).append(row["id"])
    for start in range(0, len(rows), 5000):
        batch = rows[start:start + 5000]
        s.execute(_table(SasaranUnit).insert(), batch)
        record_many(s, actor, ACTION, "sasaran_unit", batch)
    return out


class _Identities:
    """Identitas.to_json() of every demo pegawai, as services.skp.identitas prints them."""

    def __init__(self, pegawai: Sequence[Mapping[str, Any]], jabatan: Sequence[Jab],
                 units: Mapping[uuid.UUID, UnitDemo]) -> None:
        self.rows = {r["id"]: r for r in pegawai}
        self.jab_of = {r["id"]: j for r, j in zip(pegawai, jabatan, strict=True)}
        self.units = units
        self._cache: dict[uuid.UUID, dict[str, str | None]] = {}
        self._gol: dict[tuple[JenisPegawai, str], str] = {}

    def nama(self, pid: uuid.UUID) -> str:
        r = self.rows[pid]
        return nama_lengkap(r["gelar_depan"], r["nama"], r["gelar_belakang"])

    def __call__(self, pid: uuid.UUID) -> dict[str, str | None]:
        found = self._cache.get(pid)
        if found is not None:
            return found
        r = self.rows[pid]
        jenis: JenisPegawai = r["jenis_pegawai"]
        gol = r["golongan"] or ""
        if gol:
            key = (jenis, gol)
            if key not in self._gol:
                try:
                    self._gol[key] = find_golongan(jenis, gol).label
                except ValidationError:
                    self._gol[key] = gol
            gol = self._gol[key]
        unit = self.units.get(r["unit_kerja_id"])
        made = Identitas(pid, self.nama(pid), format_nip(r["nip"], jenis), gol,
                         self.jab_of[pid][0], unit.nama if unit else "").to_json()
        self._cache[pid] = made
        return made


def _cascade_order(plans: dict[uuid.UUID, _Plan]) -> list[_Plan]:
    """Leaders before the people who intervene their RHK (by depth under the top)."""
    depth: dict[uuid.UUID, int] = {}
    for pid in plans:
        chain: list[uuid.UUID] = []
        cur: uuid.UUID | None = pid
        while cur is not None and cur in plans and cur not in depth:
            if len(chain) > len(plans):  # resolve_penilai on a tree cannot loop
                raise AssertionError("penilai graph of the demo has a loop")
            chain.append(cur)
            cur = plans[cur].penilai_id
        level = depth[cur] if cur is not None and cur in depth else -1
        for p in reversed(chain):
            level += 1
            depth[p] = level
    for pid, plan in plans.items():
        plan.depth = depth[pid]
    return sorted(plans.values(), key=lambda p: p.depth)


def _assign_fates(order: list[_Plan], leaders: set[uuid.UUID], kepala: set[uuid.UUID | None],
                  rng: random.Random) -> None:
    """Leaders' SKPs are ditetapkan (their staff intervene them); the rest are mixed, and
    a few staff plan kualitatif."""
    for p in order:
        if p.penilai_id is None and p.penilai_luar is None:
            p.nasib = "draft"  # nobody to approve it: it cannot be submitted
    others = [p for p in order if p.pid not in leaders and p.penilai_id is not None]
    weights = (("tetap", 70), ("tetap_kembali", 5), ("ajukan", 10), ("draft", 5),
               ("kurang", 3), ("kembali", 4), ("revisi", 3))
    names = [w[0] for w in weights]
    cum = [w[1] for w in weights]
    for p in others:
        p.nasib = rng.choices(names, cum)[0]
        p.kualitatif = p.pid not in kepala and rng.random() < 0.04
    if len(others) >= 20:  # a small office still shows every state at least twice
        free = [p for p in others if p.nasib == "tetap"]
        rng.shuffle(free)
        for nasib in ("ajukan", "draft", "kurang", "kembali", "revisi", "tetap_kembali"):
            have = sum(1 for p in others if p.nasib == nasib)
            for _ in range(max(0, 2 - have)):
                if free:
                    free.pop().nasib = nasib
        staff = [p for p in others if p.pid not in kepala and not p.kualitatif]
        missing = max(0, 2 - sum(p.kualitatif for p in others))
        for p in rng.sample(staff, min(len(staff), missing)):
            p.kualitatif = True


class _Generator:
    """Turns one _Plan into rows (SKP, RHK, IKI, transisi) in the writer's buffers."""

    def __init__(self, rng: random.Random, year: int, site: str, now: dt.datetime,
                 username: str, actor_pegawai: uuid.UUID | None, tempat: str,
                 ident: _Identities, templates: _Templates,
                 sasaran: dict[uuid.UUID, list[uuid.UUID]], units: Mapping[uuid.UUID, UnitDemo],
                 plans: dict[uuid.UUID, _Plan], writer: _Writer) -> None:
        self.rng = rng
        self.year = year
        self.site = site
        self.now = now
        self.username = username
        self.actor_pegawai = actor_pegawai
        self.tempat = tempat
        self.ident = ident
        self.templates = templates
        self.sasaran = sasaran
        self.units = units
        self.plans = plans
        self.w = writer
        self.kepala = {u.kepala_id: u.id for u in units.values() if u.kepala_id is not None}
        self.dikembalikan = 0
        self.revisi = 0
        self.kualitatif = 0
        self.awal, self.akhir = dt.date(year, 1, 1), dt.date(year, 12, 31)

    # -- small helpers --------------------------------------------------------------------

    def _at(self, day: dt.date, rng: random.Random) -> dt.datetime:
        """Office hours in WIB (UTC+7), stored in UTC, never after now."""
        at = dt.datetime(day.year, day.month, day.day, rng.randint(1, 8), rng.randint(0, 59),
                         tzinfo=dt.UTC)
        return min(at, self.now)

    def _jan(self, d: int) -> dt.date:
        return dt.date(self.year, 1, min(31, d))

    def _transisi(self, skp_id: uuid.UUID, aksi: AksiSKP, dari: StatusSKP | None,
                  ke: StatusSKP, at: dt.datetime, atas_nama: str | None,
                  alasan: str | None = None) -> None:
        self.w.rows["skp_transisi"].append({
            "id": new_id(), "skp_id": skp_id, "aksi": aksi, "dari": dari, "ke": ke,
            "at": at, "username": self.username, "oleh_pegawai_id": self.actor_pegawai,
            "atas_nama": atas_nama, "alasan": alasan, "version": 1, "updated_at": self.now,
            "origin_site": self.site, "deleted_at": None,
        })

    def _snapshot(self, plan: _Plan) -> dict[str, Any]:
        ident = self.ident
        return {
            "pegawai": ident(plan.pid),
            "penilai": ident(plan.penilai_id) if plan.penilai_id else plan.penilai_luar,
            "atasan_penilai": (ident(plan.atasan_penilai_id) if plan.atasan_penilai_id
                               else plan.atasan_penilai_luar),
        }

    # -- one SKP --------------------------------------------------------------------------

    def skp_for(self, plan: _Plan, per_status: dict[str, int], *, jabatan_of: Jab) -> None:
        rng = self.rng
        pid = plan.pid
        prow = self.ident.rows[pid]
        unit = self.units[prow["unit_kerja_id"]]
        jpt = jabatan_of[1] in JPT
        kualitatif = plan.kualitatif and not jpt
        if kualitatif:
            self.kualitatif += 1
        skp_id = new_id()
        rhk_rows, iki_rows = self._content(plan, skp_id, jabatan_of, unit, jpt, kualitatif)
        nasib = plan.nasib
        if nasib == "kurang" and iki_rows:  # a draft still missing a target
            last = iki_rows[-1]
            last["target_nilai"] = last["target_satuan"] = last["target_teks"] = None
        ekspektasi = {}
        if rng.random() < 0.3:
            for no in rng.sample(range(1, 8), rng.randint(1, 2)):
                ekspektasi[str(no)] = rng.choice(EKSPEKTASI[no])
        lampiran: dict[str, list[str]] = {k: [] for k in LAMPIRAN}
        if rng.random() < 0.25:
            for key, pool in LAMPIRAN.items():
                lampiran[key] = rng.sample(pool, rng.randint(1, 2))

        # History: dates follow the cascade (leaders first), all in January.
        base = 2 + 2 * plan.depth + rng.randint(0, 1)
        d_buat = self._jan(base)
        d_ajukan = self._jan(base + rng.randint(1, 3))
        d_tetap = self._jan(d_ajukan.day + rng.randint(1, 4))
        pegawai_nama = self.ident.nama(pid)
        penilai_nama = self.ident.nama(plan.penilai_id) if plan.penilai_id else None
        D, A, T, G = (StatusSKP.DRAFT, StatusSKP.DIAJUKAN, StatusSKP.DITETAPKAN,
                      StatusSKP.DIGANTIKAN)
        t_buat = self._at(d_buat, rng)
        self._transisi(skp_id, AksiSKP.BUAT, None, D, t_buat, pegawai_nama)
        version = 1
        status = D
        alasan_kembali: str | None = None
        if nasib in ("tetap", "tetap_kembali", "ajukan", "kembali", "revisi"):
            self._transisi(skp_id, AksiSKP.AJUKAN, D, A, self._at(d_ajukan, rng), pegawai_nama)
            status, version = A, version + 1
            if nasib in ("tetap_kembali", "kembali"):
                alasan = rng.choice(ALASAN_KEMBALI)
                self._transisi(skp_id, AksiSKP.KEMBALIKAN, A, D,
                               self._at(self._jan(d_ajukan.day + 1), rng), penilai_nama, alasan)
                status, version = D, version + 1
                if nasib == "kembali":
                    alasan_kembali = alasan
                    self.dikembalikan += 1
                else:
                    d_tetap = self._jan(d_tetap.day + 3)
                    self._transisi(skp_id, AksiSKP.AJUKAN, D, A,
                                   self._at(self._jan(d_ajukan.day + 2), rng), pegawai_nama)
                    status, version = A, version + 1
            if status is A and nasib != "ajukan":
                self._transisi(skp_id, AksiSKP.TETAPKAN, A, T, self._at(d_tetap, rng),
                               penilai_nama)
                status, version = T, version + 1
        row = self._skp_row(plan, skp_id, unit, jpt, kualitatif, status, version, ekspektasi,
                            lampiran, alasan_kembali)
        if status is T:
            row["snapshot"] = self._snapshot(plan)
            row["tempat_penetapan"] = self.tempat
            row["tanggal_penetapan"] = min(d_tetap, self.now.date())
        self.w.rows["skp"].append(row)
        self.w.rows["rhk"].extend(rhk_rows)
        self.w.rows["iki"].extend(iki_rows)
        if nasib == "revisi":
            self._revisi(plan, row, rhk_rows, iki_rows, per_status)
            status = G
        per_status[status.value] += 1

    def _skp_row(self, plan: _Plan, skp_id: uuid.UUID, unit: UnitDemo, jpt: bool,
                 kualitatif: bool, status: StatusSKP, version: int, ekspektasi: dict[str, str],
                 lampiran: dict[str, list[str]], alasan_kembali: str | None) -> dict[str, Any]:
        return {
            "id": skp_id, "pegawai_id": plan.pid, "tahun": self.year,
            "periode_mulai": self.awal, "periode_selesai": self.akhir, "unit_kerja_id": unit.id,
            "form_family": FormFamily.JPT if jpt else FormFamily.JA_JF,
            "pendekatan": Pendekatan.KUALITATIF if kualitatif else Pendekatan.KUANTITATIF,
            "status": status, "penilai_id": plan.penilai_id,
            "atasan_penilai_id": plan.atasan_penilai_id, "penilai_luar": plan.penilai_luar,
            "atasan_penilai_luar": plan.atasan_penilai_luar, "penilai_sebagai": plan.sebagai,
            "penilai_alasan": plan.alasan_penilai, "alasan_dikembalikan": alasan_kembali,
            "ekspektasi": ekspektasi, "lampiran": lampiran, "snapshot": None,
            "tempat_penetapan": None, "tanggal_penetapan": None, "revisi_ke": 0,
            "parent_skp_id": None, "ditutup_pada": None, "version": version,
            "updated_at": self.now, "origin_site": self.site, "deleted_at": None,
        }

    def _content(self, plan: _Plan, skp_id: uuid.UUID, jab: Jab, unit: UnitDemo, jpt: bool,
                 kualitatif: bool) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        rng = self.rng
        pool = self.templates.for_pegawai(jab, unit)
        own_goals = self.sasaran.get(unit.id, []) if self.kepala.get(plan.pid) == unit.id else []
        leader = self.plans.get(plan.penilai_id) if plan.penilai_id else None
        targets: list[tuple[uuid.UUID | None, uuid.UUID | None]] = []
        if plan.penilai_id is None and own_goals:
            # The head of the office: one RHK per goal of his unit, in the same order
            # (the JPT templates follow the Dinas's goals).
            n = min(len(pool), len(own_goals))
            chosen = list(pool[:n])
            targets = [(None, own_goals[i]) for i in range(n)]
        else:
            n = min(rng.randint(2, 4), len(pool))
            chosen = rng.sample(pool, n)
            # A head of a sub-unit supports his penilai and some of his own unit's goals.
            n_goal = n // 2 if own_goals else 0
            for i in range(n):
                if i >= n - n_goal:
                    targets.append((None, own_goals[(i - (n - n_goal)) % len(own_goals)]))
                elif leader is not None and leader.utama:
                    targets.append((leader.utama[leader.cursor % len(leader.utama)], None))
                    leader.cursor += 1  # round robin: every leader RHK gets support
                else:
                    targets.append((None, None))
        if rng.random() < 0.2 and ((leader is not None and leader.semua) or own_goals):
            chosen.append(rng.choice(self.templates.tambahan_jpt if jpt
                                     else self.templates.tambahan))
            targets.append((rng.choice(leader.semua), None) if leader is not None
                           and leader.semua else (None, rng.choice(own_goals)))
        rhk_rows: list[dict[str, Any]] = []
        iki_rows: list[dict[str, Any]] = []
        now, site = self.now, self.site
        n_utama = n
        for no, (tpl, (rhk_target, goal)) in enumerate(zip(chosen, targets, strict=True), 1):
            rhk_id = new_id()
            utama = no <= n_utama
            rhk_rows.append({
                "id": rhk_id, "skp_id": skp_id,
                "jenis": JenisRHK.UTAMA if utama else JenisRHK.TAMBAHAN, "no_urut": no,
                "uraian": tpl.uraian, "intervensi_rhk_id": rhk_target,
                "intervensi_sasaran_id": goal,
                "intervensi_teks": None if rhk_target or goal else
                "Rencana hasil kerja pimpinan unit kerja", "asal_rhk_id": None,
                "version": 1, "updated_at": now, "origin_site": site, "deleted_at": None,
            })
            if utama:
                plan.utama.append(rhk_id)
            plan.semua.append(rhk_id)
            k = min(len(tpl.iki), rng.choice((1, 2, 2, 3)))
            for ino, iki in enumerate(tpl.iki[:k], 1):
                iki_rows.append({
                    "id": new_id(), "rhk_id": rhk_id, "no_urut": ino, "uraian": iki.uraian,
                    "aspek": iki.aspek, "perspektif": iki.perspektif,
                    "target_nilai": None if kualitatif else iki.nilai,
                    "target_satuan": None if kualitatif else iki.satuan,
                    "target_teks": iki.kualitatif if kualitatif else iki.teks,
                    "version": 1, "updated_at": now, "origin_site": site, "deleted_at": None,
                })
        return rhk_rows, iki_rows

    def _revisi(self, plan: _Plan, old: dict[str, Any], old_rhk: list[dict[str, Any]],
                old_iki: list[dict[str, Any]], per_status: dict[str, int]) -> None:
        """The DITETAPKAN ``old`` is revised mid-year: a copy with one changed target."""
        rng = self.rng
        self.revisi += 1
        per_status[StatusSKP.DITETAPKAN.value] += 1  # the new version
        revisi_id = new_id()
        month = rng.randint(4, 8)
        d_rev = dt.date(self.year, month, rng.randint(1, 20))
        d_ajukan = d_rev + dt.timedelta(days=rng.randint(1, 3))
        d_tetap = d_ajukan + dt.timedelta(days=rng.randint(1, 5))
        pegawai_nama = self.ident.nama(plan.pid)
        penilai_nama = self.ident.nama(plan.penilai_id) if plan.penilai_id else None
        D, A, T, G = (StatusSKP.DRAFT, StatusSKP.DIAJUKAN, StatusSKP.DITETAPKAN,
                      StatusSKP.DIGANTIKAN)
        alasan = rng.choice(ALASAN_REVISI)
        at_tetap = self._at(d_tetap, rng)
        self._transisi(revisi_id, AksiSKP.REVISI, None, D, self._at(d_rev, rng), pegawai_nama,
                       alasan)
        self._transisi(revisi_id, AksiSKP.AJUKAN, D, A, self._at(d_ajukan, rng), pegawai_nama)
        self._transisi(revisi_id, AksiSKP.TETAPKAN, A, T, at_tetap, penilai_nama)
        self._transisi(old["id"], AksiSKP.GANTIKAN, T, G, at_tetap, None,
                       "Digantikan revisi ke-1")
        old["status"] = G
        old["version"] += 1
        new = dict(old)
        new.update({
            "id": revisi_id, "status": T, "version": 3, "revisi_ke": 1, "parent_skp_id": old["id"],
            "snapshot": self._snapshot(plan),
            "tanggal_penetapan": min(d_tetap, self.now.date()),
            "ekspektasi": dict(old["ekspektasi"]),
            "lampiran": {k: list(v) for k, v in old["lampiran"].items()},
        })
        self.w.rows["skp"].append(new)
        new_rhk_of: dict[uuid.UUID, uuid.UUID] = {}
        for r in old_rhk:
            copy = dict(r)
            copy.update(id=new_id(), skp_id=revisi_id, asal_rhk_id=r["id"])
            new_rhk_of[r["id"]] = copy["id"]
            self.w.rows["rhk"].append(copy)
        changed = False
        for i in old_iki:
            copy = dict(i)
            copy.update(id=new_id(), rhk_id=new_rhk_of[i["rhk_id"]])
            if not changed and copy["target_nilai"] is not None and copy["target_satuan"] != "%":
                value = Decimal(copy["target_nilai"])
                copy["target_nilai"] = str(value + max(1, int(value) // 10))
                changed = True
            self.w.rows["iki"].append(copy)
