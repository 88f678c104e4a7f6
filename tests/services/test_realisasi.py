"""Realisasi per IKI per period with bukti dukung, up to DIAJUKAN (issue 4 point 1)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kinerja_desktop.domain.errors import (
    ConflictError,
    PermissionDenied,
    UserError,
    ValidationError,
)
from kinerja_desktop.domain.evaluasi import StatusEvaluasi
from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skp import StatusSKP
from kinerja_desktop.services.berkas import MAKS_UKURAN, baca_berkas, berkas_dari_file
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.penilaian import kembalikan_realisasi
from kinerja_desktop.services.realisasi import (
    EvaluasiDTO,
    ajukan_realisasi,
    buka_evaluasi,
    get_evaluasi,
    hapus_bukti,
    isi_realisasi,
    tambah_bukti,
)
from kinerja_desktop.services.skp import SkpDetail
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.storage.models import (
    AuditLog,
    Berkas,
    BuktiDukung,
    EvaluasiPeriode,
    Outbox,
    RealisasiIki,
    Skp,
)
from tests.services.test_skp_service import (
    TAHUN,
    Kantor,
    build_kantor,
    isi_lengkap,
    skp_dengan_isi,
    tetapkan_rantai,
)

TW1 = f"{TAHUN}-TW1"


@pytest.fixture
def rantai(site_db: Database, admin: Actor) -> tuple[Kantor, dict[str, SkpDetail]]:
    k = build_kantor(site_db, admin)
    return k, tetapkan_rantai(k)


def keadaan(db: Database) -> tuple[object, ...]:
    """Everything these services may write: row counts and evaluation versions/statuses."""
    with db.read() as s:
        counts = tuple(
            s.scalar(select(func.count()).select_from(m)) or 0
            for m in (EvaluasiPeriode, RealisasiIki, BuktiDukung, Berkas, Outbox, AuditLog)
        )
        evals = sorted((str(r.id), r.version, r.status.value)
                       for r in s.scalars(select(EvaluasiPeriode)))
        reals = sorted((str(r.id), r.version, r.realisasi_nilai, r.realisasi_teks)
                       for r in s.scalars(select(RealisasiIki)))
    return counts, tuple(evals), tuple(map(str, reals))


def outbox_entities(db: Database, entity_id: uuid.UUID) -> list[tuple[str, int, str]]:
    with db.read() as s:
        return [(e, v, op) for e, v, op in s.execute(
            select(Outbox.entity, Outbox.version, Outbox.op)
            .where(Outbox.entity_id == entity_id).order_by(Outbox.seq))]


def isi_semua(k: Kantor, ev: EvaluasiDTO, who: str = "kasi") -> EvaluasiDTO:
    for r in ev.realisasi:
        ev = isi_realisasi(k.db, k.akun(who), ev.id, r.iki_id, nilai=r.target_nilai,
                           teks="Sesuai target", expected_version=ev.version)
    return ev


# ---------------------------------------------------------------------------
# Happy path


def test_fill_attach_and_submit(rantai: tuple[Kantor, dict[str, SkpDetail]],
                                tmp_path: Path) -> None:
    k, skp = rantai
    kasi = k.akun("kasi")
    ev = get_evaluasi(k.db, kasi, skp["kasi"].id, TW1)
    assert (ev.status, ev.periode_key, ev.periode_label) == (
        StatusEvaluasi.BELUM_DIISI, TW1, "TRIWULAN I")
    assert (ev.mulai, ev.selesai) == (dt.date(TAHUN, 1, 1), dt.date(TAHUN, 3, 31))
    assert (ev.pegawai_nama, ev.boleh_ubah, ev.boleh_ajukan) == ("Budi Santoso", True, False)
    assert [(r.rhk_label, r.iki_uraian, r.target) for r in ev.realisasi] == [
        ("RHK utama 1", "Jumlah dokumen kurikulum", "4 dokumen"),
        ("RHK utama 1", "Ketepatan waktu penyusunan", "12 bulan"),
        ("RHK tambahan 1", "Jumlah bimtek", "2,5 kegiatan"),
    ]
    assert outbox_entities(k.db, ev.id) == [("evaluasi_periode", 1, "upsert")]
    # opened once: looking again neither creates nor bumps anything
    before = keadaan(k.db)
    assert get_evaluasi(k.db, kasi, skp["kasi"].id, TW1.lower()).id == ev.id
    assert keadaan(k.db) == before

    first = ev.realisasi[0]
    ev = isi_realisasi(k.db, kasi, ev.id, first.iki_id, nilai=Decimal("1.5"),
                       teks=" Dua draf selesai ", expected_version=ev.version)
    assert ev.status is StatusEvaluasi.REALISASI_DIISI and ev.version == 2
    assert (ev.realisasi[0].realisasi_nilai, ev.realisasi[0].realisasi_teks) == (
        Decimal("1.5"), "Dua draf selesai")
    # upsert: the same IKI again updates its row
    ev = isi_realisasi(k.db, kasi, ev.id, first.iki_id, nilai=Decimal(2), teks="",
                       expected_version=ev.version)
    r0 = ev.realisasi[0]
    assert (r0.realisasi_nilai, r0.realisasi_teks) == (Decimal(2), "")
    assert r0.realisasi_id is not None
    assert outbox_entities(k.db, r0.realisasi_id) == [
        ("realisasi_iki", 1, "upsert"), ("realisasi_iki", 2, "upsert")]

    path = tmp_path / "Notulen rapat.pdf"
    path.write_bytes(b"%PDF-1.4 notulen")
    data, mime = berkas_dari_file(path)
    ev = tambah_bukti(k.db, kasi, ev.id, first.iki_id, data=data, nama_file=str(path),
                      mime=mime, keterangan="Notulen")
    ev = tambah_bukti(k.db, k.admin, ev.id, ev.realisasi[1].iki_id,
                      tautan="https://drive.example.go.id/f/123", nama_file="Folder TW1")
    b_file, = ev.realisasi[0].bukti
    b_link, = ev.realisasi[1].bukti
    assert (b_file.nama_file, b_file.ukuran, b_file.keterangan, b_file.tautan) == (
        "Notulen rapat.pdf", len(data), "Notulen", None)
    assert (b_link.tautan, b_link.sha256, b_link.nama_file) == (
        "https://drive.example.go.id/f/123", None, "Folder TW1")
    assert b_file.sha256 is not None
    # the penilai reads the evidence; the stored bytes come back
    assert baca_berkas(k.db, k.akun("kabid", Role.PENILAI), b_file.sha256) == data
    assert outbox_entities(k.db, b_file.id) == [("bukti_dukung", 1, "upsert")]

    ev = hapus_bukti(k.db, kasi, b_link.id, expected_version=ev.version)
    assert ev.realisasi[1].bukti == ()
    assert outbox_entities(k.db, b_link.id) == [
        ("bukti_dukung", 1, "upsert"), ("bukti_dukung", 2, "delete")]

    ev = isi_semua(k, ev)
    assert ev.boleh_ajukan
    ev = ajukan_realisasi(k.db, kasi, ev.id, expected_version=ev.version)
    assert (ev.status, ev.boleh_ubah, ev.boleh_ajukan) == (StatusEvaluasi.DIAJUKAN, False, False)
    # the penilai sees it; the evaluation carries the SKP's penilai
    seen = get_evaluasi(k.db, k.akun("kabid", Role.PENILAI), skp["kasi"].id, TW1)
    assert (seen.status, seen.boleh_ubah) == (StatusEvaluasi.DIAJUKAN, False)
    with k.db.read() as s:
        row = s.get(EvaluasiPeriode, ev.id)
        assert row is not None and row.penilai_id == k.ids["kabid"]
        actions = [a for a, in s.execute(select(AuditLog.action).where(
            AuditLog.entity == "evaluasi_periode", AuditLog.entity_id == str(ev.id)))]
    assert actions[0] == "buka_evaluasi" and actions[-1] == "ajukan_realisasi"
    assert [v for _, v, _ in outbox_entities(k.db, ev.id)] == list(range(1, ev.version + 1))


def test_identical_evidence_bytes_stored_once(
        rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    k, skp = rantai
    ev = get_evaluasi(k.db, k.admin, skp["kasi"].id, TW1)
    ev2 = get_evaluasi(k.db, k.admin, skp["kabid"].id, TW1)
    ev = tambah_bukti(k.db, k.admin, ev.id, ev.realisasi[0].iki_id, data=b"foto kegiatan",
                      nama_file="a.jpg")
    ev = tambah_bukti(k.db, k.admin, ev.id, ev.realisasi[1].iki_id, data=b"foto kegiatan",
                      nama_file="b.jpg")
    ev2 = tambah_bukti(k.db, k.admin, ev2.id, ev2.realisasi[0].iki_id, data=b"foto kegiatan",
                       nama_file="c.jpg")
    hashes = {b.sha256 for e in (ev, ev2) for r in e.realisasi for b in r.bukti}
    assert len(hashes) == 1
    with k.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Berkas)) == 1
        assert s.scalar(select(func.count()).select_from(BuktiDukung)) == 3
        berkas = s.get(Berkas, hashes.pop())
        assert berkas is not None and berkas.mime == "image/jpeg"


def test_period_clipped_for_a_closed_skp(
        rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    k, skp = rantai
    with k.db.write() as s:  # the SKP ended on 15 February (mutasi)
        skp_row = s.get(Skp, skp["kabid"].id)
        assert skp_row is not None
        skp_row.ditutup_pada = dt.date(TAHUN, 2, 15)
    ev = get_evaluasi(k.db, k.admin, skp["kabid"].id, TW1)
    assert (ev.mulai, ev.selesai) == (dt.date(TAHUN, 1, 1), dt.date(TAHUN, 2, 15))
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match="tidak mencakup periode TRIWULAN II"):
        get_evaluasi(k.db, k.admin, skp["kabid"].id, f"{TAHUN}-TW2")
    assert keadaan(k.db) == before


# ---------------------------------------------------------------------------
# Bad input: a clear message, nothing changed


def test_stranger_may_not_edit(rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    k, skp = rantai
    ev = get_evaluasi(k.db, k.admin, skp["kasi"].id, TW1)
    before = keadaan(k.db)
    # the penilai reads but does not fill the pegawai's realisasi
    for who, role in (("kabid", Role.PENILAI), ("staf", Role.PEGAWAI)):
        with pytest.raises(PermissionDenied) as err:
            isi_realisasi(k.db, k.akun(who, role), ev.id, ev.realisasi[0].iki_id,
                          nilai=Decimal(1), teks="", expected_version=ev.version)
        assert f"Akun '{who}'" in err.value.message
    with pytest.raises(PermissionDenied, match="tidak berhak melihat SKP"):
        tambah_bukti(k.db, k.akun("kabid2"), ev.id, ev.realisasi[0].iki_id,
                     tautan="https://x.example/1")
    with pytest.raises(PermissionDenied):
        get_evaluasi(k.db, k.akun("kabid2"), skp["kasi"].id, TW1)
    with pytest.raises(PermissionDenied):
        ajukan_realisasi(k.db, k.akun("staf"), ev.id)
    assert keadaan(k.db) == before


def test_draft_skp_refused(rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    k, skp = rantai
    draft = skp_dengan_isi(k, "staf", isi_lengkap(rhk_id=skp["kasi"].isi.rhk[0].id))
    assert draft.status is StatusSKP.DRAFT
    before = keadaan(k.db)
    with pytest.raises(ValidationError) as err:
        get_evaluasi(k.db, k.akun("staf"), draft.id, TW1)
    assert err.value.message.startswith("SKP belum ditetapkan (status draf)")
    assert "TRIWULAN I" in err.value.message
    assert keadaan(k.db) == before


def test_unknown_period_refused(rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    k, skp = rantai
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match=f"Periode '{TAHUN}-TW5' tidak ada pada tahun "
                                              f"{TAHUN}; pilih: {TAHUN}-TW1"):
        get_evaluasi(k.db, k.admin, skp["kasi"].id, f"{TAHUN}-TW5")
    with pytest.raises(ValidationError, match="tidak ada pada tahun"), k.db.write() as s:
        buka_evaluasi(s, k.admin, skp["kasi"].id, f"{TAHUN + 1}-TW1")
    assert keadaan(k.db) == before


def test_iki_of_another_skp_refused(rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    k, skp = rantai
    ev = get_evaluasi(k.db, k.admin, skp["kasi"].id, TW1)
    other_iki = skp["kabid"].isi.rhk[0].iki[0].id
    assert other_iki is not None
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match="bukan bagian dari SKP pada evaluasi ini"):
        isi_realisasi(k.db, k.admin, ev.id, other_iki, nilai=Decimal(1), teks="",
                      expected_version=ev.version)
    with pytest.raises(ValidationError, match="bukan bagian dari SKP"):
        tambah_bukti(k.db, k.admin, ev.id, other_iki, tautan="https://x.example/1")
    with pytest.raises(ValidationError, match="bukan bagian dari SKP"):
        isi_realisasi(k.db, k.admin, ev.id, uuid.uuid4(), nilai=Decimal(1), teks="",
                      expected_version=ev.version)
    assert keadaan(k.db) == before


def test_bad_values_refused(rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    k, skp = rantai
    kasi = k.akun("kasi")
    ev = get_evaluasi(k.db, kasi, skp["kasi"].id, TW1)
    iki = ev.realisasi[0].iki_id
    before = keadaan(k.db)
    cases: list[tuple[Decimal | None, str]] = [
        (None, "isi angka realisasi \\(dokumen\\); targetnya 4 dokumen"),
        (Decimal(-1), "realisasi -1 bukan angka yang sah"),
        (Decimal("NaN"), "bukan angka yang sah"),
    ]
    for nilai, pesan in cases:
        with pytest.raises(ValidationError, match=pesan):
            isi_realisasi(k.db, kasi, ev.id, iki, nilai=nilai, teks="ada",
                          expected_version=ev.version)
    for kw, pesan in (
        ({"tautan": "ftp://server/berkas"}, "Tautan bukti 'ftp://server/berkas' tidak sah"),
        ({"tautan": "drive.google.com/x"}, "diawali http:// atau https://"),
        ({}, "Lampirkan satu bukti"),
        ({"data": b"x", "tautan": "https://a.example"}, "Lampirkan satu bukti"),
        ({"data": b"x", "nama_file": "  "}, "nama berkas bukti belum diisi"),
        ({"data": b"", "nama_file": "kosong.pdf"}, "Berkas kosong.pdf kosong"),
        ({"data": b"\0" * (MAKS_UKURAN + 1), "nama_file": "besar.pdf"},
         r"Berkas besar.pdf berukuran 20 MB \(20.971.521 byte\), melebihi batas 20 MB"),
    ):
        with pytest.raises(ValidationError, match=pesan):
            tambah_bukti(k.db, kasi, ev.id, iki, **kw)
    assert keadaan(k.db) == before


def test_unreadable_evidence_file_changes_nothing(
        rantai: tuple[Kantor, dict[str, SkpDetail]], tmp_path: Path) -> None:
    k, skp = rantai
    ev = get_evaluasi(k.db, k.akun("kasi"), skp["kasi"].id, TW1)
    before = keadaan(k.db)
    (tmp_path / "kosong.pdf").write_bytes(b"")
    for name, pesan in (("hilang.pdf", "berkas tidak ditemukan"),
                        ("kosong.pdf", r"berkas kosong \(0 byte\)"),
                        ("", "yang dipilih adalah folder")):
        path = tmp_path / name if name else tmp_path
        with pytest.raises(UserError, match=f"tidak dapat dibaca: {pesan}"):
            data, mime = berkas_dari_file(path)
            tambah_bukti(k.db, k.akun("kasi"), ev.id, ev.realisasi[0].iki_id, data=data,
                         nama_file=path.name, mime=mime)
    assert keadaan(k.db) == before


def test_ajukan_with_missing_realisasi_lists_them(
        rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    k, skp = rantai
    kasi = k.akun("kasi")
    ev = get_evaluasi(k.db, kasi, skp["kasi"].id, TW1)
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match="berstatus belum diisi tidak dapat mengajukan"):
        ajukan_realisasi(k.db, kasi, ev.id)
    assert keadaan(k.db) == before
    ev = isi_realisasi(k.db, kasi, ev.id, ev.realisasi[1].iki_id, nilai=Decimal(3),
                       teks="", expected_version=ev.version)
    # evidence alone is no realisasi
    ev = tambah_bukti(k.db, kasi, ev.id, ev.realisasi[2].iki_id, tautan="https://a.example/b")
    before = keadaan(k.db)
    with pytest.raises(ValidationError) as err:
        ajukan_realisasi(k.db, kasi, ev.id)
    assert err.value.message == (
        "Realisasi periode TRIWULAN I belum dapat diajukan: 2 IKI belum diisi realisasinya: "
        "RHK utama 1 «RHK kasi» – IKI «Jumlah dokumen kurikulum»; "
        "RHK tambahan 1 «Menjadi narasumber bimtek» – IKI «Jumlah bimtek»."
    )
    assert keadaan(k.db) == before


def test_stale_version_conflicts(rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    k, skp = rantai
    kasi = k.akun("kasi")
    ev = get_evaluasi(k.db, kasi, skp["kasi"].id, TW1)
    fresh = isi_realisasi(k.db, k.admin, ev.id, ev.realisasi[0].iki_id, nilai=Decimal(4),
                          teks="", expected_version=ev.version)
    before = keadaan(k.db)
    with pytest.raises(ConflictError, match=r"versi 1 → 2"):
        isi_realisasi(k.db, kasi, ev.id, ev.realisasi[0].iki_id, nilai=Decimal(1),
                      teks="", expected_version=ev.version)
    with pytest.raises(ConflictError):
        tambah_bukti(k.db, kasi, ev.id, ev.realisasi[0].iki_id,
                     tautan="https://a.example/b", expected_version=ev.version)
    with pytest.raises(ConflictError):
        ajukan_realisasi(k.db, kasi, ev.id, expected_version=ev.version)
    assert keadaan(k.db) == before
    assert fresh.realisasi[0].realisasi_nilai == Decimal(4)


def test_submitted_period_is_locked(rantai: tuple[Kantor, dict[str, SkpDetail]]) -> None:
    k, skp = rantai
    kasi = k.akun("kasi")
    ev = isi_semua(k, get_evaluasi(k.db, kasi, skp["kasi"].id, TW1))
    ev = ajukan_realisasi(k.db, kasi, ev.id)
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match="berstatus diajukan tidak dapat mengisi "
                                              "realisasi"):
        isi_realisasi(k.db, kasi, ev.id, ev.realisasi[0].iki_id, nilai=Decimal(9), teks="",
                      expected_version=ev.version)
    with pytest.raises(ValidationError, match="berstatus diajukan"):
        tambah_bukti(k.db, k.admin, ev.id, ev.realisasi[0].iki_id,
                     tautan="https://a.example/b")
    with pytest.raises(ValidationError, match="berstatus diajukan tidak dapat mengajukan"):
        ajukan_realisasi(k.db, kasi, ev.id)
    assert keadaan(k.db) == before


def test_penilai_returns_submitted_realisasi_with_a_reason(
    rantai: tuple[Kantor, dict[str, SkpDetail]],
) -> None:
    k, skp = rantai
    kasi, kabid = k.akun("kasi"), k.akun("kabid", Role.PENILAI)
    ev = isi_semua(k, get_evaluasi(k.db, kasi, skp["kasi"].id, TW1))
    ev = ajukan_realisasi(k.db, kasi, ev.id)
    before = keadaan(k.db)
    with pytest.raises(ValidationError, match="minimal 10 karakter"):
        kembalikan_realisasi(k.db, kabid, ev.id, "  kurang ")
    with pytest.raises(PermissionDenied, match="mengembalikan realisasi"):
        kembalikan_realisasi(k.db, kasi, ev.id, "Bukti dukung IKI 1 belum ada")
    with pytest.raises(ConflictError, match="sudah diubah orang lain"):
        kembalikan_realisasi(k.db, kabid, ev.id, "Bukti dukung IKI 1 belum ada",
                             expected_version=ev.version - 1)
    assert keadaan(k.db) == before
    alasan = "Bukti dukung IKI 1 belum memuat daftar hadir"
    d = kembalikan_realisasi(k.db, kabid, ev.id, f" {alasan}\n", expected_version=ev.version)
    assert d.status is StatusEvaluasi.REALISASI_DIISI
    seen = get_evaluasi(k.db, kasi, skp["kasi"].id, TW1)  # the pegawai reads why
    assert seen.status is StatusEvaluasi.REALISASI_DIISI and seen.alasan_dikembalikan == alasan
    with pytest.raises(ValidationError, match="berstatus realisasi diisi tidak dapat "
                                              "mengembalikan"):
        kembalikan_realisasi(k.db, kabid, ev.id, alasan)
    # fixed and submitted again: the reason is cleared
    again = ajukan_realisasi(k.db, kasi, ev.id)
    assert again.status is StatusEvaluasi.DIAJUKAN and again.alasan_dikembalikan == ""
