"""Field rules for a pegawai record, shared by the edit form and the Excel import.

Checks collect every problem with the field it belongs to, so a form can show
them next to the fields and an import can report them by column.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from kinerja_desktop.domain.errors import ValidationError
from kinerja_desktop.domain.golongan import find_golongan
from kinerja_desktop.domain.jabatan import (
    JenjangFungsional,
    KategoriJabatan,
    check_jenjang,
    parse_jenjang,
    parse_kategori,
)
from kinerja_desktop.domain.nip import JenisPegawai, parse_nip


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str
    message: str


@dataclass(slots=True)
class PegawaiInput:
    """What a user typed; every value is text as it came from a form or a cell."""

    nip: str
    nama: str
    jenis_pegawai: str = ""
    gelar_depan: str = ""
    gelar_belakang: str = ""
    golongan: str = ""
    jabatan: str = ""
    kategori_jabatan: str = ""
    jenjang: str = ""
    unit_kode: str = ""
    atasan_nip: str = ""
    aktif: bool = True


@dataclass(frozen=True, slots=True)
class CleanPegawai:
    nip: str
    jenis_pegawai: JenisPegawai
    nama: str
    gelar_depan: str | None
    gelar_belakang: str | None
    golongan: str
    jabatan: str
    kategori_jabatan: KategoriJabatan
    jenjang: JenjangFungsional | None
    unit_kode: str | None
    atasan_nip: str | None
    aktif: bool
    warnings: tuple[str, ...] = field(default=())


def _squash(text: str) -> str:
    return " ".join(str(text).split())


def nama_lengkap(gelar_depan: str | None, nama: str, gelar_belakang: str | None) -> str:
    """As printed on documents: ``Dr. Siti Aminah, S.Kom., M.T.``."""
    text = f"{gelar_depan} {nama}" if gelar_depan else nama
    return f"{text}, {gelar_belakang}" if gelar_belakang else text


def jabatan_key(nama: str, kategori: KategoriJabatan, jenjang: JenjangFungsional | None) -> str:
    return f"{_squash(nama).casefold()}|{kategori.value.casefold()}|" + (
        jenjang.value.casefold() if jenjang else ""
    )


_JABATAN_NS = uuid.UUID("6f1c2b5e-4a8d-5e0f-9b3a-1c7d2e4f6a80")


def jabatan_id(key: str) -> uuid.UUID:
    """The same jabatan gets the same id at every site, so the catalogues of many
    offices merge at the province instead of colliding on the key."""
    return uuid.uuid5(_JABATAN_NS, key)


def check_pegawai(data: PegawaiInput) -> tuple[CleanPegawai | None, list[FieldError]]:
    errors: list[FieldError] = []
    warnings: list[str] = []

    jenis: JenisPegawai | None = None
    raw_jenis = _squash(data.jenis_pegawai).upper()
    if raw_jenis:
        try:
            jenis = JenisPegawai(raw_jenis)
        except ValueError:
            errors.append(FieldError("jenis_pegawai",
                                     f"Jenis pegawai '{data.jenis_pegawai}' harus PNS atau PPPK."))
    nip = ""
    try:
        info = parse_nip(data.nip, jenis)
        nip, jenis = info.nip, info.jenis
        warnings.extend(info.warnings)
    except ValidationError as exc:
        errors.append(FieldError("nip", exc.message))

    nama = _squash(data.nama)
    if not nama:
        errors.append(FieldError("nama", "Nama wajib diisi (tanpa gelar, contoh: Siti Aminah)."))
    elif len(nama) > 200:
        errors.append(FieldError("nama", "Nama terlalu panjang (maksimal 200 karakter)."))

    golongan = ""
    if not _squash(data.golongan):
        errors.append(FieldError(
            "golongan", "Golongan wajib diisi (contoh: III/a, atau IX untuk PPPK)."))
    elif jenis is not None:
        try:
            golongan = find_golongan(jenis, data.golongan).kode
        except ValidationError as exc:
            errors.append(FieldError("golongan", exc.message))

    jabatan = _squash(data.jabatan)
    if not jabatan:
        errors.append(FieldError(
            "jabatan", "Nama jabatan wajib diisi (contoh: Analis SDM Aparatur)."))
    kategori: KategoriJabatan | None = None
    jenjang: JenjangFungsional | None = None
    try:
        kategori = parse_kategori(data.kategori_jabatan)
    except ValidationError as exc:
        errors.append(FieldError("kategori_jabatan", exc.message))
    if _squash(data.jenjang):
        try:
            jenjang = parse_jenjang(data.jenjang)
        except ValidationError as exc:
            errors.append(FieldError("jenjang", exc.message))
    if kategori is not None and not any(e.field == "jenjang" for e in errors):
        try:
            check_jenjang(kategori, jenjang)
        except ValidationError as exc:
            errors.append(FieldError("jenjang", exc.message))

    atasan_nip: str | None = None
    if _squash(data.atasan_nip):
        try:
            atasan_nip = parse_nip(data.atasan_nip).nip
        except ValidationError as exc:
            errors.append(FieldError("atasan_nip", f"NIP atasan: {exc.message}"))
        if atasan_nip is not None and atasan_nip == nip:
            errors.append(FieldError("atasan_nip", "Atasan tidak boleh pegawai itu sendiri."))

    if errors or jenis is None or kategori is None:
        return None, errors
    return (
        CleanPegawai(
            nip=nip,
            jenis_pegawai=jenis,
            nama=nama,
            gelar_depan=_squash(data.gelar_depan) or None,
            gelar_belakang=_squash(data.gelar_belakang) or None,
            golongan=golongan,
            jabatan=jabatan,
            kategori_jabatan=kategori,
            jenjang=jenjang,
            unit_kode=_squash(data.unit_kode) or None,
            atasan_nip=atasan_nip,
            aktif=data.aktif,
            warnings=tuple(warnings),
        ),
        [],
    )
