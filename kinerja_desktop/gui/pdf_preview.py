"""Print preview of a PDF held in memory: pages one under another, zoom, page navigation,
printing through QPrinter and saving the bytes (issue 5 point 6).

PySide6's QtPdf cannot be used (the 6.12 wheels crash, 6.11 ships without it on some
platforms), so pages are rendered with pdfium (pypdfium2) into QImages. Rendering is
lazy: only the pages near the viewport are drawn at the current zoom, and images far
away are dropped, so a 40-page recap costs what the few visible pages cost. The first
page is rendered as soon as the document is set, so it shows on the next paint.

pdfium is not thread-safe: every call into it from this module holds ``PDFIUM_LOCK``.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import functools
import os
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMarginsF,
    QObject,
    QRect,
    QRectF,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QImage,
    QIntValidator,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.jobs import JobHandle, JobProgress, run_job

PDFIUM_LOCK = threading.Lock()
"""pdfium keeps global state; one caller at a time (the tests' QR reader uses it too)."""

SCREEN_DPI = 96.0
"""Logical pixels per inch at 100 % zoom (a PDF point is 1/72 inch)."""
PRINT_DPI_MAX = 300
"""Pages are rasterised for the printer at most at this resolution: sharp text, bounded
memory (an A4 page at 300 dpi is 25 MB; at a driver's 1200 dpi it would be 400 MB)."""
ZOOM_MIN, ZOOM_MAX = 25, 400
ZOOM_PRESETS = (50, 75, 100, 125, 150, 200, 300)
ZOOM_STEP = 1.25
PAGE_GAP = 12
"""Pixels between pages and around them."""
KEEP_SCREENS = 3
"""Rendered pages farther than this many viewport heights away are dropped."""
F4_MM = (215.0, 330.0)


class Fit(enum.Enum):
    NONE = "none"
    WIDTH = "width"
    PAGE = "page"


def page_layout(width_pt: float, height_pt: float) -> QPageLayout:
    """The printer page for a PDF page of this size: A4 (and other standard sizes) by
    name, F4 as a custom 215 × 330 mm size, landscape when wider than high; no margins
    (the PDF carries its own)."""
    short, long_ = sorted((width_pt, height_pt))
    mm = 25.4 / 72
    if abs(short * mm - F4_MM[0]) < 1.5 and abs(long_ * mm - F4_MM[1]) < 1.5:
        size = QPageSize(QSizeF(*F4_MM), QPageSize.Unit.Millimeter, "F4 (215 × 330 mm)",
                         QPageSize.SizeMatchPolicy.ExactMatch)
    else:
        size = QPageSize(QSizeF(short, long_), QPageSize.Unit.Point, "",
                         QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (QPageLayout.Orientation.Landscape if width_pt > height_pt
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def render_page(doc: pdfium.PdfDocument, index: int, scale: float) -> QImage:
    """Page ``index`` at ``scale`` pixels per point, as a QImage that owns its pixels."""
    with PDFIUM_LOCK:
        page = doc[index]
        try:
            bitmap = page.render(scale=scale, prefer_bgrx=True)
            try:
                # BGRX bytes are Format_RGB32 on little-endian machines (every PC we run on).
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_RGB32).copy()  # detach from pdfium's buffer
            finally:
                bitmap.close()
        finally:
            page.close()
    return image


def print_pdf(data: bytes, printer: QPrinter, progress: JobProgress | None = None) -> int:
    """Prints PDF bytes (or the printer's page range) on ``printer``; returns the pages.

    Every page goes out on paper of its own size (A4, F4 as a custom size, landscape
    pages turned), rasterised at the printer's resolution up to PRINT_DPI_MAX. Safe on a
    worker thread: the document is opened from the bytes here, pdfium under its lock.
    Batal (``progress``) aborts the print job."""
    with PDFIUM_LOCK:
        doc = pdfium.PdfDocument(data)
        sizes = []
        for i in range(len(doc)):
            page = doc[i]
            w, h = page.get_size()
            sizes.append((float(w), float(h)))
            page.close()
    first, last = 1, len(sizes)
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(last, printer.toPage() or last)
    printer.setFullPage(True)
    dpi = min(printer.resolution(), PRINT_DPI_MAX)
    painter = QPainter()
    printed = 0
    total = last - first + 1
    try:
        for number in range(first, last + 1):
            if progress is not None:
                if progress.cancelled:
                    printer.abort()
                    progress.check_cancel()
                progress.report(printed, total, QCoreApplication.translate(
                    "PdfPreview", "Mencetak halaman {n} dari {total}").format(
                        n=printed + 1, total=total))
            printer.setPageLayout(page_layout(*sizes[number - 1]))
            if printed == 0:
                if not painter.begin(printer):
                    raise UserError(QCoreApplication.translate(
                        "PdfPreview", "Printer {name} tidak dapat dipakai. Periksa apakah "
                        "printer menyala dan terhubung, atau simpan sebagai PDF.").format(
                            name=printer.printerName() or printer.outputFileName()))
            elif not printer.newPage():
                raise UserError(QCoreApplication.translate(
                    "PdfPreview", "Printer menolak halaman {n}; pencetakan dihentikan."
                ).format(n=number))
            image = render_page(doc, number - 1, dpi / 72)
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            painter.drawImage(QRectF(0, 0, target.width(), target.height()), image)
            printed += 1
    finally:
        if painter.isActive():
            painter.end()
        with PDFIUM_LOCK:
            doc.close()
    if progress is not None:
        progress.report(printed, total)
    return printed


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return QCoreApplication.translate("PdfPreview", "disk penuh")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return QCoreApplication.translate(
            "PdfPreview", "tidak ada izin menulis di folder itu (folder hanya-baca?)")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return QCoreApplication.translate("PdfPreview", "folder tidak ada")
    return exc.strerror or str(exc)


def write_atomic(path: Path, data: bytes) -> None:
    """Writes ``data`` to ``path`` through a temporary file in the same folder and a
    rename, so the target is either the old file or the whole new one. A disk or
    permission error becomes a UserError naming the file; nothing is left behind."""
    path = Path(path)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise UserError(QCoreApplication.translate(
            "PdfPreview", "PDF tidak dapat disimpan ke {path}: {reason}. Tidak ada berkas yang "
            "ditulis; pilih folder lain.").format(path=path, reason=_reason(exc))) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _close_docs(docs: list[pdfium.PdfDocument], *_args: object) -> None:
    with PDFIUM_LOCK:
        while docs:
            docs.pop().close()


class PageView(QWidget):
    """One page: white paper with a thin border, the rendered image once it is there."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.image: QImage | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        rect = self.rect()
        painter.fillRect(rect, QColor("white"))
        if self.image is not None:
            painter.drawImage(QRectF(rect), self.image)
        else:
            painter.setPen(QColor("#888888"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate(
                "PdfPreview", "Memuat halaman {n}…").format(n=self.number))
        painter.setPen(QColor("#9a9a9a"))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.end()


class PdfPreview(QWidget):
    """Shows PDF bytes page by page; prints them and saves them.

    ``set_pdf(data, nama_file)`` loads a document (``None`` shows the empty state);
    ``print_to(printer)`` prints without a dialog (tests, batch); ``print_dialog()``
    and ``save_dialog()`` are what the toolbar buttons run.
    """

    page_changed = Signal(int)
    zoom_changed = Signal(int)
    document_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A child timer dies with the widget; QTimer.singleShot(0, bound_method) would still
        # call into a preview whose C++ side a test (or the page) had already deleted.
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(0)
        self._resize_timer.timeout.connect(self._after_resize)
        self._data: bytes | None = None
        self._doc: pdfium.PdfDocument | None = None
        # The open document, also reachable from the destroyed signal: pdfium's handle is
        # closed with the widget, not left for the interpreter's exit.
        self._open_docs: list[pdfium.PdfDocument] = []
        self.destroyed.connect(functools.partial(_close_docs, self._open_docs))
        self._sizes: list[tuple[float, float]] = []
        self._pages: list[PageView] = []
        self._zoom = 100
        self._fit = Fit.WIDTH
        self._current = 0
        self.nama_file = "dokumen.pdf"
        self.last_saved: Path | None = None
        self.printed_pages = 0
        self.print_job: JobHandle[int] | None = None

        self._make_actions()
        self._make_toolbar()
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("pdf_scroll")
        self.scroll_area.setWidgetResizable(False)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.canvas = QWidget()
        self.canvas.setObjectName("pdf_canvas")
        self.canvas.setAutoFillBackground(True)
        pal = self.canvas.palette()
        pal.setColor(self.canvas.backgroundRole(), QColor("#6f7378"))
        self.canvas.setPalette(pal)
        self.scroll_area.setWidget(self.canvas)
        viewport = self.scroll_area.viewport()
        vpal = viewport.palette()
        vpal.setColor(viewport.backgroundRole(), QColor("#6f7378"))
        viewport.setPalette(vpal)
        viewport.setAutoFillBackground(True)
        self.scroll_area.viewport().installEventFilter(self)
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.scroll_area.horizontalScrollBar().valueChanged.connect(self._schedule_render)
        self.scroll_area.setWhatsThis(self.tr(
            "Pratinjau cetak: halaman ditampilkan seperti akan tercetak. Gulir dengan roda "
            "tetikus; Ctrl+roda atau Ctrl++ / Ctrl+- untuk memperbesar atau memperkecil."))

        self.empty_label = QLabel()
        self.empty_label.setObjectName("pdf_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        self.empty_label.setStyleSheet("color: #555555;")
        self.set_empty_text(self.tr("Belum ada dokumen untuk ditampilkan."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.scroll_area)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)

        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(0)
        self._render_timer.timeout.connect(self.render_visible)
        self._update_controls()

    # --- building ----------------------------------------------------------------------------
    def _make_actions(self) -> None:
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.zoom_in_action = QAction(self.tr("Perbesar"), self)
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_in_action.setToolTip(self.tr("Perbesar tampilan (Ctrl++)"))
        self.zoom_in_action.triggered.connect(self.zoom_in)
        self.zoom_out_action = QAction(self.tr("Perkecil"), self)
        self.zoom_out_action.setShortcut(QKeySequence("Ctrl+-"))
        self.zoom_out_action.setToolTip(self.tr("Perkecil tampilan (Ctrl+-)"))
        self.zoom_out_action.triggered.connect(self.zoom_out)
        self.fit_width_action = QAction(self.tr("Lebar halaman"), self)
        self.fit_width_action.setCheckable(True)
        self.fit_width_action.setToolTip(self.tr(
            "Menyesuaikan besar tampilan agar lebar halaman pas dengan panel."))
        self.fit_width_action.triggered.connect(self.fit_width)
        self.fit_page_action = QAction(self.tr("Satu halaman"), self)
        self.fit_page_action.setCheckable(True)
        self.fit_page_action.setToolTip(self.tr(
            "Menyesuaikan besar tampilan agar satu halaman utuh terlihat."))
        self.fit_page_action.triggered.connect(self.fit_page)
        self.prev_action = QAction("◀", self)
        self.prev_action.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.prev_action.setToolTip(self.tr("Halaman sebelumnya (PgUp)"))
        self.prev_action.triggered.connect(self.previous_page)
        self.next_action = QAction("▶", self)
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.next_action.setToolTip(self.tr("Halaman berikutnya (PgDn)"))
        self.next_action.triggered.connect(self.next_page)
        self.print_action = QAction(self.tr("Cetak…"), self)
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.setToolTip(self.tr(
            "Mencetak dokumen ini ke printer (Ctrl+P). Ukuran kertas printer mengikuti "
            "ukuran halaman PDF (A4 atau F4 215 × 330 mm)."))
        self.print_action.triggered.connect(self.print_dialog)
        self.save_action = QAction(self.tr("Simpan PDF…"), self)
        self.save_action.setShortcut(QKeySequence("Ctrl+S"))
        self.save_action.setToolTip(self.tr(
            "Menyimpan dokumen ini sebagai berkas PDF (Ctrl+S), misalnya untuk dikirim "
            "atau dicetak di komputer lain."))
        self.save_action.triggered.connect(self.save_dialog)
        for action in (self.zoom_in_action, self.zoom_out_action, self.prev_action,
                       self.next_action, self.print_action, self.save_action):
            action.setShortcutContext(ctx)
            self.addAction(action)

    def _tool(self, action: QAction, text_beside: bool = False) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        if text_beside:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _make_toolbar(self) -> None:
        self.toolbar = QFrame()
        self.toolbar.setObjectName("pdf_toolbar")
        row = QHBoxLayout(self.toolbar)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.zoom_out_button = self._tool(self.zoom_out_action)
        self.zoom_out_button.setText("−")
        self.zoom_in_button = self._tool(self.zoom_in_action)
        self.zoom_in_button.setText("+")
        self.zoom_combo = QComboBox()
        self.zoom_combo.setEditable(True)
        self.zoom_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for percent in ZOOM_PRESETS:
            self.zoom_combo.addItem(f"{percent} %", percent)
        line = self.zoom_combo.lineEdit()
        assert line is not None  # editable
        line.setValidator(QIntValidator(ZOOM_MIN, ZOOM_MAX, self.zoom_combo))
        line.editingFinished.connect(self._zoom_typed)
        self.zoom_combo.activated.connect(self._zoom_picked)
        self.zoom_combo.setToolTip(self.tr(
            "Besar tampilan dalam persen ({lo}–{hi}); ketik angka lalu Enter, contoh: 120. "
            "Tidak mengubah hasil cetak.").format(lo=ZOOM_MIN, hi=ZOOM_MAX))
        self.zoom_combo.setMinimumContentsLength(5)
        self.page_spin = QSpinBox()
        self.page_spin.setRange(0, 0)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setToolTip(self.tr("Nomor halaman yang ditampilkan; ketik lalu Enter "
                                          "untuk melompat."))
        self.page_spin.valueChanged.connect(lambda n: self.go_to_page(n) if n else None)
        self.page_label = QLabel()
        self.page_label.setObjectName("page_label")
        row.addWidget(self.zoom_out_button)
        row.addWidget(self.zoom_combo)
        row.addWidget(self.zoom_in_button)
        row.addWidget(self._tool(self.fit_width_action, True))
        row.addWidget(self._tool(self.fit_page_action, True))
        row.addSpacing(10)
        row.addWidget(QLabel(self.tr("Halaman")))
        row.addWidget(self._tool(self.prev_action))
        row.addWidget(self.page_spin)
        row.addWidget(self._tool(self.next_action))
        row.addWidget(self.page_label)
        row.addStretch(1)
        self.print_button = self._tool(self.print_action, True)
        self.save_button = self._tool(self.save_action, True)
        for b in (self.print_button, self.save_button):
            b.setAutoRaise(False)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)

    # --- the document -------------------------------------------------------------------------
    def set_empty_text(self, text: str) -> None:
        """What the panel says while there is no document (what to do next)."""
        self.empty_label.setText(text)

    @property
    def data(self) -> bytes | None:
        return self._data

    def page_count(self) -> int:
        return len(self._sizes)

    def page_sizes(self) -> Sequence[tuple[float, float]]:
        """(width, height) of every page in points."""
        return tuple(self._sizes)

    def set_pdf(self, data: bytes | None, nama_file: str = "dokumen.pdf") -> None:
        """Shows ``data`` (PDF bytes) from its first page; None clears the view.
        Bytes that are not a PDF raise a UserError and leave the view empty."""
        self._close_doc()
        if data is None:
            self._update_controls()
            self.document_changed.emit()
            return
        try:
            with PDFIUM_LOCK:
                doc = pdfium.PdfDocument(data)
                sizes = []
                for i in range(len(doc)):
                    page = doc[i]
                    sizes.append(page.get_size())
                    page.close()
        except pdfium.PdfiumError as exc:
            self._update_controls()
            raise UserError(self.tr("Dokumen tidak dapat ditampilkan: bukan PDF yang dapat "
                                    "dibaca ({why}).").format(why=exc)) from exc
        self._open_docs.append(doc)
        self._data, self._doc, self._sizes = data, doc, [(float(w), float(h)) for w, h in sizes]
        self.nama_file = nama_file or "dokumen.pdf"
        self._pages = [PageView(i + 1, self.canvas) for i in range(len(sizes))]
        for view in self._pages:
            view.show()
        self._current = 1 if self._sizes else 0
        self.stack.setCurrentWidget(self.scroll_area)
        self._apply_fit()
        self._layout_pages()
        self.scroll_area.verticalScrollBar().setValue(0)
        self.scroll_area.horizontalScrollBar().setValue(0)
        self.render_visible()  # the first page now, not after the next event round
        self._update_controls()
        self.document_changed.emit()
        self.page_changed.emit(self._current)

    def clear(self) -> None:
        self.set_pdf(None)

    def _close_doc(self) -> None:
        for view in self._pages:
            view.hide()
            view.deleteLater()
        self._pages = []
        _close_docs(self._open_docs)
        self._doc, self._data, self._sizes, self._current = None, None, [], 0
        self.stack.setCurrentWidget(self.empty_label)

    # --- zoom -----------------------------------------------------------------------------------
    @property
    def zoom(self) -> int:
        return self._zoom

    @property
    def fit(self) -> Fit:
        return self._fit

    def _px_per_pt(self) -> float:
        return SCREEN_DPI / 72 * self._zoom / 100

    def page_pixel_size(self, index: int) -> tuple[int, int]:
        """The on-screen size of page ``index`` (0-based) at the current zoom."""
        w, h = self._sizes[index]
        k = self._px_per_pt()
        return max(1, round(w * k)), max(1, round(h * k))

    def set_zoom(self, percent: int, *, keep_fit: bool = False) -> None:
        percent = max(ZOOM_MIN, min(ZOOM_MAX, int(percent)))
        if not keep_fit:
            self._fit = Fit.NONE
        if percent != self._zoom:
            anchor = self._current
            self._zoom = percent
            self._layout_pages()
            if anchor:
                self._scroll_to(anchor)
            self.zoom_changed.emit(percent)
        self._update_controls()

    def zoom_in(self) -> None:
        self.set_zoom(round(self._zoom * ZOOM_STEP))

    def zoom_out(self) -> None:
        self.set_zoom(round(self._zoom / ZOOM_STEP))

    def fit_width(self) -> None:
        self._fit = Fit.WIDTH
        self._apply_fit()

    def fit_page(self) -> None:
        self._fit = Fit.PAGE
        self._apply_fit()

    def _apply_fit(self) -> None:
        if self._fit is Fit.NONE or not self._sizes:
            self._update_controls()
            return
        view = self.scroll_area.viewport().size()
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        avail_w = max(50, view.width() - 2 * PAGE_GAP - (0 if self.scroll_area.verticalScrollBar()
                                                          .isVisible() else bar))
        avail_h = max(50, view.height() - 2 * PAGE_GAP)
        widest = max(w for w, _ in self._sizes) * SCREEN_DPI / 72
        tallest = max(h for _, h in self._sizes) * SCREEN_DPI / 72
        percent = avail_w / widest * 100
        if self._fit is Fit.PAGE:
            percent = min(percent, avail_h / tallest * 100)
        self.set_zoom(int(percent), keep_fit=True)

    def _zoom_picked(self, index: int) -> None:
        data = self.zoom_combo.itemData(index)
        if isinstance(data, int):
            self.set_zoom(data)

    def _zoom_typed(self) -> None:
        digits = "".join(ch for ch in self.zoom_combo.currentText() if ch.isdigit())
        if digits:
            self.set_zoom(int(digits))
        else:
            self._update_controls()

    # --- layout and lazy rendering ------------------------------------------------------------
    def _layout_pages(self) -> None:
        if not self._pages:
            self.canvas.resize(0, 0)
            return
        sizes = [self.page_pixel_size(i) for i in range(len(self._pages))]
        # Only as wide as the widest page: the scroll area centres a narrower canvas, and a
        # canvas sized to the viewport would overflow once the vertical bar appears.
        width = max(w for w, _ in sizes) + 2 * PAGE_GAP
        y = PAGE_GAP
        for view, (w, h) in zip(self._pages, sizes, strict=True):
            if view.image is not None and view.image.width() != round(
                    w * view.image.devicePixelRatio()):
                view.image = None  # the old zoom's image; re-rendered below
            view.setGeometry((width - w) // 2, y, w, h)
            y += h + PAGE_GAP
        self.canvas.resize(width, y)
        self._schedule_render()

    def _schedule_render(self) -> None:
        if self._doc is not None:
            self._render_timer.start()

    def visible_pages(self) -> list[int]:
        """1-based numbers of the pages that intersect the viewport."""
        top = self.scroll_area.verticalScrollBar().value()
        area = QRect(0, top, self.canvas.width(), self.scroll_area.viewport().height())
        return [v.number for v in self._pages if v.geometry().intersects(area)]

    def render_visible(self) -> None:
        """Renders the pages in (and one screen around) the viewport; drops far ones."""
        if self._doc is None:
            return
        top = self.scroll_area.verticalScrollBar().value()
        vh = max(1, self.scroll_area.viewport().height())
        near = QRect(0, top - vh, self.canvas.width(), 3 * vh)
        keep = QRect(0, top - KEEP_SCREENS * vh, self.canvas.width(), (2 * KEEP_SCREENS + 1) * vh)
        dpr = self.devicePixelRatioF() or 1.0
        for view in self._pages:
            geo = view.geometry()
            if geo.intersects(near):
                if view.image is None:
                    image = render_page(self._doc, view.number - 1,
                                        self._px_per_pt() * dpr)
                    image.setDevicePixelRatio(dpr)
                    view.image = image
                    view.update()
            elif view.image is not None and not geo.intersects(keep):
                view.image = None

    def rendered_pages(self) -> list[int]:
        """1-based numbers of the pages that hold a rendered image (tests, memory)."""
        return [v.number for v in self._pages if v.image is not None]

    def page_view(self, number: int) -> PageView:
        return self._pages[number - 1]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+wheel zooms, as in every PDF viewer.
        if (event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier and self._pages):
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            return True
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resize_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._resize_timer.start()

    def _after_resize(self) -> None:
        if self._fit is not Fit.NONE:
            self._apply_fit()
        self._layout_pages()

    # --- pages ----------------------------------------------------------------------------------
    @property
    def current_page(self) -> int:
        """1-based number of the page shown (0 without a document)."""
        return self._current

    def go_to_page(self, number: int) -> None:
        if not self._pages:
            return
        number = max(1, min(len(self._pages), number))
        self._scroll_to(number)
        self._set_current(number)

    def next_page(self) -> None:
        self.go_to_page(self._current + 1)

    def previous_page(self) -> None:
        self.go_to_page(self._current - 1)

    def _scroll_to(self, number: int) -> None:
        view = self._pages[number - 1]
        bar = self.scroll_area.verticalScrollBar()
        # The canvas may have grown since the last layout pass; let the bar know its range.
        bar.setRange(0, max(0, self.canvas.height() - self.scroll_area.viewport().height()))
        bar.blockSignals(True)
        bar.setValue(view.y() - PAGE_GAP // 2)
        bar.blockSignals(False)
        self._schedule_render()

    def _set_current(self, number: int) -> None:
        if number != self._current:
            self._current = number
            self.page_changed.emit(number)
        self._update_controls()

    def _scrolled(self, value: int) -> None:
        if not self._pages:
            return
        middle = value + self.scroll_area.viewport().height() // 3
        current = self._pages[-1].number
        for view in self._pages:
            if view.geometry().bottom() + PAGE_GAP >= middle:
                current = view.number
                break
        self._set_current(current)
        self._schedule_render()

    def _update_controls(self) -> None:
        n = len(self._pages)
        has = n > 0
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1 if has else 0, n)
        self.page_spin.setValue(self._current)
        self.page_spin.blockSignals(False)
        self.page_label.setText(self.tr("dari {n}").format(n=n))
        self.page_label.setToolTip(self.tr("Halaman {x} dari {n}").format(x=self._current, n=n))
        self.zoom_combo.blockSignals(True)
        self.zoom_combo.setEditText(f"{self._zoom} %")
        self.zoom_combo.blockSignals(False)
        self.fit_width_action.setChecked(self._fit is Fit.WIDTH)
        self.fit_page_action.setChecked(self._fit is Fit.PAGE)
        for w in (self.page_spin, self.zoom_combo):
            w.setEnabled(has)
        for a in (self.zoom_in_action, self.zoom_out_action, self.fit_width_action,
                  self.fit_page_action, self.print_action, self.save_action):
            a.setEnabled(has)
        self.prev_action.setEnabled(has and self._current > 1)
        self.next_action.setEnabled(has and self._current < n)

    def page_text(self) -> str:
        """``Halaman 2 dari 5`` (what the navigation shows)."""
        return self.tr("Halaman {x} dari {n}").format(x=self._current, n=len(self._pages))

    # --- printing -------------------------------------------------------------------------------
    def make_printer(self) -> QPrinter:
        """A printer set up for this document's first page (size, orientation, no margins)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setDocName(self.nama_file)
        if self._sizes:
            printer.setPageLayout(page_layout(*self._sizes[0]))
        return printer

    def print_dialog(self) -> JobHandle[int] | None:
        """Asks for the printer (QPrintDialog), then prints in the background with
        progress and Batal; returns the running job (None when cancelled)."""
        if self._data is None:
            return None
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Cetak {name}").format(name=self.nama_file))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, len(self._sizes))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return None
        return self.print_in_background(printer)

    def print_in_background(self, printer: QPrinter) -> JobHandle[int]:
        """Prints on a worker thread (Qt paints on a QPrinter outside the GUI thread) from
        its own copy of the document, so the preview stays usable meanwhile."""
        data = self._data
        if data is None:
            raise UserError(self.tr("Belum ada dokumen untuk dicetak."))

        def work(progress: JobProgress) -> int:
            return print_pdf(data, printer, progress)

        def done(pages: int) -> None:
            self.printed_pages = pages

        self.print_job = run_job(self, self.tr("Mencetak {name}").format(name=self.nama_file),
                                 work, done)
        return self.print_job

    def print_to(self, printer: QPrinter) -> int:
        """Prints the document (or the printer's page range) now, without asking anything;
        returns the number of pages printed. See ``print_pdf``."""
        if self._data is None:
            raise UserError(self.tr("Belum ada dokumen untuk dicetak."))
        self.printed_pages = print_pdf(self._data, printer)
        return self.printed_pages

    # --- saving ---------------------------------------------------------------------------------
    def ask_save_path(self) -> Path | None:
        """The file dialog of "Simpan PDF…" (tests replace this method)."""
        start = str((self.last_saved.parent if self.last_saved else Path.home())
                    / self.nama_file)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan PDF"), start,
                                              self.tr("Dokumen PDF (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def save_dialog(self) -> Path | None:
        if self._data is None:
            return None
        path = self.ask_save_path()
        if path is None:
            return None
        try:
            return self.save_to(path)
        except UserError as exc:
            show_error(self, exc)
            return None

    def save_to(self, path: Path) -> Path:
        """Writes the document's bytes, unchanged, to ``path`` (atomically)."""
        if self._data is None:
            raise UserError(self.tr("Belum ada dokumen untuk disimpan."))
        write_atomic(path, self._data)
        self.last_saved = Path(path)
        return self.last_saved
