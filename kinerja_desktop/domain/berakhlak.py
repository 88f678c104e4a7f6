"""Core Values ASN BerAKHLAK with their panduan perilaku (SE MenPANRB 20/2021, DOMAIN §5.4).

They are the seven rows of PERILAKU KERJA on every SKP, in this order, with no
levels ("tanpa pelevelan"); the pimpinan may add an ekspektasi khusus per row.
"""

from __future__ import annotations

from dataclasses import dataclass

from kinerja_desktop.domain.errors import ValidationError


@dataclass(frozen=True, slots=True)
class CoreValue:
    no: int  # print order 1–7
    nama: str
    panduan: tuple[str, str, str]


CORE_VALUES: tuple[CoreValue, ...] = (
    CoreValue(
        1,
        "Berorientasi Pelayanan",
        (
            "Memahami dan memenuhi kebutuhan masyarakat",
            "Ramah, cekatan, solutif, dan dapat diandalkan",
            "Melakukan perbaikan tiada henti",
        ),
    ),
    CoreValue(
        2,
        "Akuntabel",
        (
            "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan "
            "berintegritas tinggi",
            "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, "
            "dan efisien",
            "Tidak menyalahgunakan kewenangan jabatan",
        ),
    ),
    CoreValue(
        3,
        "Kompeten",
        (
            "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
            "Membantu orang lain belajar",
            "Melaksanakan tugas dengan kualitas terbaik",
        ),
    ),
    CoreValue(
        4,
        "Harmonis",
        (
            "Menghargai setiap orang apapun latar belakangnya",
            "Suka menolong orang lain",
            "Membangun lingkungan kerja yang kondusif",
        ),
    ),
    CoreValue(
        5,
        "Loyal",
        (
            "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia "
            "Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan "
            "yang sah",
            "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara",
            "Menjaga rahasia jabatan dan negara",
        ),
    ),
    CoreValue(
        6,
        "Adaptif",
        (
            "Cepat menyesuaikan diri menghadapi perubahan",
            "Terus berinovasi dan mengembangkan kreativitas",
            "Bertindak proaktif",
        ),
    ),
    CoreValue(
        7,
        "Kolaboratif",
        (
            "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
            "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
            "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
        ),
    ),
)


def core_value(no: int) -> CoreValue:
    if not 1 <= no <= len(CORE_VALUES):
        raise ValidationError(f"Nomor core value BerAKHLAK harus 1 sampai 7, bukan {no}.")
    return CORE_VALUES[no - 1]
