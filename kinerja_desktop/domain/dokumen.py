"""The kinds of documents the app prints (DOMAIN §8, §14; issue 5)."""

from __future__ import annotations

from enum import StrEnum


class JenisDokumen(StrEnum):
    SKP = "skp"
    EVALUASI = "evaluasi"
    DOKUMEN_EVALUASI = "dokumen-evaluasi"
    REKAP = "rekap"
    PENETAPAN = "penetapan"
    SKM = "skm"

    @property
    def label(self) -> str:
        return {
            JenisDokumen.SKP: "SKP dan Lampiran",
            JenisDokumen.EVALUASI: "Evaluasi Kinerja Pegawai",
            JenisDokumen.DOKUMEN_EVALUASI: "Dokumen Evaluasi Kinerja Pegawai",
            JenisDokumen.REKAP: "Rekap Predikat Unit",
            JenisDokumen.PENETAPAN: "Format Penetapan Predikat Kinerja",
            JenisDokumen.SKM: "Laporan Survei Kepuasan Masyarakat",
        }[self]

    @property
    def per_pegawai(self) -> bool:
        """One document per pegawai (batch printing applies), else one per unit."""
        return self in (JenisDokumen.SKP, JenisDokumen.EVALUASI, JenisDokumen.DOKUMEN_EVALUASI)

    @property
    def perlu_periode(self) -> bool:
        return self is not JenisDokumen.SKP

    @property
    def bertanda(self) -> bool:
        """Carries a signed verification code (the regulation's signed documents)."""
        return self.per_pegawai
