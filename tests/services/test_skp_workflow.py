"""SKP workflow: ajukan, tetapkan, kembalikan, revisi, ganti penilai, mutasi, history,
approval queue (issue 3 points 2 and 5; DOMAIN §6). Every refusal changes nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select

from kinerja_desktop.domain.atasan import JenisPenugasan
from kinerja_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skp import AksiSKP, IsiSKP, StatusSKP, comparable
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.pegawai import get_pegawai, save_pegawai
from kinerja_desktop.services.penugasan import PenugasanInput, save_penugasan
from kinerja_desktop.services.skp import (
    Identitas,
    buat_skp,
    current_skp_id,
    get_skp,
    list_skp,
    simpan_ekspektasi,
    simpan_isi,
)
from kinerja_desktop.services.skp_workflow import (
    ajukan,
    antrian_persetujuan,
    buat_revisi,
    ganti_penilai,
    kembalikan,
    riwayat,
    tetapkan,
    tutup_mutasi,
)
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import Outbox, SkpTransisi
from tests.services.test_skp_service import (
    NIP,
    SEKDA,
    TAHUN,
    Kantor,
    build_kantor,
    isi_lengkap,
    keadaan,
    outbox_rows,
    skp_dengan_isi,
    tetapkan_rantai,
)

TEMPAT = "Kota Agung"


@pytest.fixture
def kantor(site_db: Database, admin: Actor) -> Kantor:
    return build_kantor(site_db, admin)


def diajukan(k: Kantor, who: str = "staf") -> uuid.UUID:
    """A complete SKP of ``who`` (free-text intervensi), submitted by him."""
    d = skp_dengan_isi(k, who, isi_lengkap())
    ajukan(k.db, k.akun(who), d.id, d.version)
    return d.id


# ---------------------------------------------------------------------------
# ajukan


def test_incomplete_skp_cannot_be_submitted(kantor: Kantor) -> None:
    k = kantor
    sid = buat_skp(k.db, k.akun("staf"), k.ids["staf"], TAHUN)
    before = keadaan(k.db)
    with pytest.raises(ValidationError) as err:
        ajukan(k.db, k.akun("staf"), sid)
    assert str(err.value) == ("SKP belum lengkap, belum dapat diajukan:\n"
                              "• Belum ada Rencana Hasil Kerja utama.")
    assert keadaan(k.db) == before
    # an RHK without IKI and without intervensi: every gap is listed
    d = get_skp(k.db, k.admin, sid)
    isi = isi_lengkap()
    isi.rhk[0].iki = []
    isi.rhk[0].intervensi_teks = ""
    d = simpan_isi(k.db, k.admin, sid, isi, d.version)
    before = keadaan(k.db)
    with pytest.raises(ValidationError) as err:
        ajukan(k.db, k.akun("staf"), sid)
    assert str(err.value).splitlines()[1:] == [
        "• RHK utama 1: pilih rencana hasil kerja pimpinan (atau sasaran unit) yang "
        "diintervensi.",
        "• RHK utama 1: belum ada indikator kinerja individu (IKI).",
    ]
    assert keadaan(k.db) == before
    assert get_skp(k.db, k.admin, sid).status is StatusSKP.DRAFT


def test_without_penilai_it_cannot_be_submitted(kantor: Kantor) -> None:
    k = kantor
    d = skp_dengan_isi(k, "kadis", isi_lengkap(jpt=True))
    assert d.penilai is None
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match="Pejabat penilai kinerja belum ditentukan"):
        ajukan(k.db, k.admin, d.id)
    assert keadaan(k.db) == before


def test_more_than_twelve_gaps_are_summed_up(kantor: Kantor) -> None:
    k = kantor
    d = get_skp(k.db, k.admin, buat_skp(k.db, k.admin, k.ids["staf"], TAHUN))
    isi = IsiSKP(rhk=[isi_lengkap().rhk[0] for _ in range(4)])
    for rhk in isi.rhk:
        for iki in rhk.iki:  # two gaps per IKI, 16 in all
            iki.aspek = None
            iki.target_nilai = None
    simpan_isi(k.db, k.admin, d.id, isi, d.version)
    before = keadaan(k.db)
    with pytest.raises(ValidationError) as err:
        ajukan(k.db, k.admin, d.id)
    lines = str(err.value).splitlines()
    assert len(lines) == 14 and lines[-1] == "… dan 4 lagi."
    assert lines[1] == "• RHK utama 1, IKI 1: pilih aspek (kuantitas, kualitas, waktu atau biaya)."
    assert keadaan(k.db) == before


@pytest.mark.parametrize(("who", "role", "message"), [
    ("staf2", Role.PEGAWAI, "Akun 'staf2' tidak berhak melihat SKP pegawai ini."),
    ("kasi", Role.PENILAI, "Hanya pegawai pemilik SKP (atau admin) yang dapat mengajukan SKP."),
])
def test_only_the_owner_or_admin_submits(kantor: Kantor, who: str, role: Role,
                                         message: str) -> None:
    k = kantor
    d = skp_dengan_isi(k, "staf", isi_lengkap())
    before = keadaan(k.db)
    with pytest.raises(PermissionDenied) as err:
        ajukan(k.db, k.akun(who, role), d.id)
    assert str(err.value) == message
    assert keadaan(k.db) == before


def test_submit_with_a_stale_version_or_twice(kantor: Kantor) -> None:
    k = kantor
    d = skp_dengan_isi(k, "staf", isi_lengkap())
    before = keadaan(k.db)
    with pytest.raises(ConflictError, match="sudah diubah orang lain"):
        ajukan(k.db, k.akun("staf"), d.id, d.version - 1)
    assert keadaan(k.db) == before
    done = ajukan(k.db, k.akun("staf"), d.id, d.version)
    assert done.status is StatusSKP.DIAJUKAN and done.version == d.version + 1
    assert not done.hak.ubah_isi and not done.hak.ajukan
    before = keadaan(k.db)
    with pytest.raises(ValidationError) as err:
        ajukan(k.db, k.akun("staf"), d.id)
    assert str(err.value) == ("SKP berstatus diajukan tidak dapat diajukan; hanya SKP "
                              "berstatus draf.")
    with pytest.raises(ValidationError, match=r"diajukan tidak dapat diubah\. Minta pejabat"):
        simpan_isi(k.db, k.akun("staf"), d.id, d.isi, done.version)
    assert keadaan(k.db) == before


# ---------------------------------------------------------------------------
# tetapkan


NOT_PENILAI = ("Hanya pejabat penilai kinerja pegawai ini (atau Plt/Plh-nya) yang dapat "
               "menetapkan SKP ini.")


@pytest.mark.parametrize(("who", "role", "message"), [
    # the atasan penilai sees the SKP but does not approve it
    ("kabid", Role.PENILAI, NOT_PENILAI),
    ("staf", Role.PEGAWAI, NOT_PENILAI),  # the pegawai himself
    ("kabid2", Role.PENILAI, "Akun 'kabid2' tidak berhak melihat SKP pegawai ini."),
])
def test_approving_without_being_the_penilai_is_refused(kantor: Kantor, who: str,
                                                        role: Role, message: str) -> None:
    k = kantor
    sid = diajukan(k)
    before = keadaan(k.db)
    with pytest.raises(PermissionDenied) as err:
        tetapkan(k.db, k.akun(who, role), sid, tempat=TEMPAT)
    assert str(err.value) == message
    assert keadaan(k.db) == before
    assert get_skp(k.db, k.admin, sid).status is StatusSKP.DIAJUKAN


def test_the_penilai_approves_and_snapshots_are_taken(kantor: Kantor) -> None:
    k = kantor
    sid = diajukan(k)
    kasi = k.akun("kasi", Role.PENILAI)
    assert get_skp(k.db, kasi, sid).hak.tetapkan
    d = tetapkan(k.db, kasi, sid, tempat=f" {TEMPAT} ", tanggal=dt.date(TAHUN, 1, 28))
    assert (d.status, d.tempat_penetapan, d.tanggal_penetapan) == (
        StatusSKP.DITETAPKAN, TEMPAT, dt.date(TAHUN, 1, 28))
    assert not d.hak.ubah_isi and d.hak.revisi and not d.hak.tetapkan
    # later changes to the people do not change the approved SKP
    staf = get_pegawai(k.db, k.admin, k.ids["staf"])
    save_pegawai(k.db, k.admin, dataclasses.replace(
        staf.to_input(), jabatan="Pengembang Teknologi Pembelajaran", golongan="III/c"), staf.id)
    kasi_p = get_pegawai(k.db, k.admin, k.ids["kasi"])
    save_pegawai(k.db, k.admin, dataclasses.replace(kasi_p.to_input(), nama="Budi S."),
                 kasi_p.id)
    again = get_skp(k.db, k.admin, sid)
    assert again.pegawai.jabatan == "Analis Kurikulum"
    assert again.pegawai.pangkat_gol.endswith("III/b")
    assert again.penilai is not None and again.penilai.nama == "Budi Santoso"
    assert again.atasan_penilai is not None and again.atasan_penilai.nama == "Rina Marlina"
    # a draft shows the people as they are now
    draft = get_skp(k.db, k.admin, buat_skp(k.db, k.admin, k.ids["staf2"], TAHUN))
    assert draft.penilai is not None and draft.penilai.nama == "Budi S."
    steps = riwayat(k.db, k.admin, sid)
    assert [(s.aksi, s.dari, s.ke, s.username, s.oleh_nama, s.atas_nama) for s in steps] == [
        (AksiSKP.BUAT, None, StatusSKP.DRAFT, "admin", "", "Siti Aminah, S.Kom."),
        (AksiSKP.AJUKAN, StatusSKP.DRAFT, StatusSKP.DIAJUKAN, "staf", "Siti Aminah, S.Kom.", ""),
        (AksiSKP.TETAPKAN, StatusSKP.DIAJUKAN, StatusSKP.DITETAPKAN, "kasi", "Budi S.", ""),
    ]


def test_a_ditetapkan_skp_cannot_be_edited(kantor: Kantor) -> None:
    k = kantor
    sid = diajukan(k)
    d = tetapkan(k.db, k.akun("kasi"), sid, tempat=TEMPAT)
    before = keadaan(k.db)
    for actor in (k.admin, k.akun("staf"), k.akun("kasi")):
        with pytest.raises(ValidationError) as err:
            simpan_isi(k.db, actor, sid, isi_lengkap(uraian="Diubah diam-diam"), d.version)
        assert str(err.value) == ("SKP berstatus ditetapkan tidak dapat diubah. Buat revisi "
                                  "untuk mengubahnya.")
    with pytest.raises(ValidationError, match="ditetapkan tidak dapat diubah"):
        simpan_ekspektasi(k.db, k.admin, sid, {1: "Baru"}, d.version)
    for call in (lambda: ajukan(k.db, k.admin, sid),
                 lambda: tetapkan(k.db, k.admin, sid, tempat=TEMPAT),
                 lambda: kembalikan(k.db, k.admin, sid, "Terlambat sekali")):
        with pytest.raises(ValidationError, match="SKP berstatus ditetapkan tidak dapat"):
            call()
    assert keadaan(k.db) == before


def test_a_plt_of_the_date_approves_even_with_the_pegawai_role(kantor: Kantor) -> None:
    k = kantor
    sid = diajukan(k)
    # Dewi acts for the kasi from June on (the year is past: its last day counts)
    save_penugasan(k.db, k.admin, PenugasanInput(
        JenisPenugasan.PLT, k.ids["kabid2"], k.ids["kasi"], dt.date(TAHUN, 6, 1)))
    dewi = k.akun("kabid2", Role.PEGAWAI)
    assert [r.id for r in antrian_persetujuan(k.db, dewi, TAHUN)] == [sid]
    assert get_skp(k.db, dewi, sid).hak.tetapkan
    d = tetapkan(k.db, dewi, sid, tempat=TEMPAT)
    assert d.status is StatusSKP.DITETAPKAN
    # the penilai recorded on the SKP stays the kasi
    assert d.penilai is not None and d.penilai.pegawai_id == k.ids["kasi"]
    assert riwayat(k.db, dewi, sid)[-1].oleh_nama == "Dewi Lestari"


def test_admin_approves_recorded_as_acting_for_the_penilai(kantor: Kantor) -> None:
    k = kantor
    sid = diajukan(k)
    before = keadaan(k.db)
    with pytest.raises(ValidationError) as err:
        tetapkan(k.db, k.admin, sid, tempat="  ")
    assert str(err.value) == "Tempat penetapan (nama kota) harus diisi, mis. Bandar Lampung."
    with pytest.raises(ValidationError, match="Tempat penetapan terlalu panjang"):
        tetapkan(k.db, k.admin, sid, tempat="x" * 121)
    assert keadaan(k.db) == before
    tetapkan(k.db, k.admin, sid, tempat=TEMPAT)
    last = riwayat(k.db, k.admin, sid)[-1]
    assert (last.aksi, last.username, last.atas_nama) == (AksiSKP.TETAPKAN, "admin",
                                                          "Budi Santoso")


# ---------------------------------------------------------------------------
# kembalikan


def test_return_needs_a_reason_shows_it_and_clears_it_on_resubmit(kantor: Kantor) -> None:
    k = kantor
    sid = diajukan(k)
    kasi = k.akun("kasi", Role.PENILAI)
    before = keadaan(k.db)
    for alasan in ("", "  ok  "):
        with pytest.raises(ValidationError) as err:
            kembalikan(k.db, kasi, sid, alasan)
        assert str(err.value) == "Tuliskan alasan pengembalian (paling sedikit 5 huruf)."
    with pytest.raises(PermissionDenied, match="dapat mengembalikan SKP ini"):
        kembalikan(k.db, k.akun("kabid", Role.PENILAI), sid, "Target terlalu rendah")
    assert keadaan(k.db) == before
    d = kembalikan(k.db, kasi, sid, " Target dokumen terlalu rendah ")
    assert d.status is StatusSKP.DRAFT and d.dikembalikan
    assert d.alasan_dikembalikan == "Target dokumen terlalu rendah"
    staf = k.akun("staf")
    [row] = list_skp(k.db, staf, TAHUN)
    assert row.dikembalikan and row.status_label == "Dikembalikan"
    assert get_skp(k.db, staf, sid).hak.ubah_isi
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match="SKP berstatus draf tidak dapat dikembalikan"):
        kembalikan(k.db, kasi, sid, "Sekali lagi")
    assert keadaan(k.db) == before
    again = ajukan(k.db, staf, sid)
    assert not again.dikembalikan and again.alasan_dikembalikan == ""
    assert not list_skp(k.db, staf, TAHUN)[0].dikembalikan
    back = riwayat(k.db, staf, sid)[2]
    assert (back.aksi, back.dari, back.ke, back.alasan, back.oleh_nama) == (
        AksiSKP.KEMBALIKAN, StatusSKP.DIAJUKAN, StatusSKP.DRAFT,
        "Target dokumen terlalu rendah", "Budi Santoso")


# ---------------------------------------------------------------------------
# Revisi


def test_revision_is_a_new_draft_and_replaces_the_old_once_approved(kantor: Kantor) -> None:
    k = kantor
    sid = diajukan(k)
    old = tetapkan(k.db, k.akun("kasi"), sid, tempat=TEMPAT)
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match="Tuliskan alasan revisi"):
        buat_revisi(k.db, k.akun("staf"), sid, "")
    with pytest.raises(PermissionDenied, match="Revisi SKP dibuat oleh pegawai"):
        buat_revisi(k.db, k.akun("kabid", Role.PENILAI), sid, "Perubahan target")
    assert keadaan(k.db) == before
    rid = buat_revisi(k.db, k.akun("staf"), sid, "Perubahan target triwulan")
    rev = get_skp(k.db, k.akun("staf"), rid)
    assert (rev.status, rev.revisi_ke, rev.parent_skp_id) == (StatusSKP.DRAFT, 1, sid)
    assert comparable(rev.isi) == comparable(old.isi)
    assert [r.asal_id for r in rev.isi.rhk] == [r.id for r in old.isi.rhk]
    assert {r.id for r in rev.isi.rhk}.isdisjoint({r.id for r in old.isi.rhk})
    assert rev.penilai == old.penilai
    assert get_skp(k.db, k.admin, sid).status is StatusSKP.DITETAPKAN
    assert not get_skp(k.db, k.admin, sid).hak.revisi
    assert current_skp_id(k.db, k.admin, k.ids["staf"], TAHUN) == rid
    # one open revision at a time; a draft is not revised
    before = keadaan(k.db)
    with pytest.raises(ConflictError) as err:
        buat_revisi(k.db, k.admin, sid, "Revisi kedua")
    assert str(err.value) == "Sudah ada revisi SKP ini yang belum ditetapkan; buka revisi itu."
    with pytest.raises(ValidationError, match="SKP berstatus draf tidak dapat revisi dibuat"):
        buat_revisi(k.db, k.admin, rid, "Revisi dari draf")
    assert keadaan(k.db) == before
    # the revision is edited, submitted and approved: the old version is replaced
    isi = rev.isi
    isi.rhk[0].iki[0].target_label()
    isi.rhk[0].iki[0].target_nilai = Decimal(6)
    rev = simpan_isi(k.db, k.akun("staf"), rid, isi, rev.version)
    ajukan(k.db, k.akun("staf"), rid)
    done = tetapkan(k.db, k.akun("kasi"), rid, tempat=TEMPAT)
    assert done.status is StatusSKP.DITETAPKAN
    assert get_skp(k.db, k.admin, sid).status is StatusSKP.DIGANTIKAN
    assert current_skp_id(k.db, k.admin, k.ids["staf"], TAHUN) == rid
    assert [r.id for r in list_skp(k.db, k.admin, TAHUN)] == [rid]
    assert {r.id for r in list_skp(k.db, k.admin, TAHUN, semua_versi=True)} == {sid, rid}
    steps = riwayat(k.db, k.admin, rid)
    assert [(s.aksi, s.dari, s.ke) for s in steps] == [
        (AksiSKP.BUAT, None, StatusSKP.DRAFT),
        (AksiSKP.AJUKAN, StatusSKP.DRAFT, StatusSKP.DIAJUKAN),
        (AksiSKP.TETAPKAN, StatusSKP.DIAJUKAN, StatusSKP.DITETAPKAN),
        (AksiSKP.REVISI, None, StatusSKP.DRAFT),
        (AksiSKP.AJUKAN, StatusSKP.DRAFT, StatusSKP.DIAJUKAN),
        (AksiSKP.TETAPKAN, StatusSKP.DIAJUKAN, StatusSKP.DITETAPKAN),
        (AksiSKP.GANTIKAN, StatusSKP.DITETAPKAN, StatusSKP.DIGANTIKAN),
    ]
    assert steps[3].alasan == "Perubahan target triwulan"
    assert steps[-1].alasan == "Digantikan revisi ke-1"
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match="digantikan tidak dapat revisi dibuat"):
        buat_revisi(k.db, k.admin, sid, "Revisi versi lama")
    assert keadaan(k.db) == before


def test_revision_keeps_its_penilai_when_the_hierarchy_changed(kantor: Kantor) -> None:
    k = kantor
    chain = tetapkan_rantai(k)
    kasi_rhk = chain["kasi"].isi.rhk[0].id
    d = skp_dengan_isi(k, "staf", isi_lengkap(rhk_id=kasi_rhk))
    ajukan(k.db, k.akun("staf"), d.id)
    tetapkan(k.db, k.akun("kasi"), d.id, tempat=TEMPAT)
    # the staff now reports to Dewi; the revision is still assessed by the kasi and
    # keeps intervening his RHK
    staf = get_pegawai(k.db, k.admin, k.ids["staf"])
    save_pegawai(k.db, k.admin, dataclasses.replace(staf.to_input(), atasan_nip=NIP["kabid2"]),
                 staf.id)
    rid = buat_revisi(k.db, k.admin, d.id, "Target berubah")
    rev = get_skp(k.db, k.admin, rid)
    assert rev.penilai is not None and rev.penilai.pegawai_id == k.ids["kasi"]
    assert rev.isi.rhk[0].intervensi_rhk_id == kasi_rhk
    [first] = [s for s in riwayat(k.db, k.admin, rid) if s.aksi is AksiSKP.REVISI]
    assert (first.alasan, first.atas_nama) == ("Target berubah", "Siti Aminah, S.Kom.")
    # one outbox row per version of each row: nothing is sent twice as version 1
    with k.db.read() as s:
        transisi_id = s.scalar(select(SkpTransisi.id).where(SkpTransisi.skp_id == rid))
    assert transisi_id is not None
    assert outbox_rows(k.db, transisi_id) == [(1, "upsert")]
    assert outbox_rows(k.db, rid) == [(1, "upsert")]
    with k.db.read() as s:
        payload = s.scalar(select(Outbox.payload).where(Outbox.entity_id == rid))
    assert payload is not None and payload["penilai_id"] == str(k.ids["kasi"])
    assert payload["parent_skp_id"] == str(d.id)


# ---------------------------------------------------------------------------
# Ganti penilai


def test_head_of_office_assessed_by_the_sekda_outside_the_database(kantor: Kantor) -> None:
    k = kantor
    d = skp_dengan_isi(k, "kadis", isi_lengkap(jpt=True))
    before = keadaan(k.db)
    with pytest.raises(PermissionDenied, match="Hanya admin yang dapat mengganti pejabat"):
        ganti_penilai(k.db, k.akun("kadis", Role.PENILAI), d.id, "Dinilai Sekda",
                      penilai_luar=SEKDA)
    with pytest.raises(ValidationError, match="Tuliskan alasan penggantian pejabat penilai"):
        ganti_penilai(k.db, k.admin, d.id, "Sek", penilai_luar=SEKDA)
    with pytest.raises(ValidationError, match="Pilih satu pejabat penilai"):
        ganti_penilai(k.db, k.admin, d.id, "Dinilai Sekda")
    with pytest.raises(ValidationError, match="Pilih satu pejabat penilai"):
        ganti_penilai(k.db, k.admin, d.id, "Dinilai Sekda", penilai_luar=SEKDA,
                      penilai_id=k.ids["kabid"])
    with pytest.raises(ValidationError, match="Nama pejabat dari luar kantor harus diisi"):
        ganti_penilai(k.db, k.admin, d.id, "Dinilai Sekda",
                      penilai_luar=dataclasses.replace(SEKDA, nama=" "))
    with pytest.raises(ValidationError, match="tidak dapat menjadi pejabat penilai SKP-nya"):
        ganti_penilai(k.db, k.admin, d.id, "Dinilai sendiri", penilai_id=k.ids["kadis"])
    with pytest.raises(NotFoundError):
        ganti_penilai(k.db, k.admin, uuid.uuid4(), "Dinilai Sekda", penilai_luar=SEKDA)
    assert keadaan(k.db) == before
    bupati = Identitas(None, "H. Bupati", "", "", "Bupati", "Pemerintah Kabupaten")
    d = ganti_penilai(k.db, k.admin, d.id, "Kepala dinas dinilai Sekda", penilai_luar=SEKDA,
                      atasan_penilai_luar=bupati)
    assert d.penilai == SEKDA and d.atasan_penilai == bupati
    assert (d.penilai_sebagai, d.penilai_alasan) == ("pejabat luar kantor",
                                                     "Kepala dinas dinilai Sekda")
    ajukan(k.db, k.akun("kadis"), d.id)
    # nobody in the office approves for the Sekda except the admin
    assert antrian_persetujuan(k.db, k.akun("kabid", Role.PENILAI), TAHUN) == []
    done = tetapkan(k.db, k.admin, d.id, tempat=TEMPAT)
    assert done.penilai == SEKDA and done.status is StatusSKP.DITETAPKAN
    assert riwayat(k.db, k.admin, d.id)[-1].atas_nama == SEKDA.nama
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match="hanya dapat diganti sebelum SKP ditetapkan"):
        ganti_penilai(k.db, k.admin, d.id, "Sekda berganti", penilai_luar=bupati)
    assert keadaan(k.db) == before


def test_penilai_chosen_by_the_admin_is_the_only_one_who_approves(kantor: Kantor) -> None:
    k = kantor
    sid = diajukan(k)
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match="Atasan pejabat penilai harus orang lain"):
        ganti_penilai(k.db, k.admin, sid, "Atasan sedang cuti panjang",
                      penilai_id=k.ids["kabid2"], atasan_penilai_id=k.ids["kabid2"])
    with pytest.raises(NotFoundError, match="Pegawai tidak ditemukan"):
        ganti_penilai(k.db, k.admin, sid, "Atasan sedang cuti panjang", penilai_id=uuid.uuid4())
    assert keadaan(k.db) == before
    d = ganti_penilai(k.db, k.admin, sid, "Atasan sedang cuti panjang",
                      penilai_id=k.ids["kabid2"])
    assert d.penilai is not None and d.penilai.pegawai_id == k.ids["kabid2"]
    assert d.atasan_penilai is not None and d.atasan_penilai.pegawai_id == k.ids["kadis"]
    assert d.penilai_sebagai == "ditentukan admin" and d.status is StatusSKP.DIAJUKAN
    with k.db.read() as s:
        last = s.scalars(select(Outbox).where(Outbox.entity_id == sid)
                         .order_by(Outbox.seq.desc())).first()
    assert last is not None and last.payload["penilai_id"] == str(k.ids["kabid2"])
    # the atasan from the hierarchy no longer approves
    kasi = k.akun("kasi", Role.PENILAI)
    assert antrian_persetujuan(k.db, kasi, TAHUN) == []
    before = keadaan(k.db)
    with pytest.raises(PermissionDenied):
        tetapkan(k.db, kasi, sid, tempat=TEMPAT)
    assert keadaan(k.db) == before
    dewi = k.akun("kabid2", Role.PENILAI)
    assert [r.id for r in antrian_persetujuan(k.db, dewi, TAHUN)] == [sid]
    assert tetapkan(k.db, dewi, sid, tempat=TEMPAT).status is StatusSKP.DITETAPKAN


# ---------------------------------------------------------------------------
# Mutasi


def test_mutasi_closes_the_old_skp_and_starts_one_in_the_new_post(kantor: Kantor) -> None:
    k = kantor
    sid = diajukan(k)
    tetapkan(k.db, k.akun("kasi"), sid, tempat=TEMPAT)
    staf = get_pegawai(k.db, k.admin, k.ids["staf"])
    save_pegawai(k.db, k.admin, dataclasses.replace(
        staf.to_input(), unit_kode="1.2", atasan_nip=NIP["kabid2"]), staf.id)
    before = keadaan(k.db)
    with pytest.raises(PermissionDenied, match="Hanya admin yang mencatat mutasi"):
        tutup_mutasi(k.db, k.akun("kasi", Role.PENILAI), sid, dt.date(TAHUN, 7, 1))
    for day in (dt.date(TAHUN, 1, 1), dt.date(TAHUN + 1, 1, 1)):
        with pytest.raises(ValidationError) as err:
            tutup_mutasi(k.db, k.admin, sid, day)
        assert str(err.value) == (f"Tanggal mutasi harus sesudah 01-01-{TAHUN} dan paling "
                                  f"lambat 31-12-{TAHUN}.")
    assert keadaan(k.db) == before
    new_id = tutup_mutasi(k.db, k.admin, sid, dt.date(TAHUN, 7, 1))
    old = get_skp(k.db, k.admin, sid)
    assert old.ditutup_pada == dt.date(TAHUN, 6, 30) and old.status is StatusSKP.DITETAPKAN
    new = get_skp(k.db, k.admin, new_id)
    assert (new.status, new.periode_mulai, new.periode_selesai, new.unit_kerja_id) == (
        StatusSKP.DRAFT, dt.date(TAHUN, 7, 1), dt.date(TAHUN, 12, 31), k.units["1.2"])
    assert new.penilai is not None and new.penilai.pegawai_id == k.ids["kabid2"]
    assert new.atasan_penilai is not None and new.atasan_penilai.pegawai_id == k.ids["kadis"]
    assert new.isi.rhk == [] and new.parent_skp_id is None
    assert current_skp_id(k.db, k.admin, k.ids["staf"], TAHUN) == new_id
    assert [r.id for r in list_skp(k.db, k.admin, TAHUN)] == [new_id]
    tutup = riwayat(k.db, k.admin, sid)[-1]
    assert (tutup.aksi, tutup.dari, tutup.ke, tutup.alasan) == (
        AksiSKP.TUTUP, StatusSKP.DITETAPKAN, StatusSKP.DITETAPKAN, f"Mutasi per 01-07-{TAHUN}")
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match=r"^SKP ini sudah ditutup\.$"):
        tutup_mutasi(k.db, k.admin, sid, dt.date(TAHUN, 8, 1))
    with pytest.raises(ValidationError, match="sudah ditutup karena mutasi"):
        buat_revisi(k.db, k.admin, sid, "Revisi sesudah mutasi")
    assert keadaan(k.db) == before


def test_mutasi_during_a_revision_closes_both_versions(kantor: Kantor) -> None:
    k = kantor
    sid = diajukan(k)
    tetapkan(k.db, k.akun("kasi"), sid, tempat=TEMPAT)
    rid = buat_revisi(k.db, k.admin, sid, "Target berubah")
    new_id = tutup_mutasi(k.db, k.admin, rid, dt.date(TAHUN, 9, 1))
    assert get_skp(k.db, k.admin, sid).ditutup_pada == dt.date(TAHUN, 8, 31)
    assert get_skp(k.db, k.admin, rid).ditutup_pada == dt.date(TAHUN, 8, 31)
    assert current_skp_id(k.db, k.admin, k.ids["staf"], TAHUN) == new_id
    assert [r.id for r in list_skp(k.db, k.admin, TAHUN)] == [new_id]
    # and the other way round: closing the approved version closes its open revision
    sid2 = diajukan(k, "staf2")
    tetapkan(k.db, k.akun("kasi"), sid2, tempat=TEMPAT)
    rid2 = buat_revisi(k.db, k.admin, sid2, "Target berubah")
    tutup_mutasi(k.db, k.admin, sid2, dt.date(TAHUN, 9, 1))
    assert get_skp(k.db, k.admin, rid2).ditutup_pada == dt.date(TAHUN, 8, 31)
    # a replaced version is not the one to close
    old = diajukan(k, "kasi")
    tetapkan(k.db, k.akun("kabid"), old, tempat=TEMPAT)
    rev = buat_revisi(k.db, k.admin, old, "Revisi")
    ajukan(k.db, k.admin, rev)
    tetapkan(k.db, k.admin, rev, tempat=TEMPAT)
    before = keadaan(k.db)
    with pytest.raises(ValidationError) as err:
        tutup_mutasi(k.db, k.admin, old, dt.date(TAHUN, 9, 1))
    assert str(err.value) == "SKP ini sudah digantikan revisinya; tutup versi terbaru."
    assert keadaan(k.db) == before


# ---------------------------------------------------------------------------
# History and queue


def test_history_lists_every_step_with_who_when_why_and_for_whom(kantor: Kantor) -> None:
    k = kantor
    staf, kasi = k.akun("staf"), k.akun("kasi", Role.PENILAI)
    d = skp_dengan_isi(k, "staf", isi_lengkap(), actor=staf)
    ajukan(k.db, staf, d.id)
    kembalikan(k.db, kasi, d.id, "Lengkapi IKI kualitas")
    ajukan(k.db, k.admin, d.id)
    tetapkan(k.db, kasi, d.id, tempat=TEMPAT)
    steps = riwayat(k.db, staf, d.id)
    assert [(s.aksi.label, s.dari, s.ke, s.username, s.oleh_nama, s.atas_nama, s.alasan)
            for s in steps] == [
        ("Dibuat", None, StatusSKP.DRAFT, "admin", "", "Siti Aminah, S.Kom.", ""),
        ("Diajukan", StatusSKP.DRAFT, StatusSKP.DIAJUKAN, "staf", "Siti Aminah, S.Kom.", "", ""),
        ("Dikembalikan", StatusSKP.DIAJUKAN, StatusSKP.DRAFT, "kasi", "Budi Santoso", "",
         "Lengkapi IKI kualitas"),
        ("Diajukan", StatusSKP.DRAFT, StatusSKP.DIAJUKAN, "admin", "", "Siti Aminah, S.Kom.", ""),
        ("Ditetapkan", StatusSKP.DIAJUKAN, StatusSKP.DITETAPKAN, "kasi", "Budi Santoso", "", ""),
    ]
    times = [s.at for s in steps]
    assert times == sorted(times)
    with k.db.read() as s:
        rows = s.scalars(select(SkpTransisi).where(SkpTransisi.skp_id == d.id)).all()
    assert all(outbox_rows(k.db, r.id) == [(1, "upsert")] for r in rows)


def test_approval_queue_for_penilai_plt_admin_and_pegawai(kantor: Kantor) -> None:
    k = kantor
    a = diajukan(k, "staf")
    b = diajukan(k, "staf2")
    c = diajukan(k, "kasi")
    buat_skp(k.db, k.admin, k.ids["kabid2"], TAHUN)  # a draft waits for nobody
    kasi = k.akun("kasi", Role.PENILAI)
    queue = antrian_persetujuan(k.db, kasi, TAHUN)
    assert [(r.id, r.nama, r.status) for r in queue] == [
        (a, "Siti Aminah, S.Kom.", StatusSKP.DIAJUKAN),
        (b, "Yusuf Hasibuan", StatusSKP.DIAJUKAN)]
    assert [r.id for r in antrian_persetujuan(k.db, k.akun("kabid", Role.PENILAI), TAHUN)] == [c]
    assert {r.id for r in antrian_persetujuan(k.db, k.admin, TAHUN)} == {a, b, c}
    assert antrian_persetujuan(k.db, k.akun("staf"), TAHUN) == []
    assert antrian_persetujuan(k.db, k.admin, TAHUN + 1) == []
    # a Plh for the kasi on the last day of the year takes over his queue
    save_penugasan(k.db, k.admin, PenugasanInput(
        JenisPenugasan.PLH, k.ids["kabid2"], k.ids["kasi"], dt.date(TAHUN, 12, 20),
        dt.date(TAHUN, 12, 31)))
    assert [r.id for r in antrian_persetujuan(k.db, k.akun("kabid2"), TAHUN)] == [a, b]
    # the kasi is still the penilai on the SKP: he keeps them as well
    assert [r.id for r in antrian_persetujuan(k.db, kasi, TAHUN)] == [a, b]
    tetapkan(k.db, kasi, a, tempat=TEMPAT)
    assert [r.id for r in antrian_persetujuan(k.db, k.akun("kabid2"), TAHUN)] == [b]


def test_saving_an_empty_content(kantor: Kantor) -> None:
    k = kantor
    d = get_skp(k.db, k.admin, buat_skp(k.db, k.admin, k.ids["staf"], TAHUN))
    saved = simpan_isi(k.db, k.admin, d.id, IsiSKP(), d.version)
    assert comparable(saved.isi) == comparable(IsiSKP())
