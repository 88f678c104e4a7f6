"""The SKP workbook on real files: the printed layout, reading it back, hand-filled files.

No database here: what the file alone can tell (layout, merges, numbers, labels).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from kinerja_desktop.documents.skp_workbook import (
    COLUMNS,
    Orang,
    SkpSheet,
    read_skp_workbook,
    write_skp_workbook,
)
from kinerja_desktop.documents.xlsx_reader import (
    Column,
    MergedRange,
    SheetSpec,
    WorkbookError,
    read_sheets,
)
from kinerja_desktop.domain.skp import (
    Aspek,
    FormFamily,
    Iki,
    IsiSKP,
    JenisRHK,
    Lampiran,
    Pendekatan,
    Perspektif,
    Rhk,
    comparable,
)

NIP = "199001012015052001"
PENILAI_NIP = "198001012005011002"


def ja_jf() -> IsiSKP:
    return IsiSKP(
        rhk=[
            Rhk("Tersusunnya draf kurikulum", iki=[
                Iki("Jumlah draf", Aspek.KUANTITAS, Decimal("2.5"), "draf"),
                Iki("Draf diterima", Aspek.KUALITAS, None, "", "80–90 %"),
                Iki("Draf selesai", Aspek.WAKTU, Decimal(6), "bulan"),
            ]),
            Rhk("Terlaksananya pendampingan", iki=[
                Iki("Sekolah didampingi", Aspek.KUANTITAS, Decimal(1500), "sekolah"),
            ]),
            Rhk("Terlaksananya piket", JenisRHK.TAMBAHAN, iki=[
                Iki("Hari piket", Aspek.KUANTITAS, Decimal("0.75"), "hari/minggu"),
            ]),
        ],
        ekspektasi={1: "Cepat tanggap", 7: "Melibatkan\nkomite sekolah"},
        lampiran=Lampiran(["Laptop", "Akses Dapodik"], ["Laporan bulanan"], ["Teguran"]),
    )


def sheet(isi: IsiSKP, intervensi: list[str] | None = None, **kw: Any) -> SkpSheet:
    n = len(isi.rhk)
    return SkpSheet(
        tahun=2026, periode_mulai=dt.date(2026, 1, 1), periode_selesai=dt.date(2026, 12, 31),
        instansi="Dinas Pendidikan Kabupaten Contoh",
        pegawai=Orang("Siti Aminah, S.Kom.", "19900101 201505 2 001", "Penata Muda Tk. I, III/b",
                      "Pranata Komputer", "Seksi Kurikulum"),
        penilai=Orang("Rina Marlina", "19800101 200501 1 002", "Pembina, IV/a",
                      "Kepala Bidang Pembinaan", "Bidang Pembinaan"),
        isi=isi, intervensi=intervensi if intervensi is not None else [
            f"RHK pimpinan {i}" for i in range(1, n + 1)],
        **kw,
    )


def test_layout_looks_like_the_printed_skp(tmp_path: Path) -> None:
    path = write_skp_workbook(tmp_path / "skp.xlsx", sheet(ja_jf(), tempat="Kalianda",
                                                          tanggal=dt.date(2026, 1, 5)))
    wb = load_workbook(path)
    assert wb.sheetnames == ["SKP", "LAMPIRAN", "_kinerja"]
    assert wb["_kinerja"].sheet_state == "hidden"
    ws = wb["SKP"]
    assert [ws[f"A{r}"].value for r in (1, 2, 3)] == [
        "SASARAN KINERJA PEGAWAI", "PENDEKATAN HASIL KERJA KUANTITATIF",
        "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL"]
    assert ws["A5"].value == "DINAS PENDIDIKAN KABUPATEN CONTOH"
    assert ws["D5"].value == "PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2026"
    assert [ws.cell(7, c).value for c in (1, 2, 4, 5)] == [
        "NO", "PEGAWAI YANG DINILAI", "NO", "PEJABAT PENILAI KINERJA"]
    assert [ws[f"B{r}"].value for r in range(8, 13)] == [
        "NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", "UNIT KERJA"]
    # NIPs are text, so Excel keeps all 18 digits.
    assert ws["C9"].value == "19900101 201505 2 001" and ws["C9"].number_format == "@"
    assert ws["F9"].value == "19800101 200501 1 002" and ws["F9"].number_format == "@"
    assert [ws.cell(15, c).value for c in range(1, 7)] == [c.header for c in COLUMNS[:6]]
    assert [ws.cell(16, c).value for c in range(1, 7)] == [f"({i})" for i in range(1, 7)]
    assert ws["A17"].value == "A. UTAMA" and ws["A22"].value == "B. TAMBAHAN"
    merged = {str(r) for r in ws.merged_cells.ranges}
    # One RHK over its three IKI rows: NO, RHK pimpinan and RHK merged down; IKI cells not.
    assert {"A18:A20", "B18:B20", "C18:C20", "A17:F17", "A22:F22"} <= merged
    assert not any(r.startswith(("D18", "E18", "F18")) for r in merged)
    assert [ws[f"F{r}"].value for r in (18, 19, 20, 21, 23)] == [
        "2,5 draf", "80–90 %", "6 bulan", "1500 sekolah", "0,75 hari/minggu"]
    assert ws["A25"].value == "PERILAKU KERJA"
    assert ws["B26"].value.startswith("Berorientasi Pelayanan\n- Memahami dan memenuhi")
    assert ws["E26"].value == "Ekspektasi Khusus Pimpinan:\nCepat tanggap"
    assert ws["E27"].value == "Ekspektasi Khusus Pimpinan:"
    assert "B26:D26" in merged and "E26:F26" in merged
    assert ws["E34"].value == "Kalianda, 5 Januari 2026"
    assert ws["B35"].value == "Pegawai yang Dinilai"
    assert ws["E35"].value == "Pejabat Penilai Kinerja"
    # Light-blue headers with borders; landscape A4, fit to width, print area, titles.
    for cell in ("A7", "B15", "F15", "C16"):
        assert ws[cell].fill.fgColor.rgb == "00DDEBF7" and ws[cell].font.bold
        assert ws[cell].border.left.style == "thin"
    assert ws["E19"].border.bottom.style == "thin"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    assert ws.print_title_rows == "$15:$16"
    assert ws.print_area == f"'SKP'!$A$1:$F${ws.max_row}"
    ls = wb["LAMPIRAN"]
    assert ls["A1"].value == "LAMPIRAN SASARAN KINERJA PEGAWAI"
    assert [(ls[f"A{r}"].value, ls[f"B{r}"].value) for r in range(7, 16)] == [
        ("DUKUNGAN SUMBER DAYA", None), (1, "Laptop"), (2, "Akses Dapodik"), (None, None),
        ("SKEMA PERTANGGUNGJAWABAN", None), (1, "Laporan bulanan"), (None, None),
        ("KONSEKUENSI", None), (1, "Teguran")]


@pytest.mark.parametrize("pendekatan", list(Pendekatan))
def test_reads_back_what_it_wrote(tmp_path: Path, pendekatan: Pendekatan) -> None:
    isi = ja_jf()
    isi.pendekatan = pendekatan
    if pendekatan is Pendekatan.KUALITATIF:
        # A text that reads like a number keeps being a text (the hidden sheet says so).
        isi.rhk[0].iki[1].target_teks = "100 % dokumen lengkap"
    path = write_skp_workbook(tmp_path / "skp.xlsx", sheet(isi))
    read = read_skp_workbook(path)
    assert read.errors == [] and read.warnings == []
    assert (read.nip, read.penilai_nip, read.tahun) == (NIP, PENILAI_NIP, 2026)
    assert (read.periode_mulai, read.periode_selesai) == (dt.date(2026, 1, 1),
                                                         dt.date(2026, 12, 31))
    assert comparable(read.isi) == comparable(isi)
    assert [(r.pimpinan, r.row, r.pimpinan_col) for r in read.rhk] == [
        ("RHK pimpinan 1", 18, "B"), ("RHK pimpinan 2", 21, "B"), ("RHK pimpinan 3", 23, "B")]


def test_jpt_has_a_perspektif_column(tmp_path: Path) -> None:
    isi = IsiSKP(form_family=FormFamily.JPT, rhk=[Rhk("Meningkatnya mutu layanan", iki=[
        Iki("Indeks kepuasan", None, Decimal("85.5"), "indeks",
            perspektif=Perspektif.PENERIMA_LAYANAN),
        Iki("Opini BPK", None, None, "", "WTP", perspektif=Perspektif.ANGGARAN),
    ])])
    path = write_skp_workbook(tmp_path / "jpt.xlsx", sheet(isi))
    ws = load_workbook(path)["SKP"]
    assert ws["A3"].value == "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
    assert ws["G15"].value == "PERSPEKTIF" and ws["G16"].value == "(7)"
    assert [ws["G18"].value, ws["G19"].value] == ["Penerima Layanan", "Anggaran"]
    read = read_skp_workbook(path)
    assert read.errors == []
    assert comparable(read.isi) == comparable(isi)  # "WTP" in a kuantitatif JPT: a hint


def hand_filled(path: Path, rows: list[list[Any]], *, head: list[list[Any]] | None = None,
                after: list[list[Any]] | None = None, merges: tuple[str, ...] = ()) -> Path:
    """A workbook an office made itself: no hidden sheet, no LAMPIRAN, no numbering row."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Rencana SKP"
    for row in head if head is not None else [
        ["SASARAN KINERJA PEGAWAI"],
        ["PENDEKATAN HASIL KERJA KUANTITATIF"],
        [],
        ["", "", "", "PERIODE PENILAIAN:", "01 JULI SD 31 DESEMBER 2026"],
        ["NO", "PEGAWAI YANG DINILAI", "", "NO", "PEJABAT PENILAI KINERJA"],
        [1, "NAMA", "Siti Aminah", 1, "NAMA", "Rina"],
        [2, "NIP", NIP, 2, "NIP", PENILAI_NIP],
        [],
    ]:
        ws.append(row)
    ws.append(["NO", "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI", "RENCANA HASIL KERJA",
               "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET"])
    for row in rows:
        ws.append(row)
    for row in after or []:
        ws.append(row)
    for ref in merges:
        ws.merge_cells(ref)
    wb.save(path)
    return path


def test_hand_filled_workbook_without_merges(tmp_path: Path) -> None:
    path = hand_filled(tmp_path / "manual.xlsx", [
        ["A. KINERJA UTAMA"],
        [1, "Pimpinan satu", "Laporan tersusun", "kuantitas", "Jumlah laporan", "12 laporan"],
        [1, "Pimpinan satu", "Laporan tersusun", "Waktu", "Tepat waktu", 12],
        ["", "", "", "KUALITAS", "Tanpa revisi", "1.500 halaman"],
        [2, "Pimpinan dua", "Rapat terlaksana", "Kuantitas", "Jumlah rapat", "4,5 kali"],
        ["B. KINERJA TAMBAHAN"],
        ["", "Pimpinan dua", "Piket", "Kuantitas", "Hari", "2 hari"],
    ], after=[[], ["PERILAKU KERJA"], [1, "Berorientasi Pelayanan", "", "", "Ramah"],
              ["3.", "Kompeten", "", "", "Ekspektasi khusus pimpinan : Belajar"]])
    read = read_skp_workbook(path)
    assert read.errors == []
    assert (read.tahun, read.periode_mulai) == (2026, dt.date(2026, 7, 1))
    assert read.isi.pendekatan is Pendekatan.KUANTITATIF
    assert read.isi.form_family is FormFamily.JA_JF
    got = [(r.rhk.jenis, r.rhk.uraian, r.pimpinan,
            [(i.aspek, i.uraian, i.target_nilai, i.target_satuan) for i in r.rhk.iki])
           for r in read.rhk]
    assert got == [
        (JenisRHK.UTAMA, "Laporan tersusun", "Pimpinan satu", [
            (Aspek.KUANTITAS, "Jumlah laporan", Decimal(12), "laporan"),
            (Aspek.WAKTU, "Tepat waktu", Decimal(12), ""),
            (Aspek.KUALITAS, "Tanpa revisi", Decimal(1500), "halaman")]),
        (JenisRHK.UTAMA, "Rapat terlaksana", "Pimpinan dua", [
            (Aspek.KUANTITAS, "Jumlah rapat", Decimal("4.5"), "kali")]),
        (JenisRHK.TAMBAHAN, "Piket", "Pimpinan dua", [
            (Aspek.KUANTITAS, "Hari", Decimal(2), "hari")]),
    ]
    assert read.isi.ekspektasi == {1: "Ramah", 3: "Belajar"}
    assert any("LAMPIRAN tidak ada" in w for w in read.warnings)
    assert any("BAGI PEJABAT" in w for w in read.warnings)


def test_nip_typed_as_a_number_is_refused(tmp_path: Path) -> None:
    path = hand_filled(tmp_path / "nip.xlsx", [[1, "P", "R", "Kuantitas", "I", "1 dok"]], head=[
        ["PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2026"],
        ["NO", "PEGAWAI YANG DINILAI", "", "NO", "PEJABAT PENILAI KINERJA"],
        [2, "NIP", 1.99001012015052e17],
    ])
    read = read_skp_workbook(path)
    [err] = read.errors
    assert (err.row, err.column, err.header) == (3, "C", "NIP")
    assert "sebagai teks" in err.message


@pytest.mark.parametrize("line, cell, words", [
    (["PENDEKATAN HASIL KERJA KUANTITATIF|KUALITATIF"], "A", "salah satu"),
    (["BAGI PEJABAT STRUKTURAL"], "A", "BAGI PEJABAT ADMINISTRASI"),
    (["PERIODE PENILAIAN: tahun depan"], "A", "tidak terbaca"),
], ids=["pendekatan", "bagi", "periode"])
def test_unreadable_header_lines(tmp_path: Path, line: list[Any], cell: str,
                                 words: str) -> None:
    path = hand_filled(tmp_path / "head.xlsx", [[1, "P", "R", "Kuantitas", "I", "1 dok"]], head=[
        line,
        ["NO", "PEGAWAI YANG DINILAI", "", "NO", "PEJABAT PENILAI KINERJA"],
        [2, "NIP", NIP],
    ])
    read = read_skp_workbook(path)
    [err] = read.errors
    assert (err.row, err.column) == (1, cell) and words in err.message


@pytest.mark.parametrize("rows, cell, words", [
    ([[1, "P", "R", "Kecepatan", "I", "1 dok"]], "D", "ASPEK 'Kecepatan' tidak dikenal"),
    ([[1, "P", "R", "Kuantitas", "", "1 dok"]], "E", "INDIKATOR KINERJA INDIVIDU wajib"),
    ([["", "", "", "Kuantitas", "I", "1 dok"]], "C", "tidak berada di bawah rencana"),
    ([[1, "P", "", "Kuantitas", "I", "1 dok"]], "C", "RENCANA HASIL KERJA wajib"),
    ([[1, "P", "R", "Kuantitas", "I", "dua belas"]], "F", "harus memuat angka"),
    ([[1, "P", "R", "Kuantitas", "I", "1 dok"], [1, "Q", "R", "Waktu", "J", "2 bulan"]],
     "B", "hanya mengintervensi satu RHK pimpinan"),
], ids=["aspek", "iki", "orphan", "rhk", "target", "two-leaders"])
def test_cell_errors_name_row_and_column(tmp_path: Path, rows: list[list[Any]], cell: str,
                                         words: str) -> None:
    read = read_skp_workbook(hand_filled(tmp_path / "bad.xlsx", rows))
    [err] = read.errors
    assert (err.row, err.column) == (9 + len(rows), cell), err
    assert words in err.message


def test_merge_across_two_perilaku_rows_is_refused(tmp_path: Path) -> None:
    path = hand_filled(tmp_path / "perilaku.xlsx", [[1, "P", "R", "Kuantitas", "I", "1 dok"]],
                       after=[["PERILAKU KERJA"], [1, "Berorientasi", "", "", "Ramah"],
                              [2, "Akuntabel", "", "", ""]], merges=("E12:F13",))
    [err] = read_skp_workbook(path).errors
    assert (err.row, err.column) == (12, "E")
    assert "E12:F13" in err.message and "baris perilaku kerja 12, 13" in err.message


def test_rhk_merge_into_the_section_row_is_refused(tmp_path: Path) -> None:
    path = hand_filled(tmp_path / "section.xlsx", [
        [1, "P", "R", "Kuantitas", "I", "1 dok"], ["B. TAMBAHAN"],
        [1, "P", "T", "Kuantitas", "J", "1 dok"]], merges=("C10:C11",))
    [err] = read_skp_workbook(path).errors
    assert (err.row, err.column) == (10, "C") and "baris bagian 11" in err.message


def test_not_an_skp_workbook(tmp_path: Path) -> None:
    wb = Workbook()
    assert wb.active is not None
    wb.active.append(["No", "NIP", "Nama"])
    wb.active.append([1, NIP, "Siti"])
    wb.save(tmp_path / "pegawai.xlsx")
    with pytest.raises(WorkbookError, match="tidak ditemukan di 40 baris pertama"):
        read_skp_workbook(tmp_path / "pegawai.xlsx")
    path = hand_filled(tmp_path / "no-ident.xlsx", [[1, "P", "R", "Kuantitas", "I", "1"]],
                       head=[["SASARAN KINERJA PEGAWAI"]])
    with pytest.raises(WorkbookError, match="tabel identitas tidak ditemukan"):
        read_skp_workbook(path)


# -- the reader extensions the SKP sheet uses ------------------------------------------------


def test_reader_finds_the_header_below_a_block_and_stops_at_a_marker(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in (["Judul laporan"], [], ["Kode", "Nama Barang", "Jumlah"], ["(1)", "(2)", "(3)"],
                ["A1", "Pena", 1], ["B2", "Buku", 2], ["CATATAN:"], ["A1", "bukan data"]):
        ws.append(row)
    ws.merge_cells("A1:B1")
    ws.merge_cells("A8:B8")
    wb.save(tmp_path / "blok.xlsx")
    cols = (Column("kode", "Kode"), Column("nama", "Barang", aliases=("Nama Barang",)),
            Column("jumlah", "Jumlah"))
    read, raw = read_sheets(tmp_path / "blok.xlsx", [
        SheetSpec(cols, header_search=5, end_markers=("Catatan",), keep_raw=True, merged=True,
                  numbered_columns=True),
        SheetSpec((), raw=True, merged=True),
    ])
    assert read is not None and raw is not None
    assert read.header_row == 3 and read.end_row == 7
    assert [(r.row_number, r.values) for r in read.rows] == [
        (5, {"kode": "A1", "nama": "Pena", "jumlah": "1"}),
        (6, {"kode": "B2", "nama": "Buku", "jumlah": "2"})]
    assert [n for n, _v in read.raw_rows] == [1, 7, 8]
    assert read.merged == [MergedRange(1, 1, 1, 2), MergedRange(8, 1, 8, 2)]
    assert read.merged[0].ref == "A1:B1" and read.merged[1].contains(8, 2)
    assert [n for n, _v in raw.raw_rows] == [1, 3, 4, 5, 6, 7, 8] and raw.header_row == 0


def test_headers_with_their_numbers_are_accepted(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in (["PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2026"],
                ["NO", "PEGAWAI YANG DINILAI", "", "NO", "PEJABAT PENILAI KINERJA"],
                [2, "NIP", NIP],
                ["NO (1)", "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI (2)*",
                 "RENCANA HASIL KERJA (3)", "ASPEK (4)", "INDIKATOR KINERJA INDIVIDU (5)",
                 "TARGET (6)"],
                [1, 2, 3, 4, 5, 6],
                [1, "P", "R", "Kuantitas", "I", "3 dokumen"]):
        ws.append(row)
    wb.save(tmp_path / "nomor.xlsx")
    read = read_skp_workbook(tmp_path / "nomor.xlsx")
    assert read.errors == []
    assert [(r.rhk.uraian, r.rhk.iki[0].target_nilai) for r in read.rhk] == [("R", Decimal(3))]
