"""Roles of user accounts (ARCHITECTURE §1)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"  # pengelola kinerja
    PENILAI = "penilai"  # pejabat penilai kinerja
    PEGAWAI = "pegawai"
    OPERATOR = "operator"  # operator provinsi

    @property
    def label(self) -> str:
        return {
            Role.ADMIN: "Admin (pengelola kinerja)",
            Role.PENILAI: "Pejabat penilai",
            Role.PEGAWAI: "Pegawai",
            Role.OPERATOR: "Operator provinsi",
        }[self]


class SiteRole(StrEnum):
    OFFICE = "office"
    PROVINCE = "province"
    LAPTOP = "laptop"

    @property
    def label(self) -> str:
        return {
            SiteRole.OFFICE: "Kantor",
            SiteRole.PROVINCE: "Provinsi",
            SiteRole.LAPTOP: "Laptop penilai",
        }[self]
