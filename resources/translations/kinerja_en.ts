<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../kinerja_desktop/gui/first_run_wizard.py" line="+274"/>
        <source>Akun admin dan kunci situs</source>
        <translation>Admin account and site key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Akun admin mengelola data pegawai dan periode. Frasa sandi kunci melindungi kunci tanda tangan situs untuk paket sinkronisasi.</source>
        <translation>The admin account manages employee data and periods. The key passphrase protects the site&apos;s signing key for synchronisation packages.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nama pengguna untuk masuk sebagai admin: huruf, angka, titik, garis bawah atau tanda hubung. Contoh: admin atau siti.aminah.</source>
        <translation>User name for signing in as admin: letters, digits, dots, underscores or hyphens. Example: admin or siti.aminah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kata sandi admin, minimal {n} karakter; huruf besar dan kecil dibedakan. Contoh pola yang baik: tiga kata acak dan angka, mis. &apos;kopi-Hujan-Meja-27&apos;.</source>
        <translation>Admin password, at least {n} characters; upper and lower case are distinct. A good pattern: three random words and a number, e.g. &apos;kopi-Hujan-Meja-27&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ketik ulang kata sandi admin yang sama.</source>
        <translation>Type the same admin password again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frasa sandi kunci situs, minimal {n} karakter, sebaiknya berbeda dari kata sandi admin. Diminta saat mengirim paket ke provinsi. Contoh: &apos;bukit hijau pagi 2026&apos;.</source>
        <translation>Site key passphrase, at least {n} characters, preferably different from the admin password. Asked for when sending packages to the province. Example: &apos;bukit hijau pagi 2026&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ketik ulang frasa sandi kunci yang sama.</source>
        <translation>Type the same key passphrase again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caps Lock tampaknya menyala: kata sandi diketik dengan huruf besar semua.</source>
        <translation>Caps Lock seems to be on: the password is being typed in capitals.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Nama pengguna admin *</source>
        <translation>Admin &amp;user name *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kata sandi *</source>
        <translation>&amp;Password *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ulangi kata sandi *</source>
        <translation>&amp;Repeat password *</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Frasa sandi kunci *</source>
        <translation>&amp;Key passphrase *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;langi frasa sandi *</source>
        <translation>R&amp;epeat passphrase *</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catat frasa sandi kunci dan simpan di tempat aman. Tanpa frasa ini paket sinkronisasi tidak dapat ditandatangani, dan frasa yang hilang tidak dapat dipulihkan.</source>
        <translation>Write the key passphrase down and keep it somewhere safe. Without it synchronisation packages cannot be signed, and a lost passphrase cannot be recovered.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nama pengguna wajib diisi (contoh: admin).</source>
        <translation>A user name is required (example: admin).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nama pengguna hanya boleh huruf, angka, titik, garis bawah dan tanda hubung.</source>
        <translation>The user name may only contain letters, digits, dots, underscores and hyphens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kata sandi minimal {n} karakter; baru {k} karakter.</source>
        <translation>The password needs at least {n} characters; it has {k} so far.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kedua kata sandi belum sama.</source>
        <translation>The two passwords do not match yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frasa sandi kunci minimal {n} karakter; baru {k} karakter.</source>
        <translation>The key passphrase needs at least {n} characters; it has {k} so far.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kedua frasa sandi kunci belum sama.</source>
        <translation>The two key passphrases do not match yet.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../kinerja_desktop/gui/rapat_evaluasi_model.py" line="+59"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pegawai unit ini dan sub-unitnya; kepala unit di atas</source>
        <translation>Employees of this unit and its sub-units; the unit head at the top</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor Induk Pegawai (contoh: 19850101 201001 1 003)</source>
        <translation>Employee identification number (NIP) (example: 19850101 201001 1 003)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jabatan pegawai (contoh: Analis Kurikulum)</source>
        <translation>Employee&apos;s position (example: Analis Kurikulum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status evaluasi periode ini (contoh: Dinilai); &quot;SKP belum ditetapkan&quot; bila belum ada SKP ditetapkan yang mencakup periode ini</source>
        <translation>Evaluation status for this period (example: Dinilai); &quot;SKP not approved&quot; when no approved SKP covers this period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hasil Kerja</source>
        <translation>Work Results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating hasil kerja dari pejabat penilai (contoh: Sesuai Ekspektasi)</source>
        <translation>Work result rating from the appraising official (example: Meets Expectations)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perilaku</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating perilaku kerja dari pejabat penilai (contoh: Di Atas Ekspektasi)</source>
        <translation>Work behaviour rating from the appraising official (example: Above Expectations)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predikat kinerja periode ini (contoh: Baik)</source>
        <translation>Performance predikat for this period (example: Baik)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>SKP belum ditetapkan</source>
        <translation>SKP not approved</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Di Atas</source>
        <translation>Above</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sesuai</source>
        <translation>Meets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Di Bawah</source>
        <translation>Below</translation>
    </message>
</context>
<context>
    <name>AlasanDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skp_intervensi_dialog.py" line="+258"/>
        <source>Alasan disimpan di riwayat SKP dan terlihat oleh pegawai, mis. &apos;{contoh}&apos;.</source>
        <translation>The reason is kept in the SKP history and is visible to the employee, e.g. &apos;{contoh}&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alasan wajib diisi: {n} huruf lagi.</source>
        <translation>A reason is required: {n} more characters.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/cetak_page.py" line="+269"/>
        <source>Cetak Semua</source>
        <translation>Print All</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Satu berkas PDF gabungan</source>
        <translation>One combined PDF file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Semua dokumen digabung berurutan dalam satu berkas PDF: mudah dicetak sekaligus.</source>
        <translation>All documents are combined in order in one PDF file: easy to print in one go.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satu berkas per pegawai (dalam satu folder)</source>
        <translation>One file per employee (in one folder)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setiap pegawai mendapat berkasnya sendiri, contoh: SKP_2026_&lt;NIP&gt;_&lt;Nama&gt;.pdf.</source>
        <translation>Each employee gets their own file, example: SKP_2026_&lt;NIP&gt;_&lt;Nama&gt;.pdf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Berkas PDF gabungan, atau folder untuk berkas per pegawai. Folder yang belum ada dibuat.</source>
        <translation>The combined PDF file, or the folder for per-employee files. A folder that does not exist yet is created.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memilih berkas atau folder tujuan.</source>
        <translation>Chooses the destination file or folder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tujuan:</source>
        <translation>Destination:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Berkas PDF gabungan</source>
        <translation>Combined PDF file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder tujuan</source>
        <translation>Destination folder</translation>
    </message>
</context>
<context>
    <name>BerandaPage</name>
    <message>
        <location filename="../../kinerja_desktop/gui/beranda_page.py" line="+101"/>
        <source>{n} hari lagi</source>
        <extracomment>&quot;Tugas saya&quot; lines shown at most (the rest summed up in one line).</extracomment>
        <translation>{n} days left</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terlambat {n} hari</source>
        <translation>{n} days late</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SKP Anda tahun {tahun} masih draf: lengkapi lalu ajukan ke pejabat penilai</source>
        <translation>Your {tahun} SKP is still a draft: complete it, then submit it to the appraising official</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKP Anda tahun {tahun} menunggu persetujuan pejabat penilai</source>
        <translation>Your {tahun} SKP is awaiting approval by the appraising official</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKP Anda tahun {tahun} ditetapkan</source>
        <translation>Your {tahun} SKP has been approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKP Anda tahun {tahun} digantikan</source>
        <translation>Your {tahun} SKP has been superseded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKP belum ditetapkan</source>
        <translation>SKP not approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realisasi belum diisi</source>
        <translation>Achievement not entered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belum dinilai</source>
        <translation>Not appraised</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} SKP menunggu persetujuan Anda</source>
        <translation>{n} SKP waiting for your approval</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} pegawai belum dinilai untuk {periode}; tenggat {batas} ({sisa})</source>
        <translation>{n} employees not yet appraised for {periode}; deadline {batas} ({sisa})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anda belum memiliki SKP tahun {tahun} yang ditetapkan; batas penetapan {batas} ({sisa})</source>
        <translation>You have no approved SKP for {tahun} yet; approval deadline {batas} ({sisa})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Isi realisasi {periode}; tenggat {batas} ({sisa})</source>
        <translation>Fill in the achievement for {periode}; deadline {batas} ({sisa})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} SKP belum ditetapkan</source>
        <translation>{n} SKP not yet approved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} realisasi belum diisi</source>
        <translation>{n} achievements not yet filled in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} belum dinilai</source>
        <translation>{n} not yet appraised</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{unit} terlambat: {what}</source>
        <translation>{unit} is late: {what}</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>Selamat datang, {user}</source>
        <translation>Welcome, {user}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} · kode situs {code} · peran situs: {role}</source>
        <translation>{name} · site code {code} · site role: {role}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Situs belum disiapkan: jalankan aplikasi tanpa --smoke untuk membuka wizard pertama kali.</source>
        <translation>The site has not been set up: start the application without --smoke to open the first-run wizard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anda masuk sebagai {role}.</source>
        <translation>You are signed in as {role}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pegawai aktif</source>
        <translation>Active employees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit kerja</source>
        <translation>Work units</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Periode yang diringkas (contoh: TRIWULAN I = Januari–Maret). Yang dipilih otomatis: periode terakhir yang sudah berakhir.</source>
        <translation>The period summarised (example: TRIWULAN I = January–March). Chosen automatically: the latest period that has already ended.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hanya unit ini dan sub-unitnya (contoh: Sekretariat). &quot;Semua unit&quot; meringkas semua unit yang dapat Anda lihat.</source>
        <translation>Only this unit and its sub-units (example: Sekretariat). &quot;All units&quot; summarises every unit you can see.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Impor dari Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memilih berkas .xlsx berisi daftar pegawai; pratinjau ditampilkan sebelum apa pun disimpan. Templat tersedia di halaman Pegawai.</source>
        <translation>Choose an .xlsx file with a list of employees; a preview is shown before anything is saved. A template is available on the Employees page.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buat data contoh…</source>
        <translation>Create sample data…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membuat unit kerja dan pegawai rekaan untuk latihan (jangan di basis data kantor yang sebenarnya).</source>
        <translation>Creates fictitious work units and employees for practice (not in a real office database).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Langkah berikutnya&lt;/b&gt;</source>
        <translation>&lt;b&gt;Next steps&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tugas saya</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yang perlu Anda kerjakan untuk periode yang dipilih. Klik ganda untuk membuka halamannya.</source>
        <translation>What you need to do for the selected period. Double-click to open its page.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tabel progres per unit</source>
        <translation>Progress table by unit</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SKP, realisasi dan penilaian yang lewat tenggat periode ini. Klik ganda untuk membuka halaman tempat menyelesaikannya.</source>
        <translation>SKPs, achievements and appraisals past this period&apos;s deadlines. Double-click to open the page where you can complete them.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Progres per unit</source>
        <translation>Progress by unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+199"/>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Peringatan kurva distribusi hanya sebagai pertimbangan pimpinan dan penilai.</source>
        <translation>Distribution curve warnings are only for the consideration of leaders and appraisers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SK = Sangat Kurang · K = Kurang/Misconduct · BP = Butuh Perbaikan · B = Baik · SB = Sangat Baik. Garis putus-putus: pola kurva.</source>
        <translation>SK = Sangat Kurang · K = Kurang/Misconduct · BP = Butuh Perbaikan · B = Baik · SB = Sangat Baik. Dashed line: curve pattern.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Buka halaman {title}</source>
        <translation>Open the {title} page</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Ringkasan tidak dapat dibaca.</source>
        <translation>The summary could not be read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Membaca ringkasan {periode}…</source>
        <translation>Reading the {periode} summary…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Membaca ringkasan beranda</source>
        <translation>Reading the home page summary</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Belum ada pegawai. Impor dari Excel atau buat data contoh.</source>
        <translation>No employees yet. Import from Excel or create sample data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belum ada pegawai yang dapat Anda lihat. Admin kantor mengisi data pegawai.</source>
        <translation>There are no employees you can see yet. The office admin enters employee data.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Susun &lt;b&gt;Unit Kerja&lt;/b&gt; kantor: unit paling atas (dinas atau badan), lalu bidang dan subbagiannya.</source>
        <translation>Set up the office&apos;s &lt;b&gt;Work Units&lt;/b&gt;: the top unit (agency or board), then its divisions and sections.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Isi data &lt;b&gt;Pegawai&lt;/b&gt;: impor dari Excel (unduh templat di halaman Pegawai) atau seret berkas .xlsx ke jendela ini.</source>
        <translation>Enter &lt;b&gt;Employee&lt;/b&gt; data: import from Excel (download the template on the Employees page) or drag an .xlsx file onto this window.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Susun &lt;b&gt;SKP&lt;/b&gt; tahun {tahun}: Rencana Hasil Kerja, indikator dan target, lalu ajukan ke pejabat penilai.</source>
        <translation>Prepare the &lt;b&gt;SKP&lt;/b&gt; for {tahun}: Work Result Plans (RHK), indicators and targets, then submit it to the appraising official.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Semua unit saya</source>
        <translation>All my units</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Terlambat ({n})</source>
        <translation>Overdue ({n})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tidak ada yang terlambat untuk {periode}: SKP (batas {skp}), realisasi (tenggat {real}) dan penilaian (tenggat {nilai}).</source>
        <translation>Nothing is overdue for {periode}: SKP (deadline {skp}), achievement (deadline {real}) and appraisal (deadline {nilai}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} yang terlambat; {shown} pertama ditampilkan. Pilih unit untuk mempersempit.</source>
        <translation>{n} overdue; the first {shown} are shown. Choose a unit to narrow it down.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} yang terlambat pada {periode}.</source>
        <translation>{n} overdue in {periode}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Belum ada unit kerja untuk diringkas.</source>
        <translation>There are no work units to summarise yet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Klik ganda untuk membuka halaman yang sesuai.</source>
        <translation>Double-click to open the matching page.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… dan {n} lagi: lihat tab Terlambat.</source>
        <translation>… and {n} more: see the Overdue tab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tidak ada tugas untuk Anda pada {periode}.</source>
        <translation>You have no tasks for {periode}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;{unit}&lt;/b&gt;: distribusi predikat</source>
        <translation>&lt;b&gt;{unit}&lt;/b&gt;: predikat distribution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;span style=&apos;color:#6b6b6b&apos;&gt;Capaian kinerja organisasi {unit} untuk periode ini belum ditetapkan, jadi kurva distribusi tidak diperiksa.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#6b6b6b&apos;&gt;The organisational performance of {unit} for this period has not been set, so the distribution curve is not checked.&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{unit}&lt;/b&gt;: distribusi predikat terhadap kurva capaian kinerja organisasi &lt;b&gt;{org}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{unit}&lt;/b&gt;: predikat distribution against the organisational performance curve &lt;b&gt;{org}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;span style=&apos;color:#1b7a1b&apos;&gt;Distribusi sesuai pola kurva.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7a1b&apos;&gt;The distribution matches the curve pattern.&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belum ada pegawai yang dinilai.</source>
        <translation>No employees have been appraised yet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;h3&gt;Beranda&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Tugas saya&lt;/b&gt;: yang perlu Anda kerjakan pada periode yang dipilih (SKP menunggu persetujuan, pegawai belum dinilai, realisasi yang jatuh tempo, unit yang terlambat). Klik ganda untuk membuka halamannya.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Progres per unit&lt;/b&gt;: pegawai aktif, SKP ditetapkan, realisasi diisi dan dinilai, dengan sub-unit ikut dihitung pada unit induknya. Hijau = lengkap, kuning = paling sedikit 75 %, merah = kurang dari itu. Pilih baris untuk melihat distribusi predikat unit itu terhadap kurva capaian kinerja organisasinya (peringatan hanya pertimbangan).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Terlambat&lt;/b&gt;: yang lewat tenggat; klik ganda untuk membuka halaman SKP atau Penilaian.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Home&lt;/h3&gt;&lt;p&gt;&lt;b&gt;My tasks&lt;/b&gt;: what you need to do in the selected period (SKPs awaiting approval, employees not yet appraised, achievements due, units that are overdue). Double-click to open its page.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Progress by unit&lt;/b&gt;: active employees, SKPs approved, achievements entered and appraised, with sub-units counted in their parent unit. Green = complete, yellow = at least 75 %, red = less than that. Select a row to see that unit&apos;s predikat distribution against its organisational performance curve (warnings are for consideration only).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Overdue&lt;/b&gt;: items past their deadline; double-click to open the SKP or Appraisal page.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>BuatSkpDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skp_buat_dialog.py" line="+55"/>
        <source>Buat SKP tahun {tahun}</source>
        <translation>Create SKP for {tahun}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKP baru dibuat sebagai &lt;b&gt;draf&lt;/b&gt;. Pejabat penilai kinerja ditentukan otomatis dari atasan langsung pada tanggal mulai (Plt/Plh diperhitungkan).</source>
        <translation>A new SKP is created as a &lt;b&gt;draft&lt;/b&gt;. The appraising official is determined automatically from the direct supervisor on the start date (Plt/Plh taken into account).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ketik sebagian nama atau NIP pegawai pemilik SKP. Contoh: budi, atau 198609262015051001.</source>
        <translation>Type part of the name or NIP of the employee who owns the SKP. Example: budi, or 198609262015051001.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilih pegawai aktif yang akan dibuatkan SKP.</source>
        <translation>Choose the active employee to create the SKP for.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Pegawai:</source>
        <translation>&amp;Employee:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SKP dibuat untuk Anda sendiri.</source>
        <translation>The SKP is created for yourself.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Akun ini belum terhubung dengan data pegawai; minta admin menghubungkannya, atau minta admin membuatkan SKP Anda.</source>
        <translation>This account is not linked to an employee record yet; ask the admin to link it, or ask the admin to create your SKP.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Pegawai:&lt;/b&gt; {nama} — NIP {nip}&lt;br&gt;{jabatan}, {unit}</source>
        <translation>&lt;b&gt;Employee:&lt;/b&gt; {nama} — NIP {nip}&lt;br&gt;{jabatan}, {unit}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kuantitatif</source>
        <translation>Quantitative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kualitatif</source>
        <translation>Qualitative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kuantitatif: target berupa angka dan satuan (contoh: 12 laporan) dengan aspek kuantitas/kualitas/waktu/biaya. Kualitatif: target berupa uraian (contoh: dokumen disetujui pimpinan tanpa revisi).</source>
        <translation>Quantitative: the target is a number and a unit (example: 12 reports) with a quantity/quality/time/cost aspect. Qualitative: the target is a description (example: document approved by the superior without revisions).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Awal periode SKP. Biasanya 1 Januari; untuk pegawai yang pindah jabatan di tengah tahun, tanggal mulai jabatan baru (contoh: 1 Juli {tahun}).</source>
        <translation>Start of the SKP period. Usually 1 January; for an employee who changes position during the year, the start date of the new position (example: 1 July {tahun}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mulai dari isi SKP tahun {lalu}</source>
        <translation>Start from the content of the {lalu} SKP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menyalin RHK, IKI dan target SKP tahun lalu sebagai titik awal; RHK yang diintervensi dipilih ulang dari SKP pejabat penilai tahun ini.</source>
        <translation>Copies the RHK, IKI and targets of last year&apos;s SKP as a starting point; the superior&apos;s RHK they support are chosen again from this year&apos;s SKP of the appraising official.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pe&amp;ndekatan:</source>
        <translation>A&amp;pproach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mulai:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Buka SKP itu</source>
        <translation>Open that SKP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membuka SKP yang sudah ada di editor.</source>
        <translation>Opens the existing SKP in the editor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buat SKP</source>
        <translation>Create SKP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membuat SKP draf lalu membukanya di editor.</source>
        <translation>Creates a draft SKP and opens it in the editor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{nama} sudah memiliki SKP tahun {tahun} (status {status}). Buka SKP itu, atau buat revisinya dari editor bila sudah ditetapkan.</source>
        <translation>{nama} already has an SKP for {tahun} (status {status}). Open that SKP, or create a revision of it from the editor if it has been approved.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tidak ada SKP tahun {lalu} untuk pegawai ini.</source>
        <translation>There is no {lalu} SKP for this employee.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pilih pegawai pemilik SKP terlebih dahulu.</source>
        <translation>Choose the employee who owns the SKP first.</translation>
    </message>
</context>
<context>
    <name>CetakPage</name>
    <message>
        <location filename="../../kinerja_desktop/gui/cetak_page.py" line="-216"/>
        <source>SKP dan Lampiran</source>
        <translation>SKP and Appendix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluasi Kinerja Pegawai</source>
        <translation>Employee Performance Evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumen Evaluasi Kinerja Pegawai</source>
        <translation>Employee Performance Evaluation Document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rekap Predikat Unit</source>
        <translation>Unit Predikat Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format Penetapan Predikat Kinerja</source>
        <translation>Performance Predikat Determination Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laporan Survei Kepuasan Masyarakat</source>
        <translation>Community Satisfaction Survey Report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKP tahunan per pegawai beserta Lampiran (dukungan sumber daya, skema pertanggungjawaban, konsekuensi). Draf dicetak dengan tanda air DRAF tanpa kode verifikasi; SKP yang ditetapkan diberi kode QR dan kode verifikasi.</source>
        <translation>Annual SKP per employee with its Appendix (resource support, accountability scheme, consequences). Drafts are printed with a DRAF watermark and no verification code; approved SKPs get a QR code and a verification code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evaluasi Kinerja Pegawai per periode (triwulan, bulan, atau semester sesuai skema periode), dengan kode verifikasi.</source>
        <translation>Employee Performance Evaluation per period (quarter, month or half-year according to the period scheme), with a verification code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dokumen Evaluasi Kinerja Pegawai per periode: rangkuman predikat untuk ditandatangani, dengan kode verifikasi.</source>
        <translation>Employee Performance Evaluation Document per period: a predikat summary for signing, with a verification code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rekap predikat seluruh pegawai unit pada periode itu dan sebarannya dibanding kurva distribusi, dengan grafik.</source>
        <translation>Predikat summary of all the unit&apos;s employees for that period and their distribution compared with the distribution curve, with a chart.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format Penetapan Predikat Kinerja unit pada periode itu.</source>
        <translation>The unit&apos;s Performance Predikat Determination Format for that period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laporan hasil Survei Kepuasan Masyarakat per survei: NRR per unsur, IKM, konversi, dan mutu pelayanan.</source>
        <translation>Community Satisfaction Survey results report per survey: NRR per element, IKM, conversion and service quality.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation>F4 / Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{nama}, {jabatan} — {unit}. Pejabat penilai: {penilai}.</source>
        <translation>{nama}, {jabatan} — {unit}. Appraising official: {penilai}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survei</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mutu</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>Dokumen yang dicetak. SKP, Evaluasi Kinerja, dan Dokumen Evaluasi dicetak per pegawai; Rekap, Penetapan Predikat, dan laporan SKM per unit.</source>
        <translation>The document to print. SKP, Performance Evaluation and Evaluation Document are printed per employee; Summary, Predikat Determination and SKM report per unit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit kerja beserta seluruh sub-unitnya. Contoh: memilih Sekretariat juga menampilkan pegawai Subbagian Umum dan Kepegawaian.</source>
        <translation>The work unit with all its sub-units. Example: choosing Sekretariat also shows the employees of Subbagian Umum dan Kepegawaian.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Periode penilaian dokumen (triwulan, bulan, atau semester sesuai skema periode tahun kerja). SKP tahunan tidak memakai periode.</source>
        <translation>The document&apos;s appraisal period (quarter, month or half-year according to the working year&apos;s period scheme). The annual SKP does not use a period.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ukuran kertas cetak. Banyak kantor memakai F4 (Folio, 215 × 330 mm); pilihan ini diingat untuk cetak berikutnya.</source>
        <translation>Paper size for printing. Many offices use F4 (Folio, 215 × 330 mm); this choice is remembered for the next print.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jarak tepi kertas ke isi pada keempat sisi, dalam milimeter ({lo}–{hi}). Contoh: 15. Perbesar bila printer memotong tepi halaman.</source>
        <translation>Distance from the paper edge to the content on all four sides, in millimetres ({lo}–{hi}). Example: 15. Increase it if the printer cuts off the page edges.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kosong = tempat saat penetapan</source>
        <translation>empty = place recorded at approval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tempat pada baris tanggal di atas tanda tangan, contoh: Bandar Lampung → &quot;Bandar Lampung, 25 November 2026&quot;. Kosongkan untuk memakai tempat yang dicatat saat SKP ditetapkan.</source>
        <translation>The place on the date line above the signature, example: Bandar Lampung → &quot;Bandar Lampung, 25 November 2026&quot;. Leave empty to use the place recorded when the SKP was approved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sertakan Lampiran SKP</source>
        <translation>Include SKP Appendix</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menambahkan halaman LAMPIRAN SKP (dukungan sumber daya, skema pertanggungjawaban, konsekuensi) sesudah SKP.</source>
        <translation>Adds the LAMPIRAN SKP (appendix) pages (resource support, accountability scheme, consequences) after the SKP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dokumen:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit kerja:</source>
        <translation>Work unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Margin:</source>
        <translation>Margin:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kertas:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tempat:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cari nama atau NIP (Ctrl+F)</source>
        <translation>Search name or NIP (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menyaring daftar sambil mengetik. Contoh: siti, atau 19800315. Tekan ↓ untuk masuk ke daftar.</source>
        <translation>Filters the list as you type. Example: siti, or 19800315. Press ↓ to move into the list.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pilih satu baris untuk melihat pratinjaunya di kanan. Status: Draf dicetak dengan tanda air DRAF; Ditetapkan dicetak dengan kode verifikasi.</source>
        <translation>Select a row to see its preview on the right. Status: Draft is printed with a DRAF watermark; Approved is printed with a verification code.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Membuka halaman tempat data itu dibuat.</source>
        <translation>Opens the page where that data is created.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cetak Semua…</source>
        <translation>Print All…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mencetak dokumen seluruh pegawai unit ini (beserta sub-unit) sekaligus: satu PDF gabungan atau satu berkas per pegawai. Berjalan di latar belakang dan dapat dibatalkan; pegawai yang datanya belum lengkap dilewati dengan alasannya.</source>
        <translation>Prints the documents of all employees of this unit (with its sub-units) in one go: one combined PDF or one file per employee. Runs in the background and can be cancelled; employees whose data is incomplete are skipped, with the reason.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verifikasi Dokumen…</source>
        <translation>Verify Document…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memeriksa keaslian dokumen cetak dari kode verifikasinya atau berkas PDF-nya.</source>
        <translation>Checks the authenticity of a printed document from its verification code or its PDF file.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Cetak Dokumen tahun {tahun}</source>
        <translation>Print Documents for {tahun}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Membaca daftar…</source>
        <translation>Reading the list…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membaca daftar dokumen</source>
        <translation>Reading the document list</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>survei</source>
        <translation>surveys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pegawai</source>
        <translation>employees</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} {what}</source>
        <translation>{n} {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} dari {n} {what}</source>
        <translation>{shown} of {n} {what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Belum ada unit kerja. Buat unit kerja dan pegawai di halaman Unit Kerja dan Pegawai, atau buat data contoh (menu Data).</source>
        <translation>No work units yet. Create work units and employees on the Work Units and Employees pages, or create sample data (Data menu).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buka halaman Unit Kerja</source>
        <translation>Open the Work Units page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belum ada survei SKM untuk unit dan periode ini. Impor hasil survei di halaman SKM, atau pilih unit atau periode lain.</source>
        <translation>No SKM surveys for this unit and period yet. Import survey results on the SKM page, or choose another unit or period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buka halaman SKM</source>
        <translation>Open the SKM page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belum ada SKP tahun {tahun} di unit ini. Buat atau impor SKP di halaman SKP, atau pilih unit lain.</source>
        <translation>No SKPs for {tahun} in this unit yet. Create or import SKPs on the SKP page, or choose another unit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buka halaman SKP</source>
        <translation>Open the SKP page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tidak ada dokumen untuk dipratinjau: daftar di kiri kosong.</source>
        <translation>No document to preview: the list on the left is empty.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Pilih unit kerja dan periode.</source>
        <translation>Choose a work unit and period.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dokumen} dicetak satu untuk unit dan periode yang dipilih:

{unit}
{periode} {tahun}

Pratinjaunya di sebelah kanan.</source>
        <translation>{dokumen} is printed once for the selected unit and period:

{unit}
{periode} {tahun}

Its preview is on the right.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Pilih pegawai di daftar kiri untuk melihat pratinjau cetaknya.</source>
        <translation>Choose an employee in the list on the left to see the print preview.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;i&gt;Menyiapkan pratinjau…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Preparing preview…&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menyiapkan pratinjau</source>
        <translation>Preparing preview</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{n} halaman</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;span style=&apos;color:#8a6d00&apos;&gt;&lt;b&gt;DRAF&lt;/b&gt;&lt;/span&gt; — tanpa kode verifikasi (dokumen belum ditetapkan)</source>
        <translation>&lt;span style=&apos;color:#8a6d00&apos;&gt;&lt;b&gt;DRAF&lt;/b&gt;&lt;/span&gt; — no verification code (document not yet approved)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kode verifikasi &lt;b&gt;{kode}&lt;/b&gt;</source>
        <translation>verification code &lt;b&gt;{kode}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tanpa kode verifikasi</source>
        <translation>no verification code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{nama}&lt;/b&gt; · {halaman} · {status}</source>
        <translation>&lt;b&gt;{nama}&lt;/b&gt; · {halaman} · {status}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dokumen ini dokumen resmi: kode verifikasinya ditandatangani dengan kunci situs. Buka kunci situs untuk melihat dan mencetaknya.</source>
        <translation>This is an official document: its verification code is signed with the site key. Unlock the site key to view and print it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buka kunci situs…</source>
        <translation>Unlock site key…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dokumen tidak dapat disiapkan:
{why}</source>
        <translation>The document cannot be prepared:
{why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dokumen tidak dapat disiapkan karena kesalahan tak terduga (lihat log).</source>
        <translation>The document cannot be prepared because of an unexpected error (see the log).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{dokumen} seluruh pegawai {unit} (beserta sub-unit), tahun {tahun}</source>
        <translation>{dokumen} for all employees of {unit} (with sub-units), {tahun}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, periode {periode}</source>
        <translation>, period {periode}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+131"/>
        <source>Pilih periode lebih dahulu.</source>
        <translation>Choose a period first.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Folder {folder} tidak dapat dibuat: {why}.</source>
        <translation>Folder {folder} cannot be created: {why}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mencetak {done} dari {total} dokumen</source>
        <translation>Printing {done} of {total} documents</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Pencetakan massal dibatalkan; tidak ada berkas yang disimpan.</source>
        <translation>Batch printing cancelled; no files were saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mencetak {dokumen}</source>
        <translation>Printing {dokumen}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n} dokumen dicetak ke {where}.</source>
        <translation>{n} documents printed to {where}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{k} pegawai dilewati karena datanya belum lengkap.</source>
        <translation>{k} employees skipped because their data is incomplete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lihat yang dilewati</source>
        <translation>View skipped</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;h3&gt;Cetak Dokumen&lt;/h3&gt;&lt;p&gt;Pilih &lt;b&gt;Dokumen&lt;/b&gt;, &lt;b&gt;Unit kerja&lt;/b&gt; (sub-unit ikut), dan untuk dokumen per periode &lt;b&gt;Periode&lt;/b&gt;. Pilih pegawai di daftar: pratinjaunya tampil di kanan persis seperti hasil cetak.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Cetak…&lt;/b&gt; (Ctrl+P) mencetak ke printer; ukuran kertas printer mengikuti ukuran halaman (A4 atau F4 215 × 330 mm).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Simpan PDF…&lt;/b&gt; (Ctrl+S) menyimpan berkas PDF.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cetak Semua…&lt;/b&gt; mencetak dokumen seluruh pegawai unit menjadi satu PDF gabungan atau satu berkas per pegawai, di latar belakang; pegawai yang datanya belum lengkap dilewati dan disebutkan alasannya.&lt;/li&gt;&lt;li&gt;SKP yang masih draf dicetak dengan tanda air &lt;b&gt;DRAF&lt;/b&gt; tanpa kode verifikasi. Dokumen resmi diberi kode QR dan kode verifikasi yang ditandatangani dengan kunci situs; frasa sandinya diminta sekali selama aplikasi terbuka.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Verifikasi Dokumen…&lt;/b&gt; memeriksa keaslian kertas cetak dari kodenya.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Pintasan: Ctrl+F cari, Ctrl++ / Ctrl+- perbesar/perkecil, PgUp/PgDn halaman sebelumnya/berikutnya.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Print Documents&lt;/h3&gt;&lt;p&gt;Choose the &lt;b&gt;Document&lt;/b&gt;, the &lt;b&gt;Work unit&lt;/b&gt; (sub-units included) and, for per-period documents, the &lt;b&gt;Period&lt;/b&gt;. Choose an employee in the list: the preview on the right looks exactly like the printout.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Print…&lt;/b&gt; (Ctrl+P) prints to a printer; the printer paper size follows the page size (A4 or F4 215 × 330 mm).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Save PDF…&lt;/b&gt; (Ctrl+S) saves a PDF file.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Print All…&lt;/b&gt; prints the documents of all the unit&apos;s employees into one combined PDF or one file per employee, in the background; employees whose data is incomplete are skipped and the reason is given.&lt;/li&gt;&lt;li&gt;SKPs that are still drafts are printed with a &lt;b&gt;DRAF&lt;/b&gt; watermark and no verification code. Official documents get a QR code and a verification code signed with the site key; its passphrase is asked for once while the application is open.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Verify Document…&lt;/b&gt; checks the authenticity of a printed paper from its code.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Shortcuts: Ctrl+F search, Ctrl++ / Ctrl+- zoom in/out, PgUp/PgDn previous/next page.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DaftarTab</name>
    <message>
        <location filename="../../kinerja_desktop/gui/tindak_lanjut_lists.py" line="+94"/>
        <source>Ekspor Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menyimpan daftar ini (unit dan tahun yang dipilih) sebagai file .xlsx untuk dicetak atau diolah di Excel.</source>
        <translation>Saves this list (selected unit and year) as an .xlsx file for printing or working on in Excel.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Buka halaman Penilaian</source>
        <translation>Open the Appraisal page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Penilaian tahunan diisi oleh pejabat penilai kinerja di halaman Penilaian (periode TAHUNAN).</source>
        <translation>The annual appraisal is filled in by the appraising official on the Appraisal page (TAHUNAN period).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Membaca daftar</source>
        <translation>Reading the list</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} baris · {unit} · {tahun}</source>
        <translation>{n} rows · {unit} · {tahun}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+28"/>
        <source>Ekspor Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Menulis {name}</source>
        <translation>Writing {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disimpan ke {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../kinerja_desktop/gui/first_run_wizard.py" line="+189"/>
        <source>Selesai</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situs sudah siap dipakai.</source>
        <translation>The site is ready to use.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sidik jari kunci situs: 8 kelompok 4 karakter. Bacakan per kelompok kepada operator provinsi, contoh: &quot;A1B2 — C3D4 — …&quot;.</source>
        <translation>Site key fingerprint: 8 groups of 4 characters. Read it to the province operator group by group, e.g. &quot;A1B2 — C3D4 — …&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menyalin sidik jari ke papan klip.</source>
        <translation>Copies the fingerprint to the clipboard.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Situs &lt;b&gt;{code}&lt;/b&gt; — {name} ({role}) sudah dibuat beserta akun admin &lt;b&gt;{user}&lt;/b&gt;.</source>
        <translation>Site &lt;b&gt;{code}&lt;/b&gt; — {name} ({role}) has been created together with the admin account &lt;b&gt;{user}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Sidik jari kunci situs&lt;/b&gt; — berikan kepada kantor-kantor (lewat telepon atau tertulis) agar mereka dapat memastikan paket referensi benar dari provinsi:</source>
        <translation>&lt;b&gt;Site key fingerprint&lt;/b&gt; — give it to the offices (by phone or in writing) so they can make sure reference packages really come from the province:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Sidik jari kunci situs&lt;/b&gt; — bacakan kepada admin kantor induk saat mendaftarkan laptop ini, agar formulir dari laptop ini dapat dipercaya:</source>
        <translation>&lt;b&gt;Site key fingerprint&lt;/b&gt; — read it to the admin of the parent office when registering this laptop, so that forms from this laptop can be trusted:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Sidik jari kunci situs&lt;/b&gt; — bacakan kepada operator provinsi (lewat telepon atau tertulis) saat mendaftarkan kantor ini, agar paket dari komputer ini dapat dipercaya:</source>
        <translation>&lt;b&gt;Site key fingerprint&lt;/b&gt; — read it to the province operator (by phone or in writing) when registering this office, so that packages from this computer can be trusted:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data contoh dibuat: {n} pegawai.</source>
        <translation>Sample data created: {n} employees.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pembuatan data contoh dibatalkan; situs tetap siap. Data contoh dapat dibuat lagi dari menu Data.</source>
        <translation>Creating sample data was cancelled; the site is still ready. Sample data can be created again from the Data menu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data contoh gagal dibuat (lihat pesan sebelumnya); situs tetap siap dipakai.</source>
        <translation>Sample data could not be created (see the previous message); the site is still ready to use.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belum ada pegawai. Impor dari Excel melalui halaman Pegawai.</source>
        <translation>No employees yet. Import them from Excel on the Employees page.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tekan &lt;b&gt;Selesai&lt;/b&gt;, lalu masuk dengan akun admin yang baru dibuat.</source>
        <translation>Press &lt;b&gt;Finish&lt;/b&gt;, then sign in with the admin account you just created.</translation>
    </message>
</context>
<context>
    <name>EnumComboDelegate</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skp_delegates.py" line="+109"/>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aspek yang diukur: Kuantitas (jumlah), Kualitas (mutu), Waktu (ketepatan) atau Biaya, mis. Kuantitas untuk &apos;jumlah laporan&apos;.</source>
        <translation>Aspect measured: Kuantitas (quantity), Kualitas (quality), Waktu (timeliness) or Biaya (cost), e.g. Kuantitas for &apos;number of reports&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Perspektif (JPT), mis. Penerima Layanan untuk indeks kepuasan masyarakat.</source>
        <translation>Perspective (JPT), e.g. Penerima Layanan (service recipients) for a public satisfaction index.</translation>
    </message>
</context>
<context>
    <name>ErrorListDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skm_page.py" line="+384"/>
        <source>Respons SKM tidak diimpor</source>
        <translation>SKM responses not imported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impor {file} dibatalkan: {n} kesalahan. Tidak ada data yang diubah. Perbaiki sel berikut di Excel lalu impor lagi.</source>
        <translation>Import of {file} cancelled: {n} errors. No data was changed. Correct the following cells in Excel, then import again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Baris dan kolom menunjuk sel pada lembar Respons.</source>
        <translation>Rows and columns refer to cells on the Respons sheet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EvaluasiDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/evaluasi_dialog.py" line="+96"/>
        <source>Evaluasi kinerja</source>
        <translation>Performance evaluation</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Realisasi</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Umpan balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penilaian</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Realisasi tiap indikator (IKI) dengan bukti dukung, diisi pegawai lalu diajukan</source>
        <translation>Achievement (realisasi) of each indicator (IKI) with supporting evidence, entered by the employee and then submitted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Umpan balik pejabat penilai per RHK dan per core value BerAKHLAK</source>
        <translation>Feedback from the appraising official per RHK and per BerAKHLAK core value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating hasil kerja dan perilaku, predikat, catatan/rekomendasi (setelah periode berakhir)</source>
        <translation>Work result and work behaviour ratings, predikat, notes/recommendations (after the period ends)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membaca ulang data dari basis data (F5)</source>
        <translation>Reads the data from the database again (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pegawai yang dinilai</source>
        <translation>Employee appraised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pemilik SKP, mis. Budi Santoso · NIP 19860926 201505 1 001 · Pengadministrasi Umum</source>
        <translation>Owner of the SKP, e.g. Budi Santoso · NIP 19860926 201505 1 001 · Pengadministrasi Umum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pejabat penilai kinerja</source>
        <translation>Appraising official</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yang menilai periode ini (atau Plt/Plh-nya), mis. Siti Aminah · Sekretaris</source>
        <translation>The person who appraises this period (or their Plt/Plh), e.g. Siti Aminah · Sekretaris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periode penilaian dan tanggalnya, mis. TRIWULAN I · 1 Januari 2025 – 31 Maret 2025</source>
        <translation>Appraisal period and its dates, e.g. TRIWULAN I · 1 January 2025 – 31 March 2025</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+123"/>
        <source>Atasan pejabat penilai</source>
        <translation>Superior of the appraising official</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Tercetak pada Dokumen Evaluasi; diambil dari SKP, mis. Ahmad Fauzi · Kepala Dinas</source>
        <translation>Printed on the Evaluation Document; taken from the SKP, e.g. Ahmad Fauzi · Kepala Dinas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status periode: Belum diisi (abu-abu) → Realisasi diisi → Diajukan (kuning) → Dinilai (biru) → Ditutup (hijau).</source>
        <translation>Period status: Not filled in (grey) → Achievement entered → Submitted (yellow) → Appraised (blue) → Closed (green).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rating hasil kerja: seberapa jauh realisasi RHK/IKI memenuhi ekspektasi, mis. &apos;Sesuai Ekspektasi&apos; bila semua target tercapai.</source>
        <translation>Work result rating: how far the achievement (realisasi) of the RHK/IKI meets expectations, e.g. &apos;Meets Expectations&apos; when all targets are reached.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rating perilaku kerja atas tujuh core value BerAKHLAK, mis. &apos;Di Atas Ekspektasi&apos; bila perilakunya menjadi teladan.</source>
        <translation>Work behaviour rating on the seven BerAKHLAK core values, e.g. &apos;Above Expectations&apos; when the behaviour sets an example.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rating hasil kerja</source>
        <translation>Work result rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating perilaku kerja</source>
        <translation>Work behaviour rating</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Dihitung otomatis dari kedua rating menurut matriks Permenpan RB 6/2022, mis. Sesuai + Sesuai = Baik.</source>
        <translation>Calculated automatically from both ratings using the Permenpan RB 6/2022 matrix, e.g. Meets + Meets = Baik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predikat menurut matriks</source>
        <translation>Predikat from the matrix</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sesuai matriks</source>
        <translation>As per the matrix</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Biasanya &apos;Sesuai matriks&apos;. Pilih predikat lain hanya dengan alasan tertulis yang disimpan, mis. Sangat Baik karena menyelesaikan tugas darurat di luar rencana.</source>
        <translation>Usually &apos;As per the matrix&apos;. Choose another predikat only with a written reason, which is kept, e.g. Sangat Baik for completing an urgent task outside the plan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Predikat ditetapkan</source>
        <translation>Final predikat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mis. Menyelesaikan kurikulum darurat di luar rencana kerja</source>
        <translation>e.g. Completed an emergency curriculum outside the work plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wajib bila predikat berbeda dari matriks, paling sedikit {n} huruf; tercatat pada riwayat dan dokumen evaluasi.</source>
        <translation>Required if the predikat differs from the matrix, at least {n} characters; recorded in the history and on the evaluation document.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alasan perubahan predikat</source>
        <translation>Reason for changing the predikat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tidak diisi</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capaian kinerja organisasi unit pada periode ini (opsional), mis. &apos;Baik&apos;; bagi pimpinan organisasi menentukan rating hasil kerjanya.</source>
        <translation>The unit&apos;s organisational performance in this period (optional), e.g. &apos;Baik&apos;; for the head of the organisation it determines their work result rating.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capaian kinerja organisasi</source>
        <translation>Organisational performance</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Catatan dan rekomendasi pejabat penilai, mis. &apos;Diusulkan mengikuti pelatihan penyusunan laporan keuangan.&apos;</source>
        <translation>Notes and recommendations of the appraising official, e.g. &apos;Proposed for training in preparing financial reports.&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catatan/rekomendasi</source>
        <translation>Notes/recommendations</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Simpan penilaian</source>
        <translation>Save appraisal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menyimpan rating dan predikat (Ctrl+S); dapat diubah lagi sampai periode ditutup.</source>
        <translation>Saves the ratings and the predikat (Ctrl+S); they can be changed again until the period is closed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+259"/>
        <source>Tutup periode</source>
        <translation>Close period</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>Mengunci penilaian periode ini sehingga tidak dapat diubah lagi.</source>
        <translation>Locks the appraisal of this period so that it can no longer be changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kembalikan ke pegawai…</source>
        <translation>Return to employee…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mengembalikan realisasi yang diajukan agar pegawai memperbaiki realisasi atau bukti dukungnya; alasan Anda ditampilkan kepadanya. Contoh: &quot;Bukti IKI 2 belum memuat daftar hadir.&quot;</source>
        <translation>Returns the submitted achievement so the employee can correct the achievement or its supporting evidence; your reason is shown to them. Example: &quot;The evidence for IKI 2 does not include the attendance list yet.&quot;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Evaluasi tidak dapat dibuka: {pesan}</source>
        <translation>The evaluation cannot be opened: {pesan}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Periode sudah ditutup; umpan balik hanya untuk dibaca.</source>
        <translation>The period is closed; the feedback is read-only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hanya pejabat penilai (atau Plt/Plh-nya) dan admin yang memberi umpan balik; Anda dapat membacanya.</source>
        <translation>Only the appraising official (or their Plt/Plh) and the admin give feedback; you can read it.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Realisasi dikembalikan pejabat penilai: “{alasan}”. Perbaiki lalu ajukan kembali.</source>
        <translation>Achievement returned by the appraising official: “{alasan}”. Correct it, then submit it again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anda hanya dapat membaca evaluasi ini: realisasi diisi pegawai pemilik SKP (atau admin), umpan balik dan penilaian oleh pejabat penilai.</source>
        <translation>You can only read this evaluation: the achievement is entered by the employee who owns the SKP (or the admin), feedback and appraisal by the appraising official.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dinilai pada {tgl}.</source>
        <translation>Appraised on {tgl}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Periode {periode} baru berakhir {selesai}; penilaian dapat diisi mulai {mulai}. Sampai saat itu tab ini hanya untuk dibaca.</source>
        <translation>Period {periode} does not end until {selesai}; the appraisal can be filled in from {mulai}. Until then this tab is read-only.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Periode sudah ditutup; penilaian tidak dapat diubah lagi.</source>
        <translation>The period is closed; the appraisal can no longer be changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hanya pejabat penilai (atau Plt/Plh-nya) dan admin yang dapat mengisi penilaian ini; Anda dapat membacanya.</source>
        <translation>Only the appraising official (or their Plt/Plh) and the admin can fill in this appraisal; you can read it.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>– (pilih kedua rating)</source>
        <translation>– (choose both ratings)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alasan hanya diperlukan bila predikat ditetapkan berbeda dari matriks.</source>
        <translation>A reason is only needed when the final predikat differs from the matrix.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Predikat {pilih} berbeda dari matriks ({matriks}): alasan wajib, paling sedikit {min} huruf (sekarang {n}).</source>
        <translation>Predikat {pilih} differs from the matrix ({matriks}): a reason is required, at least {min} characters (now {n}).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Diubah orang lain</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pesan}

Muat ulang sekarang? Isian yang belum disimpan akan hilang.</source>
        <translation>{pesan}

Reload now? Unsaved entries will be lost.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pilih rating hasil kerja dan rating perilaku.</source>
        <translation>Choose the work result rating and the work behaviour rating.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Belum disimpan: {pesan}</source>
        <translation>Not saved: {pesan}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Penilaian tersimpan: predikat {p}.</source>
        <translation>Appraisal saved: predikat {p}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tutup penilaian {periode}? Setelah ditutup rating, predikat dan umpan balik tidak dapat diubah lagi.</source>
        <translation>Close the appraisal for {periode}? Once it is closed, the ratings, predikat and feedback can no longer be changed.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kembalikan realisasi</source>
        <translation>Return achievement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan pengembalian (ditampilkan kepada {nama}):</source>
        <translation>Reason for returning it (shown to {nama}):</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../kinerja_desktop/gui/first_run_wizard.py" line="-138"/>
        <source>Membuat kunci situs dan akun admin…</source>
        <translation>Creating the site key and admin account…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Membuat data contoh: {done} dari {total}</source>
        <translation>Creating sample data: {done} of {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Membuat data contoh…</source>
        <translation>Creating sample data…</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Menyiapkan Kinerja Desktop</source>
        <translation>Setting up Kinerja Desktop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Siapkan situs</source>
        <translation>Set up site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Bantuan</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Langkah {n} dari {total}: {title}</source>
        <translation>Step {n} of {total}: {title}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;&lt;b&gt;Kantor&lt;/b&gt;: instansi yang mengelola SKP dan penilaian pegawainya sendiri (paling umum).&lt;br&gt;&lt;b&gt;Provinsi&lt;/b&gt;: BKD provinsi yang menerima paket dari kantor.&lt;br&gt;&lt;b&gt;Laptop penilai&lt;/b&gt;: laptop pejabat penilai yang membawa formulir dari kantor induk.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Office&lt;/b&gt;: an agency that manages SKP and appraisals of its own employees (the most common case).&lt;br&gt;&lt;b&gt;Province&lt;/b&gt;: the provincial BKD that receives packages from offices.&lt;br&gt;&lt;b&gt;Assessor laptop&lt;/b&gt;: an appraising official&apos;s laptop that carries forms from the parent office.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Kode situs dipakai pada nama berkas paket sinkronisasi dan harus unik di provinsi; tanyakan ke BKD provinsi bila ragu. Nama instansi tercetak di dokumen.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The site code is used in synchronisation package file names and must be unique within the province; ask the provincial BKD if unsure. The agency name is printed on documents.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Akun admin dipakai untuk masuk. Frasa sandi kunci melindungi kunci situs dan diminta setiap kali mengirim paket. Simpan keduanya di tempat aman.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The admin account is used to sign in. The key passphrase protects the site key and is asked for every time a package is sent. Keep both somewhere safe.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Data contoh cocok untuk latihan. Untuk kantor sebenarnya pilih &lt;i&gt;Nanti saja&lt;/i&gt;, lalu impor pegawai dari Excel di halaman Pegawai.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sample data is good for practice. For a real office choose &lt;i&gt;Later&lt;/i&gt;, then import employees from Excel on the Employees page.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Sidik jari kunci dicocokkan oleh operator provinsi saat menerima paket pendaftaran dari situs ini.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The province operator checks the key fingerprint when receiving the registration package from this site.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>GantiPenilaiDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skp_penilai_dialog.py" line="+46"/>
        <source>Ganti pejabat penilai kinerja</source>
        <translation>Change appraising official</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pejabat penilai SKP {nama} saat ini: &lt;b&gt;{penilai}&lt;/b&gt;. Biasanya ditentukan dari atasan langsung (atau Plt/Plh) pada tanggalnya; ganti hanya bila memang berbeda, dan tuliskan alasannya.</source>
        <translation>Current appraising official for the SKP of {nama}: &lt;b&gt;{penilai}&lt;/b&gt;. Usually determined from the direct supervisor (or Plt/Plh) on the date; change it only if it really is someone else, and write down the reason.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pegawai kantor ini</source>
        <translation>Employee of this office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pejabat dari luar kantor (mis. Sekretaris Daerah)</source>
        <translation>Official from outside the office (e.g. Sekretaris Daerah)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pejabat penilai terdaftar sebagai pegawai di kantor ini.</source>
        <translation>The appraising official is registered as an employee of this office.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untuk kepala kantor yang dinilai pejabat di instansi lain; persetujuan SKP lalu dicatat oleh admin atas nama pejabat itu.</source>
        <translation>For a head of office appraised by an official of another agency; the admin then records the SKP approval on that official&apos;s behalf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NIP 18 digit, mis. 19700101 199003 1 001</source>
        <translation>18-digit NIP, e.g. 19700101 199003 1 001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP pejabat penilai; namanya muncul di bawah bila terdaftar.</source>
        <translation>NIP of the appraising official; the name appears below if registered.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NIP pejabat penilai</source>
        <translation>Appraising official&apos;s NIP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nama dan gelar</source>
        <translation>Name and titles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mis. Drs. H. Ahmad Fauzi, M.Si.</source>
        <translation>E.g. Drs. H. Ahmad Fauzi, M.Si.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Boleh dikosongkan bila bukan ASN.</source>
        <translation>May be left empty if not a civil servant (ASN).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pangkat/gol. ruang</source>
        <translation>Rank/grade (pangkat/golongan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seperti tercetak, mis. Pembina Utama Madya, IV/d</source>
        <translation>As printed, e.g. Pembina Utama Madya, IV/d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mis. Sekretaris Daerah</source>
        <translation>E.g. Sekretaris Daerah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instansi / unit kerja</source>
        <translation>Agency / work unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mis. Sekretariat Daerah Kabupaten Tanggamus</source>
        <translation>E.g. Sekretariat Daerah Kabupaten Tanggamus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mis. Kepala dinas dinilai oleh Sekretaris Daerah (Perbup No. 12 Tahun 2026).</source>
        <translation>E.g. The head of agency is appraised by the Sekretaris Daerah (Perbup No. 12 Tahun 2026).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alasan disimpan dan terlihat di riwayat SKP.</source>
        <translation>The reason is saved and visible in the SKP history.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{n} dari 18 digit</source>
        <translation>{n} of 18 digits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NIP ini belum terdaftar di kantor ini.</source>
        <translation>This NIP is not registered in this office.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../kinerja_desktop/gui/first_run_wizard.py" line="-546"/>
        <source>Identitas situs</source>
        <translation>Site identity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kode dan nama ini tercetak pada dokumen dan dipakai dalam paket sinkronisasi.</source>
        <translation>This code and name are printed on documents and used in synchronisation packages.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>contoh: DISDIK-LS</source>
        <translation>example: DISDIK-LS</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Kode singkat situs yang unik di provinsi: 2–32 huruf besar, angka, tanda hubung atau garis bawah. Minta kode dari BKD provinsi bila sudah ditetapkan. Contoh: DISDIK-LS atau BKPSDM-LPG01.</source>
        <translation>A short site code, unique within the province: 2–32 capital letters, digits, hyphens or underscores. Ask the provincial BKD for the code if one has been assigned. Example: DISDIK-LS or BKPSDM-LPG01.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contoh: Dinas Pendidikan Kabupaten Lampung Selatan</source>
        <translation>example: Dinas Pendidikan Kabupaten Lampung Selatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama resmi instansi seperti pada kop surat. Contoh: Badan Kepegawaian dan Pengembangan SDM Kabupaten Lampung Selatan.</source>
        <translation>The agency&apos;s official name as on its letterhead. Example: Badan Kepegawaian dan Pengembangan SDM Kabupaten Lampung Selatan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>boleh kosong; contoh: Jl. Mustafa Kemal No. 1, Kalianda</source>
        <translation>optional; example: Jl. Mustafa Kemal No. 1, Kalianda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alamat kantor untuk kop dokumen (boleh dilengkapi nanti). Contoh: Jl. Mustafa Kemal No. 1, Kalianda 35551.</source>
        <translation>Office address for the document letterhead (can be completed later). Example: Jl. Mustafa Kemal No. 1, Kalianda 35551.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Kode situs *</source>
        <translation>Site &amp;code *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nama instansi *</source>
        <translation>&amp;Agency name *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Alamat</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logo kop surat dapat dipasang nanti di halaman Pengaturan.</source>
        <translation>A letterhead logo can be added later on the Settings page.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Kode kantor &amp;induk *</source>
        <translation>&amp;Parent office code *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kode situs kantor tempat laptop ini mengambil dan mengembalikan formulir penilaian; lihat di status bar aplikasi kantor. Contoh: DISDIK-LS.</source>
        <translation>Site code of the office this laptop takes appraisal forms from and returns them to; see the office application&apos;s status bar. Example: DISDIK-LS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kode situs &amp;provinsi</source>
        <translation>&amp;Province site code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>boleh kosong; contoh: BKD-LAMPUNG</source>
        <translation>optional; example: BKD-LAMPUNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kode situs BKD provinsi yang menerima paket dari kantor ini, bila sudah diketahui (boleh diisi saat pendaftaran). Contoh: BKD-LAMPUNG.</source>
        <translation>Site code of the provincial BKD that receives packages from this office, if already known (can be filled in at registration). Example: BKD-LAMPUNG.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kode situs wajib diisi (contoh: DISDIK-LS).</source>
        <translation>A site code is required (example: DISDIK-LS).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kode situs hanya boleh huruf besar, angka, &apos;-&apos; dan &apos;_&apos; (2–32 karakter), diawali huruf atau angka; contoh: DISDIK-LS.</source>
        <translation>The site code may only contain capital letters, digits, &apos;-&apos; and &apos;_&apos; (2–32 characters), starting with a letter or digit; example: DISDIK-LS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nama instansi wajib diisi (contoh: Dinas Pendidikan Kabupaten Lampung Selatan).</source>
        <translation>The agency name is required (example: Dinas Pendidikan Kabupaten Lampung Selatan).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Laptop penilai wajib menyebut kode kantor induknya.</source>
        <translation>An assessor laptop must state the code of its parent office.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kode induk hanya boleh huruf besar, angka, &apos;-&apos; dan &apos;_&apos; (contoh: BKD-LAMPUNG).</source>
        <translation>The parent code may only contain capital letters, digits, &apos;-&apos; and &apos;_&apos; (example: BKD-LAMPUNG).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kode induk tidak boleh sama dengan kode situs ini.</source>
        <translation>The parent code must not be the same as this site&apos;s code.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/import_preview_dialog.py" line="+72"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tetap (sama)</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dilewati</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bermasalah</source>
        <translation>Has problems</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+106"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Harus diperbaiki</source>
        <translation>Must be fixed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baris dilewati</source>
        <translation>Row skipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikut dilewati</source>
        <translation>Skipped too</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(seluruh baris)</source>
        <translation>(whole row)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Pratinjau impor pegawai — {name}</source>
        <translation>Employee import preview — {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berkas: &lt;b&gt;{path}&lt;/b&gt;</source>
        <translation>File: &lt;b&gt;{path}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Perbarui data yang sudah ada (NIP sama)</source>
        <translation>Update existing records (same NIP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanpa centang, baris dengan NIP yang sudah ada dianggap masalah. Dengan centang, datanya diganti dengan isi berkas (contoh: golongan naik dari III/a ke III/b).</source>
        <translation>Unchecked, rows whose NIP already exists count as problems. Checked, their data is replaced with the file&apos;s contents (example: rank (golongan) raised from III/a to III/b).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lewati baris yang bermasalah</source>
        <translation>Skip rows with problems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baris bermasalah tidak diimpor; baris lain tetap diimpor. Baris yang atasannya ada di baris yang dilewati ikut dilewati dan tercantum di daftar masalah.</source>
        <translation>Rows with problems are not imported; the other rows still are. Rows whose supervisor is in a skipped row are skipped too and listed among the problems.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Baca ulang berkas</source>
        <translation>Re-read file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membaca berkas sekali lagi setelah Anda memperbaikinya di Excel dan menyimpannya.</source>
        <translation>Reads the file again after you have fixed and saved it in Excel.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&lt;b&gt;Baris di lembar Pegawai&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rows in the Pegawai sheet&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Masalah&lt;/b&gt; (per baris dan kolom)</source>
        <translation>&lt;b&gt;Problems&lt;/b&gt; (by row and column)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Membaca dan memeriksa berkas… Berkas besar dapat memerlukan beberapa menit.</source>
        <translation>Reading and checking the file… Large files may take a few minutes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Membaca berkas Excel</source>
        <translation>Reading Excel file</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Berkas tidak dapat diimpor. Tidak ada yang diubah.</source>
        <translation>The file cannot be imported. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Perbaiki berkas di Excel, simpan, lalu tekan &quot;Baca ulang berkas&quot;.</source>
        <translation>Fix the file in Excel, save it, then press &quot;Re-read file&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kesalahan tak terduga saat membaca berkas.</source>
        <translation>Unexpected error while reading the file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Memeriksa ulang tanpa baris yang bermasalah…</source>
        <translation>Checking again without the rows with problems…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Memeriksa ulang</source>
        <translation>Checking again</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{n} baris pegawai</source>
        <translation>{n} employee rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} baru</source>
        <translation>{n} new</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} diperbarui</source>
        <translation>{n} updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} tetap (sama)</source>
        <translation>{n} unchanged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} dilewati</source>
        <translation>{n} skipped</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} bermasalah</source>
        <translation>{n} with problems</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>Unit kerja: {baru} baru, {ubah} diperbarui.</source>
        <translation>Work units: {baru} new, {ubah} updated.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>&lt;b&gt;Masalah&lt;/b&gt; (per baris dan kolom): {e} kesalahan, {w} peringatan</source>
        <translation>&lt;b&gt;Problems&lt;/b&gt; (by row and column): {e} errors, {w} warnings</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} baris lain ikut dilewati karena merujuk baris yang dilewati (lihat status &quot;Ikut dilewati&quot; di daftar masalah).</source>
        <translation>{n} other rows were skipped too because they refer to a skipped row (see status &quot;Skipped too&quot; in the problem list).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Masih ada {n} masalah yang tidak dapat dilewati (misalnya di lembar Unit Kerja). Perbaiki berkasnya lalu Baca ulang.</source>
        <translation>There are still {n} problems that cannot be skipped (e.g. in the Unit Kerja sheet). Fix the file, then Re-read.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Perbaiki masalah di lembar Unit Kerja lalu Baca ulang berkas.</source>
        <translation>Fix the problems in the Unit Kerja sheet, then Re-read file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impor belum dapat dijalankan: perbaiki {n} masalah di berkas lalu Baca ulang, atau centang &quot;Lewati baris yang bermasalah&quot;.</source>
        <translation>The import cannot run yet: fix {n} problems in the file and Re-read, or check &quot;Skip rows with problems&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Siap diimpor. Semua baris disimpan sekaligus; bila gagal, tidak ada yang berubah.</source>
        <translation>Ready to import. All rows are saved at once; if that fails, nothing changes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tidak ada data baru atau perubahan untuk diimpor.</source>
        <translation>There is no new or changed data to import.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Menyimpan {done} dari {total} baris…</source>
        <translation>Saving {done} of {total} rows…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mengimpor pegawai</source>
        <translation>Importing employees</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Impor {name} selesai: {baru} pegawai baru, {ubah} diperbarui</source>
        <translation>Import of {name} finished: {baru} new employees, {ubah} updated</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, {n} tetap</source>
        <translation>, {n} unchanged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, {n} baris dilewati</source>
        <translation>, {n} rows skipped</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Impor dibatalkan: data di aplikasi berubah sejak pratinjau. Tidak ada yang diubah. Periksa masalah di daftar, lalu Baca ulang.</source>
        <translation>Import cancelled: data in the application changed since the preview. Nothing was changed. Check the problems in the list, then Re-read.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Impor dibatalkan; tidak ada data yang diubah.</source>
        <translation>Import cancelled; no data was changed.</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <location filename="../../kinerja_desktop/gui/pegawai_page.py" line="+191"/>
        <source>Tutup pesan ini</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>IntervensiDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skp_intervensi_dialog.py" line="-197"/>
        <source>Pilih RHK pimpinan yang diintervensi</source>
        <translation>Choose the superior&apos;s RHK that this supports</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RHK &lt;b&gt;{rhk}&lt;/b&gt; mendukung rencana hasil kerja pimpinan mana? Pilih dari SKP pejabat penilai ({penilai}); kepala unit juga dapat memilih sasaran unitnya.</source>
        <translation>Which of the superior&apos;s work result plans does RHK &lt;b&gt;{rhk}&lt;/b&gt; support? Choose from the SKP of the appraising official ({penilai}); a unit head can also choose an objective of their unit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(belum diberi uraian)</source>
        <translation>(no description yet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>belum ditentukan</source>
        <translation>not determined</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Cari: ketik kata dari uraian, indikator atau nama, mis. laporan keuangan</source>
        <translation>Search: type words from the description, indicator or name, e.g. financial report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menyaring daftar; semua kata harus ada, urutan bebas. Mis. &apos;laporan keuangan&apos;.</source>
        <translation>Filters the list; all words must appear, in any order. E.g. &apos;financial report&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sasaran unit {unit}</source>
        <translation>Objectives of unit {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RHK {nama}</source>
        <translation>RHK of {nama}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indikator: {ind}</source>
        <translation>Indicator: {ind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(belum ada indikator)</source>
        <translation>(no indicator yet)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Klik dua kali untuk memilih.</source>
        <translation>Double-click to choose.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Belum ada yang dapat dipilih: pejabat penilai ({penilai}) belum memiliki SKP tahun ini. Minta pejabat penilai menyusun SKP-nya dulu, lalu buka lagi daftar ini.</source>
        <translation>Nothing to choose yet: the appraising official ({penilai}) has no SKP for this year. Ask the appraising official to prepare their SKP first, then open this list again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pilih dari daftar</source>
        <translation>Choose from the list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pimpinan di luar kantor ini — tulis RHK pimpinan yang diintervensi</source>
        <translation>Superior outside this office — type the superior&apos;s RHK that this supports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bila pejabat penilai berada di instansi lain (mis. Sekretaris Daerah), tulis RHK-nya seperti pada SKP beliau, mis. &apos;Meningkatnya kualitas pelayanan pendidikan&apos;.</source>
        <translation>If the appraising official is in another agency (e.g. the Sekretaris Daerah), type their RHK as written in their SKP, e.g. &apos;Improved quality of education services&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mis. Meningkatnya kualitas pelayanan pendidikan dasar</source>
        <translation>e.g. Improved quality of primary education services</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pilih</source>
        <translation>Select</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kosongkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menghapus pilihan RHK pimpinan dari RHK ini.</source>
        <translation>Removes the chosen superior&apos;s RHK from this RHK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>JobHandle</name>
    <message>
        <location filename="../../kinerja_desktop/gui/jobs.py" line="+336"/>
        <source>{done} dari {total}</source>
        <translation>{done} of {total}</translation>
    </message>
</context>
<context>
    <name>KelengkapanPanel</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skp_editor_tabs.py" line="+405"/>
        <source>&lt;b&gt;Kelengkapan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Completeness&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daftar yang masih kurang sebelum SKP dapat diajukan, mis. &apos;RHK utama 1: belum ada indikator kinerja individu (IKI)&apos;. Klik untuk menuju barisnya.</source>
        <translation>What is still missing before the SKP can be submitted, e.g. &apos;Main RHK 1: no individual performance indicator (IKI) yet&apos;. Click to go to its row.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yang masih kurang sebelum SKP dapat diajukan; klik untuk menuju barisnya.</source>
        <translation>What is still missing before the SKP can be submitted; click to go to its row.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>✔ Lengkap, siap diajukan</source>
        <translation>✔ Complete, ready to submit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✔ Lengkap</source>
        <translation>✔ Complete</translation>
    </message>
</context>
<context>
    <name>KepalaUnitDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/sasaran_unit_widget.py" line="+107"/>
        <source>Kepala unit {unit}</source>
        <translation>Head of unit {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kepala unit mengintervensi sasaran unit dengan RHK-nya; bawahannya mengintervensi RHK kepala unit. Hanya pegawai aktif yang ditempatkan di unit ini yang dapat dipilih.</source>
        <translation>The unit head supports the unit objectives with their RHK; their subordinates support the unit head&apos;s RHK. Only active employees placed in this unit can be chosen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pilih pejabat yang memimpin unit ini, contoh: Kepala Bagian Umum. &quot;Otomatis&quot; memakai satu-satunya pegawai unit yang atasannya di luar unit.</source>
        <translation>Choose the official who leads this unit, example: Kepala Bagian Umum. &quot;Automatic&quot; uses the only employee of the unit whose supervisor is outside the unit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(otomatis dari susunan atasan)</source>
        <translation>(automatic, from the supervisor structure)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Kepala unit:</source>
        <translation>Unit &amp;head:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>KompetensiDelegate</name>
    <message>
        <location filename="../../kinerja_desktop/gui/kompetensi_tab.py" line="+84"/>
        <source>Jenis kompetensi: Teknis, Manajerial atau Sosial Kultural.</source>
        <translation>Competency type: Teknis (technical), Manajerial (managerial) or Sosial Kultural (socio-cultural).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level 1 (terendah) sampai 5 (tertinggi).</source>
        <translation>Level 1 (lowest) to 5 (highest).</translation>
    </message>
</context>
<context>
    <name>KompetensiTab</name>
    <message>
        <location line="+25"/>
        <source>Belum dinilai</source>
        <translation>Not appraised</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} kesenjangan</source>
        <translation>{n} gaps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sesuai standar</source>
        <translation>Meets the standard</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nama pegawai (dengan gelar)</source>
        <translation>Employee name (with titles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NIP 18 digit</source>
        <translation>18-digit NIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belum dinilai (abu-abu), ada kesenjangan (kuning), atau sesuai standar (hijau) pada tahun kerja.</source>
        <translation>Not appraised (grey), has gaps (yellow), or meets the standard (green) in the working year.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cari nama atau NIP…</source>
        <translation>Search name or NIP…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ketik sebagian nama atau NIP untuk menyaring daftar (contoh: Siti atau 19900101). Ctrl+F menuju kotak ini.</source>
        <translation>Type part of a name or NIP to filter the list (example: Siti or 19900101). Ctrl+F jumps to this box.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pilih pegawai untuk membuka evaluasi kompetensinya.</source>
        <translation>Select an employee to open their competency evaluation.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tambah baris</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menambah satu kompetensi, misalnya kompetensi teknis jabatan (Ctrl+N).</source>
        <translation>Adds one competency, for example a technical competency of the position (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hapus baris</source>
        <translation>Delete rows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menghapus kompetensi yang dipilih dari daftar (dapat diurungkan dengan Ctrl+Z).</source>
        <translation>Deletes the selected competencies from the list (can be undone with Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+263"/>
        <source>Isi daftar bawaan</source>
        <translation>Fill in default list</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Mengganti daftar dengan 8 kompetensi manajerial dan 1 sosial kultural (PermenPANRB 38/2017), standar 3; lalu tambahkan kompetensi teknis.</source>
        <translation>Replaces the list with 8 managerial competencies and 1 socio-cultural competency (PermenPANRB 38/2017), standard 3; then add the technical competencies.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membatalkan perubahan terakhir (Ctrl+Z)</source>
        <translation>Undoes the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mengulangi perubahan yang dibatalkan (Ctrl+Y)</source>
        <translation>Redoes the undone change (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menyimpan seluruh daftar kompetensi pegawai ini sekaligus (Ctrl+S).</source>
        <translation>Saves this employee&apos;s whole competency list at once (Ctrl+S).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apakah ada perubahan yang belum disimpan.</source>
        <translation>Whether there are unsaved changes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tabel evaluasi kompetensi</source>
        <translation>Competency evaluation table</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Catatan umum (tidak wajib)</source>
        <translation>General notes (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catatan penilai atas evaluasi kompetensi ini (contoh: disarankan mengikuti pelatihan komunikasi publik tahun depan).</source>
        <translation>The appraiser&apos;s notes on this competency evaluation (example: recommended to attend public communication training next year).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;atatan:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Membaca daftar pegawai</source>
        <translation>Reading the employee list</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tidak ada pegawai pada pilihan unit ini yang evaluasi kompetensinya dapat Anda buka. Pilih unit lain di atas, atau tambahkan pegawai di halaman Pegawai.</source>
        <translation>There are no employees in this unit selection whose competency evaluation you can open. Choose another unit above, or add employees on the Employees page.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perubahan evaluasi kompetensi {nama} belum disimpan dan akan hilang. Buang perubahan?</source>
        <translation>The changes to the competency evaluation of {nama} have not been saved and will be lost. Discard the changes?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pilih pegawai di daftar kiri untuk membuka evaluasi kompetensinya tahun {tahun} (formulir B.1.9, skala 1–5).</source>
        <translation>Select an employee in the list on the left to open their {tahun} competency evaluation (form B.1.9, scale 1–5).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evaluasi kompetensi {nama} — tahun {tahun}</source>
        <translation>Competency evaluation of {nama} — {tahun}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belum dinilai. </source>
        <translation>Not appraised yet. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mulai dari daftar bawaan (tombol &quot;Isi daftar bawaan&quot;) atau tambah baris, lalu isi nilai 1–5 dan simpan dengan Ctrl+S.</source>
        <translation>Start from the default list (the &quot;Fill in default list&quot; button) or add rows, then enter scores 1–5 and save with Ctrl+S.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dinilai oleh {penilai} pada {tanggal}.</source>
        <translation>Appraised by {penilai} on {tanggal}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hanya dapat dilihat: yang mengisi adalah pejabat penilai kinerja pegawai ini dan admin.</source>
        <translation>View only: it is filled in by this employee&apos;s appraising official and the admin.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>● Belum disimpan</source>
        <translation>● Not saved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tersimpan</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Muat ulang (buang perubahan)</source>
        <translation>Reload (discard changes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evaluasi kompetensi {nama} disimpan ({n} kompetensi, {g} kesenjangan).</source>
        <translation>Competency evaluation of {nama} saved ({n} competencies, {g} gaps).</translation>
    </message>
</context>
<context>
    <name>KonfirmasiDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/sync_dialogs.py" line="+214"/>
        <source>Ketik kode situs {kode} persis seperti tertulis, untuk memastikan situs yang dipilih memang yang dimaksud.</source>
        <translation>Type the site code {kode} exactly as written, to make sure the selected site is the one you mean.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ketik kode situs &lt;b&gt;{kode}&lt;/b&gt; untuk melanjutkan:</source>
        <translation>Type the site code &lt;b&gt;{kode}&lt;/b&gt; to continue:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Menjalankan tindakan ini.</source>
        <translation>Carries out this action.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak mengubah apa pun.</source>
        <translation>Changes nothing.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kode yang diketik (&quot;{teks}&quot;) tidak sama dengan kode situs {kode}. Tidak ada yang diubah.</source>
        <translation>The typed code (&quot;{teks}&quot;) is not the site code {kode}. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ketik kode situs {kode} dulu. Tidak ada yang diubah.</source>
        <translation>Type the site code {kode} first. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>KunciDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/kunci_dialog.py" line="+64"/>
        <source>Kunci situs</source>
        <translation>Site key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dokumen resmi diberi kode verifikasi yang ditandatangani dengan kunci situs. Masukkan frasa sandi kunci situs (dibuat saat penyiapan aplikasi).</source>
        <translation>Official documents get a verification code signed with the site key. Enter the site key passphrase (created when the application was set up).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frasa sandi diminta sekali saja selama aplikasi terbuka. Draf SKP dicetak tanpa kode verifikasi dan tidak memerlukannya.</source>
        <translation>The passphrase is asked for only once while the application is open. SKP drafts are printed without a verification code and do not need it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Frasa sandi kunci situs, bukan kata sandi akun Anda. Ditanyakan pada wizard pertama kali; tanyakan kepada admin situs bila lupa.</source>
        <translation>The site key passphrase, not your account password. It was asked for in the first-run wizard; ask the site admin if you have forgotten it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Frasa sandi:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memeriksa frasa sandi lalu melanjutkan pencetakan.</source>
        <translation>Checks the passphrase, then continues printing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak mencetak apa pun.</source>
        <translation>Prints nothing.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Frasa sandi belum diisi.</source>
        <translation>The passphrase has not been entered.</translation>
    </message>
</context>
<context>
    <name>KunciTab</name>
    <message>
        <location filename="../../kinerja_desktop/gui/sync_kunci_tab.py" line="+71"/>
        <source>Sidik jari kunci situs ini. Bacakan lewat telepon kepada operator situs induk atau anak saat mereka menerima kartu kunci situs ini.</source>
        <translation>This site&apos;s key fingerprint. Read it out by phone to the operator of the parent or child site when they accept this site&apos;s key card.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tulis kartu kunci…</source>
        <translation>Write key card…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menulis kartu kunci situs ini (.kinerja-kunci) ke folder atau flashdisk untuk dikirim ke situs induk atau anak.</source>
        <translation>Writes this site&apos;s key card (.kinerja-kunci) to a folder or flash drive, to be sent to the parent or child site.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terima kartu kunci…</source>
        <translation>Accept key card…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Membuka kartu kunci situs lain, menampilkan siapa pengirimnya, dan menyimpannya hanya bila sidik jari yang Anda dengar lewat telepon sama.</source>
        <translation>Opens another site&apos;s key card, shows who sent it, and stores it only if the fingerprint you heard by phone matches.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ganti kunci situs ini…</source>
        <translation>Replace this site&apos;s keys…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Membuat pasangan kunci baru untuk situs ini (misalnya bila kunci lama mungkin bocor) dan mencabut yang lama. Sesudahnya situs induk dan anak harus menerima kartu kunci baru situs ini.</source>
        <translation>Creates a new key pair for this site (for example when the old key may have leaked) and revokes the old one. Afterwards the parent and child sites must accept this site&apos;s new key card.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bertukar kartu kunci cukup sekali per pasangan situs: masing-masing menulis kartunya dan mengirimkannya, lalu menerima kartu pasangannya sambil mencocokkan sidik jari yang dibacakan lewat telepon.</source>
        <translation>Key cards are exchanged once per pair of sites: each writes its card and sends it, then accepts the other&apos;s card while checking the fingerprint read out by phone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sidik jari situs ini</source>
        <translation>This site&apos;s fingerprint</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Situs ini dan situs yang kartunya sudah diterima, dengan sidik jarinya.</source>
        <translation>This site and the sites whose cards were accepted, with their fingerprints.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cabut kunci…</source>
        <translation>Revoke keys…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mencabut kunci situs yang dipilih di tabel (misalnya laptop yang hilang): paket dari situs itu ditolak mulai sekarang, dan situs anak situs ini diberi tahu lewat paket berikutnya. Kode situsnya diketik untuk memastikan.</source>
        <translation>Revokes the keys of the site selected in the table (for example a lost laptop): its packages are refused from now on, and this site&apos;s children are told with the next package. The site code is typed to confirm.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(situs belum disiapkan)</source>
        <translation>(site not set up yet)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pilih situs lain di tabel untuk mencabut kuncinya.</source>
        <translation>Select another site in the table to revoke its keys.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+108"/>
        <source>Kunci situs {kode} sudah dicabut.</source>
        <translation>The keys of site {kode} are already revoked.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Mencabut kunci situs {kode}: paket dari situs itu ditolak mulai sekarang, dan situs anak situs ini diberi tahu lewat paket berikutnya. Kode situsnya diketik untuk memastikan.</source>
        <translation>Revokes the keys of site {kode}: its packages are refused from now on, and this site&apos;s children are told with the next package. The site code is typed to confirm.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Folder atau flashdisk untuk kartu kunci</source>
        <translation>Folder or flash drive for the key card</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kartu kunci ditulis ke {path}. Bacakan sidik jarinya kepada penerima lewat telepon.</source>
        <translation>Key card written to {path}. Read its fingerprint out to the recipient by phone.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Menulis kartu kunci</source>
        <translation>Writing key card</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ganti kunci situs ini</source>
        <translation>Replace this site&apos;s keys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situs ini mendapat pasangan kunci baru, dan kunci lamanya dicabut. Paket yang sudah dalam perjalanan ke situs ini tetap dapat dibuka.&lt;br&gt;&lt;br&gt;&lt;b&gt;Sesudahnya setiap situs induk dan anak harus menerima kartu kunci baru situs ini&lt;/b&gt; (dengan pilihan Ganti kunci situs itu, sambil mencocokkan sidik jari baru lewat telepon). Sampai itu dilakukan, paket dari situs ini ditolak di sana.</source>
        <translation>This site gets a new key pair and its old keys are revoked. Packages already on their way to this site can still be opened.&lt;br&gt;&lt;br&gt;&lt;b&gt;Afterwards every parent and child site must accept this site&apos;s new key card&lt;/b&gt; (with the option Replace that site&apos;s keys, checking the new fingerprint by phone). Until then, packages from this site are refused there.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ganti kunci</source>
        <translation>Replace keys</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kunci situs {kode} diganti. Tulis kartu kunci baru dan kirim ke situs induk dan anak; mereka harus menerimanya sebelum paket berikutnya dari situs ini dapat diperiksa.</source>
        <translation>The keys of site {kode} were replaced. Write the new key card and send it to the parent and child sites; they must accept it before the next package from this site can be verified.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Membuat kunci baru situs ini</source>
        <translation>Creating this site&apos;s new keys</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pilih situs lain di tabel kunci dulu; kunci situs ini sendiri diganti dengan Ganti kunci situs ini, bukan dicabut.</source>
        <translation>Select another site in the key table first; this site&apos;s own keys are replaced with Replace this site&apos;s keys, not revoked.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cabut kunci situs {kode}</source>
        <translation>Revoke the keys of site {kode}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kunci situs &lt;b&gt;{kode}&lt;/b&gt; ({nama}) dicabut: &lt;b&gt;setiap paket dari situs itu ditolak mulai sekarang&lt;/b&gt; (disalin ke karantina), dan situs anak situs ini diberi tahu lewat paket berikutnya. Perubahan dari {kode} yang belum diimpor tidak akan masuk.&lt;br&gt;&lt;br&gt;Untuk memakai situs itu lagi, ia harus mengganti kuncinya dan kartunya diterima lagi di sini.</source>
        <translation>The keys of site &lt;b&gt;{kode}&lt;/b&gt; ({nama}) are revoked: &lt;b&gt;every package from that site is refused from now on&lt;/b&gt; (copied to quarantine), and this site&apos;s children are told with the next package. Changes from {kode} not yet imported will not come in.&lt;br&gt;&lt;br&gt;To use that site again, it must replace its keys and its card must be accepted here again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cabut kunci</source>
        <translation>Revoke keys</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kunci situs {kode} dicabut ({n} kunci). Paket dari situs itu ditolak mulai sekarang.</source>
        <translation>The keys of site {kode} were revoked ({n} keys). Packages from that site are refused from now on.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pilih kartu kunci situs lain</source>
        <translation>Choose another site&apos;s key card</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kartu kunci Kinerja (*{suffix})</source>
        <translation>Kinerja key card (*{suffix})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kunci baru situs {kode} ({nama}) diterima; kunci lamanya dicabut. Paket bertanda tangan kunci baru kini dapat diperiksa.</source>
        <translation>The new keys of site {kode} ({nama}) were accepted; its old keys are revoked. Packages signed with the new keys can now be verified.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kunci situs {kode} ({nama}) diterima. Paket dari dan ke situs itu kini dapat diperiksa dan dikirim.</source>
        <translation>Key of site {kode} ({nama}) accepted. Packages from and to that site can now be checked and sent.</translation>
    </message>
</context>
<context>
    <name>KurvaChart</name>
    <message>
        <location filename="../../kinerja_desktop/gui/kurva_chart.py" line="+62"/>
        <source>Batang: jumlah pegawai per predikat (termasuk yang belum disimpan). Garis putus-putus: pola kurva distribusi untuk capaian kinerja organisasi yang dipilih. Contoh: organisasi Baik → predikat terbanyak Baik, paling banyak 70%.</source>
        <translation>Bars: number of employees per predikat (including unsaved ones). Dashed line: the distribution curve pattern for the selected organisational performance. Example: organisation Baik → Baik is the most common predikat, at most 70%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grafik distribusi predikat</source>
        <translation>Predikat distribution chart</translation>
    </message>
</context>
<context>
    <name>LampiranList</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skp_editor_tabs.py" line="-220"/>
        <source>{title}, mis. &apos;{contoh}&apos;.</source>
        <translation>{title}, e.g. &apos;{contoh}&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satu butir per baris; klik dua kali untuk mengubah, mis. &apos;{contoh}&apos;.</source>
        <translation>One item per line; double-click to edit, e.g. &apos;{contoh}&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menambah butir baru, mis. &apos;{contoh}&apos;.</source>
        <translation>Adds a new item, e.g. &apos;{contoh}&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menghapus butir yang dipilih (Ctrl+Z membatalkan).</source>
        <translation>Deletes the selected item (Ctrl+Z undoes it).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naik</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memindahkan butir yang dipilih ke atas.</source>
        <translation>Moves the selected item up.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turun</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memindahkan butir yang dipilih ke bawah.</source>
        <translation>Moves the selected item down.</translation>
    </message>
</context>
<context>
    <name>LampiranTab</name>
    <message>
        <location line="+100"/>
        <source>Dukungan sumber daya</source>
        <translation>Resource support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aplikasi SAKTI dan satu unit komputer</source>
        <translation>The SAKTI application and one computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skema pertanggungjawaban</source>
        <translation>Accountability scheme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laporan triwulan kepada Sekretaris</source>
        <translation>Quarterly report to the Secretary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Konsekuensi</source>
        <translation>Consequences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laporan terlambat menunda pencairan anggaran</source>
        <translation>Late reports delay budget disbursement</translation>
    </message>
</context>
<context>
    <name>LaptopTab</name>
    <message>
        <location filename="../../kinerja_desktop/gui/sync_laptop_tab.py" line="+230"/>
        <source>Penilai yang pekerjaan penilaiannya dibawa laptop penilai, per tahun. Pilih baris untuk mengakhiri tugas atau mengirim paket ke laptopnya.</source>
        <translation>Assessors whose assessment work an assessor laptop carries, per year. Select a row to end the assignment or send a package to its laptop.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ditentukan oleh admin kantor induk; ikut paket dari kantor. Hanya dapat diubah di kantor induk.</source>
        <translation>Set by the admin of the parent office; comes with the office&apos;s packages. Can only be changed at the parent office.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Penugasan laptop ini menurut paket terakhir dari kantor induk (hanya dibaca).</source>
        <translation>This laptop&apos;s assignments according to the last package from the parent office (read-only).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+59"/>
        <source>Tugaskan…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+158"/>
        <source>Menugaskan seorang pejabat penilai dan tahunnya ke laptop penilai yang sudah terdaftar; paket berikutnya ke laptop itu membawa pekerjaannya.</source>
        <translation>Assigns an appraising official and a year to an enrolled assessor laptop; the next package to that laptop carries the work.</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+213"/>
        <source>Akhiri tugas</source>
        <translation>End assignment</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Mengakhiri penugasan yang dipilih: paket ke laptop itu tidak lagi membawa pekerjaan penilai itu, dan perubahannya dari laptop tidak diterima lagi.</source>
        <translation>Ends the selected assignment: packages to that laptop no longer carry that assessor&apos;s work, and its changes from the laptop are no longer accepted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kirim paket ke laptop…</source>
        <translation>Send package to laptop…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Membuka tab Kirim dengan laptop dari baris yang dipilih sebagai tujuan, lalu menanyakan folder atau flashdisk tujuan paket.</source>
        <translation>Opens the Send tab with the laptop of the selected row as recipient, then asks for the folder or flash drive for the package.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Membuka tab Kirim dengan laptop itu sebagai tujuan, lalu menanyakan folder atau flashdisk tujuan paket.</source>
        <translation>Opens the Send tab with that laptop as recipient, then asks for the folder or flash drive for the package.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Terima kartu kunci laptop…</source>
        <translation>Accept laptop key card…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Membuka kartu kunci (.kinerja-kunci) laptop penilai dan memeriksanya dengan sidik jari yang dibacakan operatornya.</source>
        <translation>Opens the key card (.kinerja-kunci) of an assessor laptop and checks it against the fingerprint its operator reads out.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&lt;b&gt;{nama}&lt;/b&gt; (tahun {tahun})</source>
        <translation>&lt;b&gt;{nama}&lt;/b&gt; (year {tahun})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Laptop ini ({kode}) memegang pekerjaan penilaian {siapa}: SKP pegawai yang dinilainya dan evaluasinya. Isi penilaian di sini, lalu kirim paket ke kantor induk.</source>
        <translation>This laptop ({kode}) holds the assessment work of {siapa}: the SKPs of the employees they assess and their evaluations. Fill in the assessments here, then send a package to the parent office.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Laptop ini ({kode}) belum memegang pekerjaan penilaian siapa pun.&lt;/b&gt; Admin kantor induk menugaskan seorang penilai ke laptop ini lalu mengirim paket; impor paket itu di tab Terima.</source>
        <translation>&lt;b&gt;This laptop ({kode}) does not hold anyone&apos;s assessment work yet.&lt;/b&gt; The admin of the parent office assigns an assessor to this laptop and then sends a package; import that package in the Receive tab.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Laptop penilai yang sudah terdaftar: &lt;b&gt;{daftar}&lt;/b&gt;. Tekan &lt;b&gt;Tugaskan…&lt;/b&gt;, pilih laptop, penilai, dan tahunnya, lalu kirim paket ke laptop itu.</source>
        <translation>Enrolled assessor laptops: &lt;b&gt;{daftar}&lt;/b&gt;. Press &lt;b&gt;Assign…&lt;/b&gt;, choose the laptop, the assessor and the year, then send a package to that laptop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Belum ada laptop penilai yang terdaftar. Siapkan aplikasi di laptop itu dengan peran Laptop penilai dan situs ini sebagai induknya, lalu bertukar kartu kunci: &lt;b&gt;kartu kunci laptop itu harus diterima di sini dulu&lt;/b&gt; (tab Kunci), sambil mencocokkan sidik jarinya lewat telepon.</source>
        <translation>No assessor laptop is enrolled yet. Set up the application on that laptop with the role Assessor laptop and this site as its parent, then exchange key cards: &lt;b&gt;the laptop&apos;s key card must be accepted here first&lt;/b&gt; (Keys tab), checking its fingerprint by phone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Belum ada laptop penilai yang ditugaskan.&lt;/b&gt;&lt;br&gt;Laptop penilai adalah laptop seorang pejabat penilai yang dibawa keluar kantor: kantor mengirim paket berisi SKP pegawai yang dinilainya, penilai mengisi penilaian tanpa jaringan, lalu paket dari laptop membawa hasilnya kembali ke sini.&lt;br&gt;&lt;br&gt;{langkah}</source>
        <translation>&lt;b&gt;No assessor laptop has been assigned yet.&lt;/b&gt;&lt;br&gt;An assessor laptop is the laptop of an appraising official taken out of the office: the office sends a package with the SKPs of the employees they assess, the assessor fills in the assessments without a network, and the laptop&apos;s package brings the results back here.&lt;br&gt;&lt;br&gt;{langkah}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Belum ada laptop penilai yang terdaftar: terima dulu kartu kunci laptop itu di tab Kunci.</source>
        <translation>No assessor laptop is enrolled yet: first accept that laptop&apos;s key card in the Keys tab.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Belum ada laptop penilai yang terdaftar. Terima dulu kartu kunci laptop itu di tab Kunci.</source>
        <translation>No assessor laptop is enrolled yet. First accept that laptop&apos;s key card in the Keys tab.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Penilaian {nama} tahun {tahun} ditugaskan ke laptop {laptop}.&lt;/b&gt; Langkah berikutnya: kirim paket ke laptop itu (flashdisk), lalu impor paket itu di laptop. Sebelum paket itu diimpor, laptop belum memegang pekerjaannya.</source>
        <translation>&lt;b&gt;The assessment work of {nama} for {tahun} is assigned to laptop {laptop}.&lt;/b&gt; Next step: send a package to that laptop (flash drive), then import it on the laptop. Until that package is imported, the laptop does not hold the work.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kirim paket ke {laptop}…</source>
        <translation>Send package to {laptop}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Penilaian {nama} tahun {tahun} ditugaskan ke laptop {laptop}. Kirim paket ke laptop itu agar pekerjaannya terbawa.</source>
        <translation>The assessment work of {nama} for {tahun} is assigned to laptop {laptop}. Send a package to that laptop so that the work goes with it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pilih penugasan yang masih aktif di tabel dulu.</source>
        <translation>Select an assignment that is still active in the table first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Akhiri tugas laptop {laptop}</source>
        <translation>End the assignment of laptop {laptop}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Penugasan &lt;b&gt;{nama}&lt;/b&gt; tahun {tahun} ke laptop &lt;b&gt;{laptop}&lt;/b&gt; diakhiri. Paket berikutnya ke laptop itu tidak lagi membawa pekerjaannya, dan &lt;b&gt;perubahan penilaian dari laptop itu atas SKP tersebut ditolak mulai sekarang&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Impor dulu paket terakhir dari laptop itu bila masih ada penilaian yang belum masuk. Data yang sudah diterima di sini tidak hilang; penugasan dapat dibuat lagi.</source>
        <translation>The assignment of &lt;b&gt;{nama}&lt;/b&gt; for {tahun} to laptop &lt;b&gt;{laptop}&lt;/b&gt; ends. The next package to that laptop no longer carries the work, and &lt;b&gt;assessment changes from that laptop to those SKPs are refused from now on&lt;/b&gt;.&lt;br&gt;&lt;br&gt;First import the last package from that laptop if assessments are still missing. Data already received here is not lost; the assignment can be made again.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tugas laptop {laptop} untuk penilaian {nama} tahun {tahun} diakhiri.</source>
        <translation>The assignment of laptop {laptop} for the assessment work of {nama} for {tahun} has ended.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/login_dialog.py" line="+46"/>
        <source>Masuk — Kinerja Desktop</source>
        <translation>Sign in — Kinerja Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kinerja Desktop</source>
        <translation>Kinerja Desktop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}
Kode situs {code} · Peran: {role}</source>
        <translation>{name}
Site code {code} · Role: {role}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Situs belum disiapkan.</source>
        <translation>The site has not been set up yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kantor dan peran situs dari basis data yang sedang dibuka. Jika ini bukan kantor Anda, tutup aplikasi dan buka basis data yang benar.</source>
        <translation>Office and site role of the database that is open. If this is not your office, close the application and open the right database.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>contoh: admin</source>
        <translation>example: admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama pengguna yang dibuat oleh admin kantor, contoh: admin atau budi.santoso. Huruf besar dan kecil tidak dibedakan.</source>
        <translation>The user name created by the office admin, e.g. admin or budi.santoso. Upper and lower case are not distinguished.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kata sandi akun Anda (minimal 8 karakter). Huruf besar dan kecil dibedakan. Setelah 5 kali salah, akun dikunci 15 menit.</source>
        <translation>Your account password (at least 8 characters). Upper and lower case are distinct. After 5 failed attempts the account is locked for 15 minutes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caps Lock tampaknya menyala: kata sandi diketik dengan huruf besar semua.</source>
        <translation>Caps Lock seems to be on: the password is being typed in capitals.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Isi nama pengguna.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Isi kata sandi.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Akun &apos;{user}&apos; dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi dalam {minutes} menit, atau minta admin membukanya.</source>
        <translation>Account &apos;{user}&apos; is temporarily locked after too many failed attempts. Try again in {minutes} minutes, or ask the admin to unlock it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nama pengguna atau kata sandi salah. Periksa juga Caps Lock.</source>
        <translation>Wrong user name or password. Check Caps Lock as well.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kinerja_desktop/gui/main_window.py" line="+152"/>
        <source>Kinerja Desktop — {name}</source>
        <translation>Kinerja Desktop — {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinerja Desktop</source>
        <translation>Kinerja Desktop</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+167"/>
        <source>Belum tersedia pada versi ini</source>
        <translation>Not available in this version yet</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ringkasan situs dan langkah berikutnya</source>
        <translation>Site summary and next steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daftar pegawai, atasan, impor dan ekspor Excel</source>
        <translation>Employee list, supervisors, Excel import and export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit Kerja</source>
        <translation>Work Units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Susunan unit kerja dan jumlah pegawainya</source>
        <translation>Work unit structure and staff counts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sasaran Kinerja Pegawai: daftar, penyusunan, persetujuan dan matriks peran hasil</source>
        <translation>Employee Performance Targets (SKP): list, preparation, approval and the role and result matrix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Penilaian</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating pegawai per periode dari papan ketik (1/2/3, Enter) dengan kurva distribusi predikat</source>
        <translation>Rate employees per period from the keyboard (1/2/3, Enter) with the predikat distribution curve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tindak Lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluasi kompetensi, kebutuhan pelatihan, calon penghargaan, angka kredit dan tabel tunjangan</source>
        <translation>Competency evaluation, training needs, award candidates, credit points and allowance table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKM</source>
        <translation>SKM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survei kepuasan masyarakat per unit dan periode, dan capaian kinerja organisasi</source>
        <translation>Community satisfaction surveys by unit and period, and organisational performance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapat Evaluasi</source>
        <translation>Evaluation Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan rapat evaluasi unit: peserta, kesimpulan, tindak lanjut, dengan rekap unit sebagai agenda</source>
        <translation>Unit evaluation meeting records: participants, conclusions, follow-up actions, with the unit summary as the agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pratinjau dan cetak SKP, evaluasi, rekap, penetapan predikat dan laporan SKM; cetak massal per unit</source>
        <translation>Preview and print SKPs, evaluations, summaries, predikat determinations and SKM reports; batch printing per unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kirim dan impor paket data dengan situs induk atau anak, riwayat, konflik, dan kartu kunci situs</source>
        <translation>Send and import data packages with the parent or child sites, history, conflicts, and site key cards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>{title}  ({n} menunggu)</source>
        <translation>{title}  ({n} waiting)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} SKP menunggu persetujuan Anda. {tip}</source>
        <translation>{n} SKPs awaiting your approval. {tip}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Impor pegawai dari Excel…</source>
        <translation>&amp;Import employees from Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memilih berkas .xlsx daftar pegawai; pratinjau ditampilkan sebelum disimpan.</source>
        <translation>Choose an .xlsx employee list file; a preview is shown before saving.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cari pegawai</source>
        <translation>&amp;Find employee</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buat &amp;data contoh…</source>
        <translation>Create sample &amp;data…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bantuan layar ini</source>
        <translation>&amp;Help for this screen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tentang Kinerja Desktop</source>
        <translation>&amp;About Kinerja Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+171"/>
        <source>&amp;Periode penilaian {tahun}…</source>
        <translation>Appraisal &amp;periods {tahun}…</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Skema periode (bulanan, triwulanan, semesteran) dan tenggat tahun kerja.</source>
        <translation>Period scheme (monthly, quarterly, half-yearly) and deadlines of the working year.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Melihat skema periode dan tenggat tahun kerja (hanya admin yang dapat mengubahnya).</source>
        <translation>View the period scheme and deadlines of the working year (only the admin can change them).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verifikasi dokumen cetak…</source>
        <translation>&amp;Verify printed document…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memeriksa keaslian SKP atau dokumen evaluasi tercetak dari kode verifikasinya atau berkas PDF-nya.</source>
        <translation>Checks the authenticity of a printed SKP or evaluation document from its verification code or its PDF file.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bilah alat</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cari pegawai: nama atau NIP (Ctrl+K)</source>
        <translation>Find employee: name or NIP (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ketik nama atau NIP lalu tekan Enter untuk membuka halaman Pegawai dengan pencarian itu. Contoh: siti, atau 198507122010012003.</source>
        <translation>Type a name or NIP and press Enter to open the Employees page with that search. Example: siti, or 198507122010012003.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Situs: {code} ({role})</source>
        <translation>Site: {code} ({role})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Situs: belum disiapkan</source>
        <translation>Site: not set up</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Basis data: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pengguna: {user} — {role}</source>
        <translation>User: {user} — {role}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Impor pegawai</source>
        <translation>Import employees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hanya admin yang dapat mengimpor data pegawai.</source>
        <translation>Only the admin can import employee data.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pilih berkas Excel daftar pegawai</source>
        <translation>Choose an Excel employee list file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Buat data contoh</source>
        <translation>Create sample data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumlah pegawai rekaan yang dibuat (unit kerja ikut dibuat).
Data contoh hanya untuk latihan: jangan di basis data kantor sebenarnya.</source>
        <translation>Number of fictitious employees to create (work units are created too).
Sample data is for practice only: not in a real office database.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Membuat data contoh</source>
        <translation>Creating sample data</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;Bantuan untuk layar ini belum tersedia.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;Help for this screen is not available yet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;hr&gt;&lt;p&gt;&lt;b&gt;Pintasan umum&lt;/b&gt;: Ctrl+K cari pegawai · F5 muat ulang · Ctrl+N baru · Ctrl+Shift+V verifikasi dokumen · F1 bantuan · Ctrl+Q keluar.&lt;/p&gt;</source>
        <translation>&lt;hr&gt;&lt;p&gt;&lt;b&gt;General shortcuts&lt;/b&gt;: Ctrl+K find employee · F5 reload · Ctrl+N new · Ctrl+Shift+V verify document · F1 help · Ctrl+Q exit.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bantuan</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tentang Kinerja Desktop</source>
        <translation>About Kinerja Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Kinerja Desktop {version}&lt;/h3&gt;&lt;p&gt;Pengelolaan kinerja ASN (SKP, penilaian, cetak, sinkronisasi) yang bekerja tanpa internet.&lt;/p&gt;&lt;p&gt;Basis data: {db}&lt;br&gt;Log: {log}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kinerja Desktop {version}&lt;/h3&gt;&lt;p&gt;Civil servant (ASN) performance management (SKP, appraisal, printing, synchronisation) that works without the internet.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Log: {log}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Keluar</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} pekerjaan masih berjalan ({title}). Batalkan pekerjaan itu dan keluar? Yang belum selesai tidak disimpan.</source>
        <translation>{n} jobs are still running ({title}). Cancel them and exit? Unfinished work is not saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batalkan dan keluar</source>
        <translation>Cancel and exit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tetap di aplikasi</source>
        <translation>Stay in the application</translation>
    </message>
</context>
<context>
    <name>MatriksModel</name>
    <message>
        <location filename="../../kinerja_desktop/gui/matriks_model.py" line="+177"/>
        <source>Sasaran unit</source>
        <translation>Unit objective</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RHK tambahan</source>
        <translation>Additional RHK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RHK utama</source>
        <translation>Main RHK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Belum didukung</source>
        <translation>Not yet supported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Didukung {n} pegawai</source>
        <translation>Supported by {n} employee(s)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Belum ada RHK bawahan yang mengintervensi baris ini; hasil pimpinan ini tidak akan tercapai bila tidak ada yang mengerjakannya.</source>
        <translation>No subordinate&apos;s RHK supports this row yet; this result of the leadership will not be achieved if nobody works on it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RHK tambahan belum didukung (tidak wajib).</source>
        <translation>Additional RHK not yet supported (not required).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>mendukung</source>
        <translation>supports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tidak mendukung</source>
        <translation>does not support</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{nama} mendukung lewat: {rhk}</source>
        <translation>{nama} supports it through: {rhk}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{nama}: tanda ✓ bila salah satu RHK-nya mengintervensi baris ini</source>
        <translation>{nama}: marked ✓ if one of their RHK supports this row</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sasaran / RHK pimpinan</source>
        <translation>Objective / leadership RHK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jenis dan pemilik</source>
        <translation>Type and owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dukungan</source>
        <translation>Support</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sasaran unit kerja dan Rencana Hasil Kerja (RHK) para pimpinan di unit ini</source>
        <translation>Work unit objectives and the Work Result Plans (RHK) of the leaders in this unit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sasaran unit, RHK utama atau RHK tambahan, dan siapa pemiliknya</source>
        <translation>Unit objective, main RHK or additional RHK, and who owns it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berapa pegawai yang RHK-nya mengintervensi baris ini; &quot;Belum didukung&quot; bila belum ada</source>
        <translation>How many employees have an RHK supporting this row; &quot;Not yet supported&quot; if none</translation>
    </message>
</context>
<context>
    <name>MatriksView</name>
    <message>
        <location line="+20"/>
        <source>Unit kerja yang matriksnya ditampilkan. Contoh: pilih Sekretariat untuk melihat RHK Sekretaris dan siapa yang mendukungnya.</source>
        <translation>The work unit whose matrix is shown. Example: choose Sekretariat to see the Secretary&apos;s RHK and who supports it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Termasuk sub-unit</source>
        <translation>Include sub-units</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bila dicentang, pegawai di sub-unit ikut dihitung: kepala subbagian mendukung RHK kepala bagian di atasnya.</source>
        <translation>When checked, employees in sub-units are counted too: a section head supports the RHK of the division head above.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Belum ada unit kerja. Susun unit kerja di halaman Unit Kerja terlebih dahulu.</source>
        <translation>No work units yet. Set up the work units on the Work Units page first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Belum ada sasaran unit atau RHK pimpinan untuk unit ini pada tahun {tahun}. Isi sasaran unit di halaman Unit Kerja (tab Kepala &amp; sasaran), lalu susun SKP pimpinan dan bawahannya.</source>
        <translation>This unit has no unit objectives or leadership RHK for {tahun} yet. Enter the unit objectives on the Work Units page (Head &amp; objectives tab), then prepare the SKPs of the leaders and their subordinates.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;span style=&apos;color:#a3261d&apos;&gt;&lt;b&gt;{n} dari {total}&lt;/b&gt; sasaran unit dan RHK utama pimpinan belum didukung&lt;/span&gt; bawahan (baris merah bertanda &quot;Belum didukung&quot;). {unit}, tahun {tahun}.</source>
        <translation>&lt;span style=&apos;color:#a3261d&apos;&gt;&lt;b&gt;{n} of {total}&lt;/b&gt; unit objectives and main leadership RHK are not yet supported&lt;/span&gt; by subordinates (red rows marked &quot;Not yet supported&quot;). {unit}, {tahun}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;span style=&apos;color:#1b6e2e&apos;&gt;&lt;b&gt;Semua {total}&lt;/b&gt; sasaran unit dan RHK utama pimpinan sudah didukung.&lt;/span&gt; {unit}, tahun {tahun}.</source>
        <translation>&lt;span style=&apos;color:#1b6e2e&apos;&gt;&lt;b&gt;All {total}&lt;/b&gt; unit objectives and main leadership RHK are supported.&lt;/span&gt; {unit}, {tahun}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pilih satu baris untuk melihat RHK bawahan yang mendukungnya. Arahkan tetikus ke tanda ✓ untuk melihat RHK pendukung.</source>
        <translation>Select a row to see the subordinates&apos; RHK that support it. Hover over a ✓ mark to see the supporting RHK.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Belum didukung: belum ada RHK bawahan yang mengintervensi baris ini. Bawahan dapat memilihnya di editor SKP, kolom &quot;RHK pimpinan yang diintervensi&quot;.</source>
        <translation>Not yet supported: no subordinate&apos;s RHK supports this row yet. Subordinates can choose it in the SKP editor, column &quot;Superior&apos;s RHK supported&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Didukung oleh:</source>
        <translation>Supported by:</translation>
    </message>
</context>
<context>
    <name>MutasiDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skp_penilai_dialog.py" line="+32"/>
        <source>Catat mutasi pegawai</source>
        <translation>Record employee transfer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKP {nama} tahun {tahun} ditutup sehari sebelum tanggal mutasi, lalu SKP baru (draf) dibuat untuk jabatan baru mulai tanggal itu. Simpan dulu unit kerja, jabatan dan atasan yang baru di halaman Pegawai; pejabat penilai SKP baru diambil dari data itu.</source>
        <translation>The {tahun} SKP of {nama} is closed the day before the transfer date, then a new (draft) SKP is created for the new position from that date. First save the new work unit, position and supervisor on the Employees page; the appraising official of the new SKP is taken from that data.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tanggal mulai bertugas di jabatan baru (TMT mutasi).</source>
        <translation>Date of starting in the new position (transfer effective date, TMT).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanggal mutasi (TMT)</source>
        <translation>Transfer date (TMT)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tutup dan buat SKP baru</source>
        <translation>Close and create new SKP</translation>
    </message>
</context>
<context>
    <name>NrrDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skm_page.py" line="-78"/>
        <source>Isi NRR per unsur</source>
        <translation>Enter NRR per element</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Salin Nilai Rata-rata (NRR) tiap unsur dari laporan SKM yang sudah diolah. Setiap NRR antara 1,00 dan 4,00. IKM, konversi, dan mutu dihitung otomatis.</source>
        <translation>Copy the Average Score (NRR) of each element from the processed SKM report. Each NRR is between 1,00 and 4,00. IKM, conversion and quality grade are calculated automatically.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jumlah responden menurut laporan (contoh: 120). Biarkan 0 bila tidak diketahui.</source>
        <translation>Number of respondents according to the report (example: 120). Leave 0 if unknown.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumlah responden</source>
        <translation>Number of respondents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Hasil: IKM {ikm} · konversi {konversi} · mutu {mutu} ({bobot})</source>
        <translation>Result: IKM {ikm} · conversion {konversi} · grade {mutu} ({bobot})</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../kinerja_desktop/gui/pdf_preview.py" line="+160"/>
        <source>Mencetak halaman {n} dari {total}</source>
        <translation>Printing page {n} of {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printer {name} tidak dapat dipakai. Periksa apakah printer menyala dan terhubung, atau simpan sebagai PDF.</source>
        <translation>Printer {name} cannot be used. Check that the printer is switched on and connected, or save as PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printer menolak halaman {n}; pencetakan dihentikan.</source>
        <translation>The printer rejected page {n}; printing stopped.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>disk penuh</source>
        <translation>disk full</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tidak ada izin menulis di folder itu (folder hanya-baca?)</source>
        <translation>no permission to write in that folder (read-only folder?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>folder tidak ada</source>
        <translation>folder does not exist</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PDF tidak dapat disimpan ke {path}: {reason}. Tidak ada berkas yang ditulis; pilih folder lain.</source>
        <translation>The PDF cannot be saved to {path}: {reason}. No file was written; choose another folder.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Memuat halaman {n}…</source>
        <translation>Loading page {n}…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Pratinjau cetak: halaman ditampilkan seperti akan tercetak. Gulir dengan roda tetikus; Ctrl+roda atau Ctrl++ / Ctrl+- untuk memperbesar atau memperkecil.</source>
        <translation>Print preview: pages are shown as they will be printed. Scroll with the mouse wheel; Ctrl+wheel or Ctrl++ / Ctrl+- to zoom in or out.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Belum ada dokumen untuk ditampilkan.</source>
        <translation>No document to show yet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perbesar tampilan (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perkecil tampilan (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lebar halaman</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menyesuaikan besar tampilan agar lebar halaman pas dengan panel.</source>
        <translation>Sets the zoom so that the page width fits the panel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satu halaman</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menyesuaikan besar tampilan agar satu halaman utuh terlihat.</source>
        <translation>Sets the zoom so that one whole page is visible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Halaman sebelumnya (PgUp)</source>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Halaman berikutnya (PgDn)</source>
        <translation>Next page (PgDn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mencetak dokumen ini ke printer (Ctrl+P). Ukuran kertas printer mengikuti ukuran halaman PDF (A4 atau F4 215 × 330 mm).</source>
        <translation>Prints this document to a printer (Ctrl+P). The printer paper size follows the PDF page size (A4 or F4 215 × 330 mm).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menyimpan dokumen ini sebagai berkas PDF (Ctrl+S), misalnya untuk dikirim atau dicetak di komputer lain.</source>
        <translation>Saves this document as a PDF file (Ctrl+S), e.g. to send it or print it on another computer.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Besar tampilan dalam persen ({lo}–{hi}); ketik angka lalu Enter, contoh: 120. Tidak mengubah hasil cetak.</source>
        <translation>Zoom level in percent ({lo}–{hi}); type a number, then press Enter, example: 120. Does not change the printout.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nomor halaman yang ditampilkan; ketik lalu Enter untuk melompat.</source>
        <translation>The page number shown; type one, then press Enter to jump to it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Halaman</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Dokumen tidak dapat ditampilkan: bukan PDF yang dapat dibaca ({why}).</source>
        <translation>The document cannot be shown: not a readable PDF ({why}).</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>dari {n}</source>
        <translation>of {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Halaman {x} dari {n}</source>
        <translation>Page {x} of {n}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cetak {name}</source>
        <translation>Print {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <source>Belum ada dokumen untuk dicetak.</source>
        <translation>No document to print yet.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Mencetak {name}</source>
        <translation>Printing {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Belum ada dokumen untuk disimpan.</source>
        <translation>No document to save yet.</translation>
    </message>
</context>
<context>
    <name>PegawaiChoicePage</name>
    <message>
        <location filename="../../kinerja_desktop/gui/first_run_wizard.py" line="+137"/>
        <source>Data pegawai</source>
        <translation>Employee data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bagaimana data pegawai akan diisi?</source>
        <translation>How will the employee data be entered?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Siapkan situs</source>
        <translation>Set up site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buat &amp;data contoh untuk mencoba aplikasi</source>
        <translation>Create sample &amp;data to try the application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membuat unit kerja dan pegawai rekaan dengan NIP yang sah, untuk latihan. Jangan dipakai pada basis data kantor yang sebenarnya: data contoh ikut terkirim saat sinkronisasi.</source>
        <translation>Creates fictitious work units and employees with valid NIPs, for practice. Do not use it in a real office database: sample data is sent along during synchronisation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> pegawai</source>
        <translation> employees</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jumlah pegawai rekaan yang dibuat, 1–{max}. Contoh: 50 untuk satu dinas kecil.</source>
        <translation>Number of fictitious employees to create, 1–{max}. Example: 50 for one small agency.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nanti saja</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mulai dengan basis data kosong. Pegawai dapat diimpor dari Excel atau diketik di halaman Pegawai.</source>
        <translation>Start with an empty database. Employees can be imported from Excel or typed in on the Employees page.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mulai dengan basis data kosong. Impor dari Excel dilakukan melalui halaman Pegawai setelah selesai (tombol Impor, atau seret berkas .xlsx ke jendela).</source>
        <translation>Start with an empty database. Import from Excel on the Employees page when finished (the Import button, or drag an .xlsx file onto the window).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pegawai dan unit kerja rekaan untuk latihan. Jangan dipakai di basis data kantor yang sebenarnya: data contoh ikut terkirim saat sinkronisasi.</source>
        <translation>Fictitious employees and work units for practice. Do not use it in a real office database: sample data is sent along during synchronisation.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Yang akan disiapkan setelah menekan &lt;b&gt;Siapkan situs&lt;/b&gt;:</source>
        <translation>What will be set up after pressing &lt;b&gt;Set up site&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• Situs &lt;b&gt;{code}&lt;/b&gt; — {name} ({role})</source>
        <translation>• Site &lt;b&gt;{code}&lt;/b&gt; — {name} ({role})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>• Kode induk: {code}</source>
        <translation>• Parent code: {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• Akun admin &lt;b&gt;{user}&lt;/b&gt;</source>
        <translation>• Admin account &lt;b&gt;{user}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• Kunci tanda tangan dan enkripsi situs yang baru, dilindungi frasa sandi kunci</source>
        <translation>• New site signing and encryption keys, protected by the key passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setelah ini tombol Kembali tidak tersedia lagi.</source>
        <translation>After this the Back button is no longer available.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Menyiapkan situs</source>
        <translation>Setting up the site</translation>
    </message>
</context>
<context>
    <name>PegawaiForm</name>
    <message>
        <location filename="../../ui/pegawai_form.ui" line="+8"/>
        <source>Data pegawai</source>
        <translation>Employee data</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;NIP</source>
        <translation>&amp;NIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>NIP PNS atau NI PPPK: 18 digit tanpa spasi, contoh 198609262015051001. Spasi, titik, atau tanda hubung yang diketik akan dibuang.</source>
        <translation>PNS NIP or PPPK NI: 18 digits without spaces, e.g. 198609262015051001. Spaces, dots or hyphens you type are removed.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/gui/pegawai_form.py" line="+66"/>
        <location filename="../../ui/pegawai_form.ui" line="+1"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Ubah {field}</source>
        <translation>Change {field}</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>PNS</source>
        <translation>PNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PPPK</source>
        <translation>PPPK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— pilih kategori —</source>
        <translation>— choose a category —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— tanpa jenjang —</source>
        <translation>— no level —</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>— tanpa unit —</source>
        <translation>— no unit —</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>— pilih golongan —</source>
        <translation>— choose a rank —</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>{value} (tidak dikenal)</source>
        <translation>{value} (unknown)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Ubah Jabatan</source>
        <translation>Change Position</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ubah Jenis pegawai</source>
        <translation>Change Employee type</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ubah Kategori jabatan</source>
        <translation>Change Position category</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+27"/>
        <source>{n} dari 18 digit</source>
        <translation>{n} of 18 digits</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{jenis} · lahir {lahir} · {kelamin} · diangkat {tahun}</source>
        <translation>{jenis} · born {lahir} · {kelamin} · appointed {tahun}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Atasan: {nama}</source>
        <translation>Supervisor: {nama}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NIP ini belum terdaftar di kantor ini.</source>
        <translation>This NIP is not registered in this office.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Pilih kategori jabatan (contoh: Pelaksana untuk staf, Fungsional untuk Analis SDM Aparatur).</source>
        <translation>Choose the position category (example: Pelaksana for staff, Fungsional for Analis SDM Aparatur).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Belum disimpan: {n} isian perlu diperbaiki ({fields}).</source>
        <translation>Not saved: {n} fields need correcting ({fields}).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Belum disimpan. {message} Perubahan Anda masih ada di formulir; catat dulu bila perlu, lalu tekan F5 (Muat ulang).</source>
        <translation>Not saved. {message} Your changes are still in the form; note them down if needed, then press F5 (Reload).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Belum disimpan: {message}</source>
        <translation>Not saved: {message}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tersimpan, dengan catatan: {w}</source>
        <translation>Saved, with a note: {w}</translation>
    </message>
    <message>
        <location filename="../../ui/pegawai_form.ui" line="+1"/>
        <source>contoh 198609262015051001</source>
        <translation>e.g. 198609262015051001</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Jenis pegawai</source>
        <translation>Employee &amp;type</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>PNS atau PPPK. NI PPPK dikenali dari digit ke-13 dan ke-14 yang bernilai 13 ke atas, contoh NI PPPK 199001012023211001.</source>
        <translation>PNS or PPPK. A PPPK NI is recognised by digits 13 and 14 being 13 or higher, e.g. NI PPPK 199001012023211001.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/gui/pegawai_form.py" line="-594"/>
        <location filename="../../ui/pegawai_form.ui" line="+1"/>
        <source>Jenis pegawai</source>
        <translation>Employee type</translation>
    </message>
    <message>
        <location filename="../../ui/pegawai_form.ui" line="+16"/>
        <source>Gelar &amp;depan</source>
        <translation>&amp;Front title</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Gelar di depan nama, contoh: Dr., Ir., dr., Drs. Kosongkan bila tidak ada.</source>
        <translation>Academic title before the name, e.g. Dr., Ir., dr., Drs. Leave empty if none.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/gui/pegawai_form.py" line="+1"/>
        <location filename="../../ui/pegawai_form.ui" line="+1"/>
        <source>Gelar depan</source>
        <translation>Front title</translation>
    </message>
    <message>
        <location filename="../../ui/pegawai_form.ui" line="+1"/>
        <source>contoh Dr.</source>
        <translation>e.g. Dr.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Na&amp;ma</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Nama lengkap tanpa gelar, sesuai SK, contoh: Siti Aminah.</source>
        <translation>Full name without titles, as in the appointment decree (SK), e.g. Siti Aminah.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/gui/pegawai_form.py" line="+1"/>
        <location filename="../../ui/pegawai_form.ui" line="+1"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pegawai_form.ui" line="+1"/>
        <source>contoh Siti Aminah</source>
        <translation>e.g. Siti Aminah</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Gelar be&amp;lakang</source>
        <translation>&amp;Back title</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Gelar di belakang nama, dipisah koma, contoh: S.Kom., M.T. Kosongkan bila tidak ada.</source>
        <translation>Titles after the name, separated by commas, e.g. S.Kom., M.T. Leave empty if none.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/gui/pegawai_form.py" line="+1"/>
        <location filename="../../ui/pegawai_form.ui" line="+1"/>
        <source>Gelar belakang</source>
        <translation>Back title</translation>
    </message>
    <message>
        <location filename="../../ui/pegawai_form.ui" line="+1"/>
        <source>contoh S.Kom., M.T.</source>
        <translation>e.g. S.Kom., M.T.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Golongan</source>
        <translation>&amp;Rank (golongan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Golongan ruang PNS (contoh III/a, Penata Muda) atau golongan PPPK (contoh IX). Pilihan menyesuaikan Jenis pegawai.</source>
        <translation>PNS rank (golongan ruang, e.g. III/a, Penata Muda) or PPPK grade (e.g. IX). The choices follow the Employee type.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/gui/pegawai_form.py" line="+1"/>
        <location filename="../../ui/pegawai_form.ui" line="+1"/>
        <source>Golongan</source>
        <translation>Rank (golongan)</translation>
    </message>
    <message>
        <location filename="../../ui/pegawai_form.ui" line="+16"/>
        <source>Jaba&amp;tan</source>
        <translation>Posi&amp;tion</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Nama jabatan sesuai SK, tanpa jenjang, contoh: Analis SDM Aparatur. Ketik beberapa huruf untuk memilih jabatan yang sudah ada.</source>
        <translation>Position (jabatan) name as in the SK, without level, e.g. Analis SDM Aparatur. Type a few letters to pick an existing position.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/gui/pegawai_form.py" line="+1"/>
        <location filename="../../ui/pegawai_form.ui" line="+1"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/pegawai_form.ui" line="+1"/>
        <source>contoh Analis SDM Aparatur</source>
        <translation>e.g. Analis SDM Aparatur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Kategori jabatan</source>
        <translation>Position &amp;category</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Jenis jabatan: JPT Utama/Madya/Pratama, Administrator, Pengawas, Pelaksana, atau Fungsional. Contoh: Analis SDM Aparatur Ahli Muda termasuk Fungsional; Kepala Subbagian Umum termasuk Pengawas.</source>
        <translation>Position type: JPT Utama/Madya/Pratama, Administrator, Pengawas, Pelaksana, or Fungsional. Example: Analis SDM Aparatur Ahli Muda is Fungsional; Kepala Subbagian Umum is Pengawas.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/gui/pegawai_form.py" line="+1"/>
        <location filename="../../ui/pegawai_form.ui" line="+1"/>
        <source>Kategori jabatan</source>
        <translation>Position category</translation>
    </message>
    <message>
        <location filename="../../ui/pegawai_form.ui" line="+16"/>
        <source>J&amp;enjang</source>
        <translation>L&amp;evel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Jenjang jabatan fungsional, contoh: Ahli Muda atau Terampil. Hanya dapat dipilih bila Kategori jabatan = Fungsional.</source>
        <translation>Functional position level (jenjang), e.g. Ahli Muda or Terampil. Can only be chosen when Position category = Fungsional.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/gui/pegawai_form.py" line="+1"/>
        <location filename="../../ui/pegawai_form.ui" line="+1"/>
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/pegawai_form.ui" line="+16"/>
        <source>&amp;Unit kerja</source>
        <translation>&amp;Work unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Unit tempat pegawai bekerja, contoh: 1.02.03 Bidang Mutasi dan Promosi.</source>
        <translation>The unit where the employee works, e.g. 1.02.03 Bidang Mutasi dan Promosi.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/gui/pegawai_form.py" line="+1"/>
        <location filename="../../ui/pegawai_form.ui" line="+1"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../ui/pegawai_form.ui" line="+16"/>
        <source>NIP &amp;atasan</source>
        <translation>&amp;Supervisor NIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>NIP atasan langsung (pejabat penilai definitif), 18 digit, contoh 197501012000031002. Nama atasan tampil di bawahnya bila NIP ditemukan. Kosongkan untuk pimpinan tertinggi.</source>
        <translation>NIP of the direct supervisor (definitive appraising official), 18 digits, e.g. 197501012000031002. The supervisor&apos;s name appears below when the NIP is found. Leave empty for the top official.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/gui/pegawai_form.py" line="+1"/>
        <location filename="../../ui/pegawai_form.ui" line="+1"/>
        <source>NIP atasan</source>
        <translation>Supervisor NIP</translation>
    </message>
    <message>
        <location filename="../../ui/pegawai_form.ui" line="+1"/>
        <source>contoh 197501012000031002</source>
        <translation>e.g. 197501012000031002</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pegawai akt&amp;if</source>
        <translation>Act&amp;ive employee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus centang untuk pegawai yang pensiun, pindah, atau diberhentikan, contoh: pensiun per 1 Maret 2026. Pegawai nonaktif tidak dinilai, tetapi datanya tetap tersimpan.</source>
        <translation>Uncheck for employees who retired, transferred or were dismissed, e.g. retired as of 1 March 2026. Inactive employees are not appraised, but their data is kept.</translation>
    </message>
</context>
<context>
    <name>PegawaiPage</name>
    <message>
        <location filename="../../kinerja_desktop/gui/pegawai_page.py" line="+263"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membuat data pegawai baru (Ctrl+N)</source>
        <translation>Create a new employee record (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+934"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-933"/>
        <source>Menyimpan perubahan data pegawai (Ctrl+S)</source>
        <translation>Save changes to the employee record (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menghapus pegawai yang salah dimasukkan; dapat diurungkan segera setelahnya</source>
        <translation>Delete an employee entered by mistake; can be undone right afterwards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impor Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membaca data pegawai dari berkas Excel (.xlsx); Anda melihat pratinjau dan semua masalah dulu, belum ada yang disimpan</source>
        <translation>Read employee data from an Excel file (.xlsx); you see a preview and all problems first, nothing is saved yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ekspor Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menyimpan semua pegawai ke berkas Excel (.xlsx)</source>
        <translation>Save all employees to an Excel file (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+381"/>
        <source>Template Excel…</source>
        <translation>Excel template…</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>Menyimpan berkas Excel kosong berformat benar untuk diisi lalu diimpor</source>
        <translation>Save an empty, correctly formatted Excel file to fill in and then import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cari nama atau NIP (Ctrl+F)</source>
        <translation>Search name or NIP (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+462"/>
        <source>Mengurungkan perubahan terakhir (Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="-460"/>
        <source>Pasang spesimen tanda tangan…</source>
        <translation>Set signature specimen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memasang gambar tanda tangan (PNG atau JPEG, latar putih) yang dicetak di atas nama pegawai ini pada SKP dan dokumen evaluasi resmi</source>
        <translation>Sets a signature image (PNG or JPEG, white background) that is printed above this employee&apos;s name on the SKP and official evaluation documents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hapus spesimen tanda tangan</source>
        <translation>Remove signature specimen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumen berikutnya dicetak tanpa gambar tanda tangan (ditandatangani basah)</source>
        <translation>The next documents are printed without a signature image (signed by hand)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mengulangi yang tadi diurungkan (Ctrl+Y)</source>
        <translation>Redo what was just undone (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cari nama atau NIP… (Ctrl+F)</source>
        <translation>Search name or NIP… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ketik sebagian nama (contoh: siti am) atau NIP, boleh dengan spasi (contoh: 19860926 2015). Hasil langsung tersaring.</source>
        <translation>Type part of a name (e.g. siti am) or a NIP, spaces allowed (e.g. 19860926 2015). Results are filtered immediately.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tampilkan hanya pegawai unit ini beserta seluruh sub-unitnya.</source>
        <translation>Show only employees of this unit and all its sub-units.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+601"/>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="-597"/>
        <source>Tampilkan pegawai aktif, nonaktif, atau semua.</source>
        <translation>Show active, inactive, or all employees.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktif saja</source>
        <translation>Active only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonaktif saja</source>
        <translation>Inactive only</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Hapus filter</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Pilih pegawai di tabel untuk melihat dan mengubah datanya,
atau tekan Baru (Ctrl+N) untuk menambah pegawai.</source>
        <translation>Select an employee in the table to view and edit their data,
or press New (Ctrl+N) to add an employee.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atasan &amp;&amp; Plt</source>
        <translation>Supervisor &amp;&amp; Plt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spesimen tanda tangan yang dicetak pada dokumen resmi pegawai ini</source>
        <translation>The signature specimen printed on this employee&apos;s official documents</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pejabat Penilai Kinerja pada hari ini: atasan langsung, atau Plh/Plt yang sedang menggantikannya.</source>
        <translation>Appraising official today: the direct supervisor, or the Plh/Plt currently standing in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Penugasan Plt/Plh&lt;/b&gt; yang melibatkan pegawai ini</source>
        <translation>&lt;b&gt;Plt/Plh assignments&lt;/b&gt; involving this employee</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tambah Plt/Plh…</source>
        <translation>Add Plt/Plh…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mencatat Plt/Plh: siapa menggantikan siapa, dari tanggal berapa sampai kapan.</source>
        <translation>Record a Plt/Plh: who stands in for whom, from which date until when.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+571"/>
        <source>Hapus penugasan</source>
        <translation>Delete assignment</translation>
    </message>
    <message>
        <location line="-570"/>
        <source>Menghapus penugasan Plt/Plh yang dipilih.</source>
        <translation>Delete the selected Plt/Plh assignment.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Belum ada Plt/Plh yang melibatkan pegawai ini. Tekan &quot;Tambah Plt/Plh…&quot; bila pegawai ini berhalangan (contoh: cuti 2 minggu) atau menggantikan pejabat lain.</source>
        <translation>No Plt/Plh involves this employee yet. Press &quot;Add Plt/Plh…&quot; if this employee is unavailable (e.g. 2 weeks&apos; leave) or stands in for another official.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Belum ada pegawai. Impor dari Excel atau buat data contoh.</source>
        <translation>No employees yet. Import from Excel or create sample data.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belum ada pegawai yang dapat Anda lihat. Admin kantor mengisi data pegawai.</source>
        <translation>There are no employees you can see yet. The office admin enters employee data.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Belum punya berkas? Simpan Template Excel, isi satu baris per pegawai (NIP, nama, golongan, jabatan, unit, NIP atasan), lalu impor.</source>
        <translation>No Excel file yet? Save the Excel template, fill in one row per employee (NIP, name, rank, position, unit, supervisor NIP), then import.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impor dari Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buat data contoh…</source>
        <translation>Create sample data…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tambah satu pegawai (Ctrl+N)</source>
        <translation>Add one employee (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Hanya admin (pengelola kinerja) yang dapat mengubah data pegawai.</source>
        <translation>Only the admin (performance manager) can change employee data.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Urungkan: {what} (Ctrl+Z)</source>
        <translation>Undo: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Belum disimpan</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Memuat pegawai lainnya…</source>
        <translation>Loading more employees…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Memuat pegawai</source>
        <translation>Loading employees</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Memuat {done} dari {total} pegawai…</source>
        <translation>Loading {done} of {total} employees…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sebagian pegawai belum termuat. Tekan F5 untuk mencoba lagi.</source>
        <translation>Some employees are not loaded yet. Press F5 to try again.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{shown} ditampilkan · {total} pegawai (sedang dimuat)</source>
        <translation>{shown} shown · {total} employees (loading)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{total} pegawai</source>
        <translation>{total} employees</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} dari {total} pegawai</source>
        <translation>{shown} of {total} employees</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tidak ada pegawai yang cocok dengan pencarian dan filter ini.</source>
        <translation>No employees match this search and filter.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(tanpa unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Pegawai baru</source>
        <translation>New employee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Isi data lalu tekan Simpan (Ctrl+S).</source>
        <translation>Fill in the data and press Save (Ctrl+S).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Simpan pegawai baru ini dulu.</source>
        <translation>Save this new employee first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atasan langsung (definitif): &lt;b&gt;{nama}&lt;/b&gt; — NIP {nip}</source>
        <translation>Direct supervisor (definitive): &lt;b&gt;{nama}&lt;/b&gt; — NIP {nip}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Atasan langsung (definitif): belum diisi.</source>
        <translation>Direct supervisor (definitive): not filled in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menghitung pejabat penilai…</source>
        <translation>Working out the appraising official…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Menghitung pejabat penilai</source>
        <translation>Working out the appraising official</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Pejabat penilai hari ini&lt;/b&gt; ({day}): &lt;span style=&apos;color:#a3261d&apos;&gt;belum ada&lt;/span&gt; — {why}.</source>
        <translation>&lt;b&gt;Appraising official today&lt;/b&gt; ({day}): &lt;span style=&apos;color:#a3261d&apos;&gt;none&lt;/span&gt; — {why}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Pejabat penilai hari ini&lt;/b&gt; ({day}):&lt;br&gt;{nama} — NIP {nip}&lt;br&gt;sebagai: &lt;b&gt;{sebagai}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Appraising official today&lt;/b&gt; ({day}):&lt;br&gt;{nama} — NIP {nip}&lt;br&gt;as: &lt;b&gt;{sebagai}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pejabat penilai tidak dapat dihitung: {e}</source>
        <translation>The appraising official cannot be worked out: {e}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kesalahan internal</source>
        <translation>internal error</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Penugasan Plt/Plh disimpan.</source>
        <translation>Plt/Plh assignment saved.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hapus {jenis} {pelaksana} untuk {digantikan}? Penilai bawahan {digantikan} kembali ke atasan definitif.</source>
        <translation>Delete {jenis} {pelaksana} for {digantikan}? Appraisal of {digantikan}&apos;s subordinates returns to the definitive supervisor.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perubahan pada data pegawai ini belum disimpan.</source>
        <translation>Changes to this employee&apos;s data have not been saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Pegawai baru {nama} tersimpan.</source>
        <translation>New employee {nama} saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perubahan {nama} tersimpan.</source>
        <translation>Changes to {nama} saved.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hapus pegawai</source>
        <translation>Delete employee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus {nama} (NIP {nip})?

Pegawai ini hilang dari daftar pegawai, dari pilihan atasan dan dari penilaian. Gunakan hanya untuk data yang salah dimasukkan; untuk pegawai yang pensiun atau pindah, hapus centang &quot;Pegawai aktif&quot; saja.

Anda dapat mengurungkan penghapusan segera setelahnya (Ctrl+Z).</source>
        <translation>Delete {nama} (NIP {nip})?

This employee disappears from the employee list, from the supervisor choices and from appraisals. Use this only for data entered by mistake; for an employee who retired or transferred, just uncheck &quot;Active employee&quot;.

You can undo the deletion right afterwards (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{nama} dihapus.</source>
        <translation>{nama} deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urungkan (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{nama} dipulihkan.</source>
        <translation>{nama} restored.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Impor pegawai dari Excel</source>
        <translation>Import employees from Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <location line="+46"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Hanya admin (pengelola kinerja) yang dapat mengimpor pegawai.</source>
        <translation>Only the admin (performance manager) can import employees.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ekspor pegawai ke Excel</source>
        <translation>Export employees to Excel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pilih gambar spesimen tanda tangan</source>
        <translation>Choose a signature specimen image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gambar PNG atau JPEG (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPEG images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spesimen tanda tangan {nama}</source>
        <translation>Signature specimen of {nama}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spesimen tanda tangan {nama} dipasang; dicetak pada dokumen resmi berikutnya.</source>
        <translation>Signature specimen of {nama} set; it is printed on the next official documents.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Spesimen tanda tangan {nama} dihapus.</source>
        <translation>Signature specimen of {nama} removed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simpan template impor pegawai</source>
        <translation>Save employee import template</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} pegawai diekspor ke {path}.</source>
        <translation>{n} employees exported to {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mengekspor pegawai ke Excel</source>
        <translation>Exporting employees to Excel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Template disimpan di {path}. Isi satu baris per pegawai, lalu Impor Excel.</source>
        <translation>Template saved to {path}. Fill in one row per employee, then use Import Excel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menyimpan template Excel</source>
        <translation>Saving the Excel template</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&lt;h3&gt;Pegawai&lt;/h3&gt;&lt;p&gt;Tabel di kiri berisi semua pegawai yang dapat Anda lihat. Ketik di kotak &lt;b&gt;Cari&lt;/b&gt; (Ctrl+F) sebagian nama atau NIP; pilih unit untuk melihat unit itu beserta sub-unitnya. Klik judul kolom untuk mengurutkan.&lt;/p&gt;&lt;p&gt;Panel kanan menampilkan data pegawai terpilih. Tab &lt;b&gt;Atasan &amp;amp; Plt&lt;/b&gt; menunjukkan pejabat penilai hari ini dan penugasan Plt/Plh.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;: pegawai baru&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;: simpan&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z / Ctrl+Y&lt;/b&gt;: urungkan / ulangi&lt;/li&gt;&lt;li&gt;&lt;b&gt;F5&lt;/b&gt;: muat ulang&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Impor Excel&lt;/b&gt; menampilkan pratinjau dan semua masalah per baris dan kolom; tidak ada yang disimpan sampai Anda menekan Impor. Anda juga dapat menyeret berkas .xlsx ke halaman ini.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Employees&lt;/h3&gt;&lt;p&gt;The table on the left lists all employees you can see. Type part of a name or NIP in the &lt;b&gt;Search&lt;/b&gt; box (Ctrl+F); choose a unit to see that unit and its sub-units. Click a column heading to sort.&lt;/p&gt;&lt;p&gt;The right panel shows the selected employee&apos;s data. The &lt;b&gt;Supervisor &amp;amp; Plt&lt;/b&gt; tab shows today&apos;s appraising official and the Plt/Plh assignments.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;: new employee&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;: save&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z / Ctrl+Y&lt;/b&gt;: undo / redo&lt;/li&gt;&lt;li&gt;&lt;b&gt;F5&lt;/b&gt;: reload&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Import Excel&lt;/b&gt; shows a preview and all problems by row and column; nothing is saved until you press Import. You can also drag an .xlsx file onto this page.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PegawaiPicker</name>
    <message>
        <location filename="../../kinerja_desktop/gui/pegawai_picker.py" line="+59"/>
        <source>Cari nama atau NIP…</source>
        <translation>Search name or NIP…</translation>
    </message>
</context>
<context>
    <name>PegawaiRiwayatTab</name>
    <message>
        <location filename="../../kinerja_desktop/gui/pegawai_riwayat_tab.py" line="+39"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tanggal</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating hasil kerja</source>
        <translation>Work result rating</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating perilaku</source>
        <translation>Behaviour rating</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Penilaian pegawai ini per periode. Penilaian diisi di halaman Penilaian; dokumennya dicetak di halaman Cetak.</source>
        <translation>This employee&apos;s assessments per period. Assessments are entered on the Assessment page; their documents are printed on the Print page.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Pilih pegawai untuk melihat riwayat penilaiannya.</source>
        <translation>Choose an employee to see their assessment history.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belum ada periode yang dinilai untuk pegawai ini. Penilaian muncul di sini setelah realisasi diisi atau penilai memberi rating di halaman Penilaian.</source>
        <translation>No period has been assessed for this employee yet. Assessments appear here once the realisasi is filled in or the appraiser gives a rating on the Assessment page.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} periode penilaian, terbaru di atas.</source>
        <translation>{n} assessment period(s), newest first.</translation>
    </message>
</context>
<context>
    <name>PegawaiSkpTab</name>
    <message>
        <location filename="../../kinerja_desktop/gui/pegawai_skp_tab.py" line="+48"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pejabat penilai</source>
        <translation>Appraising official</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Klik dua kali untuk membuka SKP di halaman SKP.</source>
        <translation>Double-click to open the SKP on the SKP page.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buka SKP</source>
        <translation>Open SKP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membuka SKP terpilih di halaman SKP.</source>
        <translation>Opens the selected SKP on the SKP page.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Revisi ke-{n}</source>
        <translation>Revision {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awal</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pegawai ini belum punya SKP. Buat SKP di halaman SKP (tombol Buat SKP, Ctrl+N).</source>
        <translation>This employee has no SKP yet. Create one on the SKP page (Create SKP button, Ctrl+N).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SKP pegawai ini, tahun terbaru di atas; versi lama yang digantikan revisi tetap tersimpan.</source>
        <translation>This employee&apos;s SKPs, latest year first; old versions superseded by a revision are kept.</translation>
    </message>
</context>
<context>
    <name>PegawaiTableModel</name>
    <message>
        <location filename="../../kinerja_desktop/gui/pegawai_model.py" line="+80"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP PNS atau NI PPPK, 18 digit</source>
        <translation>PNS NIP or PPPK NI, 18 digits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama lengkap dengan gelar</source>
        <translation>Full name with titles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama jabatan saat ini</source>
        <translation>Current position name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Golongan</source>
        <translation>Rank (golongan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Golongan ruang (PNS) atau golongan PPPK</source>
        <translation>Rank (PNS golongan ruang) or PPPK grade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit kerja tempat pegawai ditempatkan</source>
        <translation>Work unit where the employee is placed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atasan</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atasan langsung (definitif)</source>
        <translation>Direct supervisor (definitive)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktif atau nonaktif (pensiun, pindah, diberhentikan)</source>
        <translation>Active or inactive (retired, transferred, dismissed)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Pegawai aktif</source>
        <translation>Active employee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pegawai nonaktif (pensiun, pindah, atau diberhentikan)</source>
        <translation>Inactive employee (retired, transferred, or dismissed)</translation>
    </message>
    <message>
        <location line="+541"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pelaksana</source>
        <translation>Acting official</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menggantikan</source>
        <translation>Standing in for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>seterusnya</source>
        <translation>until further notice</translation>
    </message>
</context>
<context>
    <name>PenilaianGridModel</name>
    <message>
        <location filename="../../kinerja_desktop/gui/penilaian_grid_model.py" line="+67"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor Induk Pegawai, 18 digit (contoh: 198501012010011003)</source>
        <translation>Employee identification number (NIP), 18 digits (example: 198501012010011003)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama pegawai yang Anda nilai</source>
        <translation>Name of the employee you appraise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status evaluasi periode ini: Belum diisi, Realisasi diisi, Diajukan, Dinilai atau Ditutup (contoh: Dinilai)</source>
        <translation>Evaluation status for this period: Not filled in, Achievement entered, Submitted, Appraised or Closed (example: Appraised)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rating Hasil Kerja</source>
        <translation>Work Result Rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tekan 1 = Di Atas Ekspektasi, 2 = Sesuai Ekspektasi, 3 = Di Bawah Ekspektasi (contoh: 2 untuk pegawai yang mencapai target IKI)</source>
        <translation>Press 1 = Above Expectations, 2 = Meets Expectations, 3 = Below Expectations (example: 2 for an employee who reached the IKI targets)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rating Perilaku</source>
        <translation>Behaviour Rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating perilaku kerja (BerAKHLAK): 1 = Di Atas, 2 = Sesuai, 3 = Di Bawah Ekspektasi (contoh: 1 untuk teladan)</source>
        <translation>Work behaviour rating (BerAKHLAK): 1 = Above, 2 = Meets, 3 = Below Expectations (example: 1 for a role model)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dihitung otomatis dari kedua rating menurut matriks (contoh: Sesuai + Sesuai = Baik)</source>
        <translation>Calculated automatically from both ratings using the matrix (example: Meets + Meets = Baik)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Belum diisi</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realisasi diisi</source>
        <translation>Achievement entered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dinilai</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>rating {nama}</source>
        <translation>rating of {nama}</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Diubah, belum disimpan (Ctrl+S untuk menyimpan)</source>
        <translation>Changed, not saved yet (Ctrl+S to save)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Periode ini sudah ditutup; penilaian tidak dapat diubah.</source>
        <translation>This period is closed; the appraisal cannot be changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>belum diisi</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{now}. Tekan 1, 2 atau 3 untuk mengisi; Delete mengosongkan; Ctrl+Z membatalkan. Contoh: 2 = Sesuai Ekspektasi.</source>
        <translation>{now}. Press 1, 2 or 3 to fill in; Delete clears; Ctrl+Z undoes. Example: 2 = Meets Expectations.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Isi kedua rating agar predikat terhitung.</source>
        <translation>Fill in both ratings to compute the predikat.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Di Atas</source>
        <translation>Above</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sesuai</source>
        <translation>Meets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Di Bawah</source>
        <translation>Below</translation>
    </message>
</context>
<context>
    <name>PenilaianPage</name>
    <message>
        <location filename="../../kinerja_desktop/gui/penilaian_page.py" line="+162"/>
        <source>Periode penilaian tahun kerja yang dipilih (contoh: TRIWULAN I = Januari–Maret). Yang dipilih otomatis: periode terakhir yang sudah berakhir.</source>
        <translation>Appraisal period of the selected working year (example: TRIWULAN I = January–March). Chosen automatically: the latest period that has already ended.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hanya pegawai yang berada langsung di unit ini (contoh: Sekretariat). &quot;Semua unit&quot; menampilkan semua pegawai.</source>
        <translation>Only employees placed directly in this unit (example: Sekretariat). &quot;All units&quot; shows all employees.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Capaian kinerja organisasi unit pada periode ini, yang menentukan pola kurva distribusi (contoh: Baik → predikat terbanyak Baik, paling banyak 70%, harus ada Butuh Perbaikan atau Kurang).</source>
        <translation>The unit&apos;s organisational performance in this period, which sets the distribution curve pattern (example: Baik → Baik is the most common predikat, at most 70%, and there must be some Butuh Perbaikan or Kurang).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menyimpan semua rating yang diubah (baris bertanda ●) sekaligus (Ctrl+S). Bila satu ditolak, tidak ada yang disimpan.</source>
        <translation>Saves all changed ratings (rows marked ●) at once (Ctrl+S). If one is rejected, nothing is saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membatalkan perubahan rating terakhir (Ctrl+Z)</source>
        <translation>Undoes the last rating change (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mengulangi perubahan yang dibatalkan (Ctrl+Y)</source>
        <translation>Redoes the undone change (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membaca daftar penilaian lagi (F5)</source>
        <translation>Reads the appraisal list again (F5)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ekspor lembar penilaian…</source>
        <translation>Export appraisal sheet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Impor lembar penilaian…</source>
        <translation>Import appraisal sheet…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Menyimpan daftar penilaian periode ini sebagai file Excel untuk diisi tanpa aplikasi: pilih rating di kolom Rating Hasil Kerja dan Rating Perilaku (atau ketik 1 = Di Atas, 2 = Sesuai, 3 = Di Bawah Ekspektasi); bila perlu isi Predikat Ditetapkan dengan Alasan Perubahan Predikat, dan Catatan/Rekomendasi. Contoh nama: penilaian-2026-TW2.xlsx</source>
        <translation>Saves this period&apos;s appraisal list as an Excel file to fill in without the application: choose the ratings in the Rating Hasil Kerja and Rating Perilaku columns (or type 1 = Above, 2 = Meets, 3 = Below Expectations); if needed fill in Predikat Ditetapkan with Alasan Perubahan Predikat (the reason), and Catatan/Rekomendasi. Example name: penilaian-2026-TW2.xlsx</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Membaca lembar penilaian yang sudah diisi lalu menyimpan semua rating, predikat yang diubah beserta alasannya, dan catatan sekaligus. File harus hasil ekspor untuk periode (dan unit) yang dipilih; bila ada satu kesalahan, tidak ada yang disimpan. Baris dengan rating kosong dilewati.</source>
        <translation>Reads a filled-in appraisal sheet and saves all ratings, changed predikat with their reasons, and notes at once. The file must be an export for the selected period (and unit); if there is a single error nothing is saved. Rows with empty ratings are skipped.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ekspor rekap unit…</source>
        <translation>Export unit summary…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rekap penilaian unit (beserta sub-unit) untuk periode ini: NIP, nama, jabatan, rating, predikat dan status per pegawai, dengan tabel distribusi predikat terhadap kurva. Admin: unit di kotak Unit; pejabat: unit yang dipimpinnya.</source>
        <translation>Unit appraisal summary (including sub-units) for this period: NIP, name, position, ratings, predikat and status per employee, with a table of the predikat distribution against the curve. Admin: the unit in the Unit box; officials: the unit they lead.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ekspor/impor lembar penilaian untuk diisi luring, dan ekspor rekap unit (file .xlsx)</source>
        <translation>Export/import appraisal sheets to fill in offline, and export the unit summary (.xlsx file)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kolom yang diisi oleh tombol 1/2/3; Tab berpindah antara Rating Hasil Kerja dan Rating Perilaku.</source>
        <translation>The column that the 1/2/3 keys fill in; Tab switches between Work Result Rating and Behaviour Rating.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pilih baris lalu tekan &lt;b&gt;1&lt;/b&gt; = Di Atas, &lt;b&gt;2&lt;/b&gt; = Sesuai, &lt;b&gt;3&lt;/b&gt; = Di Bawah Ekspektasi untuk kolom rating yang aktif. &lt;b&gt;Tab&lt;/b&gt; berpindah kolom rating, &lt;b&gt;Enter&lt;/b&gt; turun ke baris berikutnya, &lt;b&gt;Ctrl+Z&lt;/b&gt; membatalkan, &lt;b&gt;Ctrl+S&lt;/b&gt; menyimpan. Klik ganda membuka formulir evaluasi.</source>
        <translation>Select a row, then press &lt;b&gt;1&lt;/b&gt; = Above, &lt;b&gt;2&lt;/b&gt; = Meets, &lt;b&gt;3&lt;/b&gt; = Below Expectations for the active rating column. &lt;b&gt;Tab&lt;/b&gt; switches the rating column, &lt;b&gt;Enter&lt;/b&gt; moves down to the next row, &lt;b&gt;Ctrl+Z&lt;/b&gt; undoes, &lt;b&gt;Ctrl+S&lt;/b&gt; saves. Double-click opens the evaluation form.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tabel penilaian</source>
        <translation>Appraisal table</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Buka halaman SKP</source>
        <translation>Open the SKP page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pegawai muncul di sini setelah SKP-nya ditetapkan dengan Anda sebagai pejabat penilai kinerja.</source>
        <translation>Employees appear here once their SKP has been approved with you as the appraising official.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Peringatan kurva distribusi hanya sebagai pertimbangan; penyimpanan tidak pernah ditolak karenanya.</source>
        <translation>Distribution curve warnings are for consideration only; saving is never refused because of them.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Capaian kinerja organisasi:</source>
        <translation>&amp;Organisational performance:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SK = Sangat Kurang · K = Kurang/Misconduct · BP = Butuh Perbaikan · B = Baik · SB = Sangat Baik. Garis putus-putus: pola kurva.</source>
        <translation>SK = Sangat Kurang · K = Kurang/Misconduct · BP = Butuh Perbaikan · B = Baik · SB = Sangat Baik. Dashed line: curve pattern.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Rating belum disimpan</source>
        <translation>Unsaved ratings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating {n} pegawai belum disimpan dan akan hilang. Buang perubahan?</source>
        <translation>The ratings of {n} employee(s) have not been saved and will be lost. Discard changes?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Penilaian tahun {tahun}</source>
        <translation>Appraisal {tahun}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Membaca daftar penilaian</source>
        <translation>Reading the appraisal list</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ditetapkan oleh {oleh} pada {tanggal} (halaman SKM).</source>
        <translation>Set by {oleh} on {tanggal} (SKM page).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belum ditetapkan untuk unit dan periode ini: pilihan di atas hanya simulasi. Tetapkan di halaman SKM.</source>
        <translation>Not yet set for this unit and period: the choice above is only a simulation. Set it on the SKM page.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Periode {label} baru berakhir {selesai}; penilaian dapat diisi mulai {mulai}. Tabel hanya dapat dilihat.</source>
        <translation>Period {label} does not end until {selesai}; appraisals can be entered from {mulai}. The table is view-only.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Belum ada SKP tahun {tahun} yang ditetapkan untuk periode {periode} pada pilihan ini. Tetapkan SKP pegawai di halaman SKP terlebih dahulu.</source>
        <translation>No {tahun} SKP has been approved for period {periode} in this selection yet. Approve the employees&apos; SKPs on the SKP page first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tidak ada pegawai yang Anda nilai pada periode {periode} tahun {tahun}. Pegawai muncul di sini setelah SKP-nya ditetapkan dengan Anda sebagai pejabat penilai kinerja.</source>
        <translation>There are no employees for you to appraise in period {periode} of {tahun}. Employees appear here once their SKP has been approved with you as the appraising official.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kolom aktif: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>Active column: &lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{rated} dari {n} pegawai berpredikat</source>
        <translation>{rated} of {n} employees have a predikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · {c} belum disimpan</source>
        <translation> · {c} not saved</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Distribusi predikat terhadap kurva organisasi {org}</source>
        <translation>Predikat distribution against the organisation curve {org}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Peringatan kurva&lt;/b&gt; (hanya pertimbangan):&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Curve warnings&lt;/b&gt; (for consideration only):&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distribusi sesuai pola kurva.</source>
        <translation>The distribution matches the curve pattern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belum ada predikat.</source>
        <translation>No predikat yet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lengkapi kedua rating sebelum menyimpan; belum lengkap: {nama}.</source>
        <translation>Complete both ratings before saving; incomplete: {nama}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{n} penilaian disimpan.</source>
        <translation>{n} appraisal(s) saved.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Menyimpan penilaian</source>
        <translation>Saving appraisals</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+16"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Ekspor lembar penilaian</source>
        <translation>Export appraisal sheet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Impor lembar penilaian</source>
        <translation>Import appraisal sheet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pilih unit kerja di kotak Unit terlebih dahulu; rekap dibuat per unit (beserta sub-unitnya).</source>
        <translation>Choose a work unit in the Unit box first; the summary is made per unit (including its sub-units).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ekspor rekap unit</source>
        <translation>Export unit summary</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Lembar penilaian {periode} ({n} pegawai) disimpan ke {path}. Isi kolom rating, lalu pilih Excel → Impor lembar penilaian.</source>
        <translation>Appraisal sheet for {periode} ({n} employees) saved to {path}. Fill in the rating columns, then choose Excel → Import appraisal sheet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mengekspor lembar penilaian</source>
        <translation>Exporting the appraisal sheet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Impor {file} selesai: {n} pegawai dinilai, {tetap} tidak berubah, {lewat} dilewati (rating kosong).</source>
        <translation>Import of {file} finished: {n} employees appraised, {tetap} unchanged, {lewat} skipped (empty rating).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mengimpor lembar penilaian</source>
        <translation>Importing the appraisal sheet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rekap {unit} {periode}: {n} pegawai, {dinilai} dinilai; disimpan ke {path}.</source>
        <translation>Summary for {unit} {periode}: {n} employees, {dinilai} appraised; saved to {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mengekspor rekap unit</source>
        <translation>Exporting the unit summary</translation>
    </message>
</context>
<context>
    <name>PenugasanDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/pegawai_page.py" line="-1436"/>
        <source>Tambah Plt/Plh</source>
        <translation>Add Plt/Plh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plt (Pelaksana Tugas) atau Plh (Pelaksana Harian) menjalankan tugas seorang pejabat untuk rentang tanggal; selama itu dialah yang menilai bawahan pejabat tersebut.</source>
        <translation>A Plt (Pelaksana Tugas, acting official) or Plh (Pelaksana Harian, daily stand-in) carries out an official&apos;s duties for a date range; during that time they appraise that official&apos;s subordinates.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pegawai ini berhalangan dan digantikan</source>
        <translation>This employee is unavailable and is replaced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pegawai ini menjadi Plt/Plh</source>
        <translation>This employee becomes Plt/Plh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilih apakah {nama} adalah pejabat yang digantikan, atau yang menggantikan.</source>
        <translation>Choose whether {nama} is the official being replaced, or the one standing in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plt (Pelaksana Tugas)</source>
        <translation>Plt (Pelaksana Tugas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plh (Pelaksana Harian)</source>
        <translation>Plh (Pelaksana Harian)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plt: jabatan kosong atau pejabat berhalangan lama (contoh: 3 bulan). Plh: berhalangan sementara (contoh: cuti 2 minggu).</source>
        <translation>Plt: vacant position or official absent for a long time (e.g. 3 months). Plh: temporarily absent (e.g. 2 weeks&apos; leave).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contoh 197501012000031002</source>
        <translation>e.g. 197501012000031002</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NIP pegawai lain dalam penugasan ini, 18 digit, contoh 197501012000031002.</source>
        <translation>NIP of the other employee in this assignment, 18 digits, e.g. 197501012000031002.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tanggal mulai berlaku, contoh 1 Maret 2026.</source>
        <translation>Start date, e.g. 1 March 2026.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampai ada keputusan lain</source>
        <translation>Until further notice</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tanggal terakhir berlaku, contoh 31 Maret 2026.</source>
        <translation>Last date in force, e.g. 31 March 2026.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contoh: SPT Nomor 800/123/2026</source>
        <translation>e.g. SPT Nomor 800/123/2026</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP pegawai lain</source>
        <translation>Other employee&apos;s NIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesai</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Pegawai lain tidak boleh pegawai ini sendiri.</source>
        <translation>The other employee cannot be this employee.</translation>
    </message>
</context>
<context>
    <name>PerilakuTab</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skp_editor_tabs.py" line="-198"/>
        <source>&lt;b&gt;Perilaku kerja (Core Values ASN BerAKHLAK)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Work behaviour (ASN Core Values BerAKHLAK)&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Ekspektasi khusus pimpinan&lt;/b&gt; (boleh kosong)</source>
        <translation>&lt;b&gt;Superior&apos;s specific expectations&lt;/b&gt; (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Harapan khusus pejabat penilai atas perilaku ini, mis. &apos;Menyelesaikan permintaan data dari bidang lain paling lambat 2 hari kerja&apos;.</source>
        <translation>The appraising official&apos;s specific expectation for this behaviour, e.g. &apos;Complete data requests from other divisions within 2 working days&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>mis. Menanggapi keluhan layanan di hari yang sama</source>
        <translation>e.g. Respond to service complaints on the same day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ekspektasi khusus pimpinan untuk &apos;{nama}&apos;, mis. &apos;Menanggapi keluhan layanan di hari yang sama&apos;. Kosongkan bila tidak ada.</source>
        <translation>Superior&apos;s specific expectation for &apos;{nama}&apos;, e.g. &apos;Respond to service complaints on the same day&apos;. Leave empty if there is none.</translation>
    </message>
</context>
<context>
    <name>PeriodeDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/periode_dialog.py" line="+147"/>
        <source>Periode penilaian {tahun}</source>
        <translation>Appraisal periods {tahun}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peraturan tidak menetapkan berapa kali kinerja dinilai dalam setahun; kantor memilih skema di bawah. Penilaian tahunan selalu ada setelah periode terakhir.</source>
        <translation>The regulations do not set how often performance is appraised in a year; the office chooses the scheme below. The annual appraisal always follows the last period.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bulanan (12 periode)</source>
        <translation>Monthly (12 periods)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triwulanan (4 periode)</source>
        <translation>Quarterly (4 periods)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semesteran (2 periode)</source>
        <translation>Half-yearly (2 periods)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seberapa sering realisasi diisi dan dinilai. Contoh: Triwulanan = Januari–Maret, April–Juni, Juli–September, Oktober–Desember.</source>
        <translation>How often realisation is entered and appraised. Example: Quarterly = January–March, April–June, July–September, October–December.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hari terakhir SKP tahun {tahun} harus sudah ditetapkan pejabat penilai. Contoh: 31 Januari {tahun}.</source>
        <translation>The last day by which the {tahun} SKPs must be approved by the appraising official. Example: 31 January {tahun}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Berapa hari setelah periode berakhir pegawai masih dapat mengisi realisasi. Contoh: 5 hari → realisasi triwulan I paling lambat 5 April.</source>
        <translation>How many days after a period ends employees can still enter realisation. Example: 5 days → realisation for quarter I by 5 April at the latest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Berapa hari setelah periode berakhir pejabat penilai harus selesai menilai; tidak boleh lebih awal dari tenggat realisasi. Contoh: 10 hari.</source>
        <translation>How many days after a period ends the appraising official must finish the appraisal; it cannot be earlier than the realisation deadline. Example: 10 days.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Periode yang dihasilkan skema dan tenggat di atas.</source>
        <translation>The periods produced by the scheme and deadlines above.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hanya admin yang dapat mengubah periode penilaian.</source>
        <translation>Only the admin can change the appraisal periods.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Skema periode:</source>
        <translation>Period &amp;scheme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batas penetapan SKP:</source>
        <translation>SKP &amp;approval deadline:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenggat &amp;realisasi:</source>
        <translation>&amp;Realisation deadline:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenggat &amp;penilaian:</source>
        <translation>A&amp;ppraisal deadline:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Periode yang dihasilkan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Resulting periods&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PeriodeTableModel</name>
    <message>
        <location filename="../../kinerja_desktop/gui/periode_choice.py" line="+21"/>
        <source>Tahunan</source>
        <translation>Annual</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/gui/periode_dialog.py" line="-116"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batas realisasi</source>
        <translation>Realisation deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batas penilaian</source>
        <translation>Appraisal deadline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nama periode pada formulir</source>
        <translation>Period name on the form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kode periode untuk perintah dan berkas, contoh 2026-TW1</source>
        <translation>Period code for commands and files, e.g. 2026-TW1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hari pertama periode</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hari terakhir periode</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hari terakhir pegawai mengisi realisasi</source>
        <translation>Last day for employees to enter realisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hari terakhir pejabat penilai memberi penilaian</source>
        <translation>Last day for the appraising official to give the appraisal</translation>
    </message>
</context>
<context>
    <name>PilihPesertaDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/rapat_evaluasi_page.py" line="+104"/>
        <source>Tambah peserta dari pegawai unit</source>
        <translation>Add participants from the unit&apos;s employees</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Centang pegawai yang hadir (contoh: kepala unit dan semua staf). Nama yang sudah ada di daftar peserta tidak ditampilkan lagi.</source>
        <translation>Tick the employees who attended (example: the unit head and all staff). Names already in the participant list are not shown again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Centang semua</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mencentang semua pegawai pada daftar ini</source>
        <translation>Ticks all employees in this list</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Semua pegawai unit ini sudah ada di daftar peserta.</source>
        <translation>All employees of this unit are already in the participant list.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/jobs.py" line="-133"/>
        <source>Menyiapkan…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Menghitung perkiraan waktu…</source>
        <translation>Estimating time remaining…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menghentikan pekerjaan ini. Yang belum selesai tidak disimpan.</source>
        <translation>Stop this job. Unfinished work is not saved.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menunggu langkah yang sedang berjalan selesai…</source>
        <translation>Waiting for the current step to finish…</translation>
    </message>
</context>
<context>
    <name>ProvinsiKolom</name>
    <message>
        <location filename="../../kinerja_desktop/gui/sync_provinsi_tab.py" line="+85"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} hari</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nomor {n}, {waktu}</source>
        <translation>number {n}, {waktu}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{situs} — {nama}: paket terakhir {paket} ({berkas}); {diterima} paket diterima, {ubah} perubahan diterapkan (sampai nomor {sampai}); {konflik} konflik, {karantina} paket karantina; {pegawai} pegawai tersimpan di sini.</source>
        <translation>{situs} — {nama}: last package {paket} ({berkas}); {diterima} packages received, {ubah} changes applied (up to number {sampai}); {konflik} conflicts, {karantina} quarantined packages; {pegawai} employees held here.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ada paket yang hilang: kantor ini diminta mengirim ulang dari nomor {n}.</source>
        <translation>A package is missing: this office is asked to resend from number {n}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+57"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Kode dan nama kantor (situs anak) yang terdaftar di sini.</source>
        <translation>Code and name of the office (child site) enrolled here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paket terakhir</source>
        <translation>Last package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor dan waktu paket terakhir dari kantor itu yang diimpor di sini.</source>
        <translation>Number and time of the last package from that office imported here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jeda</source>
        <translation>Lag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berapa hari sejak paket terakhir kantor itu diterima: hijau sampai {k} hari, kuning sampai {m} hari, merah lebih lama.</source>
        <translation>Days since the last package of that office was received: green up to {k} days, yellow up to {m} days, red for longer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paket</source>
        <translation>Packages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumlah paket kantor itu yang diimpor di sini (diterapkan atau duplikat).</source>
        <translation>Number of packages of that office imported here (applied or duplicate).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumlah perubahan data dari kantor itu yang diterapkan di sini.</source>
        <translation>Number of data changes from that office applied here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Jumlah pegawai dari data kantor itu (beserta laptop penilainya) yang tersimpan di sini.</source>
        <translation>Number of employees from the data of that office (and its assessors&apos; laptops) held here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Konflik</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konflik yang tercatat untuk paket kantor itu; lihat tab Konflik.</source>
        <translation>Conflicts recorded for the packages of that office; see the Conflicts tab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Konflik di kantor</source>
        <translation>Conflicts at the office</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>{n} konflik diputuskan di kantor itu sendiri; yang terbaru ada di tab Konflik (kolom Diputuskan di).</source>
        <translation>{n} conflicts were decided at that office itself; the newest are in the Konflik tab (column Decided at).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Konflik yang diputuskan di kantor itu sendiri (dengan laptop penilainya), menurut paket terakhirnya. Yang terbaru (paling banyak {maks}) ada di tab Konflik, kolom Diputuskan di.</source>
        <translation>Conflicts decided at that office itself (with its assessors&apos; laptops), as its last package reported. The newest (at most {maks}) are in the Konflik tab, column Decided at.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Karantina</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paket kantor itu yang ditolak dan disalin ke karantina.</source>
        <translation>Packages of that office that were refused and copied to quarantine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kirim ulang</source>
        <translation>Resend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dari nomor {n}</source>
        <translation>from number {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ada paket yang hilang: paket berikutnya dari sini meminta kantor itu mengirim ulang dari nomor ini.</source>
        <translation>A package is missing: the next package from here asks that office to resend from this number.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>belum ada yang dinilai</source>
        <translation>nobody appraised yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jumlah seluruh kantor</source>
        <translation>Total of all offices</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jumlah pegawai dengan predikat {p}.</source>
        <translation>Number of employees rated {p}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kantor (menurut situs yang menulis data pegawainya); baris terakhir menjumlahkan semuanya.</source>
        <translation>Office (by the site that wrote its employee data); the last row adds them all up.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pegawai aktif yang ditempatkan pada unit kerja.</source>
        <translation>Active employees placed in a work unit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dinilai</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pegawai yang sudah punya predikat untuk periode ini.</source>
        <translation>Employees who already have a rating for this period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belum dinilai</source>
        <translation>Not appraised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pegawai dengan SKP ditetapkan yang belum punya predikat.</source>
        <translation>Employees with an approved SKP who have no rating yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanpa SKP</source>
        <translation>Without SKP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pegawai tanpa SKP ditetapkan untuk periode ini.</source>
        <translation>Employees without an approved SKP for this period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sebaran</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sebaran predikat pegawai yang sudah dinilai: SB Sangat Baik, B Baik, BP Butuh Perbaikan, K Kurang/Misconduct, SK Sangat Kurang.</source>
        <translation>Distribution of the ratings of appraised employees: SB Very Good, B Good, BP Needs Improvement, K Poor/Misconduct, SK Very Poor.</translation>
    </message>
</context>
<context>
    <name>ProvinsiTab</name>
    <message>
        <location line="+71"/>
        <source>Satu baris per kantor (situs anak): paket terakhir yang diterima, jedanya, dan yang perlu ditindaklanjuti (konflik, karantina, permintaan kirim ulang).</source>
        <translation>One row per office (child site): the last package received, the lag since, and what needs follow-up (conflicts, quarantine, resend requests).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belum ada kantor yang terdaftar. Terima kartu kunci kantor di tab Kunci.</source>
        <translation>No office is enrolled yet. Accept an office&apos;s key card on the Keys tab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status per kantor</source>
        <translation>Status per office</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Periode penilaian yang direkap (tahun kerja yang dipilih di atas), misalnya Triwulan I atau Tahunan.</source>
        <translation>The appraisal period to summarise (of the working year chosen above), for example Quarter I or Annual.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sebaran predikat per kantor untuk periode terpilih, dari data yang sudah diterima di sini; baris terakhir adalah jumlah seluruh kantor.</source>
        <translation>Rating distribution per office for the chosen period, from the data received here; the last row is the total of all offices.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sebaran predikat per kantor</source>
        <translation>Rating distribution per office</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Membaca rekap provinsi</source>
        <translation>Reading the province summary</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tidak ada periode penilaian pada tahun ini.</source>
        <translation>There is no appraisal period in this year.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{periode} {tahun}: {dinilai} dari {pegawai} pegawai sudah dinilai di {n} kantor; {belum} belum dinilai, {tanpa} tanpa SKP.</source>
        <translation>{periode} {tahun}: {dinilai} of {pegawai} employees appraised in {n} offices; {belum} not appraised yet, {tanpa} without SKP.</translation>
    </message>
</context>
<context>
    <name>RapatEvaluasiPage</name>
    <message>
        <location filename="../../kinerja_desktop/gui/rapat_evaluasi_page.py" line="+53"/>
        <source>Unit kerja yang mengadakan rapat evaluasi (contoh: Bidang Pembinaan). Rekap mencakup pegawai unit ini dan seluruh sub-unitnya.</source>
        <translation>The work unit holding the evaluation meeting (example: Bidang Pembinaan). The summary covers the employees of this unit and all its sub-units.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Periode yang dievaluasi dalam rapat (contoh: TRIWULAN I = Januari–Maret). Yang dipilih otomatis: periode terakhir yang sudah berakhir.</source>
        <translation>The period evaluated in the meeting (example: TRIWULAN I = January–March). Chosen automatically: the latest period that has already ended.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menyimpan catatan rapat (Ctrl+S). Tanggal, paling sedikit satu peserta dan kesimpulan wajib diisi.</source>
        <translation>Saves the meeting notes (Ctrl+S). The date, at least one participant and the conclusions are required.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ekspor notulen (xlsx)…</source>
        <translation>Export minutes (xlsx)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menyimpan notulen dan agenda (rekap unit) ke buku kerja Excel untuk dicetak atau dibagikan. Tanpa catatan tersimpan, lembar Notulen berupa formulir kosong.</source>
        <translation>Saves the minutes and the agenda (unit summary) to an Excel workbook for printing or sharing. Without saved notes, the Notulen (minutes) sheet is an empty form.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hapus catatan</source>
        <translation>Delete notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menghapus catatan rapat periode ini (agenda tidak ikut terhapus).</source>
        <translation>Deletes the meeting notes for this period (the agenda is not deleted).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membaca rekap dan catatan rapat lagi (F5)</source>
        <translation>Reads the summary and meeting notes again (F5)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Agenda rapat: rekap unit</source>
        <translation>Meeting agenda: unit summary</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Jumlah pegawai per predikat pada periode ini, untuk dibahas dalam rapat (contoh: Baik 12 · Butuh Perbaikan 2).</source>
        <translation>Number of employees per predikat in this period, for discussion in the meeting (example: Baik 12 · Butuh Perbaikan 2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agenda: rekap penilaian unit</source>
        <translation>Agenda: unit appraisal summary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rekap penilaian unit untuk periode ini menjadi bahan (agenda) rapat evaluasi.</source>
        <translation>The unit appraisal summary for this period is the material (agenda) for the evaluation meeting.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tanggal rapat diadakan, pada atau setelah awal periode (contoh: 8 April 2026 untuk evaluasi TRIWULAN I).</source>
        <translation>The date the meeting was held, on or after the start of the period (example: 8 April 2026 for the TRIWULAN I evaluation).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contoh: Ruang Rapat Bidang Pembinaan</source>
        <translation>example: Ruang Rapat Bidang Pembinaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tempat rapat (boleh kosong), contoh: Ruang Rapat Lantai 2 atau Zoom Meeting.</source>
        <translation>Meeting venue (may be empty), example: 2nd Floor Meeting Room or Zoom Meeting.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contoh: Rina Marlina, Kepala Bidang</source>
        <translation>example: Rina Marlina, Kepala Bidang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yang memimpin rapat (boleh kosong), biasanya kepala unit. Contoh: Rina Marlina, S.Pd., M.M. Ketik beberapa huruf untuk memilih dari pegawai unit.</source>
        <translation>Who chaired the meeting (may be empty), usually the unit head. Example: Rina Marlina, S.Pd., M.M. Type a few letters to choose from the unit&apos;s employees.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Peserta rapat, satu nama per baris (contoh: Budi Santoso — Kepala Seksi Kurikulum). Klik ganda untuk mengubah; paling sedikit satu peserta.</source>
        <translation>Meeting participants, one name per line (example: Budi Santoso — Kepala Seksi Kurikulum). Double-click to edit; at least one participant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ketik nama peserta lalu Enter</source>
        <translation>Type a participant&apos;s name, then press Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peserta dari luar daftar pegawai unit (contoh: Drs. Hasan, Inspektorat). Tekan Enter atau Tambah.</source>
        <translation>Participants from outside the unit&apos;s employee list (example: Drs. Hasan, Inspektorat). Press Enter or Add.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menambahkan nama yang diketik ke daftar</source>
        <translation>Adds the typed name to the list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tambah dari pegawai unit…</source>
        <translation>Add from the unit&apos;s employees…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memilih peserta dari pegawai unit ini dan sub-unitnya (nama dan jabatan).</source>
        <translation>Choose participants from the employees of this unit and its sub-units (name and position).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hapus peserta</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menghapus peserta yang dipilih</source>
        <translation>Removes the selected participants</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>contoh: Capaian unit triwulan I Baik; dua pegawai belum melengkapi bukti dukung.</source>
        <translation>example: The unit&apos;s TRIWULAN I performance is Baik; two employees have not completed their supporting evidence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wajib. Hasil pembahasan rapat: capaian unit, masalah dan keputusan (contoh: Distribusi predikat sesuai kurva; realisasi seksi X terlambat).</source>
        <translation>Required. Outcome of the meeting&apos;s discussion: unit performance, problems and decisions (example: The predikat distribution matches the curve; the achievements of section X are late).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tindak lanjut hasil rapat: klik ganda sel untuk mengisi. Uraian wajib; batas waktu ditulis dd-mm-yyyy (contoh: 30-04-2026); centang Selesai bila sudah.</source>
        <translation>Follow-up actions from the meeting: double-click a cell to fill it in. The description is required; write the deadline as dd-mm-yyyy (example: 30-04-2026); tick Done when finished.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tambah baris</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menambah satu tindak lanjut (contoh: Pendampingan penyusunan bukti dukung).</source>
        <translation>Adds one follow-up action (example: Assistance with preparing supporting evidence).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hapus baris</source>
        <translation>Delete rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menghapus tindak lanjut yang dipilih</source>
        <translation>Deletes the selected follow-up actions</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;empat:</source>
        <translation>L&amp;ocation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pi&amp;mpinan:</source>
        <translation>&amp;Chair:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pe&amp;serta:</source>
        <translation>P&amp;articipants:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kesimpulan:</source>
        <translation>Co&amp;nclusions:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tindak &amp;lanjut:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Catatan rapat (notulen)</source>
        <translation>Meeting notes (minutes)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Buka halaman Unit Kerja</source>
        <translation>Open the Work Units page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapat evaluasi dicatat per unit kerja; buat unit dan tentukan kepala unitnya di halaman Unit Kerja.</source>
        <translation>Evaluation meetings are recorded per work unit; create the units and set their unit heads on the Work Units page.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;h3&gt;Rapat Evaluasi&lt;/h3&gt;&lt;p&gt;Setelah penilaian periodik, unit kerja mengadakan rapat evaluasi yang membahas hasil kinerja unit. Pilih unit dan periode: di kiri tampil rekap penilaian unit (agenda rapat) beserta jumlah per predikat; di kanan catat tanggal, tempat, pimpinan, peserta, kesimpulan dan tindak lanjut rapat, lalu tekan &lt;b&gt;Simpan&lt;/b&gt; (Ctrl+S).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ekspor notulen (xlsx)…&lt;/b&gt; menulis notulen dan agenda ke Excel untuk dicetak. Catatan hanya dapat diubah oleh kepala unit dan admin.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Evaluation Meeting&lt;/h3&gt;&lt;p&gt;After the periodic appraisal, each work unit holds an evaluation meeting to discuss the unit&apos;s performance results. Choose a unit and a period: the left side shows the unit appraisal summary (the meeting agenda) with the count per predikat; on the right, record the meeting&apos;s date, location, chair, participants, conclusions and follow-up actions, then press &lt;b&gt;Save&lt;/b&gt; (Ctrl+S).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Export minutes (xlsx)…&lt;/b&gt; writes the minutes and agenda to Excel for printing. The notes can only be changed by the unit head and the admin.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Rapat evaluasi tahun {tahun}</source>
        <translation>Evaluation meetings {tahun}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Membaca rapat evaluasi</source>
        <translation>Reading the evaluation meeting</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Predikat:&lt;/b&gt; {counts}&lt;br&gt;Dinilai {dinilai} dari {n} pegawai · belum dinilai {belum} · SKP belum ditetapkan {tanpa}</source>
        <translation>&lt;b&gt;Predikat:&lt;/b&gt; {counts}&lt;br&gt;Appraised {dinilai} of {n} employees · not appraised {belum} · SKP not approved {tanpa}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Belum ada pegawai aktif di unit ini. Tambahkan pegawai di halaman Pegawai.</source>
        <translation>There are no active employees in this unit yet. Add employees on the Employees page.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Belum ada unit kerja yang dapat Anda buka. Rapat evaluasi dicatat oleh kepala unit atau admin; buat unit kerja dan tentukan kepala unitnya terlebih dahulu.</source>
        <translation>There are no work units you can open yet. Evaluation meetings are recorded by the unit head or the admin; create the work units and set their unit heads first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pilih unit kerja dan periode di atas untuk menampilkan rekap unit dan mencatat rapat evaluasinya.</source>
        <translation>Choose a work unit and a period above to show the unit summary and record its evaluation meeting.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;span style=&apos;color:#8a6d00&apos;&gt;● Belum disimpan&lt;/span&gt; — ada perubahan yang belum disimpan (Ctrl+S).</source>
        <translation>&lt;span style=&apos;color:#8a6d00&apos;&gt;● Not saved&lt;/span&gt; — there are unsaved changes (Ctrl+S).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&apos;color:#8a6d00&apos;&gt;● Belum dicatat&lt;/span&gt; — rapat evaluasi {periode} belum dicatat. Isi formulir ini lalu Simpan.</source>
        <translation>&lt;span style=&apos;color:#8a6d00&apos;&gt;● Not recorded&lt;/span&gt; — the {periode} evaluation meeting has not been recorded yet. Fill in this form, then Save.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;span style=&apos;color:#1b6e2e&apos;&gt;● Tersimpan&lt;/span&gt; — rapat {tanggal}, {n} peserta, {tl} tindak lanjut belum selesai.</source>
        <translation>&lt;span style=&apos;color:#1b6e2e&apos;&gt;● Saved&lt;/span&gt; — meeting on {tanggal}, {n} participants, {tl} follow-up actions not yet done.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;br&gt;Hanya kepala unit ini dan admin yang dapat mengubah catatan rapat.</source>
        <translation>&lt;br&gt;Only the head of this unit and the admin can change the meeting notes.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Catatan rapat evaluasi {periode} disimpan.</source>
        <translation>Notes of the {periode} evaluation meeting saved.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hapus catatan rapat</source>
        <translation>Delete meeting notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan rapat evaluasi {periode} (peserta, kesimpulan dan {n} tindak lanjut) akan dihapus. Lanjutkan?</source>
        <translation>The notes of the {periode} evaluation meeting (participants, conclusions and {n} follow-up actions) will be deleted. Continue?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Catatan rapat dihapus.</source>
        <translation>Meeting notes deleted.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Catatan rapat belum disimpan</source>
        <translation>Meeting notes not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perubahan catatan rapat evaluasi belum disimpan. Simpan sekarang?</source>
        <translation>The changes to the evaluation meeting notes have not been saved. Save now?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ekspor notulen rapat evaluasi</source>
        <translation>Export evaluation meeting minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Notulen disimpan ke {file}.</source>
        <translation>Minutes saved to {file}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mengekspor notulen rapat</source>
        <translation>Exporting the meeting minutes</translation>
    </message>
</context>
<context>
    <name>RealisasiTab</name>
    <message>
        <location filename="../../kinerja_desktop/gui/evaluasi_tabs.py" line="+103"/>
        <source>Rencana hasil kerja / indikator</source>
        <translation>Work result plan / indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+26"/>
        <source>Realisasi</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setiap indikator kinerja individu (IKI) SKP dengan targetnya; pilih satu untuk mengisi realisasi dan bukti dukungnya, mis. target &apos;4 dokumen&apos;, realisasi &apos;3&apos;.</source>
        <translation>Every individual performance indicator (IKI) of the SKP with its target; select one to enter its achievement (realisasi) and supporting evidence, e.g. target &apos;4 documents&apos;, achievement &apos;3&apos;.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Target IKI menurut SKP, mis. &apos;4 dokumen&apos;.</source>
        <translation>The IKI target according to the SKP, e.g. &apos;4 documents&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mis. 3 atau 12,5</source>
        <translation>e.g. 3 or 12,5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jumlah yang tercapai dalam periode ini, dengan koma untuk desimal, mis. &apos;3&apos; atau &apos;87,5&apos; (satuannya sama dengan target).</source>
        <translation>The amount achieved in this period, with a comma for decimals, e.g. &apos;3&apos; or &apos;87,5&apos; (in the same unit as the target).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Angka realisasi</source>
        <translation>Achievement figure</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uraian capaian; wajib untuk IKI kualitatif, mis. &apos;Laporan diterima pimpinan tanpa revisi pada 28 Maret&apos;. Untuk IKI berangka boleh dikosongkan.</source>
        <translation>Description of what was achieved; required for a qualitative IKI, e.g. &apos;Report accepted by the superior without revisions on 28 March&apos;. May be left empty for a numeric IKI.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+167"/>
        <source>Uraian capaian</source>
        <translation>Achievement description</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Simpan realisasi</source>
        <translation>Save achievement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menyimpan realisasi indikator ini; status periode menjadi &apos;Realisasi diisi&apos;.</source>
        <translation>Saves the achievement for this indicator; the period status becomes &apos;Achievement entered&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bukti dukung</source>
        <translation>Supporting evidence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas (PDF, foto, dokumen; paling besar 20 MB) atau tautan yang membuktikan realisasi, mis. &apos;notulen_rapat_maret.pdf&apos; atau https://drive.example.go.id/…</source>
        <translation>A file (PDF, photo, document; at most 20 MB) or a link that proves the achievement, e.g. &apos;notulen_rapat_maret.pdf&apos; or https://drive.example.go.id/…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tambah berkas…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memilih berkas dari komputer ini, mis. scan surat tugas (PDF, paling besar 20 MB)</source>
        <translation>Chooses a file from this computer, e.g. a scanned assignment letter (PDF, at most 20 MB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tambah tautan…</source>
        <translation>Add link…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alamat web bukti, mis. https://drive.example.go.id/berkas/123</source>
        <translation>Web address of the evidence, e.g. https://drive.example.go.id/berkas/123</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Melepas bukti yang dipilih dari realisasi ini</source>
        <translation>Detaches the selected evidence from this achievement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membuka bukti yang dipilih dengan aplikasi bawaan komputer (atau peramban untuk tautan)</source>
        <translation>Opens the selected evidence with the computer&apos;s default application (or the web browser for links)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ajukan realisasi</source>
        <translation>Submit achievement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mengirim realisasi periode ini kepada pejabat penilai; setelah diajukan realisasi tidak dapat diubah lagi kecuali dikembalikan.</source>
        <translation>Sends this period&apos;s achievement to the appraising official; once submitted, it can no longer be changed unless it is returned.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>belum diisi</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Semua indikator sudah diisi; tekan Ajukan realisasi agar pejabat penilai dapat menilai.</source>
        <translation>All indicators are filled in; press Submit achievement so that the appraising official can appraise it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} indikator belum diisi; isi semuanya sebelum mengajukan.</source>
        <translation>{n} indicator(s) not filled in yet; fill them all in before submitting.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Realisasi hanya dapat diisi pegawai pemilik SKP (atau admin) selama statusnya &apos;Belum diisi&apos; atau &apos;Realisasi diisi&apos;.</source>
        <translation>The achievement can only be entered by the employee who owns the SKP (or the admin) while the status is &apos;Not filled in&apos; or &apos;Achievement entered&apos;.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pilih indikator di sebelah kiri.</source>
        <translation>Choose an indicator on the left.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Belum ada bukti. Tekan Tambah berkas… atau Tambah tautan…</source>
        <translation>No evidence yet. Press Add file… or Add link…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belum ada bukti.</source>
        <translation>No evidence yet.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Isi angka realisasi, mis. {contoh}.</source>
        <translation>Enter the achievement figure, e.g. {contoh}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tulis uraian capaian, mis. &apos;Laporan diterima tanpa revisi&apos;.</source>
        <translation>Write a description of what was achieved, e.g. &apos;Report accepted without revisions&apos;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pilih berkas bukti dukung</source>
        <translation>Choose a supporting evidence file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumen dan gambar (*.pdf *.jpg *.jpeg *.png *.docx *.xlsx *.odt);;Semua berkas (*)</source>
        <translation>Documents and images (*.pdf *.jpg *.jpeg *.png *.docx *.xlsx *.odt);;All files (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tambah tautan bukti</source>
        <translation>Add evidence link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alamat lengkap bukti, mis. https://drive.example.go.id/berkas/123</source>
        <translation>Full address of the evidence, e.g. https://drive.example.go.id/berkas/123</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hapus bukti</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lepaskan bukti “{nama}” dari realisasi ini? Berkasnya tetap tersimpan dan dapat dilampirkan lagi.</source>
        <translation>Detach the evidence “{nama}” from this achievement? The file remains stored and can be attached again.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tidak ada aplikasi untuk membuka {nama}.</source>
        <translation>There is no application to open {nama}.</translation>
    </message>
</context>
<context>
    <name>RiwayatTab</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skp_editor_tabs.py" line="+204"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aksi</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ke</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Atas nama</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Riwayat SKP: siapa mengubah status, kapan, dan alasannya, mis. &apos;Dikembalikan — target IKI 2 belum terukur&apos;.</source>
        <translation>SKP history: who changed the status, when, and why, e.g. &apos;Returned — target of IKI 2 is not measurable&apos;.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../kinerja_desktop/gui/first_run_wizard.py" line="-415"/>
        <source>Peran situs</source>
        <translation>Site role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Komputer ini akan dipakai sebagai apa? Pilihan ini tidak dapat diubah kemudian.</source>
        <translation>What will this computer be used as? This choice cannot be changed later.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kantor</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OPD, BKPSDM kabupaten/kota, UPT atau sekolah: mengelola pegawai, SKP dan penilaian, lalu mengirim paket data ke provinsi.</source>
        <translation>OPD, regency/city BKPSDM, UPT or school: manages employees, SKP and appraisals, then sends data packages to the province.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilih ini untuk kantor yang menilai pegawainya sendiri. Contoh: Dinas Pendidikan Kabupaten Lampung Selatan.</source>
        <translation>Choose this for an office that appraises its own employees. Example: Dinas Pendidikan Kabupaten Lampung Selatan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Provinsi</source>
        <translation>&amp;Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BKD provinsi: menerima paket dari kantor-kantor, memeriksa, dan menerbitkan data referensi.</source>
        <translation>Provincial BKD: receives packages from the offices, checks them, and publishes reference data.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hanya untuk BKD provinsi yang menghimpun data dari kantor. Contoh: BKD Provinsi Lampung.</source>
        <translation>Only for the provincial BKD that collects data from offices. Example: BKD Provinsi Lampung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Laptop penilai</source>
        <translation>&amp;Assessor laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop pejabat penilai yang membawa formulir bawahannya dari kantor induk untuk dinilai, lalu mengembalikannya.</source>
        <translation>An appraising official&apos;s laptop that carries subordinates&apos; forms from the parent office to be appraised, then returns them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilih ini di laptop seorang penilai yang bekerja di luar kantor. Laptop ini memerlukan kode kantor induknya.</source>
        <translation>Choose this on the laptop of an assessor working away from the office. This laptop needs the code of its parent office.</translation>
    </message>
</context>
<context>
    <name>RowErrorModel</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skp_import_dialog.py" line="+117"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nomor baris di Excel</source>
        <translation>Row number in Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huruf kolom dan judulnya</source>
        <translation>Column letter and heading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apa yang salah dan cara memperbaikinya</source>
        <translation>What is wrong and how to fix it</translation>
    </message>
</context>
<context>
    <name>SasaranUnitWidget</name>
    <message>
        <location filename="../../kinerja_desktop/gui/sasaran_unit_widget.py" line="+47"/>
        <source>Pejabat yang memimpin unit; RHK-nya mengintervensi sasaran unit di bawah ini.</source>
        <translation>The official who leads the unit; their RHK supports the unit objectives below.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ubah kepala unit…</source>
        <translation>Change unit head…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menentukan kepala unit (admin). Bila tidak ditentukan, kepala unit diperkirakan dari susunan atasan.</source>
        <translation>Set the unit head (admin). If not set, the unit head is inferred from the supervisor structure.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Kepala unit:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Unit head:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sasaran / indikator kinerja</source>
        <translation>Objective / performance indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sasaran unit (baris induk) dan indikator kinerjanya (baris anak). Contoh sasaran: Meningkatnya mutu layanan pendidikan dasar; contoh indikator: Angka partisipasi murni SD.</source>
        <translation>Unit objectives (parent rows) and their performance indicators (child rows). Example objective: Improved quality of primary education services; example indicator: Primary school net enrolment rate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target indikator, contoh: 98 %, 85 (indeks), 12 laporan.</source>
        <translation>Indicator target, example: 98 %, 85 (index), 12 reports.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+234"/>
        <source>Tambah sasaran</source>
        <translation>Add objective</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>Menambah sasaran unit baru beserta satu indikator kosong.</source>
        <translation>Adds a new unit objective with one empty indicator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+244"/>
        <source>Tambah indikator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Menambah indikator kinerja pada sasaran yang dipilih.</source>
        <translation>Adds a performance indicator to the selected objective.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menghapus sasaran atau indikator yang dipilih (dapat diurungkan dengan Ctrl+Z sebelum disimpan).</source>
        <translation>Deletes the selected objective or indicator (can be undone with Ctrl+Z before saving).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+326"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-324"/>
        <source>Menyimpan sasaran unit tahun ini (Ctrl+S).</source>
        <translation>Saves this year&apos;s unit objectives (Ctrl+S).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mengurungkan perubahan terakhir (Ctrl+Z).</source>
        <translation>Undoes the last change (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mengulangi perubahan yang diurungkan (Ctrl+Y).</source>
        <translation>Redoes the undone change (Ctrl+Y).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hanya admin yang dapat mengubah kepala unit dan sasaran unit.</source>
        <translation>Only the admin can change the unit head and unit objectives.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lihat matriks peran hasil…</source>
        <translation>View role and result matrix…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membuka matriks peran hasil unit ini di halaman SKP: siapa mendukung RHK pimpinan mana, dan RHK mana yang belum didukung.</source>
        <translation>Opens this unit&apos;s role and result matrix on the SKP page: who supports which leadership RHK, and which RHK are not yet supported.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Sasaran unit {tahun}</source>
        <translation>Unit objectives {tahun}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;span style=&apos;color:#a3261d&apos;&gt;belum ditentukan&lt;/span&gt; — tidak dapat diperkirakan dari susunan atasan; admin dapat menentukannya.</source>
        <translation>&lt;span style=&apos;color:#a3261d&apos;&gt;not determined&lt;/span&gt; — cannot be inferred from the supervisor structure; the admin can set it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{nama} (ditentukan admin)</source>
        <translation>{nama} (set by the admin)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{nama} (diperkirakan dari susunan atasan)</source>
        <translation>{nama} (inferred from the supervisor structure)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sasaran {no}: {text}</source>
        <translation>Objective {no}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Indikator: {text}</source>
        <translation>Indicator: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target, contoh: 98 %, 85 (indeks), 12 laporan.</source>
        <translation>Target, example: 98 %, 85 (index), 12 reports.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Belum ada sasaran unit tahun {tahun}. Tekan &quot;Tambah sasaran&quot;.</source>
        <translation>No unit objectives for {tahun} yet. Press &quot;Add objective&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belum ada sasaran unit tahun {tahun}.</source>
        <translation>No unit objectives for {tahun} yet.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Ubah teks</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Hapus sasaran</source>
        <translation>Delete objective</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hapus indikator</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sasaran {no}: uraian sasaran masih kosong.</source>
        <translation>Objective {no}: the objective description is still empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sasaran {no}: isi paling sedikit satu indikator kinerja.</source>
        <translation>Objective {no}: enter at least one performance indicator.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sasaran {no}, indikator {ind}: uraian indikator masih kosong.</source>
        <translation>Objective {no}, indicator {ind}: the indicator description is still empty.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sasaran unit tahun {tahun} tersimpan ({n} sasaran).</source>
        <translation>Unit objectives for {tahun} saved ({n} objectives).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sasaran unit belum disimpan</source>
        <translation>Unit objectives not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perubahan sasaran unit {unit} tahun {tahun} belum disimpan.</source>
        <translation>Changes to the {tahun} unit objectives of {unit} have not been saved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ubah sasaran</source>
        <translation>Edit objectives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kepala unit tersimpan.</source>
        <translation>Unit head saved.</translation>
    </message>
</context>
<context>
    <name>SidikJariDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/sync_dialogs.py" line="-120"/>
        <source>Kartu kunci ditulis</source>
        <translation>Key card written</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kartu kunci situs ini ditulis ke:&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Kirim berkas itu ke situs induk atau anak (flashdisk atau surel). Lalu telepon operatornya dan bacakan sidik jari di bawah ini, kelompok demi kelompok; mereka mengetiknya saat menerima kartu.</source>
        <translation>This site&apos;s key card was written to:&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Send that file to the parent or child site (flash drive or e-mail). Then phone its operator and read out the fingerprint below, group by group; they type it in when accepting the card.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kunci situs ini diganti</source>
        <translation>This site&apos;s keys were replaced</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kunci situs ini sudah diganti; kunci lama dicabut. Sidik jari barunya di bawah ini.&lt;br&gt;&lt;br&gt;Langkah berikutnya: tulis kartu kunci baru dan kirim ke setiap situs induk dan anak. Telepon operatornya dan bacakan sidik jari baru ini; mereka menerima kartu itu dengan pilihan &lt;b&gt;Ganti kunci situs itu&lt;/b&gt;. Sampai itu dilakukan, paket dari situs ini ditolak di sana.</source>
        <translation>This site&apos;s keys have been replaced; the old keys are revoked. The new fingerprint is below.&lt;br&gt;&lt;br&gt;Next step: write the new key card and send it to every parent and child site. Phone their operators and read out this new fingerprint; they accept the card with the option &lt;b&gt;Replace that site&apos;s keys&lt;/b&gt;. Until then, packages from this site are refused there.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sidik jari kunci situs ini: 8 kelompok 4 huruf/angka (0–9, A–F). Bacakan lewat telepon atau cetak dan serahkan; jangan dikirim bersama kartunya.</source>
        <translation>This site&apos;s key fingerprint: 8 groups of 4 letters/digits (0–9, A–F). Read it out by phone, or print it and hand it over; do not send it together with the card.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Salin sidik jari</source>
        <translation>Copy fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menyalin sidik jari ke papan klip, misalnya untuk dicetak.</source>
        <translation>Copies the fingerprint to the clipboard, for example to print it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menutup jendela ini; sidik jari tetap tampil di tab Kunci.</source>
        <translation>Closes this window; the fingerprint stays on the Keys tab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tulis kartu kunci baru…</source>
        <translation>Write new key card…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menutup jendela ini lalu menulis kartu kunci baru situs ini ke folder atau flashdisk untuk situs induk dan anak.</source>
        <translation>Closes this window, then writes this site&apos;s new key card to a folder or flash drive for the parent and child sites.</translation>
    </message>
</context>
<context>
    <name>SkippedDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/cetak_page.py" line="-725"/>
        <source>Pegawai yang dilewati</source>
        <translation>Skipped employees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} pegawai tidak dicetak. Perbaiki datanya lalu cetak lagi:</source>
        <translation>{n} employees were not printed. Fix their data, then print again:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{who}: {why}</source>
        <translation>{who}: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SkmPage</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skm_page.py" line="-270"/>
        <source>A (Sangat Baik)</source>
        <translation>A (Very Good)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B (Baik)</source>
        <translation>B (Good)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C (Kurang Baik)</source>
        <translation>C (Poor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D (Tidak Baik)</source>
        <translation>D (Not Good)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Respons (xlsx)</source>
        <translation>Responses (xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NRR dari laporan</source>
        <translation>NRR from report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1/9 (tepat)</source>
        <translation>1/9 (exact)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0,111 (contoh pedoman)</source>
        <translation>0,111 (guideline example)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syarat yang harus dipenuhi pemohon (dokumen, administrasi). Contoh NRR: 3,25.</source>
        <translation>Requirements the applicant must meet (documents, administration). Example NRR: 3,25.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tata cara pelayanan dari permohonan sampai selesai, termasuk alur pengaduan. Contoh: 3,10.</source>
        <translation>Service procedure from application to completion, including the complaints process. Example: 3,10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lama waktu penyelesaian seluruh proses pelayanan. Contoh: 2,95.</source>
        <translation>Time taken to complete the whole service process. Example: 2,95.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Biaya yang dikenakan; pelayanan gratis biasanya dinilai 4. Contoh: 3,80.</source>
        <translation>Fees charged; free services are usually rated 4. Example: 3,80.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kesesuaian hasil pelayanan dengan standar yang ditetapkan. Contoh: 3,30.</source>
        <translation>How well the service outcome matches the set standard. Example: 3,30.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pengetahuan, keahlian, dan keterampilan petugas. Contoh: 3,40.</source>
        <translation>Staff knowledge, expertise and skills. Example: 3,40.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sikap petugas: sopan, ramah, tanggap. Contoh: 3,50.</source>
        <translation>Staff attitude: polite, friendly, responsive. Example: 3,50.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tersedianya dan tindak lanjut saluran pengaduan, saran dan masukan. Contoh: 3,00.</source>
        <translation>Availability and follow-up of channels for complaints, suggestions and input. Example: 3,00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ruang tunggu, toilet, parkir, dan perlengkapan pelayanan lainnya. Contoh: 3,20.</source>
        <translation>Waiting room, toilets, parking and other service facilities. Example: 3,20.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Istimewa</source>
        <translation>Istimewa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baik</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Butuh Perbaikan (Cukup)</source>
        <translation>Butuh Perbaikan (Cukup)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurang</source>
        <translation>Kurang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sangat Kurang</source>
        <translation>Sangat Kurang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belum ada survei untuk unit dan periode ini. Unduh template, isi respons, lalu impor.</source>
        <translation>No survey for this unit and period yet. Download the template, fill in the responses, then import.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responden</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IKM</source>
        <translation>IKM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konversi</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mutu</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsur terlemah</source>
        <translation>Weakest element</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Mutu pelayanan menurut nilai konversi: A 88,31–100; B 76,61–88,30; C 65,00–76,60; D 25,00–64,99.</source>
        <translation>Service quality by converted score: A 88.31–100; B 76.61–88.30; C 65.00–76.60; D 25.00–64.99.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indeks Kepuasan Masyarakat (1–4), {bobot}</source>
        <translation>Community Satisfaction Index (1–4), {bobot}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Seluruh unit</source>
        <translation>Whole unit</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsur pelayanan</source>
        <translation>Service element</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NRR tertimbang</source>
        <translation>Weighted NRR</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{text} — unsur terlemah (NRR terendah)</source>
        <translation>{text} — weakest element (lowest NRR)</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Unit kerja yang disurvei (contoh: 1.02 Bidang Pembinaan SD). Survei dan capaian kinerja organisasi berlaku untuk unit ini saja.</source>
        <translation>The surveyed work unit (example: 1.02 Bidang Pembinaan SD). The survey and the organisational performance apply to this unit only.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Periode survei pada tahun kerja (contoh: TRIWULAN I = Januari–Maret; TAHUNAN untuk survei setahun).</source>
        <translation>Survey period in the working year (example: TRIWULAN I = January–March; TAHUNAN for a year-long survey).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seluruh unit</source>
        <translation>whole unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untuk survei baru: kosongkan bila survei mencakup seluruh unit; isi nama layanan bila unit menyurvei beberapa layanan terpisah (contoh: Legalisir Ijazah).</source>
        <translation>For a new survey: leave empty if the survey covers the whole unit; enter the service name if the unit surveys several services separately (example: Legalisir Ijazah).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bobot tiap unsur untuk survei baru. 1/9 tepat (disarankan). 0,111 hanya untuk menyamakan dengan contoh di pedoman, yang sedikit menurunkan IKM; bobot yang dipakai selalu dicetak.</source>
        <translation>Weight of each element for a new survey. 1/9 is exact (recommended). 0,111 is only for matching the example in the guidelines, and slightly lowers the IKM; the weight used is always printed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Layanan:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bobot:</source>
        <translation>&amp;Weight:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+87"/>
        <source>Unduh template…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Menyimpan file Excel kosong untuk respons: satu baris per responden, kolom U1–U9 berisi jawaban 1–4, dengan lembar Petunjuk.</source>
        <translation>Saves an empty Excel file for responses: one row per respondent, columns U1–U9 holding answers 1–4, with a Petunjuk (instructions) sheet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+86"/>
        <source>Impor respons (xlsx)…</source>
        <translation>Import responses (xlsx)…</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Membaca file respons yang sudah diisi lalu menghitung NRR, IKM, konversi, dan mutu. Bila ada sel yang salah, tidak ada yang disimpan dan daftar kesalahannya ditampilkan.</source>
        <translation>Reads a completed response file, then calculates the NRR, IKM, conversion and grade. If any cell is wrong, nothing is saved and the list of errors is shown.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+84"/>
        <source>Isi NRR…</source>
        <translation>Enter NRR…</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Mengetik sembilan NRR dari laporan SKM yang sudah diolah (bila data respons mentah tidak ada).</source>
        <translation>Type the nine NRR values from a processed SKM report (when the raw response data is not available).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menghapus survei yang dipilih (ditanya dulu). Tautannya sebagai bukti capaian organisasi ikut dilepas.</source>
        <translation>Deletes the selected survey (after asking). Its link as evidence of organisational performance is removed as well.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jadikan bukti capaian organisasi</source>
        <translation>Use as organisational performance evidence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Melampirkan survei yang dipilih sebagai bukti capaian kinerja organisasi unit ini pada periode ini. Capaiannya harus sudah ditetapkan.</source>
        <translation>Attaches the selected survey as evidence of this unit&apos;s organisational performance in this period. The performance must already be set.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Membaca survei dan capaian lagi (F5)</source>
        <translation>Reads the surveys and performance again (F5)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Daftar survei SKM</source>
        <translation>SKM survey list</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>NRR per unsur</source>
        <translation>NRR per element</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Capaian kinerja organisasi</source>
        <translation>Organisational performance</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Capaian unit pada periode ini, ditetapkan pimpinan di atas unit. Menentukan pola kurva distribusi predikat pegawai unit (sebagai pertimbangan).</source>
        <translation>The unit&apos;s performance in this period, set by the leader above the unit. It determines the predikat distribution curve pattern for the unit&apos;s employees (for consideration).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>catatan (boleh kosong)</source>
        <translation>notes (may be empty)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dasar penetapan, contoh: &quot;Capaian IKU 95 %, IKM 87,50 (B)&quot;.</source>
        <translation>Basis for the decision, example: &quot;IKU achievement 95 %, IKM 87,50 (B)&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tetapkan capaian</source>
        <translation>Set performance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menyimpan capaian kinerja organisasi unit untuk periode ini. Hanya pimpinan unit di atasnya atau admin.</source>
        <translation>Saves the unit&apos;s organisational performance for this period. Only the leader of the unit above it or the admin.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Bukti SKM:&lt;/b&gt;</source>
        <translation>&lt;b&gt;SKM evidence:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Survei Kepuasan Masyarakat (SKM) tahun {tahun}</source>
        <translation>Community Satisfaction Survey (SKM) {tahun}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&lt;b&gt;{judul}&lt;/b&gt;, {periode}</source>
        <translation>&lt;b&gt;{judul}&lt;/b&gt;, {periode}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IKM {ikm} · konversi {konversi} · mutu &lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{mutu}&lt;/b&gt;&lt;/span&gt;</source>
        <translation>IKM {ikm} · conversion {konversi} · grade &lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{mutu}&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsur terlemah: {u}</source>
        <translation>Weakest element: {u}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bobot {b}</source>
        <translation>Weight {b}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} responden</source>
        <translation>{n} respondents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file {f}</source>
        <translation>file {f}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bukti capaian organisasi</source>
        <translation>organisational performance evidence</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;span style=&apos;color:#8a6d00&apos;&gt;&lt;b&gt;Belum ditetapkan&lt;/b&gt;&lt;/span&gt; untuk periode ini.</source>
        <translation>&lt;span style=&apos;color:#8a6d00&apos;&gt;&lt;b&gt;Not set yet&lt;/b&gt;&lt;/span&gt; for this period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belum ada (tetapkan capaian dulu).</source>
        <translation>None yet (set the performance first).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;span style=&apos;color:#1b6e2e&apos;&gt;&lt;b&gt;{predikat}&lt;/b&gt;&lt;/span&gt; — ditetapkan oleh {oleh}, {tanggal}</source>
        <translation>&lt;span style=&apos;color:#1b6e2e&apos;&gt;&lt;b&gt;{predikat}&lt;/b&gt;&lt;/span&gt; — set by {oleh}, {tanggal}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Survei lain (tidak ada di daftar ini).</source>
        <translation>Another survey (not in this list).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belum ada. Pilih survei lalu tekan &quot;Jadikan bukti capaian organisasi&quot;.</source>
        <translation>None yet. Select a survey, then press &quot;Use as organisational performance evidence&quot;.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Simpan template respons SKM</source>
        <translation>Save SKM response template</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Template disimpan: {path}. Isi satu baris per responden (jawaban 1–4), lalu impor.</source>
        <translation>Template saved: {path}. Fill in one row per respondent (answers 1–4), then import.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ganti survei?</source>
        <translation>Replace survey?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survei {judul} periode ini sudah ada ({ringkasan}). Ganti dengan yang baru? Hasil lama tidak dapat dikembalikan.</source>
        <translation>The {judul} survey for this period already exists ({ringkasan}). Replace it with the new one? The old results cannot be restored.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pilih file respons SKM</source>
        <translation>Choose SKM response file</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Respons diimpor: {r}.</source>
        <translation>Responses imported: {r}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mengimpor respons SKM</source>
        <translation>Importing SKM responses</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>NRR disimpan: {r}.</source>
        <translation>NRR saved: {r}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> Survei ini juga dilepas dari capaian kinerja organisasi.</source>
        <translation> This survey was also detached from the organisational performance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hapus survei?</source>
        <translation>Delete survey?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus survei {judul} {periode} ({ringkasan})? NRR dan hasilnya hilang dari daftar; bukti yang sudah dilampirkan pada realisasi pegawai tetap ada.</source>
        <translation>Delete the {judul} survey {periode} ({ringkasan})? The NRR values and results disappear from the list; evidence already attached to employees&apos; achievements remains.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Survei dihapus.</source>
        <translation>Survey deleted.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Survei dilampirkan sebagai bukti capaian kinerja organisasi: {r}.</source>
        <translation>Survey attached as evidence of organisational performance: {r}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Capaian kinerja organisasi disimpan.</source>
        <translation>Organisational performance saved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;Survei Kepuasan Masyarakat (SKM)&lt;/h3&gt;&lt;p&gt;Hasil SKM per unit kerja dan periode (PermenPANRB 14/2017): sembilan unsur, jawaban 1–4. NRR = rata-rata jawaban per unsur (dari responden yang menjawab); IKM = jumlah NRR × 1/9; konversi = IKM × 25; mutu A (Sangat Baik) 88,31–100, B (Baik) 76,61–88,30, C (Kurang Baik) 65,00–76,60, D (Tidak Baik) 25,00–64,99.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Unduh template…&lt;/b&gt;, isi satu baris per responden, lalu &lt;b&gt;Impor respons (xlsx)…&lt;/b&gt;. Bila ada sel yang salah, tidak ada yang disimpan dan setiap baris/kolom yang salah disebutkan.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Isi NRR…&lt;/b&gt; bila hanya ada laporan yang sudah diolah.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Jadikan bukti capaian organisasi&lt;/b&gt; melampirkan survei pada capaian kinerja organisasi unit periode itu.&lt;/li&gt;&lt;li&gt;Panel kanan: capaian kinerja organisasi ditetapkan pimpinan di atas unit (atau admin); nilainya menentukan pola kurva distribusi predikat pegawai.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Admin, operator, dan kepala unit dapat menambah atau menghapus survei unitnya.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Community Satisfaction Survey (SKM)&lt;/h3&gt;&lt;p&gt;SKM results per work unit and period (PermenPANRB 14/2017): nine elements, answers 1–4. NRR = average answer per element (from the respondents who answered); IKM = sum of NRR × 1/9; conversion = IKM × 25; grade A (Very Good) 88,31–100, B (Good) 76,61–88,30, C (Poor) 65,00–76,60, D (Not Good) 25,00–64,99.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Download template…&lt;/b&gt;, fill in one row per respondent, then &lt;b&gt;Import responses (xlsx)…&lt;/b&gt;. If any cell is wrong, nothing is saved and every wrong row/column is named.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Enter NRR…&lt;/b&gt; when there is only a processed report.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Use as organisational performance evidence&lt;/b&gt; attaches the survey to the unit&apos;s organisational performance for that period.&lt;/li&gt;&lt;li&gt;Right panel: the organisational performance is set by the leader above the unit (or the admin); its value determines the predikat distribution curve pattern for the employees.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Admins, operators and unit heads can add or delete surveys for their unit.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SkpEditor</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skp_editor.py" line="+177"/>
        <location line="+1008"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-1008"/>
        <source>Menyimpan perubahan SKP (Ctrl+S)</source>
        <translation>Save the SKP changes (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mengurungkan perubahan terakhir (Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mengulangi yang tadi diurungkan (Ctrl+Y)</source>
        <translation>Redo what was just undone (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+316"/>
        <location line="+698"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="-1013"/>
        <source>Membaca SKP ini lagi dari basis data (F5); perubahan yang belum disimpan ditanyakan dulu</source>
        <translation>Read this SKP again from the database (F5); you are asked first about unsaved changes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Salin dari SKP tahun lalu…</source>
        <translation>Copy from last year&apos;s SKP…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mengganti isi SKP ini dengan RHK, IKI, target dan lampiran SKP tahun lalu; RHK pimpinan yang diintervensi dipilih ulang. Dapat diurungkan (Ctrl+Z).</source>
        <translation>Replace the content of this SKP with the RHK, IKI, targets and appendix of last year&apos;s SKP; the superior&apos;s RHK supported are chosen again. Can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+831"/>
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location line="-830"/>
        <source>Mengajukan SKP ke pejabat penilai untuk disetujui; sesudahnya SKP tidak dapat diubah kecuali dikembalikan</source>
        <translation>Submit the SKP to the appraising official for approval; after that it cannot be changed unless it is returned</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setujui / Tetapkan…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menyetujui dan menetapkan SKP (tempat dan tanggal penetapan tercetak di SKP)</source>
        <translation>Approve and finalise the SKP (the place and date of approval are printed on the SKP)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kembalikan…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mengembalikan SKP ke pegawai untuk diperbaiki, dengan alasan yang wajib diisi, mis. &apos;Target IKI 2 belum terukur&apos;</source>
        <translation>Return the SKP to the employee for correction, with a required reason, e.g. &apos;Target of IKI 2 is not measurable&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buat revisi…</source>
        <translation>Create revision…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membuat versi baru (draf) dari SKP yang sudah ditetapkan, mis. karena perubahan target; versi lama tetap berlaku sampai revisi ditetapkan</source>
        <translation>Create a new (draft) version of an approved SKP, e.g. because targets changed; the old version stays in force until the revision is approved</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ganti penilai…</source>
        <translation>Change appraiser…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin: menentukan pejabat penilai lain (pegawai kantor ini atau pejabat dari luar kantor, mis. Sekretaris Daerah) dengan alasan yang disimpan</source>
        <translation>Admin: set a different appraising official (an employee of this office or an official from outside, e.g. the Sekretaris Daerah) with a recorded reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catat mutasi…</source>
        <translation>Record transfer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin: pegawai pindah jabatan/unit di tengah tahun; SKP ini ditutup dan SKP baru dibuat mulai tanggal mutasi</source>
        <translation>Admin: the employee changes position/unit during the year; this SKP is closed and a new SKP is created from the transfer date</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Hasil Kerja</source>
        <translation>Work Results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perilaku Kerja</source>
        <translation>Work Behaviour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lampiran</source>
        <translation>Appendix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rencana hasil kerja (RHK) dan indikatornya (IKI) dengan target</source>
        <translation>Work result plans (RHK) and their indicators (IKI) with targets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tujuh perilaku BerAKHLAK dan ekspektasi khusus pimpinan</source>
        <translation>The seven BerAKHLAK behaviours and the superior&apos;s specific expectations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dukungan sumber daya, skema pertanggungjawaban, dan konsekuensi</source>
        <translation>Resource support, accountability scheme, and consequences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Siapa mengajukan, menetapkan, mengembalikan, kapan</source>
        <translation>Who submitted, approved, returned it, and when</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Pegawai yang dinilai</source>
        <translation>Employee appraised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pemilik SKP: nama, NIP dan jabatan, mis. Budi Santoso · NIP 19860926 201505 1 001 · Pengadministrasi Umum</source>
        <translation>SKP owner: name, NIP and position, e.g. Budi Santoso · NIP 19860926 201505 1 001 · Pengadministrasi Umum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pejabat penilai kinerja</source>
        <translation>Appraising official</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atasan yang menyetujui SKP dan menilai kinerjanya; Plt/Plh ditandai, mis. &apos;(sebagai Plt)&apos;. Admin dapat menggantinya dengan alasan.</source>
        <translation>The supervisor who approves the SKP and appraises the performance; Plt/Plh is marked, e.g. &apos;(as Plt)&apos;. The admin can change it, giving a reason.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masa berlaku SKP, mis. 1 Januari 2026 – 31 Desember 2026</source>
        <translation>Validity of the SKP, e.g. 1 January 2026 – 31 December 2026</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kuantitatif: target berupa angka, mis. &apos;12 laporan&apos;. Kualitatif: target berupa uraian, mis. &apos;Laporan diterima tanpa revisi&apos;.</source>
        <translation>Quantitative: the target is a number, e.g. &apos;12 reports&apos;. Qualitative: the target is a description, e.g. &apos;Report accepted without revisions&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrasi / Fungsional</source>
        <translation>Administrative / Functional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPT / Pimpinan unit kerja mandiri</source>
        <translation>JPT / Head of an independent work unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bentuk SKP: Pejabat Administrasi dan Fungsional (dengan kolom aspek), atau Pejabat Pimpinan Tinggi dan Pimpinan Unit Kerja Mandiri (dengan kolom perspektif), mis. Kepala Dinas memakai bentuk JPT.</source>
        <translation>SKP form: Administrative and Functional officials (with an aspect column), or Senior Executives (JPT) and Heads of Independent Work Units (with a perspective column), e.g. a Kepala Dinas uses the JPT form.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pendekatan</source>
        <translation>Approach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bentuk</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status SKP: Draf (abu-abu) → Diajukan (kuning) → Ditetapkan (hijau); Dikembalikan (merah) bila penilai meminta perbaikan; Digantikan bila ada revisi yang ditetapkan.</source>
        <translation>SKP status: Draft (grey) → Submitted (yellow) → Approved (green); Returned (red) when the appraiser asks for corrections; Superseded when a revision has been approved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Tambah RHK</source>
        <translation>Add RHK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menambah rencana hasil kerja pada bagian yang dipilih (A. Utama bila belum memilih), mis. &apos;Tersusunnya laporan keuangan triwulan&apos; (Ctrl+Shift+R)</source>
        <translation>Add a work result plan (RHK) to the selected section (A. Main if none is selected), e.g. &apos;Quarterly financial reports prepared&apos; (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RHK utama</source>
        <translation>Main RHK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RHK tambahan</source>
        <translation>Additional RHK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tambah IKI</source>
        <translation>Add IKI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menambah indikator kinerja individu pada RHK yang dipilih, mis. &apos;Jumlah laporan yang disusun tepat waktu&apos; (Ctrl+Shift+I)</source>
        <translation>Add an individual performance indicator (IKI) to the selected RHK, e.g. &apos;Number of reports prepared on time&apos; (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pilih RHK pimpinan…</source>
        <translation>Choose superior&apos;s RHK…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memilih RHK pejabat penilai (atau sasaran unit) yang didukung RHK yang dipilih; juga dengan klik dua kali pada kolomnya</source>
        <translation>Choose the appraising official&apos;s RHK (or unit objective) that the selected RHK supports; also by double-clicking its column</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menghapus RHK (beserta IKI-nya) atau IKI yang dipilih (Delete); Ctrl+Z membatalkan</source>
        <translation>Delete the selected RHK (with its IKI) or IKI (Delete); Ctrl+Z undoes it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naik</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memindahkan baris yang dipilih ke atas (Alt+↑); baris juga dapat diseret</source>
        <translation>Move the selected row up (Alt+↑); rows can also be dragged</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turun</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memindahkan baris yang dipilih ke bawah (Alt+↓)</source>
        <translation>Move the selected row down (Alt+↓)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Klik dua kali untuk mengisi; seret untuk mengurutkan.</source>
        <translation>Double-click to fill in; drag to reorder.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Perubahan yang belum disimpan akan hilang. Muat ulang SKP ini dari basis data?</source>
        <translation>Unsaved changes will be lost. Reload this SKP from the database?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buang dan muat ulang</source>
        <translation>Discard and reload</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>SKP tidak dapat dibuka: {pesan}</source>
        <translation>The SKP cannot be opened: {pesan}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>NIP {nip}</source>
        <translation>NIP {nip}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;Belum ditentukan — minta admin menentukan pejabat penilai kinerja&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;Not determined — ask the admin to set the appraising official&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(sebagai {peran})</source>
        <translation>(as {peran})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alasan: {alasan}</source>
        <translation>Reason: {alasan}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revisi ke-{n}</source>
        <translation>revision {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ditutup {tgl}</source>
        <translation>closed {tgl}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ditetapkan</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digantikan</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dikembalikan oleh pejabat penilai: “{alasan}”. Perbaiki lalu ajukan kembali.</source>
        <translation>Returned by the appraising official: “{alasan}”. Correct it, then submit it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKP ini ditutup per {tgl} karena mutasi; SKP jabatan yang baru dibuat terpisah.</source>
        <translation>This SKP was closed as of {tgl} because of a transfer; the SKP for the new position is a separate one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SKP sudah ditetapkan{kapan} sehingga tidak dapat diubah.</source>
        <translation>The SKP has been approved{kapan}, so it cannot be changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> di {tempat}, {tgl}</source>
        <translation> in {tempat} on {tgl}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untuk mengubahnya, tekan Buat revisi.</source>
        <translation>To change it, press Create revision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKP ini sudah digantikan oleh revisinya; hanya untuk dibaca.</source>
        <translation>This SKP has been superseded by its revision; it is read-only.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SKP diajukan dan menunggu persetujuan Anda: periksa isinya, isi ekspektasi khusus pada tab Perilaku Kerja bila perlu, lalu Setujui atau Kembalikan dengan alasan.</source>
        <translation>The SKP has been submitted and awaits your approval: check its content, fill in specific expectations on the Work Behaviour tab if needed, then Approve it or Return it with a reason.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SKP sedang diajukan dan menunggu persetujuan pejabat penilai, sehingga tidak dapat diubah. Bila perlu diubah, minta pejabat penilai mengembalikannya.</source>
        <translation>The SKP has been submitted and awaits the appraising official&apos;s approval, so it cannot be changed. If it needs changes, ask the appraising official to return it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anda hanya dapat membaca SKP ini: yang dapat mengubahnya adalah pegawai pemiliknya, pejabat penilainya, atau admin.</source>
        <translation>You can only read this SKP: it can be changed by the employee who owns it, their appraising official, or the admin.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Sebagai pejabat penilai (atau admin) Anda dapat mengisi ekspektasi khusus pimpinan; kosongkan bila tidak ada.</source>
        <translation>As the appraising official (or admin) you can fill in the superior&apos;s specific expectations; leave them empty if there are none.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ekspektasi khusus pimpinan diisi oleh pejabat penilai kinerja.</source>
        <translation>The superior&apos;s specific expectations are filled in by the appraising official.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Urungkan: {aksi} (Ctrl+Z)</source>
        <translation>Undo: {aksi} (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidak ada yang dapat diurungkan (Ctrl+Z)</source>
        <translation>Nothing to undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ulangi: {aksi} (Ctrl+Y)</source>
        <translation>Redo: {aksi} (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidak ada yang dapat diulangi (Ctrl+Y)</source>
        <translation>Nothing to redo (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Ada perubahan yang belum disimpan</source>
        <translation>● There are unsaved changes</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Pilih dulu RHK yang akan diberi indikator.</source>
        <translation>First select the RHK to add an indicator to.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(tanpa uraian)</source>
        <translation>(no description)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RHK &apos;{nama}&apos; dihapus beserta IKI-nya. Ctrl+Z membatalkan.</source>
        <translation>RHK &apos;{nama}&apos; deleted together with its IKI. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IKI &apos;{nama}&apos; dihapus. Ctrl+Z membatalkan.</source>
        <translation>IKI &apos;{nama}&apos; deleted. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pilih dulu RHK-nya.</source>
        <translation>Select the RHK first.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Belum disimpan: {pesan} Perubahan Anda masih ada di layar; catat dulu bila perlu, lalu Muat ulang.</source>
        <translation>Not saved: {pesan} Your changes are still on screen; note them down if needed, then Reload.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Belum disimpan: {pesan}</source>
        <translation>Not saved: {pesan}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tersimpan {jam}.</source>
        <translation>Saved at {jam}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>
… dan {n} lagi.</source>
        <translation>
… and {n} more.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKP belum lengkap</source>
        <translation>SKP is incomplete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKP belum dapat diajukan; lengkapi dulu (lihat panel Kelengkapan):
{daftar}{lagi}</source>
        <translation>The SKP cannot be submitted yet; complete it first (see the Completeness panel):
{daftar}{lagi}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ajukan SKP</source>
        <translation>Submit SKP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajukan SKP ini ke {penilai} untuk disetujui? Selama diajukan, SKP tidak dapat diubah kecuali dikembalikan.</source>
        <translation>Submit this SKP to {penilai} for approval? While it is submitted, the SKP cannot be changed unless it is returned.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SKP diajukan ke {penilai}.</source>
        <translation>SKP submitted to {penilai}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>SKP ditetapkan.</source>
        <translation>SKP approved.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kembalikan SKP</source>
        <translation>Return SKP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKP {nama} dikembalikan menjadi draf untuk diperbaiki. Tuliskan apa yang perlu diperbaiki; pegawai membacanya di atas SKP-nya.</source>
        <translation>The SKP of {nama} is returned to draft for correction. Write down what needs to be corrected; the employee reads it at the top of their SKP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target IKI 2 belum terukur; tambahkan satuan.</source>
        <translation>The target of IKI 2 is not measurable; add a unit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SKP dikembalikan ke pegawai.</source>
        <translation>SKP returned to the employee.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Buat revisi SKP</source>
        <translation>Create SKP revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisi membuat versi baru (draf) dari SKP ini; versi yang sekarang tetap berlaku sampai revisinya ditetapkan. Tuliskan alasannya.</source>
        <translation>A revision creates a new (draft) version of this SKP; the current version stays in force until the revision is approved. Write down the reason.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perubahan target karena refocusing anggaran.</source>
        <translation>Targets changed because of budget refocusing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buat revisi</source>
        <translation>Create revision</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revisi dibuat; silakan ubah lalu ajukan.</source>
        <translation>Revision created; make your changes, then submit it.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pejabat penilai diganti.</source>
        <translation>Appraising official changed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SKP lama ditutup; ini SKP baru untuk jabatan sesudah mutasi.</source>
        <translation>The old SKP is closed; this is the new SKP for the position after the transfer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>Salin dari SKP tahun lalu</source>
        <translation>Copy from last year&apos;s SKP</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Tidak ada SKP tahun {tahun} (dengan RHK) milik pegawai ini untuk disalin.</source>
        <translation>This employee has no {tahun} SKP (with RHK) to copy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Isi SKP sekarang ({rhk} RHK, {iki} IKI, dan lampirannya) akan diganti dengan isi SKP tahun {tahun} ({rhk2} RHK). Ekspektasi pimpinan tidak berubah. Dapat dibatalkan dengan Ctrl+Z.</source>
        <translation>The current SKP content ({rhk} RHK, {iki} IKI, and its appendix) will be replaced with the content of the {tahun} SKP ({rhk2} RHK). The superior&apos;s expectations do not change. Can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ganti isinya</source>
        <translation>Replace content</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Isi SKP tahun {tahun} disalin; pilih lagi RHK pimpinan yang diintervensi. Ctrl+Z membatalkan.</source>
        <translation>Content of the {tahun} SKP copied; choose the superior&apos;s RHK supported again. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+19"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perubahan pada SKP ini belum disimpan.</source>
        <translation>Changes to this SKP have not been saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SKP diubah orang lain</source>
        <translation>SKP changed by someone else</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pesan}

Muat ulang sekarang? Perubahan Anda yang belum disimpan akan hilang. Pilih Batal untuk mencatatnya dulu.</source>
        <translation>{pesan}

Reload now? Your unsaved changes will be lost. Choose Cancel to note them down first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mis. {contoh}</source>
        <translation>e.g. {contoh}</translation>
    </message>
</context>
<context>
    <name>SkpImportDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skp_import_dialog.py" line="+21"/>
        <source>Impor SKP dari Excel — {name}</source>
        <translation>Import SKP from Excel — {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buku kerja Excel yang diperiksa</source>
        <translation>The Excel workbook being checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pegawai:</source>
        <translation>Employee:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pemilik SKP menurut NIP di berkas; harus terdaftar di halaman Pegawai</source>
        <translation>SKP owner according to the NIP in the file; must be registered on the Employees page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tahun SKP di berkas; harus sama dengan tahun kerja yang dipilih</source>
        <translation>SKP year in the file; must match the selected working year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yang terjadi:</source>
        <translation>What happens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membuat SKP baru, atau mengganti isi SKP draf yang sudah ada</source>
        <translation>Creates a new SKP, or replaces the content of an existing draft SKP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isi:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumlah Rencana Hasil Kerja (RHK) dan Indikator Kinerja Individu (IKI)</source>
        <translation>Number of Work Result Plans (RHK) and Individual Performance Indicators (IKI)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Setiap masalah di berkas, per baris dan kolom. Perbaiki di Excel, simpan, lalu tekan Periksa ulang.</source>
        <translation>Every problem in the file, by row and column. Fix it in Excel, save, then press Check again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Periksa ulang</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membaca berkas lagi setelah Anda memperbaikinya di Excel.</source>
        <translation>Reads the file again after you have fixed it in Excel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menyimpan SKP dari berkas ini. Hanya dapat ditekan bila tidak ada masalah; semua atau tidak sama sekali.</source>
        <translation>Saves the SKP from this file. Only available when there are no problems; all or nothing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menutup tanpa mengimpor apa pun.</source>
        <translation>Closes without importing anything.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Membaca dan memeriksa berkas…</source>
        <translation>Reading and checking the file…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Memeriksa berkas SKP</source>
        <translation>Checking the SKP file</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Membuat SKP baru (draf) untuk pegawai ini.</source>
        <translation>Creates a new (draft) SKP for this employee.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mengganti isi SKP draf yang sudah ada; isi lamanya ditimpa.</source>
        <translation>Replaces the content of the existing draft SKP; the old content is overwritten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{rhk} RHK, {iki} IKI</source>
        <translation>{rhk} RHK, {iki} IKI</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Perhatian: {items}</source>
        <translation>Note: {items}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} masalah di berkas. Tidak ada yang diimpor sampai semuanya diperbaiki: perbaiki di Excel, simpan, lalu tekan Periksa ulang.</source>
        <translation>{n} problems in the file. Nothing is imported until all of them are fixed: fix them in Excel, save, then press Check again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Berkas siap diimpor. Tekan Impor untuk menyimpan.</source>
        <translation>The file is ready to import. Press Import to save.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Berkas tidak dapat diperiksa (kesalahan internal).</source>
        <translation>The file could not be checked (internal error).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mengimpor SKP</source>
        <translation>Importing SKP</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tidak ada yang diimpor: {reason}</source>
        <translation>Nothing was imported: {reason}</translation>
    </message>
</context>
<context>
    <name>SkpListModel</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skp_list_model.py" line="+122"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pejabat penilai</source>
        <translation>Appraising official</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RHK / IKI</source>
        <translation>RHK / IKI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diubah</source>
        <translation>Modified</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NIP pemilik SKP, 18 digit</source>
        <translation>NIP of the SKP owner, 18 digits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama pegawai pemilik SKP</source>
        <translation>Name of the employee who owns the SKP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jabatan pegawai saat ini</source>
        <translation>The employee&apos;s current position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit kerja SKP ini</source>
        <translation>Work unit of this SKP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pejabat Penilai Kinerja yang menyetujui SKP ini</source>
        <translation>The appraising official who approves this SKP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jumlah Rencana Hasil Kerja (RHK) dan Indikator Kinerja Individu (IKI); contoh 3 / 7</source>
        <translation>Number of Work Result Plans (RHK) and Individual Performance Indicators (IKI); example 3 / 7</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draf, Diajukan, Ditetapkan, Dikembalikan atau Digantikan</source>
        <translation>Draft, Submitted, Approved, Returned or Superseded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanggal perubahan terakhir</source>
        <translation>Date of the last change</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Revisi ke-{n}.</source>
        <translation>Revision {n}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rhk} rencana hasil kerja, {iki} indikator</source>
        <translation>{rhk} work result plans, {iki} indicators</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rev. {n}</source>
        <translation>rev. {n}</translation>
    </message>
</context>
<context>
    <name>SkpPage</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skp_page.py" line="+190"/>
        <location line="+124"/>
        <source>Buat SKP…</source>
        <translation>Create SKP…</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Membuat SKP draf untuk seorang pegawai (Ctrl+N).</source>
        <translation>Creates a draft SKP for an employee (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membuat SKP draf Anda sendiri (Ctrl+N).</source>
        <translation>Creates your own draft SKP (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+733"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="-732"/>
        <source>Membuka SKP yang dipilih di editor (Enter atau klik ganda).</source>
        <translation>Opens the selected SKP in the editor (Enter or double-click).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menyimpan SKP yang dipilih (atau semua yang tampil bila tidak ada yang dipilih) sebagai buku kerja Excel, satu berkas per SKP, ke folder pilihan Anda.</source>
        <translation>Saves the selected SKPs (or all shown if none is selected) as Excel workbooks, one file per SKP, to a folder of your choice.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+111"/>
        <source>Impor dari Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Membaca SKP dari buku kerja Excel hasil ekspor yang sudah diisi; pratinjau dan semua masalah ditampilkan sebelum apa pun disimpan. Anda juga dapat menyeret berkas .xlsx ke halaman ini.</source>
        <translation>Reads an SKP from a filled-in Excel workbook made by the export; a preview and all problems are shown before anything is saved. You can also drag an .xlsx file onto this page.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Jumlah SKP tahun ini per status (semua unit yang tampil).</source>
        <translation>Number of SKPs this year by status (all units shown).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tampilkan SKP satu unit beserta sub-unitnya. Contoh: Sekretariat menampilkan juga Subbagian Umum dan Kepegawaian.</source>
        <translation>Show the SKPs of one unit and its sub-units. Example: Sekretariat also shows Subbagian Umum dan Kepegawaian.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tampilkan hanya SKP dengan status ini. Contoh: Diajukan = menunggu persetujuan pejabat penilai.</source>
        <translation>Show only SKPs with this status. Example: Submitted = awaiting approval by the appraising official.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versi lama</source>
        <translation>Old versions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tampilkan juga SKP yang sudah digantikan revisi atau ditutup karena mutasi.</source>
        <translation>Also show SKPs that have been superseded by a revision or closed because of a transfer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cari nama atau NIP (Ctrl+F)</source>
        <translation>Search name or NIP (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ketik sebagian nama atau NIP. Contoh: budi, atau 19860926.</source>
        <translation>Type part of a name or NIP. Example: budi, or 19860926.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Membaca daftar SKP…</source>
        <translation>Reading the SKP list…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Hapus filter</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menampilkan semua SKP tahun ini lagi.</source>
        <translation>Shows all SKPs of this year again.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Daftar SKP</source>
        <translation>SKP list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semua SKP tahun ini yang dapat Anda lihat.</source>
        <translation>All SKPs of this year that you can see.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SKP yang diajukan kepada Anda. Buka satu SKP (Enter atau klik ganda) untuk memeriksa isinya, lalu &lt;b&gt;Setujui&lt;/b&gt; atau &lt;b&gt;Kembalikan&lt;/b&gt; dengan alasan.</source>
        <translation>SKPs submitted to you. Open an SKP (Enter or double-click) to check its content, then &lt;b&gt;Approve&lt;/b&gt; it or &lt;b&gt;Return&lt;/b&gt; it with a reason.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SKP yang menunggu persetujuan Anda sebagai pejabat penilai kinerja.</source>
        <translation>SKPs awaiting your approval as appraising official.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matriks peran hasil</source>
        <translation>Role and result matrix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Siapa mendukung RHK pimpinan mana di sebuah unit; RHK pimpinan yang belum didukung ditandai.</source>
        <translation>Who supports which leadership RHK in a unit; leadership RHK that are not yet supported are marked.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>‹ Kembali ke daftar</source>
        <translation>‹ Back to the list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kembali ke daftar SKP (Alt+←). Bila ada perubahan yang belum disimpan, Anda ditanya lebih dulu.</source>
        <translation>Back to the SKP list (Alt+←). If there are unsaved changes, you are asked first.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Membaca daftar SKP</source>
        <translation>Reading the SKP list</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Membaca antrean persetujuan</source>
        <translation>Reading the approval queue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tidak ada SKP tahun {tahun} yang menunggu persetujuan Anda. SKP muncul di sini setelah pegawai yang Anda nilai menekan Ajukan.</source>
        <translation>No {tahun} SKPs are awaiting your approval. An SKP appears here after an employee you appraise presses Submit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+164"/>
        <source>SKP tahun {tahun}</source>
        <translation>SKP {tahun}</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Sasaran Kinerja Pegawai seluruh kantor: susun, periksa kelengkapan, ajukan, tetapkan.</source>
        <translation>Employee Performance Targets (SKP) of the whole office: prepare, check completeness, submit, approve.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKP Anda dan SKP pegawai yang Anda nilai. Periksa tab &quot;Menunggu persetujuan&quot; untuk SKP yang harus Anda setujui.</source>
        <translation>Your SKP and the SKPs of the employees you appraise. Check the &quot;Awaiting approval&quot; tab for SKPs you need to approve.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKP Anda: susun Rencana Hasil Kerja dan indikatornya, lalu ajukan ke pejabat penilai.</source>
        <translation>Your SKP: prepare the Work Result Plan (RHK) and its indicators, then submit it to the appraising official.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Menunggu persetujuan ({n})</source>
        <translation>Awaiting approval ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menunggu persetujuan</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} SKP</source>
        <translation>{n} SKPs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} dari {total} SKP</source>
        <translation>{shown} of {total} SKPs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Membaca SKP tahun {tahun}…</source>
        <translation>Reading the {tahun} SKPs…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tidak ada SKP tahun {tahun} yang cocok dengan filter. Hapus filter untuk melihat semuanya.</source>
        <translation>No {tahun} SKPs match the filter. Clear the filter to see all of them.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belum ada SKP tahun {tahun}. Buat SKP untuk pegawai dengan tombol di bawah, atau impor buku kerja Excel SKP.</source>
        <translation>No SKPs for {tahun} yet. Create an SKP for an employee with the button below, or import an SKP Excel workbook.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belum ada SKP tahun {tahun}. Buat SKP Anda sendiri; SKP pegawai yang Anda nilai muncul di sini setelah mereka membuatnya.</source>
        <translation>No SKPs for {tahun} yet. Create your own SKP; the SKPs of the employees you appraise appear here once they create them.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anda belum memiliki SKP tahun {tahun}. Buat SKP Anda sekarang, lalu isi Rencana Hasil Kerja dan indikatornya.</source>
        <translation>You do not have an SKP for {tahun} yet. Create your SKP now, then fill in the Work Result Plan (RHK) and its indicators.</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>SKP draf dibuat. Isi Rencana Hasil Kerja dan indikatornya, lalu ajukan.</source>
        <translation>Draft SKP created. Fill in the Work Result Plan (RHK) and its indicators, then submit it.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pilih folder untuk {n} buku kerja SKP</source>
        <translation>Choose a folder for {n} SKP workbooks</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{n} buku kerja SKP disimpan di {folder}.</source>
        <translation>{n} SKP workbooks saved in {folder}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ekspor dibatalkan. Berkas yang sudah selesai tetap ada di {folder}.</source>
        <translation>Export cancelled. The files already finished remain in {folder}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mengekspor {n} SKP ke Excel</source>
        <translation>Exporting {n} SKPs to Excel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Impor SKP dari Excel</source>
        <translation>Import SKP from Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>SKP diimpor dari Excel.</source>
        <translation>SKP imported from Excel.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&lt;h3&gt;SKP&lt;/h3&gt;&lt;p&gt;Sasaran Kinerja Pegawai tahun yang dipilih di bilah atas (&lt;b&gt;Tahun&lt;/b&gt;).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Daftar SKP&lt;/b&gt;: saring per unit (beserta sub-unitnya), status, atau ketik nama/NIP di kotak Cari (Ctrl+F). Status ditulis dan diberi warna: Draf (abu-abu), Diajukan (kuning), Ditetapkan (hijau), Dikembalikan (merah), Digantikan (ungu).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;: buat SKP baru · &lt;b&gt;Enter&lt;/b&gt; atau klik ganda: buka di editor · &lt;b&gt;Alt+←&lt;/b&gt;: kembali ke daftar · &lt;b&gt;F5&lt;/b&gt;: muat ulang.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Menunggu persetujuan&lt;/b&gt;: SKP yang diajukan kepada Anda; buka lalu Setujui atau Kembalikan dengan alasan.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Matriks peran hasil&lt;/b&gt;: RHK pimpinan dan siapa yang mendukungnya; baris &quot;Belum didukung&quot; perlu diintervensi bawahan.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Ekspor ke Excel&lt;/b&gt; menyimpan satu buku kerja per SKP (yang dipilih, atau semua yang tampil). &lt;b&gt;Impor dari Excel&lt;/b&gt; (atau seret berkas .xlsx ke halaman ini) menampilkan pratinjau dan setiap masalah per baris dan kolom; tidak ada yang disimpan sampai semuanya diperbaiki.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SKP&lt;/h3&gt;&lt;p&gt;Employee Performance Targets (SKP) for the year chosen in the top bar (&lt;b&gt;Year&lt;/b&gt;).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;SKP list&lt;/b&gt;: filter by unit (with its sub-units), status, or type a name/NIP in the Search box (Ctrl+F). Statuses are written and colour-coded: Draft (grey), Submitted (yellow), Approved (green), Returned (red), Superseded (purple).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;: create a new SKP · &lt;b&gt;Enter&lt;/b&gt; or double-click: open in the editor · &lt;b&gt;Alt+←&lt;/b&gt;: back to the list · &lt;b&gt;F5&lt;/b&gt;: reload.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Awaiting approval&lt;/b&gt;: SKPs submitted to you; open one, then Approve it or Return it with a reason.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Role and result matrix&lt;/b&gt;: leadership RHK and who supports them; rows marked &quot;Not yet supported&quot; need support from subordinates.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Export to Excel&lt;/b&gt; saves one workbook per SKP (the selected ones, or all shown). &lt;b&gt;Import from Excel&lt;/b&gt; (or drag an .xlsx file onto this page) shows a preview and every problem by row and column; nothing is saved until everything is fixed.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SkpStatus</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skp_list_model.py" line="-172"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ditetapkan</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digantikan</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draf: masih disusun pegawai; belum diajukan ke pejabat penilai.</source>
        <translation>Draft: still being prepared by the employee; not yet submitted to the appraising official.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diajukan: menunggu persetujuan pejabat penilai kinerja.</source>
        <translation>Submitted: awaiting approval by the appraising official.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ditetapkan: disetujui pejabat penilai; isinya tidak dapat diubah lagi kecuali lewat revisi.</source>
        <translation>Approved: approved by the appraising official; its content can no longer be changed except through a revision.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dikembalikan: pejabat penilai meminta perbaikan; pegawai memperbaiki lalu mengajukan lagi.</source>
        <translation>Returned: the appraising official asked for corrections; the employee corrects it and submits it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Digantikan: versi lama; revisi yang lebih baru sudah ditetapkan.</source>
        <translation>Superseded: old version; a newer revision has been approved.</translation>
    </message>
</context>
<context>
    <name>SkpTreeModel</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skp_tree_model.py" line="+333"/>
        <source>Rencana hasil kerja / Indikator kinerja individu</source>
        <translation>Work result plan (RHK) / Individual performance indicator (IKI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RHK pimpinan yang diintervensi</source>
        <translation>Superior&apos;s RHK supported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspek</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satuan</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perspektif</source>
        <translation>Perspective</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Baris tebal: rencana hasil kerja (RHK), hasil kerja yang akan dicapai, mis. &apos;Tersusunnya laporan keuangan triwulan&apos;.
Baris di bawahnya: indikator kinerja individu (IKI), ukuran keberhasilannya, mis. &apos;Jumlah laporan keuangan yang disusun tepat waktu&apos;.</source>
        <translation>Bold rows: work result plan (RHK), the work result to be achieved, e.g. &apos;Quarterly financial reports prepared&apos;.
Rows below them: individual performance indicator (IKI), the measure of its success, e.g. &apos;Number of financial reports prepared on time&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RHK pejabat penilai (atau sasaran unit, bagi kepala unit) yang didukung RHK ini, mis. &apos;Terselenggaranya administrasi keuangan dinas&apos;. Klik dua kali untuk memilih.</source>
        <translation>The appraising official&apos;s RHK (or the unit objective, for a unit head) that this RHK supports, e.g. &apos;Agency financial administration carried out&apos;. Double-click to choose.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aspek yang diukur indikator: kuantitas, kualitas, waktu atau biaya, mis. Kuantitas untuk &apos;jumlah laporan&apos;.</source>
        <translation>Aspect measured by the indicator: quantity, quality, time or cost, e.g. Kuantitas (quantity) for &apos;number of reports&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target berupa uraian, mis. &apos;Laporan diterima pimpinan tanpa revisi&apos;.</source>
        <translation>A descriptive target, e.g. &apos;Report accepted by the superior without revisions&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target berupa angka; desimal memakai koma, mis. 12 atau 12,5. Boleh langsung dengan satuan: &apos;4 laporan&apos;. Rentang ditulis &apos;80–90 %&apos;.</source>
        <translation>A numeric target; decimals use a comma, e.g. 12 or 12,5. The unit may be typed along with it: &apos;4 laporan&apos;. Write a range as &apos;80–90 %&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satuan target, mis. laporan, dokumen, %, hari.</source>
        <translation>Unit of the target, e.g. reports, documents, %, days.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Perspektif indikator (khusus JPT): penerima layanan, proses bisnis, penguatan internal atau anggaran, mis. Penerima Layanan untuk indeks kepuasan.</source>
        <translation>Perspective of the indicator (JPT only): service recipients, business processes, internal strengthening or budget, e.g. Penerima Layanan (service recipients) for a satisfaction index.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A. UTAMA ({n} RHK)</source>
        <translation>A. MAIN ({n} RHK)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B. TAMBAHAN ({n} RHK)</source>
        <translation>B. ADDITIONAL ({n} RHK)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RHK utama: hasil kerja sesuai tugas jabatan yang mendukung RHK pimpinan, mis. &apos;Tersusunnya laporan keuangan triwulan&apos;. Paling sedikit satu.</source>
        <translation>Main RHK: work results from the duties of the position that support the superior&apos;s RHK, e.g. &apos;Quarterly financial reports prepared&apos;. At least one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RHK tambahan (boleh kosong): hasil kerja di luar tugas jabatan, mis. &apos;Terlaksananya tugas sebagai panitia pengadaan&apos;.</source>
        <translation>Additional RHK (optional): work results outside the duties of the position, e.g. &apos;Duties as procurement committee member carried out&apos;.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(tulis rencana hasil kerja)</source>
        <translation>(write the work result plan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(pilih RHK pimpinan)</source>
        <translation>(choose the superior&apos;s RHK)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(tulis indikator)</source>
        <translation>(write the indicator)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(RHK pimpinan yang tidak ada di SKP pimpinan saat ini)</source>
        <translation>(superior&apos;s RHK that is not in the superior&apos;s current SKP)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sasaran unit: {uraian}</source>
        <translation>Unit objective: {uraian}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(sasaran unit yang sudah tidak ada)</source>
        <translation>(unit objective that no longer exists)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ubah uraian RHK</source>
        <translation>Edit RHK description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ubah uraian indikator</source>
        <translation>Edit indicator description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ubah aspek</source>
        <translation>Change aspect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ubah target</source>
        <translation>Change target</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ubah satuan</source>
        <translation>Change unit of measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ubah perspektif</source>
        <translation>Change perspective</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pilih RHK pimpinan yang diintervensi</source>
        <translation>Choose the superior&apos;s RHK that this supports</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tambah RHK</source>
        <translation>Add RHK</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tambah IKI</source>
        <translation>Add IKI</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hapus RHK</source>
        <translation>Delete RHK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus IKI</source>
        <translation>Delete IKI</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hapus baris</source>
        <translation>Delete rows</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pindahkan RHK</source>
        <translation>Move RHK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pindahkan IKI</source>
        <translation>Move IKI</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Ubah pendekatan</source>
        <translation>Change approach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ubah bentuk SKP</source>
        <translation>Change SKP form</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ubah ekspektasi khusus pimpinan</source>
        <translation>Change superior&apos;s specific expectations</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ubah lampiran</source>
        <translation>Edit appendix</translation>
    </message>
</context>
<context>
    <name>SyncKolom</name>
    <message>
        <location filename="../../kinerja_desktop/gui/sync_models.py" line="+238"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kemarin</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} hari lalu</source>
        <translation>{n} days ago</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ada paket hilang: meminta {situs} mengirim ulang dari nomor {n}</source>
        <translation>Package missing: asking {situs} to resend from number {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} paket di karantina</source>
        <translation>{n} packages in quarantine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} perubahan tidak diterima</source>
        <translation>{n} changes not accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menunggu konfirmasi</source>
        <translation>Waiting for confirmation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ada perubahan belum dikirim</source>
        <translation>Changes not sent yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belum pernah bertukar paket</source>
        <translation>No packages exchanged yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinkron</source>
        <translation>In sync</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Induk</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anak ({peran})</source>
        <translation>Child ({peran})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{situs} (induk)</source>
        <translation>{situs} (parent)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{situs} — {nama} ({hubungan}): {keadaan}.
Kiriman situs ini: dikirim sampai nomor {kirim}, dikonfirmasi sampai {konfirmasi}; {menunggu} menunggu, {ditolak} ditolak, {kalah} kalah konflik. Terakhir dikirim: {keluar}.
Kiriman {situs}: diterapkan sampai nomor {terima}; {konflik} konflik, {karantina} paket karantina. Terakhir diterima: {masuk}.</source>
        <translation>{situs} — {nama} ({hubungan}): {keadaan}.
This site&apos;s changes: sent up to number {kirim}, confirmed up to {konfirmasi}; {menunggu} waiting, {ditolak} refused, {kalah} lost a conflict. Last sent: {keluar}.
Changes from {situs}: applied up to number {terima}; {konflik} conflicts, {karantina} packages in quarantine. Last received: {masuk}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+87"/>
        <location line="+74"/>
        <location line="+24"/>
        <source>Situs</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Kode dan nama situs induk atau anak yang terdaftar di sini; situs induk ditandai (induk).</source>
        <translation>Code and name of the parent or child site enrolled here; the parent site is marked (parent).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ringkasan: sinkron, menunggu konfirmasi, ada perubahan yang ditolak, paket di karantina, atau paket yang hilang.</source>
        <translation>Summary: in sync, waiting for confirmation, changes refused, packages in quarantine, or a missing package.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dikirim sampai nomor: perubahan terakhir situs ini yang sudah masuk paket untuk situs itu.</source>
        <translation>Sent up to number: this site&apos;s last change already put in a package for that site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+86"/>
        <source>Dikonfirmasi</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Dikonfirmasi sampai nomor: sampai nomor berapa situs itu sudah mengonfirmasi menerima perubahan situs ini (lewat paket balasannya).</source>
        <translation>Confirmed up to number: up to which number that site has confirmed receiving this site&apos;s changes (in its reply package).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumlah baris data yang berubah di sini sesudah konfirmasi terakhir: ikut setiap paket berikutnya sampai dikonfirmasi.</source>
        <translation>Number of data rows changed here since the last confirmation: they go with every next package until confirmed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perubahan situs ini yang ditolak situs itu (misalnya bukan haknya mengubah). Rinciannya di tab Tidak diterima.</source>
        <translation>This site&apos;s changes that site refused (for example, not its right to change them). Details on the Not accepted tab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+101"/>
        <source>Kalah</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Perubahan situs ini yang kalah konflik di situs itu; versi situs itu yang dipakai. Rinciannya di tab Tidak diterima.</source>
        <translation>This site&apos;s changes that lost a conflict at that site; that site&apos;s version is used. Details on the Not accepted tab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diterapkan</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diterapkan sampai nomor: sampai nomor berapa perubahan dari situs itu sudah diterapkan di sini.</source>
        <translation>Applied up to number: up to which number the changes from that site have been applied here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Konflik</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konflik yang dicatat di sini untuk paket dari situs itu; lihat tab Konflik.</source>
        <translation>Conflicts recorded here for packages from that site; see the Conflicts tab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Karantina</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paket dari situs itu yang ditolak dan disalin ke folder karantina; alasannya di tab Riwayat.</source>
        <translation>Packages from that site that were refused and copied to the quarantine folder; the reason is on the History tab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paket masuk</source>
        <translation>Last in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapan paket terakhir dari situs itu diterapkan di sini (jeda dalam hari).</source>
        <translation>When the last package from that site was applied here (lag in days).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paket keluar</source>
        <translation>Last out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapan paket terakhir untuk situs itu ditulis di sini.</source>
        <translation>When the last package for that site was written here.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Salinan berkas disimpan di karantina: {path}</source>
        <translation>A copy of the file is kept in quarantine: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+50"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Nama berkas paket yang diimpor.</source>
        <translation>Name of the imported package file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diterapkan: perubahannya masuk. Duplikat: sudah pernah diterima, tidak ada yang diubah. Karantina: ditolak, tidak ada yang diubah; alasannya di kolom Keterangan.</source>
        <translation>Applied: its changes are in. Duplicate: received before, nothing changed. Quarantine: refused, nothing changed; the reason is in the Notes column.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situs pengirim paket.</source>
        <translation>Site that sent the package.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <location line="+89"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Ringkasan hasil, atau alasan penolakan.</source>
        <translation>Result summary, or the reason for refusal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keluar</source>
        <translation>Out</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Masuk</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+33"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Kapan paket ditulis atau diimpor (waktu komputer ini).</source>
        <translation>When the package was written or imported (this computer&apos;s time).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arah</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keluar: paket yang ditulis di sini. Masuk: paket yang diimpor.</source>
        <translation>Out: packages written here. In: packages imported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Situs tujuan (keluar) atau pengirim (masuk).</source>
        <translation>Recipient site (out) or sender (in).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Nomor urut paket pada jalur antara dua situs.</source>
        <translation>Sequence number of the package on the channel between two sites.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumlah baris data yang dibawa paket.</source>
        <translation>Number of data rows the package carries.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <location line="+26"/>
        <location line="+25"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Dikirim, Diterapkan, Duplikat, atau Karantina (ditolak, dengan alasan).</source>
        <translation>Sent, Applied, Duplicate, or Quarantine (refused, with the reason).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paket keluar: Ya bila situs tujuan sudah mengonfirmasi semua perubahan di dalamnya (lewat paket balasannya); Belum bila belum. Paket masuk: —.</source>
        <translation>Outgoing packages: Yes when the recipient has confirmed every change in it (through its reply package); Not yet otherwise. Incoming packages: —.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ringkasan atau alasan penolakan; nama berkas ada di tooltip.</source>
        <translation>Summary or reason for refusal; the file name is in the tooltip.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama berkas paket.</source>
        <translation>Package file name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{situs} (versi {v})</source>
        <translation>{situs} (version {v})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kapan konflik dicatat.</source>
        <translation>When the conflict was recorded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+49"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Jenis data yang diubah di dua situs.</source>
        <translation>Kind of data changed at two sites.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baris yang diubah (nama, NIP, atau kodenya).</source>
        <translation>The changed row (its name, NIP, or code).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disimpan</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versi yang menang dan kini tersimpan.</source>
        <translation>The version that won and is now stored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versi yang kalah; isinya di panel kanan, tidak hilang.</source>
        <translation>The losing version; its content is in the right pane, not lost.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dasar</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aturan yang menentukan pemenang: hak pemilik, tahap alur kerja, versi, atau waktu.</source>
        <translation>The rule that decided the winner: owner&apos;s right, workflow stage, version, or time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diputuskan di</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situs yang memutuskan konflik ini: situs ini, atau kantor atau laptop di bawahnya yang melaporkannya dalam paketnya (daftar terbaru dari paket terakhirnya).</source>
        <translation>The site that decided this conflict: this site, or an office or laptop below it that reported it in its packages (the newest list from its last package).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nama kolom data.</source>
        <translation>Name of the data column.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Isi kolom pada versi yang kalah; salin bila perlu dimasukkan lagi.</source>
        <translation>The column&apos;s content in the losing version; copy it if it needs to be entered again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Situs yang tidak menerima perubahan itu.</source>
        <translation>The site that did not accept the change.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nomor perubahan di situs ini.</source>
        <translation>Change number at this site.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis data.</source>
        <translation>Kind of data.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ditolak: situs itu tidak mengizinkan perubahan ini. Kalah konflik: situs itu memakai versi lain; versi situs ini tercatat di laporan konflik di sana.</source>
        <translation>Refused: that site does not allow this change. Lost a conflict: that site uses another version; this site&apos;s version is recorded in the conflict report there.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alasan dari situs itu.</source>
        <translation>The reason given by that site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID baris</source>
        <translation>Row ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengenal baris data (untuk ditanyakan ke situs itu).</source>
        <translation>Identifier of the data row (to ask that site about).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kode situs.</source>
        <translation>Site code.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Berakhir</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kode dan nama laptop penilai (situs anak situs ini).</source>
        <translation>Code and name of the assessor laptop (a child site of this site).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penilai</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pejabat penilai yang pekerjaan penilaiannya dibawa laptop itu: SKP pegawai yang dinilainya beserta evaluasinya.</source>
        <translation>The appraising official whose assessment work that laptop carries: the SKPs of the employees they assess and their evaluations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tahun SKP yang dibawa.</source>
        <translation>The year of the SKPs carried.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aktif: paket ke laptop itu membawa pekerjaan penilai ini, dan penilaiannya dari laptop diterima di sini. Berakhir: tidak lagi.</source>
        <translation>Active: packages to that laptop carry this assessor&apos;s work, and the assessments from the laptop are accepted here. Ended: no longer.</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+19"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Beda</source>
        <translation>Differs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>berbeda</source>
        <translation>differs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;berbeda&quot;: isi kolom ini tidak sama pada kedua versi (kolom yang berbeda ditampilkan paling atas dan disorot).</source>
        <translation>&quot;differs&quot;: this field is not the same in both versions (differing fields are listed first and highlighted).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versi disimpan</source>
        <translation>Kept version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isi kolom pada versi yang menang, sebagaimana tersimpan sekarang.</source>
        <translation>The field in the winning version, as stored now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versi kalah</source>
        <translation>Losing version</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nama baris data di situs ini (nama, NIP, kode, atau teksnya).</source>
        <translation>Name of the data row at this site (its name, NIP, code or text).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nama situs.</source>
        <translation>Site name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kantor, Provinsi, atau Laptop penilai.</source>
        <translation>Office, Province, or Assessor laptop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Situs ini</source>
        <translation>This site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Terdaftar</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situs ini sendiri, atau situs lain yang kartunya sudah diterima.</source>
        <translation>This site itself, or another site whose card was accepted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sidik jari</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidik jari kunci situs: dibacakan lewat telepon saat bertukar kartu.</source>
        <translation>Site key fingerprint: read out by phone when exchanging cards.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dicabut</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Aktif, atau Dicabut (paket bertanda tangan kunci itu ditolak).</source>
        <translation>Active, or Revoked (packages signed with that key are refused).</translation>
    </message>
</context>
<context>
    <name>SyncKunciDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/sync_dialogs.py" line="-88"/>
        <source>Paket sinkronisasi ditandatangani dan dienkripsi dengan kunci situs. Masukkan frasa sandi kunci situs (dibuat saat penyiapan aplikasi).</source>
        <translation>Sync packages are signed and encrypted with the site key. Enter the site key passphrase (chosen when the application was set up).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frasa sandi diminta sekali saja selama aplikasi terbuka; mencetak dokumen resmi sesudahnya tidak menanyakannya lagi.</source>
        <translation>The passphrase is asked only once while the application is open; printing official documents afterwards does not ask again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Memeriksa frasa sandi lalu melanjutkan sinkronisasi.</source>
        <translation>Checks the passphrase, then continues the synchronisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidak mengirim atau mengimpor apa pun.</source>
        <translation>Sends or imports nothing.</translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <location filename="../../kinerja_desktop/gui/sync_models.py" line="-439"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penugasan Plt/Plh</source>
        <translation>Acting (Plt/Plh) assignment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aturan periode</source>
        <translation>Period rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sasaran unit</source>
        <translation>Unit objective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rencana Hasil Kerja</source>
        <translation>Work Result Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indikator Kinerja Individu</source>
        <translation>Individual Performance Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riwayat status SKP</source>
        <translation>SKP status history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluasi periodik</source>
        <translation>Periodic evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realisasi IKI</source>
        <translation>IKI realisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bukti dukung</source>
        <translation>Supporting evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Umpan balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frasa umpan balik</source>
        <translation>Feedback phrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predikat organisasi</source>
        <translation>Organisation rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survei SKM</source>
        <translation>SKM survey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluasi kompetensi</source>
        <translation>Competency evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nilai kompetensi</source>
        <translation>Competency score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabel tunjangan</source>
        <translation>Allowance table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapat evaluasi</source>
        <translation>Evaluation meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumen cetak</source>
        <translation>Printed document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diterapkan</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplikat (sudah ada)</source>
        <translation>Duplicate (already there)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Karantina (ditolak)</source>
        <translation>Quarantine (refused)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gagal dibaca</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kalah konflik</source>
        <translation>Lost a conflict</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kinerja_desktop/gui/sync_page.py" line="+221"/>
        <source>Satu baris per situs induk atau anak. Arahkan tetikus ke baris untuk rinciannya; klik dua kali untuk menyiapkan kiriman ke situs itu.</source>
        <translation>One row per parent or child site. Hover over a row for details; double-click to prepare a package for that site.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1. Tulis kartu kunci…</source>
        <translation>1. Write key card…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menulis kartu kunci situs ini ke folder atau flashdisk, lalu menampilkan sidik jari yang dibacakan lewat telepon.</source>
        <translation>Writes this site&apos;s key card to a folder or flash drive, then shows the fingerprint to read out by phone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2. Terima kartu kunci…</source>
        <translation>2. Accept key card…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membuka kartu kunci (.kinerja-kunci) dari situs induk atau anak dan memeriksanya dengan sidik jari yang dibacakan lewat telepon.</source>
        <translation>Opens a key card (.kinerja-kunci) from the parent or child site and checks it against the fingerprint read out by phone.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Status per situs</source>
        <translation>Status per site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keadaan pertukaran paket dengan setiap situs induk dan anak.</source>
        <translation>State of the package exchange with each parent and child site.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Berkas yang rusak atau bukan paket tidak dapat dipastikan pengirimnya, jadi tidak dihitung pada situs mana pun. Alasannya ada di tab Riwayat.</source>
        <translation>A damaged file or a file that is not a package cannot be attributed to a sender, so it is not counted for any site. The reason is on the History tab.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Situs induk hanya menerima paket dari Kinerja Desktop versi minimal ini atau lebih baru. Minta pemasang aplikasi versi terbaru; data di sini tidak hilang.</source>
        <translation>The parent site only accepts packages from Kinerja Desktop of this minimum version or newer. Ask for the latest version to be installed; the data here is not lost.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Penugasan laptop ini ditentukan admin kantor induk dan ikut paket dari sana; rinciannya di tab Laptop penilai.</source>
        <translation>This laptop&apos;s assignment is set by the admin of the parent office and comes with its packages; details in the Assessor laptop tab.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Situs tujuan paket. Bawaannya situs induk (misalnya BKD provinsi); situs anak (kantor atau laptop penilai) dipilih di sini.</source>
        <translation>Recipient site of the package. The default is the parent site (for example the provincial BKD); child sites (offices or assessor laptops) are chosen here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kirim ke:</source>
        <translation>Send to:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paket bersifat kumulatif: berisi semua perubahan yang belum dikonfirmasi situs tujuan, jadi paket yang hilang tergantikan oleh paket berikutnya.</source>
        <translation>Packages are cumulative: they carry every change the recipient has not confirmed yet, so a lost package is replaced by the next one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yang dikirim:</source>
        <translation>What is sent:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+210"/>
        <source>Kirim paket…</source>
        <translation>Send package…</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Menulis paket untuk situs tujuan ke folder pilihan Anda, misalnya flashdisk (Ctrl+E). Folder terakhir diingat.</source>
        <translation>Writes a package for the recipient site into a folder of your choice, for example a flash drive (Ctrl+E). The last folder is remembered.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Belum ada paket yang ditulis sejak aplikasi dibuka.</source>
        <translation>No package written since the application was opened.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Berkas paket terakhir yang ditulis dan isinya. Serahkan berkas itu ke situs tujuan (flashdisk, surel, atau folder bersama).</source>
        <translation>The last package file written and its content. Hand that file to the recipient site (flash drive, e-mail, or shared folder).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membuka folder tempat paket terakhir ditulis.</source>
        <translation>Opens the folder where the last package was written.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paket terakhir</source>
        <translation>Last package</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Kirim</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menulis paket berisi perubahan di sini untuk situs induk atau anak.</source>
        <translation>Writes a package with the changes made here for the parent or child site.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seret berkas paket .kinerja ke halaman ini (boleh beberapa sekaligus, atau satu folder), atau pilih dengan tombol Impor paket. Setiap paket diperiksa tanda tangannya lebih dulu; paket yang ditolak disalin ke karantina dan tidak mengubah apa pun.</source>
        <translation>Drag .kinerja package files onto this page (several at once, or a folder), or choose them with the Import package button. Each package&apos;s signature is checked first; refused packages are copied to quarantine and change nothing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+165"/>
        <source>Impor paket…</source>
        <translation>Import package…</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Memilih satu atau beberapa berkas .kinerja dari situs induk atau anak lalu mengimpornya satu per satu (Ctrl+O).</source>
        <translation>Chooses one or more .kinerja files from the parent or child site and imports them one by one (Ctrl+O).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kotak masuk…</source>
        <translation>Inbox…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memilih satu folder (folder bersama atau flashdisk berisi paket dari banyak kantor) lalu mengimpor semua paket .kinerja di dalamnya: per kantor, urut nomor paket. Paket yang rusak dikarantina tanpa menghentikan yang lain.</source>
        <translation>Chooses one folder (a shared folder or a flash drive with packages from many offices) and imports every .kinerja package in it: per office, in package number order. Damaged packages are quarantined without stopping the others.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Belum ada paket yang diimpor sejak aplikasi dibuka.</source>
        <translation>No package imported since the application was opened.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hasil setiap berkas yang diimpor. Arahkan tetikus ke baris untuk pesan lengkapnya dan letak salinan karantina.</source>
        <translation>The result of each imported file. Hover over a row for the full message and where the quarantine copy is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buka folder karantina</source>
        <translation>Open quarantine folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Membuka folder tempat salinan paket yang ditolak disimpan ({path}).</source>
        <translation>Opens the folder where copies of refused packages are kept ({path}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Terima</source>
        <translation>&amp;Receive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mengimpor paket dari situs induk atau anak.</source>
        <translation>Imports packages from the parent or child site.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paket yang ditulis dan diimpor di sini, terbaru di atas ({n} terakhir).</source>
        <translation>Packages written and imported here, newest first (last {n}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Riwayat</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setiap paket keluar dan masuk: kapan, dengan situs mana, hasilnya.</source>
        <translation>Every outgoing and incoming package: when, with which site, and the result.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Baris yang diubah di dua situs sebelum saling menerima paket. Pilih baris untuk melihat isi versi yang kalah.</source>
        <translation>Rows changed at two sites before they received each other&apos;s packages. Select a row to see the content of the losing version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+594"/>
        <source>Tidak ada konflik.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <location line="-593"/>
        <location line="+594"/>
        <source>Pilih konflik di kiri untuk melihat rinciannya.</source>
        <translation>Select a conflict on the left to see its details.</translation>
    </message>
    <message>
        <location line="-586"/>
        <source>Versi yang disimpan di samping versi yang kalah, kolom demi kolom; kolom yang berbeda ditandai &quot;berbeda&quot;, disorot, dan ditampilkan paling atas.</source>
        <translation>The kept version beside the losing one, field by field; differing fields are marked &quot;differs&quot;, highlighted and listed first.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+212"/>
        <source>K&amp;onflik</source>
        <translation>C&amp;onflicts</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Laporan konflik: versi mana yang disimpan, mengapa, dan isi versi yang kalah.</source>
        <translation>Conflict report: which version was kept, why, and the content of the losing version.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Perubahan dari situs ini yang ditolak situs lain atau kalah konflik di sana, menurut konfirmasi yang dikirim balik.</source>
        <translation>Changes from this site that another site refused or that lost a conflict there, according to the confirmations sent back.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+202"/>
        <source>Tidak &amp;diterima</source>
        <translation>Not &amp;accepted</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Perubahan situs ini yang tidak diterima situs induk atau anak, dengan alasannya.</source>
        <translation>This site&apos;s changes that the parent or child site did not accept, with the reasons.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Laptop penilai</source>
        <translation>&amp;Assessor laptop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laptop ini memegang pekerjaan penilaian siapa (ditentukan kantor induk).</source>
        <translation>Whose assessment work this laptop holds (set by the parent office).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Penilai yang pekerjaan penilaiannya dibawa laptop penilai: menugaskan, mengakhiri, dan mengirim paket ke laptop itu.</source>
        <translation>Assessors whose assessment work assessor laptops carry: assign, end, and send a package to the laptop.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Versi aplikasi</source>
        <translation>App &amp;version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versi minimal aplikasi yang paketnya diterima, dan dari situs mana aturan itu.</source>
        <translation>The minimum app version whose packages are accepted, and which site set the rule.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rekap &amp;provinsi</source>
        <translation>&amp;Province summary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status setiap kantor (paket terakhir, jeda, konflik, karantina) dan sebaran predikat per kantor untuk satu periode.</source>
        <translation>The status of every office (last package, lag, conflicts, quarantine) and the rating distribution per office for one period.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>K&amp;unci</source>
        <translation>&amp;Keys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sidik jari situs ini, bertukar kartu kunci, dan daftar kunci situs terdaftar.</source>
        <translation>This site&apos;s fingerprint, exchanging key cards, and the list of enrolled site keys.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sinkronisasi — {kode} ({peran})</source>
        <translation>Synchronisation — {kode} ({peran})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Membaca status sinkronisasi</source>
        <translation>Reading synchronisation status</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} paket ditolak tanpa pengirim yang dapat dipastikan (berkas rusak atau bukan paket); &lt;a href=&quot;riwayat&quot;&gt;lihat alasannya di Riwayat&lt;/a&gt;.</source>
        <translation>{n} packages refused without a sender that could be established (damaged file or not a package); &lt;a href=&quot;riwayat&quot;&gt;see the reasons in History&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>situs induk {kode}</source>
        <translation>parent site {kode}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>situs induk atau anak</source>
        <translation>the parent or child site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Belum ada situs induk atau anak yang terdaftar.&lt;/b&gt; Paket baru dapat dikirim sesudah kedua situs bertukar kartu kunci (cukup sekali):&lt;ol&gt;&lt;li&gt;Tulis kartu kunci situs ini dan serahkan berkasnya ke {siapa} (flashdisk atau surel).&lt;/li&gt;&lt;li&gt;Terima kartu kunci dari {siapa}: telepon operatornya dan ketik sidik jari yang ia bacakan.&lt;/li&gt;&lt;li&gt;Saat mereka menerima kartu Anda, bacakan sidik jari situs ini (tab Kunci).&lt;/li&gt;&lt;/ol&gt;Setelah itu gunakan &lt;b&gt;Kirim paket&lt;/b&gt; dan &lt;b&gt;Impor paket&lt;/b&gt;.</source>
        <translation>&lt;b&gt;No parent or child site is enrolled yet.&lt;/b&gt; Packages can be sent once both sites have exchanged key cards (only once):&lt;ol&gt;&lt;li&gt;Write this site&apos;s key card and hand the file to {siapa} (flash drive or e-mail).&lt;/li&gt;&lt;li&gt;Accept the key card from {siapa}: phone its operator and type the fingerprint they read out.&lt;/li&gt;&lt;li&gt;When they accept your card, read out this site&apos;s fingerprint (Keys tab).&lt;/li&gt;&lt;/ol&gt;Then use &lt;b&gt;Send package&lt;/b&gt; and &lt;b&gt;Import package&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Laptop ini memegang pekerjaan penilaian {siapa}.</source>
        <translation>This laptop holds the assessment work of {siapa}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{nama}&lt;/b&gt; tahun {tahun}</source>
        <translation>&lt;b&gt;{nama}&lt;/b&gt; year {tahun}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laptop ini belum memegang pekerjaan penilaian siapa pun; tunggu paket dari kantor induk.</source>
        <translation>This laptop does not hold anyone&apos;s assessment work yet; wait for a package from the parent office.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Aplikasi ini versi {app}, sedangkan situs induk {induk} mewajibkan versi {minimal} atau lebih baru. Paket ke {induk} akan ditolak sampai aplikasi ini diperbarui ke versi {minimal} atau lebih baru.</source>
        <translation>This app is version {app}, but the parent site {induk} requires version {minimal} or newer. Packages to {induk} will be refused until this app is updated to version {minimal} or newer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aplikasi ini versi {app}, lebih lama dari versi minimal {minimal} yang ditetapkan di sini. Paket dari situs ini akan ditolak sampai aplikasi ini diperbarui.</source>
        <translation>This app is version {app}, older than the minimum version {minimal} set here. Packages from this site will be refused until this app is updated.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>K&amp;onflik ({n})</source>
        <translation>C&amp;onflicts ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidak &amp;diterima ({n})</source>
        <translation>Not &amp;accepted ({n})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{kode} — {nama} ({hubungan})</source>
        <translation>{kode} — {nama} ({hubungan})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— kunci dicabut</source>
        <translation>— keys revoked</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Laptop {kode} tidak ada di daftar tujuan. Pastikan kartu kuncinya sudah diterima di tab Kunci.</source>
        <translation>Laptop {kode} is not in the list of recipients. Make sure its key card has been accepted in the Keys tab.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Belum ada situs tujuan: tukar kartu kunci dulu di tab Kunci.</source>
        <translation>No recipient yet: exchange key cards first on the Keys tab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kunci situs {kode} sudah dicabut: paket untuknya tidak dapat ditulis. Bila situs itu mengganti kuncinya, terima kartu kunci barunya di tab Kunci.</source>
        <translation>The keys of site {kode} have been revoked: no package can be written for it. If that site replaced its keys, accept its new key card in the Keys tab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} baris data yang berubah dan belum dikonfirmasi {kode} (sampai nomor {sampai}; dikonfirmasi sampai {konfirmasi}).</source>
        <translation>{n} changed data rows not yet confirmed by {kode} (up to number {sampai}; confirmed up to {konfirmasi}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tidak ada perubahan baru untuk {kode}: paket hanya berisi konfirmasi.</source>
        <translation>No new changes for {kode}: the package only carries confirmations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ikut juga konfirmasi bahwa perubahan dari {kode} sudah diterapkan di sini sampai nomor {n}.</source>
        <translation>It also confirms that the changes from {kode} have been applied here up to number {n}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paket ini meminta {kode} mengirim ulang dari nomor {n}.</source>
        <translation>This package asks {kode} to resend from number {n}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kirim ke flashdisk {drive}</source>
        <translation>Send to flash drive {drive}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menulis paket langsung ke flashdisk yang terpasang: {path}</source>
        <translation>Writes the package straight onto the mounted flash drive: {path}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Belum ada situs tujuan. Tukar kartu kunci dulu di tab Kunci.</source>
        <translation>No recipient yet. Exchange key cards first on the Keys tab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder atau flashdisk tujuan paket</source>
        <translation>Folder or flash drive for the package</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Menulis paket sinkronisasi</source>
        <translation>Writing sync package</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} perubahan (nomor {dari}–{sampai})</source>
        <translation>{n} changes (numbers {dari}–{sampai})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tanpa perubahan baru (hanya konfirmasi)</source>
        <translation>no new changes (confirmations only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paket nomor &lt;b&gt;{nomor}&lt;/b&gt; untuk &lt;b&gt;{penerima}&lt;/b&gt;: {isi}; konfirmasi kiriman {penerima} sampai nomor {ack}; {ukuran}.&lt;br&gt;Berkas: &lt;b&gt;{file}&lt;/b&gt;</source>
        <translation>Package number &lt;b&gt;{nomor}&lt;/b&gt; for &lt;b&gt;{penerima}&lt;/b&gt;: {isi}; confirms changes from {penerima} up to number {ack}; {ukuran}.&lt;br&gt;File: &lt;b&gt;{file}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paket untuk {penerima} ditulis ke {file}. Serahkan berkas itu ke {penerima}.</source>
        <translation>Package for {penerima} written to {file}. Hand that file to {penerima}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Belum ada paket yang dikarantina (folder {path} belum ada).</source>
        <translation>No package has been quarantined yet (folder {path} does not exist).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pilih paket sinkronisasi</source>
        <translation>Choose sync packages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paket Kinerja (*.kinerja)</source>
        <translation>Kinerja packages (*.kinerja)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+60"/>
        <source>Impor sebelumnya masih berjalan; tunggu sampai selesai.</source>
        <translation>The previous import is still running; wait until it finishes.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Mengimpor {n} berkas…</source>
        <translation>Importing {n} files…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mengimpor {file} ({i} dari {n})</source>
        <translation>Importing {file} ({i} of {n})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mengimpor paket sinkronisasi</source>
        <translation>Importing sync packages</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder kotak masuk (paket dari kantor-kantor)</source>
        <translation>Inbox folder (packages from the offices)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mengimpor kotak masuk {folder}…</source>
        <translation>Importing the inbox {folder}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mengimpor paket {i} dari {n}</source>
        <translation>Importing package {i} of {n}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tidak ada berkas .kinerja di folder {folder}.</source>
        <translation>There are no .kinerja files in the folder {folder}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mengimpor kotak masuk</source>
        <translation>Importing the inbox</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} diterapkan</source>
        <translation>{n} applied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} duplikat</source>
        <translation>{n} duplicate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} karantina</source>
        <translation>{n} quarantined</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} gagal dibaca</source>
        <translation>{n} unreadable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} dibatalkan (tidak diimpor)</source>
        <translation>{n} cancelled (not imported)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} berkas: {rincian}.</source>
        <translation>{n} files: {rincian}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berkas yang ditolak tidak mengubah apa pun; alasannya di kolom Keterangan.</source>
        <translation>Refused files change nothing; the reason is in the Notes column.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&lt;b&gt;{data}&lt;/b&gt; {baris}: disimpan versi &lt;b&gt;{menang}&lt;/b&gt; (versi {vm}); versi &lt;b&gt;{kalah}&lt;/b&gt; (versi {vk}) kalah karena &lt;i&gt;{dasar}&lt;/i&gt;. Di bawah, versi yang disimpan di samping versi yang kalah; {n} kolom berbeda disorot di atas. Bila isi yang kalah yang benar, ubah datanya lagi di situs pemiliknya.</source>
        <translation>&lt;b&gt;{data}&lt;/b&gt; {baris}: the version of &lt;b&gt;{menang}&lt;/b&gt; (version {vm}) is kept; the version of &lt;b&gt;{kalah}&lt;/b&gt; (version {vk}) lost because of &lt;i&gt;{dasar}&lt;/i&gt;. Below, the kept version beside the losing one; {n} differing fields are highlighted at the top. If the losing content is the right one, change the data again at the site that owns it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Konflik ini diputuskan di situs {situs} dan dilaporkan dalam paketnya; versi yang kalah tersimpan di sana.</source>
        <translation>This conflict was decided at site {situs} and reported in its package; the losing version is kept there.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Baris itu kini tidak ada lagi di situs ini.</source>
        <translation>That row no longer exists at this site.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;p&gt;&lt;b&gt;Kunci&lt;/b&gt; (admin): &lt;b&gt;Ganti kunci situs ini…&lt;/b&gt; membuat pasangan kunci baru dan mencabut yang lama; tulis kartu kunci baru dan minta setiap situs induk dan anak menerimanya dengan pilihan &lt;b&gt;Ganti kunci situs itu&lt;/b&gt;. &lt;b&gt;Cabut kunci…&lt;/b&gt; (misalnya laptop yang hilang) membuat paket dari situs itu ditolak mulai sekarang; kode situsnya diketik untuk memastikan.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Versi aplikasi&lt;/b&gt; (admin): versi minimal Kinerja Desktop yang paketnya diterima. Situs yang punya situs anak dapat menetapkan atau menghapusnya; aturan itu ikut paket ke situs anak. Bila aplikasi ini lebih lama dari aturan situs induk, peringatan merah tampil di atas dan paket ke induk ditolak sampai aplikasi diperbarui.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Keys&lt;/b&gt; (admin): &lt;b&gt;Replace this site&apos;s keys…&lt;/b&gt; creates a new key pair and revokes the old one; write the new key card and ask every parent and child site to accept it with the option &lt;b&gt;Replace that site&apos;s keys&lt;/b&gt;. &lt;b&gt;Revoke keys…&lt;/b&gt; (for example a lost laptop) makes packages from that site refused from now on; the site code is typed to confirm.&lt;/p&gt;&lt;p&gt;&lt;b&gt;App version&lt;/b&gt; (admin): the minimum Kinerja Desktop version whose packages are accepted. A site with child sites can set or remove it; the rule travels with the packages to the child sites. When this app is older than the parent site&apos;s rule, a red warning appears at the top and packages to the parent are refused until the app is updated.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;&lt;b&gt;Laptop penilai&lt;/b&gt;: laptop seorang pejabat penilai yang dibawa keluar kantor. Terima dulu kartu kunci laptop itu (tab Kunci), lalu &lt;b&gt;Tugaskan…&lt;/b&gt; penilai dan tahunnya, lalu kirim paket ke laptop itu. Penilaian yang diisi di laptop kembali lewat paket dari laptop. &lt;b&gt;Akhiri tugas&lt;/b&gt; bila laptop tidak lagi membawa pekerjaan itu (impor dulu paket terakhirnya).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Assessor laptop&lt;/b&gt;: the laptop of an appraising official taken out of the office. First accept that laptop&apos;s key card (Keys tab), then &lt;b&gt;Assign…&lt;/b&gt; the assessor and the year, then send a package to that laptop. Assessments filled in on the laptop come back with the laptop&apos;s package. &lt;b&gt;End assignment&lt;/b&gt; when the laptop no longer carries that work (import its last package first).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;&lt;b&gt;Laptop penilai&lt;/b&gt;: tab ini menunjukkan pekerjaan penilaian siapa yang dibawa laptop ini, sebagaimana ditentukan admin kantor induk.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Assessor laptop&lt;/b&gt;: this tab shows whose assessment work this laptop carries, as set by the admin of the parent office.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Provinsi&lt;/b&gt;: &lt;b&gt;Kotak masuk…&lt;/b&gt; (tab Terima) mengimpor semua paket dalam satu folder bersama atau flashdisk, per kantor dan urut nomor paket; paket yang rusak dikarantina tanpa menghentikan yang lain. Tab &lt;b&gt;Rekap provinsi&lt;/b&gt; menampilkan status setiap kantor (paket terakhir dan jedanya, konflik, karantina, permintaan kirim ulang) dan sebaran predikat per kantor untuk periode yang dipilih.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Province&lt;/b&gt;: &lt;b&gt;Inbox…&lt;/b&gt; (Receive tab) imports every package in one shared folder or flash drive, per office and in package number order; damaged packages are quarantined without stopping the others. The &lt;b&gt;Province summary&lt;/b&gt; tab shows the status of every office (last package and the lag since, conflicts, quarantine, resend requests) and the rating distribution per office for the chosen period.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;h3&gt;Sinkronisasi&lt;/h3&gt;&lt;p&gt;Data berpindah antarsitus lewat berkas paket (.kinerja) yang ditandatangani dan dienkripsi; bawa dengan flashdisk, surel, atau folder bersama. Setiap situs hanya bertukar paket dengan induk dan anaknya.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Status per situs&lt;/b&gt;: yang sudah dikirim dan dikonfirmasi, yang masih menunggu, yang ditolak atau kalah konflik, sampai mana kiriman situs itu diterapkan, dan paket di karantina.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Kirim paket…&lt;/b&gt; (Ctrl+E) menulis paket untuk situs tujuan. Paket bersifat kumulatif: paket yang hilang tergantikan oleh paket berikutnya.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Impor paket…&lt;/b&gt; (Ctrl+O), atau seret berkas .kinerja ke halaman ini. Paket yang ditolak (tanda tangan salah, rusak, bukan untuk situs ini, ada paket yang hilang) disalin ke folder karantina dan tidak mengubah apa pun.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Konflik&lt;/b&gt;: baris yang diubah di dua situs; versi yang kalah tetap dapat dilihat. &lt;b&gt;Tidak diterima&lt;/b&gt;: perubahan situs ini yang ditolak situs lain.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Kunci&lt;/b&gt;: bertukar kartu kunci sekali per pasangan situs, sambil mencocokkan sidik jari lewat telepon.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Frasa sandi kunci situs diminta sekali selama aplikasi terbuka. Pintasan: Ctrl+E kirim, Ctrl+O impor, F5 muat ulang, Alt+huruf bergaris bawah untuk berpindah tab.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Synchronisation&lt;/h3&gt;&lt;p&gt;Data moves between sites in package files (.kinerja) that are signed and encrypted; carry them on a flash drive, by e-mail, or in a shared folder. Each site exchanges packages only with its parent and its children.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Status per site&lt;/b&gt;: what was sent and confirmed, what is still waiting, what was refused or lost a conflict, how far that site&apos;s packages were applied, and packages in quarantine.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Send package…&lt;/b&gt; (Ctrl+E) writes a package for the recipient site. Packages are cumulative: a lost package is replaced by the next one.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Import package…&lt;/b&gt; (Ctrl+O), or drag .kinerja files onto this page. Refused packages (wrong signature, damaged, not for this site, a package missing) are copied to the quarantine folder and change nothing.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Conflicts&lt;/b&gt;: rows changed at two sites; the losing version can still be seen. &lt;b&gt;Not accepted&lt;/b&gt;: this site&apos;s changes another site refused.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Keys&lt;/b&gt;: exchange key cards once per pair of sites, checking the fingerprint by phone.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The site key passphrase is asked once while the application is open. Shortcuts: Ctrl+E send, Ctrl+O import, F5 reload, Alt+underlined letter to switch tabs.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TargetDelegate</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skp_delegates.py" line="-64"/>
        <source>&apos;{text}&apos; bukan angka target. Tulis angka, mis. 12 atau 12,5 (boleh dengan satuan: &apos;4 laporan&apos;), atau rentang &apos;80–90 %&apos;. Target berupa uraian dipakai pada pendekatan kualitatif.</source>
        <translation>&apos;{text}&apos; is not a numeric target. Write a number, e.g. 12 or 12,5 (a unit may follow: &apos;4 laporan&apos;), or a range &apos;80–90 %&apos;. Descriptive targets are used with the qualitative approach.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>mis. Laporan diterima tanpa revisi</source>
        <translation>e.g. Report accepted without revisions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target berupa uraian, mis. &apos;Laporan diterima pimpinan tanpa revisi&apos;.</source>
        <translation>A descriptive target, e.g. &apos;Report accepted by the superior without revisions&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mis. 12 atau 12,5</source>
        <translation>e.g. 12 or 12,5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target angka; desimal memakai koma, mis. 12 atau 12,5. Boleh dengan satuan sekaligus: &apos;4 laporan&apos;. Rentang: &apos;80–90 %&apos;.</source>
        <translation>A numeric target; decimals use a comma, e.g. 12 or 12,5. The unit may be included: &apos;4 laporan&apos;. Range: &apos;80–90 %&apos;.</translation>
    </message>
</context>
<context>
    <name>TerimaKartuDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/sync_dialogs.py" line="+184"/>
        <source>Terima kartu kunci</source>
        <translation>Accept key card</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas &lt;b&gt;{file}&lt;/b&gt; mengaku sebagai kartu kunci:</source>
        <translation>The file &lt;b&gt;{file}&lt;/b&gt; claims to be the key card of:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kode dan nama situs menurut kartu. Kartu bisa dipalsukan: sidik jarinya yang membuktikan.</source>
        <translation>Site code and name according to the card. A card can be forged: its fingerprint is the proof.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Situs:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peran:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Induk:</source>
        <translation>Parent:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Perhatian: menurut kartu, situs {situs} bukan induk maupun anak situs ini ({kode}). Paket hanya dipertukarkan dengan induk dan anak langsung.</source>
        <translation>Note: according to the card, site {situs} is neither the parent nor a child of this site ({kode}). Packages are only exchanged with the direct parent and children.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Telepon operator situs {situs} dengan nomor yang Anda kenal (bukan nomor dari surel atau berkas yang sama), minta ia membacakan sidik jari kunci situsnya, lalu ketik di bawah. Spasi dan huruf besar/kecil tidak berpengaruh.</source>
        <translation>Phone the operator of site {situs} on a number you know (not one from the same e-mail or file), ask them to read out their site key fingerprint, and type it below. Spaces and upper/lower case do not matter.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sidik jari yang dibacakan lewat telepon: 8 kelompok 4 huruf/angka (0–9, A–F), contoh 1A2B 3C4D 5E6F 7081 92A3 B4C5 D6E7 F809. Jangan menyalin dari kartu itu sendiri: yang diperiksa justru kecocokan keduanya.</source>
        <translation>The fingerprint read out by phone: 8 groups of 4 letters/digits (0–9, A–F), for example 1A2B 3C4D 5E6F 7081 92A3 B4C5 D6E7 F809. Do not copy it from the card itself: the point is to check that the two match.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Terima</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menyimpan kunci situs {situs} bila sidik jari yang diketik sama dengan kartu; bila tidak sama, tidak ada yang disimpan.</source>
        <translation>Stores the key of site {situs} if the typed fingerprint matches the card; if not, nothing is stored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak menyimpan apa pun.</source>
        <translation>Stores nothing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ganti kunci situs itu…</source>
        <translation>Replace that site&apos;s keys…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Situs {situs} sudah terdaftar dengan kunci lain. Bila situs itu memang mengganti kuncinya, kunci barunya menggantikan yang lama (sesudah satu konfirmasi); kunci lama dicabut.</source>
        <translation>Site {situs} is already enrolled with other keys. If that site really replaced its keys, its new keys replace the old ones (after one confirmation); the old keys are revoked.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sidik jari yang Anda dengar:</source>
        <translation>The fingerprint you heard:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Situs {situs} sudah terdaftar di sini dengan kunci lain. Bila situs itu memang mengganti kuncinya (operatornya membacakan sidik jari baru ini lewat telepon), tekan Ganti kunci situs itu…; bila tidak, jangan terima kartu ini. Belum ada yang diubah.</source>
        <translation>Site {situs} is already enrolled here with other keys. If that site really replaced its keys (its operator read out this new fingerprint by phone), press Replace that site&apos;s keys…; otherwise do not accept this card. Nothing has been changed yet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ganti kunci situs {situs}</source>
        <translation>Replace the keys of site {situs}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kunci situs &lt;b&gt;{situs}&lt;/b&gt; yang terdaftar di sini diganti dengan kunci dari kartu ini, dan kunci lamanya dicabut: paket bertanda tangan kunci lama ditolak mulai sekarang, dan situs anak situs ini diberi tahu lewat paket berikutnya.&lt;br&gt;&lt;br&gt;Lanjutkan hanya bila operator {situs} sudah memastikan lewat telepon bahwa situsnya memang mengganti kunci, dan sidik jari yang Anda ketik adalah yang ia bacakan.</source>
        <translation>The keys of site &lt;b&gt;{situs}&lt;/b&gt; enrolled here are replaced with the keys of this card, and its old keys are revoked: packages signed with the old keys are refused from now on, and this site&apos;s children are told with the next package.&lt;br&gt;&lt;br&gt;Continue only if the operator of {situs} confirmed by phone that the site really replaced its keys, and the fingerprint you typed is the one they read out.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ganti kunci</source>
        <translation>Replace keys</translation>
    </message>
</context>
<context>
    <name>TerlambatModel</name>
    <message>
        <location filename="../../kinerja_desktop/gui/beranda_page.py" line="-562"/>
        <source>Yang terlambat</source>
        <translation>Overdue item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{n} hari</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Klik ganda untuk membuka halaman {page}</source>
        <translation>Double-click to open the {page} page</translation>
    </message>
</context>
<context>
    <name>TetapkanDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skp_intervensi_dialog.py" line="+122"/>
        <source>Setujui dan tetapkan SKP</source>
        <translation>Approve and finalise SKP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SKP {nama} akan ditetapkan dan tidak dapat diubah lagi (perubahan sesudahnya melalui revisi). Tempat dan tanggal tercetak di atas tanda tangan.</source>
        <translation>The SKP of {nama} will be approved and can no longer be changed (later changes go through a revision). The place and date are printed above the signature.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mis. Kalianda</source>
        <translation>e.g. Kalianda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama kota tempat penetapan, mis. Kalianda.</source>
        <translation>Name of the town of approval, e.g. Kalianda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tempat</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKP ditetapkan dengan tanggal hari ini.</source>
        <translation>The SKP is approved with today&apos;s date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tetapkan</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TindakLanjutModel</name>
    <message>
        <location filename="../../kinerja_desktop/gui/rapat_evaluasi_model.py" line="+26"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wajib. Apa yang harus dilakukan (contoh: Lengkapi bukti dukung realisasi triwulan I)</source>
        <translation>Required. What needs to be done (example: Complete the supporting evidence for the TRIWULAN I achievement)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Penanggung Jawab</source>
        <translation>Person in Charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boleh kosong. Siapa yang melaksanakan (contoh: Kasubbag Umum)</source>
        <translation>May be empty. Who carries it out (example: Kasubbag Umum)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batas Waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boleh kosong. Tanggal dd-mm-yyyy (contoh: 30-04-2026)</source>
        <translation>May be empty. Date as dd-mm-yyyy (example: 30-04-2026)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Centang bila tindak lanjut sudah dilaksanakan</source>
        <translation>Tick when the follow-up action has been carried out</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bukan tanggal yang sah; tulis seperti 30-04-2026.</source>
        <translation>Not a valid date; write it like 30-04-2026.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uraian wajib diisi.</source>
        <translation>The description is required.</translation>
    </message>
</context>
<context>
    <name>TindakLanjutModels</name>
    <message>
        <location filename="../../kinerja_desktop/gui/tindak_lanjut_models.py" line="+129"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama kompetensi</source>
        <translation>Competency name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standar</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nilai</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kesenjangan</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nomor urut kompetensi pada formulir B.1.9.</source>
        <translation>Sequence number of the competency on form B.1.9.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teknis (sesuai bidang jabatan, contoh: Pengelolaan Keuangan Daerah), Manajerial (contoh: Integritas) atau Sosial Kultural (Perekat Bangsa).</source>
        <translation>Teknis (technical, matching the position&apos;s field, example: Pengelolaan Keuangan Daerah), Manajerial (managerial, example: Integritas) or Sosial Kultural (socio-cultural, Perekat Bangsa).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nama kompetensi seperti pada standar kompetensi jabatan (contoh: Komunikasi).</source>
        <translation>Competency name as in the position&apos;s competency standard (example: Komunikasi).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level yang dituntut jabatan, 1–5 (contoh: 3 untuk pelaksana/JF ahli pertama pada umumnya).</source>
        <translation>Level required by the position, 1–5 (example: 3 for most pelaksana/JF Ahli Pertama positions).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level yang ditunjukkan pegawai menurut pengamatan penilai, 1–5.</source>
        <translation>Level shown by the employee as observed by the appraiser, 1–5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standar dikurangi nilai; lebih dari 0 berarti perlu pengembangan dan masuk daftar kebutuhan pelatihan.</source>
        <translation>Standard minus score; more than 0 means development is needed and it goes into the training needs list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bukti atau contoh perilaku yang diamati (contoh: sering terlambat menyampaikan laporan).</source>
        <translation>Evidence or examples of observed behaviour (example: often submits reports late).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ubah {kolom}</source>
        <translation>Change {kolom}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Tambah kompetensi</source>
        <translation>Add competency</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hapus kompetensi</source>
        <translation>Remove competency</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nama kompetensi wajib diisi (contoh: Pengelolaan Kurikulum).</source>
        <translation>The competency name is required (example: Curriculum Management).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nilai {n} di bawah standar {s}: masuk daftar kebutuhan pelatihan.</source>
        <translation>Level {n} is below the standard {s}: added to the training-needs list.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Ubah persen tunjangan</source>
        <translation>Change allowance percentage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunjangan (%)</source>
        <translation>Allowance (%)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(belum diisi)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Predikat kinerja tahunan pegawai.</source>
        <translation>The employee&apos;s annual performance predikat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persen tunjangan kinerja/TPP yang diterima pegawai berpredikat {p}: 0–100, paling banyak dua desimal (contoh: 100 atau 87,5).</source>
        <translation>Performance allowance/TPP percentage received by employees with predikat {p}: 0–100, at most two decimals (example: 100 or 87.5).</translation>
    </message>
</context>
<context>
    <name>TindakLanjutPage</name>
    <message>
        <location filename="../../kinerja_desktop/gui/tindak_lanjut_page.py" line="+81"/>
        <source>Unit kerja beserta seluruh sub-unitnya (contoh: Sekretariat mencakup Subbagian Umum). &quot;Semua unit&quot; menampilkan semua pegawai yang dapat Anda lihat.</source>
        <translation>The work unit with all its sub-units (example: Sekretariat includes Subbagian Umum). &quot;All units&quot; shows all employees you can see.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Membaca daftar pada tab ini lagi (F5)</source>
        <translation>Reads the list on this tab again (F5)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Penilaian yang dibaca untuk rating rendah: penilaian tahunan (bawaan) atau satu periode (contoh: TRIWULAN II). Kesenjangan kompetensi selalu dari evaluasi kompetensi tahun ini.</source>
        <translation>The appraisal read for low ratings: the annual appraisal (default) or a single period (example: TRIWULAN II). Competency gaps always come from this year&apos;s competency evaluation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Belum ada kebutuhan pelatihan di {unit} untuk {tahun}: tidak ada kesenjangan kompetensi maupun rating rendah. Isi evaluasi kompetensi di tab pertama, atau nilai dulu di halaman Penilaian.</source>
        <translation>No training needs in {unit} for {tahun} yet: there are no competency gaps or low ratings. Fill in the competency evaluation on the first tab, or appraise first on the Appraisal page.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <location line="+15"/>
        <source>unit ini</source>
        <translation>this unit</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Dari kesenjangan kompetensi (standar − nilai) dan dari rating hasil kerja / perilaku Di Bawah Ekspektasi atau predikat Butuh Perbaikan, Kurang, Sangat Kurang. Prioritas: Tinggi (merah), Sedang (kuning), Rendah (abu-abu); yang paling mendesak di atas.</source>
        <translation>From competency gaps (standard − score) and from work result / behaviour ratings Below Expectations or the predikat Butuh Perbaikan, Kurang, Sangat Kurang. Priority: High (red), Medium (yellow), Low (grey); the most urgent at the top.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Penilaian:</source>
        <translation>Appraisal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Juga yang Di Atas Ekspektasi di setiap periode</source>
        <translation>Also those Above Expectations in every period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tambahkan pegawai yang rating hasil kerjanya Di Atas Ekspektasi pada semua periode yang sudah dinilai tahun ini, walaupun predikat tahunannya bukan Sangat Baik.</source>
        <translation>Add employees whose work result rating is Above Expectations in all periods already appraised this year, even if their annual predikat is not Sangat Baik.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Belum ada calon penghargaan di {unit} untuk {tahun}: belum ada pegawai berpredikat tahunan Sangat Baik. Bila penilaian tahunan belum dibuat, nilai dulu di halaman Penilaian.</source>
        <translation>No award candidates in {unit} for {tahun} yet: no employee has the annual predikat Sangat Baik. If the annual appraisal has not been made, appraise first on the Appraisal page.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pegawai berpredikat Sangat Baik pada penilaian tahunan, bahan usulan penghargaan bagi yang melampaui target.</source>
        <translation>Employees with the predikat Sangat Baik in the annual appraisal, material for award proposals for those who exceeded their targets.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tidak ada pegawai jabatan fungsional (berjenjang) di {unit} untuk {tahun}. Jenjang jabatan fungsional diisi di halaman Pegawai.</source>
        <translation>There are no employees in (graded) functional positions in {unit} for {tahun}. The functional position level is entered on the Employees page.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Angka kredit = persentase predikat (Sangat Baik 150%, Baik 100%, Butuh Perbaikan 75%, Kurang 50%, Sangat Kurang 25%) × koefisien jenjang × bulan/12 (Peraturan BKN 3/2023). Bulan dihitung dari masa SKP: bulan yang tanggal 15-nya tercakup.</source>
        <translation>Credit points = predikat percentage (Sangat Baik 150%, Baik 100%, Butuh Perbaikan 75%, Kurang 50%, Sangat Kurang 25%) × level coefficient × months/12 (Peraturan BKN 3/2023). Months are counted from the SKP term: months whose 15th day is covered.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evaluasi kompetensi</source>
        <translation>Competency evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kebutuhan pelatihan</source>
        <translation>Training needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calon penghargaan</source>
        <translation>Award candidates</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+88"/>
        <source>Angka kredit</source>
        <translation>Credit points</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Tabel tunjangan</source>
        <translation>Allowance table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formulir B.1.9: kompetensi per pegawai, standar dan nilai 1–5</source>
        <translation>Form B.1.9: competencies per employee, standard and score 1–5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daftar kebutuhan pelatihan per pegawai, menurut prioritas</source>
        <translation>List of training needs per employee, by priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pegawai berpredikat tahunan Sangat Baik</source>
        <translation>Employees with the annual predikat Sangat Baik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angka kredit jabatan fungsional dari predikat tahunan</source>
        <translation>Credit points for functional positions from the annual predikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persen tunjangan per predikat tahun ini dan per pegawai</source>
        <translation>Allowance percentage per predikat this year and per employee</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <location line="+20"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+20"/>
        <location line="+20"/>
        <source>Nama pegawai</source>
        <translation>Employee name</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+20"/>
        <location line="+20"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+20"/>
        <location line="+20"/>
        <source>NIP 18 digit</source>
        <translation>18-digit NIP</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Prioritas</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tinggi: predikat Kurang/Sangat Kurang; Sedang: Butuh Perbaikan, rating rendah, atau kesenjangan 2 level ke atas; Rendah: kesenjangan 1 level.</source>
        <translation>High: predikat Kurang/Sangat Kurang; Medium: Butuh Perbaikan, a low rating, or a gap of 2 levels or more; Low: a gap of 1 level.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kebutuhan</source>
        <translation>Need</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kompetensi yang perlu dikembangkan atau alasan dari penilaian</source>
        <translation>The competency to develop or the reason from the appraisal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standar dan nilai kompetensi, atau rating/predikat yang rendah</source>
        <translation>Competency standard and score, or the low rating/predikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saran tindak lanjut</source>
        <translation>Suggested follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saran pengembangan: pelatihan klasikal, coaching, mentoring, e-learning</source>
        <translation>Development suggestions: classroom training, coaching, mentoring, e-learning</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jabatan saat ini</source>
        <translation>Current position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit pada SKP</source>
        <translation>Unit on the SKP</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Predikat tahunan</source>
        <translation>Annual predikat</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>belum dinilai</source>
        <translation>not appraised yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predikat pada penilaian tahunan</source>
        <translation>Predikat in the annual appraisal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mengapa pegawai ini diusulkan</source>
        <translation>Why this employee is proposed</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenjang jabatan fungsional (contoh: Ahli Pertama)</source>
        <translation>Functional position level (example: Ahli Pertama)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masa penilaian</source>
        <translation>Appraisal term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masa SKP yang dinilai (mutasi: tiap SKP dihitung sendiri)</source>
        <translation>The appraised SKP term (transfers: each SKP is counted separately)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bulan</source>
        <translation>Months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumlah bulan yang dihitung (bulan yang tanggal 15-nya tercakup)</source>
        <translation>Number of months counted (months whose 15th day is covered)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Koefisien</source>
        <translation>Coefficient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koefisien per tahun menurut jenjang (Ahli Pertama 12,5 … Ahli Utama 50)</source>
        <translation>Annual coefficient by level (Ahli Pertama 12,5 … Ahli Utama 50)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Persentase × koefisien × bulan/12, dibulatkan dua desimal (contoh: Ahli Pertama, Baik, 2 bulan → 2,08)</source>
        <translation>Percentage × coefficient × months/12, rounded to two decimals (example: Ahli Pertama, Baik, 2 months → 2,08)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mengapa angka kredit belum dapat dihitung</source>
        <translation>Why the credit points cannot be calculated yet</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tindak lanjut tahun {tahun}</source>
        <translation>Follow-up {tahun}</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&lt;h3&gt;Tindak Lanjut&lt;/h3&gt;&lt;p&gt;Tindak lanjut hasil penilaian kinerja tahun yang dipilih di bilah atas, untuk unit yang dipilih beserta sub-unitnya.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Evaluasi kompetensi&lt;/b&gt; (formulir B.1.9): pilih pegawai (Ctrl+F mencari nama/NIP), isi kompetensi dengan standar dan nilai 1–5. Mulai dari daftar bawaan (kompetensi manajerial dan sosial kultural) lalu tambah kompetensi teknis. Ctrl+Z/Ctrl+Y mengurungkan/mengulangi, Ctrl+S menyimpan. Yang mengisi: pejabat penilai kinerja pegawai itu dan admin.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Kebutuhan pelatihan&lt;/b&gt;: dari kesenjangan kompetensi dan rating/predikat yang rendah, dengan saran tindak lanjut.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Calon penghargaan&lt;/b&gt;: predikat tahunan Sangat Baik.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Angka kredit&lt;/b&gt;: jabatan fungsional, dari predikat tahunan dan masa SKP.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tabel tunjangan&lt;/b&gt;: persen per predikat (diisi admin) dan persen yang berlaku per pegawai.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Setiap daftar dapat disimpan sebagai Excel dengan &lt;b&gt;Ekspor Excel…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Follow-up&lt;/h3&gt;&lt;p&gt;Follow-up on the performance appraisal results for the year chosen in the top bar, for the selected unit and its sub-units.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Competency evaluation&lt;/b&gt; (form B.1.9): choose an employee (Ctrl+F searches name/NIP), enter competencies with a standard and a score of 1–5. Start from the default list (managerial and socio-cultural competencies), then add technical competencies. Ctrl+Z/Ctrl+Y undo/redo, Ctrl+S saves. Filled in by the employee&apos;s appraising official and the admin.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Training needs&lt;/b&gt;: from competency gaps and low ratings/predikat, with suggested follow-up.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Award candidates&lt;/b&gt;: annual predikat Sangat Baik.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Credit points&lt;/b&gt;: functional positions, from the annual predikat and the SKP term.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Allowance table&lt;/b&gt;: percentage per predikat (entered by the admin) and the percentage that applies to each employee.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Each list can be saved as Excel with &lt;b&gt;Export Excel…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TugaskanDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/sync_laptop_tab.py" line="-429"/>
        <source>Tugaskan laptop penilai</source>
        <translation>Assign assessor laptop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilih laptop, pejabat penilai, dan tahunnya. Paket berikutnya ke laptop itu membawa SKP pegawai yang dinilai penilai itu pada tahun tersebut; penilaian yang diisi di laptop diterima kembali di sini.</source>
        <translation>Choose the laptop, the appraising official and the year. The next package to that laptop carries the SKPs of the employees that assessor assesses in that year; assessments filled in on the laptop are received back here.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Laptop penilai yang kartu kuncinya sudah diterima di situs ini (situs anak berperan Laptop penilai).</source>
        <translation>Assessor laptops whose key card has been accepted at this site (child sites with the role Assessor laptop).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ketik sebagian nama atau NIP pejabat penilai. Contoh: rina, atau 198609262015051001.</source>
        <translation>Type part of the appraising official&apos;s name or NIP. Example: rina, or 198609262015051001.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pejabat penilai: pegawai yang menilai SKP bawahannya pada tahun itu (termasuk sebagai Plt/Plh). Klik dua kali untuk langsung menugaskan.</source>
        <translation>Appraising official: the employee who assesses their subordinates&apos; SKPs in that year (also as Plt/Plh). Double-click to assign directly.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tahun SKP yang dibawa laptop; bawaannya tahun kerja yang dipilih di jendela utama (contoh: {tahun}).</source>
        <translation>The year of the SKPs the laptop carries; by default the working year chosen in the main window (example: {tahun}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Laptop:</source>
        <translation>&amp;Laptop:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Penilai:</source>
        <translation>&amp;Assessor:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>SKP tahun itu yang pejabat penilainya pegawai terpilih: yang akan dibawa laptop.</source>
        <translation>The SKPs of that year whose appraising official is the selected employee: what the laptop will carry.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tugaskan</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menyimpan penugasan. Sesudahnya kirim paket ke laptop itu agar pekerjaannya terbawa.</source>
        <translation>Stores the assignment. Afterwards send a package to that laptop so that the work goes with it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak menyimpan apa pun.</source>
        <translation>Stores nothing.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Pilih pejabat penilai di daftar.</source>
        <translation>Choose the appraising official in the list.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, dan {n} lainnya</source>
        <translation>, and {n} more</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{nama} menilai &lt;b&gt;{n} SKP&lt;/b&gt; tahun {tahun}: {daftar}. SKP itu (dan SKP atasan dalam cascading-nya) dibawa laptop.</source>
        <translation>{nama} assesses &lt;b&gt;{n} SKP(s)&lt;/b&gt; for {tahun}: {daftar}. Those SKPs (and the superiors&apos; SKPs in their cascade) go with the laptop.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{nama} belum menjadi pejabat penilai SKP mana pun tahun {tahun}: laptop tidak akan membawa SKP untuk dinilai sampai ada SKP dengan penilai ini.</source>
        <translation>{nama} is not the appraising official of any SKP for {tahun}: the laptop will carry no SKPs to assess until there is an SKP with this assessor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Belum ada laptop penilai yang terdaftar di sini. Terima dulu kartu kunci laptop itu di tab Kunci. Tidak ada yang disimpan.</source>
        <translation>No assessor laptop is enrolled here yet. First accept that laptop&apos;s key card in the Keys tab. Nothing was stored.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pilih pejabat penilai di daftar (cari nama atau NIP-nya). Tidak ada yang disimpan.</source>
        <translation>Choose the appraising official in the list (search for their name or NIP). Nothing was stored.</translation>
    </message>
</context>
<context>
    <name>TunjanganTab</name>
    <message>
        <location filename="../../kinerja_desktop/gui/tindak_lanjut_lists.py" line="+23"/>
        <source>(tabel belum diisi)</source>
        <translation>(table not filled in)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP 18 digit</source>
        <translation>18-digit NIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama pegawai (dengan gelar)</source>
        <translation>Employee name (with titles)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jabatan saat ini</source>
        <translation>Current position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit pada SKP yang dinilai</source>
        <translation>Unit on the appraised SKP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predikat tahunan</source>
        <translation>Annual predikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predikat kinerja pada penilaian tahunan</source>
        <translation>Performance predikat in the annual appraisal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tunjangan (%)</source>
        <translation>Allowance (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persen dari tabel tunjangan tahun ini untuk predikat tersebut</source>
        <translation>Percentage from this year&apos;s allowance table for that predikat</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Persen tunjangan kinerja/TPP per predikat tahunan (contoh: Sangat Baik 100, Butuh Perbaikan 80). Tidak ada tabel nasional: isi sesuai peraturan kepala daerah/instansi.</source>
        <translation>Performance allowance (tunjangan kinerja/TPP) percentage per annual predikat (example: Sangat Baik 100, Butuh Perbaikan 80). There is no national table: fill it in according to the regional head&apos;s or agency&apos;s regulation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simpan tabel</source>
        <translation>Save table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menyimpan kelima persen sekaligus (Ctrl+S).</source>
        <translation>Saves all five percentages at once (Ctrl+S).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salin dari tahun lalu</source>
        <translation>Copy from last year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mengisi tabel tahun ini dengan persen tahun sebelumnya lalu menyimpannya.</source>
        <translation>Fills this year&apos;s table with the previous year&apos;s percentages, then saves it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membatalkan perubahan terakhir (Ctrl+Z)</source>
        <translation>Undoes the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mengulangi perubahan yang dibatalkan (Ctrl+Y)</source>
        <translation>Redoes the undone change (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Belum ada penilaian tahunan di {unit} untuk {tahun}; nilai dulu di halaman Penilaian.</source>
        <translation>No annual appraisals in {unit} for {tahun} yet; appraise first on the Appraisal page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit ini</source>
        <translation>this unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persen tunjangan yang berlaku bagi tiap pegawai menurut predikat tahunannya.</source>
        <translation>The allowance percentage that applies to each employee according to their annual predikat.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Tabel tunjangan tahun {tahun}</source>
        <translation>Allowance table {tahun}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tabel tunjangan {tahun} belum diisi, jadi belum ada persen yang berlaku.</source>
        <translation>The {tahun} allowance table has not been filled in, so no percentage applies yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Isi persen per predikat di tabel kiri lalu Simpan, atau Salin dari tahun lalu.</source>
        <translation>Enter the percentage per predikat in the table on the left, then Save, or Copy from last year.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tabel diisi oleh admin.</source>
        <translation>The table is filled in by the admin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tabel berlaku untuk penilaian tahunan {tahun}.</source>
        <translation>The table applies to the {tahun} annual appraisal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hanya dapat dilihat; yang mengubah adalah admin.</source>
        <translation>View only; the admin makes changes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Ada perubahan yang belum disimpan.</source>
        <translation>● There are unsaved changes.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tabel tunjangan {tahun} disimpan.</source>
        <translation>Allowance table {tahun} saved.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Timpa tabel</source>
        <translation>Overwrite table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabel tunjangan {tahun} sudah diisi. Ganti dengan persen tahun {lalu}?</source>
        <translation>The {tahun} allowance table is already filled in. Replace it with the {lalu} percentages?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tabel {lalu} disalin ke {tahun}.</source>
        <translation>Table {lalu} copied to {tahun}.</translation>
    </message>
</context>
<context>
    <name>UmpanBalikTab</name>
    <message>
        <location filename="../../kinerja_desktop/gui/evaluasi_tabs.py" line="+51"/>
        <source>Pilih RHK atau core value BerAKHLAK yang diberi umpan balik, mis. &apos;2. Akuntabel&apos;; angka dalam kurung = banyaknya umpan balik.</source>
        <translation>Choose the RHK or BerAKHLAK core value the feedback is about, e.g. &apos;2. Akuntabel&apos;; the number in brackets = the number of feedback entries.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Umpan balik untuk</source>
        <translation>Feedback on</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Umpan balik yang sudah diberikan dalam periode ini, terlama di atas, dengan pemberi dan tanggalnya.</source>
        <translation>Feedback already given in this period, oldest first, with who gave it and when.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Frasa siap pakai dari pustaka (diatur admin di Pengaturan); memilih satu menyisipkannya ke kotak di bawah untuk disunting, mis. &apos;Bantu rekan yang kesulitan agar target tim tercapai.&apos;</source>
        <translation>Ready-made phrases from the library (managed by the admin in Settings); choosing one inserts it into the box below for editing, e.g. &apos;Help colleagues who are struggling so that the team target is reached.&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tulis umpan balik, atau pilih frasa di atas lalu sunting.</source>
        <translation>Write feedback, or choose a phrase above and edit it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Umpan balik Anda, mis. &apos;Laporan rapi; kirim draf dua hari lebih awal.&apos;</source>
        <translation>Your feedback, e.g. &apos;Tidy report; send the draft two days earlier.&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simpan umpan balik</source>
        <translation>Save feedback</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menyimpan umpan balik pada RHK/core value terpilih; pegawai dapat membacanya.</source>
        <translation>Saves the feedback on the selected RHK/core value; the employee can read it.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Panduan perilaku: {p}</source>
        <translation>Behaviour guide: {p}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Umpan balik atas hasil kerja pada RHK ini (capaian, bukti, ketepatan waktu).</source>
        <translation>Feedback on the work results of this RHK (achievement, evidence, timeliness).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Belum ada umpan balik.</source>
        <translation>No feedback yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pilih frasa untuk disisipkan…</source>
        <translation>Choose a phrase to insert…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tulis umpan balik atau pilih frasa dulu.</source>
        <translation>Write feedback or choose a phrase first.</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../ui/unit_form.ui" line="+14"/>
        <source>Unit Kerja</source>
        <translation>Work Unit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Isi kode dan nama unit. Kolom bertanda * wajib diisi.</source>
        <translation>Enter the unit code and name. Fields marked * are required.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Kode unit *</source>
        <translation>Unit &amp;code *</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kode unit kerja yang unik di kantor ini, paling banyak 32 karakter. Contoh: 1.02.03 atau SETDA-UMUM.</source>
        <translation>Work unit code, unique within this office, at most 32 characters. Example: 1.02.03 or SETDA-UMUM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contoh: 1.02.03</source>
        <translation>example: 1.02.03</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Nama unit *</source>
        <translation>Unit &amp;name *</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nama unit kerja sesuai struktur organisasi. Contoh: Bagian Umum dan Kepegawaian.</source>
        <translation>Work unit name as in the organisation structure. Example: Bagian Umum dan Kepegawaian.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contoh: Bagian Umum dan Kepegawaian</source>
        <translation>example: Bagian Umum dan Kepegawaian</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unit &amp;induk</source>
        <translation>&amp;Parent unit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unit tempat unit ini bernaung. Pilih &quot;(tanpa induk)&quot; untuk unit paling atas. Contoh: Sub Bagian Kepegawaian berinduk pada Bagian Umum.</source>
        <translation>The unit this unit belongs to. Choose &quot;(no parent)&quot; for a top unit. Example: Sub Bagian Kepegawaian belongs to Bagian Umum.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Alamat</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alamat kantor unit, jika berbeda dari kantor induk (boleh kosong). Contoh: Jl. Merdeka No. 10, Kalianda.</source>
        <translation>Address of the unit&apos;s office, if different from the parent office (optional). Example: Jl. Merdeka No. 10, Kalianda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>boleh kosong</source>
        <translation>optional</translation>
    </message>
</context>
<context>
    <name>UnitFormDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/unit_page.py" line="+112"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(tanpa induk — unit paling atas)</source>
        <translation>(no parent — top unit)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ubah Unit Kerja {kode}</source>
        <translation>Edit Work Unit {kode}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tambah Unit Kerja</source>
        <translation>Add Work Unit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kode unit wajib diisi (contoh: 1.02.03).</source>
        <translation>A unit code is required (example: 1.02.03).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nama unit wajib diisi (contoh: Bagian Umum).</source>
        <translation>A unit name is required (example: Bagian Umum).</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location line="+30"/>
        <source>Unit Kerja</source>
        <translation>Work Units</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Susunan unit kerja kantor ini dan jumlah pegawai aktif di setiap unit.</source>
        <translation>The work unit structure of this office and the number of active employees in each unit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tambah sub-unit</source>
        <translation>Add sub-unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+149"/>
        <source>Tambah unit utama</source>
        <translation>Add top unit</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+349"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-347"/>
        <source>Logo kop…</source>
        <translation>Letterhead logo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kepala &amp;&amp; sasaran unit</source>
        <translation>Head &amp;&amp; unit objectives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kepala unit dan sasaran unit (dengan indikator dan target) tahun kerja yang dipilih; sasaran ini diintervensi RHK kepala unit.</source>
        <translation>The unit head and unit objectives (with indicators and targets) for the selected working year; these objectives are supported by the unit head&apos;s RHK.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Hanya admin yang dapat mengubah unit kerja.</source>
        <translation>Only the admin can change work units.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Menambah unit di bawah unit yang dipilih (Ctrl+N).</source>
        <translation>Add a unit below the selected unit (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menambah unit paling atas, tanpa induk (Ctrl+Shift+N).</source>
        <translation>Add a top unit, without a parent (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mengubah kode, nama, induk atau alamat (F2).</source>
        <translation>Change the code, name, parent or address (F2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menghapus unit yang sudah kosong (Delete).</source>
        <translation>Delete a unit that is already empty (Delete).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memasang logo (PNG atau JPEG) yang dicetak di kop surat dokumen unit ini dan sub-unitnya yang tidak punya logo sendiri.</source>
        <translation>Sets a logo (PNG or JPEG) that is printed in the letterhead of the documents of this unit and of its sub-units that have no logo of their own.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menghapus logo unit ini; kop surat memakai logo unit induk, bila ada.</source>
        <translation>Removes this unit&apos;s logo; the letterhead uses the parent unit&apos;s logo, if any.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+130"/>
        <source>Pilih unit di sebelah kiri untuk melihat rinciannya.</source>
        <translation>Select a unit on the left to see its details.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama unit</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit induk</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo kop surat</source>
        <translation>Letterhead logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-unit langsung</source>
        <translation>Direct sub-units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pegawai langsung</source>
        <translation>Direct employees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pegawai seluruhnya</source>
        <translation>All employees</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>&lt;h3&gt;Unit Kerja&lt;/h3&gt;&lt;p&gt;Pohon di kiri menampilkan susunan unit kerja. Kolom &lt;b&gt;Jumlah Pegawai&lt;/b&gt; menghitung pegawai aktif di unit itu beserta seluruh sub-unitnya; kolom &lt;b&gt;Langsung&lt;/b&gt; hanya yang ditempatkan di unit itu sendiri.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;: tambah sub-unit di bawah unit yang dipilih&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;: tambah unit paling atas&lt;/li&gt;&lt;li&gt;&lt;b&gt;F2&lt;/b&gt; atau klik ganda: ubah unit&lt;/li&gt;&lt;li&gt;&lt;b&gt;Delete&lt;/b&gt;: hapus unit yang sudah kosong (tanpa sub-unit dan pegawai)&lt;/li&gt;&lt;li&gt;&lt;b&gt;F5&lt;/b&gt;: muat ulang&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Tab &lt;b&gt;Kepala &amp;amp; sasaran unit&lt;/b&gt;: kepala unit dan sasaran unit tahun kerja (indikator dan target) yang diintervensi RHK kepala unit; tombol &lt;b&gt;Lihat matriks peran hasil&lt;/b&gt; membuka matriks unit itu di halaman SKP.&lt;/p&gt;&lt;p&gt;Hanya admin yang dapat mengubah unit kerja, kepala unit dan sasaran unit.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Work Units&lt;/h3&gt;&lt;p&gt;The tree on the left shows the work unit structure. The &lt;b&gt;Employees&lt;/b&gt; column counts the active employees in the unit and all its sub-units; the &lt;b&gt;Direct&lt;/b&gt; column only those placed in the unit itself.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;: add a sub-unit below the selected unit&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;: add a top unit&lt;/li&gt;&lt;li&gt;&lt;b&gt;F2&lt;/b&gt; or double-click: edit the unit&lt;/li&gt;&lt;li&gt;&lt;b&gt;Delete&lt;/b&gt;: delete a unit that is already empty (no sub-units or employees)&lt;/li&gt;&lt;li&gt;&lt;b&gt;F5&lt;/b&gt;: reload&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The &lt;b&gt;Head &amp;amp; unit objectives&lt;/b&gt; tab: the unit head and the unit objectives of the working year (indicators and targets) that the unit head&apos;s RHK supports; the &lt;b&gt;View role and result matrix&lt;/b&gt; button opens that unit&apos;s matrix on the SKP page.&lt;/p&gt;&lt;p&gt;Only the admin can change work units, unit heads and unit objectives.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Belum ada unit kerja. Tambahkan unit paling atas (misalnya nama dinas atau badan), lalu sub-unitnya; atau buat data contoh dari menu Data.</source>
        <translation>No work units yet. Add a top unit (e.g. the agency or board name), then its sub-units; or create sample data from the Data menu.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Kepala unit dan sasaran unit ada di tab sebelah. Alamat dan logo dicetak di kop surat dokumen (SKP, evaluasi, rekap) pegawai unit ini.</source>
        <translation>The unit head and unit objectives are on the next tab. The address and logo are printed in the letterhead of the documents (SKP, evaluation, summary) of this unit&apos;s employees.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Belum ada unit kerja. Admin kantor dapat menambahkannya.</source>
        <translation>No work units yet. The office admin can add them.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>(unit paling atas)</source>
        <translation>(top unit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>terpasang</source>
        <translation>set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belum ada (memakai logo unit induk, bila ada)</source>
        <translation>none (uses the parent unit&apos;s logo, if any)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unit tidak dapat dihapus</source>
        <translation>Unit cannot be deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit {name} masih memiliki {subs} sub-unit dan {staff} pegawai. Pindahkan sub-unit dan pegawainya ke unit lain terlebih dahulu; tidak ada yang diubah.</source>
        <translation>Unit {name} still has {subs} sub-units and {staff} employees. Move the sub-units and employees to another unit first; nothing was changed.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pilih logo kop surat</source>
        <translation>Choose a letterhead logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gambar PNG atau JPEG (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPEG images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Logo unit {nama}</source>
        <translation>Logo of unit {nama}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hapus unit kerja</source>
        <translation>Delete work unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus unit {name}?

Yang hilang: kode, nama dan alamat unit ini dari daftar unit kerja. Unit ini tidak memiliki sub-unit maupun pegawai aktif. Penghapusan tercatat di riwayat audit dan ikut terkirim saat sinkronisasi.</source>
        <translation>Delete unit {name}?

What is removed: this unit&apos;s code, name and address from the work unit list. This unit has no sub-units or active employees. The deletion is recorded in the audit history and sent along during synchronisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UnitProgresModel</name>
    <message>
        <location filename="../../kinerja_desktop/gui/beranda_page.py" line="-202"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit dan sub-unitnya; angka unit induk sudah termasuk sub-unit di bawahnya.</source>
        <translation>The unit and its sub-units; the figures of a parent unit already include the sub-units below it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pegawai aktif</source>
        <translation>Active employees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKP ditetapkan</source>
        <translation>SKP approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pegawai aktif yang SKP-nya ditetapkan untuk periode ini, dari semua pegawai aktif. Contoh: 45/50 (90 %).</source>
        <translation>Active employees whose SKP is approved for this period, out of all active employees. Example: 45/50 (90 %).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Realisasi diisi</source>
        <translation>Achievement entered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dari pegawai dengan SKP ditetapkan: yang sudah mengisi realisasi periode ini.</source>
        <translation>Of the employees with an approved SKP: those who have entered their achievement for this period.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dinilai</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dari pegawai dengan SKP ditetapkan: yang sudah dinilai pejabat penilai untuk periode ini.</source>
        <translation>Of the employees with an approved SKP: those appraised by the appraising official for this period.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKP, realisasi dan penilaian yang lewat tenggatnya.</source>
        <translation>SKPs, achievements and appraisals past their deadlines.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kurva</source>
        <translation>Curve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribusi predikat dibandingkan kurva capaian kinerja organisasi unit (hanya pertimbangan).</source>
        <translation>Predikat distribution compared with the unit&apos;s organisational performance curve (for consideration only).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Tidak diperiksa</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} peringatan</source>
        <translation>{n} warnings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sesuai</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{kode} {nama}: {n} pegawai langsung di unit ini, {total} bersama sub-unit</source>
        <translation>{kode} {nama}: {n} employees directly in this unit, {total} with sub-units</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SKP belum ditetapkan: {skp} · realisasi belum diisi: {real} · belum dinilai: {nilai}</source>
        <translation>SKP not approved: {skp} · achievement not filled in: {real} · not appraised: {nilai}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capaian kinerja organisasi unit ini untuk periode ini belum ditetapkan, jadi kurva distribusi tidak diperiksa.</source>
        <translation>This unit&apos;s organisational performance for this period has not been set, so the distribution curve is not checked.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Distribusi predikat sesuai pola kurva organisasi {org}.</source>
        <translation>The predikat distribution matches the curve for organisation {org}.</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../kinerja_desktop/gui/unit_tree_model.py" line="+173"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama Unit</source>
        <translation>Unit Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumlah Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langsung</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kode unit kerja, contoh: 1.02.03</source>
        <translation>Work unit code, e.g. 1.02.03</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama unit kerja, contoh: Bagian Umum dan Kepegawaian</source>
        <translation>Work unit name, e.g. Bagian Umum dan Kepegawaian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pegawai aktif di unit ini beserta seluruh sub-unit di bawahnya</source>
        <translation>Active employees in this unit and all sub-units below it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pegawai aktif yang ditempatkan langsung di unit ini (tanpa sub-unit)</source>
        <translation>Active employees placed directly in this unit (without sub-units)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{total} pegawai di unit ini dan sub-unitnya; {direct} langsung di unit ini</source>
        <translation>{total} employees in this unit and its sub-units; {direct} directly in this unit</translation>
    </message>
</context>
<context>
    <name>UraianDelegate</name>
    <message>
        <location filename="../../kinerja_desktop/gui/skp_delegates.py" line="-83"/>
        <source>mis. laporan</source>
        <translation>e.g. reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satuan target, mis. laporan, dokumen, %, hari.</source>
        <translation>Unit of the target, e.g. reports, documents, %, days.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mis. Tersusunnya laporan keuangan triwulan</source>
        <translation>e.g. Quarterly financial reports prepared</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rencana hasil kerja: hasil kerja yang akan dicapai, mis. &apos;Tersusunnya laporan keuangan triwulan&apos;.</source>
        <translation>Work result plan (RHK): the work result to be achieved, e.g. &apos;Quarterly financial reports prepared&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mis. Jumlah laporan keuangan yang disusun tepat waktu</source>
        <translation>e.g. Number of financial reports prepared on time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indikator kinerja individu: ukuran keberhasilan RHK, mis. &apos;Jumlah laporan keuangan yang disusun tepat waktu&apos;.</source>
        <translation>Individual performance indicator (IKI): the measure of the RHK&apos;s success, e.g. &apos;Number of financial reports prepared on time&apos;.</translation>
    </message>
</context>
<context>
    <name>VerifikasiDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/verifikasi_dialog.py" line="+45"/>
        <source>Asli</source>
        <translation>Authentic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data diubah</source>
        <translation>Data changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudah digantikan versi yang lebih baru</source>
        <translation>Already superseded by a newer version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Situs penanda tangan tidak dikenal</source>
        <translation>Unknown signing site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kode tidak terdaftar</source>
        <translation>Code not registered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bukan dokumen Kinerja Desktop</source>
        <translation>Not a Kinerja Desktop document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kode salah ketik</source>
        <translation>Code mistyped</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verifikasi Dokumen</source>
        <translation>Verify Document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Periksa keaslian SKP atau dokumen evaluasi yang dicetak Kinerja Desktop. Ketik kode verifikasi yang tercetak di bawah kode QR, pindai kode QR dengan pemindai (hasilnya terketik di kotak kode), atau buka berkas PDF-nya. Berkas PDF juga dapat diseret ke jendela ini.</source>
        <translation>Check the authenticity of an SKP or evaluation document printed by Kinerja Desktop. Type the verification code printed below the QR code, scan the QR code with a scanner (the result is typed into the code box), or open its PDF file. PDF files can also be dragged onto this window.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>contoh: DISDIK-LS/7KQ2M-X9P4T-3H, atau pindai kode QR</source>
        <translation>example: DISDIK-LS/7KQ2M-X9P4T-3H, or scan the QR code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kode verifikasi tercetak di setiap halaman dokumen, di samping kode QR, dengan bentuk SITUS/XXXXX-XXXXX-CC. Huruf besar/kecil dan spasi tidak berpengaruh; huruf O dibaca angka 0, huruf I dan L dibaca angka 1. Pemindai kode QR yang mengetik hasilnya juga dapat dipakai: isi kode QR diperiksa seutuhnya.</source>
        <translation>The verification code is printed on every page of the document, next to the QR code, in the form SITE/XXXXX-XXXXX-CC. Upper/lower case and spaces do not matter; the letter O is read as the digit 0, the letters I and L as the digit 1. A QR code scanner that types its result can also be used: the whole QR code content is checked.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memeriksa kode yang diketik (Enter).</source>
        <translation>Checks the typed code (Enter).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buka PDF…</source>
        <translation>Open PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memilih berkas PDF dokumen (Ctrl+O); kode verifikasinya dibaca dari berkas. Dokumen draf tidak mempunyai kode.</source>
        <translation>Chooses the document&apos;s PDF file (Ctrl+O); its verification code is read from the file. Draft documents have no code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kode:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Belum diperiksa</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ketik atau pindai kode verifikasi lalu tekan Enter, atau buka / seret berkas PDF dokumen ke jendela ini.</source>
        <translation>Type or scan the verification code, then press Enter, or open / drag the document&apos;s PDF file onto this window.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✔ ASLI</source>
        <translation>✔ AUTHENTIC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✘ TIDAK SAH</source>
        <translation>✘ NOT VALID</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Pilih PDF yang akan diperiksa</source>
        <translation>Choose the PDF to check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>VersiTab</name>
    <message>
        <location filename="../../kinerja_desktop/gui/sync_versi.py" line="+66"/>
        <source>Versi Kinerja Desktop yang terpasang di komputer ini.</source>
        <translation>The Kinerja Desktop version installed on this computer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paket dari situs anak yang dibuat dengan aplikasi lebih lama dari versi ini ditolak (disalin ke karantina) dengan alasannya.</source>
        <translation>Packages from child sites made with an app older than this version are refused (copied to quarantine) with the reason.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Situs yang menetapkan aturan ini: situs ini sendiri, atau situs induk yang mengirimkannya bersama paketnya.</source>
        <translation>The site that set this rule: this site itself, or the parent site that sent it with its package.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Versi minimal aplikasi</source>
        <translation>Minimum app version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aplikasi ini:</source>
        <translation>This app:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>Versi minimal:</source>
        <translation>Minimum version:</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Ditetapkan oleh:</source>
        <translation>Set by:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aturan ini ikut setiap paket ke situs anak dan diteruskan ke anak-anaknya. Situs anak dengan aplikasi yang lebih lama tidak dapat mengirim paket sampai aplikasinya diperbarui; paketnya ditolak dengan alasan yang jelas.</source>
        <translation>This rule travels with every package to the child sites and is passed on to their children. A child site with an older app cannot send packages until its app is updated; its packages are refused with a clear reason.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Atur versi minimal untuk situs anak</source>
        <translation>Set the minimum version for child sites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hanya situs yang punya situs anak (provinsi, atau kantor dengan laptop penilai) yang menetapkan aturan ini.</source>
        <translation>Only a site with child sites (a province, or an office with assessor laptops) sets this rule.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Versi terendah yang paketnya diterima: angka dipisah titik, contoh 0.2.0. Tidak boleh lebih baru daripada aplikasi ini.</source>
        <translation>The lowest version whose packages are accepted: numbers separated by dots, example 0.2.0. It may not be newer than this app.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tetapkan</source>
        <translation>Set</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menetapkan versi minimal yang diketik; berlaku di sini sekarang dan di situs anak sesudah paket berikutnya diimpor di sana.</source>
        <translation>Sets the typed minimum version; it applies here now and at the child sites after the next package is imported there.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hapus aturan</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menghapus aturan: paket dari aplikasi versi berapa pun diterima lagi.</source>
        <translation>Removes the rule: packages from any app version are accepted again.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>tidak ada (paket dari aplikasi versi berapa pun diterima)</source>
        <translation>none (packages from any app version are accepted)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>situs ini ({kode})</source>
        <translation>this site ({kode})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>situs induk {kode}</source>
        <translation>parent site {kode}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aplikasi ini (versi {app}) lebih lama dari versi minimal {minimal}: paket dari situs ini ditolak sampai aplikasinya diperbarui.</source>
        <translation>This app (version {app}) is older than the minimum version {minimal}: packages from this site are refused until the app is updated.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Situs ini juga punya situs induk ({induk}): aturan dari induk menggantikan aturan yang ditetapkan di sini saat paket induk berikutnya diimpor.</source>
        <translation>This site also has a parent site ({induk}): the parent&apos;s rule replaces the rule set here when the parent&apos;s next package is imported.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ketik versi minimal, contoh 0.2.0, atau tekan Hapus aturan untuk menerima paket dari aplikasi versi berapa pun. Tidak ada yang diubah.</source>
        <translation>Type the minimum version, example 0.2.0, or press Remove rule to accept packages from any app version. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{pesan} Tidak ada yang diubah.</source>
        <translation>{pesan} Nothing was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Versi minimal aplikasi ditetapkan: {versi}. Berlaku di situs anak sesudah paket berikutnya diimpor di sana.</source>
        <translation>Minimum app version set: {versi}. It applies at the child sites after the next package is imported there.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aturan versi minimal dihapus. Situs anak mengetahuinya lewat paket berikutnya.</source>
        <translation>The minimum version rule was removed. The child sites learn of it with the next package.</translation>
    </message>
</context>
<context>
    <name>YearSelector</name>
    <message>
        <location filename="../../kinerja_desktop/gui/year_selector.py" line="+26"/>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tahun kerja yang ditampilkan semua layar: SKP, antrean persetujuan, sasaran unit dan periode penilaian. Contoh: pilih 2027 untuk menyusun SKP tahun depan.</source>
        <translation>The working year shown on all screens: SKP, approval queue, unit objectives and appraisal periods. Example: choose 2027 to prepare next year&apos;s SKP.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../kinerja_desktop/gui/errors.py" line="+37"/>
        <source>(log belum disiapkan)</source>
        <translation>(log not set up yet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maaf, terjadi kesalahan tak terduga. Rincian sudah dicatat di log: {path}</source>
        <translation>Sorry, an unexpected error occurred. The details have been recorded in the log: {path}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kinerja Desktop</source>
        <translation>Kinerja Desktop</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../kinerja_desktop/gui/jobs.py" line="-65"/>
        <source>sekitar {s} detik lagi</source>
        <translation>about {s} seconds left</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sekitar {m} menit {s} detik lagi</source>
        <translation>about {m} min {s} s left</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sekitar {m} menit lagi</source>
        <translation>about {m} minutes left</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sekitar {h} jam {m} menit lagi</source>
        <translation>about {h} h {m} min left</translation>
    </message>
</context>
<context>
    <name>periode_choice</name>
    <message>
        <location filename="../../kinerja_desktop/gui/periode_choice.py" line="+7"/>
        <source>{label} ({mulai} – {selesai})</source>
        <translation>{label} ({mulai} – {selesai})</translation>
    </message>
</context>
</TS>
