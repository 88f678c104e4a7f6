"""Tables of the local database. Every schema change goes through alembic/versions."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from kinerja_desktop.domain.atasan import JenisPenugasan
from kinerja_desktop.domain.dokumen import JenisDokumen
from kinerja_desktop.domain.evaluasi import StatusEvaluasi
from kinerja_desktop.domain.jabatan import JenjangFungsional, KategoriJabatan
from kinerja_desktop.domain.kompetensi import JenisKompetensi
from kinerja_desktop.domain.nip import JenisPegawai
from kinerja_desktop.domain.periode import SkemaPeriode
from kinerja_desktop.domain.predikat import Predikat, PredikatOrganisasi
from kinerja_desktop.domain.rating import Rating
from kinerja_desktop.domain.roles import Role, SiteRole
from kinerja_desktop.domain.skm import BobotUnsur, SumberSkm
from kinerja_desktop.domain.skp import (
    AksiSKP,
    Aspek,
    FormFamily,
    JenisRHK,
    Pendekatan,
    Perspektif,
    StatusSKP,
)
from kinerja_desktop.storage.base import Base, SyncedMixin, utcnow


def str_enum(enum: type[StrEnum], name: str) -> Enum:
    """Stored as the enum's value in a VARCHAR, the same on SQLite and PostgreSQL."""
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=False,
        length=max(len(m.value) for m in enum) + 8,
        values_callable=lambda e: [m.value for m in e],
    )


class Site(Base):
    """This installation and the sites it exchanges packages with."""

    __tablename__ = "site"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[SiteRole] = mapped_column(str_enum(SiteRole, "site_role"))
    parent_code: Mapped[str | None] = mapped_column(String(32))
    alamat: Mapped[str | None] = mapped_column(Text)
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    # A restored backup gets a new incarnation so its changes are not taken for replays.
    incarnation_id: Mapped[uuid.UUID] = mapped_column(Uuid, default=uuid.uuid4)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SiteKey(Base):
    __tablename__ = "site_key"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    site_code: Mapped[str] = mapped_column(ForeignKey("site.code"), index=True)
    purpose: Mapped[str] = mapped_column(String(16))  # "sign" (Ed25519) | "encrypt" (X25519)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    # Encrypted with the admin's passphrase; None for other sites' keys.
    private_key_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class UserAccount(Base):
    """A login of this site. Local only: accounts do not travel in packages."""

    __tablename__ = "user_account"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(str_enum(Role, "user_role"))
    pegawai_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("pegawai.id"))
    aktif: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class UnitKerja(SyncedMixin, Base):
    __tablename__ = "unit_kerja"
    # Typed by each office's admin: unique per owning site (the province holds them all).
    kode: Mapped[str] = mapped_column(String(32))
    nama: Mapped[str] = mapped_column(String(300))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit_kerja.id"), index=True)
    alamat: Mapped[str | None] = mapped_column(Text)
    # The kop surat of printed documents: logo bytes live in berkas (content-addressed).
    logo_sha256: Mapped[str | None] = mapped_column(ForeignKey("berkas.sha256"))
    # The head's SKP is the top of the unit's cascade; pegawai also points at unit_kerja.
    kepala_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("pegawai.id", use_alter=True), index=True
    )


Index("uq_unit_kerja_kode_origin_site", UnitKerja.kode, UnitKerja.origin_site, unique=True)


class Jabatan(SyncedMixin, Base):
    __tablename__ = "jabatan"
    # nama|kategori|jenjang folded to lower case: one row per distinct jabatan.
    kunci: Mapped[str] = mapped_column(String(400), unique=True)
    nama: Mapped[str] = mapped_column(String(300))
    kategori: Mapped[KategoriJabatan] = mapped_column(str_enum(KategoriJabatan, "kategori"))
    jenjang: Mapped[JenjangFungsional | None] = mapped_column(
        str_enum(JenjangFungsional, "jenjang")
    )


class Pegawai(SyncedMixin, Base):
    __tablename__ = "pegawai"
    nip: Mapped[str] = mapped_column(String(18), unique=True)
    jenis_pegawai: Mapped[JenisPegawai] = mapped_column(str_enum(JenisPegawai, "jenis_pegawai"))
    gelar_depan: Mapped[str | None] = mapped_column(String(60))
    nama: Mapped[str] = mapped_column(String(200), index=True)
    gelar_belakang: Mapped[str | None] = mapped_column(String(60))
    golongan: Mapped[str | None] = mapped_column(String(8))
    jabatan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("jabatan.id"), index=True)
    unit_kerja_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("unit_kerja.id"), index=True
    )
    atasan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("pegawai.id"), index=True)
    aktif: Mapped[bool] = mapped_column(Boolean, default=True)
    # A scanned signature printed in signature blocks when the official allows it.
    spesimen_ttd_sha256: Mapped[str | None] = mapped_column(ForeignKey("berkas.sha256"))


class PenugasanPlt(SyncedMixin, Base):
    """A Plt or Plh: ``pelaksana`` acts for ``digantikan`` from ``mulai`` to ``selesai``."""

    __tablename__ = "penugasan_plt"
    jenis: Mapped[JenisPenugasan] = mapped_column(str_enum(JenisPenugasan, "jenis_penugasan"))
    pelaksana_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pegawai.id"), index=True)
    digantikan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pegawai.id"), index=True)
    mulai: Mapped[dt.date] = mapped_column(Date)
    selesai: Mapped[dt.date | None] = mapped_column(Date)
    keterangan: Mapped[str | None] = mapped_column(Text)


class AturanPeriodeTahun(SyncedMixin, Base):
    """The admin's evaluation scheme and deadlines for one year (domain.periode)."""

    __tablename__ = "aturan_periode"
    tahun: Mapped[int] = mapped_column(Integer)  # one row per year and owning site
    skema: Mapped[SkemaPeriode] = mapped_column(str_enum(SkemaPeriode, "skema_periode"))
    batas_penetapan_skp: Mapped[dt.date | None] = mapped_column(Date)
    hari_realisasi: Mapped[int] = mapped_column(Integer, default=5)
    hari_penilaian: Mapped[int] = mapped_column(Integer, default=10)


Index("uq_aturan_periode_tahun_origin_site", AturanPeriodeTahun.tahun,
      AturanPeriodeTahun.origin_site, unique=True)


class SasaranUnit(SyncedMixin, Base):
    """A goal of the organisation for a unit and year; the head's RHK intervene it."""

    __tablename__ = "sasaran_unit"
    unit_kerja_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit_kerja.id"))
    tahun: Mapped[int] = mapped_column(Integer)
    no_urut: Mapped[int] = mapped_column(Integer, default=1)
    uraian: Mapped[str] = mapped_column(Text)
    # [{"uraian": ..., "target": ...}]: indicators travel with their goal.
    indikator: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)


Index("ix_sasaran_unit_unit_tahun", SasaranUnit.unit_kerja_id, SasaranUnit.tahun)


class Skp(SyncedMixin, Base):
    """One version of one pegawai's plan for (part of) a year (DOMAIN §4)."""

    __tablename__ = "skp"
    pegawai_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pegawai.id"))
    tahun: Mapped[int] = mapped_column(Integer, index=True)
    periode_mulai: Mapped[dt.date] = mapped_column(Date)
    periode_selesai: Mapped[dt.date] = mapped_column(Date)
    unit_kerja_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit_kerja.id"))
    form_family: Mapped[FormFamily] = mapped_column(str_enum(FormFamily, "form_family"))
    pendekatan: Mapped[Pendekatan] = mapped_column(str_enum(Pendekatan, "pendekatan"))
    status: Mapped[StatusSKP] = mapped_column(str_enum(StatusSKP, "status_skp"), index=True)
    penilai_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("pegawai.id"), index=True)
    atasan_penilai_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("pegawai.id"))
    # How the penilai was found ("definitif", "Plt", ...) or the admin's reason to change it.
    # The penilai of a head of office sits outside this database (Sekda, Bupati):
    # his identity as typed by the admin, {"nama", "nip", "pangkat_gol", "jabatan", ...}.
    penilai_luar: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    atasan_penilai_luar: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    penilai_sebagai: Mapped[str | None] = mapped_column(Text)
    penilai_alasan: Mapped[str | None] = mapped_column(Text)
    alasan_dikembalikan: Mapped[str | None] = mapped_column(Text)
    ekspektasi: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    lampiran: Mapped[dict[str, list[str]]] = mapped_column(JSON, default=dict)
    # Identity of pegawai, penilai and atasan penilai as of penetapan (what gets printed).
    snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    tempat_penetapan: Mapped[str | None] = mapped_column(String(120))
    tanggal_penetapan: Mapped[dt.date | None] = mapped_column(Date)
    revisi_ke: Mapped[int] = mapped_column(Integer, default=0)
    parent_skp_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("skp.id"))
    ditutup_pada: Mapped[dt.date | None] = mapped_column(Date)  # mutasi


Index("ix_skp_pegawai_tahun", Skp.pegawai_id, Skp.tahun)


class RhkRow(SyncedMixin, Base):
    __tablename__ = "rhk"
    skp_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("skp.id"), index=True)
    jenis: Mapped[JenisRHK] = mapped_column(str_enum(JenisRHK, "jenis_rhk"))
    no_urut: Mapped[int] = mapped_column(Integer)
    uraian: Mapped[str] = mapped_column(Text)
    intervensi_rhk_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("rhk.id"), index=True
    )
    intervensi_sasaran_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sasaran_unit.id"), index=True
    )
    intervensi_teks: Mapped[str | None] = mapped_column(Text)
    asal_rhk_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # copied from (revisions)


class IkiRow(SyncedMixin, Base):
    __tablename__ = "iki"
    rhk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("rhk.id"), index=True)
    no_urut: Mapped[int] = mapped_column(Integer)
    uraian: Mapped[str] = mapped_column(Text)
    aspek: Mapped[Aspek | None] = mapped_column(str_enum(Aspek, "aspek"))
    # Decimal as text: SQLite has no exact decimal type and floats would drift.
    target_nilai: Mapped[str | None] = mapped_column(String(40))
    target_satuan: Mapped[str | None] = mapped_column(String(80))
    target_teks: Mapped[str | None] = mapped_column(Text)
    perspektif: Mapped[Perspektif | None] = mapped_column(str_enum(Perspektif, "perspektif"))


class SkpTransisi(SyncedMixin, Base):
    """Every workflow step of an SKP: who, when, from, to, why (DOMAIN §6)."""

    __tablename__ = "skp_transisi"
    skp_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("skp.id"), index=True)
    aksi: Mapped[AksiSKP] = mapped_column(str_enum(AksiSKP, "aksi_skp"))
    dari: Mapped[StatusSKP | None] = mapped_column(str_enum(StatusSKP, "status_skp"))
    ke: Mapped[StatusSKP] = mapped_column(str_enum(StatusSKP, "status_skp"))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    username: Mapped[str] = mapped_column(String(64))
    oleh_pegawai_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("pegawai.id"))
    # An admin acting on behalf of the pegawai or penilai is recorded as such.
    atas_nama: Mapped[str | None] = mapped_column(String(300))
    alasan: Mapped[str | None] = mapped_column(Text)


class Berkas(Base):
    """Attachment bytes, content-addressed by SHA-256 and stored once (ARCHITECTURE §3)."""

    __tablename__ = "berkas"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    ukuran: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str | None] = mapped_column(String(120))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class EvaluasiPeriode(SyncedMixin, Base):
    """One SKP in one evaluation period (or the year): realisasi, ratings, predikat."""

    __tablename__ = "evaluasi_periode"
    skp_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("skp.id"))
    periode_key: Mapped[str] = mapped_column(String(20))  # domain.periode.Periode.key
    mulai: Mapped[dt.date] = mapped_column(Date)
    selesai: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[StatusEvaluasi] = mapped_column(
        str_enum(StatusEvaluasi, "status_evaluasi"), index=True)
    rating_hasil_kerja: Mapped[Rating | None] = mapped_column(str_enum(Rating, "rating"))
    rating_perilaku: Mapped[Rating | None] = mapped_column(str_enum(Rating, "rating"))
    predikat_matriks: Mapped[Predikat | None] = mapped_column(str_enum(Predikat, "predikat"))
    predikat: Mapped[Predikat | None] = mapped_column(str_enum(Predikat, "predikat"))
    alasan_override: Mapped[str | None] = mapped_column(Text)
    capaian_organisasi: Mapped[PredikatOrganisasi | None] = mapped_column(
        str_enum(PredikatOrganisasi, "predikat_organisasi"))
    catatan_rekomendasi: Mapped[str | None] = mapped_column(Text)
    penilai_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("pegawai.id"))
    atasan_penilai_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("pegawai.id"))
    tanggal_penilaian: Mapped[dt.date | None] = mapped_column(Date)
    alasan_dikembalikan: Mapped[str | None] = mapped_column(Text)


Index("uq_evaluasi_periode_skp_periode", EvaluasiPeriode.skp_id, EvaluasiPeriode.periode_key,
      unique=True)


class RealisasiIki(SyncedMixin, Base):
    __tablename__ = "realisasi_iki"
    evaluasi_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("evaluasi_periode.id"))
    iki_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("iki.id"), index=True)
    realisasi_nilai: Mapped[str | None] = mapped_column(String(40))  # Decimal as text
    realisasi_teks: Mapped[str | None] = mapped_column(Text)


Index("uq_realisasi_iki_evaluasi_iki", RealisasiIki.evaluasi_id, RealisasiIki.iki_id,
      unique=True)


class BuktiDukung(SyncedMixin, Base):
    """Evidence for one realisasi: a stored file (by hash) or a link."""

    __tablename__ = "bukti_dukung"
    realisasi_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("realisasi_iki.id"), index=True)
    sha256: Mapped[str | None] = mapped_column(ForeignKey("berkas.sha256"))
    nama_file: Mapped[str | None] = mapped_column(String(255))
    tautan: Mapped[str | None] = mapped_column(Text)
    keterangan: Mapped[str | None] = mapped_column(Text)


class UmpanBalik(SyncedMixin, Base):
    """Umpan balik berkelanjutan on one RHK or one core value, in one period."""

    __tablename__ = "umpan_balik"
    evaluasi_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("evaluasi_periode.id"), index=True)
    rhk_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("rhk.id"))
    core_value: Mapped[int | None] = mapped_column(Integer)  # 1–7, BerAKHLAK order
    teks: Mapped[str] = mapped_column(Text)
    oleh_pegawai_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("pegawai.id"))
    username: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class FrasaUmpanBalik(SyncedMixin, Base):
    """The admin's phrase library for umpan balik (None core value: for RHK)."""

    __tablename__ = "frasa_umpan_balik"
    core_value: Mapped[int | None] = mapped_column(Integer)
    teks: Mapped[str] = mapped_column(Text)
    no_urut: Mapped[int] = mapped_column(Integer, default=1)
    aktif: Mapped[bool] = mapped_column(Boolean, default=True)


class PredikatOrganisasiUnit(SyncedMixin, Base):
    """Capaian kinerja organisasi of one unit in one period, set by the leader above it.

    It picks the kurva distribusi for the unit's pegawai and is the default for the
    capaian written on each evaluation; a survei SKM may back it as evidence."""

    __tablename__ = "predikat_organisasi"
    unit_kerja_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit_kerja.id"))
    periode_key: Mapped[str] = mapped_column(String(20))
    predikat: Mapped[PredikatOrganisasi] = mapped_column(
        str_enum(PredikatOrganisasi, "predikat_organisasi"))
    ditetapkan_oleh: Mapped[str] = mapped_column(String(64))  # username
    tanggal: Mapped[dt.date] = mapped_column(Date)
    catatan: Mapped[str | None] = mapped_column(Text)
    survei_skm_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("survei_skm.id"))


Index("uq_predikat_organisasi_unit_periode", PredikatOrganisasiUnit.unit_kerja_id,
      PredikatOrganisasiUnit.periode_key, unique=True)


class SurveiSkm(SyncedMixin, Base):
    """One survei kepuasan masyarakat of a unit in a period (DOMAIN §12).

    ``nrr`` holds the nine NRR as Decimal text; from raw answers they are the exact
    means (to 6 places) and the raw file is kept in ``berkas``."""

    __tablename__ = "survei_skm"
    unit_kerja_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit_kerja.id"))
    periode_key: Mapped[str] = mapped_column(String(20))
    layanan: Mapped[str] = mapped_column(String(200), default="")  # "" = the whole unit
    sumber: Mapped[SumberSkm] = mapped_column(str_enum(SumberSkm, "sumber_skm"))
    bobot: Mapped[BobotUnsur] = mapped_column(str_enum(BobotUnsur, "bobot_unsur"))
    jumlah_responden: Mapped[int | None] = mapped_column(Integer)
    nrr: Mapped[list[str]] = mapped_column(JSON)
    berkas_sha256: Mapped[str | None] = mapped_column(ForeignKey("berkas.sha256"))
    nama_file: Mapped[str | None] = mapped_column(String(255))
    keterangan: Mapped[str | None] = mapped_column(Text)


Index("uq_survei_skm_unit_periode_layanan", SurveiSkm.unit_kerja_id, SurveiSkm.periode_key,
      SurveiSkm.layanan, unique=True)


class EvaluasiKompetensi(SyncedMixin, Base):
    """Evaluasi kompetensi of one pegawai for one year (form B.1.9)."""

    __tablename__ = "evaluasi_kompetensi"
    pegawai_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pegawai.id"))
    tahun: Mapped[int] = mapped_column(Integer)
    penilai_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("pegawai.id"))
    tanggal: Mapped[dt.date] = mapped_column(Date)
    catatan: Mapped[str | None] = mapped_column(Text)


Index("uq_evaluasi_kompetensi_pegawai_tahun", EvaluasiKompetensi.pegawai_id,
      EvaluasiKompetensi.tahun, unique=True)


class NilaiKompetensi(SyncedMixin, Base):
    """One competency in an evaluasi kompetensi: required level and observed level, 1–5."""

    __tablename__ = "nilai_kompetensi"
    evaluasi_kompetensi_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("evaluasi_kompetensi.id"), index=True)
    no_urut: Mapped[int] = mapped_column(Integer)
    jenis: Mapped[JenisKompetensi] = mapped_column(str_enum(JenisKompetensi, "jenis_kompetensi"))
    nama: Mapped[str] = mapped_column(String(200))
    standar: Mapped[int] = mapped_column(Integer)
    nilai: Mapped[int] = mapped_column(Integer)
    catatan: Mapped[str | None] = mapped_column(Text)


class TunjanganPersen(SyncedMixin, Base):
    """The office's tunjangan kinerja/TPP percentage per predikat for a year (no national
    table exists, DOMAIN §7.3): one table per owning site."""

    __tablename__ = "tunjangan_persen"
    tahun: Mapped[int] = mapped_column(Integer)
    predikat: Mapped[Predikat] = mapped_column(str_enum(Predikat, "predikat"))
    persen: Mapped[str] = mapped_column(String(20))  # Decimal as text


Index("uq_tunjangan_persen_tahun_predikat_origin_site", TunjanganPersen.tahun,
      TunjanganPersen.predikat, TunjanganPersen.origin_site, unique=True)


class RapatEvaluasi(SyncedMixin, Base):
    """The unit's evaluation meeting for a period: who came, what was concluded, and the
    follow-ups (``tindak_lanjut``: list of {uraian, penanggung_jawab, batas_waktu, selesai})."""

    __tablename__ = "rapat_evaluasi"
    unit_kerja_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit_kerja.id"))
    periode_key: Mapped[str] = mapped_column(String(20))
    tanggal: Mapped[dt.date] = mapped_column(Date)
    tempat: Mapped[str | None] = mapped_column(String(200))
    pimpinan: Mapped[str | None] = mapped_column(String(200))
    peserta: Mapped[list[str]] = mapped_column(JSON)
    kesimpulan: Mapped[str] = mapped_column(Text, default="")
    tindak_lanjut: Mapped[list[dict[str, Any]]] = mapped_column(JSON)


Index("uq_rapat_evaluasi_unit_periode", RapatEvaluasi.unit_kerja_id, RapatEvaluasi.periode_key,
      unique=True)


class DokumenCetak(SyncedMixin, Base):
    """A printed, signed document: what its verification code stands for (issue 5).

    Travels to the province, so the province can check an office's paper against
    its own copy of the data.
    """

    __tablename__ = "dokumen_cetak"
    kode: Mapped[str] = mapped_column(String(64), unique=True)  # the short printed code
    jenis: Mapped[JenisDokumen] = mapped_column(str_enum(JenisDokumen, "jenis_dokumen"))
    # skp.id for an SKP, evaluasi_periode.id for the evaluation documents.
    subjek_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    subjek_versi: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))  # of the document's canonical data
    situs: Mapped[str] = mapped_column(String(32))
    tanda_tangan: Mapped[str] = mapped_column(String(128))  # Ed25519, hex
    # Key data shown by the verifier: [[label, value], ...] in print order.
    ringkasan: Mapped[list[list[str]]] = mapped_column(JSON, default=list)
    dicetak_oleh: Mapped[str] = mapped_column(String(64))
    dicetak_pada: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


Index("uq_dokumen_cetak_jenis_subjek_sha", DokumenCetak.jenis, DokumenCetak.subjek_id,
      DokumenCetak.sha256, unique=True)


class PenugasanLaptop(SyncedMixin, Base):
    """A penilai's assessment work handed to a laptop site (issue 6 point 7).

    While ``aktif``, the laptop receives the penilai's pegawai, their SKPs and
    evaluations, and its changes to those rows are accepted as the penilai's own: in
    a conflict with an edit made at the office, the laptop's version wins.
    """

    __tablename__ = "penugasan_laptop"
    laptop_site: Mapped[str] = mapped_column(String(32), index=True)
    penilai_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pegawai.id"), index=True)
    tahun: Mapped[int] = mapped_column(Integer)
    aktif: Mapped[bool] = mapped_column(Boolean, default=True)


class SyncReferensi(Base):
    """Rules handed down by the parent (or set here for the children): the minimum app
    version a package must come from, ``{"versi": "0.2.0", "dari": "BKD-PROV"}``."""

    __tablename__ = "sync_referensi"
    kunci: Mapped[str] = mapped_column(String(64), primary_key=True)
    nilai: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditLog(Base):
    """Who changed what; written in the same transaction as the change."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Outbox(Base):
    """Changes waiting to travel to the parent site, in commit order (ARCHITECTURE §5)."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    version: Mapped[int] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(8))  # "upsert" | "delete"
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # None: changed here. Otherwise the site whose package brought the change, so it is
    # passed on to the other peers but never echoed back to where it came from.
    source_site: Mapped[str | None] = mapped_column(String(32))


Index("ix_outbox_entity", Outbox.entity, Outbox.entity_id)


class SyncChannel(Base):
    """What this site has exchanged with one peer (its parent or a child)."""

    __tablename__ = "sync_channel"
    peer_site: Mapped[str] = mapped_column(ForeignKey("site.code"), primary_key=True)
    # Sending: the last package number written, and our outbox seq the peer confirmed.
    out_channel_seq: Mapped[int] = mapped_column(Integer, default=0)
    out_acked_through: Mapped[int] = mapped_column(Integer, default=0)
    out_sent_through: Mapped[int] = mapped_column(Integer, default=0)
    # Our incarnation when we last wrote to the peer: after a restore it differs, and the
    # next package is a snapshot that re-baselines the peer.
    out_incarnation: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    # The peer is to get everything it should hold again (a new laptop assignment
    # brings it rows changed long before): the next package is a snapshot.
    perlu_snapshot: Mapped[bool] = mapped_column(Boolean, default=False)
    # Receiving: the peer's outbox seq applied here (the watermark) and its package number.
    in_channel_seq: Mapped[int] = mapped_column(Integer, default=0)
    in_through: Mapped[int] = mapped_column(Integer, default=0)
    in_incarnation: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    # A gap was seen: the next package to the peer asks it to resend from this seq.
    minta_ulang_dari: Mapped[int | None] = mapped_column(Integer)
    # A child's own count of the conflicts it recorded (with its children's), from its
    # last package: conflicts an office decided first are not recorded here.
    konflik_dilaporkan: Mapped[int] = mapped_column(Integer, default=0)
    last_in_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_out_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class SyncPaket(Base):
    """Every package written or read, with what became of it (the sync history)."""

    __tablename__ = "sync_paket"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    arah: Mapped[str] = mapped_column(String(8))  # "keluar" | "masuk"
    peer_site: Mapped[str | None] = mapped_column(String(32), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    package_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    kind: Mapped[str | None] = mapped_column(String(16))
    channel_seq: Mapped[int | None] = mapped_column(Integer)
    dari: Mapped[int | None] = mapped_column(Integer)
    sampai: Mapped[int | None] = mapped_column(Integer)
    jumlah: Mapped[int | None] = mapped_column(Integer)
    # keluar: "dikirim"; masuk: "diterapkan" | "duplikat" | "karantina"
    status: Mapped[str] = mapped_column(String(16))
    alasan: Mapped[str | None] = mapped_column(String(32))
    pesan: Mapped[str | None] = mapped_column(Text)
    ringkasan: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    karantina_path: Mapped[str | None] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SyncKonflik(Base):
    """Two versions of one row met and one lost; the losing version is kept here."""

    __tablename__ = "sync_konflik"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    peer_site: Mapped[str] = mapped_column(String(32))
    paket_id: Mapped[int | None] = mapped_column(ForeignKey("sync_paket.id"))
    dasar: Mapped[str] = mapped_column(String(16))  # which rule decided: domain.sync_konflik
    pemenang: Mapped[str] = mapped_column(String(8))  # "lokal" | "masuk"
    situs_menang: Mapped[str] = mapped_column(String(32))
    situs_kalah: Mapped[str] = mapped_column(String(32))
    versi_menang: Mapped[int] = mapped_column(Integer)
    versi_kalah: Mapped[int] = mapped_column(Integer)
    data_kalah: Mapped[dict[str, Any]] = mapped_column(JSON)
    # The same losing version can arrive again in a later cumulative package.
    kalah_sha256: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


Index("uq_sync_konflik_kalah", SyncKonflik.entity_id, SyncKonflik.kalah_sha256, unique=True)


class SyncKonflikLaporan(Base):
    """A conflict a child site (or a site below it) decided itself, as the child's last
    package listed it: with our own, the conflict report of the whole branch. A newer
    package from the child replaces its list."""

    __tablename__ = "sync_konflik_laporan"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kanal: Mapped[str] = mapped_column(String(32), index=True)  # the child that reported it
    situs: Mapped[str] = mapped_column(String(32))  # the site that decided it
    peer_site: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    dasar: Mapped[str] = mapped_column(String(16))
    pemenang: Mapped[str] = mapped_column(String(8))
    situs_menang: Mapped[str] = mapped_column(String(32))
    situs_kalah: Mapped[str] = mapped_column(String(32))
    versi_menang: Mapped[int] = mapped_column(Integer)
    versi_kalah: Mapped[int] = mapped_column(Integer)
    data_kalah: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class SyncStatusUbah(Base):
    """A change that was not simply applied: a conflict or a refusal, with the reason.

    ``arah`` "masuk": the peer's change as judged here, sent back in our next package;
    "keluar": our change as the peer judged it, read from its acknowledgement.
    """

    __tablename__ = "sync_status_ubah"
    arah: Mapped[str] = mapped_column(String(8), primary_key=True)
    peer_site: Mapped[str] = mapped_column(String(32), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    status: Mapped[str] = mapped_column(String(16))  # "konflik" | "ditolak"
    alasan: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

SYNCED_TABLES: dict[str, type[SyncedMixin]] = {
    "unit_kerja": UnitKerja,
    "jabatan": Jabatan,
    "pegawai": Pegawai,
    "penugasan_plt": PenugasanPlt,
    "aturan_periode": AturanPeriodeTahun,
    "sasaran_unit": SasaranUnit,
    "skp": Skp,
    "rhk": RhkRow,
    "iki": IkiRow,
    "skp_transisi": SkpTransisi,
    "evaluasi_periode": EvaluasiPeriode,
    "realisasi_iki": RealisasiIki,
    "bukti_dukung": BuktiDukung,
    "umpan_balik": UmpanBalik,
    "frasa_umpan_balik": FrasaUmpanBalik,
    "predikat_organisasi": PredikatOrganisasiUnit,
    "survei_skm": SurveiSkm,
    "evaluasi_kompetensi": EvaluasiKompetensi,
    "nilai_kompetensi": NilaiKompetensi,
    "tunjangan_persen": TunjanganPersen,
    "rapat_evaluasi": RapatEvaluasi,
    "dokumen_cetak": DokumenCetak,
    "penugasan_laptop": PenugasanLaptop,
}
