"""The ``kinerja`` command: admins' scheduled jobs, the province's batch work, tests.

Exit codes: 0 success, 1 rejected input (message names file, row, column or
reason; nothing changed), 2 usage error. Secrets come from a prompt or the
environment (KINERJA_PASSWORD, KINERJA_PASSPHRASE), never from arguments.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kinerja_desktop import __version__
from kinerja_desktop.domain.errors import UserError
from kinerja_desktop.domain.roles import Role, SiteRole
from kinerja_desktop.services.context import Actor
from kinerja_desktop.storage.engine import Database

if TYPE_CHECKING:
    from kinerja_desktop.services.pegawai_excel import ImportRejected

log = logging.getLogger("kinerja.cli")
MAX_LISTED_ERRORS = 50


class Cli:
    """State of one invocation: parsed args, the open database, the output mode."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            from kinerja_desktop.services.database import open_database

            self._db, result = open_database(self.args.db, self.args.db_url)
            if result.backup is not None:
                self.info(f"Basis data diperbarui ke skema {result.to_revision}; "
                          f"cadangan: {result.backup}")
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()

    def secret(self, env: str, prompt: str, *, confirm: bool = False) -> str:
        value = os.environ.get(env)
        if value:
            return value
        if not sys.stdin.isatty():
            raise UserError(f"{prompt} tidak diberikan: isi variabel lingkungan {env} "
                            "atau jalankan di terminal.")
        first = getpass.getpass(f"{prompt}: ")
        if confirm and getpass.getpass(f"Ulangi {prompt.lower()}: ") != first:
            raise UserError(f"{prompt} yang diulang tidak sama.")
        return first

    def actor(self) -> Actor:
        from kinerja_desktop.services.auth import login

        password = self.secret("KINERJA_PASSWORD", f"Kata sandi {self.args.user}")
        return login(self.db, self.args.user, password)

    def info(self, text: str) -> None:
        if not self.args.json:
            print(text)

    def result(self, text: str, data: Any) -> None:
        if self.args.json:
            print(json.dumps(_jsonable(data), ensure_ascii=False, sort_keys=True))
        else:
            print(text)


def _jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return _jsonable(asdict(value))
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


# --- commands -------------------------------------------------------------------------



def _print_rejected(as_json: bool, path: Path, exc: ImportRejected) -> None:
    """An import refused by row errors: all of them as JSON, or the first ones as text."""
    if as_json:
        print(json.dumps({"error": exc.message, "errors": [str(e) for e in exc.errors]},
                         ensure_ascii=False))
        return
    print(f"Impor ditolak, tidak ada yang diubah: {path} ({len(exc.errors)} kesalahan)",
          file=sys.stderr)
    for err in exc.errors[:MAX_LISTED_ERRORS]:
        print(f"  {err}", file=sys.stderr)
    if len(exc.errors) > MAX_LISTED_ERRORS:
        print(f"  … dan {len(exc.errors) - MAX_LISTED_ERRORS} kesalahan lain "
              "(gunakan --json untuk daftar lengkap).", file=sys.stderr)

def cmd_init(cli: Cli) -> int:
    from kinerja_desktop.services.site import init_site

    a = cli.args
    password = cli.secret("KINERJA_PASSWORD", "Kata sandi admin baru", confirm=True)
    passphrase = cli.secret("KINERJA_PASSPHRASE", "Frasa sandi kunci situs", confirm=True)
    info = init_site(
        cli.db, code=a.site_code, name=a.site_name, role=SiteRole(a.role),
        admin_username=a.user, admin_password=password, passphrase=passphrase,
        parent_code=a.parent, alamat=a.alamat,
    )
    cli.result(
        f"Situs {info.code} ({info.name}, {info.role.label}) siap.\n"
        f"Akun admin: {a.user}\nSidik jari kunci (bacakan ke provinsi): {info.fingerprint}",
        info,
    )
    return 0


def cmd_demo(cli: Cli) -> int:
    from kinerja_desktop.services.demo import make_demo

    actor = cli.actor()
    result = make_demo(cli.db, actor, pegawai=cli.args.pegawai, year=cli.args.year,
                       seed=cli.args.seed, skp=not cli.args.tanpa_skp,
                       progress=_progress_printer(cli))
    cli.result(f"Data contoh dibuat: {result}", result)
    return 0


def _progress_printer(cli: Cli) -> Callable[[int, int], None] | None:
    if cli.args.json or not sys.stderr.isatty():
        return None

    def report(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
        if done >= total:
            print(file=sys.stderr)

    return report


def cmd_pegawai(cli: Cli) -> int:
    from kinerja_desktop.services import pegawai_excel as px

    a = cli.args
    path = Path(a.file)
    if a.action == "template":
        out = px.export_template(path)
        cli.result(f"Template ditulis ke {out}", {"file": str(out)})
        return 0
    actor = cli.actor()
    if a.action == "export":
        n = px.export_pegawai(cli.db, actor, path)
        cli.result(f"{n} pegawai diekspor ke {path}", {"file": str(path), "pegawai": n})
        return 0
    try:
        result = px.apply_import(cli.db, actor, path, update_existing=a.perbarui,
                                 dry_run=a.dry_run, progress=_progress_printer(cli))
    except px.ImportRejected as exc:
        _print_rejected(a.json, path, exc)
        if not a.json and not a.perbarui and any(
                "sudah terdaftar" in e.message for e in exc.errors):
            print("Petunjuk: tambahkan --perbarui untuk memperbarui pegawai yang sudah ada.",
                  file=sys.stderr)
        return 1
    verb = "Pemeriksaan selesai (tanpa menyimpan)" if a.dry_run else "Impor selesai"
    cli.result(f"{verb}: {result}", result)
    return 0


def _usage(cli: Cli, message: str) -> int:
    print(f"kinerja {cli.args.command}: kesalahan pemakaian: {message}", file=sys.stderr)
    return 2


def cmd_skp(cli: Cli) -> int:
    """``skp export FILE --nip NIP`` | ``skp export --out-dir DIR`` | ``skp import FILE``."""
    import datetime as dt
    import uuid

    from kinerja_desktop.services import skp_excel as sx

    a = cli.args
    if a.action == "export":
        if a.out_dir and (a.file or a.nip):
            return _usage(cli, "pakai FILE.xlsx --nip NIP untuk satu SKP, atau --out-dir DIR "
                               "untuk banyak SKP; tidak keduanya")
        if not a.out_dir and not (a.file and a.nip):
            return _usage(cli, "skp export memerlukan FILE.xlsx --nip NIP, atau --out-dir DIR")
        if a.dry_run:
            return _usage(cli, "--dry-run hanya untuk skp import")
    elif not a.file or a.nip or a.out_dir or a.unit:
        return _usage(cli, "skp import memerlukan FILE.xlsx saja (dengan --year dan --dry-run "
                           "bila perlu)")
    actor = cli.actor()
    if a.action == "export":
        tahun = a.year or dt.date.today().year
        if not a.out_dir:
            found = sx.find_skp_for_export(cli.db, actor, a.nip, tahun)
            out = sx.export_skp(cli.db, actor, found, Path(a.file))
            cli.result(f"SKP tahun {tahun} diekspor ke {out}",
                       {"file": str(out), "skp_id": str(found), "tahun": tahun})
            return 0
        unit_ids = None
        if a.unit:
            from kinerja_desktop.services.rekap import unit_by_kode
            from kinerja_desktop.services.unit_kerja import descendants, list_units

            root = unit_by_kode(cli.db, a.unit)  # SITUS:KODE where offices share a code
            units = list_units(cli.db, actor)
            unit_ids = {root} | descendants(units, root)
        ids = sx.skp_ids_for_export(cli.db, actor, tahun, unit_ids)
        folder = Path(a.out_dir)
        if not folder.exists() and folder.parent.is_dir():
            folder.mkdir()
        files = sx.export_skp_many(cli.db, actor, ids, folder, progress=_progress_printer(cli))
        cli.result(f"{len(files)} SKP tahun {tahun} diekspor ke {folder}",
                   {"folder": str(folder), "tahun": tahun, "jumlah": len(files),
                    "files": [str(f) for f in files]})
        return 0
    path = Path(a.file)
    preview = sx.preview_skp_import(cli.db, actor, path, tahun=a.year)
    skp_id: uuid.UUID | None = None
    try:
        if preview.errors:
            raise sx.ImportRejected(sx.rejection_message(path.name, preview.errors),
                                    preview.errors)
        skp_id = None if a.dry_run else sx.apply_skp_import(cli.db, actor, preview)
    except sx.ImportRejected as exc:
        _print_rejected(a.json, path, exc)
        return 1
    if a.dry_run:
        verb = "Pemeriksaan selesai (tanpa menyimpan)"
        what = "SKP baru (draf) akan dibuat" if preview.creates_new else "isi SKP draf akan diganti"
    else:
        verb = "Impor selesai"
        what = "SKP baru (draf) dibuat" if preview.creates_new else "isi SKP draf diganti"
    text = (f"{verb}: {preview.pegawai_nama} (NIP {preview.nip}), tahun {preview.tahun}: "
            f"{what}, {preview.jumlah_rhk} RHK, {preview.jumlah_iki} IKI.")
    if preview.warnings:
        text += "\nCatatan:\n" + "\n".join(f"  - {w}" for w in preview.warnings)
    cli.result(text, {
        "skp_id": str(skp_id) if skp_id else None, "nip": preview.nip,
        "pegawai": preview.pegawai_nama, "tahun": preview.tahun,
        "dibuat_baru": preview.creates_new, "dry_run": bool(a.dry_run),
        "rhk": preview.jumlah_rhk, "iki": preview.jumlah_iki, "warnings": preview.warnings,
    })
    return 0


def cmd_penilaian(cli: Cli) -> int:
    """``penilaian export --periode KEY [--penilai NIP | --unit KODE] -o FILE`` |
    ``penilaian import FILE [--periode KEY]``."""
    from kinerja_desktop.services import penilaian_excel as pe

    a = cli.args
    if a.action == "export":
        if a.file:
            return _usage(cli, "penilaian export menulis ke -o FILE.xlsx, bukan FILE")
        if not a.output or not a.periode:
            return _usage(cli, "penilaian export memerlukan --periode KODE dan -o FILE.xlsx")
        actor = cli.actor()
        res = pe.ekspor_lembar_penilaian(cli.db, actor, a.periode, Path(a.output),
                                         penilai_nip=a.penilai, unit_kode=a.unit)
        untuk = (f" penilai NIP {res.penilai_nip}" if res.penilai_nip else "") + (
            f" unit {res.unit_kode}" if res.unit_kode else "")
        cli.result(f"Lembar penilaian {res.periode_key}{untuk}: {res.jumlah} pegawai "
                   f"diekspor ke {res.file}", res)
        return 0
    if not a.file or a.output or a.penilai or a.unit:
        return _usage(cli, "penilaian import memerlukan FILE.xlsx saja (dengan --periode KODE "
                           "bila perlu)")
    actor = cli.actor()
    path = Path(a.file)
    try:
        hasil = pe.impor_lembar_penilaian(cli.db, actor, path, periode_key=a.periode)
    except pe.ImportRejected as exc:
        _print_rejected(a.json, path, exc)
        return 1
    cli.result(f"Impor selesai ({hasil.periode_key}): {hasil.dinilai} pegawai dinilai, "
               f"{hasil.tetap} tidak berubah, {hasil.dilewati} dilewati (rating kosong).",
               {"file": hasil.file, "periode": hasil.periode_key, "dinilai": hasil.dinilai,
                "tetap": hasil.tetap, "dilewati": hasil.dilewati})
    return 0


def cmd_rekap(cli: Cli) -> int:
    """``rekap export --unit KODE --periode KEY [--tanpa-sub-unit] -o FILE``."""
    from kinerja_desktop.services import rekap as rk

    a = cli.args
    actor = cli.actor()
    unit_id = rk.unit_by_kode(cli.db, a.unit)
    r = rk.ekspor_rekap(cli.db, actor, unit_id, a.periode, Path(a.output),
                        sub_unit=not a.tanpa_sub_unit)
    lines = [f"Rekap {r.unit_kode} {r.unit_nama} {r.periode_label} {r.tahun}: {r.jumlah} "
             f"pegawai, {r.dinilai} dinilai, {r.belum_dinilai} belum dinilai, "
             f"{r.tanpa_skp} tanpa SKP ditetapkan; ditulis ke {a.output}"]
    lines += [f"  {d.predikat.label}: {d.jumlah} ({d.persen_teks})" for d in r.distribusi]
    lines += [f"  {t}" for t in r.kurva_teks]
    cli.result("\n".join(lines), {
        "file": a.output, "unit": r.unit_kode, "periode": r.periode_key,
        "sub_unit": r.sub_unit, "pegawai": r.jumlah, "dinilai": r.dinilai,
        "belum_dinilai": r.belum_dinilai, "tanpa_skp": r.tanpa_skp,
        "distribusi": {d.predikat.label: {"jumlah": d.jumlah, "persen": str(d.persen)}
                       for d in r.distribusi},
        "predikat_organisasi": r.predikat_organisasi.label if r.predikat_organisasi else None,
        "peringatan": list(r.peringatan),
    })
    return 0


def _opsi_cetak(cli: Cli) -> Any:
    import datetime as dt

    from kinerja_desktop.services.cetak import OpsiCetak

    a = cli.args
    tanggal = None
    if a.tanggal:
        try:
            tanggal = dt.date.fromisoformat(a.tanggal)
        except ValueError:
            raise UserError(f"Tanggal '{a.tanggal}' tidak valid; tulis TTTT-BB-HH, "
                            "mis. 2026-01-15.") from None
    return OpsiCetak(kertas=a.kertas, margin_mm=(a.margin,) * 4, tempat=a.tempat or "",
                     tanggal=tanggal, lampiran=not a.tanpa_lampiran)


def _kunci(cli: Cli, perlu: bool) -> Any:
    from kinerja_desktop.services.cetak import buka_kunci

    if not perlu:
        return None
    return buka_kunci(cli.db, cli.secret("KINERJA_PASSPHRASE", "Frasa sandi kunci situs"))


def cmd_print(cli: Cli) -> int:
    """``print skp|evaluasi|dokumen-evaluasi (--nip NIP | --unit KODE) ...`` and
    ``print rekap|penetapan|skm --unit KODE --periode KEY -o FILE.pdf``."""
    import datetime as dt

    from kinerja_desktop.services import cetak as ct
    from kinerja_desktop.services import rekap as rk
    from kinerja_desktop.services.cetak_massal import cetak_massal
    from kinerja_desktop.services.skp_excel import find_skp_for_export

    a = cli.args
    jenis = ct.JenisDokumen(a.jenis)
    if jenis.perlu_periode and not a.periode:
        return _usage(cli, f"print {a.jenis} memerlukan --periode KODE (mis. 2026-TW1)")
    if bool(a.output) == bool(a.out_dir):
        return _usage(cli, "tulis tujuan dengan -o FILE.pdf, atau --out-dir DIR (satu file "
                           "per pegawai)")
    if not jenis.per_pegawai and (a.nip or a.out_dir or not a.unit):
        return _usage(cli, f"print {a.jenis} memerlukan --unit KODE dan -o FILE.pdf")
    if jenis.per_pegawai and bool(a.nip) == bool(a.unit):
        return _usage(cli, f"print {a.jenis} memerlukan --nip NIP (satu pegawai) atau "
                           "--unit KODE (semua pegawai unit itu)")
    if a.nip and a.out_dir:
        return _usage(cli, "--out-dir hanya untuk --unit; satu pegawai ditulis ke -o FILE.pdf")
    actor = cli.actor()
    opsi = _opsi_cetak(cli)
    tahun = a.year or (int(a.periode.split("-", 1)[0]) if a.periode and
                       a.periode.split("-", 1)[0].isdigit() else dt.date.today().year)
    if jenis.per_pegawai and a.unit:
        unit_id = rk.unit_by_kode(cli.db, a.unit)
        gabung = bool(a.output)
        tujuan = Path(a.output or a.out_dir)
        if not gabung and not tujuan.exists() and tujuan.parent.is_dir():
            tujuan.mkdir()
        hasil = cetak_massal(cli.db, actor, jenis=jenis, unit_id=unit_id, tahun=tahun,
                             periode_key=a.periode, opsi=opsi,
                             kunci=_kunci(cli, jenis.bertanda), tujuan=tujuan, gabung=gabung,
                             progress=_progress_printer(cli))
        lines = [f"{hasil.jumlah} dokumen {jenis.label} dicetak ke {tujuan}"]
        if hasil.dilewati:
            lines.append(f"{len(hasil.dilewati)} pegawai dilewati:")
            lines += [f"  - {nama}: {why}" for nama, why in hasil.dilewati]
        cli.result("\n".join(lines), {
            "jenis": jenis.value, "jumlah": hasil.jumlah,
            "files": [str(f) for f in hasil.berkas],
            "dilewati": [{"pegawai": n, "alasan": w} for n, w in hasil.dilewati]})
        return 0
    if jenis.per_pegawai:
        skp_id = find_skp_for_export(cli.db, actor, a.nip, tahun)
        kunci = _kunci(cli, jenis.bertanda and ct.perlu_kunci(cli.db, actor, jenis, skp_id,
                                                               a.periode))
        dok = ct.cetak_per_pegawai(cli.db, actor, jenis, skp_id, a.periode, opsi, kunci)
    else:
        unit_id = rk.unit_by_kode(cli.db, a.unit)
        dok = ct.cetak_unit(cli.db, actor, jenis, unit_id, a.periode, opsi, layanan=a.layanan)
    out = ct.simpan_pdf(dok, Path(a.output))
    text = f"{jenis.label} ({dok.halaman} halaman) ditulis ke {out}"
    if dok.kode:
        text += f"\nKode verifikasi: {dok.kode}"
    elif dok.draf:
        text += "\nDokumen draf: diberi tanda DRAF, tanpa kode verifikasi."
    cli.result(text, {"file": str(out), "jenis": jenis.value, "halaman": dok.halaman,
                      "kode": dok.kode, "draf": dok.draf})
    return 0


def cmd_verify(cli: Cli) -> int:
    """``verify FILE.pdf|CODE``: exit 0 when the document is genuine, 1 otherwise."""
    from kinerja_desktop.services.verifikasi import verifikasi_kode, verifikasi_pdf

    target = cli.args.target
    path = Path(target)
    if target.lower().endswith(".pdf") or path.is_file():
        hasil = verifikasi_pdf(cli.db, path)
    else:
        hasil = verifikasi_kode(cli.db, target)
    lines = [f"{hasil.status.label.upper()}: {hasil.pesan}"]
    lines += [f"  {k}: {v}" for k, v in hasil.rincian]
    cli.result("\n".join(lines), {"status": hasil.status.value, "asli": hasil.asli,
                                  "pesan": hasil.pesan, "kode": hasil.kode,
                                  "rincian": dict(hasil.rincian)})
    return 0 if hasil.asli else 1


def cmd_unit(cli: Cli) -> int:
    """``unit logo KODE FILE.png`` | ``unit logo KODE --hapus``."""
    from kinerja_desktop.services import rekap as rk
    from kinerja_desktop.services.kop_surat import baca_gambar_file, set_logo_unit

    a = cli.args
    if bool(a.file) == bool(a.hapus):
        return _usage(cli, "unit logo memerlukan FILE.png/.jpg, atau --hapus")
    actor = cli.actor()
    unit_id = rk.unit_by_kode(cli.db, a.kode)
    data = None if a.hapus else baca_gambar_file(Path(a.file), f"Logo unit {a.kode}")
    set_logo_unit(cli.db, actor, unit_id, data)
    cli.result(f"Logo unit {a.kode} {'dihapus' if a.hapus else 'dipasang'}.",
               {"unit": a.kode, "logo": not a.hapus})
    return 0


def cmd_spesimen(cli: Cli) -> int:
    """``spesimen NIP FILE.png`` | ``spesimen NIP --hapus``: signature specimen."""
    from kinerja_desktop.services.kop_surat import baca_gambar_file, set_spesimen_ttd
    from kinerja_desktop.services.pegawai import find_pegawai_by_nip

    a = cli.args
    if bool(a.file) == bool(a.hapus):
        return _usage(cli, "spesimen memerlukan NIP dan FILE.png/.jpg, atau NIP --hapus")
    actor = cli.actor()
    p = find_pegawai_by_nip(cli.db, actor, a.nip)
    data = None if a.hapus else baca_gambar_file(Path(a.file),
                                                 f"Spesimen tanda tangan {p.nama}")
    set_spesimen_ttd(cli.db, actor, p.id, data)
    cli.result(f"Spesimen tanda tangan {p.nama} {'dihapus' if a.hapus else 'dipasang'}.",
               {"nip": a.nip, "spesimen": not a.hapus})
    return 0


def cmd_sync(cli: Cli) -> int:
    """``sync keys`` | ``sync enroll -o DIR`` | ``sync accept FILE --fingerprint "..."`` |
    ``sync export -o DIR [--ke KODE]`` | ``sync import FILE...`` | ``sync status`` |
    ``sync conflicts``."""
    from kinerja_desktop.services import sync_kunci as sk

    a = cli.args
    if a.action in ("export", "import", "status", "conflicts", "inbox", "rekap"):
        return _sync_paket(cli)
    if a.action in ("assign", "rotate", "revoke", "minimum-version"):
        return _sync_aturan(cli)
    actor = cli.actor()
    if a.action == "keys":
        rows = sk.daftar_kunci(cli.db, actor)
        lines = [f"{'*' if r.lokal else ' '} {r.situs:<16} {r.peran.value:<9} {r.sidik_jari}"
                 f"{'  (dicabut)' if r.dicabut else ''}  {r.nama}" for r in rows]
        cli.result("\n".join(lines) + "\n(* = situs ini)", rows)
        return 0
    if a.action == "enroll":
        if not a.output or a.files or a.fingerprint:
            return _usage(cli, "sync enroll memerlukan -o FOLDER saja")
        folder = Path(a.output)
        path = sk.tulis_kartu(cli.db, actor, cli.secret("KINERJA_PASSPHRASE",
                                                        "Frasa sandi kunci situs"), folder)
        own = next(r for r in sk.daftar_kunci(cli.db, actor) if r.lokal)
        cli.result(f"Kartu kunci ditulis ke {path}. Bacakan sidik jari ini kepada penerima "
                   f"lewat telepon: {own.sidik_jari}",
                   {"file": str(path), "sidik_jari": own.sidik_jari})
        return 0
    if len(a.files) != 1 or a.output:
        return _usage(cli, "sync accept memerlukan satu FILE (kartu kunci) dan --fingerprint")
    card = Path(a.files[0])
    if not a.fingerprint:
        kartu = sk.periksa_kartu(card)
        raise UserError(
            f"Kartu {card.name} mengaku dari situs {kartu.situs} ({kartu.nama}). "
            "Minta situs itu membacakan sidik jari kuncinya lewat telepon, lalu ulangi dengan "
            "--fingerprint \"....\"; tidak ada yang disimpan.")
    dto = sk.terima_kartu(cli.db, actor, card, a.fingerprint, ganti=a.ganti)
    cli.result(f"Situs {dto.situs} ({dto.nama}, {dto.peran.value}) diterima; sidik jari "
               f"{dto.sidik_jari}.", dto)
    return 0


def _sync_paket(cli: Cli) -> int:
    from kinerja_desktop import paths
    from kinerja_desktop.services import sync_ekspor, sync_impor, sync_status

    a = cli.args
    actor = cli.actor()
    if a.action == "export":
        if not a.output or a.files:
            return _usage(cli, "sync export memerlukan -o FOLDER (dan --ke KODE untuk situs anak)")
        h = sync_ekspor.ekspor(cli.db, actor, cli.secret("KINERJA_PASSPHRASE",
                                                         "Frasa sandi kunci situs"),
                               Path(a.output), a.ke, snapshot=a.snapshot)
        cli.result(f"Paket nomor {h.channel_seq} untuk {h.penerima} ditulis ke {h.file}: "
                   f"{h.perubahan} perubahan ({h.dari + 1}–{h.sampai}), {h.ukuran} bita; "
                   f"konfirmasi perubahan {h.penerima} sampai {h.ack_sampai}.", h)
        return 0
    if a.action == "import":
        if not a.files or a.output:
            return _usage(cli, "sync import memerlukan satu atau lebih FILE .kinerja")
        passphrase = cli.secret("KINERJA_PASSPHRASE", "Frasa sandi kunci situs")
        karantina = Path(a.karantina) if a.karantina else (
            paths.data_dir() / sync_impor.KARANTINA)
        results = [sync_impor.impor(cli.db, actor, passphrase, Path(f), karantina)
                   for f in _package_files(a.files)]
        for r in results:
            if not r.ok and not cli.args.json:
                print(r.pesan, file=sys.stderr)
        cli.result("\n".join(r.pesan for r in results if r.ok) or "Tidak ada paket diterapkan.",
                   results)
        return 0 if all(r.ok for r in results) else 1
    if a.action in ("inbox", "rekap"):
        return _sync_provinsi(cli, actor)
    if a.action == "status":
        rows = sync_status.status_kanal(cli.db, actor)
        lines = [
            f"{r.situs:<16} {'induk' if r.induk else 'anak':<5} dikirim s.d. "
            f"{r.terkirim_sampai}, dikonfirmasi s.d. {r.dikonfirmasi_sampai}, menunggu "
            f"{r.menunggu}, ditolak {r.ditolak}, kalah konflik {r.kalah}; diterima s.d. "
            f"{r.diterima_sampai}, konflik {r.konflik}, karantina {r.karantina}"
            + (f"; {r.konflik_di_situs} konflik diputuskan di situs itu"
               if r.konflik_di_situs else "")
            + (f"; minta kirim ulang dari {r.minta_ulang_dari}" if r.minta_ulang_dari else "")
            for r in rows]
        cli.result("\n".join(lines) or "Belum ada situs induk/anak yang terdaftar.", rows)
        return 0
    rows_k = sync_status.daftar_konflik(cli.db, actor)
    lines = [f"{'di ' + k.diputuskan_di if k.dilaporkan else '#' + str(k.id)} {k.entitas} "
             f"{k.entitas_id}: menang {k.situs_menang} (versi {k.versi_menang}), kalah "
             f"{k.situs_kalah} (versi {k.versi_kalah}); {k.dasar}"
             for k in rows_k]
    cli.result("\n".join(lines) or "Tidak ada konflik.", rows_k)
    return 0


def _sync_provinsi(cli: Cli, actor: Actor) -> int:
    """``sync inbox FOLDER``: every package in the folder, by sender and number;
    ``sync rekap --periode KEY``: the recap per office (issue 6 point 8)."""
    from kinerja_desktop import paths
    from kinerja_desktop.services import sync_impor, sync_provinsi

    a = cli.args
    if a.action == "inbox":
        if len(a.files) != 1 or a.output:
            return _usage(cli, "sync inbox memerlukan satu FOLDER kotak masuk")
        karantina = Path(a.karantina) if a.karantina else (
            paths.data_dir() / sync_impor.KARANTINA)
        results = sync_provinsi.impor_folder(
            cli.db, actor, cli.secret("KINERJA_PASSPHRASE", "Frasa sandi kunci situs"),
            Path(a.files[0]), karantina)
        for r in results:
            if not r.ok and not cli.args.json:
                print(r.pesan, file=sys.stderr)
        cli.result("\n".join(r.pesan for r in results if r.ok)
                   or f"Tidak ada paket .kinerja yang diterapkan dari {a.files[0]}.", results)
        return 0 if all(r.ok for r in results) else 1
    if not a.periode or a.files or a.output:
        return _usage(cli, "sync rekap memerlukan --periode KODE (mis. 2026-TW1)")
    rekap = sync_provinsi.rekap_provinsi(cli.db, actor, a.periode)
    singkat = {"SANGAT BAIK": "SB", "BAIK": "B", "BUTUH PERBAIKAN": "BP", "KURANG": "K",
               "SANGAT KURANG": "SK"}
    lines = [f"Rekap {rekap.periode_label} {rekap.tahun} ({rekap.periode_key}) per kantor"]
    for k in (*rekap.kantor, rekap.total):
        dist = ", ".join(f"{singkat[d.predikat.value]} {d.jumlah}" for d in k.distribusi)
        lines.append(f"{k.situs or 'JUMLAH':<16} {k.pegawai:>6} pegawai, {k.dinilai:>6} "
                     f"dinilai ({dist}); belum dinilai {k.belum_dinilai}, tanpa SKP "
                     f"{k.tanpa_skp}  {k.nama if k.situs else ''}".rstrip())
    cli.result("\n".join(lines), rekap)
    return 0


def _sync_aturan(cli: Cli) -> int:
    """Laptop assignments, key rotation and revocation, the minimum app version."""
    from kinerja_desktop.services import sync_kunci, sync_laptop, sync_referensi
    from kinerja_desktop.services.pegawai import find_pegawai_by_nip

    a = cli.args
    actor = cli.actor()
    if a.action == "assign":
        if len(a.files) != 1 or not a.nip:
            return _usage(cli, "sync assign memerlukan KODE_LAPTOP dan --nip NIP penilai")
        p = find_pegawai_by_nip(cli.db, actor, a.nip)
        tahun = a.tahun or dt.date.today().year
        t = sync_laptop.tugaskan_laptop(cli.db, actor, a.files[0], p.id, tahun,
                                        aktif=not a.selesai)
        verb = "ditugaskan ke" if t.aktif else "tidak lagi ditugaskan ke"
        cli.result(f"Penilaian {t.penilai_nama} tahun {t.tahun} {verb} laptop {t.laptop}. "
                   "Kirim paket ke laptop itu: sync export --ke " + t.laptop + ".", t)
        return 0
    if a.files and a.action != "revoke":
        return _usage(cli, f"sync {a.action} tidak menerima FILE")
    if a.action == "rotate":
        dto = sync_kunci.putar_kunci(cli.db, actor, cli.secret("KINERJA_PASSPHRASE",
                                                                "Frasa sandi kunci situs"))
        cli.result(f"Kunci situs {dto.situs} diganti. Kirim kartu kunci baru (sync enroll) ke "
                   f"situs induk dan anak, dan bacakan sidik jari baru: {dto.sidik_jari}", dto)
        return 0
    if a.action == "revoke":
        if len(a.files) != 1:
            return _usage(cli, "sync revoke memerlukan satu KODE situs")
        n = sync_kunci.cabut_kunci(cli.db, actor, a.files[0])
        cli.result(f"{n} kunci situs {a.files[0]} dicabut; paketnya ditolak mulai sekarang.",
                   {"situs": a.files[0], "dicabut": n})
        return 0
    versi = None if a.hapus else a.versi
    if versi is None and not a.hapus:
        return _usage(cli, "sync minimum-version memerlukan --versi X.Y.Z atau --hapus")
    sync_referensi.atur_versi_minimal(cli.db, actor, versi)
    cli.result(f"Versi minimal aplikasi: {versi or 'tidak ada'}.", {"versi_minimal": versi})
    return 0


def _package_files(names: list[str]) -> list[Path]:
    """Files as given; a folder stands for the .kinerja files in it, oldest name first."""
    out: list[Path] = []
    for name in names:
        p = Path(name)
        out.extend(sorted(p.glob("*.kinerja")) if p.is_dir() else [p])
    return out


def cmd_user(cli: Cli) -> int:
    from kinerja_desktop.services.auth import create_account, list_accounts

    actor = cli.actor()
    if cli.args.action == "list":
        accounts = list_accounts(cli.db, actor)
        cli.result("\n".join(f"{u.username}\t{u.role.label}\t{'aktif' if u.aktif else 'nonaktif'}"
                             for u in accounts), accounts)
        return 0
    password = cli.secret("KINERJA_NEW_PASSWORD", f"Kata sandi untuk {cli.args.username}",
                          confirm=True)
    info = create_account(cli.db, actor, cli.args.username, password, Role(cli.args.role),
                          cli.args.nip)
    cli.result(f"Akun {info.username} ({info.role.label}) dibuat.", info)
    return 0


def cmd_db(cli: Cli) -> int:
    from kinerja_desktop.storage.migrations import current_revision, head_revision

    db = cli.db  # opening checks and upgrades
    current = current_revision(db)
    data = {"database": db.where, "revision": current, "head": head_revision()}
    cli.result(f"Basis data {db.where}: skema {current} (terbaru {data['head']}), baik.", data)
    return 0


def cmd_backup(cli: Cli) -> int:
    from kinerja_desktop.services.database import backup_database

    out = backup_database(cli.db, Path(cli.args.output))
    cli.result(f"Cadangan ditulis ke {out}", {"file": str(out)})
    return 0


def cmd_restore(cli: Cli) -> int:
    """``restore FILE``: a backup replaces the SQLite database; the old one is kept.
    ``restore --inkarnasi-baru``: the database was restored by another tool (pg_restore)."""
    from kinerja_desktop.paths import default_db_path
    from kinerja_desktop.services.database import renew_incarnation, restore_database

    a = cli.args
    if a.inkarnasi_baru:
        if a.file:
            return _usage(cli, "restore: pilih berkas cadangan ATAU --inkarnasi-baru, "
                               "tidak keduanya")
        incarnation = renew_incarnation(cli.db, cli.actor())
        cli.result("Basis data ditandai sebagai hasil pemulihan (inkarnasi baru "
                   f"{incarnation}). Paket berikutnya ke situs induk/anak berupa snapshot.",
                   {"inkarnasi": str(incarnation)})
        return 0
    if not a.file:
        return _usage(cli, "restore: sebutkan berkas cadangan .sqlite, atau --inkarnasi-baru "
                           "setelah memulihkan dengan pg_restore")
    if a.db_url:
        return _usage(cli, "restore FILE hanya untuk basis data SQLite (--db); setelah "
                           "pg_restore jalankan: kinerja --db-url URL restore --inkarnasi-baru")
    target = Path(a.db) if a.db else default_db_path()
    if target.exists():
        actor = cli.actor()  # only an admin of the database being replaced
        if not actor.is_admin:
            raise UserError("Hanya admin yang boleh memulihkan basis data dari cadangan.")
        cli.close()
    kept = restore_database(Path(a.file), target)
    cli.result(f"Basis data {target} dipulihkan dari {a.file}. Basis data sebelumnya disimpan "
               f"di {kept}. Paket berikutnya ke situs induk/anak berupa snapshot.",
               {"database": str(target), "sebelumnya": str(kept)})
    return 0


# --- parser ---------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse's own texts are English; keep exit 2
        self.print_usage(sys.stderr)
        print(f"{self.prog}: kesalahan pemakaian: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="kinerja", description="Kinerja Desktop — perintah baris.")
    p.add_argument("--version", action="version", version=f"kinerja {__version__}")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--db", help="file basis data SQLite (bawaan: folder data pengguna "
                                    "atau KINERJA_DB)")
    where.add_argument("--db-url", help="URL SQLAlchemy, mis. postgresql+psycopg://host/db")
    p.add_argument("--user", default="admin", help="akun yang bertindak (bawaan: admin)")
    p.add_argument("--json", action="store_true", help="keluaran JSON untuk skrip")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    s = sub.add_parser("init", help="siapkan situs, kunci dan akun admin")
    s.add_argument("--site-code", required=True)
    s.add_argument("--site-name", required=True)
    s.add_argument("--role", required=True, choices=[r.value for r in SiteRole])
    s.add_argument("--parent", help="kode situs induk (provinsi / kantor)")
    s.add_argument("--alamat")
    s.set_defaults(func=cmd_init)

    s = sub.add_parser("demo", help="buat kantor contoh dengan data sintetis")
    s.add_argument("--pegawai", type=int, default=200)
    s.add_argument("--year", type=int)
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("--tanpa-skp", action="store_true",
                   help="hanya unit kerja dan pegawai, tanpa sasaran unit dan SKP")
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("pegawai", help="template, impor, ekspor pegawai (xlsx)")
    s.add_argument("action", choices=["template", "import", "export"])
    s.add_argument("file")
    s.add_argument("--dry-run", action="store_true", help="periksa saja, jangan simpan")
    s.add_argument("--perbarui", action="store_true",
                   help="NIP yang sudah ada diperbarui (bawaan: dianggap kesalahan)")
    s.set_defaults(func=cmd_pegawai)

    s = sub.add_parser("skp", help="ekspor / impor SKP (xlsx, satu file per SKP)")
    s.add_argument("action", choices=["export", "import"])
    s.add_argument("file", nargs="?", help="file .xlsx (ekspor satu SKP, atau impor)")
    s.add_argument("--nip", help="NIP pegawai yang SKP-nya diekspor")
    s.add_argument("--year", type=int, help="tahun SKP (ekspor: bawaan tahun ini; impor: "
                                            "file harus SKP tahun ini)")
    s.add_argument("--out-dir", help="ekspor banyak SKP: satu file per SKP ke folder ini")
    s.add_argument("--unit", help="dengan --out-dir: hanya unit kerja berkode ini (beserta "
                                  "sub-unitnya)")
    s.add_argument("--dry-run", action="store_true", help="impor: periksa saja, jangan simpan")
    s.set_defaults(func=cmd_skp)

    s = sub.add_parser("penilaian", help="lembar penilaian (xlsx) untuk diisi penilai luring")
    s.add_argument("action", choices=["export", "import"])
    s.add_argument("file", nargs="?", help="impor: file .xlsx hasil ekspor yang sudah diisi")
    s.add_argument("--periode", help="kode periode, mis. 2026-TW2 (wajib untuk ekspor; impor: "
                                     "file harus periode ini)")
    who = s.add_mutually_exclusive_group()
    who.add_argument("--penilai", help="ekspor (admin): pegawai yang dinilai penilai NIP ini")
    who.add_argument("--unit", help="ekspor: hanya pegawai dengan SKP di unit berkode ini")
    s.add_argument("-o", "--output", help="ekspor: file .xlsx tujuan")
    s.set_defaults(func=cmd_penilaian)

    s = sub.add_parser("rekap", help="rekap penilaian unit per periode (xlsx)")
    s.add_argument("action", choices=["export"])
    s.add_argument("--unit", required=True, help="kode unit kerja, mis. 1.02")
    s.add_argument("--periode", required=True, help="kode periode, mis. 2026-TW2")
    s.add_argument("--tanpa-sub-unit", action="store_true",
                   help="hanya pegawai unit itu sendiri (bawaan: beserta sub-unit)")
    s.add_argument("-o", "--output", required=True, help="file .xlsx tujuan")
    s.set_defaults(func=cmd_rekap)

    s = sub.add_parser("print", help="cetak dokumen PDF (SKP, evaluasi, rekap, ...)")
    s.add_argument("jenis", choices=["skp", "evaluasi", "dokumen-evaluasi", "rekap",
                                     "penetapan", "skm"])
    s.add_argument("--nip", help="satu pegawai (SKP dan evaluasi)")
    s.add_argument("--unit", help="kode unit kerja: semua pegawai unit itu beserta sub-unit, "
                                  "atau dokumen unit (rekap, penetapan, skm)")
    s.add_argument("--year", type=int, help="tahun SKP (bawaan: tahun periode, atau tahun ini)")
    s.add_argument("--periode", help="kode periode, mis. 2026-TW1 (selain SKP)")
    s.add_argument("--layanan", help="skm: nama layanan yang disurvei (bawaan: seluruh unit)")
    s.add_argument("-o", "--output", help="file .pdf tujuan (untuk --unit: satu PDF gabungan)")
    s.add_argument("--out-dir", help="dengan --unit: satu file PDF per pegawai di folder ini")
    s.add_argument("--kertas", choices=["A4", "F4"], default="A4", help="ukuran kertas")
    s.add_argument("--margin", type=float, default=15, help="margin halaman dalam mm (bawaan 15)")
    s.add_argument("--tempat", help="tempat pada baris tanggal tanda tangan")
    s.add_argument("--tanggal", help="tanggal tanda tangan TTTT-BB-HH (bawaan: tanggal "
                                     "penetapan/penilaian)")
    s.add_argument("--tanpa-lampiran", action="store_true", help="SKP tanpa halaman LAMPIRAN")
    s.set_defaults(func=cmd_print)

    s = sub.add_parser("verify", help="periksa keaslian dokumen cetak (PDF atau kode)")
    s.add_argument("target", help="file PDF, kode tercetak SITUS/XXXXX-XXXXX-CC, atau teks QR")
    s.set_defaults(func=cmd_verify)

    s = sub.add_parser("unit", help="logo kop surat unit kerja")
    s.add_argument("action", choices=["logo"])
    s.add_argument("kode", help="kode unit kerja")
    s.add_argument("file", nargs="?", help="gambar PNG/JPEG")
    s.add_argument("--hapus", action="store_true", help="hapus logo")
    s.set_defaults(func=cmd_unit)

    s = sub.add_parser("spesimen", help="spesimen tanda tangan pegawai untuk dokumen cetak")
    s.add_argument("nip")
    s.add_argument("file", nargs="?", help="gambar PNG/JPEG tanda tangan")
    s.add_argument("--hapus", action="store_true", help="hapus spesimen")
    s.set_defaults(func=cmd_spesimen)

    s = sub.add_parser("sync", help="paket sinkronisasi dan kunci situs")
    s.add_argument("action", choices=["keys", "enroll", "accept", "export", "import", "status",
                                       "conflicts", "inbox", "rekap", "assign", "rotate",
                                       "revoke", "minimum-version"])
    s.add_argument("files", nargs="*", metavar="FILE",
                   help="accept: kartu kunci .kinerja-kunci; import: paket .kinerja atau folder; "
                        "inbox: folder kotak masuk (paket banyak kantor)")
    s.add_argument("-o", "--output", help="enroll/export: folder tujuan")
    s.add_argument("--fingerprint", help="accept: sidik jari yang dibacakan situs pengirim")
    s.add_argument("--ke", help="export: kode situs tujuan (bawaan: situs induk)")
    s.add_argument("--snapshot", action="store_true",
                   help="export: kirim seluruh data, bukan hanya perubahan (menyetel ulang)")
    s.add_argument("--karantina", help="import/inbox: folder karantina (bawaan: folder data)")
    s.add_argument("--periode", help="rekap: kode periode, mis. 2026-TW1 atau 2026-TAHUNAN")
    s.add_argument("--ganti", action="store_true",
                   help="accept: situs yang sudah terdaftar mengganti kuncinya")
    s.add_argument("--nip", help="assign: NIP penilai yang penilaiannya dibawa ke laptop")
    s.add_argument("--tahun", type=int, help="assign: tahun penilaian (bawaan: tahun ini)")
    s.add_argument("--selesai", action="store_true",
                   help="assign: akhiri penugasan laptop itu")
    s.add_argument("--versi", help="minimum-version: versi minimal aplikasi, mis. 0.2.0")
    s.add_argument("--hapus", action="store_true", help="minimum-version: hapus aturan")
    s.set_defaults(func=cmd_sync)

    s = sub.add_parser("user", help="akun pengguna")
    s.add_argument("action", choices=["add", "list"])
    s.add_argument("username", nargs="?")
    s.add_argument("--role", choices=[r.value for r in Role], default=Role.PEGAWAI.value)
    s.add_argument("--nip")
    s.set_defaults(func=cmd_user)

    s = sub.add_parser("db", help="periksa / perbarui skema basis data")
    s.add_argument("action", choices=["check", "upgrade"])
    s.set_defaults(func=cmd_db)

    s = sub.add_parser("backup", help="salin basis data SQLite")
    s.add_argument("-o", "--output", required=True)
    s.set_defaults(func=cmd_backup)

    s = sub.add_parser("restore", help="pulihkan basis data SQLite dari cadangan")
    s.add_argument("file", nargs="?", help="berkas cadangan .sqlite")
    s.add_argument("--inkarnasi-baru", action="store_true",
                   help="basis data sudah dipulihkan dengan alat lain (pg_restore): beri "
                        "inkarnasi baru agar paket berikutnya berupa snapshot")
    s.set_defaults(func=cmd_restore)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    from kinerja_desktop.logging_setup import setup_logging

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "user" and args.action == "add" and not args.username:
        parser.error("user add memerlukan nama pengguna")
    with contextlib.suppress(OSError):  # a read-only home must not stop the command
        setup_logging()
    cli = Cli(args)
    try:
        code: int = args.func(cli)
        return code
    except UserError as exc:
        if args.json:
            print(json.dumps({"error": exc.message}, ensure_ascii=False))
        else:
            print(f"Kesalahan: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 1
    except Exception:
        log.exception("kinerja %s failed", args.command)
        print("Maaf, terjadi kesalahan tak terduga; rinciannya dicatat di log.", file=sys.stderr)
        return 3
    finally:
        cli.close()


if __name__ == "__main__":
    sys.exit(main())
