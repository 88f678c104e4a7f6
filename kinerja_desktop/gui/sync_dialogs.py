"""Dialogs of the Sinkronisasi page: the site-key passphrase (once per session), the key
card of another site (who it claims to be, the fingerprint heard on the phone), and this
site's fingerprint in letters big enough to read aloud (issue 6 point 9).

The sync services take the passphrase itself (export signs, import decrypts), while
``gui/kunci_dialog.py`` keeps only the unlocked signing key. ``frasa_sandi`` therefore
asks through the same ``KunciDialog`` (texts adapted to sync), stores the unlocked key
there as printing does (printing then asks nothing), and keeps the passphrase beside it
for exactly as long as that key stays unlocked: ``lupakan_kunci`` (logout, window
closed) makes the next sync ask again.
"""

from __future__ import annotations

import weakref
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.roles import SiteRole
from kinerja_desktop.gui.context import AppContext
from kinerja_desktop.gui.kunci_dialog import KunciDialog, kunci_tersimpan, simpan_kunci
from kinerja_desktop.gui.sync_models import font_sidik_jari
from kinerja_desktop.services.cetak import KunciSitus
from kinerja_desktop.services.sync_kunci import KunciSitusDTO, terima_kartu
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.sync.key_card import KartuKunci

# (database, the unlocked key it belongs to, passphrase); never written anywhere.
_frasa: list[tuple[weakref.ref[Database], KunciSitus, str]] = []


def _rapikan() -> None:
    """Drops passphrases whose key was forgotten (lupakan_kunci) or whose database is gone."""
    keep = []
    for ref, kunci, frasa in _frasa:
        db = ref()
        if db is not None and kunci_tersimpan(db) is kunci:
            keep.append((ref, kunci, frasa))
    _frasa[:] = keep


def frasa_tersimpan(db: Database) -> str | None:
    """The passphrase given earlier in this session for ``db``, while its key is unlocked."""
    _rapikan()
    return next((frasa for ref, _k, frasa in _frasa if ref() is db), None)


def simpan_frasa(db: Database, kunci: KunciSitus, frasa: str) -> None:
    """Remembers ``frasa`` with the unlocked ``kunci`` (also used by printing)."""
    simpan_kunci(db, kunci)
    _rapikan()
    _frasa[:] = [e for e in _frasa if e[0]() is not db]
    _frasa.append((weakref.ref(db), kunci, frasa))


class SyncKunciDialog(KunciDialog):
    """``KunciDialog`` with words for packages instead of printed documents."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        # The explanation and the note of the base dialog speak of printing (in this order).
        texts = [self.tr(
            "Paket sinkronisasi ditandatangani dan dienkripsi dengan kunci situs. Masukkan "
            "frasa sandi kunci situs (dibuat saat penyiapan aplikasi)."), self.tr(
            "Frasa sandi diminta sekali saja selama aplikasi terbuka; mencetak dokumen resmi "
            "sesudahnya tidak menanyakannya lagi.")]
        labels = [label for label in self.findChildren(QLabel)
                  if label.wordWrap() and label is not self.error_label]
        for label, text in zip(labels, texts, strict=False):
            label.setText(text)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setToolTip(self.tr("Memeriksa frasa sandi lalu melanjutkan sinkronisasi."))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(self.tr("Tidak mengirim atau mengimpor apa pun."))


def frasa_sandi(parent: QWidget | None, ctx: AppContext) -> str | None:
    """The site-key passphrase: from this session, or asked now. None when cancelled."""
    frasa = frasa_tersimpan(ctx.db)
    if frasa is not None:
        return frasa
    dialog = SyncKunciDialog(ctx.db, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.kunci is None:
            return None
        frasa = dialog.passphrase.text()
        simpan_frasa(ctx.db, dialog.kunci, frasa)
        return frasa
    finally:
        dialog.deleteLater()


def peran_text(peran: str) -> str:
    try:
        return SiteRole(peran).label
    except ValueError:
        return peran


class SidikJariDialog(QDialog):
    """This site's fingerprint, big, after its key card was written."""

    def __init__(self, sidik_jari: str, kartu: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kartu kunci ditulis"))
        intro = QLabel(self.tr(
            "Kartu kunci situs ini ditulis ke:<br><b>{path}</b><br><br>Kirim berkas itu ke "
            "situs induk atau anak (flashdisk atau surel). Lalu telepon operatornya dan "
            "bacakan sidik jari di bawah ini, kelompok demi kelompok; mereka mengetiknya saat "
            "menerima kartu.").format(path=str(kartu)))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sidik_label = QLabel(sidik_jari)
        self.sidik_label.setObjectName("sidik_jari_besar")
        self.sidik_label.setFont(font_sidik_jari(1.9))
        self.sidik_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sidik_label.setWordWrap(True)
        self.sidik_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sidik_label.setToolTip(self.tr(
            "Sidik jari kunci situs ini: 8 kelompok 4 huruf/angka (0–9, A–F). Bacakan lewat "
            "telepon atau cetak dan serahkan; jangan dikirim bersama kartunya."))
        self.sidik_label.setStyleSheet("padding: 12px; border: 1px solid #0b5394; "
                                       "background: #e3f0fb; color: #0b5394;")
        copy = QPushButton(self.tr("Salin sidik jari"))
        copy.setToolTip(self.tr("Menyalin sidik jari ke papan klip, misalnya untuk dicetak."))
        copy.clicked.connect(self._copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Tutup"))
        close.setToolTip(self.tr("Menutup jendela ini; sidik jari tetap tampil di tab Kunci."))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.sidik_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.sidik_label.text())


class TerimaKartuDialog(QDialog):
    """Who the card claims to be; the fingerprint as heard; Terima stores it only if equal."""

    def __init__(self, ctx: AppContext, path: Path, kartu: KartuKunci,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.path, self.kartu = ctx, path, kartu
        self.hasil: KunciSitusDTO | None = None
        self.setWindowTitle(self.tr("Terima kartu kunci"))
        claim = QLabel(self.tr(
            "Berkas <b>{file}</b> mengaku sebagai kartu kunci:").format(file=path.name))
        claim.setWordWrap(True)
        form = QFormLayout()
        situs = QLabel(f"<b>{kartu.situs}</b> — {kartu.nama}")
        situs.setTextFormat(Qt.TextFormat.RichText)
        situs.setToolTip(self.tr("Kode dan nama situs menurut kartu. Kartu bisa dipalsukan: "
                                 "sidik jarinya yang membuktikan."))
        form.addRow(self.tr("Situs:"), situs)
        form.addRow(self.tr("Peran:"), QLabel(peran_text(kartu.peran)))
        form.addRow(self.tr("Induk:"), QLabel(kartu.induk or self.tr("(tidak ada)")))
        self.warning = QLabel()
        self.warning.setObjectName("kartu_peringatan")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a6d00;")
        site = ctx.site
        if site is not None and kartu.situs != site.parent_code and kartu.induk != site.code:
            self.warning.setText(self.tr(
                "Perhatian: menurut kartu, situs {situs} bukan induk maupun anak situs ini "
                "({kode}). Paket hanya dipertukarkan dengan induk dan anak langsung.").format(
                    situs=kartu.situs, kode=site.code))
        else:
            self.warning.hide()
        steps = QLabel(self.tr(
            "Telepon operator situs {situs} dengan nomor yang Anda kenal (bukan nomor dari "
            "surel atau berkas yang sama), minta ia membacakan sidik jari kunci situsnya, lalu "
            "ketik di bawah. Spasi dan huruf besar/kecil tidak berpengaruh.").format(
                situs=kartu.situs))
        steps.setWordWrap(True)
        self.sidik_edit = QLineEdit()
        self.sidik_edit.setObjectName("sidik_jari_diketik")
        self.sidik_edit.setFont(font_sidik_jari(1.2))
        self.sidik_edit.setPlaceholderText("1A2B 3C4D 5E6F 7081 92A3 B4C5 D6E7 F809")
        self.sidik_edit.setToolTip(self.tr(
            "Sidik jari yang dibacakan lewat telepon: 8 kelompok 4 huruf/angka (0–9, A–F), "
            "contoh 1A2B 3C4D 5E6F 7081 92A3 B4C5 D6E7 F809. Jangan menyalin dari kartu itu "
            "sendiri: yang diperiksa justru kecocokan keduanya."))
        self.sidik_edit.textEdited.connect(self._edited)
        self.error_label = QLabel()
        self.error_label.setObjectName("kartu_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Terima"))
        ok.setToolTip(self.tr(
            "Menyimpan kunci situs {situs} bila sidik jari yang diketik sama dengan kartu; "
            "bila tidak sama, tidak ada yang disimpan.").format(situs=kartu.situs))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Batal"))
        cancel.setToolTip(self.tr("Tidak menyimpan apa pun."))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(claim)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(steps)
        layout.addWidget(QLabel(self.tr("Sidik jari yang Anda dengar:")))
        layout.addWidget(self.sidik_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)

    def _edited(self, _text: str) -> None:
        self.error_label.hide()

    def accept(self) -> None:
        """Stores the card only when the typed fingerprint matches; else says why."""
        try:
            self.hasil = terima_kartu(self.ctx.db, self.ctx.actor, self.path,
                                      self.sidik_edit.text())
        except UserError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            self.sidik_edit.setFocus()
            self.sidik_edit.selectAll()
            return
        super().accept()
