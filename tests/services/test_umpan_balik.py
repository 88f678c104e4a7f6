"""Umpan balik berkelanjutan and its phrase library (issue 4 point 2)."""

from __future__ import annotations

import dataclasses

import pytest

from kinerja_desktop.domain.errors import PermissionDenied, ValidationError
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.skp import SkpDetail
from kinerja_desktop.services.umpan_balik import (
    FrasaDTO,
    beri_umpan_balik,
    list_frasa,
    list_umpan_balik,
    simpan_frasa,
)
from kinerja_desktop.storage.engine import Database
from tests.services.test_penilaian import TW1, keadaan
from tests.services.test_skp_service import Kantor, build_kantor, tetapkan_rantai


@pytest.fixture
def rantai(site_db: Database, admin: Actor) -> tuple[Kantor, dict[str, SkpDetail]]:
    k = build_kantor(site_db, admin)
    return k, tetapkan_rantai(k)


def test_feedback_per_rhk_and_core_value(rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    k, skp = rantai
    kabid = k.akun("kabid", Role.PENILAI)
    rhk = skp["kasi"].isi.rhk[0]
    assert list_umpan_balik(k.db, kabid, skp["kasi"].id, TW1) == []
    a = beri_umpan_balik(k.db, kabid, skp["kasi"].id, TW1, rhk_id=rhk.id,
                         teks="  Hasil kerja sudah sesuai target. ")
    b = beri_umpan_balik(k.db, kabid, skp["kasi"].id, TW1, core_value=1,
                         teks="Tanggap dan ramah dalam melayani; pertahankan.")
    # An admin may write it too; the period need not have ended (it is continuous).
    c = beri_umpan_balik(k.db, k.admin, skp["kasi"].id, TW1, core_value=7, teks="Kolaboratif.")
    got = list_umpan_balik(k.db, k.akun("kasi"), skp["kasi"].id, TW1)
    assert [(u.rhk_id, u.core_value, u.sasaran, u.teks, u.username) for u in got] == [
        (rhk.id, None, "RHK kasi", "Hasil kerja sudah sesuai target.", "kabid"),
        (None, 1, "Berorientasi Pelayanan", "Tanggap dan ramah dalam melayani; pertahankan.",
         "kabid"),
        (None, 7, "Kolaboratif", "Kolaboratif.", k.admin.username),
    ]
    assert [u.id for u in got] == [a.id, b.id, c.id]
    assert a.oleh_pegawai_id == k.ids["kabid"] and a.evaluasi_id == b.evaluasi_id


def test_bad_feedback_is_refused_and_changes_nothing(
    rantai: tuple[Kantor, dict[str, SkpDetail]],
) -> None:
    k, skp = rantai
    kabid = k.akun("kabid", Role.PENILAI)
    sid = skp["kasi"].id
    before = keadaan(k.db)
    other_rhk = skp["kabid"].isi.rhk[0].id
    with pytest.raises(ValidationError, match="RHK yang diberi umpan balik bukan bagian"):
        beri_umpan_balik(k.db, kabid, sid, TW1, rhk_id=other_rhk, teks="Bagus")
    with pytest.raises(ValidationError, match="core value '8' tidak ada; pilih 1–7"):
        beri_umpan_balik(k.db, kabid, sid, TW1, core_value=8, teks="Bagus")
    with pytest.raises(ValidationError, match="Teks umpan balik masih kosong"):
        beri_umpan_balik(k.db, kabid, sid, TW1, core_value=2, teks="   ")
    with pytest.raises(ValidationError, match="tepat satu RHK atau satu core value"):
        beri_umpan_balik(k.db, kabid, sid, TW1, rhk_id=skp["kasi"].isi.rhk[0].id,
                         core_value=2, teks="Bagus")
    with pytest.raises(ValidationError, match="tepat satu RHK atau satu core value"):
        beri_umpan_balik(k.db, kabid, sid, TW1, teks="Bagus")
    for who in ("staf", "kabid2", "kasi"):
        with pytest.raises(PermissionDenied, match=f"'{who}' tidak boleh memberi umpan balik"):
            beri_umpan_balik(k.db, k.akun(who), sid, TW1, core_value=2, teks="Bagus")
    with pytest.raises(ValidationError, match="Periode '2025-S1' tidak ada"):
        beri_umpan_balik(k.db, kabid, sid, "2025-S1", core_value=2, teks="Bagus")
    assert keadaan(k.db) == before


def test_phrase_library_seeded_once_and_edited_by_admin_only(
    rantai: tuple[Kantor, dict[str, SkpDetail]],
) -> None:
    k, _ = rantai
    staf = k.akun("staf")
    frasa = list_frasa(k.db, staf)
    rhk = [f for f in frasa if f.core_value is None]
    assert len(rhk) == 6 and len(frasa) == 6 + 7 * 3
    assert rhk[0].teks == ("Hasil kerja sudah sesuai target; pertahankan kualitas "
                           "dokumentasi bukti dukung.")
    assert {f.core_value for f in frasa} == {None, 1, 2, 3, 4, 5, 6, 7}
    seeded = keadaan(k.db)
    assert list_frasa(k.db, staf) == frasa  # not seeded twice
    assert [f.core_value for f in list_frasa(k.db, staf, 3)] == [3, 3, 3]
    assert keadaan(k.db) == seeded

    edited = [dataclasses.replace(frasa[0], teks="Target tercapai; pertahankan."),
              *frasa[2:], FrasaDTO("Perlu lebih disiplin waktu.", 2),
              dataclasses.replace(frasa[1], aktif=False)]
    with pytest.raises(PermissionDenied, match=r"'kabid'.*tidak boleh mengubah pustaka frasa"):
        simpan_frasa(k.db, k.akun("kabid", Role.PENILAI), edited)
    with pytest.raises(ValidationError, match="Frasa 3: core value '0' tidak ada"):
        simpan_frasa(k.db, k.admin, [*frasa[:2], FrasaDTO("x", 0)])
    with pytest.raises(ValidationError, match="Frasa 2: teks masih kosong"):
        simpan_frasa(k.db, k.admin, [frasa[0], FrasaDTO(" ")])
    assert keadaan(k.db) == seeded
    saved = simpan_frasa(k.db, k.admin, edited)
    assert len(saved) == len(frasa) + 1
    by_id = {f.id: f for f in saved}
    assert by_id[frasa[0].id].teks == "Target tercapai; pertahankan."
    assert by_id[frasa[1].id].aktif is False
    assert [f.teks for f in list_frasa(k.db, staf, 2)][-1] == "Perlu lebih disiplin waktu."
    assert len(list_frasa(k.db, staf)) == len(frasa)  # the inactive one is hidden
    assert len(list_frasa(k.db, staf, semua=True)) == len(frasa) + 1
    # Removing a phrase keeps the library from being seeded again.
    simpan_frasa(k.db, k.admin, [frasa[0]])
    assert [f.id for f in list_frasa(k.db, staf, semua=True)] == [frasa[0].id]
