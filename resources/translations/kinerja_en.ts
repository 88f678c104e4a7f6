<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name></name>
    <message>
        <location filename="../../kinerja_desktop/gui/jobs.py" line="+149"/>
        <source>jobs</source>
        <comment>sekitar {s} detik lagi</comment>
        <extracomment>Minimum time between two progress signals (seconds); the last step always goes through. A job quicker than this never shows its dialog (milliseconds).</extracomment>
        <translation>about {s} seconds left</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>jobs</source>
        <comment>sekitar {m} menit {s} detik lagi</comment>
        <translation>about {m} min {s} s left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jobs</source>
        <comment>sekitar {m} menit lagi</comment>
        <translation>about {m} minutes left</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jobs</source>
        <comment>sekitar {h} jam {m} menit lagi</comment>
        <translation>about {h} h {m} min left</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/gui/main_window.py" line="+81"/>
        <source>Belum tersedia pada versi ini</source>
        <translation>Not available in this version yet</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+1"/>
        <source>Penilaian</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tindak Lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKM</source>
        <translation>SKM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapat Evaluasi</source>
        <translation>Evaluation Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
</context>
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
    <name>DonePage</name>
    <message>
        <location line="+187"/>
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
    <name>FirstRunWizard</name>
    <message>
        <location line="+14"/>
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
    <name>HomePage</name>
    <message>
        <location filename="../../kinerja_desktop/gui/main_window.py" line="+29"/>
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
        <location line="+5"/>
        <source>Anda masuk sebagai {role}.</source>
        <translation>You are signed in as {role}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pegawai aktif</source>
        <translation>Active employees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit kerja</source>
        <translation>Work units</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+9"/>
        <source>Langkah berikutnya</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Buka halaman {title}</source>
        <translation>Open the {title} page</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location line="+3"/>
        <source>Isi data &lt;b&gt;Pegawai&lt;/b&gt;: impor dari Excel (unduh templat di halaman Pegawai) atau seret berkas .xlsx ke jendela ini.</source>
        <translation>Enter &lt;b&gt;Employee&lt;/b&gt; data: import from Excel (download the template on the Employees page) or drag an .xlsx file onto this window.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Periksa &lt;b&gt;Pegawai&lt;/b&gt; dan atasan langsungnya: atasan menentukan siapa pejabat penilai kinerja.</source>
        <translation>Check the &lt;b&gt;Employees&lt;/b&gt; and their direct supervisors: the supervisor determines who the appraising official is.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lihat pegawai yang Anda nilai di halaman &lt;b&gt;Pegawai&lt;/b&gt;.</source>
        <translation>See the employees you appraise on the &lt;b&gt;Employees&lt;/b&gt; page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modul SKP, Penilaian, Cetak dan Sinkronisasi akan tersedia pada versi berikutnya (tampak abu-abu di menu samping).</source>
        <translation>The SKP, Appraisal, Print and Synchronisation modules will be available in the next version (greyed out in the sidebar).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;Beranda&lt;/h3&gt;&lt;p&gt;Ringkasan situs ini: jumlah pegawai dan unit kerja yang dapat Anda lihat, serta langkah yang disarankan berikutnya. Klik kartu jumlah untuk membuka halamannya.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Home&lt;/h3&gt;&lt;p&gt;A summary of this site: the number of employees and work units you can see, and the suggested next steps. Click a count card to open its page.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../kinerja_desktop/gui/first_run_wizard.py" line="-544"/>
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
        <location filename="../../kinerja_desktop/gui/import_preview_dialog.py" line="+307"/>
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
        <location line="+94"/>
        <source>Unit kerja: {baru} baru, {ubah} diperbarui.</source>
        <translation>Work units: {baru} new, {ubah} updated.</translation>
    </message>
    <message>
        <location line="-86"/>
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
        <location line="+33"/>
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
        <location filename="../../kinerja_desktop/gui/pegawai_page.py" line="+183"/>
        <source>Tutup pesan ini</source>
        <extracomment>Start the background load at the latest this long after the page was shown, even if its table has not painted yet (e.g. a window that is minimised or covered).</extracomment>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>JobHandle</name>
    <message>
        <location filename="../../kinerja_desktop/gui/jobs.py" line="+143"/>
        <source>{done} dari {total}</source>
        <translation>{done} of {total}</translation>
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
        <location filename="../../kinerja_desktop/gui/main_window.py" line="+23"/>
        <source>Kinerja Desktop — {name}</source>
        <translation>Kinerja Desktop — {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinerja Desktop</source>
        <translation>Kinerja Desktop</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Belum tersedia pada versi ini</source>
        <translation>Not available in this version yet</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+8"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bilah alat</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+28"/>
        <source>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;Bantuan untuk layar ini belum tersedia.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;Help for this screen is not available yet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;hr&gt;&lt;p&gt;&lt;b&gt;Pintasan umum&lt;/b&gt;: Ctrl+K cari pegawai · F5 muat ulang · Ctrl+N baru · F1 bantuan · Ctrl+Q keluar.&lt;/p&gt;</source>
        <translation>&lt;hr&gt;&lt;p&gt;&lt;b&gt;General shortcuts&lt;/b&gt;: Ctrl+K find employee · F5 reload · Ctrl+N new · F1 help · Ctrl+Q exit.&lt;/p&gt;</translation>
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
        <location line="+53"/>
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
        <location line="+40"/>
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
        <location line="+1"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Jenis pegawai</source>
        <translation>Employee type</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+1"/>
        <source>Gelar depan</source>
        <translation>Front title</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Gelar belakang</source>
        <translation>Back title</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Golongan</source>
        <translation>Rank (golongan)</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+1"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Kategori jabatan</source>
        <translation>Position category</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+1"/>
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+1"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+1"/>
        <source>NIP atasan</source>
        <translation>Supervisor NIP</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../../kinerja_desktop/gui/pegawai_page.py" line="+260"/>
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
        <location line="+936"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-935"/>
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
        <location line="+388"/>
        <source>Template Excel…</source>
        <translation>Excel template…</translation>
    </message>
    <message>
        <location line="-387"/>
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
        <location line="+461"/>
        <source>Mengurungkan perubahan terakhir (Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="-460"/>
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
        <location line="+618"/>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="-614"/>
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
        <location line="+30"/>
        <source>Pilih pegawai di tabel untuk melihat dan mengubah datanya,
atau tekan Baru (Ctrl+N) untuk menambah pegawai.</source>
        <translation>Select an employee in the table to view and edit their data,
or press New (Ctrl+N) to add an employee.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atasan &amp;&amp; Plt</source>
        <translation>Supervisor &amp;&amp; Plt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Tersedia pada modul SKP</source>
        <translation>Available with the SKP module</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Daftar SKP pegawai ini (rencana, realisasi, status) akan tampil di sini setelah modul SKP tersedia. Belum ada data yang ditampilkan.</source>
        <translation>This employee&apos;s SKP list (plan, realisation, status) will be shown here once the SKP module is available. No data is shown yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Riwayat SKP dan predikat kinerja pegawai ini per periode akan tampil di sini setelah modul SKP tersedia. Belum ada data yang ditampilkan.</source>
        <translation>This employee&apos;s SKP and performance rating history per period will be shown here once the SKP module is available. No data is shown yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+52"/>
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
        <location line="+566"/>
        <source>Hapus penugasan</source>
        <translation>Delete assignment</translation>
    </message>
    <message>
        <location line="-565"/>
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
        <location line="+32"/>
        <source>Urungkan: {what} (Ctrl+Z)</source>
        <translation>Undo: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Belum disimpan</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Memuat pegawai lainnya…</source>
        <translation>Loading more employees…</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+34"/>
        <source>Memuat pegawai</source>
        <translation>Loading employees</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Memuat {done} dari {total} pegawai…</source>
        <translation>Loading {done} of {total} employees…</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+49"/>
        <source>(tanpa unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Pegawai baru</source>
        <translation>New employee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Isi data lalu tekan Simpan (Ctrl+S).</source>
        <translation>Fill in the data and press Save (Ctrl+S).</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+9"/>
        <source>Menghitung pejabat penilai</source>
        <translation>Working out the appraising official</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Pejabat penilai hari ini&lt;/b&gt; ({day}): &lt;span style=&apos;color:#a3261d&apos;&gt;belum ada&lt;/span&gt; — {why}.</source>
        <translation>&lt;b&gt;Appraising official today&lt;/b&gt; ({day}): &lt;span style=&apos;color:#a3261d&apos;&gt;none&lt;/span&gt; — {why}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Pejabat penilai hari ini&lt;/b&gt; ({day}):&lt;br&gt;{nama} — NIP {nip}&lt;br&gt;sebagai: &lt;b&gt;{sebagai}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Appraising official today&lt;/b&gt; ({day}):&lt;br&gt;{nama} — NIP {nip}&lt;br&gt;as: &lt;b&gt;{sebagai}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+7"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Hanya admin (pengelola kinerja) yang dapat mengimpor pegawai.</source>
        <translation>Only the admin (performance manager) can import employees.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ekspor pegawai ke Excel</source>
        <translation>Export employees to Excel</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+43"/>
        <source>&lt;h3&gt;Pegawai&lt;/h3&gt;&lt;p&gt;Tabel di kiri berisi semua pegawai yang dapat Anda lihat. Ketik di kotak &lt;b&gt;Cari&lt;/b&gt; (Ctrl+F) sebagian nama atau NIP; pilih unit untuk melihat unit itu beserta sub-unitnya. Klik judul kolom untuk mengurutkan.&lt;/p&gt;&lt;p&gt;Panel kanan menampilkan data pegawai terpilih. Tab &lt;b&gt;Atasan &amp;amp; Plt&lt;/b&gt; menunjukkan pejabat penilai hari ini dan penugasan Plt/Plh.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;: pegawai baru&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;: simpan&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z / Ctrl+Y&lt;/b&gt;: urungkan / ulangi&lt;/li&gt;&lt;li&gt;&lt;b&gt;F5&lt;/b&gt;: muat ulang&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Impor Excel&lt;/b&gt; menampilkan pratinjau dan semua masalah per baris dan kolom; tidak ada yang disimpan sampai Anda menekan Impor. Anda juga dapat menyeret berkas .xlsx ke halaman ini.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Employees&lt;/h3&gt;&lt;p&gt;The table on the left lists all employees you can see. Type part of a name or NIP in the &lt;b&gt;Search&lt;/b&gt; box (Ctrl+F); choose a unit to see that unit and its sub-units. Click a column heading to sort.&lt;/p&gt;&lt;p&gt;The right panel shows the selected employee&apos;s data. The &lt;b&gt;Supervisor &amp;amp; Plt&lt;/b&gt; tab shows today&apos;s appraising official and the Plt/Plh assignments.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;: new employee&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;: save&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z / Ctrl+Y&lt;/b&gt;: undo / redo&lt;/li&gt;&lt;li&gt;&lt;b&gt;F5&lt;/b&gt;: reload&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Import Excel&lt;/b&gt; shows a preview and all problems by row and column; nothing is saved until you press Import. You can also drag an .xlsx file onto this page.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PenugasanDialog</name>
    <message>
        <location line="-1404"/>
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
    <name>ProgressDialog</name>
    <message>
        <location filename="../../kinerja_desktop/gui/jobs.py" line="-127"/>
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
    <name>RolePage</name>
    <message>
        <location filename="../../kinerja_desktop/gui/first_run_wizard.py" line="-414"/>
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
        <location filename="../../kinerja_desktop/gui/unit_page.py" line="+108"/>
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
        <location line="+29"/>
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
        <location line="+128"/>
        <source>Tambah unit utama</source>
        <translation>Add top unit</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+287"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-226"/>
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
        <location line="+9"/>
        <location line="+123"/>
        <source>Pilih unit di sebelah kiri untuk melihat rinciannya.</source>
        <translation>Select a unit on the left to see its details.</translation>
    </message>
    <message>
        <location line="-115"/>
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
        <location line="+8"/>
        <source>Kepala unit, sasaran unit dan predikat organisasi akan tersedia pada versi berikutnya.</source>
        <translation>Unit head, unit targets and organisation rating will be available in the next version.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Belum ada unit kerja. Tambahkan unit paling atas (misalnya nama dinas atau badan), lalu sub-unitnya; atau buat data contoh dari menu Data.</source>
        <translation>No work units yet. Add a top unit (e.g. the agency or board name), then its sub-units; or create sample data from the Data menu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belum ada unit kerja. Admin kantor dapat menambahkannya.</source>
        <translation>No work units yet. The office admin can add them.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>(unit paling atas)</source>
        <translation>(top unit)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Unit tidak dapat dihapus</source>
        <translation>Unit cannot be deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit {name} masih memiliki {subs} sub-unit dan {staff} pegawai. Pindahkan sub-unit dan pegawainya ke unit lain terlebih dahulu; tidak ada yang diubah.</source>
        <translation>Unit {name} still has {subs} sub-units and {staff} employees. Move the sub-units and employees to another unit first; nothing was changed.</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <message>
        <location line="+9"/>
        <source>&lt;h3&gt;Unit Kerja&lt;/h3&gt;&lt;p&gt;Pohon di kiri menampilkan susunan unit kerja. Kolom &lt;b&gt;Jumlah Pegawai&lt;/b&gt; menghitung pegawai aktif di unit itu beserta seluruh sub-unitnya; kolom &lt;b&gt;Langsung&lt;/b&gt; hanya yang ditempatkan di unit itu sendiri.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;: tambah sub-unit di bawah unit yang dipilih&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;: tambah unit paling atas&lt;/li&gt;&lt;li&gt;&lt;b&gt;F2&lt;/b&gt; atau klik ganda: ubah unit&lt;/li&gt;&lt;li&gt;&lt;b&gt;Delete&lt;/b&gt;: hapus unit yang sudah kosong (tanpa sub-unit dan pegawai)&lt;/li&gt;&lt;li&gt;&lt;b&gt;F5&lt;/b&gt;: muat ulang&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Hanya admin yang dapat mengubah unit kerja.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Work Units&lt;/h3&gt;&lt;p&gt;The tree on the left shows the work unit structure. The &lt;b&gt;Employees&lt;/b&gt; column counts active employees in that unit and all its sub-units; the &lt;b&gt;Direct&lt;/b&gt; column only those placed in the unit itself.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;: add a sub-unit below the selected unit&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;: add a top unit&lt;/li&gt;&lt;li&gt;&lt;b&gt;F2&lt;/b&gt; or double-click: edit unit&lt;/li&gt;&lt;li&gt;&lt;b&gt;Delete&lt;/b&gt;: delete a unit that is already empty (no sub-units or employees)&lt;/li&gt;&lt;li&gt;&lt;b&gt;F5&lt;/b&gt;: reload&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Only the admin can change work units.&lt;/p&gt;</translation>
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
</TS>
