"""SKP plans: creating (penilai on the date, Plt/Plh, form family, roles), editing as a
diff with audit + outbox, the cascade rule, data scope (issue 3 points 1–3).

The small office built here is shared with test_skp_workflow.py and
test_sasaran_matriks.py (import the helpers, not the tests).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from kinerja_desktop.domain.atasan import JenisPenugasan
from kinerja_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from kinerja_desktop.domain.pegawai import PegawaiInput
from kinerja_desktop.domain.roles import Role
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
)
from kinerja_desktop.services.auth import create_account, login
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.pegawai import get_pegawai, save_pegawai
from kinerja_desktop.services.penugasan import PenugasanInput, save_penugasan
from kinerja_desktop.services.sasaran_unit import Indikator, Sasaran, simpan_sasaran_unit
from kinerja_desktop.services.skp import (
    Identitas,
    SkpDetail,
    buat_skp,
    current_skp_id,
    get_skp,
    isi_tahun_lalu,
    jumlah_per_status,
    list_skp,
    pilihan_intervensi,
    simpan_ekspektasi,
    simpan_isi,
)
from kinerja_desktop.services.skp_workflow import riwayat
from kinerja_desktop.services.unit_kerja import UnitInput, save_unit
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import (
    AuditLog,
    IkiRow,
    Outbox,
    RhkRow,
    SasaranUnit,
    Skp,
    SkpTransisi,
)
from tests import cetakan

TAHUN = 2025  # a past year: "today" clamps to 31 December, so approvals do not drift
HARI = dt.date(TAHUN, 1, 10)
NIP = {
    "kadis": "197001011995031001",
    "kabid": "198001012005011002",
    "kasi": "198501012010011003",
    "staf": "199001012015052001",
    "staf2": "199202022018012003",
    "kabid2": "198202022008011004",
}
# The head of office is assessed by the Sekda, who is not in this database.
SEKDA = Identitas(None, "Drs. H. Sekda Daerah, M.Si.", "19650101 199003 1 001",
                  "Pembina Utama Madya, IV/d", "Sekretaris Daerah", "Pemerintah Kabupaten")


@dataclass
class Kantor:
    """Dinas (kadis) → Bidang Pembinaan (kabid) → Seksi Kurikulum (kasi, staf, staf2);
    Bidang Sarana (kabid2) beside it."""

    db: Database
    admin: Actor
    ids: dict[str, uuid.UUID]
    units: dict[str, uuid.UUID]

    def akun(self, who: str, role: Role = Role.PEGAWAI) -> Actor:
        return Actor(None, who, role, self.ids[who])


def _pegawai(db: Database, admin: Actor, nip: str, nama: str, unit: str, atasan: str = "",
             **extra: str) -> uuid.UUID:
    data = PegawaiInput(nip=nip, nama=nama, golongan="III/b", jabatan="Analis Kurikulum",
                        kategori_jabatan="Fungsional", jenjang="Ahli Pertama",
                        unit_kode=unit, atasan_nip=atasan)
    return save_pegawai(db, admin, dataclasses.replace(data, **extra)).id


@cetakan.bersama
def build_kantor(db: Database, admin: Actor) -> Kantor:
    """The office above, made by ``admin`` (copied from a template when ``db`` is in a
    known state: see tests.cetakan)."""
    dinas = save_unit(db, admin, UnitInput("1", "Dinas Pendidikan")).id
    bidang = save_unit(db, admin, UnitInput("1.1", "Bidang Pembinaan", dinas)).id
    seksi = save_unit(db, admin, UnitInput("1.1.1", "Seksi Kurikulum", bidang)).id
    sarana = save_unit(db, admin, UnitInput("1.2", "Bidang Sarana", dinas)).id
    ids = {
        "kadis": _pegawai(db, admin, NIP["kadis"], "Ahmad Fauzi", "1", golongan="IV/c",
                          jabatan="Kepala Dinas", kategori_jabatan="JPT Pratama", jenjang=""),
        "kabid": _pegawai(db, admin, NIP["kabid"], "Rina Marlina", "1.1", NIP["kadis"],
                          golongan="IV/a", jabatan="Kepala Bidang Pembinaan",
                          kategori_jabatan="Administrator", jenjang=""),
        "kasi": _pegawai(db, admin, NIP["kasi"], "Budi Santoso", "1.1.1", NIP["kabid"],
                         jabatan="Kepala Seksi Kurikulum", kategori_jabatan="Pengawas",
                         jenjang=""),
        "staf": _pegawai(db, admin, NIP["staf"], "Siti Aminah", "1.1.1", NIP["kasi"],
                         gelar_belakang="S.Kom."),
        "staf2": _pegawai(db, admin, NIP["staf2"], "Yusuf Hasibuan", "1.1.1", NIP["kasi"]),
        "kabid2": _pegawai(db, admin, NIP["kabid2"], "Dewi Lestari", "1.2", NIP["kadis"],
                           golongan="IV/a", jabatan="Kepala Bidang Sarana",
                           kategori_jabatan="Administrator", jenjang=""),
    }
    return Kantor(db, admin, ids, {"1": dinas, "1.1": bidang, "1.1.1": seksi, "1.2": sarana})


@pytest.fixture
def kantor(site_db: Database, admin: Actor) -> Kantor:
    return build_kantor(site_db, admin)


def isi_lengkap(*, rhk_id: uuid.UUID | None = None, sasaran_id: uuid.UUID | None = None,
                uraian: str = "Tersusunnya kurikulum muatan lokal", jpt: bool = False,
                tambahan: bool = False) -> IsiSKP:
    """A complete plan: one RHK utama (two IKI), optionally one tambahan."""
    perspektif = Perspektif.PROSES_BISNIS if jpt else None
    rows = [Rhk(uraian, JenisRHK.UTAMA, [
        Iki("Jumlah dokumen kurikulum", Aspek.KUANTITAS, Decimal(4), "dokumen",
            perspektif=perspektif),
        Iki("Ketepatan waktu penyusunan", Aspek.WAKTU, Decimal(12), "bulan",
            perspektif=perspektif),
    ], intervensi_rhk_id=rhk_id, intervensi_sasaran_id=sasaran_id,
        intervensi_teks="" if rhk_id or sasaran_id else "RHK pimpinan di luar kantor")]
    if tambahan:
        rows.append(Rhk("Menjadi narasumber bimtek", JenisRHK.TAMBAHAN, [
            Iki("Jumlah bimtek", Aspek.KUANTITAS, Decimal("2.5"), "kegiatan",
                perspektif=perspektif)], intervensi_rhk_id=rhk_id,
            intervensi_sasaran_id=sasaran_id,
            intervensi_teks="" if rhk_id or sasaran_id else "RHK pimpinan di luar kantor"))
    return IsiSKP(
        form_family=FormFamily.JPT if jpt else FormFamily.JA_JF, rhk=rows,
        ekspektasi={1: "Responsif terhadap keluhan sekolah"},
        lampiran=Lampiran(["Anggaran DPA"], ["Laporan triwulan"], ["Teguran tertulis"]),
    )


def keadaan(db: Database) -> tuple[object, ...]:
    """Everything an SKP service may write: row counts, SKP versions and statuses."""
    with db.read() as s:
        counts = tuple(
            s.scalar(select(func.count()).select_from(m)) or 0
            for m in (Skp, RhkRow, IkiRow, SkpTransisi, SasaranUnit, Outbox, AuditLog)
        )
        skps = sorted((str(r.id), r.version, r.status.value, r.penilai_id, r.ditutup_pada)
                      for r in s.scalars(select(Skp)))
        live_rhk = s.scalar(select(func.count()).select_from(RhkRow)
                            .where(RhkRow.deleted_at.is_(None)))
    return counts, tuple(map(str, skps)), live_rhk


def outbox_rows(db: Database, entity_id: uuid.UUID) -> list[tuple[int, str]]:
    with db.read() as s:
        return [(v, op) for v, op in s.execute(
            select(Outbox.version, Outbox.op).where(Outbox.entity_id == entity_id)
            .order_by(Outbox.seq))]


def skp_dengan_isi(k: Kantor, who: str, isi: IsiSKP, actor: Actor | None = None,
                   today: dt.date = HARI) -> SkpDetail:
    """A DRAFT SKP of ``who`` with ``isi``, made by the admin."""
    sid = buat_skp(k.db, k.admin, k.ids[who], TAHUN, today=today)
    d = get_skp(k.db, k.admin, sid)
    return simpan_isi(k.db, actor or k.admin, sid, isi, d.version)


@cetakan.bersama
def tetapkan_rantai(k: Kantor) -> dict[str, SkpDetail]:
    """Ditetapkan SKPs down the cascade: kadis (goal of the Dinas) → kabid → kasi
    (copied from a template when ``k.db`` is in a known state: see tests.cetakan)."""
    from kinerja_desktop.services.skp_workflow import ajukan, ganti_penilai, tetapkan

    goals = simpan_sasaran_unit(k.db, k.admin, k.units["1"], TAHUN, [
        Sasaran("Meningkatnya mutu pendidikan dasar", (Indikator("Angka kelulusan", "98 %"),)),
    ])
    out: dict[str, SkpDetail] = {}
    kadis = skp_dengan_isi(k, "kadis", isi_lengkap(sasaran_id=goals.sasaran[0].id, jpt=True))
    ganti_penilai(k.db, k.admin, kadis.id, "Kepala dinas dinilai Sekda",
                  penilai_luar=SEKDA)
    ajukan(k.db, k.admin, kadis.id)
    out["kadis"] = tetapkan(k.db, k.admin, kadis.id, tempat="Kota Agung",
                            tanggal=dt.date(TAHUN, 1, 20))
    leader = out["kadis"].isi.rhk[0].id
    for who, boss in (("kabid", "kadis"), ("kasi", "kabid")):
        d = skp_dengan_isi(k, who, isi_lengkap(rhk_id=leader, uraian=f"RHK {who}",
                                               tambahan=True))
        ajukan(k.db, k.akun(who), d.id)
        out[who] = tetapkan(k.db, k.akun(boss, Role.PENILAI), d.id, tempat="Kota Agung",
                            tanggal=dt.date(TAHUN, 1, 25))
        leader = out[who].isi.rhk[0].id
    return out


# ---------------------------------------------------------------------------
# buat_skp


def test_new_skp_gets_penilai_and_atasan_penilai_of_the_date(kantor: Kantor) -> None:
    k = kantor
    staf = k.akun("staf")
    sid = buat_skp(k.db, staf, k.ids["staf"], TAHUN, today=HARI)
    d = get_skp(k.db, staf, sid)
    assert (d.status, d.tahun, d.revisi_ke, d.parent_skp_id) == (StatusSKP.DRAFT, TAHUN, 0, None)
    assert (d.periode_mulai, d.periode_selesai) == (dt.date(TAHUN, 1, 1), dt.date(TAHUN, 12, 31))
    assert d.penilai is not None and d.penilai.pegawai_id == k.ids["kasi"]
    assert d.penilai.nama == "Budi Santoso" and d.penilai.jabatan == "Kepala Seksi Kurikulum"
    assert d.atasan_penilai is not None and d.atasan_penilai.pegawai_id == k.ids["kabid"]
    assert d.penilai_sebagai == "definitif"
    assert d.pegawai.nama == "Siti Aminah, S.Kom." and d.pegawai.nip == "19900101 201505 2 001"
    assert d.pegawai.pangkat_gol.endswith("III/b") and d.pegawai.unit_kerja == "Seksi Kurikulum"
    assert d.isi.form_family is FormFamily.JA_JF and d.isi.pendekatan is Pendekatan.KUANTITATIF
    assert d.isi.rhk == [] and not d.is_kepala_unit and not d.dikembalikan
    assert d.hak.ubah_isi and d.hak.ajukan and not d.hak.tetapkan and not d.hak.ganti_penilai
    [step] = riwayat(k.db, staf, sid)
    assert (step.aksi, step.dari, step.ke, step.username, step.oleh_nama, step.atas_nama) == (
        AksiSKP.BUAT, None, StatusSKP.DRAFT, "staf", "Siti Aminah, S.Kom.", "")
    assert current_skp_id(k.db, staf, k.ids["staf"], TAHUN) == sid
    assert outbox_rows(k.db, sid) == [(1, "upsert")]


def test_plt_and_plh_on_the_date_become_penilai(kantor: Kantor) -> None:
    k = kantor
    # Dewi (another head of bidang) is Plt of the kasi in January; in February Yusuf is
    # Plh of his own kasi, so the kabid assesses him.
    save_penugasan(k.db, k.admin, PenugasanInput(
        JenisPenugasan.PLT, k.ids["kabid2"], k.ids["kasi"], dt.date(TAHUN, 1, 1),
        dt.date(TAHUN, 1, 31)))
    save_penugasan(k.db, k.admin, PenugasanInput(
        JenisPenugasan.PLH, k.ids["staf2"], k.ids["kasi"], dt.date(TAHUN, 2, 3),
        dt.date(TAHUN, 2, 7)))
    on_plt = get_skp(k.db, k.admin, buat_skp(k.db, k.admin, k.ids["staf"], TAHUN, today=HARI))
    assert on_plt.penilai is not None and on_plt.penilai.pegawai_id == k.ids["kabid2"]
    assert on_plt.penilai_sebagai == "Plt"
    assert on_plt.atasan_penilai is not None
    assert on_plt.atasan_penilai.pegawai_id == k.ids["kadis"]  # the Plt's own atasan
    own = get_skp(k.db, k.admin, buat_skp(k.db, k.admin, k.ids["staf2"], TAHUN,
                                          today=dt.date(TAHUN, 2, 4)))
    assert own.penilai is not None and own.penilai.pegawai_id == k.ids["kabid"]
    assert own.penilai_sebagai == "atasan dari atasan"
    # After the Plt ended the kasi assesses again.
    later = get_skp(k.db, k.admin, buat_skp(k.db, k.admin, k.ids["kasi"], TAHUN,
                                            today=dt.date(TAHUN, 3, 1)))
    assert later.penilai is not None and later.penilai.pegawai_id == k.ids["kabid"]


def test_start_date_and_today_outside_the_year(kantor: Kantor) -> None:
    k = kantor
    before = keadaan(k.db)
    with pytest.raises(ValidationError) as err:
        buat_skp(k.db, k.admin, k.ids["staf"], TAHUN, mulai=dt.date(TAHUN + 1, 1, 2))
    assert str(err.value) == f"Tanggal mulai {TAHUN + 1}-01-02 tidak berada pada tahun {TAHUN}."
    assert keadaan(k.db) == before
    # a day after the year is clamped to its last day
    sid = buat_skp(k.db, k.admin, k.ids["staf"], TAHUN, mulai=dt.date(TAHUN, 4, 1),
                   today=dt.date(TAHUN + 3, 1, 1))
    d = get_skp(k.db, k.admin, sid)
    assert d.periode_mulai == dt.date(TAHUN, 4, 1)
    assert d.penilai is not None and d.penilai.pegawai_id == k.ids["kasi"]


def test_form_family_follows_the_jabatan(kantor: Kantor) -> None:
    k = kantor
    kadis = get_skp(k.db, k.admin, buat_skp(k.db, k.admin, k.ids["kadis"], TAHUN))
    kabid = get_skp(k.db, k.admin, buat_skp(k.db, k.admin, k.ids["kabid"], TAHUN,
                                            pendekatan=Pendekatan.KUALITATIF))
    assert kadis.isi.form_family is FormFamily.JPT
    assert kadis.penilai is None and kadis.penilai_sebagai == "belum ada atasan langsung"
    assert kadis.is_kepala_unit
    assert kabid.isi.form_family is FormFamily.JA_JF
    assert kabid.isi.pendekatan is Pendekatan.KUALITATIF


def test_second_open_skp_of_the_year_is_refused(kantor: Kantor) -> None:
    k = kantor
    buat_skp(k.db, k.akun("staf"), k.ids["staf"], TAHUN)
    before = keadaan(k.db)
    with pytest.raises(ConflictError) as err:
        buat_skp(k.db, k.admin, k.ids["staf"], TAHUN)
    assert str(err.value) == (f"Pegawai ini sudah memiliki SKP tahun {TAHUN} (status draf); "
                              "buka SKP itu atau buat revisinya.")
    assert keadaan(k.db) == before
    # another year is fine
    buat_skp(k.db, k.admin, k.ids["staf"], TAHUN + 1)


@pytest.mark.parametrize("who", ["staf2", "kasi"])
def test_pegawai_creates_only_his_own(kantor: Kantor, who: str) -> None:
    k = kantor
    before = keadaan(k.db)
    actor = k.akun(who, Role.PENILAI if who == "kasi" else Role.PEGAWAI)
    with pytest.raises(PermissionDenied) as err:
        buat_skp(k.db, actor, k.ids["staf"], TAHUN)
    assert str(err.value) == (f"Akun '{who}' hanya boleh membuat SKP miliknya sendiri; "
                              "admin dapat melakukannya atas nama pegawai lain.")
    assert keadaan(k.db) == before


def test_admin_creates_for_anyone_recorded_as_acting_for_him(kantor: Kantor) -> None:
    k = kantor
    sid = buat_skp(k.db, k.admin, k.ids["staf"], TAHUN)
    [step] = riwayat(k.db, k.admin, sid)
    assert (step.username, step.atas_nama, step.oleh_nama) == ("admin", "Siti Aminah, S.Kom.", "")
    with k.db.read() as s:
        audit = s.scalars(select(AuditLog.action).where(AuditLog.entity_id == str(sid))).all()
    assert audit == ["buat_skp"]


def test_inactive_or_unknown_pegawai(kantor: Kantor) -> None:
    k = kantor
    detail = get_pegawai(k.db, k.admin, k.ids["staf2"])
    save_pegawai(k.db, k.admin, dataclasses.replace(detail.to_input(), aktif=False), detail.id)
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match=r"^Pegawai tidak aktif; SKP tidak dapat dibuat\.$"):
        buat_skp(k.db, k.admin, k.ids["staf2"], TAHUN)
    with pytest.raises(NotFoundError, match="Pegawai tidak ditemukan"):
        buat_skp(k.db, k.admin, uuid.uuid4(), TAHUN)
    assert keadaan(k.db) == before


def test_new_skp_with_content_is_complete_in_its_first_outbox_row(kantor: Kantor) -> None:
    k = kantor
    isi = isi_lengkap()
    sid = buat_skp(k.db, k.admin, k.ids["staf"], TAHUN, isi=isi)
    d = get_skp(k.db, k.admin, sid)
    assert comparable(d.isi) == comparable(isi)
    with k.db.read() as s:
        [payload] = s.scalars(select(Outbox.payload).where(Outbox.entity_id == sid)).all()
    assert payload["lampiran"]["konsekuensi"] == ["Teguran tertulis"]
    assert payload["ekspektasi"] == {"1": "Responsif terhadap keluhan sekolah"}
    assert d.version == payload["version"] == 1


# ---------------------------------------------------------------------------
# simpan_isi: a diff of the rows


def test_saving_keeps_ids_of_unchanged_rows_and_tombstones_removed_ones(kantor: Kantor) -> None:
    k = kantor
    staf = k.akun("staf")
    d = skp_dengan_isi(k, "staf", isi_lengkap(tambahan=True), actor=staf)
    assert [r.jenis for r in d.isi.rhk] == [JenisRHK.UTAMA, JenisRHK.TAMBAHAN]
    utama, tambahan = d.isi.rhk
    assert utama.id is not None and tambahan.id is not None
    kept_iki, changed_iki = utama.iki
    assert kept_iki.id is not None and changed_iki.id is not None
    isi = d.isi
    changed_iki.target_nilai = Decimal("11.5")
    isi.rhk = [utama, Rhk("RHK baru", JenisRHK.UTAMA, [Iki("Jumlah modul", Aspek.KUALITAS,
                                                             Decimal(3), "modul")],
                          intervensi_teks="RHK pimpinan")]
    before_outbox = keadaan(k.db)[0][5]
    saved = simpan_isi(k.db, staf, d.id, isi, d.version)
    assert saved.version == d.version + 1
    assert [r.uraian for r in saved.isi.rhk] == [utama.uraian, "RHK baru"]
    assert saved.isi.rhk[0].id == utama.id
    assert [i.id for i in saved.isi.rhk[0].iki] == [kept_iki.id, changed_iki.id]
    assert saved.isi.rhk[0].iki[1].target_nilai == Decimal("11.5")
    new_rhk = saved.isi.rhk[1]
    assert new_rhk.id not in (utama.id, tambahan.id)
    with k.db.read() as s:
        rows = {r.id: r for r in s.scalars(select(RhkRow).where(RhkRow.skp_id == d.id))}
        ikis = {i.id: i for i in s.scalars(select(IkiRow))}
    assert rows[tambahan.id].deleted_at is not None and rows[utama.id].deleted_at is None
    assert rows[utama.id].version == 1  # unchanged RHK: not touched
    assert ikis[kept_iki.id].version == 1 and ikis[changed_iki.id].version == 2
    assert all(i.deleted_at is not None for i in ikis.values() if i.rhk_id == tambahan.id)
    # outbox: the skp, the changed IKI, the new RHK and IKI, the tombstones
    assert outbox_rows(k.db, changed_iki.id) == [(1, "upsert"), (2, "upsert")]
    assert outbox_rows(k.db, tambahan.id) == [(1, "upsert"), (2, "delete")]
    assert outbox_rows(k.db, kept_iki.id) == [(1, "upsert")]
    assert outbox_rows(k.db, new_rhk.id) == [(1, "upsert")]
    assert outbox_rows(k.db, d.id)[-1] == (saved.version, "upsert")
    assert keadaan(k.db)[0][5] - before_outbox == 6  # skp, iki, rhk+iki new, rhk+iki gone
    # saving the same content again writes only the SKP row
    again = simpan_isi(k.db, staf, d.id, saved.isi, saved.version)
    assert comparable(again.isi) == comparable(saved.isi)
    assert [r.id for r in again.isi.rhk] == [r.id for r in saved.isi.rhk]
    assert keadaan(k.db)[0][5] - before_outbox == 7


def test_reorder_and_move_iki(kantor: Kantor) -> None:
    k = kantor
    d = skp_dengan_isi(k, "staf", isi_lengkap())
    isi = d.isi
    first, second = isi.rhk[0].iki
    isi.rhk[0].iki = [second, first]
    isi.rhk.append(Rhk("Kedua", iki=[first], intervensi_teks="RHK pimpinan"))
    isi.rhk[0].iki = [second]
    saved = simpan_isi(k.db, k.admin, d.id, isi, d.version)
    assert saved.isi.rhk[0].iki[0].id == second.id
    # moved to another RHK: a new row (the old one is tombstoned)
    assert saved.isi.rhk[1].iki[0].id != first.id
    assert saved.isi.rhk[1].iki[0].uraian == first.uraian


def test_a_copied_row_with_the_same_id_becomes_a_new_row(kantor: Kantor) -> None:
    k = kantor
    d = skp_dengan_isi(k, "staf", isi_lengkap())
    isi = d.isi
    copy = dataclasses.replace(isi.rhk[0], uraian="Salinan", iki=[
        dataclasses.replace(i) for i in isi.rhk[0].iki])
    isi.rhk.append(copy)
    saved = simpan_isi(k.db, k.admin, d.id, isi, d.version)
    assert [r.uraian for r in saved.isi.rhk] == [isi.rhk[0].uraian, "Salinan"]
    assert saved.isi.rhk[0].id == isi.rhk[0].id and saved.isi.rhk[1].id != isi.rhk[0].id
    assert len({i.id for r in saved.isi.rhk for i in r.iki}) == 4
    assert comparable(saved.isi) == comparable(isi)


def test_stale_version_is_a_conflict_and_changes_nothing(kantor: Kantor) -> None:
    k = kantor
    d = skp_dengan_isi(k, "staf", isi_lengkap())
    simpan_isi(k.db, k.akun("kasi", Role.PENILAI), d.id, d.isi, d.version)  # the penilai edits
    before = keadaan(k.db)
    with pytest.raises(ConflictError) as err:
        simpan_isi(k.db, k.akun("staf"), d.id, isi_lengkap(uraian="Lain"), d.version)
    assert "sudah diubah orang lain" in str(err.value)
    assert f"versi {d.version} → {d.version + 1}" in str(err.value)
    assert keadaan(k.db) == before


@pytest.mark.parametrize(("who", "role", "message"), [
    ("staf2", Role.PEGAWAI, "Akun 'staf2' tidak berhak melihat SKP pegawai ini."),
    ("kabid2", Role.PENILAI, "Akun 'kabid2' tidak berhak melihat SKP pegawai ini."),
    # the kabid sees his staff's staff only as atasan penilai: he may not edit
    ("kabid", Role.PENILAI, "Akun 'kabid' tidak boleh mengubah SKP pegawai lain."),
])
def test_others_may_not_edit(kantor: Kantor, who: str, role: Role, message: str) -> None:
    k = kantor
    d = skp_dengan_isi(k, "staf", isi_lengkap())
    before = keadaan(k.db)
    with pytest.raises(PermissionDenied) as err:
        simpan_isi(k.db, k.akun(who, role), d.id, isi_lengkap(uraian="Lain"), d.version)
    assert str(err.value) == message
    assert keadaan(k.db) == before


@pytest.mark.parametrize(("change", "message"), [
    ({"target_satuan": "x" * 81}, "RHK utama 1, IKI 1: satuan target terlalu panjang"),
    ({"target_nilai": Decimal(-1)}, "RHK utama 1, IKI 1: target -1 bukan angka target yang sah"),
    ({"target_nilai": Decimal("1." + "1" * 45)}, "bukan angka target yang sah"),
])
def test_values_the_columns_cannot_hold_are_refused_on_every_database(
        kantor: Kantor, change: dict[str, object], message: str) -> None:
    k = kantor
    d = skp_dengan_isi(k, "staf", isi_lengkap())
    isi = d.isi
    isi.rhk[0].iki[0] = dataclasses.replace(isi.rhk[0].iki[0], **change)
    before = keadaan(k.db)
    with pytest.raises(ValidationError) as err:
        simpan_isi(k.db, k.admin, d.id, isi, d.version)
    assert message in str(err.value)
    assert keadaan(k.db) == before


def test_ekspektasi_number_must_be_a_core_value(kantor: Kantor) -> None:
    k = kantor
    d = skp_dengan_isi(k, "staf", isi_lengkap())
    before = keadaan(k.db)
    isi = d.isi
    isi.ekspektasi = {8: "Tidak ada"}
    with pytest.raises(ValidationError, match=r"BerAKHLAK nomor 8 tidak ada \(1–7\)"):
        simpan_isi(k.db, k.admin, d.id, isi, d.version)
    assert keadaan(k.db) == before


def test_ekspektasi_khusus_by_the_penilai(kantor: Kantor) -> None:
    k = kantor
    d = skp_dengan_isi(k, "staf", isi_lengkap())
    before = keadaan(k.db)
    with pytest.raises(PermissionDenied, match="hanya diisi oleh pejabat penilai kinerja"):
        simpan_ekspektasi(k.db, k.akun("staf"), d.id, {2: "Jujur"}, d.version)
    assert keadaan(k.db) == before
    saved = simpan_ekspektasi(k.db, k.akun("kasi", Role.PENILAI), d.id,
                              {2: " Jujur ", 3: "  "}, d.version)
    assert saved.isi.ekspektasi == {2: "Jujur"} and saved.version == d.version + 1


def test_the_pegawai_saving_his_content_keeps_the_penilais_ekspektasi(kantor: Kantor) -> None:
    k = kantor
    d = skp_dengan_isi(k, "staf", isi_lengkap())
    d = simpan_ekspektasi(k.db, k.akun("kasi", Role.PENILAI), d.id, {2: "Jujur"}, d.version)
    mine = d.isi  # a fresh value from the service, ids kept
    mine.ekspektasi = {2: "Tidak perlu", 5: "Tulisan pegawai"}
    mine.lampiran.konsekuensi = ["Teguran"]
    saved = simpan_isi(k.db, k.akun("staf"), d.id, mine, d.version)
    assert saved.isi.ekspektasi == {2: "Jujur"}  # the pimpinan's words, as stored
    assert saved.isi.lampiran.konsekuensi == ["Teguran"]  # the rest of the save counts
    mine.ekspektasi = {2: "Jujur dan teliti"}
    saved = simpan_isi(k.db, k.akun("kasi", Role.PENILAI), d.id, mine, saved.version)
    assert saved.isi.ekspektasi == {2: "Jujur dan teliti"}


# ---------------------------------------------------------------------------
# The cascade rule


def test_rhk_must_intervene_an_rhk_of_the_penilai(kantor: Kantor) -> None:
    k = kantor
    chain = tetapkan_rantai(k)
    kabid_rhk = chain["kabid"].isi.rhk[0].id
    kasi_rhk = chain["kasi"].isi.rhk[0].id
    d = get_skp(k.db, k.admin, buat_skp(k.db, k.admin, k.ids["staf"], TAHUN))
    before = keadaan(k.db)
    with pytest.raises(ValidationError) as err:
        simpan_isi(k.db, k.akun("staf"), d.id, isi_lengkap(rhk_id=kabid_rhk), d.version)
    assert str(err.value) == (
        "RHK utama 1: rencana hasil kerja yang diintervensi bukan milik pejabat penilai "
        "kinerja SKP ini (tahun yang sama). Pilih dari SKP pejabat penilai.")
    # an unknown id is refused the same way
    with pytest.raises(ValidationError, match="bukan milik pejabat penilai"):
        simpan_isi(k.db, k.akun("staf"), d.id, isi_lengkap(rhk_id=uuid.uuid4()), d.version)
    assert keadaan(k.db) == before
    saved = simpan_isi(k.db, k.akun("staf"), d.id, isi_lengkap(rhk_id=kasi_rhk), d.version)
    assert saved.isi.rhk[0].intervensi_rhk_id == kasi_rhk
    choices = pilihan_intervensi(k.db, k.akun("staf"), d.id)
    assert [(c.jenis, c.uraian, c.pemilik) for c in choices] == [
        ("rhk", "RHK kasi", "Budi Santoso"), ("rhk", "Menjadi narasumber bimtek", "Budi Santoso")]
    assert choices[0].keterangan == ("Jumlah dokumen kurikulum (4 dokumen); Ketepatan waktu "
                                     "penyusunan (12 bulan)")


def test_only_the_head_of_a_unit_intervenes_its_goals(kantor: Kantor) -> None:
    k = kantor
    dinas = simpan_sasaran_unit(k.db, k.admin, k.units["1"], TAHUN, [
        Sasaran("Meningkatnya mutu pendidikan", (Indikator("Angka kelulusan", "98 %"),))])
    bidang = simpan_sasaran_unit(k.db, k.admin, k.units["1.1"], TAHUN, [
        Sasaran("Meningkatnya mutu guru", (Indikator("Guru bersertifikat", "90 %"),))])
    goal, bidang_goal = dinas.sasaran[0].id, bidang.sasaran[0].id
    # the kadis heads the Dinas, the kabid the Bidang (each the only member whose atasan
    # is outside his unit)
    kadis = get_skp(k.db, k.admin, buat_skp(k.db, k.admin, k.ids["kadis"], TAHUN))
    kabid = get_skp(k.db, k.admin, buat_skp(k.db, k.admin, k.ids["kabid"], TAHUN))
    kasi = get_skp(k.db, k.admin, buat_skp(k.db, k.admin, k.ids["kasi"], TAHUN))
    assert kadis.is_kepala_unit and kabid.is_kepala_unit and kasi.is_kepala_unit
    before = keadaan(k.db)
    with pytest.raises(ValidationError) as err:
        simpan_isi(k.db, k.admin, kabid.id, isi_lengkap(sasaran_id=goal), kabid.version)
    assert str(err.value) == ("RHK utama 1: sasaran unit hanya dapat diintervensi oleh kepala "
                              "unit kerja itu pada tahun yang sama.")
    # the kasi heads the Seksi, not the Bidang above it
    with pytest.raises(ValidationError, match="sasaran unit hanya dapat diintervensi"):
        simpan_isi(k.db, k.admin, kasi.id, isi_lengkap(sasaran_id=bidang_goal), kasi.version)
    assert keadaan(k.db) == before
    assert [(c.jenis, c.uraian, c.pemilik, c.keterangan)
            for c in pilihan_intervensi(k.db, k.admin, kadis.id)] == [
        ("sasaran", "Meningkatnya mutu pendidikan", "Dinas Pendidikan",
         "Angka kelulusan (98 %)")]
    saved = simpan_isi(k.db, k.admin, kadis.id, isi_lengkap(sasaran_id=goal, jpt=True),
                       kadis.version)
    assert saved.isi.rhk[0].intervensi_sasaran_id == goal
    saved = simpan_isi(k.db, k.admin, kabid.id, isi_lengkap(sasaran_id=bidang_goal),
                       kabid.version)
    assert saved.isi.rhk[0].intervensi_sasaran_id == bidang_goal


def test_goal_of_a_higher_unit_is_refused_even_beside_a_valid_rhk(kantor: Kantor) -> None:
    k = kantor
    goal = simpan_sasaran_unit(k.db, k.admin, k.units["1"], TAHUN, [
        Sasaran("Meningkatnya mutu pendidikan", (Indikator("Angka kelulusan", "98 %"),))])
    kadis_skp = get_skp(k.db, k.admin, buat_skp(k.db, k.admin, k.ids["kadis"], TAHUN))
    kadis = simpan_isi(k.db, k.admin, kadis_skp.id,
                       isi_lengkap(sasaran_id=goal.sasaran[0].id, jpt=True), kadis_skp.version)
    kabid = get_skp(k.db, k.admin, buat_skp(k.db, k.admin, k.ids["kabid"], TAHUN))
    # the kabid heads the Bidang but its goals were not set: he picks the kadis's RHK
    isi = isi_lengkap(rhk_id=kadis.isi.rhk[0].id)
    isi.rhk[0].intervensi_sasaran_id = goal.sasaran[0].id
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match="sasaran unit hanya dapat diintervensi"):
        simpan_isi(k.db, k.admin, kabid.id, isi, kabid.version)
    assert keadaan(k.db) == before


def test_head_of_unit_with_both_rhk_and_goal_must_pick_one(kantor: Kantor) -> None:
    k = kantor
    chain = tetapkan_rantai(k)
    bidang = simpan_sasaran_unit(k.db, k.admin, k.units["1.1"], TAHUN + 0, [
        Sasaran("Meningkatnya mutu guru", (Indikator("Guru bersertifikat", "90 %"),))])
    from kinerja_desktop.services.skp_workflow import buat_revisi

    rid = buat_revisi(k.db, k.admin, chain["kabid"].id, "Tambah sasaran bidang")
    rev = get_skp(k.db, k.admin, rid)
    isi = rev.isi
    isi.rhk[0].intervensi_sasaran_id = bidang.sasaran[0].id
    before = keadaan(k.db)
    with pytest.raises(ValidationError) as err:
        simpan_isi(k.db, k.admin, rid, isi, rev.version)
    assert str(err.value) == "RHK utama 1: pilih satu saja — RHK pimpinan atau sasaran unit."
    assert keadaan(k.db) == before


def test_under_a_plt_the_definitive_atasan_can_still_be_intervened(kantor: Kantor) -> None:
    k = kantor
    chain = tetapkan_rantai(k)
    save_penugasan(k.db, k.admin, PenugasanInput(
        JenisPenugasan.PLH, k.ids["kabid2"], k.ids["kasi"], dt.date(TAHUN, 1, 5),
        dt.date(TAHUN, 1, 15)))
    d = get_skp(k.db, k.admin, buat_skp(k.db, k.admin, k.ids["staf"], TAHUN, today=HARI))
    assert d.penilai is not None and d.penilai.pegawai_id == k.ids["kabid2"]
    assert d.penilai_sebagai == "Plh"
    kasi_rhk = chain["kasi"].isi.rhk[0].id
    assert kasi_rhk in {c.id for c in pilihan_intervensi(k.db, k.admin, d.id)}
    saved = simpan_isi(k.db, k.admin, d.id, isi_lengkap(rhk_id=kasi_rhk), d.version)
    assert saved.isi.rhk[0].intervensi_rhk_id == kasi_rhk
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match="bukan milik pejabat penilai"):
        simpan_isi(k.db, k.admin, d.id, isi_lengkap(rhk_id=chain["kabid"].isi.rhk[0].id),
                   saved.version)
    assert keadaan(k.db) == before


# ---------------------------------------------------------------------------
# Reading and data scope


def test_a_pegawai_cannot_read_another_pegawais_skp(kantor: Kantor) -> None:
    k = kantor
    mine = buat_skp(k.db, k.akun("staf"), k.ids["staf"], TAHUN)
    other = buat_skp(k.db, k.akun("staf2"), k.ids["staf2"], TAHUN)
    boss = buat_skp(k.db, k.admin, k.ids["kasi"], TAHUN)
    staf = k.akun("staf")
    for sid in (other, boss):
        with pytest.raises(PermissionDenied) as err:
            get_skp(k.db, staf, sid)
        assert str(err.value) == "Akun 'staf' tidak berhak melihat SKP pegawai ini."
        with pytest.raises(PermissionDenied):
            riwayat(k.db, staf, sid)
        with pytest.raises(PermissionDenied):
            pilihan_intervensi(k.db, staf, sid)
    with pytest.raises(PermissionDenied):
        current_skp_id(k.db, staf, k.ids["staf2"], TAHUN)
    assert [r.id for r in list_skp(k.db, staf, TAHUN)] == [mine]
    assert get_skp(k.db, staf, mine).id == mine
    # the penilai reads his staff's plans (and the staff sees who assesses him)
    kasi = k.akun("kasi", Role.PENILAI)
    assert {r.id for r in list_skp(k.db, kasi, TAHUN)} == {mine, other, boss}
    assert get_skp(k.db, kasi, other).id == other
    assert {r.id for r in list_skp(k.db, k.admin, TAHUN)} == {mine, other, boss}
    assert [r.nama for r in list_skp(k.db, k.admin, TAHUN, unit_id=k.units["1.1.1"])] == [
        "Budi Santoso", "Siti Aminah, S.Kom.", "Yusuf Hasibuan"]
    with pytest.raises(NotFoundError, match="SKP tidak ditemukan"):
        get_skp(k.db, k.admin, uuid.uuid4())


def test_scope_with_real_accounts(kantor: Kantor) -> None:
    k = kantor
    create_account(k.db, k.admin, "siti", "sandi-siti-123", Role.PEGAWAI, NIP["staf"])
    create_account(k.db, k.admin, "yusuf", "sandi-yusuf-123", Role.PEGAWAI, NIP["staf2"])
    siti = login(k.db, "siti", "sandi-siti-123")
    yusuf = login(k.db, "yusuf", "sandi-yusuf-123")
    sid = buat_skp(k.db, siti, k.ids["staf"], TAHUN)
    with pytest.raises(PermissionDenied, match="tidak berhak melihat SKP"):
        get_skp(k.db, yusuf, sid)
    assert list_skp(k.db, yusuf, TAHUN) == []
    [step] = riwayat(k.db, siti, sid)
    assert step.username == "siti" and step.atas_nama == ""


def test_list_rows_count_rhk_and_iki(kantor: Kantor) -> None:
    k = kantor
    d = skp_dengan_isi(k, "staf", isi_lengkap(tambahan=True))
    [row] = list_skp(k.db, k.admin, TAHUN, status=StatusSKP.DRAFT)
    assert (row.id, row.jumlah_rhk, row.jumlah_iki, row.penilai_nama, row.status_label) == (
        d.id, 2, 3, "Budi Santoso", "Draf")
    assert (row.nip, row.jabatan, row.unit_nama, row.version) == (
        NIP["staf"], "Analis Kurikulum", "Seksi Kurikulum", d.version)
    assert list_skp(k.db, k.admin, TAHUN, status=StatusSKP.DITETAPKAN) == []
    counts = jumlah_per_status(k.db, k.admin, TAHUN)
    assert counts[StatusSKP.DRAFT] == 1 and sum(counts.values()) == 1


def test_last_years_plan_as_a_start(kantor: Kantor) -> None:
    k = kantor
    chain = tetapkan_rantai(k)
    start = isi_tahun_lalu(k.db, k.akun("kasi"), k.ids["kasi"], TAHUN + 1)
    assert start is not None
    assert [r.uraian for r in start.rhk] == ["RHK kasi", "Menjadi narasumber bimtek"]
    assert all(r.id is None and r.intervensi_rhk_id is None and r.asal_id is None
               for r in start.rhk)
    assert start.rhk[0].iki[0].target_label() == "4 dokumen"
    assert start.ekspektasi == chain["kasi"].isi.ekspektasi
    assert isi_tahun_lalu(k.db, k.admin, k.ids["staf"], TAHUN + 1) is None
    with pytest.raises(PermissionDenied):
        isi_tahun_lalu(k.db, k.akun("staf"), k.ids["kasi"], TAHUN + 1)
