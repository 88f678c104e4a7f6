"""Dialogs of the Sinkronisasi page: the site-key passphrase (once per session), the key
card of another site (who it claims to be, the fingerprint heard on the phone; a known
site's new keys replace the old ones only after an explicit confirmation), this site's
fingerprint in letters big enough to read aloud (issue 6 point 9), and the one question
asked before a destructive action (``KonfirmasiDialog``; optionally the site code typed).

The sync services take the passphrase itself (export signs, import decrypts), while
``gui/kunci_dialog.py`` keeps only the unlocked signing key. ``frasa_sandi`` therefore
asks through the same ``KunciDialog`` (texts adapted to sync), stores the unlocked key
there as printing does (printing then asks nothing), and keeps the passphrase beside it
for exactly as long as that key stays unlocked: ``lupakan_kunci`` (logout, window
closed) makes the next sync ask again.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
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

from kinerja_desktop.domain.errors import ConflictError, UserError
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
    """This site's fingerprint, big, after its key card was written (``kartu``) or after
    its keys were replaced (``kartu`` None: then "Tulis kartu kunci baru…" calls
    ``tulis``)."""

    def __init__(self, sidik_jari: str, kartu: Path | None, parent: QWidget | None = None,
                 *, tulis: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self._tulis = tulis
        if kartu is not None:
            self.setWindowTitle(self.tr("Kartu kunci ditulis"))
            intro = QLabel(self.tr(
                "Kartu kunci situs ini ditulis ke:<br><b>{path}</b><br><br>Kirim berkas itu "
                "ke situs induk atau anak (flashdisk atau surel). Lalu telepon operatornya "
                "dan bacakan sidik jari di bawah ini, kelompok demi kelompok; mereka "
                "mengetiknya saat menerima kartu.").format(path=str(kartu)))
        else:
            self.setWindowTitle(self.tr("Kunci situs ini diganti"))
            intro = QLabel(self.tr(
                "Kunci situs ini sudah diganti; kunci lama dicabut. Sidik jari barunya di "
                "bawah ini.<br><br>Langkah berikutnya: tulis kartu kunci baru dan kirim ke "
                "setiap situs induk dan anak. Telepon operatornya dan bacakan sidik jari baru "
                "ini; mereka menerima kartu itu dengan pilihan <b>Ganti kunci situs itu</b>. "
                "Sampai itu dilakukan, paket dari situs ini ditolak di sana."))
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
        self.tulis_button: QPushButton | None = None
        if tulis is not None:
            self.tulis_button = QPushButton(self.tr("Tulis kartu kunci baru…"))
            self.tulis_button.setObjectName("sidik_tulis_kartu")
            self.tulis_button.setToolTip(self.tr(
                "Menutup jendela ini lalu menulis kartu kunci baru situs ini ke folder atau "
                "flashdisk untuk situs induk dan anak."))
            self.tulis_button.clicked.connect(self._tulis_kartu)
            buttons.addButton(self.tulis_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.sidik_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.sidik_label.text())

    def _tulis_kartu(self) -> None:
        tulis = self._tulis
        self.accept()
        if tulis is not None:
            tulis()


class KonfirmasiDialog(QDialog):
    """The one question before a destructive action: what happens, what is lost. With
    ``ketik``, the user types that code (a site's) before the action is allowed."""

    def __init__(self, judul: str, teks: str, tombol: str, parent: QWidget | None = None,
                 *, ketik: str | None = None) -> None:
        super().__init__(parent)
        self.ketik = ketik
        self.setWindowTitle(judul)
        self.teks = QLabel(teks)
        self.teks.setObjectName("konfirmasi_teks")
        self.teks.setWordWrap(True)
        self.teks.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.teks)
        self.error_label = QLabel()
        self.error_label.setObjectName("konfirmasi_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        self.kode_edit: QLineEdit | None = None
        if ketik is not None:
            self.kode_edit = QLineEdit()
            self.kode_edit.setObjectName("konfirmasi_kode")
            self.kode_edit.setPlaceholderText(ketik)
            self.kode_edit.setToolTip(self.tr(
                "Ketik kode situs {kode} persis seperti tertulis, untuk memastikan situs yang "
                "dipilih memang yang dimaksud.").format(kode=ketik))
            self.kode_edit.textEdited.connect(lambda _t: self.error_label.hide())
            ask = QLabel(self.tr("Ketik kode situs <b>{kode}</b> untuk melanjutkan:").format(
                kode=ketik))
            ask.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(ask)
            layout.addWidget(self.kode_edit)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tombol)
        ok.setToolTip(self.tr("Menjalankan tindakan ini."))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Batal"))
        cancel.setToolTip(self.tr("Tidak mengubah apa pun."))
        # Enter after typing the code confirms (the code is the safeguard); otherwise a
        # careless Enter cancels.
        (ok if ketik is not None else cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def accept(self) -> None:
        if self.ketik is not None and self.kode_edit is not None:
            typed = self.kode_edit.text().strip()
            if typed.upper() != self.ketik.upper():
                self.error_label.setText(self.tr(
                    "Kode yang diketik (\"{teks}\") tidak sama dengan kode situs {kode}. "
                    "Tidak ada yang diubah.").format(teks=typed, kode=self.ketik) if typed
                    else self.tr("Ketik kode situs {kode} dulu. Tidak ada yang diubah."
                                 ).format(kode=self.ketik))
                self.error_label.show()
                self.kode_edit.setFocus()
                self.kode_edit.selectAll()
                return
        super().accept()


def konfirmasi(parent: QWidget | None, judul: str, teks: str, tombol: str, *,
               ketik: str | None = None) -> bool:
    """Asks with ``KonfirmasiDialog``; True when confirmed."""
    dialog = KonfirmasiDialog(judul, teks, tombol, parent, ketik=ketik)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


class TerimaKartuDialog(QDialog):
    """Who the card claims to be; the fingerprint as heard; Terima stores it only if equal."""

    def __init__(self, ctx: AppContext, path: Path, kartu: KartuKunci,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.path, self.kartu = ctx, path, kartu
        self.hasil: KunciSitusDTO | None = None
        self.diganti = False  # the card replaced the keys the site had here
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
        self.ganti_button = QPushButton(self.tr("Ganti kunci situs itu…"))
        self.ganti_button.setObjectName("kartu_ganti")
        self.ganti_button.setToolTip(self.tr(
            "Situs {situs} sudah terdaftar dengan kunci lain. Bila situs itu memang mengganti "
            "kuncinya, kunci barunya menggantikan yang lama (sesudah satu konfirmasi); kunci "
            "lama dicabut.").format(situs=kartu.situs))
        self.ganti_button.clicked.connect(self.ganti)
        self.ganti_button.hide()
        self.buttons.addButton(self.ganti_button, QDialogButtonBox.ButtonRole.ActionRole)
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
        self.ganti_button.hide()

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.sidik_edit.setFocus()
        self.sidik_edit.selectAll()

    def accept(self) -> None:
        """Stores the card only when the typed fingerprint matches; else says why. A known
        site with other keys: says so and offers "Ganti kunci situs itu…"."""
        try:
            self.hasil = terima_kartu(self.ctx.db, self.ctx.actor, self.path,
                                      self.sidik_edit.text())
        except ConflictError:
            self._error(self.tr(
                "Situs {situs} sudah terdaftar di sini dengan kunci lain. Bila situs itu "
                "memang mengganti kuncinya (operatornya membacakan sidik jari baru ini lewat "
                "telepon), tekan Ganti kunci situs itu…; bila tidak, jangan terima kartu ini. "
                "Belum ada yang diubah.").format(situs=self.kartu.situs))
            self.ganti_button.show()
            return
        except UserError as exc:
            self._error(str(exc))
            return
        super().accept()

    def ganti(self) -> None:
        """Replaces the known site's keys with the card's, after one confirmation."""
        situs = self.kartu.situs
        if not konfirmasi(self, self.tr("Ganti kunci situs {situs}").format(situs=situs),
                          self.tr(
                "Kunci situs <b>{situs}</b> yang terdaftar di sini diganti dengan kunci dari "
                "kartu ini, dan kunci lamanya dicabut: paket bertanda tangan kunci lama "
                "ditolak mulai sekarang, dan situs anak situs ini diberi tahu lewat paket "
                "berikutnya.<br><br>Lanjutkan hanya bila operator {situs} sudah memastikan "
                "lewat telepon bahwa situsnya memang mengganti kunci, dan sidik jari yang Anda "
                "ketik adalah yang ia bacakan.").format(situs=situs),
                          self.tr("Ganti kunci")):
            return
        try:
            self.hasil = terima_kartu(self.ctx.db, self.ctx.actor, self.path,
                                      self.sidik_edit.text(), ganti=True)
        except UserError as exc:
            self._error(str(exc))
            return
        self.diganti = True
        super().accept()
