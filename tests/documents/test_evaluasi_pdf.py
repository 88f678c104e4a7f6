"""EVALUASI KINERJA PEGAWAI PDF (DOMAIN §8.3): built by hand, read back with real tools."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image as PilImage

from kinerja_desktop.documents.evaluasi_pdf import (
    JUDUL_REKAMAN,
    KOLOM_REALISASI,
    KOLOM_UMPAN_BALIK,
    BarisPeriode,
    IkiEvaluasi,
    LembarEvaluasi,
    RekamanUmpanBalik,
    RhkEvaluasi,
    baris_periode,
    tulis_evaluasi_pdf,
)
from kinerja_desktop.documents.pdf_kit import (
    Kop,
    Pengesahan,
    TataHalaman,
    baca_pengesahan_pdf,
)
from kinerja_desktop.documents.skp_workbook import Orang
from kinerja_desktop.domain.berakhlak import CORE_VALUES
from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.periode import AturanPeriode, SkemaPeriode, find_periode
from kinerja_desktop.domain.predikat import Predikat, PredikatOrganisasi
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.skp import Aspek, FormFamily, JenisRHK, Pendekatan, Perspektif
from tests.pdf_readback import (
    baca_qr,
    font_tertanam,
    rapat,
    teks_halaman,
    teks_mentah,
    teks_pdf,
    ukuran_halaman_mm,
    urutan,
)

PEGAWAI = Orang("Siti Nur'aini Ṡalihah, S.Pd.", "19850101 201001 2 003", "Penata (III/c)",
                "Guru Ahli Muda", "SMA Negeri 1 Bandar Lampung")
PENILAI = Orang("Drs. Bambang O'Neil Déwantara", "19700202 199503 1 001", "Pembina (IV/a)",
                "Kepala Sekolah", "SMA Negeri 1 Bandar Lampung")
QR = "KV1.0192f3a4-7c1e-7b2a-9d3e-5f6a7b8c9d0e.ab12cd34ef.situs-1.c2lnbmF0dXJl"


def png(w: int = 300, h: int = 120) -> bytes:
    buf = io.BytesIO()
    PilImage.new("RGB", (w, h), (20, 20, 120)).save(buf, "PNG")
    return buf.getvalue()


def rhk_contoh(jumlah_utama: int = 3, tambahan: bool = True) -> tuple[RhkEvaluasi, ...]:
    out: list[RhkEvaluasi] = []
    for i in range(1, jumlah_utama + (2 if tambahan else 0) + 1):
        jenis = JenisRHK.UTAMA if i <= jumlah_utama else JenisRHK.TAMBAHAN
        out.append(RhkEvaluasi(
            f"Rhk{i}Uraian tersusunnya laporan kegiatan pembelajaran",
            jenis,
            f"Intervensi{i} meningkatnya mutu layanan pendidikan",
            tuple(
                IkiEvaluasi(f"Iki{i}x{k} jumlah dokumen yang disusun tepat waktu", aspek,
                            f"{k + 2} dokumen", f"Real{i}x{k} {k + 1} dokumen",
                            (f"bukti{i}{k}.pdf",))
                for k, aspek in enumerate((Aspek.KUANTITAS, Aspek.KUALITAS))
            ),
            (f"Ub{i}a pertahankan kualitas.", f"Ub{i}b lengkapi bukti dukung."),
        ))
    return tuple(out)


def lembar(**kw: object) -> LembarEvaluasi:
    periode = find_periode(AturanPeriode(2026), "2026-TW2")
    base = LembarEvaluasi(
        periode=baris_periode(periode),
        periode_mulai=periode.mulai,
        periode_selesai=periode.selesai,
        instansi="Dinas Pendidikan dan Kebudayaan Provinsi Lampung",
        pegawai=PEGAWAI,
        penilai=PENILAI,
        rhk=rhk_contoh(),
        ekspektasi={1: "Ekspk1 ramah kepada peserta didik", 5: "Ekspk5 menjaga rahasia"},
        umpan_balik_perilaku={1: ("UbPerilaku1 sudah sangat baik.",),
                              7: ("UbPerilaku7 tingkatkan kerja sama.",)},
        capaian_organisasi=PredikatOrganisasi.BAIK,
        rating_hasil_kerja=Rating.SESUAI_EKSPEKTASI,
        rating_perilaku=Rating.DI_ATAS_EKSPEKTASI,
        predikat=Predikat.BAIK,
        tempat="Bandar Lampung",
        tanggal=dt.date(2026, 7, 6),
    )
    return dataclasses.replace(base, **kw)  # type: ignore[arg-type]


def cetak(tmp_path: Path, data: LembarEvaluasi | None = None, *,
          tata: TataHalaman | None = None, pengesahan: Pengesahan | None = None,
          draf: bool = False, nama: str = "evaluasi.pdf") -> tuple[Path, int]:
    path = tmp_path / nama
    n = tulis_evaluasi_pdf(path, data or lembar(), tata or TataHalaman(), pengesahan,
                           draf=draf)
    return path, n


# ---------------------------------------------------------------------------
# The period line


@pytest.mark.parametrize(("skema", "key", "teks", "markup"), [
    (SkemaPeriode.TRIWULANAN, "2026-TW1", "TRIWULAN I/II/III/IV-AKHIR",
     "TRIWULAN I/<strike>II</strike>/<strike>III</strike>/<strike>IV-AKHIR</strike>"),
    (SkemaPeriode.TRIWULANAN, "2026-TW4", "TRIWULAN I/II/III/IV-AKHIR",
     "TRIWULAN <strike>I</strike>/<strike>II</strike>/<strike>III</strike>/IV-AKHIR"),
    (SkemaPeriode.SEMESTERAN, "2026-S2", "SEMESTER I/II-AKHIR",
     "SEMESTER <strike>I</strike>/II-AKHIR"),
    (SkemaPeriode.BULANAN, "2026-B3", "BULAN MARET", "BULAN MARET"),
    (SkemaPeriode.TRIWULANAN, "2026-TAHUNAN", "TAHUN 2026", "TAHUN 2026"),
])
def test_baris_periode_mencoret_pilihan_lain(skema: SkemaPeriode, key: str, teks: str,
                                            markup: str) -> None:
    baris = baris_periode(find_periode(AturanPeriode(2026, skema), key))
    assert baris.teks == teks
    assert baris.markup() == markup


def test_baris_periode_tanpa_aktif_dan_indeks_salah() -> None:
    assert BarisPeriode("TRIWULAN", ("I", "II"), None).markup() == "TRIWULAN I/II"
    with pytest.raises(ValueError, match="di luar pilihan"):
        BarisPeriode("TRIWULAN", ("I", "II"), 2)


def test_baris_periode_mengamankan_markup() -> None:
    assert BarisPeriode("BULAN", ("A<B & 'C'",)).markup() == "BULAN A&lt;B &amp; &#39;C&#39;"


# ---------------------------------------------------------------------------
# Content


def test_judul_kepala_dan_bagian_berurutan(tmp_path: Path) -> None:
    path, n = cetak(tmp_path)
    mentah = rapat(teks_mentah(path))
    assert urutan(
        mentah,
        "EVALUASI KINERJA PEGAWAI", "PENDEKATAN HASIL KERJA KUANTITATIF",
        "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
        "PERIODE: TRIWULAN I/II/III/IV-AKHIR",
        "DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI LAMPUNG",
        "PERIODE PENILAIAN: 01 APRIL SD 30 JUNI TAHUN 2026",
        "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA",
        "CAPAIAN KINERJA ORGANISASI*", "POLA DISTRIBUSI:",
        "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI BAIK",
        "HASIL KERJA", "NO", "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI",
        "RENCANA HASIL KERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET",
        KOLOM_REALISASI, KOLOM_UMPAN_BALIK, "(1)", "(8)",
        "A. UTAMA", "Rhk1Uraian", "B. TAMBAHAN", "Rhk5Uraian",
        "RATING HASIL KERJA*", "SESUAI EKSPEKTASI",
        "PERILAKU KERJA", "Berorientasi Pelayanan", "Kolaboratif",
        "RATING PERILAKU KERJA*", "DI ATAS EKSPEKTASI",
        "PREDIKAT KINERJA PEGAWAI*", "BAIK",
        "Bandar Lampung, 6 Juli 2026", "Pejabat Penilai Kinerja", PENILAI.nama,
        f"NIP. {PENILAI.nip}",
    ), mentah
    for label, a, b in (("NAMA", PEGAWAI.nama, PENILAI.nama), ("NIP", PEGAWAI.nip, PENILAI.nip),
                        ("PANGKAT/GOL. RUANG", PEGAWAI.pangkat_gol, PENILAI.pangkat_gol),
                        ("JABATAN", PEGAWAI.jabatan, PENILAI.jabatan)):
        assert urutan(mentah, label, a, label, b)
    assert n == len(teks_halaman(path))
    assert JUDUL_REKAMAN not in mentah  # not asked for


def test_setiap_rhk_iki_realisasi_dan_umpan_balik_tercetak(tmp_path: Path) -> None:
    data = lembar()
    path, _n = cetak(tmp_path, data)
    mentah = rapat(teks_mentah(path))
    for rhk in data.rhk:
        assert rapat(rhk.uraian) in mentah
        assert rapat(rhk.intervensi) in mentah
        for ub in rhk.umpan_balik:
            assert ub in mentah
        for iki in rhk.iki:
            assert rapat(iki.uraian) in mentah
            assert iki.realisasi in mentah
            assert iki.target in mentah
            assert f"Bukti dukung: {iki.bukti[0]}" in mentah
        # the IKI come in their order, inside their RHK
        assert urutan(mentah, rhk.uraian.split()[0], *(i.uraian.split()[0] for i in rhk.iki))
    for cv in CORE_VALUES:
        assert cv.nama in mentah
        for panduan in cv.panduan:
            assert rapat(panduan) in mentah
    assert urutan(mentah, "Berorientasi Pelayanan", "Ekspektasi Khusus Pimpinan:",
                  "Ekspk1 ramah kepada peserta didik", "UbPerilaku1 sudah sangat baik.")
    assert urutan(mentah, "Loyal", "Ekspk5 menjaga rahasia", "Kolaboratif",
                  "UbPerilaku7 tingkatkan kerja sama.")
    assert "Kuantitas" in mentah and "Kualitas" in mentah


@pytest.mark.parametrize(("hk", "pk", "predikat", "tercetak"), [
    (Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI, Predikat.SANGAT_BAIK, "SANGAT BAIK"),
    (Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Predikat.BAIK, "BAIK"),
    (Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI, Predikat.KURANG,
     "KURANG/MISCONDUCT"),
    (Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Predikat.BUTUH_PERBAIKAN,
     "BUTUH PERBAIKAN"),
    (Rating.DI_BAWAH_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI, Predikat.SANGAT_KURANG,
     "SANGAT KURANG"),
])
def test_rating_dan_predikat_tercetak(tmp_path: Path, hk: Rating, pk: Rating,
                                      predikat: Predikat, tercetak: str) -> None:
    path, _n = cetak(tmp_path, lembar(rating_hasil_kerja=hk, rating_perilaku=pk,
                                      predikat=predikat))
    mentah = rapat(teks_mentah(path))
    assert urutan(mentah, "RATING HASIL KERJA*", hk.value, "RATING PERILAKU KERJA*", pk.value,
                  "PREDIKAT KINERJA PEGAWAI*", tercetak)


def test_capaian_organisasi_dan_kurva(tmp_path: Path) -> None:
    path, _n = cetak(tmp_path, lembar(capaian_organisasi=PredikatOrganisasi.ISTIMEWA))
    mentah = rapat(teks_mentah(path))
    assert urutan(mentah, "CAPAIAN KINERJA ORGANISASI*", "POLA DISTRIBUSI:", "ISTIMEWA")
    assert "CAPAIAN KINERJA ORGANISASI ISTIMEWA" in mentah
    assert "Frekuensi Pegawai" in mentah
    path, _n = cetak(tmp_path, lembar(capaian_organisasi=None), nama="tanpa.pdf")
    assert "capaian kinerja organisasi belum ditetapkan" in rapat(teks_mentah(path))


def test_bagian_tambahan_dihilangkan_bila_kosong(tmp_path: Path) -> None:
    path, _n = cetak(tmp_path, lembar(rhk=rhk_contoh(2, tambahan=False)))
    mentah = rapat(teks_mentah(path))
    assert "A. UTAMA" in mentah
    assert "B. TAMBAHAN" not in mentah


def test_varian_kolom_atasan_dan_bagian_kinerja(tmp_path: Path) -> None:
    path, _n = cetak(tmp_path, lembar(kolom_atasan=True, bagian_kinerja=True))
    mentah = rapat(teks_mentah(path))
    assert "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI" in mentah
    assert "PIMPINAN YANG DIINTERVENSI" not in mentah
    assert urutan(mentah, "A. KINERJA UTAMA", "B. KINERJA TAMBAHAN")


def test_jpt_kualitatif(tmp_path: Path) -> None:
    rhk = tuple(
        dataclasses.replace(r, iki=tuple(dataclasses.replace(
            i, aspek=None, perspektif=Perspektif.PROSES_BISNIS) for i in r.iki))
        for r in rhk_contoh(2, tambahan=False))
    path, _n = cetak(tmp_path, lembar(rhk=rhk, form_family=FormFamily.JPT,
                                      pendekatan=Pendekatan.KUALITATIF))
    mentah = rapat(teks_mentah(path))
    assert urutan(mentah, "EVALUASI KINERJA PEGAWAI", "PENDEKATAN HASIL KERJA KUALITATIF",
                  "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI",
                  "RENCANA HASIL KERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET", "PERSPEKTIF",
                  KOLOM_REALISASI, KOLOM_UMPAN_BALIK, "(7)",
                  "Rhk1Uraian",
                  "Ukuran keberhasilan/ Indikator Kinerja Individu, Target, dan Perspektif",
                  "Iki1x0", "Proses Bisnis", "Real1x0")
    assert "DIINTERVENSI" not in mentah
    assert "Intervensi1" not in mentah  # the JPT form has no column (2) of the leader


def test_kualitatif_ja_jf_menulis_ukuran_keberhasilan(tmp_path: Path) -> None:
    path, _n = cetak(tmp_path, lembar(pendekatan=Pendekatan.KUALITATIF))
    mentah = rapat(teks_mentah(path))
    assert urutan(mentah, "PENDEKATAN HASIL KERJA KUALITATIF", "Rhk1Uraian",
                  "Ukuran keberhasilan/ Indikator Kinerja Individu, dan Target", "Iki1x0")


def test_rekaman_umpan_balik_di_halaman_terakhir(tmp_path: Path) -> None:
    rekaman = (
        RekamanUmpanBalik(dt.date(2026, 5, 20), "Rhk2Uraian", "RekB tambahkan foto.",
                          PENILAI.nama),
        RekamanUmpanBalik(dt.date(2026, 4, 9), "Berorientasi Pelayanan", "RekA ramah.",
                          "Ayu Ketut"),
    )
    path, n = cetak(tmp_path, lembar(rekaman=rekaman))
    halaman = teks_halaman(path)
    assert len(halaman) == n
    terakhir = rapat(halaman[-1])
    assert JUDUL_REKAMAN in terakhir
    assert JUDUL_REKAMAN not in rapat(" ".join(halaman[:-1]))
    # sorted by date, oldest first
    assert urutan(terakhir, "NO", "TANGGAL", "SASARAN", "UMPAN BALIK", "OLEH",
                  "9 April 2026", "Berorientasi Pelayanan", "RekA ramah.", "Ayu Ketut",
                  "20 Mei 2026", "Rhk2Uraian", "RekB tambahkan foto.")
    path, _n = cetak(tmp_path, lembar(rekaman=()), nama="kosong.pdf")
    terakhir = rapat(teks_halaman(path)[-1])
    assert JUDUL_REKAMAN in terakhir
    assert "Belum ada umpan balik yang direkam pada periode ini." in terakhir


# ---------------------------------------------------------------------------
# Paper, fonts, verification, draft


@pytest.mark.parametrize(("kertas", "ukuran"), [("A4", (297.0, 210.0)), ("F4", (330.0, 215.0))])
def test_kertas_selalu_mendatar(tmp_path: Path, kertas: str,
                                ukuran: tuple[float, float]) -> None:
    path, n = cetak(tmp_path, tata=TataHalaman(kertas=kertas, mendatar=False))
    assert ukuran_halaman_mm(path) == [ukuran] * n


def test_font_tertanam_dan_nama_berdiakritik(tmp_path: Path) -> None:
    path, _n = cetak(tmp_path, tata=TataHalaman(kop=Kop(
        ("PEMERINTAH PROVINSI LAMPUNG", "DINAS PENDIDIKAN DAN KEBUDAYAAN"),
        "Jl. Drs. Warsito No. 72, Bandar Lampung", png(200, 240))))
    assert font_tertanam(path) == set()
    layout = teks_pdf(path)
    assert "Siti Nur'aini Ṡalihah, S.Pd." in layout
    assert "Drs. Bambang O'Neil Déwantara" in layout
    assert "PEMERINTAH PROVINSI LAMPUNG" in layout


def test_qr_dan_kode_verifikasi(tmp_path: Path) -> None:
    path, n = cetak(tmp_path, pengesahan=Pengesahan("EV7K-Q2M9-X4", QR))
    assert baca_qr(path, 0) == [QR]
    assert baca_qr(path, n - 1) == [QR]
    assert baca_pengesahan_pdf(path) == QR
    halaman = teks_halaman(path)
    assert all("Kode verifikasi: EV7K-Q2M9-X4" in h for h in halaman)
    assert "DRAF" not in teks_mentah(path)


def test_draf_bertanda_air_tanpa_qr(tmp_path: Path) -> None:
    path, n = cetak(tmp_path, lembar(rating_hasil_kerja=None, rating_perilaku=None,
                                     predikat=None), draf=True)
    assert teks_mentah(path).count("DRAF") == n
    assert baca_qr(path, 0) == []
    assert baca_pengesahan_pdf(path) is None
    assert "Kode verifikasi" not in teks_pdf(path)


def test_tanpa_penilai_hanya_draf(tmp_path: Path) -> None:
    target = tmp_path / "tanpa-penilai.pdf"
    with pytest.raises(ValidationError, match="belum memiliki Pejabat Penilai Kinerja") as exc:
        tulis_evaluasi_pdf(target, lembar(penilai=None), TataHalaman(), None)
    assert PEGAWAI.nama in exc.value.message and PEGAWAI.nip in exc.value.message
    assert not target.exists()
    path, _n = cetak(tmp_path, lembar(penilai=None), draf=True)
    assert "Pejabat Penilai Kinerja" in teks_pdf(path)


def test_spesimen_tanda_tangan(tmp_path: Path) -> None:
    path, _n = cetak(tmp_path, lembar(spesimen_penilai=png()))
    assert PENILAI.nama in teks_pdf(path)
    target = tmp_path / "rusak.pdf"
    with pytest.raises(ValidationError, match="bukan gambar PNG/JPEG"):
        tulis_evaluasi_pdf(target, lembar(spesimen_penilai=b"bukan gambar"), TataHalaman(),
                           None)
    assert not target.exists()


# ---------------------------------------------------------------------------
# Long texts


KOP = Kop(("PEMERINTAH PROVINSI LAMPUNG", "DINAS PENDIDIKAN DAN KEBUDAYAAN"),
          "Jl. Drs. Warsito No. 72, Bandar Lampung")


@pytest.mark.parametrize("kop", [None, KOP])  # the table starting on page 1 or on page 2
def test_rhk_sangat_panjang_berlanjut_ke_halaman_berikut(tmp_path: Path, kop: Kop | None) -> None:
    panjang = "AwalPanjang " + "uraian rencana hasil kerja yang sangat rinci " * 120 + \
        "AkhirPanjang"
    rhk = list(rhk_contoh(2, tambahan=False))
    rhk[1] = dataclasses.replace(rhk[1], uraian=panjang)
    path, n = cetak(tmp_path, lembar(rhk=tuple(rhk)), tata=TataHalaman(kop=kop))
    halaman = teks_halaman(path)
    awal = next(i for i, h in enumerate(halaman) if "AwalPanjang" in h)
    akhir = next(i for i, h in enumerate(halaman) if "AkhirPanjang" in h)
    assert akhir > awal
    # the table header repeats on every continuation page, once per page
    for h in halaman[awal - 1:akhir + 1]:
        baris = [b.strip() for b in h.splitlines()]
        assert baris.count("HASIL KERJA") == 1, h
        assert sum(1 for b in baris if b.startswith("(1)") and b.endswith("(8)")) == 1, h
    # nothing lost: the IKI of the long RHK and everything after it
    mentah = rapat(teks_mentah(path))
    assert urutan(mentah, "AwalPanjang", "AkhirPanjang", "RATING HASIL KERJA*")
    assert "Iki2x0" in mentah and "Iki2x1" in mentah and "Real2x1" in mentah
    assert n >= 4


def test_iki_panjang_dalam_rhk_bergabung_terbelah(tmp_path: Path) -> None:
    rhk = list(rhk_contoh(2, tambahan=False))
    iki = list(rhk[0].iki)
    iki[1] = dataclasses.replace(iki[1], uraian="IkiAwal " + "indikator yang panjang " * 400
                                 + "IkiAkhir")
    rhk[0] = dataclasses.replace(rhk[0], iki=tuple(iki))
    path, _n = cetak(tmp_path, lembar(rhk=tuple(rhk)))
    halaman = teks_halaman(path)
    awal = next(i for i, h in enumerate(halaman) if "IkiAwal" in h)
    akhir = next(i for i, h in enumerate(halaman) if "IkiAkhir" in h)
    assert akhir > awal
    assert urutan(rapat(teks_mentah(path)), "IkiAwal", "IkiAkhir", "Rhk2Uraian")


def test_banyak_rhk_header_berulang(tmp_path: Path) -> None:
    path, n = cetak(tmp_path, lembar(rhk=rhk_contoh(14)))
    halaman = teks_halaman(path)
    assert n >= 3
    dengan_tabel = [h for h in halaman if "Rhk" in h and "Uraian" in h]
    assert len(dengan_tabel) >= 2
    for h in dengan_tabel:
        assert "INDIKATOR KINERJA" in h and "REALISASI BERDASARKAN" in h
    mentah = rapat(teks_mentah(path))
    for i in range(1, 17):
        assert f"Rhk{i}Uraian" in mentah
