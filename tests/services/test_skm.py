"""SKM/IKM per unit and period: raw answers from xlsx or typed NRR, the result, and
attaching it as evidence (issue 4 point 7, DOMAIN §12 and §14)."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from kinerja_desktop.documents.skm_workbook import write_template
from kinerja_desktop.domain.errors import (
    ConflictError,
    PermissionDenied,
    UserError,
    ValidationError,
)
from kinerja_desktop.domain.predikat import PredikatOrganisasi
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skm import (
    UNSUR,
    BobotUnsur,
    MutuPelayanan,
    SumberSkm,
    hitung_nrr_tepat,
    hitung_skm,
)
from kinerja_desktop.services.predikat_organisasi import get_capaian, set_capaian
from kinerja_desktop.services.realisasi import get_evaluasi
from kinerja_desktop.services.skm import (
    ImportRejected,
    boleh_ubah,
    format_desimal,
    get_survei,
    hapus_survei,
    lampirkan_ke_capaian,
    lampirkan_ke_realisasi,
    list_survei,
    simpan_survei_nrr,
    simpan_survei_respons,
)
from kinerja_desktop.services.skp import SkpDetail
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import (
    AuditLog,
    Berkas,
    BuktiDukung,
    Outbox,
    PredikatOrganisasiUnit,
    SurveiSkm,
)
from tests.services.test_skp_service import (  # noqa: F401
    TAHUN,
    Kantor,
    build_kantor,
    kantor,
    tetapkan_rantai,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TW1 = f"{TAHUN}-TW1"
SEKSI = "1.1.1"
HEADERS = ["No", "Responden", *(f"{u.kode} {u.nama}" for u in UNSUR)]


def keadaan(db: Database) -> tuple[object, ...]:
    with db.read() as s:
        counts = tuple(s.scalar(select(func.count()).select_from(m)) or 0
                       for m in (SurveiSkm, Berkas, PredikatOrganisasiUnit, BuktiDukung,
                                 Outbox, AuditLog))
        rows = sorted((str(r.id), r.version, r.deleted_at, tuple(r.nrr))
                      for r in s.scalars(select(SurveiSkm)))
    return counts, tuple(map(str, rows))


def tulis_respons(path: Path, rows: list[list[Any]], *, header: list[str] | None = None,
                  contoh: bool = True) -> Path:
    """A workbook as a user fills it in Excel (openpyxl, not the app's writer)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Respons"
    ws.append(header or HEADERS)
    ws.append(["Petunjuk", "nomor kuesioner", *["isi 1–4"] * 9])
    if contoh:
        ws.append(["Contoh", "K-000", 4, 4, 4, 4, 4, 4, 4, 4, 4])
    for no, answers in enumerate(rows, start=1):
        ws.append([no, f"K-{no:03d}", *answers])
    wb.save(path)
    return path


# ---------------------------------------------------------------------------
# Typed NRR: the fixture vectors


def _cases() -> list[dict[str, Any]]:
    data = json.loads((FIXTURES / "skm.json").read_text(encoding="utf-8"))
    return list(data["cases"])


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["konversi"])
def test_fixture_vectors_from_typed_nrr(kantor: Kantor, case: dict[str, Any]) -> None:  # noqa: F811
    k = kantor
    nrr = [Decimal(str(x)) for x in case["nrr"]]
    dto = simpan_survei_nrr(k.db, k.admin, k.units[SEKSI], TW1, nrr, jumlah_responden=120)
    assert dto.ikm == Decimal(case["ikm"])
    assert dto.konversi == Decimal(case["konversi"])
    assert dto.mutu is MutuPelayanan(case["mutu"])
    assert dto.konversi_teks == case["konversi"].replace(".", ",")
    assert (dto.sumber, dto.jumlah_responden, dto.bobot) == (SumberSkm.NRR, 120, BobotUnsur.TEPAT)
    assert dto.nama_file == "" and dto.berkas_sha256 is None
    # every unsur ties: all nine are the weakest
    assert len(dto.hasil.unsur_terlemah) == 9 and all(u.terlemah for u in dto.unsur)
    assert get_survei(k.db, k.akun("staf"), dto.id) == dto
    with k.db.read() as s:
        row = s.get(SurveiSkm, dto.id)
        assert row is not None
        assert row.nrr == [str(x) for x in nrr]


def test_boundary_vector_and_the_guideline_weight(kantor: Kantor) -> None:  # noqa: F811
    k = kantor
    nrr = [Decimal("3.059")] * 9
    dto = simpan_survei_nrr(k.db, k.admin, k.units[SEKSI], TW1, nrr)
    # 3,059 × 25 = 76,475 → 76,48: just below 76,61 → C
    assert (dto.konversi_teks, dto.mutu, dto.mutu_teks) == (
        "76,48", MutuPelayanan.C, "C (Kurang Baik)")
    assert dto.bobot_label == "bobot 1/9 (tepat)"
    nrr = [Decimal(x) for x in ("3.2", "3.4", "3.1", "3.6", "3.3", "3.5", "3.6", "3.0", "3.0")]
    pedoman = simpan_survei_nrr(k.db, k.admin, k.units[SEKSI], TW1, nrr, layanan="Legalisir",
                                bobot=BobotUnsur.PEDOMAN)
    assert pedoman.bobot_label == "bobot 0,111 (contoh pedoman)"
    # 29,7 × 0,111 = 3,2967 < 29,7 / 9 = 3,3
    assert pedoman.ikm == Decimal("3.2967")
    assert [u.kode for u in pedoman.hasil.unsur_terlemah] == ["U8", "U9"]
    assert pedoman.terlemah_teks == (
        "U8 Penanganan Pengaduan, Saran dan Masukan; U9 Sarana dan Prasarana")
    assert [s.layanan for s in list_survei(k.db, k.admin, unit_id=k.units[SEKSI],
                                           periode_key=TW1)] == ["", "Legalisir"]
    assert list_survei(k.db, k.admin, tahun=TAHUN + 1) == []


@pytest.mark.parametrize(("nrr", "message"), [
    (["3.5"] * 8 + ["4.01"], r"U9 Sarana dan Prasarana harus antara 1,00 dan 4,00, bukan 4.01"),
    (["0.99"] + ["3.5"] * 8, r"U1 Persyaratan harus antara 1,00 dan 4,00, bukan 0.99"),
    (["3.5"] * 8, r"NRR harus diisi untuk 9 unsur pelayanan, bukan 8"),
    (["3.5"] * 8 + ["3.1234567"], r"U9 .*paling banyak 6 angka di belakang koma"),
])
def test_nrr_outside_1_to_4_is_refused(kantor: Kantor, nrr: list[str],  # noqa: F811
                                       message: str) -> None:
    k = kantor
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match=message):
        simpan_survei_nrr(k.db, k.admin, k.units[SEKSI], TW1, [Decimal(x) for x in nrr])
    assert keadaan(k.db) == before


def test_exact_nrr_are_checked_too() -> None:
    with pytest.raises(ValidationError, match=r"U2 .*bukan 4\.5"):
        hitung_nrr_tepat([Fraction(3)] + [Fraction(9, 2)] + [Fraction(3)] * 7)
    with pytest.raises(ValidationError, match="bukan 8"):
        hitung_nrr_tepat([Fraction(3)] * 8)
    assert hitung_nrr_tepat([Fraction(7, 2)] * 9, jumlah_responden=4).jumlah_responden == 4


# ---------------------------------------------------------------------------
# Raw answers from xlsx


def test_import_raw_answers(kantor: Kantor, tmp_path: Path) -> None:  # noqa: F811
    k = kantor
    rows: list[list[Any]] = [
        [4, 3, 3, 4, 3, 4, 4, 3, 2],
        [3, 3, 2, 4, 3, 4, 4, None, 3],  # U8 not answered: NRR U8 divides by 2
        [4, 4, 3, 4, 4, 3, 4, 3, 3],
    ]
    path = tulis_respons(tmp_path / "respons tw1.xlsx", rows)
    steps: list[tuple[int, int]] = []
    dto = simpan_survei_respons(k.db, k.akun("kasi"), k.units[SEKSI], TW1, path,
                                layanan="  Layanan   Kurikulum ",
                                progress=lambda d, t, _x: steps.append((d, t)))
    assert steps[0] == (0, 3) and steps[-1] == (3, 3)
    assert (dto.sumber, dto.jumlah_responden, dto.layanan, dto.nama_file) == (
        SumberSkm.RESPONS, 3, "Layanan Kurikulum", "respons tw1.xlsx")
    expected = hitung_skm(rows)
    assert dto.hasil == expected
    assert [u.nrr for u in dto.unsur][:3] == [Decimal(11) / 3, Decimal(10) / 3, Decimal(8) / 3]
    assert dto.unsur[7].nrr == Decimal(3)  # (3 + 3) / 2
    assert [u.kode for u in dto.hasil.unsur_terlemah] == ["U3", "U9"]  # 8/3 each
    assert dto.ikm_teks == format_desimal(expected.ikm)
    with k.db.read() as s:
        berkas = s.get(Berkas, dto.berkas_sha256)
        assert berkas is not None and bytes(berkas.data) == path.read_bytes()
        entities = s.scalars(select(Outbox.entity).where(Outbox.entity_id == dto.id)).all()
    assert entities == ["survei_skm"]


def test_stored_means_give_back_the_exact_result(kantor: Kantor, tmp_path: Path) -> None:  # noqa: F811
    """48 respondents: most means (161/48, …) have no finite decimal, and the exact konversi
    lies on a half-cent (84,375 → 84,38). The stored text must give back the fractions and so
    the same result as the raw answers."""
    k = kantor
    sums = [161, 163, 161, 163, 161, 163, 161, 163, 162]
    rows: list[list[Any]] = [[4 if r < s - 144 else 3 for s in sums] for r in range(48)]
    exact = hitung_skm(rows)
    assert exact.konversi == Decimal("84.38")
    path = tulis_respons(tmp_path / "r.xlsx", rows)
    dto = simpan_survei_respons(k.db, k.admin, k.units[SEKSI], TW1, path)
    assert dto.hasil == exact
    assert get_survei(k.db, k.admin, dto.id).hasil == exact
    with k.db.read() as s:
        row = s.get(SurveiSkm, dto.id)
        assert row is not None
        assert [Fraction(Decimal(t)).limit_denominator(48) for t in row.nrr] == [
            Fraction(s, 48) for s in sums]


def test_the_template_round_trip(kantor: Kantor, tmp_path: Path) -> None:  # noqa: F811
    k = kantor
    path = write_template(tmp_path / "templat_skm.xlsx", unit="Seksi Kurikulum",
                          periode="TRIWULAN I 2025")
    wb = load_workbook(path)
    ws = wb["Respons"]
    assert [c.value for c in ws[1]] == HEADERS
    assert ws["A3"].value == "Contoh"
    validations = ws.data_validations.dataValidation
    assert [(v.type, v.formula1, v.formula2, str(v.sqref)) for v in validations] == [
        ("whole", "1", "4", "C3:K5000")]
    petunjuk = [c.value for c in wb["Petunjuk"]["A"] if c.value]
    assert "Unit kerja: Seksi Kurikulum" in petunjuk
    assert any("U3 = Waktu Penyelesaian" in line for line in petunjuk)
    ws.append([1, "K-001", 4, 4, 3, 3, 4, 4, 3, 3, 4])
    ws.append([2, None, 3, 3, 3, 3, 3, 3, 3, 3, 3])
    wb.save(path)
    dto = simpan_survei_respons(k.db, k.admin, k.units[SEKSI], TW1, path)
    assert dto.jumlah_responden == 2  # the example row is not a respondent
    assert dto.unsur[0].nrr == Decimal("3.5")


def test_answers_outside_1_to_4_name_row_and_column(kantor: Kantor, tmp_path: Path) -> None:  # noqa: F811
    k = kantor
    rows: list[list[Any]] = [
        [4, 3, 3, 4, 3, 4, 4, 3, 3],
        [4, 3, 5, 4, 3, 4, 4, 3, 3],  # row 5 (after header, help, example, row 4)
        [4, 3, 3, 0, 3.5, "baik", 4, 3, 3],
        [None] * 9,
    ]
    path = tulis_respons(tmp_path / "salah.xlsx", rows)
    # the last row only has "Responden" filled: a respondent who answered nothing
    before = keadaan(k.db)
    with pytest.raises(ImportRejected) as info:
        simpan_survei_respons(k.db, k.admin, k.units[SEKSI], TW1, path)
    assert [str(e) for e in info.value.errors] == [
        "Baris 5, kolom U3 (Waktu Penyelesaian): nilai 5 di luar 1–4.",
        "Baris 6, kolom U4 (Biaya/Tarif): nilai 0 di luar 1–4.",
        "Baris 6, kolom U5 (Produk Spesifikasi Jenis Pelayanan): nilai 3,5 bukan bilangan "
        "bulat; isi 1, 2, 3, atau 4.",
        "Baris 6, kolom U6 (Kompetensi Pelaksana): nilai 'baik' bukan angka; isi 1, 2, 3, "
        "atau 4.",
        "Baris 7: responden belum menjawab satu unsur pun; isi jawaban 1–4 atau hapus baris "
        "ini.",
    ]
    assert str(info.value).startswith(
        "Impor salah.xlsx dibatalkan: 5 kesalahan. Tidak ada data yang diubah.")
    assert keadaan(k.db) == before


def test_unsur_nobody_answered_and_bad_files(kantor: Kantor, tmp_path: Path) -> None:  # noqa: F811
    k = kantor
    before = keadaan(k.db)
    path = tulis_respons(tmp_path / "kosong.xlsx", [[4, 3, 3, 4, 3, 4, 4, None, 3]])
    with pytest.raises(ValidationError, match="Belum ada responden yang menjawab unsur: U8"):
        simpan_survei_respons(k.db, k.admin, k.units[SEKSI], TW1, path)
    bad = tmp_path / "bukan.xlsx"
    bad.write_text("NIP;Nama\n", encoding="utf-8")
    with pytest.raises(UserError, match="file teks"):
        simpan_survei_respons(k.db, k.admin, k.units[SEKSI], TW1, bad)
    lain = tulis_respons(tmp_path / "lain.xlsx", [[4] * 9],
                         header=["No", "Responden", *(u.nama for u in UNSUR[:8]), "Lainnya"])
    with pytest.raises(UserError, match="judul kolom"):
        simpan_survei_respons(k.db, k.admin, k.units[SEKSI], TW1, lain)
    assert keadaan(k.db) == before


def test_same_unit_period_and_layanan_needs_ganti(kantor: Kantor, tmp_path: Path) -> None:  # noqa: F811
    k = kantor
    first = simpan_survei_nrr(k.db, k.admin, k.units[SEKSI], TW1, [Decimal("3.5")] * 9)
    before = keadaan(k.db)
    with pytest.raises(ConflictError, match="sudah ada"):
        simpan_survei_nrr(k.db, k.admin, k.units[SEKSI], TW1, [Decimal("3.6")] * 9)
    assert keadaan(k.db) == before
    path = tulis_respons(tmp_path / "r.xlsx", [[4] * 9])
    again = simpan_survei_respons(k.db, k.admin, k.units[SEKSI], TW1, path, ganti=True)
    assert (again.id, again.version, again.sumber, again.konversi_teks) == (
        first.id, 2, SumberSkm.RESPONS, "100,00")
    hapus_survei(k.db, k.admin, again.id)
    assert list_survei(k.db, k.admin, unit_id=k.units[SEKSI]) == []
    revived = simpan_survei_nrr(k.db, k.admin, k.units[SEKSI], TW1, [Decimal("3.5")] * 9)
    assert (revived.id, revived.version, revived.berkas_sha256) == (first.id, 4, None)


# ---------------------------------------------------------------------------
# Permissions


def test_a_pegawai_account_may_not_write(kantor: Kantor, tmp_path: Path) -> None:  # noqa: F811
    k = kantor
    staf = k.akun("staf")
    seksi = k.units[SEKSI]
    dto = simpan_survei_nrr(k.db, k.admin, seksi, TW1, [Decimal("3.5")] * 9)
    path = tulis_respons(tmp_path / "r.xlsx", [[4] * 9])
    before = keadaan(k.db)
    assert not boleh_ubah(k.db, staf, seksi)
    with pytest.raises(PermissionDenied, match="hanya admin, operator, atau kepala unit"):
        simpan_survei_respons(k.db, staf, seksi, f"{TAHUN}-TW2", path)
    with pytest.raises(PermissionDenied):
        simpan_survei_nrr(k.db, staf, seksi, f"{TAHUN}-TW2", [Decimal("3.5")] * 9)
    with pytest.raises(PermissionDenied):
        hapus_survei(k.db, staf, dto.id)
    # the head of the unit writes for his unit only; the province operator anywhere
    kasi = k.akun("kasi", Role.PENILAI)
    assert boleh_ubah(k.db, kasi, seksi) and not boleh_ubah(k.db, kasi, k.units["1.2"])
    with pytest.raises(PermissionDenied):
        simpan_survei_nrr(k.db, kasi, k.units["1.2"], TW1, [Decimal("3.5")] * 9)
    assert keadaan(k.db) == before
    operator = k.akun("staf2", Role.OPERATOR)
    assert simpan_survei_nrr(k.db, operator, k.units["1.2"], TW1,
                             [Decimal("3")] * 9).konversi_teks == "75,00"
    assert get_survei(k.db, staf, dto.id).id == dto.id  # reading is open


# ---------------------------------------------------------------------------
# Evidence


def test_attach_to_the_capaian_kinerja_organisasi(kantor: Kantor) -> None:  # noqa: F811
    k = kantor
    seksi = k.units[SEKSI]
    kabid = k.akun("kabid", Role.PENILAI)
    dto = simpan_survei_nrr(k.db, k.akun("kasi"), seksi, TW1, [Decimal("3.5")] * 9)
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match=r"belum ditetapkan\. Tetapkan capaiannya dulu"):
        lampirkan_ke_capaian(k.db, kabid, dto.id)
    assert keadaan(k.db) == before
    cap = set_capaian(k.db, kabid, seksi, TW1, PredikatOrganisasi.BAIK)
    assert cap.survei_skm_id is None
    with pytest.raises(PermissionDenied):  # the unit's head does not judge his own unit
        lampirkan_ke_capaian(k.db, k.akun("kasi"), dto.id)
    linked = lampirkan_ke_capaian(k.db, kabid, dto.id)
    assert (linked.id, linked.survei_skm_id, linked.version) == (cap.id, dto.id, 2)
    assert get_survei(k.db, kabid, dto.id).bukti_capaian
    # linking again changes nothing; setting the predikat keeps the link
    assert lampirkan_ke_capaian(k.db, kabid, dto.id).version == 2
    again = set_capaian(k.db, kabid, seksi, TW1, PredikatOrganisasi.ISTIMEWA)
    assert again.survei_skm_id == dto.id
    # deleting the survey drops the link, not the capaian
    hapus_survei(k.db, k.admin, dto.id)
    after = get_capaian(k.db, kabid, seksi, TW1)
    assert after is not None
    assert (after.predikat, after.survei_skm_id) == (PredikatOrganisasi.ISTIMEWA, None)


def test_attach_to_an_iki_realisasi(site_db: Database, tmp_path: Path) -> None:
    from kinerja_desktop.services.auth import login
    from tests.conftest import ADMIN_PASSWORD

    k = build_kantor(site_db, login(site_db, "admin", ADMIN_PASSWORD))
    skp: dict[str, SkpDetail] = tetapkan_rantai(k)
    kasi = k.akun("kasi")
    ev = get_evaluasi(k.db, kasi, skp["kasi"].id, TW1)
    iki = ev.realisasi[0]
    path = tulis_respons(tmp_path / "r.xlsx", [[4, 3, 4, 3, 4, 3, 4, 3, 4], [3, 4, 3, 4, 3, 4,
                                                                          3, 4, 3]])
    dto = simpan_survei_respons(k.db, kasi, k.units[SEKSI], TW1, path)
    # another pegawai cannot put it on Budi's SKP (realisasi's own rule)
    before = keadaan(k.db)
    with pytest.raises(PermissionDenied):
        lampirkan_ke_realisasi(k.db, k.akun("staf"), dto.id, ev.id, iki.iki_id)
    assert keadaan(k.db) == before
    ev2 = lampirkan_ke_realisasi(k.db, kasi, dto.id, ev.id, iki.iki_id,
                                 expected_version=ev.version)
    bukti = ev2.realisasi[0].bukti
    assert len(bukti) == 1
    assert bukti[0].nama_file == f"SKM_1_1_1_{TW1}.xlsx"
    assert bukti[0].keterangan == (
        "SKM Seksi Kurikulum TRIWULAN I 2025: IKM 3,50 · konversi 87,50 · mutu B (Baik)")
    with k.db.read() as s:
        berkas = s.get(Berkas, bukti[0].sha256)
        assert berkas is not None
        assert berkas.mime == (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        data = bytes(berkas.data)
    ws = load_workbook(io.BytesIO(data))["Ringkasan SKM"]
    values = {r[0]: r[2] for r in ws.iter_rows(values_only=True) if r and r[0]}
    assert values["IKM"] == Decimal("3.50") or float(values["IKM"]) == 3.5
    assert values["Mutu pelayanan"] == "B (Baik)"
    assert values["Jumlah responden"] == 2
