"""PdfPreview: a real multi-page PDF made with ReportLab, rendered with pdfium, navigated,
zoomed, saved atomically and printed to a PDF file through QPrinter (read back with pypdf)."""

from __future__ import annotations

import errno
import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.gui import pdf_preview
from kinerja_desktop.gui.pdf_preview import Fit, PdfPreview, page_layout, write_atomic
from tests.gui.skp_fixtures import save_shot

OUTPUT = Path(__file__).resolve().parent / "output"
F4 = (215 * mm, 330 * mm)


def make_pdf(pages: int = 5, size: tuple[float, float] = A4,
             sizes: list[tuple[float, float]] | None = None) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size)
    for i in range(pages):
        if sizes:
            c.setPageSize(sizes[i])
        c.setFont("Helvetica-Bold", 28)
        c.drawString(72, 700, f"Halaman uji {i + 1}")
        c.rect(36, 36, 200, 100)
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture
def preview(qtbot: QtBot) -> Iterator[PdfPreview]:
    widget = PdfPreview()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.clear()  # pdfium's document handle closed now, not at interpreter exit


class Boxes:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[str] = []
        for kind in ("warning", "critical"):
            monkeypatch.setattr(QMessageBox, kind, staticmethod(self._show))

    def _show(self, parent: object, title: str, text: str, *a: object) -> object:
        self.shown.append(text)
        return QMessageBox.StandardButton.Ok


def test_empty_state(preview: PdfPreview) -> None:
    assert preview.stack.currentWidget() is preview.empty_label
    assert "Belum ada dokumen" in preview.empty_label.text()
    assert not preview.print_action.isEnabled() and not preview.save_action.isEnabled()
    preview.set_empty_text("Pilih pegawai di daftar kiri.")
    assert preview.empty_label.text() == "Pilih pegawai di daftar kiri."
    assert preview.save_dialog() is None and preview.print_dialog() is None


def test_load_shows_page_count_and_renders_first_page_at_once(preview: PdfPreview) -> None:
    preview.set_pdf(make_pdf(5), "uji.pdf")
    assert preview.page_count() == 5
    assert preview.page_label.text() == "dari 5"
    assert preview.page_text() == "Halaman 1 dari 5"
    assert preview.page_spin.maximum() == 5 and preview.page_spin.value() == 1
    assert 1 in preview.rendered_pages()  # rendered in set_pdf, before any event round
    assert preview.stack.currentWidget() is preview.scroll_area
    assert preview.print_action.isEnabled() and preview.save_action.isEnabled()
    assert not preview.prev_action.isEnabled() and preview.next_action.isEnabled()


def test_renders_lazily(qtbot: QtBot, preview: PdfPreview) -> None:
    preview.set_pdf(make_pdf(12))
    preview.set_zoom(150)
    preview.render_visible()
    rendered = preview.rendered_pages()
    assert rendered and max(rendered) < 6, rendered  # not the whole document
    preview.go_to_page(12)
    preview.render_visible()
    assert 12 in preview.rendered_pages()
    assert 1 not in preview.rendered_pages()  # far away: dropped


def test_navigation_changes_visible_page(qtbot: QtBot, preview: PdfPreview) -> None:
    preview.set_pdf(make_pdf(5))
    preview.set_zoom(100)
    with qtbot.waitSignal(preview.page_changed) as sig:
        preview.next_page()
    assert sig.args == [2]
    assert preview.current_page == 2
    assert 2 in preview.visible_pages()
    preview.page_spin.setValue(4)
    assert preview.current_page == 4 and 4 in preview.visible_pages()
    assert preview.page_text() == "Halaman 4 dari 5"
    preview.previous_page()
    assert preview.current_page == 3
    preview.prev_action.trigger()
    assert preview.current_page == 2
    # Scrolling by hand moves the page number along.
    bar = preview.scroll_area.verticalScrollBar()
    bar.setValue(preview.page_view(5).y())
    assert preview.current_page == 5 and preview.page_spin.value() == 5
    assert not preview.next_action.isEnabled()
    bar.setValue(0)
    assert preview.current_page == 1


def test_zoom_changes_pixmap_size(qtbot: QtBot, preview: PdfPreview) -> None:
    preview.set_pdf(make_pdf(3))
    preview.set_zoom(100)
    preview.render_visible()
    w100 = preview.page_view(1).width()
    image100 = preview.page_view(1).image
    assert image100 is not None
    assert abs(w100 - round(A4[0] * 96 / 72)) <= 1
    preview.zoom_in_action.trigger()
    assert preview.zoom == 125 and preview.fit is Fit.NONE
    preview.render_visible()
    image125 = preview.page_view(1).image
    assert image125 is not None
    assert preview.page_view(1).width() > w100
    assert image125.width() > image100.width()
    preview.zoom_out()
    preview.zoom_out()
    assert preview.zoom == 80
    assert preview.zoom_combo.currentText() == "80 %"
    preview.zoom_combo.setEditText("200")
    preview._zoom_typed()
    assert preview.zoom == 200
    preview.set_zoom(10_000)
    assert preview.zoom == pdf_preview.ZOOM_MAX


def test_fit_width_and_fit_page(qtbot: QtBot, preview: PdfPreview) -> None:
    preview.set_pdf(make_pdf(2))
    preview.set_zoom(50)
    preview.fit_width_action.trigger()
    assert preview.fit is Fit.WIDTH and preview.fit_width_action.isChecked()
    viewport = preview.scroll_area.viewport().width()
    width = preview.page_view(1).width()
    assert viewport - 3 * pdf_preview.PAGE_GAP - 30 <= width <= viewport, (width, viewport)
    preview.fit_page_action.trigger()
    assert preview.fit is Fit.PAGE and not preview.fit_width_action.isChecked()
    assert preview.page_view(1).height() <= preview.scroll_area.viewport().height()
    # The fit follows the panel's size.
    preview.fit_width()
    before = preview.zoom
    preview.resize(1200, 700)
    qtbot.waitUntil(lambda: preview.zoom > before)


def test_save_writes_identical_bytes(qtbot: QtBot, preview: PdfPreview, tmp_path: Path) -> None:
    data = make_pdf(3)
    preview.set_pdf(data, "SKP_Budi.pdf")
    target = tmp_path / "keluar.pdf"
    preview.ask_save_path = lambda: target  # type: ignore[method-assign]
    assert preview.save_dialog() == target
    assert target.read_bytes() == data
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left
    # Saving again replaces the file.
    preview.set_pdf(make_pdf(1))
    preview.save_to(target)
    assert len(PdfReader(target).pages) == 1


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root may write into a read-only folder")
def test_save_into_read_only_folder(qtbot: QtBot, preview: PdfPreview, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    boxes = Boxes(monkeypatch)
    folder = tmp_path / "hanya_baca"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        preview.set_pdf(make_pdf(1))
        preview.ask_save_path = lambda: folder / "x.pdf"  # type: ignore[method-assign]
        assert preview.save_dialog() is None
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)
    assert len(boxes.shown) == 1 and "tidak ada izin menulis" in boxes.shown[0]


def test_save_into_missing_folder_shows_error(qtbot: QtBot, preview: PdfPreview,
                                             tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    boxes = Boxes(monkeypatch)
    blocker = tmp_path / "bukan_folder"
    blocker.write_text("berkas biasa")
    preview.set_pdf(make_pdf(1))
    preview.ask_save_path = lambda: blocker / "x.pdf"  # type: ignore[method-assign]
    assert preview.save_dialog() is None
    assert len(boxes.shown) == 1
    assert "PDF tidak dapat disimpan" in boxes.shown[0] and "x.pdf" in boxes.shown[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bukan_folder"]


def test_full_disk_leaves_old_file_and_no_temp(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "lama.pdf"
    target.write_bytes(b"isi lama")

    def full(*_a: object, **_k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdf_preview.os, "replace", full)
    with pytest.raises(UserError, match="disk penuh"):
        write_atomic(target, b"isi baru")
    assert target.read_bytes() == b"isi lama"
    assert [p.name for p in tmp_path.iterdir()] == ["lama.pdf"]


def test_not_a_pdf_is_refused(preview: PdfPreview) -> None:
    with pytest.raises(UserError, match="bukan PDF"):
        preview.set_pdf(b"ini bukan pdf")
    assert preview.page_count() == 0
    assert preview.stack.currentWidget() is preview.empty_label


def test_print_to_pdf_file(qtbot: QtBot, preview: PdfPreview, tmp_path: Path) -> None:
    preview.set_pdf(make_pdf(4, sizes=[A4, F4, landscape(A4), A4]), "uji.pdf")
    printer = preview.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(72)  # small rasters keep the test quick
    out = tmp_path / "cetak.pdf"
    printer.setOutputFileName(str(out))
    assert preview.print_to(printer) == 4
    reader = PdfReader(out)
    assert len(reader.pages) == 4
    sizes_mm = [(round(float(p.mediabox.width) / mm), round(float(p.mediabox.height) / mm))
                for p in reader.pages]
    assert sizes_mm == [(210, 297), (215, 330), (297, 210), (210, 297)]


def test_print_page_range(qtbot: QtBot, preview: PdfPreview, tmp_path: Path) -> None:
    preview.set_pdf(make_pdf(5))
    printer = preview.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(72)
    printer.setOutputFileName(str(tmp_path / "sebagian.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert preview.print_to(printer) == 2
    assert len(PdfReader(tmp_path / "sebagian.pdf").pages) == 2


def test_page_layout_sizes() -> None:
    a4 = page_layout(*A4)
    assert a4.pageSize().id() == QPageSize.PageSizeId.A4
    assert a4.orientation() is QPageLayout.Orientation.Portrait
    f4 = page_layout(*F4)
    assert f4.pageSize().id() == QPageSize.PageSizeId.Custom
    size = f4.pageSize().size(QPageSize.Unit.Millimeter)
    assert (round(size.width()), round(size.height())) == (215, 330)
    wide = page_layout(*landscape(A4))
    assert wide.orientation() is QPageLayout.Orientation.Landscape
    assert wide.pageSize().id() == QPageSize.PageSizeId.A4


def test_screenshot(qtbot: QtBot, preview: PdfPreview) -> None:
    preview.set_pdf(make_pdf(3))
    preview.fit_width()
    preview.render_visible()
    assert save_shot(preview, OUTPUT, "pdf_preview.png").stat().st_size > 0


def test_print_in_background(qtbot: QtBot, preview: PdfPreview, tmp_path: Path) -> None:
    preview.set_pdf(make_pdf(3, size=F4))
    printer = preview.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(72)
    out = tmp_path / "latar.pdf"
    printer.setOutputFileName(str(out))
    handle = preview.print_in_background(printer)
    preview.clear()  # the preview may change meanwhile: the job has its own copy
    with qtbot.waitSignal(handle.finished, timeout=30_000):
        pass
    assert handle.error is None
    assert preview.printed_pages == 3
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    assert round(float(reader.pages[0].mediabox.height) / mm) == 330


def test_print_cancelled(qtbot: QtBot, preview: PdfPreview, tmp_path: Path) -> None:
    preview.set_pdf(make_pdf(3))
    printer = preview.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(72)
    printer.setOutputFileName(str(tmp_path / "batal.pdf"))
    handle = preview.print_in_background(printer)
    handle.cancel()
    with qtbot.waitSignal(handle.finished, timeout=30_000):
        pass
    assert handle.was_cancelled or preview.printed_pages == 3  # or done before it looked
    if handle.was_cancelled:
        assert preview.printed_pages == 0
