"""Wizard pertama kali: site role → identity → admin account and key passphrase →
pegawai (demo data or later) → done, showing the key fingerprint for the province."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kinerja_desktop.domain.roles import SiteRole
from kinerja_desktop.gui.errors import show_error
from kinerja_desktop.gui.jobs import JobHandle, JobProgress, run_job
from kinerja_desktop.gui.login_dialog import looks_like_caps_lock
from kinerja_desktop.services.auth import MIN_PASSWORD, login
from kinerja_desktop.services.context import Actor
from kinerja_desktop.services.demo import make_demo
from kinerja_desktop.services.pegawai import count_pegawai
from kinerja_desktop.services.site import SiteInfo, init_site
from kinerja_desktop.storage.engine import Database
from kinerja_desktop.sync.keys import MIN_PASSPHRASE

SITE_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{1,31}$")
USERNAME = re.compile(r"^[A-Za-z0-9._-]+$")
ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #8a5a00;"
DEMO_DEFAULT = 50
DEMO_MAX = 5000


def _tr(text: str) -> str:
    return QCoreApplication.translate("FirstRunWizard", text)


@dataclass
class SetupOutcome:
    site: SiteInfo
    actor: Actor
    demo_requested: int = 0
    demo_done: bool = False
    demo_cancelled: bool = False
    demo_error: BaseException | None = None
    pegawai_count: int = 0


def _message_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _set_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


# --- 1. peran situs ------------------------------------------------------------------------------
class RolePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Peran situs"))
        self.setSubTitle(self.tr(
            "Komputer ini akan dipakai sebagai apa? Pilihan ini tidak dapat diubah kemudian."))
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        self.buttons: dict[SiteRole, QRadioButton] = {}
        texts = {
            SiteRole.OFFICE: (
                self.tr("&Kantor"),
                self.tr("OPD, BKPSDM kabupaten/kota, UPT atau sekolah: mengelola pegawai, SKP "
                        "dan penilaian, lalu mengirim paket data ke provinsi."),
                self.tr("Pilih ini untuk kantor yang menilai pegawainya sendiri. Contoh: Dinas "
                        "Pendidikan Kabupaten Lampung Selatan."),
            ),
            SiteRole.PROVINCE: (
                self.tr("&Provinsi"),
                self.tr("BKD provinsi: menerima paket dari kantor-kantor, memeriksa, dan "
                        "menerbitkan data referensi."),
                self.tr("Hanya untuk BKD provinsi yang menghimpun data dari kantor. Contoh: BKD "
                        "Provinsi Lampung."),
            ),
            SiteRole.LAPTOP: (
                self.tr("&Laptop penilai"),
                self.tr("Laptop pejabat penilai yang membawa formulir bawahannya dari kantor "
                        "induk untuk dinilai, lalu mengembalikannya."),
                self.tr("Pilih ini di laptop seorang penilai yang bekerja di luar kantor. "
                        "Laptop ini memerlukan kode kantor induknya."),
            ),
        }
        for role, (title, description, tip) in texts.items():
            button = QRadioButton(title)
            button.setToolTip(tip)
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            self.group.addButton(button)
            self.buttons[role] = button
            desc = _note(description)
            desc.setContentsMargins(24, 0, 0, 8)
            desc.setToolTip(tip)
            layout.addWidget(button)
            layout.addWidget(desc)
        layout.addStretch(1)
        self.buttons[SiteRole.OFFICE].setChecked(True)

    def role(self) -> SiteRole:
        for role, button in self.buttons.items():
            if button.isChecked():
                return role
        return SiteRole.OFFICE

    def set_role(self, role: SiteRole) -> None:
        self.buttons[role].setChecked(True)


# --- 2. identitas --------------------------------------------------------------------------------
class IdentityPage(QWizardPage):
    def __init__(self, role_page: RolePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._role_page = role_page
        self.setTitle(self.tr("Identitas situs"))
        self.setSubTitle(self.tr(
            "Kode dan nama ini tercetak pada dokumen dan dipakai dalam paket sinkronisasi."))
        self.kode = QLineEdit()
        self.kode.setPlaceholderText(self.tr("contoh: DISDIK-LS"))
        self.kode.setMaxLength(32)
        self.kode.setToolTip(self.tr(
            "Kode singkat situs yang unik di provinsi: 2–32 huruf besar, angka, tanda hubung "
            "atau garis bawah. Minta kode dari BKD provinsi bila sudah ditetapkan. "
            "Contoh: DISDIK-LS atau BKPSDM-LPG01."))
        self.nama = QLineEdit()
        self.nama.setPlaceholderText(self.tr("contoh: Dinas Pendidikan Kabupaten Lampung Selatan"))
        self.nama.setToolTip(self.tr(
            "Nama resmi instansi seperti pada kop surat. Contoh: Badan Kepegawaian dan "
            "Pengembangan SDM Kabupaten Lampung Selatan."))
        self.alamat = QLineEdit()
        self.alamat.setPlaceholderText(self.tr("boleh kosong; contoh: Jl. Mustafa Kemal No. 1, "
                                               "Kalianda"))
        self.alamat.setToolTip(self.tr(
            "Alamat kantor untuk kop dokumen (boleh dilengkapi nanti). "
            "Contoh: Jl. Mustafa Kemal No. 1, Kalianda 35551."))
        self.induk = QLineEdit()
        self.induk.setMaxLength(32)
        self.induk_label = QLabel()
        self.induk_label.setBuddy(self.induk)
        self.kode_msg = _message_label()
        self.nama_msg = _message_label()
        self.induk_msg = _message_label()

        form = QFormLayout(self)
        form.addRow(self.tr("&Kode situs *"), self.kode)
        form.addRow("", self.kode_msg)
        form.addRow(self.tr("&Nama instansi *"), self.nama)
        form.addRow("", self.nama_msg)
        form.addRow(self.tr("&Alamat"), self.alamat)
        form.addRow(self.induk_label, self.induk)
        form.addRow("", self.induk_msg)
        form.addRow(_note(self.tr(
            "Logo kop surat dapat dipasang nanti di halaman Pengaturan.")))
        self.kode.textEdited.connect(self._upper_kode)
        self.induk.textEdited.connect(self._upper_induk)
        for edit in (self.kode, self.nama, self.induk):
            edit.textChanged.connect(self._changed)
        self._touched: set[QLineEdit] = set()

    def _upper_kode(self, text: str) -> None:
        self._upper(self.kode, text)

    def _upper_induk(self, text: str) -> None:
        self._upper(self.induk, text)

    @staticmethod
    def _upper(edit: QLineEdit, text: str) -> None:
        if text != text.upper():
            pos = edit.cursorPosition()
            edit.setText(text.upper())
            edit.setCursorPosition(pos)

    def initializePage(self) -> None:
        role = self._role_page.role()
        self.induk.setVisible(role is not SiteRole.PROVINCE)
        self.induk_label.setVisible(role is not SiteRole.PROVINCE)
        if role is SiteRole.LAPTOP:
            self.induk_label.setText(self.tr("Kode kantor &induk *"))
            self.induk.setPlaceholderText(self.tr("contoh: DISDIK-LS"))
            self.induk.setToolTip(self.tr(
                "Kode situs kantor tempat laptop ini mengambil dan mengembalikan formulir "
                "penilaian; lihat di status bar aplikasi kantor. Contoh: DISDIK-LS."))
        else:
            self.induk_label.setText(self.tr("Kode situs &provinsi"))
            self.induk.setPlaceholderText(self.tr("boleh kosong; contoh: BKD-LAMPUNG"))
            self.induk.setToolTip(self.tr(
                "Kode situs BKD provinsi yang menerima paket dari kantor ini, bila sudah "
                "diketahui (boleh diisi saat pendaftaran). Contoh: BKD-LAMPUNG."))
        self._changed()

    def _changed(self) -> None:
        sender = self.sender()
        if isinstance(sender, QLineEdit):
            self._touched.add(sender)
        messages = self.messages()
        for edit, label in ((self.kode, self.kode_msg), (self.nama, self.nama_msg),
                            (self.induk, self.induk_msg)):
            _set_message(label, messages.get(edit, "") if edit in self._touched else "")
        self.completeChanged.emit()

    def messages(self) -> dict[QLineEdit, str]:
        out: dict[QLineEdit, str] = {}
        kode = self.kode.text().strip()
        if not kode:
            out[self.kode] = self.tr("Kode situs wajib diisi (contoh: DISDIK-LS).")
        elif not SITE_CODE.match(kode):
            out[self.kode] = self.tr(
                "Kode situs hanya boleh huruf besar, angka, '-' dan '_' (2–32 karakter), "
                "diawali huruf atau angka; contoh: DISDIK-LS.")
        if not self.nama.text().strip():
            out[self.nama] = self.tr(
                "Nama instansi wajib diisi (contoh: Dinas Pendidikan Kabupaten Lampung Selatan).")
        induk = self.induk.text().strip()
        role = self._role_page.role()
        if role is SiteRole.LAPTOP and not induk:
            out[self.induk] = self.tr("Laptop penilai wajib menyebut kode kantor induknya.")
        elif induk and role is not SiteRole.PROVINCE and not SITE_CODE.match(induk):
            out[self.induk] = self.tr(
                "Kode induk hanya boleh huruf besar, angka, '-' dan '_' (contoh: BKD-LAMPUNG).")
        elif induk and induk == kode:
            out[self.induk] = self.tr("Kode induk tidak boleh sama dengan kode situs ini.")
        return out

    def validatePage(self) -> bool:
        """Next is always enabled; pressing it shows every problem next to its field."""
        self._touched.update((self.kode, self.nama, self.induk))
        self._changed()
        messages = self.messages()
        if messages:
            next(iter(messages)).setFocus()
        return not messages

    def parent_code(self) -> str | None:
        if self._role_page.role() is SiteRole.PROVINCE:
            return None
        return self.induk.text().strip() or None


# --- 3. akun admin dan frasa sandi kunci ------------------------------------------------------
class AdminPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Akun admin dan kunci situs"))
        self.setSubTitle(self.tr(
            "Akun admin mengelola data pegawai dan periode. Frasa sandi kunci melindungi "
            "kunci tanda tangan situs untuk paket sinkronisasi."))
        self.username = QLineEdit("admin")
        self.username.setToolTip(self.tr(
            "Nama pengguna untuk masuk sebagai admin: huruf, angka, titik, garis bawah atau "
            "tanda hubung. Contoh: admin atau siti.aminah."))
        self.password = self._secret(self.tr(
            "Kata sandi admin, minimal {n} karakter; huruf besar dan kecil dibedakan. "
            "Contoh pola yang baik: tiga kata acak dan angka, mis. 'kopi-Hujan-Meja-27'."
        ).format(n=MIN_PASSWORD))
        self.password2 = self._secret(self.tr("Ketik ulang kata sandi admin yang sama."))
        self.passphrase = self._secret(self.tr(
            "Frasa sandi kunci situs, minimal {n} karakter, sebaiknya berbeda dari kata sandi "
            "admin. Diminta saat mengirim paket ke provinsi. Contoh: 'bukit hijau pagi 2026'."
        ).format(n=MIN_PASSPHRASE))
        self.passphrase2 = self._secret(self.tr("Ketik ulang frasa sandi kunci yang sama."))
        self.username_msg = _message_label()
        self.password_msg = _message_label()
        self.passphrase_msg = _message_label()
        self.caps_hint = QLabel(self.tr(
            "Caps Lock tampaknya menyala: kata sandi diketik dengan huruf besar semua."))
        self.caps_hint.setStyleSheet(HINT_STYLE)
        self.caps_hint.hide()

        form = QFormLayout(self)
        form.addRow(self.tr("&Nama pengguna admin *"), self.username)
        form.addRow("", self.username_msg)
        form.addRow(self.tr("&Kata sandi *"), self.password)
        form.addRow(self.tr("&Ulangi kata sandi *"), self.password2)
        form.addRow("", self.password_msg)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        form.addRow(line)
        form.addRow(self.tr("&Frasa sandi kunci *"), self.passphrase)
        form.addRow(self.tr("U&langi frasa sandi *"), self.passphrase2)
        form.addRow("", self.passphrase_msg)
        form.addRow(self.caps_hint)
        warn = _note(self.tr(
            "Catat frasa sandi kunci dan simpan di tempat aman. Tanpa frasa ini paket "
            "sinkronisasi tidak dapat ditandatangani, dan frasa yang hilang tidak dapat "
            "dipulihkan."))
        warn.setStyleSheet(HINT_STYLE)
        form.addRow(warn)
        self._touched: set[QLineEdit] = set()
        for edit in (self.username, self.password, self.password2, self.passphrase,
                     self.passphrase2):
            edit.textChanged.connect(self._changed)

    @staticmethod
    def _secret(tip: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setToolTip(tip)
        return edit

    def _changed(self) -> None:
        sender = self.sender()
        if isinstance(sender, QLineEdit):
            self._touched.add(sender)
        msgs = self.messages()
        _set_message(self.username_msg,
                     msgs.get("username", "") if self.username in self._touched else "")
        _set_message(self.password_msg, msgs.get("password", "")
                     if {self.password, self.password2} & self._touched else "")
        _set_message(self.passphrase_msg, msgs.get("passphrase", "")
                     if {self.passphrase, self.passphrase2} & self._touched else "")
        self.caps_hint.setVisible(any(looks_like_caps_lock(e.text()) for e in (
            self.password, self.passphrase)))
        self.completeChanged.emit()

    def messages(self) -> dict[str, str]:
        out: dict[str, str] = {}
        user = self.username.text().strip()
        if not user:
            out["username"] = self.tr("Nama pengguna wajib diisi (contoh: admin).")
        elif not USERNAME.match(user):
            out["username"] = self.tr(
                "Nama pengguna hanya boleh huruf, angka, titik, garis bawah dan tanda hubung.")
        pw, pw2 = self.password.text(), self.password2.text()
        if len(pw) < MIN_PASSWORD:
            out["password"] = self.tr("Kata sandi minimal {n} karakter; baru {k} karakter."
                                      ).format(n=MIN_PASSWORD, k=len(pw))
        elif pw != pw2:
            out["password"] = self.tr("Kedua kata sandi belum sama.")
        pp, pp2 = self.passphrase.text(), self.passphrase2.text()
        if len(pp) < MIN_PASSPHRASE:
            out["passphrase"] = self.tr("Frasa sandi kunci minimal {n} karakter; baru {k} "
                                        "karakter.").format(n=MIN_PASSPHRASE, k=len(pp))
        elif pp != pp2:
            out["passphrase"] = self.tr("Kedua frasa sandi kunci belum sama.")
        return out

    def validatePage(self) -> bool:
        """Next is always enabled; pressing it shows every problem next to its field."""
        self._touched.update((self.username, self.password, self.password2, self.passphrase,
                              self.passphrase2))
        self._changed()
        messages = self.messages()
        if messages:
            first = {"username": self.username, "password": self.password,
                     "passphrase": self.passphrase}[next(iter(messages))]
            first.setFocus()
        return not messages


# --- 4. pegawai ----------------------------------------------------------------------------------
class PegawaiChoicePage(QWizardPage):
    """The commit page: leaving it creates the site (and the demo data, if chosen)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Data pegawai"))
        self.setSubTitle(self.tr("Bagaimana data pegawai akan diisi?"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Siapkan situs"))
        self.demo = QRadioButton(self.tr("Buat &data contoh untuk mencoba aplikasi"))
        self.demo.setToolTip(self.tr(
            "Membuat unit kerja dan pegawai rekaan dengan NIP yang sah, untuk latihan. "
            "Jangan dipakai pada basis data kantor yang sebenarnya: data contoh ikut "
            "terkirim saat sinkronisasi."))
        self.count = QSpinBox()
        self.count.setRange(1, DEMO_MAX)
        self.count.setValue(DEMO_DEFAULT)
        self.count.setSuffix(self.tr(" pegawai"))
        self.count.setToolTip(self.tr(
            "Jumlah pegawai rekaan yang dibuat, 1–{max}. Contoh: 50 untuk satu dinas kecil."
        ).format(max=DEMO_MAX))
        self.later = QRadioButton(self.tr("&Nanti saja"))
        self.later.setToolTip(self.tr(
            "Mulai dengan basis data kosong. Pegawai dapat diimpor dari Excel atau diketik "
            "di halaman Pegawai."))
        self.later.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.demo)
        group.addButton(self.later)
        self.demo.toggled.connect(self.count.setEnabled)
        self.count.setEnabled(False)

        grid = QGridLayout()
        grid.addWidget(self.later, 0, 0, 1, 2)
        grid.addWidget(_indented(self.tr(
            "Mulai dengan basis data kosong. Impor dari Excel dilakukan melalui halaman "
            "Pegawai setelah selesai (tombol Impor, atau seret berkas .xlsx ke jendela).")),
            1, 0, 1, 2)
        grid.addWidget(self.demo, 2, 0)
        grid.addWidget(self.count, 2, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(_indented(self.tr(
            "Pegawai dan unit kerja rekaan untuk latihan. Jangan dipakai di basis data kantor "
            "yang sebenarnya: data contoh ikut terkirim saat sinkronisasi.")), 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary.setMargin(8)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addSpacing(12)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self._handle: JobHandle[SetupOutcome] | None = None

    def demo_count(self) -> int:
        return self.count.value() if self.demo.isChecked() else 0

    def initializePage(self) -> None:
        w = self._wizard
        induk = w.identity_page.parent_code()
        lines = [
            self.tr("Yang akan disiapkan setelah menekan <b>Siapkan situs</b>:"),
            self.tr("• Situs <b>{code}</b> — {name} ({role})").format(
                code=w.identity_page.kode.text().strip(),
                name=_escape(w.identity_page.nama.text().strip()),
                role=w.role_page.role().label),
        ]
        if induk:
            lines.append(self.tr("• Kode induk: {code}").format(code=induk))
        lines += [
            self.tr("• Akun admin <b>{user}</b>").format(
                user=_escape(w.admin_page.username.text().strip())),
            self.tr("• Kunci tanda tangan dan enkripsi situs yang baru, dilindungi frasa "
                    "sandi kunci"),
            self.tr("Setelah ini tombol Kembali tidak tersedia lagi."),
        ]
        self.summary.setText("<br>".join(lines))

    def validatePage(self) -> bool:
        if self._wizard.outcome is not None:
            return True
        if self._handle is not None:  # already running
            return False
        self._start()
        return False

    def _start(self) -> None:
        w = self._wizard
        db = w.db
        code = w.identity_page.kode.text().strip()
        name = w.identity_page.nama.text().strip()
        alamat = w.identity_page.alamat.text().strip() or None
        role = w.role_page.role()
        parent_code = w.identity_page.parent_code()
        username = w.admin_page.username.text().strip()
        password = w.admin_page.password.text()
        passphrase = w.admin_page.passphrase.text()
        demo = self.demo_count()

        def work(progress: JobProgress) -> SetupOutcome:
            progress.report(0, 0, QCoreApplication.translate(
                "FirstRunWizard", "Membuat kunci situs dan akun admin…"))
            site = init_site(db, code=code, name=name, role=role, admin_username=username,
                             admin_password=password, passphrase=passphrase,
                             parent_code=parent_code, alamat=alamat)
            actor = login(db, username, password)
            outcome = SetupOutcome(site=site, actor=actor, demo_requested=demo)
            if demo:
                if progress.cancelled:
                    outcome.demo_cancelled = True
                else:
                    _make_demo(db, actor, demo, progress, outcome)
            outcome.pegawai_count = count_pegawai(db, actor)
            return outcome

        self._handle = run_job(self, self.tr("Menyiapkan situs"), work, self._done,
                               self._failed)

    def _done(self, outcome: SetupOutcome) -> None:
        self._handle = None
        self._wizard.outcome = outcome
        if outcome.demo_error is not None:
            show_error(self, outcome.demo_error)
        self._wizard.next()

    def _failed(self, exc: BaseException) -> None:
        self._handle = None
        show_error(self, exc)


def _make_demo(db: Database, actor: Actor, count: int, progress: JobProgress,
               outcome: SetupOutcome) -> None:
    """Runs on the worker thread; records the outcome instead of raising."""

    def report(done: int, total: int) -> None:
        progress.report(done, total, QCoreApplication.translate(
            "FirstRunWizard", "Membuat data contoh: {done} dari {total}").format(
            done=done, total=total))

    progress.report(0, count, QCoreApplication.translate("FirstRunWizard", "Membuat data contoh…"))
    try:
        make_demo(db, actor, pegawai=count, progress=report, should_cancel=progress.is_cancelled)
    except BaseException as exc:
        if progress.cancelled:
            outcome.demo_cancelled = True
        else:
            outcome.demo_error = exc
        return
    if progress.cancelled:
        outcome.demo_cancelled = True
    else:
        outcome.demo_done = True


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _indented(text: str) -> QLabel:
    label = _note(text)
    label.setContentsMargins(24, 0, 0, 8)
    return label


# --- 5. selesai ----------------------------------------------------------------------------------
class DonePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Selesai"))
        self.setSubTitle(self.tr("Situs sudah siap dipakai."))
        self.site_label = _note("")
        self.fingerprint = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.4)
        font.setWeight(QFont.Weight.Bold)
        self.fingerprint.setFont(font)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setToolTip(self.tr(
            "Sidik jari kunci situs: 8 kelompok 4 karakter. Bacakan per kelompok kepada "
            "operator provinsi, contoh: \"A1B2 — C3D4 — …\"."))
        self.copy_button = QPushButton(self.tr("Salin"))
        self.copy_button.setToolTip(self.tr("Menyalin sidik jari ke papan klip."))
        self.copy_button.clicked.connect(self._copy)
        row = QHBoxLayout()
        row.addWidget(self.fingerprint)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        self.demo_label = _note("")
        self.next_label = _note("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.site_label)
        layout.addSpacing(8)
        self.fingerprint_intro = _note("")
        layout.addWidget(self.fingerprint_intro)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(self.demo_label)
        layout.addWidget(self.next_label)
        layout.addStretch(1)

    def initializePage(self) -> None:
        outcome = self._wizard.outcome
        if outcome is None:
            return
        site = outcome.site
        self.site_label.setText(self.tr(
            "Situs <b>{code}</b> — {name} ({role}) sudah dibuat beserta akun admin "
            "<b>{user}</b>.").format(code=site.code, name=_escape(site.name),
                                     role=site.role.label, user=_escape(outcome.actor.username)))
        self.fingerprint.setText(site.fingerprint)
        if site.role is SiteRole.PROVINCE:
            intro = self.tr(
                "<b>Sidik jari kunci situs</b> — berikan kepada kantor-kantor (lewat telepon "
                "atau tertulis) agar mereka dapat memastikan paket referensi benar dari "
                "provinsi:")
        elif site.role is SiteRole.LAPTOP:
            intro = self.tr(
                "<b>Sidik jari kunci situs</b> — bacakan kepada admin kantor induk saat "
                "mendaftarkan laptop ini, agar formulir dari laptop ini dapat dipercaya:")
        else:
            intro = self.tr(
                "<b>Sidik jari kunci situs</b> — bacakan kepada operator provinsi (lewat "
                "telepon atau tertulis) saat mendaftarkan kantor ini, agar paket dari "
                "komputer ini dapat dipercaya:")
        self.fingerprint_intro.setText(intro)
        if outcome.demo_done:
            demo = self.tr("Data contoh dibuat: {n} pegawai.").format(n=outcome.pegawai_count)
        elif outcome.demo_cancelled:
            demo = self.tr("Pembuatan data contoh dibatalkan; situs tetap siap. Data contoh "
                           "dapat dibuat lagi dari menu Data.")
        elif outcome.demo_error is not None:
            demo = self.tr("Data contoh gagal dibuat (lihat pesan sebelumnya); situs tetap "
                           "siap dipakai.")
        else:
            demo = self.tr("Belum ada pegawai. Impor dari Excel melalui halaman Pegawai.")
        self.demo_label.setText(demo)
        self.next_label.setText(self.tr(
            "Tekan <b>Selesai</b>, lalu masuk dengan akun admin yang baru dibuat."))

    def _copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.fingerprint.text())


class FirstRunWizard(QWizard):
    ROLE, IDENTITY, ADMIN, PEGAWAI, DONE = range(5)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.outcome: SetupOutcome | None = None
        self.setWindowTitle(self.tr("Menyiapkan Kinerja Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Kembali")),
            (QWizard.WizardButton.NextButton, self.tr("&Lanjut >")),
            (QWizard.WizardButton.CommitButton, self.tr("Siapkan situs")),
            (QWizard.WizardButton.FinishButton, self.tr("&Selesai")),
            (QWizard.WizardButton.CancelButton, self.tr("Batal")),
            (QWizard.WizardButton.HelpButton, self.tr("Bantuan")),
        ):
            self.setButtonText(button, text)
        self.role_page = RolePage()
        self.identity_page = IdentityPage(self.role_page)
        self.admin_page = AdminPage()
        self.pegawai_page = PegawaiChoicePage(self)
        self.done_page = DonePage(self)
        self.setPage(self.ROLE, self.role_page)
        self.setPage(self.IDENTITY, self.identity_page)
        self.setPage(self.ADMIN, self.admin_page)
        self.setPage(self.PEGAWAI, self.pegawai_page)
        self.setPage(self.DONE, self.done_page)
        pages = [self.role_page, self.identity_page, self.admin_page, self.pegawai_page,
                 self.done_page]
        for number, page in enumerate(pages, start=1):
            page.setTitle(self.tr("Langkah {n} dari {total}: {title}").format(
                n=number, total=len(pages), title=page.title()))
        self.helpRequested.connect(self.show_help)
        self.setMinimumSize(680, 520)

    @property
    def site(self) -> SiteInfo | None:
        return self.outcome.site if self.outcome else None

    def help_text(self) -> str:
        return {
            self.ROLE: self.tr(
                "<p><b>Kantor</b>: instansi yang mengelola SKP dan penilaian pegawainya "
                "sendiri (paling umum).<br><b>Provinsi</b>: BKD provinsi yang menerima paket "
                "dari kantor.<br><b>Laptop penilai</b>: laptop pejabat penilai yang membawa "
                "formulir dari kantor induk.</p>"),
            self.IDENTITY: self.tr(
                "<p>Kode situs dipakai pada nama berkas paket sinkronisasi dan harus unik di "
                "provinsi; tanyakan ke BKD provinsi bila ragu. Nama instansi tercetak di "
                "dokumen.</p>"),
            self.ADMIN: self.tr(
                "<p>Akun admin dipakai untuk masuk. Frasa sandi kunci melindungi kunci situs "
                "dan diminta setiap kali mengirim paket. Simpan keduanya di tempat aman.</p>"),
            self.PEGAWAI: self.tr(
                "<p>Data contoh cocok untuk latihan. Untuk kantor sebenarnya pilih "
                "<i>Nanti saja</i>, lalu impor pegawai dari Excel di halaman Pegawai.</p>"),
            self.DONE: self.tr(
                "<p>Sidik jari kunci dicocokkan oleh operator provinsi saat menerima paket "
                "pendaftaran dari situs ini.</p>"),
        }.get(self.currentId(), "")

    def show_help(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, self.tr("Bantuan"), self.help_text())
