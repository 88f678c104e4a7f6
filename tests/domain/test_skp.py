"""SKP content, completeness, workflow state machine and numbers (DOMAIN §4–§6)."""

from __future__ import annotations

import dataclasses
import uuid
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.skp import (
    AksiSKP,
    Aspek,
    FormFamily,
    Iki,
    IsiSKP,
    JenisRHK,
    Lampiran,
    Pendekatan,
    Perspektif,
    Rhk,
    StatusSKP,
    comparable,
    copy_isi,
    default_form_family,
    enum_by_label,
    format_angka,
    kelengkapan,
    next_status,
    parse_angka,
    periode_tahun,
    require_editable,
    rhk_label,
    split_target,
)

LEADER_RHK = uuid.UUID(int=99)


def iki(**kw: Any) -> Iki:
    return dataclasses.replace(
        Iki("Jumlah laporan", Aspek.KUANTITAS, Decimal(12), "laporan"), **kw)


def rhk(uraian: str = "Tersusunnya laporan", jenis: JenisRHK = JenisRHK.UTAMA,
        iki_list: list[Iki] | None = None, **kw: Any) -> Rhk:
    kw.setdefault("intervensi_rhk_id", LEADER_RHK)
    return Rhk(uraian, jenis, [iki()] if iki_list is None else iki_list, **kw)


def complete() -> IsiSKP:
    return IsiSKP(rhk=[rhk()], ekspektasi={1: "Ramah"},
                  lampiran=Lampiran(["Anggaran"], ["Laporan bulanan"], ["Teguran"]))


def messages(isi: IsiSKP, ada_penilai: bool = True) -> list[str]:
    return [k.pesan for k in kelengkapan(isi, ada_penilai=ada_penilai)]


# ---------------------------------------------------------------------------
# kelengkapan


def test_complete_skp_has_nothing_missing() -> None:
    assert kelengkapan(complete(), ada_penilai=True) == []


def test_empty_skp_without_penilai_lists_both() -> None:
    assert messages(IsiSKP(), ada_penilai=False) == [
        "Pejabat penilai kinerja belum ditentukan.",
        "Belum ada Rencana Hasil Kerja utama.",
    ]


def test_only_tambahan_is_not_enough() -> None:
    isi = IsiSKP(rhk=[rhk(jenis=JenisRHK.TAMBAHAN)])
    assert messages(isi) == ["Belum ada Rencana Hasil Kerja utama."]


def test_rhk_without_iki_and_without_intervensi_and_uraian() -> None:
    isi = IsiSKP(rhk=[rhk(), rhk(" ", iki_list=[], intervensi_rhk_id=None)])
    found = kelengkapan(isi, ada_penilai=True)
    assert [(k.pesan, k.rhk_index, k.iki_index) for k in found] == [
        ("RHK utama 2: uraian rencana hasil kerja masih kosong.", 1, None),
        ("RHK utama 2: pilih rencana hasil kerja pimpinan (atau sasaran unit) yang "
         "diintervensi.", 1, None),
        ("RHK utama 2: belum ada indikator kinerja individu (IKI).", 1, None),
    ]


@pytest.mark.parametrize("intervensi", [
    {"intervensi_rhk_id": LEADER_RHK},
    {"intervensi_rhk_id": None, "intervensi_sasaran_id": uuid.uuid4()},
    {"intervensi_rhk_id": None, "intervensi_teks": "RHK Sekda: meningkatnya mutu"},
])
def test_any_kind_of_intervensi_counts(intervensi: dict[str, object]) -> None:
    assert messages(IsiSKP(rhk=[rhk(**intervensi)])) == []


def test_blank_intervensi_text_does_not_count() -> None:
    isi = IsiSKP(rhk=[rhk(intervensi_rhk_id=None, intervensi_teks="   ")])
    assert messages(isi) == ["RHK utama 1: pilih rencana hasil kerja pimpinan (atau sasaran "
                             "unit) yang diintervensi."]


def test_missing_aspek_only_for_ja_jf_kuantitatif() -> None:
    no_aspek = [iki(aspek=None)]
    ja = IsiSKP(rhk=[rhk(iki_list=no_aspek)])
    found = kelengkapan(ja, ada_penilai=True)
    assert [(k.pesan, k.rhk_index, k.iki_index) for k in found] == [
        ("RHK utama 1, IKI 1: pilih aspek (kuantitas, kualitas, waktu atau biaya).", 0, 0)]
    kualitatif = IsiSKP(pendekatan=Pendekatan.KUALITATIF, rhk=[rhk(iki_list=[iki(aspek=None)])])
    assert messages(kualitatif) == []
    jpt = IsiSKP(form_family=FormFamily.JPT,
                 rhk=[rhk(iki_list=[iki(aspek=None, perspektif=Perspektif.ANGGARAN)])])
    assert messages(jpt) == []


def test_missing_target_and_satuan() -> None:
    isi = IsiSKP(rhk=[rhk(iki_list=[
        iki(target_nilai=None, target_satuan=""),
        iki(target_satuan="  "),
        iki(target_nilai=None, target_satuan="", target_teks="80–90 %"),
    ])])
    assert messages(isi) == [
        "RHK utama 1, IKI 1: target belum diisi.",
        "RHK utama 1, IKI 2: satuan target belum diisi (mis. dokumen, laporan, %).",
    ]
    # a qualitative plan may give a number without a unit
    kualitatif = IsiSKP(pendekatan=Pendekatan.KUALITATIF, rhk=[rhk(iki_list=[iki(
        target_satuan="")])])
    assert messages(kualitatif) == []


def test_missing_perspektif_for_jpt_and_empty_iki_uraian() -> None:
    isi = IsiSKP(form_family=FormFamily.JPT, rhk=[
        rhk(), rhk("Tambahan", JenisRHK.TAMBAHAN, [iki(uraian="", perspektif=Perspektif.ANGGARAN)]),
    ])
    found = kelengkapan(isi, ada_penilai=True)
    assert [(k.pesan, k.rhk_index, k.iki_index) for k in found] == [
        ("RHK utama 1, IKI 1: pilih perspektif (penerima layanan, proses bisnis, penguatan "
         "internal atau anggaran).", 0, 0),
        ("RHK tambahan 1, IKI 1: uraian indikator masih kosong.", 1, 0),
    ]


def test_rhk_label_counts_per_jenis() -> None:
    isi = IsiSKP(rhk=[rhk("a"), rhk("b", JenisRHK.TAMBAHAN), rhk("c"), rhk("d", JenisRHK.TAMBAHAN)])
    assert [rhk_label(isi, i) for i in range(4)] == [
        "RHK utama 1", "RHK tambahan 1", "RHK utama 2", "RHK tambahan 2"]


# ---------------------------------------------------------------------------
# Workflow state machine

ALLOWED = {
    (StatusSKP.DRAFT, AksiSKP.AJUKAN): StatusSKP.DIAJUKAN,
    (StatusSKP.DIAJUKAN, AksiSKP.TETAPKAN): StatusSKP.DITETAPKAN,
    (StatusSKP.DIAJUKAN, AksiSKP.KEMBALIKAN): StatusSKP.DRAFT,
    (StatusSKP.DITETAPKAN, AksiSKP.REVISI): StatusSKP.DITETAPKAN,
    (StatusSKP.DITETAPKAN, AksiSKP.GANTIKAN): StatusSKP.DIGANTIKAN,
    (StatusSKP.DRAFT, AksiSKP.TUTUP): StatusSKP.DRAFT,
    (StatusSKP.DIAJUKAN, AksiSKP.TUTUP): StatusSKP.DIAJUKAN,
    (StatusSKP.DITETAPKAN, AksiSKP.TUTUP): StatusSKP.DITETAPKAN,
}


@pytest.mark.parametrize(("status", "aksi"), list(ALLOWED), ids=str)
def test_allowed_transitions(status: StatusSKP, aksi: AksiSKP) -> None:
    assert next_status(status, aksi) is ALLOWED[(status, aksi)]


REFUSED = [(s, a) for s in StatusSKP for a in AksiSKP
           if (s, a) not in ALLOWED and a is not AksiSKP.BUAT]


@pytest.mark.parametrize(("status", "aksi"), REFUSED, ids=str)
def test_refused_transitions_name_status_and_action(status: StatusSKP, aksi: AksiSKP) -> None:
    with pytest.raises(ValidationError) as err:
        next_status(status, aksi)
    text = str(err.value)
    assert text.startswith(f"SKP berstatus {status.label.lower()} tidak dapat "
                           f"{aksi.label.lower()}; hanya SKP berstatus ")


def test_refused_transition_message_in_full() -> None:
    with pytest.raises(ValidationError) as err:
        next_status(StatusSKP.DRAFT, AksiSKP.TETAPKAN)
    assert str(err.value) == ("SKP berstatus draf tidak dapat ditetapkan; hanya SKP berstatus "
                              "diajukan.")


@pytest.mark.parametrize("status", list(StatusSKP))
def test_buat_is_not_a_transition(status: StatusSKP) -> None:
    with pytest.raises(ValidationError, match="dimulai sebagai draf"):
        next_status(status, AksiSKP.BUAT)


def test_only_draft_is_editable() -> None:
    require_editable(StatusSKP.DRAFT)
    with pytest.raises(ValidationError, match=r"ditetapkan tidak dapat diubah\. Buat revisi"):
        require_editable(StatusSKP.DITETAPKAN)
    with pytest.raises(ValidationError, match=r"diajukan tidak dapat diubah\. Minta pejabat"):
        require_editable(StatusSKP.DIAJUKAN)
    with pytest.raises(ValidationError, match=r"^SKP berstatus digantikan tidak dapat diubah\.$"):
        require_editable(StatusSKP.DIGANTIKAN)


def test_small_helpers() -> None:
    assert default_form_family(True) is FormFamily.JPT
    assert default_form_family(False) is FormFamily.JA_JF
    assert periode_tahun(2025)[0].isoformat() == "2025-01-01"
    assert periode_tahun(2025)[1].isoformat() == "2025-12-31"
    assert [s.label for s in StatusSKP] == ["Draf", "Diajukan", "Ditetapkan", "Digantikan"]


# ---------------------------------------------------------------------------
# comparable / copy_isi


def with_ids(isi: IsiSKP) -> IsiSKP:
    for r in isi.rhk:
        r.id = uuid.uuid4()
        for i in r.iki:
            i.id = uuid.uuid4()
    return isi


def test_comparable_ignores_ids_whitespace_order_of_jenis_and_blank_lines() -> None:
    a = with_ids(IsiSKP(rhk=[rhk("Tambahan", JenisRHK.TAMBAHAN), rhk()],
                        ekspektasi={1: "Ramah", 2: ""},
                        lampiran=Lampiran(["Anggaran", " "], [], [])))
    b = IsiSKP(rhk=[rhk(" Tersusunnya laporan "), rhk("Tambahan", JenisRHK.TAMBAHAN)],
               ekspektasi={1: "Ramah "}, lampiran=Lampiran(["Anggaran"], [], []))
    assert comparable(a) == comparable(b)
    b.rhk[0].iki[0].target_nilai = Decimal(13)
    assert comparable(a) != comparable(b)


def test_copy_isi_drops_ids_and_is_deep() -> None:
    src = with_ids(complete())
    src.rhk[0].asal_id = uuid.uuid4()
    copy = copy_isi(src)
    assert comparable(copy) == comparable(src)
    assert all(r.id is None and r.asal_id is None for r in copy.rhk)
    assert all(i.id is None for r in copy.rhk for i in r.iki)
    copy.rhk[0].iki[0].uraian = "lain"
    copy.lampiran.konsekuensi.append("x")
    copy.ekspektasi[2] = "y"
    assert src.rhk[0].iki[0].uraian == "Jumlah laporan"
    assert src.lampiran.konsekuensi == ["Teguran"] and 2 not in src.ekspektasi


def test_copy_isi_revisi_keeps_where_each_rhk_came_from() -> None:
    src = with_ids(IsiSKP(rhk=[rhk(), rhk("b")]))
    older = uuid.uuid4()
    src.rhk[1].id = None
    src.rhk[1].asal_id = older  # not saved yet: keeps its own origin
    copy = copy_isi(src, revisi=True)
    assert [r.asal_id for r in copy.rhk] == [src.rhk[0].id, older]
    assert all(r.id is None for r in copy.rhk)


def test_copy_isi_without_intervensi_keeps_free_text() -> None:
    src = IsiSKP(rhk=[rhk(), rhk("b", intervensi_rhk_id=None, intervensi_sasaran_id=uuid.uuid4()),
                      rhk("c", intervensi_rhk_id=None, intervensi_teks="RHK Sekda")])
    copy = copy_isi(src, keep_intervensi=False)
    assert [(r.intervensi_rhk_id, r.intervensi_sasaran_id, r.intervensi_teks)
            for r in copy.rhk] == [(None, None, ""), (None, None, ""), (None, None, "RHK Sekda")]
    assert [r.has_intervensi for r in copy.rhk] == [False, False, True]


def test_ordered_rhk_puts_utama_first() -> None:
    isi = IsiSKP(rhk=[rhk("t1", JenisRHK.TAMBAHAN), rhk("u1"), rhk("t2", JenisRHK.TAMBAHAN),
                      rhk("u2")])
    assert [r.uraian for r in isi.ordered_rhk()] == ["u1", "u2", "t1", "t2"]


# ---------------------------------------------------------------------------
# Numbers


@pytest.mark.parametrize(("text", "value"), [
    ("12", Decimal(12)), ("12,5", Decimal("12.5")), ("1.500", Decimal(1500)),
    ("1.500.000", Decimal(1500000)), ("1.500,25", Decimal("1500.25")), (" 7 ", Decimal(7)),
    ("0", Decimal(0)), ("1,5", Decimal("1.5")), ("12.5", Decimal("12.5")),
])
def test_parse_angka(text: str, value: Decimal) -> None:
    assert parse_angka(text) == value


@pytest.mark.parametrize(("text", "message"), [
    ("dua belas", "'dua belas' bukan angka (contoh: 12 atau 12,5)."),
    ("", "'' bukan angka"),
    ("12,5,3", "bukan angka"),
    ("-3", "'-3' bukan angka target yang sah (harus 0 atau lebih)."),
    ("NaN", "bukan angka target yang sah"),
])
def test_parse_angka_refuses(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_angka(text)
    assert message in str(err.value)


@pytest.mark.parametrize(("text", "expected"), [
    ("12 laporan", (Decimal(12), "laporan", "")),
    ("12,5 %", (Decimal("12.5"), "%", "")),
    ("100%", (Decimal(100), "%", "")),
    ("1.500 dokumen", (Decimal(1500), "dokumen", "")),
    ("1.000.000 rupiah", (Decimal(1000000), "rupiah", "")),
    ("4", (Decimal(4), "", "")),
    ("80–90 %", (None, "", "80–90 %")),
    ("80 - 90 %", (None, "", "80 - 90 %")),
    ("1/2 tahun", (None, "", "1/2 tahun")),
    ("  Baik sekali ", (None, "", "Baik sekali")),
    ("", (None, "", "")),
    # a number that goes on is not cut in the middle
    ("12.5.3", (None, "", "12.5.3")),
    ("1.5000 dokumen", (Decimal("1.5"), "dokumen", "")),
])
def test_split_target(text: str, expected: tuple[Decimal | None, str, str]) -> None:
    assert split_target(text) == expected


@pytest.mark.parametrize(("value", "text"), [
    (Decimal(12), "12"), (Decimal("12.50"), "12,5"), (Decimal("1E+3"), "1000"),
    (Decimal("0.00"), "0"), (Decimal("1500"), "1500"), (Decimal("0.001"), "0,001"),
])
def test_format_angka(value: Decimal, text: str) -> None:
    assert format_angka(value) == text


TARGETS = st.decimals(min_value=0, max_value=10**12, allow_nan=False, allow_infinity=False,
                      places=4)


@given(TARGETS)
def test_format_then_parse_gives_the_same_number(value: Decimal) -> None:
    text = format_angka(value)
    assert parse_angka(text) == value
    assert split_target(text) == (value, "", "")


@given(TARGETS, st.sampled_from(["laporan", "dokumen", "%", "orang/hari", "kali", "hari kerja"]))
def test_target_label_splits_back(value: Decimal, satuan: str) -> None:
    label = Iki("x", target_nilai=value, target_satuan=satuan).target_label()
    assert split_target(label) == (value, satuan, "")


def test_target_label_for_text_target() -> None:
    assert Iki("x", target_teks="80–90 %").target_label() == "80–90 %"
    assert Iki("x", target_nilai=Decimal("2.5")).target_label() == "2,5"


# ---------------------------------------------------------------------------
# enum_by_label


@pytest.mark.parametrize(("enum", "text", "member"), [
    (Aspek, "Kuantitas", Aspek.KUANTITAS),
    (Aspek, " waktu ", Aspek.WAKTU),
    (Perspektif, "penerima layanan", Perspektif.PENERIMA_LAYANAN),
    (Perspektif, "PROSES_BISNIS", Perspektif.PROSES_BISNIS),
    (Perspektif, "Penguatan   Internal", Perspektif.PENGUATAN_INTERNAL),
    (JenisRHK, "tambahan", JenisRHK.TAMBAHAN),
    (Pendekatan, "Kualitatif", Pendekatan.KUALITATIF),
    (FormFamily, "JA_JF", FormFamily.JA_JF),
    (FormFamily, "JA/JF", FormFamily.JA_JF),
    (FormFamily, "jpt", FormFamily.JPT),
    (FormFamily, "Pejabat Administrasi dan Pejabat Fungsional", FormFamily.JA_JF),
])
def test_enum_by_label(enum: type[Aspek], text: str, member: Aspek) -> None:
    assert enum_by_label(enum, text) is member


@pytest.mark.parametrize("text", ["", "kuantitatif", "mutu"])
def test_enum_by_label_unknown(text: str) -> None:
    assert enum_by_label(Aspek, text) is None
