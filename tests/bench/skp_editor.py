"""Opening an SKP with 15 RHK and 40 IKI in the editor (issue 3 target: < 200 ms).

``skp_editor_open``: from constructing ``SkpEditor(ctx, skp_id)`` (which reads the
SKP, the penilai's RHK for the intervensi labels, and builds every tab) until the
Hasil Kerja tree has painted. Baseline: a bare ``QTreeView`` over a
``QStandardItemModel`` holding the same rows and texts (2 sections, 15 RHK, 40
IKI, 6 columns), built, expanded, shown and painted the same way, same run.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTreeView, QWidget

from tests.bench._core import (
    Result,
    SiteDb,
    Workspace,
    init_site_db,
    log,
    measure,
    median,
    ms,
    spread,
)
from tests.bench._core import result as make_result
from tests.bench.pegawai_gui import PaintCounter, wait_painted

OPEN_MAX_MS = 200.0
RHK_UTAMA, RHK_TAMBAHAN, IKI = 12, 3, 40
SIZE = (1366 - 220, 768 - 120)  # the editor's share of a 1366 x 768 main window
NIPS = ("197501012000031001", "198003152005012002", "198609262015051001")


def _make_skp(site: SiteDb) -> uuid.UUID:
    """A small office (Kepala → Sekretaris → staf) and the staf's SKP of 15 RHK / 40 IKI."""
    from kinerja_desktop.domain.pegawai import PegawaiInput
    from kinerja_desktop.domain.skp import Aspek, Iki, IsiSKP, JenisRHK, Lampiran, Rhk
    from kinerja_desktop.services.pegawai import find_pegawai_by_nip, save_pegawai
    from kinerja_desktop.services.skp import buat_skp, get_skp, simpan_isi
    from kinerja_desktop.services.unit_kerja import UnitInput, save_unit

    db, admin = site.db, site.actor
    dinas = save_unit(db, admin, UnitInput("1", "Dinas Pendidikan"))
    save_unit(db, admin, UnitInput("1.01", "Sekretariat", dinas.id))
    for nip, nama, jab, kat, unit, atasan in (
        (NIPS[0], "Ahmad Fauzi", "Kepala Dinas", "JPT Pratama", "1", ""),
        (NIPS[1], "Siti Aminah", "Sekretaris", "Administrator", "1.01", NIPS[0]),
        (NIPS[2], "Budi Santoso", "Pengadministrasi Umum", "Pelaksana", "1.01", NIPS[1]),
    ):
        save_pegawai(db, admin, PegawaiInput(nip=nip, nama=nama, golongan="III/b", jabatan=jab,
                                             kategori_jabatan=kat, unit_kode=unit,
                                             atasan_nip=atasan))
    year = dt.date.today().year
    start = dt.date(year, 1, 5)
    leader = find_pegawai_by_nip(db, admin, NIPS[1])
    staff = find_pegawai_by_nip(db, admin, NIPS[2])
    lid = buat_skp(db, admin, leader.id, year, today=start)
    leader_isi = IsiSKP(rhk=[
        Rhk(f"Terselenggaranya urusan sekretariat bidang {n + 1} yang tertib dan akuntabel",
            iki=[Iki(f"Persentase layanan bidang {n + 1} tepat waktu", Aspek.KUALITAS,
                     Decimal(95), "%")], intervensi_teks="Meningkatnya tata kelola dinas")
        for n in range(5)])
    saved = simpan_isi(db, admin, lid, leader_isi, get_skp(db, admin, lid).version)
    leader_ids = [r.id for r in saved.isi.rhk]
    rhk: list[Rhk] = []
    ikis = 0
    for n in range(RHK_UTAMA + RHK_TAMBAHAN):
        count = 3 if n < IKI - 2 * (RHK_UTAMA + RHK_TAMBAHAN) else 2  # 10 x 3 + 5 x 2 = 40
        items = [Iki(f"Jumlah dokumen kegiatan {n + 1}.{i + 1} yang selesai tepat waktu",
                     Aspek.KUANTITAS if i % 2 == 0 else Aspek.WAKTU, Decimal(12 + i),
                     "dokumen") for i in range(count)]
        ikis += count
        rhk.append(Rhk(f"Tersusunnya dokumen kegiatan {n + 1} yang lengkap dan tepat waktu",
                       jenis=JenisRHK.UTAMA if n < RHK_UTAMA else JenisRHK.TAMBAHAN,
                       iki=items, intervensi_rhk_id=leader_ids[n % len(leader_ids)]))
    assert ikis == IKI, ikis
    sid = buat_skp(db, admin, staff.id, year, today=start)
    simpan_isi(db, admin, sid, IsiSKP(rhk=rhk, lampiran=Lampiran(
        ["Satu unit komputer"], ["Laporan bulanan"], ["Teguran"])),
        get_skp(db, admin, sid).version)
    return sid


def _rows(site: SiteDb, skp_id: uuid.UUID) -> list[tuple[str, list[list[str]]]]:
    """The tree's texts: per RHK (its 6 cells) with its IKI rows (6 cells each)."""
    from kinerja_desktop.services.skp import get_skp

    isi = get_skp(site.db, site.actor, skp_id).isi
    out = []
    for r in isi.rhk:
        cells = [[i.uraian, "", i.aspek.label if i.aspek else "", i.target_label(),
                  i.target_satuan, ""] for i in r.iki]
        out.append((r.jenis.value, [[r.uraian, "RHK pimpinan", "", "", "", ""], *cells]))
    return out


def _dispose(app: QApplication, widget: QWidget) -> None:
    widget.hide()
    widget.deleteLater()
    app.sendPostedEvents(None, int(QEvent.Type.DeferredDelete))
    app.processEvents()


def bench_open(ws: Workspace) -> list[Result]:
    from kinerja_desktop.gui.skp_editor import SkpEditor

    app = ws.qapp()
    site = init_site_db(ws.root / "skp-editor.sqlite")
    try:
        skp_id = _make_skp(site)
        ctx = site.ctx()
        repeat = ws.reps(15, 5)
        construct: list[float] = []

        def open_editor() -> SkpEditor:
            start = time.perf_counter()
            editor = SkpEditor(ctx, skp_id)
            construct.append(time.perf_counter() - start)
            viewport = editor.tree.viewport()
            counter = PaintCounter(viewport)
            editor.resize(*SIZE)
            editor.show()
            wait_painted(app, viewport, counter, 0)
            return editor

        def close_editor(editor: SkpEditor) -> None:
            if editor.model.rhk_count() != RHK_UTAMA + RHK_TAMBAHAN or \
                    editor.model.iki_count() != IKI:
                raise RuntimeError("the editor did not show the 15 RHK / 40 IKI")
            _dispose(app, editor)

        log(f"skp_editor_open: SkpEditor on an SKP of {RHK_UTAMA + RHK_TAMBAHAN} RHK / {IKI} "
            f"IKI, {repeat} runs + warm-up, {SIZE[0]}x{SIZE[1]}")
        times = measure(open_editor, repeat=repeat, warmup=1, teardown=close_editor)
        log(f"  editor to first paint: {spread(times)}")
        log(f"  of which constructing + loading (get_skp, pilihan_intervensi, tabs): "
            f"{spread(construct[1:])}")

        rows = _rows(site, skp_id)

        def open_bare() -> tuple[QTreeView, QStandardItemModel]:
            model = QStandardItemModel()
            model.setHorizontalHeaderLabels(["Rencana hasil kerja / Indikator", "RHK pimpinan",
                                             "Aspek", "Target", "Satuan", "Perspektif"])
            sections: dict[str, QStandardItem] = {}
            for jenis in ("UTAMA", "TAMBAHAN"):
                item = QStandardItem(jenis)
                model.appendRow(item)
                sections[jenis] = item
            for jenis, (head, *ikis) in rows:
                rhk = [QStandardItem(t) for t in head]
                for cells in ikis:
                    rhk[0].appendRow([QStandardItem(t) for t in cells])
                sections[jenis].appendRow(rhk)
            view = QTreeView()
            view.setModel(model)
            view.expandAll()
            counter = PaintCounter(view.viewport())
            view.resize(*SIZE)
            view.show()
            wait_painted(app, view.viewport(), counter, 0)
            return view, model

        def close_bare(made: tuple[QTreeView, Any]) -> None:
            _dispose(app, made[0])

        base = measure(open_bare, repeat=repeat, warmup=1, teardown=close_bare)
        log(f"  baseline (QTreeView + QStandardItemModel, same rows): {spread(base)}")
        ws.profile("skp_editor_open", lambda: close_editor(open_editor()))
        return [make_result("skp_editor_open", ms(median(times)), "ms", ms(median(base)),
                            max_value=OPEN_MAX_MS,
                            target=f"{RHK_UTAMA + RHK_TAMBAHAN} RHK / {IKI} IKI, median of "
                                   f"{repeat}")]
    finally:
        site.dispose()
