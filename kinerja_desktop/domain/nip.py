"""NIP PNS and NI PPPK: parsing and validation (DOMAIN §3.1, §3.2, §14).

Both are 18 digits: birth date, then for PNS the TMT CPNS year and month, for
PPPK the appointment year and two digits whose meaning is not settled. Digits
13–14 of 13 or more cannot be a month, so such a number is PPPK; below that,
the kind comes from the data (an explicit ``jenis`` wins).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from kinerja_desktop.domain.errors import ValidationError


class JenisPegawai(StrEnum):
    PNS = "PNS"
    PPPK = "PPPK"


class JenisKelamin(StrEnum):
    LAKI_LAKI = "L"
    PEREMPUAN = "P"


@dataclass(frozen=True, slots=True)
class NipInfo:
    nip: str
    jenis: JenisPegawai
    tanggal_lahir: dt.date
    tahun_pengangkatan: int
    bulan_tmt: int | None  # PNS only
    jenis_kelamin: JenisKelamin
    nomor_urut: int
    warnings: tuple[str, ...] = ()

    @property
    def printed(self) -> str:
        return format_nip(self.nip, self.jenis)


def normalize_nip(raw: str) -> str:
    """Drops the spaces, dots and dashes people type between the groups."""
    return "".join(ch for ch in str(raw).strip() if ch not in " .-\u00a0\t")


def parse_nip(raw: str, jenis: JenisPegawai | None = None) -> NipInfo:
    """Validates ``raw`` and returns its parts; raises ValidationError naming the fault."""
    nip = normalize_nip(raw)
    if not nip:
        raise ValidationError("NIP wajib diisi.")
    if not (nip.isascii() and nip.isdigit()):
        raise ValidationError(f"NIP harus berupa angka; '{raw}' berisi karakter lain.")
    if len(nip) != 18:
        raise ValidationError(f"NIP harus 18 digit angka; '{raw}' berisi {len(nip)} digit.")
    try:
        lahir = dt.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        raise ValidationError(
            f"Tanggal lahir pada NIP tidak valid: {nip[6:8]}-{nip[4:6]}-{nip[0:4]}."
        ) from None
    tahun = int(nip[8:12])
    d13_14 = int(nip[12:14])
    if d13_14 >= 13:
        if jenis is JenisPegawai.PNS:
            raise ValidationError(
                f"Bulan TMT pada NIP PNS tidak valid ({nip[12:14]}); angka ini berbentuk NI PPPK."
            )
        detected = JenisPegawai.PPPK
    else:
        detected = jenis or JenisPegawai.PNS
    if detected is JenisPegawai.PNS and d13_14 == 0:
        raise ValidationError(f"Bulan TMT pada NIP tidak valid ({nip[12:14]}).")
    gender_digit = nip[14]
    if gender_digit not in "12":
        raise ValidationError(
            f"Digit ke-15 NIP (jenis kelamin) harus 1 atau 2, bukan {gender_digit}."
        )
    urut = int(nip[15:18])
    if urut == 0:
        raise ValidationError("Nomor urut NIP (3 digit terakhir) tidak boleh 000.")
    warnings: list[str] = []
    if tahun < lahir.year + 17:
        warnings.append(
            f"Tahun pengangkatan {tahun} kurang dari 17 tahun setelah tahun lahir {lahir.year}."
        )
    return NipInfo(
        nip=nip,
        jenis=detected,
        tanggal_lahir=lahir,
        tahun_pengangkatan=tahun,
        bulan_tmt=d13_14 if detected is JenisPegawai.PNS else None,
        jenis_kelamin=JenisKelamin.LAKI_LAKI if gender_digit == "1" else JenisKelamin.PEREMPUAN,
        nomor_urut=urut,
        warnings=tuple(warnings),
    )


def is_valid_nip(raw: str, jenis: JenisPegawai | None = None) -> bool:
    try:
        parse_nip(raw, jenis)
    except ValidationError:
        return False
    return True


def format_nip(nip: str, jenis: JenisPegawai = JenisPegawai.PNS) -> str:
    """Prints the groups as on official documents: ``19860926 201505 1 001``."""
    n = normalize_nip(nip)
    if len(n) != 18:
        return n
    if jenis is JenisPegawai.PPPK:
        return f"{n[0:8]} {n[8:12]} {n[12:14]} {n[14]} {n[15:18]}"
    return f"{n[0:8]} {n[8:14]} {n[14]} {n[15:18]}"
