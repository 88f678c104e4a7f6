"""SKPs in every state on the ``gui_office`` database, made through the real services.

Ahmad Fauzi (Kepala Dinas, head of unit "1") → Siti Aminah (Sekretaris, the
penilai account) → Budi Santoso and Dewi Lestari; Rudi Hartono (Bidang SD)
has no SKP. Year 2026:

- goal of unit "1": "Meningkatnya mutu layanan pendidikan";
- Ahmad: DRAFT, one RHK intervening that goal;
- Siti: DITETAPKAN, two RHK intervening Ahmad's RHK;
- Budi: DIAJUKAN (waits in Siti's queue), RHK intervening Siti's first RHK;
- Dewi: returned (DRAFT with a reason), RHK intervening Siti's first RHK.

Siti's second RHK is supported by nobody ("Belum didukung" in the matriks).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kinerja_desktop.domain.roles import Role
from kinerja_desktop.domain.skp import Aspek, Iki, IsiSKP, JenisRHK, Rhk
from kinerja_desktop.gui import jobs
from kinerja_desktop.services import skp as skp_service
from kinerja_desktop.services import skp_workflow
from kinerja_desktop.services.auth import create_account, login
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.pegawai import find_pegawai_by_nip
from kinerja_desktop.services.sasaran_unit import Indikator, Sasaran, simpan_sasaran_unit
from tests.gui.conftest import NIPS, Office

TAHUN = 2026
PEGAWAI = "budi"
PEGAWAI_PASSWORD = "rahasia-pegawai-1"


@dataclass
class SkpSet:
    office: Office
    pegawai: Actor  # Budi's own account (role pegawai)
    ids: dict[str, uuid.UUID]  # pegawai first name -> SKP id
    people: dict[str, uuid.UUID]  # first name -> pegawai id
    goal: uuid.UUID
    siti_rhk: list[uuid.UUID]


def _isi(*rhk: Rhk) -> IsiSKP:
    return IsiSKP(rhk=list(rhk))


def _rhk(uraian: str, *, rhk: uuid.UUID | None = None, goal: uuid.UUID | None = None,
         jenis: JenisRHK = JenisRHK.UTAMA) -> Rhk:
    return Rhk(uraian, jenis, [Iki(f"Jumlah {uraian.split()[-1]}", Aspek.KUANTITAS, Decimal(4),
                                   "dokumen")],
               intervensi_rhk_id=rhk, intervensi_sasaran_id=goal)


def make_skps(office: Office) -> SkpSet:
    db, admin = office.site.db, office.site.admin
    people = {nama: find_pegawai_by_nip(db, admin, nip).id
              for nama, nip in zip(("ahmad", "siti", "budi", "dewi", "rudi"), NIPS, strict=True)}
    create_account(db, admin, PEGAWAI, PEGAWAI_PASSWORD, Role.PEGAWAI, nip=NIPS[2])
    pegawai = login(db, PEGAWAI, PEGAWAI_PASSWORD)
    goals = simpan_sasaran_unit(db, admin, office.units["dinas"].id, TAHUN, [
        Sasaran("Meningkatnya mutu layanan pendidikan",
                (Indikator("Indeks kepuasan layanan", "85"),))])
    goal = goals.sasaran[0].id
    assert goal is not None
    ids: dict[str, uuid.UUID] = {}

    def create(nama: str, isi: IsiSKP) -> skp_service.SkpDetail:
        ids[nama] = skp_service.buat_skp(db, admin, people[nama], TAHUN)
        d = skp_service.get_skp(db, admin, ids[nama])
        return skp_service.simpan_isi(db, admin, ids[nama], isi, d.version)

    ahmad = create("ahmad", _isi(_rhk("Terwujudnya layanan pendidikan bermutu", goal=goal)))
    ahmad_rhk = ahmad.isi.rhk[0].id
    siti = create("siti", _isi(
        _rhk("Tersusunnya rencana kerja sekretariat", rhk=ahmad_rhk),
        _rhk("Terkelolanya arsip kepegawaian", rhk=ahmad_rhk)))
    skp_workflow.ajukan(db, admin, ids["siti"])
    skp_workflow.tetapkan(db, admin, ids["siti"], tempat="Kota Contoh")
    siti_rhk = [r.id for r in siti.isi.rhk if r.id is not None]
    create("budi", _isi(_rhk("Terselenggaranya layanan surat menyurat", rhk=siti_rhk[0])))
    skp_workflow.ajukan(db, admin, ids["budi"])
    create("dewi", _isi(_rhk("Tersusunnya analisis kebutuhan pegawai", rhk=siti_rhk[0])))
    skp_workflow.ajukan(db, admin, ids["dewi"])
    skp_workflow.kembalikan(db, office.penilai, ids["dewi"], "Target IKI 1 belum terukur.")
    return SkpSet(office, pegawai, ids, people, goal, siti_rhk)


def on_modal(action: Callable[[QWidget], None]) -> list[str]:
    """Runs ``action(widget)`` on the next modal dialog once it is open (errors are returned,
    the dialog closed, so a failing check never leaves the test hanging)."""
    errors: list[str] = []
    tries = [0]

    def run() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            # Polls for a while only: a timer left running would act on the next
            # test's dialogs.
            tries[0] += 1
            if tries[0] > 500:
                errors.append("tidak ada dialog modal yang terbuka")
                return
            QTimer.singleShot(10, run)
            return
        try:
            action(widget)
        except Exception as exc:
            errors.append(repr(exc))
            widget.close()

    QTimer.singleShot(0, run)
    return errors


def click_button(widget: QWidget, text: str) -> None:
    [button] = [b for b in widget.findChildren(QAbstractButton) if b.text() == text]
    button.click()


def save_shot(widget: QWidget, folder: Path, name: str) -> Path:
    """Grabs ``widget`` into ``folder/name``; also into $KINERJA_SCREENSHOTS when set (to look
    at the screens by eye). Pending layout requests are handled first, as the event loop
    would before painting."""
    QApplication.sendPostedEvents()
    image = widget.grab()
    path = folder / name
    assert image.save(str(path))
    extra = os.environ.get("KINERJA_SCREENSHOTS")
    if extra:
        Path(extra).mkdir(parents=True, exist_ok=True)
        assert image.save(str(Path(extra) / name))
    return path


def settle() -> None:
    """Lets the background reads of the page (list, queue) deliver their rows."""
    assert jobs.wait_for_jobs(20_000)
