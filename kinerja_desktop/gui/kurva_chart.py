"""The predikat distribution as bars against the kurva distribusi (DOMAIN §7.2), painted by hand.

Bars left to right as on the printed curve (worst first); the dashed line is the pattern
the organisation predikat asks for (most pegawai at its predikat, fewer further away);
bars a warning is about get a red outline. Warnings never block (they are advice).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kinerja_desktop.domain.kurva_distribusi import (
    URUTAN_SUMBU_X,
    PeringatanKurva,
    periksa_distribusi,
)
from kinerja_desktop.domain.predikat import Predikat, PredikatOrganisasi

# Where the curve peaks for each organisation predikat (the modal predikat of §7.2).
PUNCAK: dict[PredikatOrganisasi, Predikat] = {
    PredikatOrganisasi.ISTIMEWA: Predikat.SANGAT_BAIK,
    PredikatOrganisasi.BAIK: Predikat.BAIK,
    PredikatOrganisasi.BUTUH_PERBAIKAN: Predikat.BUTUH_PERBAIKAN,
    PredikatOrganisasi.KURANG: Predikat.KURANG,
    PredikatOrganisasi.SANGAT_KURANG: Predikat.SANGAT_KURANG,
}

_SHORT = {
    Predikat.SANGAT_KURANG: "SK",
    Predikat.KURANG: "K",
    Predikat.BUTUH_PERBAIKAN: "BP",
    Predikat.BAIK: "B",
    Predikat.SANGAT_BAIK: "SB",
}


def pola_kurva(organisasi: PredikatOrganisasi, total: int) -> dict[Predikat, float]:
    """The expected number of pegawai per predikat: a bell around the peak, summing to total."""
    peak = URUTAN_SUMBU_X.index(PUNCAK[organisasi])
    weights = [math.exp(-((i - peak) ** 2) / 1.1) for i in range(len(URUTAN_SUMBU_X))]
    scale = total / sum(weights)
    return {p: w * scale for p, w in zip(URUTAN_SUMBU_X, weights, strict=True)}


class KurvaChart(QWidget):
    """``set_data(counts, organisasi)``; ``warnings`` holds what ``periksa_distribusi`` said."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[Predikat, int] = {p: 0 for p in Predikat}
        self.organisasi = PredikatOrganisasi.BAIK
        self.warnings: list[PeringatanKurva] = []
        self.setMinimumSize(240, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setToolTip(self.tr(
            "Batang: jumlah pegawai per predikat (termasuk yang belum disimpan). Garis putus-"
            "putus: pola kurva distribusi untuk capaian kinerja organisasi yang dipilih. "
            "Contoh: organisasi Baik → predikat terbanyak Baik, paling banyak 70%."))
        self.setAccessibleName(self.tr("Grafik distribusi predikat"))

    def sizeHint(self) -> QSize:
        return QSize(300, 200)

    def set_data(self, counts: Mapping[Predikat, int], organisasi: PredikatOrganisasi) -> None:
        self.counts = {p: counts.get(p, 0) for p in Predikat}
        self.organisasi = organisasi
        self.warnings = periksa_distribusi(organisasi, self.counts)
        self.update()

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        label_h = painter.fontMetrics().height() + 4
        plot = rect.adjusted(0, label_h, 0, -label_h)
        total = self.total
        pola = pola_kurva(self.organisasi, total) if total else {p: 0.0 for p in Predikat}
        top = max([1.0, *map(float, self.counts.values()), *pola.values()])
        flagged = {p for w in self.warnings for p in w.predikat}
        n = len(URUTAN_SUMBU_X)
        slot = plot.width() / n
        pal = self.palette()
        painter.setPen(QPen(pal.color(pal.ColorRole.Mid), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        points: list[QPointF] = []
        for i, p in enumerate(URUTAN_SUMBU_X):
            x = plot.left() + i * slot
            h = plot.height() * self.counts[p] / top
            bar = QRectF(x + slot * 0.18, plot.bottom() - h, slot * 0.64, h)
            painter.setBrush(QColor("#4f7cac"))
            painter.setPen(QPen(QColor("#b3261e"), 2) if p in flagged else Qt.PenStyle.NoPen)
            if h > 0:
                painter.drawRect(bar)
            painter.setPen(pal.color(pal.ColorRole.WindowText))
            painter.drawText(QRectF(x, plot.bottom() - h - label_h, slot, label_h),
                             Qt.AlignmentFlag.AlignCenter, str(self.counts[p]))
            painter.drawText(QRectF(x, plot.bottom() + 2, slot, label_h),
                             Qt.AlignmentFlag.AlignCenter, _SHORT[p])
            points.append(QPointF(x + slot / 2, plot.bottom() - plot.height() * pola[p] / top))
        if total:
            path = QPainterPath(points[0])
            for a, b in itertools.pairwise(points):
                mid = (a.x() + b.x()) / 2
                path.cubicTo(QPointF(mid, a.y()), QPointF(mid, b.y()), b)
            pen = QPen(QColor("#e07b00"), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.end()
