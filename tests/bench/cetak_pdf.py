"""``skp_pdf_batch`` and ``print_preview_first_page``: printing SKPs as PDF (issue 5).

Data: N SKPs (N = 1,000; ``--quick``: 100), DITETAPKAN, kuantitatif, 10 RHK utama with
2 IKI each, ekspektasi and lampiran; units of 20 staff and one head each (the rows of
:func:`tests.bench.skp_xlsx._build`), every unit under one root unit (the instansi of
the kop), the heads rated by a Kepala Dinas of the root unit who has no SKP that year.
So every SKP has a penilai and is signed: the batch prints all N and skips none.

``skp_pdf_batch`` times ``cetak_massal`` of the root unit end to end (reading, signing
with the unlocked site key, rendering on a 2-process spawn pool, moving the files and
writing the register rows), one file per SKP and again merged into one PDF; each
repetition runs on a fresh copy of the database, so every run signs and registers N
new documents. Baseline: bare ReportLab drawing the same tables (the identity table,
the HASIL KERJA rows, the 7 PERILAKU KERJA rows and, on a new page, the three LAMPIRAN
lists; plain Helvetica Paragraphs in plain grids; no kop, titles, QR, signatures or
footnotes), one file per SKP, on the same spawn pool with the same chunking; the cell
texts are read from the same rows beforehand. The merged line's baseline adds a plain
pypdf merge of the bare files.

``print_preview_first_page`` times what the print page does when the user asks for the
preview of one SKP: ``cetak_skp`` then ``PdfPreview.set_pdf`` in a widget shown at
1280 x 720, until the first page, rendered, has been painted. The warm-up run signs and
registers the document; the timed runs are reprints (the register row is found, not
written), as when the user previews again. Baseline: pypdfium2 rendering page 1 of the
same bytes at the same scale (a lower bound).

The machine may be shared: the batch also logs the CPU seconds of both paths (this
process and its pool), whose ratio hardly moves with other load, unlike wall time.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import shutil
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from tests.bench._core import (
    PAGE_SIZE,
    PASSPHRASE,
    Result,
    SiteDb,
    Workspace,
    copy_sqlite,
    init_site_db,
    log,
    measure,
    median,
    ms,
    open_site_db,
    remove_sqlite,
    result,
    spread,
)
from tests.bench.skp_xlsx import (
    IKI_PER_RHK,
    RHK_PER_SKP,
    STAFF_PER_UNIT,
    TAHUN,
    _build,
    _fresh,
    _nip,
)

if TYPE_CHECKING:
    from kinerja_desktop.services.cetak_massal import HasilMassal

PROSES = 2
MAX_SECONDS = 40.0  # for 1,000 SKPs; scaled with N
MAX_RATIO = 1.5
MAX_PREVIEW_MS = 1000.0
TEMPAT = "Bandar Lampung"
TANGGAL = dt.date(TAHUN, 1, 2)


# -- data -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Kantor:
    """The built database: its root unit, a unit of ~21 SKPs, and every SKP id."""

    root_id: uuid.UUID
    unit_id: uuid.UUID
    skp_ids: list[uuid.UUID]


def _staff_for(total: int) -> int:
    """Staff count whose SKPs plus their heads' SKPs make ``total``."""
    staff = total - -(-total // (STAFF_PER_UNIT + 1))
    while staff + -(-staff // STAFF_PER_UNIT) < total:
        staff += 1
    return staff


def _build_ditetapkan(site: SiteDb, total: int) -> Kantor:
    """skp_xlsx's units, heads, staff and SKPs, put under one root unit with a Kepala
    Dinas rating the heads; every SKP DITETAPKAN with place and date of penetapan."""
    from sqlalchemy import Table, insert, select, update
    from sqlalchemy.orm import Session

    from kinerja_desktop.domain.nip import is_valid_nip
    from kinerja_desktop.services.changes import local_site_code
    from kinerja_desktop.storage.models import Pegawai, Skp, UnitKerja

    staff = _build(site, _staff_for(total))
    now = dt.datetime.now(dt.UTC)
    root_id, kadis_id = uuid.uuid4(), uuid.uuid4()
    nip = _nip(total + 500, 1)
    assert is_valid_nip(nip), nip
    with site.db.write() as s:
        assert isinstance(s, Session)
        base = {"version": 1, "updated_at": now, "origin_site": local_site_code(s),
                "deleted_at": None}
        units: Table = UnitKerja.__table__  # type: ignore[assignment]
        pegawai: Table = Pegawai.__table__  # type: ignore[assignment]
        skps: Table = Skp.__table__  # type: ignore[assignment]
        s.execute(insert(units), [{
            **base, "id": root_id, "kode": "B", "nama": "Dinas Pendidikan Kabupaten Bench",
            "parent_id": None, "alamat": "Jl. Bench No. 1, Bandar Lampung", "kepala_id": None}])
        s.execute(update(units).where(units.c.parent_id.is_(None), units.c.id != root_id)
                  .values(parent_id=root_id))
        s.execute(insert(pegawai), [{
            **base, "id": kadis_id, "nip": nip, "jenis_pegawai": "PNS", "gelar_depan": "Dr.",
            "nama": "Kepala Dinas Bench", "gelar_belakang": "M.Pd.", "golongan": "IV/c",
            "jabatan_id": None, "unit_kerja_id": root_id, "atasan_id": None, "aktif": True}])
        s.execute(update(pegawai).where(pegawai.c.atasan_id.is_(None), pegawai.c.id != kadis_id)
                  .values(atasan_id=kadis_id))
        s.execute(update(skps).where(skps.c.penilai_id.is_(None)).values(penilai_id=kadis_id))
        s.execute(update(skps).values(status="DITETAPKAN", tanggal_penetapan=TANGGAL,
                                      tempat_penetapan=TEMPAT))
        first_unit = s.scalar(select(units.c.id).where(units.c.parent_id == root_id)
                              .order_by(units.c.kode).limit(1))
        assert first_unit is not None
        ids = list(s.scalars(select(skps.c.id)))
    assert len(ids) == total and len(staff) == _staff_for(total), (len(ids), total)
    return Kantor(root_id, first_unit, ids)


# -- the bare ReportLab baseline --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BareSkp:
    """The cell texts of one SKP's tables (XML-escaped), ready for plain Paragraphs."""

    nama_file: str
    identitas: tuple[tuple[str, ...], ...]  # NO | PEGAWAI YANG DINILAI | NO | PENILAI
    hasil: tuple[tuple[str, ...], ...]  # header row, then one row per IKI
    perilaku: tuple[tuple[str, ...], ...]  # 7 rows: no, core value + panduan, ekspektasi
    lampiran: tuple[tuple[tuple[str, ...], ...], ...]  # 3 lists: heading, numbered items


_HEADS = ("NO", "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI", "RENCANA HASIL KERJA",
          "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET")


def _bare_texts(site: SiteDb, ids: list[uuid.UUID]) -> list[BareSkp]:
    """The same texts the SKP print shows in its tables, from the same rows (untimed)."""
    from kinerja_desktop.documents.skp_workbook import (
        IDENT_LABELS,
        IDENT_PEGAWAI,
        IDENT_PENILAI,
        LAMPIRAN_SECTIONS,
        Orang,
    )
    from kinerja_desktop.domain.berakhlak import CORE_VALUES
    from kinerja_desktop.services.cetak_data import data_skp
    from kinerja_desktop.services.skp import skp_or_404

    out: list[BareSkp] = []
    with site.db.read() as s:
        for no, skp_id in enumerate(ids):
            sheet = data_skp(s, skp_or_404(s, skp_id))
            p, q = sheet.pegawai, sheet.penilai or Orang("", "")
            identitas: list[tuple[str, ...]] = [("NO", IDENT_PEGAWAI, "", "NO", IDENT_PENILAI,
                                                 "")]
            for k, (label, kiri, kanan) in enumerate(zip(IDENT_LABELS, (
                    p.nama, p.nip, p.pangkat_gol, p.jabatan, p.unit_kerja), (
                    q.nama, q.nip, q.pangkat_gol, q.jabatan, q.unit_kerja), strict=True),
                    start=1):
                identitas.append(tuple(escape(x) for x in (str(k), label, kiri, str(k), label,
                                                           kanan)))
            hasil: list[tuple[str, ...]] = [_HEADS]
            for r_no, (rhk, intervensi) in enumerate(
                    zip(sheet.isi.ordered_rhk(), sheet.intervensi, strict=True), start=1):
                for iki in rhk.iki:
                    hasil.append(tuple(escape(x) for x in (
                        str(r_no), intervensi, rhk.uraian, iki.aspek.label if iki.aspek else "",
                        iki.uraian, iki.target_label())))
            perilaku = tuple(
                (str(cv.no),
                 escape(cv.nama) + "".join(f"<br/>- {escape(x)}" for x in cv.panduan),
                 "Ekspektasi Khusus Pimpinan:<br/>"
                 + escape(sheet.isi.ekspektasi.get(cv.no, "")))
                for cv in CORE_VALUES)
            lamp = sheet.isi.lampiran
            lampiran = tuple(
                ((judul, ""), *((f"{k}.", escape(x)) for k, x in enumerate(items, start=1)))
                for judul, items in zip(LAMPIRAN_SECTIONS, (
                    lamp.dukungan_sumber_daya, lamp.skema_pertanggungjawaban,
                    lamp.konsekuensi), strict=True))
            out.append(BareSkp(f"bare-{no:05d}.pdf", tuple(identitas), tuple(hasil), perilaku,
                               lampiran))
    return out


def _bare_potongan(items: list[BareSkp], folder: str) -> list[tuple[str, int]]:
    """Worker: one landscape A4 file per SKP with the same tables, plain; (file, pages)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        Flowable,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    sel = ParagraphStyle("sel", fontName="Helvetica", fontSize=8.5, leading=8.5 * 1.22)
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")])

    def plain(rows: tuple[tuple[str, ...], ...], fr: tuple[float, ...], lebar: float,
              repeat: int = 0) -> Table:
        return Table([[Paragraph(c, sel) for c in row] for row in rows],
                     colWidths=[lebar * f for f in fr], repeatRows=repeat, style=grid)

    out: list[tuple[str, int]] = []
    for item in items:
        doc = SimpleDocTemplate(str(Path(folder, item.nama_file)), pagesize=landscape(A4),
                                leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                                bottomMargin=15 * mm)
        w = doc.width
        cerita: list[Flowable] = [
            plain(item.identitas, (0.035, 0.12, 0.345, 0.035, 0.12, 0.345), w),
            Spacer(1, 4 * mm),
            plain(item.hasil, (0.04, 0.22, 0.24, 0.085, 0.27, 0.145), w, repeat=1),
            Spacer(1, 4 * mm),
            plain(item.perilaku, (0.04, 0.528, 0.432), w),
            PageBreak(),
        ]
        for rows in item.lampiran:
            cerita += [plain(rows, (0.04, 0.96), w), Spacer(1, 4 * mm)]
        doc.build(cerita)
        out.append((item.nama_file, doc.page))
    return out


def _chunks(items: list[BareSkp], proses: int) -> list[list[BareSkp]]:
    """cetak_massal's chunking, so both paths pay the same IPC."""
    from kinerja_desktop.services.cetak_massal import _POTONGAN

    total = len(items)
    ukuran = max(1, min(_POTONGAN, -(-total // (max(proses, 1) * 4))))
    return [items[i:i + ukuran] for i in range(0, total, ukuran)]


def _bare_batch(items: list[BareSkp], folder: Path, proses: int) -> int:
    """The bare job on a spawn pool like cetak_massal's; returns the pages written."""
    potongan = _chunks(items, proses)
    konteks = multiprocessing.get_context("spawn")
    pages = 0
    with ProcessPoolExecutor(max_workers=min(proses, os.cpu_count() or 1, len(potongan)),
                             mp_context=konteks) as pool:
        for done in [pool.submit(_bare_potongan, bagian, str(folder)) for bagian in potongan]:
            pages += sum(p for _f, p in done.result())
    return pages


def _bare_merge(folder: Path, target: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for f in sorted(folder.glob("bare-*.pdf")):
        writer.append(f)
    with target.open("wb") as out:
        writer.write(out)


def _cpu() -> float:
    """CPU seconds of this process and its reaped children (the pool's workers are joined
    when the pool closes): unlike wall time, hardly changed by other load on the machine."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _pages(files: list[Path]) -> int:
    from pypdf import PdfReader

    return sum(len(PdfReader(f).pages) for f in files)


# -- skp_pdf_batch -------------------------------------------------------------------------------


def bench_skp_pdf_batch(ws: Workspace) -> list[Result]:
    from kinerja_desktop.services.cetak import JenisDokumen, OpsiCetak, buka_kunci
    from kinerja_desktop.services.cetak_massal import cetak_massal

    n = ws.reps(1000, 100)
    repeat = ws.reps(3, 2)
    max_seconds = MAX_SECONDS * n / 1000
    log(f"skp_pdf_batch: {n} SKP PDFs of {RHK_PER_SKP} RHK / {RHK_PER_SKP * IKI_PER_RHK} IKI "
        f"(DITETAPKAN, signed), {PROSES} processes; best of {repeat}, interleaved with the "
        "baseline, each on a fresh copy")
    template = ws.root / f"cetak-{n}.sqlite"
    site = init_site_db(template)
    try:
        start = time.perf_counter()
        kantor = _build_ditetapkan(site, n)
        log(f"  set-up: {len(kantor.skp_ids)} SKPs in {time.perf_counter() - start:.1f} s")
        start = time.perf_counter()
        bare = _bare_texts(site, kantor.skp_ids)
        log(f"  baseline texts read in {time.perf_counter() - start:.1f} s "
            f"({len(bare[0].hasil) - 1} IKI rows per SKP)")
    finally:
        site.dispose()

    def run(gabung: bool, label: str, proses: int = PROSES, unit_id: uuid.UUID | None = None,
            expect: int = n) -> tuple[float, float, HasilMassal, Path]:
        """One batch on a fresh copy of the template; wall and CPU seconds of cetak_massal."""
        path = copy_sqlite(template, ws.root / f"cetak-run-{label}.sqlite")
        copy = open_site_db(path)
        try:
            t0 = time.perf_counter()
            kunci = buka_kunci(copy.db, PASSPHRASE)
            unlock = time.perf_counter() - t0
            folder = _fresh(ws.root / f"pdf-{label}")
            tujuan = folder / "gabungan.pdf" if gabung else folder
            c0, t0 = _cpu(), time.perf_counter()
            hasil = cetak_massal(copy.db, copy.actor, jenis=JenisDokumen.SKP,
                                 unit_id=unit_id or kantor.root_id, tahun=TAHUN,
                                 periode_key=None, opsi=OpsiCetak(), kunci=kunci, tujuan=tujuan,
                                 gabung=gabung, proses=proses)
            elapsed, cpu = time.perf_counter() - t0, _cpu() - c0
            if hasil.jumlah != expect or hasil.dilewati:
                raise RuntimeError(f"{label}: printed {hasil.jumlah} of {expect}, skipped "
                                   f"{len(hasil.dilewati)}: {hasil.dilewati[:3]}")
            registered = _registered(copy)
            if registered != expect:
                raise RuntimeError(f"{label}: {registered} register rows, expected {expect}")
            log(f"  {label}: {elapsed:.2f} s, CPU {cpu:.1f} s ({ms(elapsed) / expect:.1f} ms per "
                f"SKP; key unlocked in {ms(unlock):.0f} ms, untimed)")
            return elapsed, cpu, hasil, folder
        finally:
            copy.dispose()
            remove_sqlite(path)

    def run_bare(label: str) -> tuple[float, float, float, int]:
        """The bare job (and its merge): seconds without and with the merge, CPU, pages."""
        folder = _fresh(ws.root / f"bare-{label}")
        c0, t0 = _cpu(), time.perf_counter()
        bare_pages = _bare_batch(bare, folder, PROSES)
        elapsed, cpu = time.perf_counter() - t0, _cpu() - c0
        t0 = time.perf_counter()
        _bare_merge(folder, ws.root / f"bare-{label}.pdf")
        with_merge = elapsed + time.perf_counter() - t0
        log(f"  bare {label}: {elapsed:.2f} s, CPU {cpu:.1f} s; with the merge "
            f"{with_merge:.2f} s")
        shutil.rmtree(folder)
        return elapsed, with_merge, cpu, bare_pages

    run(False, "warm-up", unit_id=kantor.unit_id, expect=STAFF_PER_UNIT + 1)
    _bare_batch(bare[:STAFF_PER_UNIT + 1], _fresh(ws.root / "bare-warm-up"), PROSES)
    files_s: list[float] = []
    merged_s: list[float] = []
    bare_s: list[float] = []
    bare_merged_s: list[float] = []
    files_cpu: list[float] = []
    bare_cpu: list[float] = []
    pages = merged_pages = bare_pages = 0
    # Interleaved: the machine's background load changes over minutes, and the ratio
    # should compare runs made under the same conditions.
    for i in range(repeat):
        elapsed, cpu, hasil, folder = run(False, f"files-{i + 1}")
        files_s.append(elapsed)
        files_cpu.append(cpu)
        files: list[Path] = list(hasil.berkas)
        if len(files) != n:
            raise RuntimeError(f"{len(files)} files for {n} SKPs")
        pages = _pages(files)
        shutil.rmtree(folder)
        elapsed, _cpu_s, hasil, folder = run(True, f"gabung-{i + 1}")
        merged_s.append(elapsed)
        merged_pages = _pages(list(hasil.berkas))
        if merged_pages != pages:
            raise RuntimeError(f"merged PDF has {merged_pages} pages, the files {pages}")
        shutil.rmtree(folder)
        elapsed, with_merge, cpu, bare_pages = run_bare(str(i + 1))
        bare_s.append(elapsed)
        bare_cpu.append(cpu)
        bare_merged_s.append(with_merge)
    log(f"  pages: {pages} printed ({pages / n:.1f} per SKP), "
        f"{bare_pages} bare ({bare_pages / n:.1f} per SKP)")
    log(f"  CPU seconds, one file per SKP (least of {repeat}): {min(files_cpu):.1f} printed, "
        f"{min(bare_cpu):.1f} bare, ratio {min(files_cpu) / min(bare_cpu):.2f} (wall ratio "
        f"{min(files_s) / min(bare_s):.2f}; the two differ when the machine is busy)")

    if ws.profile_dir is not None:
        # In one process, so the profile sees the rendering too (the pool hides it).
        ws.profile("skp_pdf_batch", lambda: run(False, "profile", proses=1,
                                                unit_id=kantor.unit_id,
                                                expect=STAFF_PER_UNIT + 1))
    remove_sqlite(template)
    target = f"{n} signed SKP PDFs on {PROSES} processes; baseline: bare ReportLab tables"
    return [
        result("skp_pdf_batch", min(files_s), "s", min(bare_s), max_value=max_seconds,
               max_ratio=MAX_RATIO, target=f"{target}, one file per SKP"),
        result("skp_pdf_batch_gabung", min(merged_s), "s", min(bare_merged_s),
               max_value=max_seconds, max_ratio=MAX_RATIO,
               target=f"{target}; one merged PDF (baseline adds a pypdf merge)"),
    ]


def _registered(site: SiteDb) -> int:
    from sqlalchemy import func, select

    from kinerja_desktop.storage.models import DokumenCetak

    with site.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(DokumenCetak)) or 0)


# -- print_preview_first_page --------------------------------------------------------------------


def bench_print_preview_first_page(ws: Workspace) -> list[Result]:
    import pypdfium2 as pdfium
    from PySide6.QtCore import QEvent, QObject

    from kinerja_desktop.gui.pdf_preview import PdfPreview
    from kinerja_desktop.services.cetak import OpsiCetak, buka_kunci, cetak_skp

    repeat = ws.reps(10, 5)
    log(f"print_preview_first_page: cetak_skp + PdfPreview at {PAGE_SIZE[0]}x{PAGE_SIZE[1]} "
        f"until page 1 is painted; median of {repeat} after one warm-up")
    app = ws.qapp()
    site = init_site_db(ws.root / "preview.sqlite")
    try:
        kantor = _build_ditetapkan(site, STAFF_PER_UNIT + 1)
        skp_id = kantor.skp_ids[0]
        kunci = buka_kunci(site.db, PASSPHRASE)
        preview = PdfPreview()
        preview.resize(*PAGE_SIZE)
        preview.show()
        app.processEvents()

        class PaintWatch(QObject):
            """Notes the first paint of page 1 with its image (the filter runs just
            before the widget paints; processEvents returns after the paint)."""

            painted = False

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if (event.type() == QEvent.Type.Paint and watched is preview.page_view(1)
                        and preview.page_view(1).image is not None):
                    self.painted = True
                return False

        watch = PaintWatch()
        split: list[tuple[float, float]] = []
        data = b""

        def show_one() -> None:
            nonlocal data
            t0 = time.perf_counter()
            dok = cetak_skp(site.db, site.actor, skp_id, OpsiCetak(), kunci)
            t1 = time.perf_counter()
            watch.painted = False
            preview.set_pdf(dok.data, dok.nama_file)
            preview.page_view(1).installEventFilter(watch)
            while not watch.painted:
                app.processEvents()
            split.append((t1 - t0, time.perf_counter() - t1))
            data = dok.data

        times = measure(show_one, repeat=repeat)
        image = preview.page_view(1).image
        assert image is not None and preview.page_count() >= 1
        # The widget's scale: pixels of page 1 on screen per point, times the pixel ratio.
        scale = (preview.page_pixel_size(0)[0] / preview.page_sizes()[0][0]
                 * (preview.devicePixelRatioF() or 1.0))
        log(f"  {preview.page_count()} pages; page 1 {image.width()}x{image.height()} px at "
            f"zoom {preview.zoom} %")
        log(f"  total: {spread(times)}")
        log(f"  cetak_skp: {spread([a for a, _b in split[1:]])}; preview: "
            f"{spread([b for _a, b in split[1:]])}")

        def render_bare() -> None:
            doc = pdfium.PdfDocument(data)
            try:
                page = doc[0]
                bitmap = page.render(scale=scale, prefer_bgrx=True)
                assert abs(bitmap.width - image.width()) <= 1, (bitmap.width, image.width())
                bitmap.close()
                page.close()
            finally:
                doc.close()

        bare = measure(render_bare, repeat=repeat)
        log(f"  baseline pypdfium2 page 1: {spread(bare)}")
        if ws.profile_dir is not None:
            ws.profile("print_preview_first_page", show_one)
        preview.set_pdf(None)  # closes pdfium's document now, not at the interpreter's exit
        preview.close()
        preview.deleteLater()
        app.processEvents()
    finally:
        site.dispose()
    return [result("print_preview_first_page", ms(median(times)), "ms", ms(median(bare)),
                   max_value=MAX_PREVIEW_MS,
                   target="cetak_skp of a signed SKP (10 RHK / 20 IKI) + PdfPreview until page "
                          "1 is painted, median; baseline: pypdfium2 renders page 1")]


