"""SKP (Sasaran Kinerja Pegawai) under PermenPANRB 6/2022: enumerations, content, workflow.

DOMAIN §4–§6. The content of an SKP (RHK → IKI, ekspektasi perilaku, lampiran)
is a plain value here so the editor, the workbook import and the services can
share one completeness check and one notion of "the same SKP".
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TypeVar

from kinerja_desktop.domain.errors import ValidationError


class StatusSKP(StrEnum):
    DRAFT = "DRAFT"
    DIAJUKAN = "DIAJUKAN"
    DITETAPKAN = "DITETAPKAN"
    DIGANTIKAN = "DIGANTIKAN"  # a later revision was ditetapkan

    @property
    def label(self) -> str:
        return {
            StatusSKP.DRAFT: "Draf",
            StatusSKP.DIAJUKAN: "Diajukan",
            StatusSKP.DITETAPKAN: "Ditetapkan",
            StatusSKP.DIGANTIKAN: "Digantikan",
        }[self]


class Pendekatan(StrEnum):
    KUANTITATIF = "KUANTITATIF"
    KUALITATIF = "KUALITATIF"

    @property
    def label(self) -> str:
        return self.value.title()


class FormFamily(StrEnum):
    """The two SKP forms (DOMAIN §3.4)."""

    JPT = "JPT"
    JA_JF = "JA_JF"

    @property
    def label(self) -> str:
        return {
            FormFamily.JPT: "Pejabat Pimpinan Tinggi dan Pimpinan Unit Kerja Mandiri",
            FormFamily.JA_JF: "Pejabat Administrasi dan Pejabat Fungsional",
        }[self]


class JenisRHK(StrEnum):
    UTAMA = "UTAMA"
    TAMBAHAN = "TAMBAHAN"

    @property
    def label(self) -> str:
        return self.value.title()


class Aspek(StrEnum):
    KUANTITAS = "KUANTITAS"
    KUALITAS = "KUALITAS"
    WAKTU = "WAKTU"
    BIAYA = "BIAYA"

    @property
    def label(self) -> str:
        return self.value.title()


class Perspektif(StrEnum):
    """Perspektif of a JPT's IKI (DOMAIN §5.6)."""

    PENERIMA_LAYANAN = "PENERIMA_LAYANAN"
    PROSES_BISNIS = "PROSES_BISNIS"
    PENGUATAN_INTERNAL = "PENGUATAN_INTERNAL"
    ANGGARAN = "ANGGARAN"

    @property
    def label(self) -> str:
        return {
            Perspektif.PENERIMA_LAYANAN: "Penerima Layanan",
            Perspektif.PROSES_BISNIS: "Proses Bisnis",
            Perspektif.PENGUATAN_INTERNAL: "Penguatan Internal",
            Perspektif.ANGGARAN: "Anggaran",
        }[self]


_E = TypeVar("_E", Aspek, Perspektif, JenisRHK, Pendekatan, FormFamily)


def _label_key(text: str) -> str:
    return re.sub(r"[\s_/\-]+", " ", text).strip().casefold()


def enum_by_label(enum: type[_E], text: str) -> _E | None:
    """Reads a value as a user types it: label or code, any case; spaces, underscores,
    slashes and hyphens alike ("JA/JF", "ja_jf", "Penerima-Layanan")."""
    key = _label_key(text)
    for member in enum:
        if key in (_label_key(member.label), _label_key(member.value)):
            return member
    return None


# ---------------------------------------------------------------------------
# Content


@dataclass(slots=True)
class Iki:
    """Indikator Kinerja Individu with its target."""

    uraian: str
    aspek: Aspek | None = None
    target_nilai: Decimal | None = None
    target_satuan: str = ""
    target_teks: str = ""  # kualitatif targets and ranges ("80–90 %")
    perspektif: Perspektif | None = None
    id: uuid.UUID | None = None

    def target_label(self) -> str:
        if self.target_nilai is not None:
            text = format_angka(self.target_nilai)
            return f"{text} {self.target_satuan}".strip()
        return self.target_teks


@dataclass(slots=True)
class Rhk:
    """Rencana Hasil Kerja; it intervenes one RHK of the penilai or one unit goal."""

    uraian: str
    jenis: JenisRHK = JenisRHK.UTAMA
    iki: list[Iki] = field(default_factory=list)
    intervensi_rhk_id: uuid.UUID | None = None
    intervensi_sasaran_id: uuid.UUID | None = None
    # Free text when the intervened plan is not in this database (the leader of
    # a head of office sits in another instansi).
    intervensi_teks: str = ""
    id: uuid.UUID | None = None
    # The RHK of the previous version this one was copied from: subordinates who
    # intervened the old version keep supporting the revision.
    asal_id: uuid.UUID | None = None

    @property
    def has_intervensi(self) -> bool:
        return bool(
            self.intervensi_rhk_id or self.intervensi_sasaran_id or self.intervensi_teks.strip()
        )


@dataclass(slots=True)
class Lampiran:
    dukungan_sumber_daya: list[str] = field(default_factory=list)
    skema_pertanggungjawaban: list[str] = field(default_factory=list)
    konsekuensi: list[str] = field(default_factory=list)


@dataclass(slots=True)
class IsiSKP:
    """What a pegawai and penilai write into an SKP."""

    pendekatan: Pendekatan = Pendekatan.KUANTITATIF
    form_family: FormFamily = FormFamily.JA_JF
    rhk: list[Rhk] = field(default_factory=list)
    # Ekspektasi khusus pimpinan per core value number 1–7 (DOMAIN §5.4); optional.
    ekspektasi: dict[int, str] = field(default_factory=dict)
    lampiran: Lampiran = field(default_factory=Lampiran)

    def ordered_rhk(self) -> list[Rhk]:
        """Utama first, then tambahan, each in the order the user gave."""
        return [r for r in self.rhk if r.jenis is JenisRHK.UTAMA] + [
            r for r in self.rhk if r.jenis is JenisRHK.TAMBAHAN
        ]


def comparable(isi: IsiSKP) -> tuple[object, ...]:
    """The content without row ids: two SKPs with the same value say the same thing."""
    return (
        isi.pendekatan,
        isi.form_family,
        tuple(
            (
                r.jenis, r.uraian.strip(), r.intervensi_rhk_id, r.intervensi_sasaran_id,
                r.intervensi_teks.strip(),
                tuple(
                    (i.aspek, i.uraian.strip(), i.target_nilai, i.target_satuan.strip(),
                     i.target_teks.strip(), i.perspektif)
                    for i in r.iki
                ),
            )
            for r in isi.ordered_rhk()
        ),
        tuple(sorted((k, v.strip()) for k, v in isi.ekspektasi.items() if v.strip())),
        tuple(x.strip() for x in isi.lampiran.dukungan_sumber_daya if x.strip()),
        tuple(x.strip() for x in isi.lampiran.skema_pertanggungjawaban if x.strip()),
        tuple(x.strip() for x in isi.lampiran.konsekuensi if x.strip()),
    )


def copy_isi(isi: IsiSKP, *, keep_intervensi: bool = True, revisi: bool = False) -> IsiSKP:
    """A deep copy without row ids (a revision or next year's plan gets new rows).

    ``revisi`` remembers where each RHK came from (``asal_id``)."""
    return IsiSKP(
        pendekatan=isi.pendekatan,
        form_family=isi.form_family,
        rhk=[
            Rhk(
                uraian=r.uraian,
                jenis=r.jenis,
                iki=[
                    Iki(i.uraian, i.aspek, i.target_nilai, i.target_satuan, i.target_teks,
                        i.perspektif)
                    for i in r.iki
                ],
                intervensi_rhk_id=r.intervensi_rhk_id if keep_intervensi else None,
                intervensi_sasaran_id=r.intervensi_sasaran_id if keep_intervensi else None,
                intervensi_teks=r.intervensi_teks,
                asal_id=(r.id or r.asal_id) if revisi else None,
            )
            for r in isi.rhk
        ],
        ekspektasi=dict(isi.ekspektasi),
        lampiran=Lampiran(
            list(isi.lampiran.dukungan_sumber_daya),
            list(isi.lampiran.skema_pertanggungjawaban),
            list(isi.lampiran.konsekuensi),
        ),
    )


# ---------------------------------------------------------------------------
# Completeness: what is missing before an SKP can be submitted


@dataclass(frozen=True, slots=True)
class Kekurangan:
    """One thing missing, with where it is (RHK/IKI position) so the editor can jump there."""

    pesan: str
    rhk_index: int | None = None  # index into IsiSKP.rhk
    iki_index: int | None = None


def rhk_label(isi: IsiSKP, index: int) -> str:
    rhk = isi.rhk[index]
    same = [r for r in isi.rhk if r.jenis is rhk.jenis]
    no = next(n for n, r in enumerate(same, 1) if r is rhk)
    return f"RHK {rhk.jenis.label.lower()} {no}"


def kelengkapan(isi: IsiSKP, *, ada_penilai: bool) -> list[Kekurangan]:
    """Everything that blocks submission (DIAJUKAN); empty when the SKP is complete."""
    out: list[Kekurangan] = []
    if not ada_penilai:
        out.append(Kekurangan("Pejabat penilai kinerja belum ditentukan."))
    if not any(r.jenis is JenisRHK.UTAMA for r in isi.rhk):
        out.append(Kekurangan("Belum ada Rencana Hasil Kerja utama."))
    kuantitatif = isi.pendekatan is Pendekatan.KUANTITATIF
    jpt = isi.form_family is FormFamily.JPT
    for ri, rhk in enumerate(isi.rhk):
        where = rhk_label(isi, ri)
        if not rhk.uraian.strip():
            out.append(Kekurangan(f"{where}: uraian rencana hasil kerja masih kosong.", ri))
        if not rhk.has_intervensi:
            out.append(Kekurangan(
                f"{where}: pilih rencana hasil kerja pimpinan (atau sasaran unit) yang "
                "diintervensi.", ri))
        if not rhk.iki:
            out.append(Kekurangan(f"{where}: belum ada indikator kinerja individu (IKI).", ri))
        for ii, iki in enumerate(rhk.iki):
            at = f"{where}, IKI {ii + 1}"
            if not iki.uraian.strip():
                out.append(Kekurangan(f"{at}: uraian indikator masih kosong.", ri, ii))
            if kuantitatif and not jpt and iki.aspek is None:
                out.append(Kekurangan(
                    f"{at}: pilih aspek (kuantitas, kualitas, waktu atau biaya).", ri, ii))
            if iki.target_nilai is None and not iki.target_teks.strip():
                out.append(Kekurangan(f"{at}: target belum diisi.", ri, ii))
            elif kuantitatif and iki.target_nilai is not None and not iki.target_satuan.strip():
                out.append(Kekurangan(
                    f"{at}: satuan target belum diisi (mis. dokumen, laporan, %).", ri, ii))
            if jpt and iki.perspektif is None:
                out.append(Kekurangan(
                    f"{at}: pilih perspektif (penerima layanan, proses bisnis, "
                    "penguatan internal atau anggaran).", ri, ii))
    return out


# ---------------------------------------------------------------------------
# Workflow (DOMAIN §6)


class AksiSKP(StrEnum):
    BUAT = "buat"
    AJUKAN = "ajukan"
    TETAPKAN = "tetapkan"
    KEMBALIKAN = "kembalikan"
    REVISI = "revisi"  # a new version of a DITETAPKAN SKP
    GANTIKAN = "gantikan"  # the old version when its revision is ditetapkan
    TUTUP = "tutup"  # mutasi: the plan ends early, a new SKP follows

    @property
    def label(self) -> str:
        return {
            AksiSKP.BUAT: "Dibuat",
            AksiSKP.AJUKAN: "Diajukan",
            AksiSKP.TETAPKAN: "Ditetapkan",
            AksiSKP.KEMBALIKAN: "Dikembalikan",
            AksiSKP.REVISI: "Revisi dibuat",
            AksiSKP.GANTIKAN: "Digantikan revisi",
            AksiSKP.TUTUP: "Ditutup (mutasi)",
        }[self]


_TRANSITIONS: dict[AksiSKP, tuple[tuple[StatusSKP, ...], StatusSKP | None]] = {
    AksiSKP.BUAT: ((), StatusSKP.DRAFT),  # a new SKP starts as DRAFT; no status leads here
    AksiSKP.AJUKAN: ((StatusSKP.DRAFT,), StatusSKP.DIAJUKAN),
    AksiSKP.TETAPKAN: ((StatusSKP.DIAJUKAN,), StatusSKP.DITETAPKAN),
    AksiSKP.KEMBALIKAN: ((StatusSKP.DIAJUKAN,), StatusSKP.DRAFT),
    AksiSKP.REVISI: ((StatusSKP.DITETAPKAN,), None),  # the SKP itself does not change
    AksiSKP.GANTIKAN: ((StatusSKP.DITETAPKAN,), StatusSKP.DIGANTIKAN),
    # Mutasi ends the plan early (ditutup_pada); the status itself stays.
    AksiSKP.TUTUP: ((StatusSKP.DRAFT, StatusSKP.DIAJUKAN, StatusSKP.DITETAPKAN), None),
}


def next_status(current: StatusSKP, aksi: AksiSKP) -> StatusSKP:
    """The status after ``aksi``; refuses a transition the state machine does not have."""
    allowed, target = _TRANSITIONS[aksi]
    if not allowed:
        raise ValidationError(
            f"SKP berstatus {current.label.lower()} tidak dapat {aksi.label.lower()} lagi; "
            "SKP baru selalu dimulai sebagai draf."
        )
    if current not in allowed:
        bisa = " atau ".join(s.label.lower() for s in allowed)
        raise ValidationError(
            f"SKP berstatus {current.label.lower()} tidak dapat {aksi.label.lower()}; "
            f"hanya SKP berstatus {bisa}."
        )
    return current if target is None else target


def require_editable(status: StatusSKP) -> None:
    if status is not StatusSKP.DRAFT:
        hint = (
            " Buat revisi untuk mengubahnya." if status is StatusSKP.DITETAPKAN
            else " Minta pejabat penilai mengembalikannya dulu." if status is StatusSKP.DIAJUKAN
            else ""
        )
        raise ValidationError(
            f"SKP berstatus {status.label.lower()} tidak dapat diubah.{hint}"
        )


def default_form_family(is_jpt: bool) -> FormFamily:
    return FormFamily.JPT if is_jpt else FormFamily.JA_JF


def periode_tahun(tahun: int) -> tuple[dt.date, dt.date]:
    return dt.date(tahun, 1, 1), dt.date(tahun, 12, 31)


# ---------------------------------------------------------------------------
# Numbers as offices write them: "12", "12,5", "1.500", "12 laporan"

# The number must end where a digit, dot or comma could no longer continue it, so
# "1.5000 dokumen" is not read as 1.500 followed by "0 dokumen".
_NUMBER = re.compile(
    r"^\s*(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?![\d.,])\s*(.*?)\s*$"
)


def parse_angka(text: str) -> Decimal:
    """Indonesian number: comma decimals, dot thousands groups; raises ValidationError."""
    cleaned = text.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", cleaned):
        cleaned = cleaned.replace(".", "").replace(",", ".")
    else:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(f"'{text}' bukan angka (contoh: 12 atau 12,5).") from None
    if not value.is_finite() or value < 0:
        raise ValidationError(f"'{text}' bukan angka target yang sah (harus 0 atau lebih).")
    return value


def split_target(text: str) -> tuple[Decimal | None, str, str]:
    """``"12 laporan"`` → (12, "laporan", ""); ``"80–90 %"`` → (None, "", "80–90 %")."""
    m = _NUMBER.match(text)
    if m and not re.match(r"^[\-–—/]", m.group(2)):
        return parse_angka(m.group(1)), m.group(2), ""
    return None, "", text.strip()


def format_angka(value: Decimal) -> str:
    """12 → "12", 12.50 → "12,5" (no thousands separators, so it reads back the same)."""
    normal = value.normalize()
    text = format(normal, "f")
    return text.replace(".", ",")
