#!/usr/bin/env bash
# Kinerja Desktop — one entry point for developers and CI.
#
#   ./run.sh app      set everything up, create the demo database, open the app
#   ./run.sh test     set everything up, start a throwaway PostgreSQL, run
#                     ruff, mypy, lint-imports and pytest (extra args go to pytest)
#   ./run.sh bench    run the benchmarks in tests/bench (args go to the runner)
#   ./run.sh package  build the desktop bundle with PyInstaller into dist/
#   ./run.sh setup    only prepare .venv and system packages
#   ./run.sh with-pg CMD...  run CMD with a throwaway PostgreSQL and
#                     KINERJA_TEST_PG_URL set (e.g. .venv/bin/pytest -k sync)
#
# Works from any directory; needs bash, Python >= 3.11 and (on Debian/Ubuntu)
# apt-get for the system libraries. Setup is idempotent and takes well under a
# second when nothing changed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

VENV="$ROOT/.venv"
VPY="$VENV/bin/python"
SETUP_STAMP="$VENV/.kinerja-setup.sha256"
PACKAGING_STAMP="$VENV/.kinerja-packaging.sha256"

DEMO_DIR="$ROOT/.demo"
DEMO_DB="$DEMO_DIR/kinerja-demo.sqlite"
DEMO_INCOMPLETE="$DEMO_DIR/.kinerja-demo.incomplete"
DEMO_USER="admin"
DEMO_PASSWORD=demo12345
DEMO_PASSPHRASE=demo-passphrase

# Debian package names. Qt (offscreen and desktop) needs GL/EGL, xkbcommon,
# fontconfig + at least one font, GLib and D-Bus; tests need pdftotext & co.
# (poppler-utils) and a PostgreSQL server.
APT_RUNTIME=(libgl1 libegl1 libxkbcommon0 libfontconfig1 fonts-dejavu-core libglib2.0-0 libdbus-1-3)
# Only needed to show windows on an X11/XWayland desktop (Qt >= 6.5 xcb plugin).
APT_DESKTOP=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
             libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0)
APT_TEST=(poppler-utils postgresql)

# ---------------------------------------------------------------------------
# helpers

if [[ -t 2 ]]; then BOLD=$'\033[1m' PLAIN=$'\033[0m'; else BOLD="" PLAIN=""; fi
log()  { printf '%s==> %s%s\n' "$BOLD" "$*" "$PLAIN" >&2; }
warn() { printf 'PERINGATAN / WARNING: %s\n' "$*" >&2; }
die()  { printf 'GALAT / ERROR: %s\n' "$*" >&2; exit 1; }

usage() {
    sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

# Temporary directories removed on exit (PostgreSQL data, XDG runtime dir).
CLEANUP_DIRS=()
PG_TMP=""
PG_BIN=""
PG_PORT=""

cleanup() {
    local rc=$?
    pg_stop || true
    local d
    for d in "${CLEANUP_DIRS[@]+"${CLEANUP_DIRS[@]}"}"; do
        rm -rf -- "$d"
    done
    return "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

sha256_of() {
    if command -v sha256sum >/dev/null 2>&1; then
        cat "$@" | sha256sum | cut -d' ' -f1
    else
        cat "$@" | shasum -a 256 | cut -d' ' -f1
    fi
}

# Qt warns "XDG_RUNTIME_DIR not set" (and the tests fail on Qt warnings), so
# give headless runs a private runtime directory.
ensure_xdg_runtime_dir() {
    if [[ -z "${XDG_RUNTIME_DIR:-}" || ! -d "${XDG_RUNTIME_DIR:-}" ]]; then
        XDG_RUNTIME_DIR="$(mktemp -d "${TMPDIR:-/tmp}/kinerja-xdg.XXXXXX")"
        chmod 700 "$XDG_RUNTIME_DIR"
        CLEANUP_DIRS+=("$XDG_RUNTIME_DIR")
        export XDG_RUNTIME_DIR
    fi
}

# ---------------------------------------------------------------------------
# system packages (Debian/Ubuntu)

APT_UPDATED=0

deb_installed() {
    # Newer Debian/Ubuntu renamed some libraries with a t64 suffix.
    local p
    for p in "$1" "${1}t64"; do
        if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            return 0
        fi
    done
    return 1
}

# ensure_deb_packages required|optional PKG...
ensure_deb_packages() {
    local mode=$1; shift
    if ! command -v dpkg-query >/dev/null 2>&1; then
        log "No dpkg here; make sure the equivalents of these are installed: $*"
        return 0
    fi
    local missing=() p
    for p in "$@"; do
        deb_installed "$p" || missing+=("$p")
    done
    ((${#missing[@]} == 0)) && return 0

    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            local msg="Paket sistem belum terpasang / missing system packages: ${missing[*]}
  Pasang sebagai root / install as root:  apt-get install -y --no-install-recommends ${missing[*]}"
            [[ $mode == required ]] && die "$msg"
            warn "$msg"
            return 0
        fi
    fi
    log "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if ((APT_UPDATED == 0)); then
        if "${sudo[@]+"${sudo[@]}"}" apt-get update -qq </dev/null; then
            APT_UPDATED=1
        else
            warn "apt-get update failed"
        fi
    fi
    if ! "${sudo[@]+"${sudo[@]}"}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null; then
        local msg="Gagal memasang / could not install: ${missing[*]}
  Coba / try:  apt-get install -y --no-install-recommends ${missing[*]}"
        [[ $mode == required ]] && die "$msg"
        warn "$msg"
    fi
}

# ---------------------------------------------------------------------------
# Python virtual environment

find_python() {
    local c
    for c in "${KINERJA_PYTHON:-}" python3.11 python3.12 python3.13 python3; do
        [[ -n "$c" ]] || continue
        command -v "$c" >/dev/null 2>&1 || continue
        # pyenv shims exist for versions that are not active: actually run it.
        if "$c" -c 'import sys, venv; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
            command -v "$c"
            return 0
        fi
    done
    return 1
}

venv_ok() {
    [[ -x "$VPY" ]] && "$VPY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1
}

ensure_venv() {
    if ! venv_ok; then
        if [[ -e "$VENV" ]]; then
            # Replace a broken .venv (e.g. its Python was removed) only when it
            # is really ours: never delete another user's or a foreign folder.
            if [[ -O "$VENV" && -f "$VENV/pyvenv.cfg" ]]; then
                warn ".venv does not work (its Python is missing or older than 3.11); recreating it"
                rm -rf -- "$VENV"
            else
                die "$VENV exists but its Python does not run for user $(id -un) (missing, too old, or not readable). Remove it or run as its owner."
            fi
        fi
        local py
        py="$(find_python)" || die "Python >= 3.11 tidak ditemukan / not found (python3.11, python3.12, python3). Set KINERJA_PYTHON=/path/to/python3.11 if it lives elsewhere."
        log "Creating .venv with $py ($("$py" --version 2>&1))"
        "$py" -m venv "$VENV"
        rm -f -- "$SETUP_STAMP"
    fi
    # requirements*.txt pin the set; pyproject.toml defines the entry points of
    # the editable install, so a change in any of them re-runs the install.
    local want
    want="$(sha256_of requirements.txt requirements-dev.txt pyproject.toml)"
    if [[ -f "$SETUP_STAMP" && "$(cat "$SETUP_STAMP")" == "$want" ]]; then
        return 0
    fi
    log "Installing Python packages (requirements-dev.txt) into .venv"
    local pipq=(--disable-pip-version-check --no-input --progress-bar off -q)
    "$VPY" -m pip install "${pipq[@]}" -r requirements-dev.txt
    "$VPY" -m pip install "${pipq[@]}" --no-deps -e .
    "$VPY" -m pip check >&2 || die "pip check: .venv has inconsistent dependencies"
    printf '%s\n' "$want" >"$SETUP_STAMP"
}

# setup [test] — system packages, then .venv
setup() {
    ensure_deb_packages optional "${APT_RUNTIME[@]}"
    if [[ "${1:-}" == test ]]; then
        ensure_deb_packages required "${APT_TEST[@]}"
    fi
    ensure_venv
}

# ---------------------------------------------------------------------------
# throwaway PostgreSQL server for the tests

find_pg_bin() {
    local d
    d="$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    if [[ -n "$d" && -x "$d/initdb" ]]; then
        printf '%s\n' "$d"; return 0
    fi
    if command -v pg_config >/dev/null 2>&1; then
        d="$(pg_config --bindir)"
        [[ -x "$d/initdb" ]] && { printf '%s\n' "$d"; return 0; }
    fi
    d="$(command -v initdb 2>/dev/null || true)"
    [[ -n "$d" ]] && { dirname "$d"; return 0; }
    return 1
}

PG_AS=()   # prefix that runs a command as the database owner

# Runs a PostgreSQL tool as the owner of the data directory, inside $PG_TMP
# (the postgres user may not be able to read the current directory).
as_pg() {
    if ((${#PG_AS[@]} == 0)); then
        (cd "$PG_TMP" && "$@")
    elif [[ ${PG_AS[0]} == su ]]; then
        (cd "$PG_TMP" && su -s /bin/bash postgres -c "$(printf '%q ' "$@")")
    else
        (cd "$PG_TMP" && "${PG_AS[@]}" "$@")
    fi
}

free_port() {
    "$VPY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

pg_start() {
    PG_BIN="$(find_pg_bin)" || die "PostgreSQL server binaries (initdb, pg_ctl) not found; install the 'postgresql' package."
    local base="${TMPDIR:-/tmp}"
    if [[ $(id -u) -eq 0 ]]; then
        # initdb refuses to run as root: run the server as the postgres user.
        id postgres >/dev/null 2>&1 || die "Running as root but there is no 'postgres' user to own the test server."
        base=/tmp   # a TMPDIR under /root would not be reachable for postgres
        if command -v runuser >/dev/null 2>&1; then
            PG_AS=(runuser -u postgres --)
        elif command -v su >/dev/null 2>&1; then
            PG_AS=(su)
        else
            die "Running as root without runuser/su; cannot start PostgreSQL as the postgres user."
        fi
    fi
    PG_TMP="$(mktemp -d "$base/kinerja-pg.XXXXXX")"
    chmod 700 "$PG_TMP"
    ((${#PG_AS[@]})) && chown postgres: "$PG_TMP"

    log "Starting a throwaway PostgreSQL ($(basename "$(dirname "$PG_BIN")")) in $PG_TMP"
    as_pg "$PG_BIN/initdb" -D "$PG_TMP/data" -U kinerja --auth=trust -E UTF8 --no-locale \
        --no-sync >"$PG_TMP/initdb.log" 2>&1 \
        || { cat "$PG_TMP/initdb.log" >&2; die "initdb failed"; }

    local try
    for try in 1 2 3; do
        PG_PORT="$(free_port)"
        if as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 \
            -o "-F -c listen_addresses=127.0.0.1 -p $PG_PORT -k '$PG_TMP' -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null; then
            break
        fi
        if ((try == 3)); then
            cat "$PG_TMP/server.log" >&2 || true
            die "PostgreSQL did not start"
        fi
        warn "PostgreSQL did not start on port $PG_PORT, retrying"
    done

    local i
    for i in $(seq 1 100); do
        if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U kinerja -d postgres; then
            break
        fi
        ((i == 100)) && { cat "$PG_TMP/server.log" >&2; die "PostgreSQL is not answering on port $PG_PORT"; }
        sleep 0.1
    done
    export KINERJA_TEST_PG_URL="postgresql+psycopg://kinerja@127.0.0.1:$PG_PORT/postgres"
    log "PostgreSQL ready: KINERJA_TEST_PG_URL=$KINERJA_TEST_PG_URL"
}

pg_stop() {
    [[ -n "$PG_TMP" ]] || return 0
    local dir="$PG_TMP"
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 \
            || warn "pg_ctl stop failed (data dir $dir)"
        # immediate mode: give the server's children a moment to go away
        if command -v pgrep >/dev/null 2>&1; then
            local i
            for i in $(seq 1 50); do
                pgrep -f -- "-D $dir/data" >/dev/null 2>&1 || break
                sleep 0.1
            done
        fi
        log "PostgreSQL stopped"
    fi
    PG_TMP=""
    rm -rf -- "$dir"
}

# ---------------------------------------------------------------------------
# commands

cmd_setup() {
    setup test
    log "Setup complete: $VENV"
}

has_display() {
    [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]] && return 0
    # macOS and Windows (Git Bash) have a native window system.
    case "$(uname -s)" in Darwin | MINGW* | MSYS* | CYGWIN*) return 0 ;; esac
    return 1
}

ensure_demo_db() {
    if [[ -f "$DEMO_INCOMPLETE" ]]; then
        log "Removing an incomplete demo database from an interrupted run"
        rm -f -- "$DEMO_DB" "$DEMO_DB-wal" "$DEMO_DB-shm" "$DEMO_DB-journal"
    fi
    [[ -f "$DEMO_DB" ]] && return 0

    log "Membuat basis data contoh / creating the demo database: ${DEMO_DB#"$ROOT"/}"
    mkdir -p "$DEMO_DIR"
    : >"$DEMO_INCOMPLETE"
    local kin="$VENV/bin/kinerja"
    [[ -x "$kin" ]] || die "$kin is missing (entry point of kinerja_desktop.cli)."
    if ! KINERJA_PASSWORD="$DEMO_PASSWORD" KINERJA_PASSPHRASE="$DEMO_PASSPHRASE" \
        "$kin" --db "$DEMO_DB" init --site-code DEMO01 \
        --site-name "Dinas Contoh Kabupaten Demo" --role office ||
        ! KINERJA_PASSWORD="$DEMO_PASSWORD" KINERJA_PASSPHRASE="$DEMO_PASSPHRASE" \
        "$kin" --db "$DEMO_DB" demo --pegawai 300; then
        rm -f -- "$DEMO_DB" "$DEMO_DB-wal" "$DEMO_DB-shm" "$DEMO_DB-journal" "$DEMO_INCOMPLETE"
        die "Basis data contoh gagal dibuat / could not create the demo database (see above)."
    fi
    rm -f -- "$DEMO_INCOMPLETE"
}

cmd_app() {
    setup app
    if has_display; then
        ensure_deb_packages optional "${APT_DESKTOP[@]}"
    fi
    ensure_demo_db
    local gui="$VENV/bin/kinerja-desktop"
    [[ -x "$gui" ]] || die "$gui is missing (entry point of kinerja_desktop.app)."

    cat >&2 <<EOF

  Masuk sebagai / log in as:   pengguna (user) $DEMO_USER   kata sandi (password) $DEMO_PASSWORD
  Frasa sandi kunci situs / site key passphrase: $DEMO_PASSPHRASE
  Basis data / database: ${DEMO_DB#"$ROOT"/}   (hapus berkas ini untuk membuat ulang / delete it to recreate)

EOF
    if has_display; then
        exec "$gui" --db "$DEMO_DB" "$@"
    fi
    cat >&2 <<EOF
Tidak ada layar (DISPLAY/WAYLAND_DISPLAY kosong): aplikasi dijalankan tanpa jendela
(QT_QPA_PLATFORM=offscreen --smoke) hanya untuk membuktikan bahwa aplikasi dapat dimulai.
No display (DISPLAY/WAYLAND_DISPLAY unset): starting the app headless
(QT_QPA_PLATFORM=offscreen --smoke) only to prove it starts. Run on a desktop to use it.
EOF
    ensure_xdg_runtime_dir
    QT_QPA_PLATFORM=offscreen "$gui" --db "$DEMO_DB" --smoke "$@"
    log "Smoke start OK / aplikasi berhasil dimulai"
}

cmd_test() {
    setup test
    ensure_xdg_runtime_dir
    if [[ -n "${KINERJA_TEST_PG_URL:-}" ]]; then
        log "Using the PostgreSQL server given in KINERJA_TEST_PG_URL"
    else
        pg_start
    fi

    local failed=() rc
    run_step() {
        local name=$1; shift
        log "$name"
        if "$@"; then rc=0; else rc=$?; fi
        ((rc == 0)) || failed+=("$name (exit $rc)")
        return 0
    }
    run_step "ruff check ." "$VENV/bin/ruff" check .
    run_step "mypy" "$VENV/bin/mypy"
    run_step "lint-imports" "$VENV/bin/lint-imports"

    log "pytest"
    # Two worker processes (pytest-xdist): the suite is CPU-bound Python, and both cores
    # bring it from about 13 to under 9 minutes. KINERJA_TEST_WORKERS=0 runs it in one.
    local workers=${KINERJA_TEST_WORKERS:-2}
    local -a parallel=()
    ((workers > 0)) && parallel=(-n "$workers")
    if QT_QPA_PLATFORM=offscreen "$VENV/bin/pytest" -q "${parallel[@]}" "$@"; then
        rc=0
    else
        rc=$?
    fi
    if ((rc == 5)); then
        printf 'GALAT / ERROR: pytest tidak menemukan tes / collected no tests; a run without tests is a defect.\n' >&2
        failed+=("pytest (no tests collected)")
    elif ((rc != 0)); then
        failed+=("pytest (exit $rc)")
    fi

    if ((${#failed[@]})); then
        printf '\nGAGAL / FAILED:\n' >&2
        printf '  - %s\n' "${failed[@]}" >&2
        exit 1
    fi
    log "Semua pemeriksaan lulus / all checks passed"
}

cmd_with_pg() {
    (($#)) || die "usage: ./run.sh with-pg COMMAND [ARGS...]"
    setup test
    ensure_xdg_runtime_dir
    pg_start
    local rc=0
    QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$@" || rc=$?
    exit "$rc"
}

cmd_bench() {
    setup bench
    ensure_xdg_runtime_dir
    QT_QPA_PLATFORM=offscreen "$VPY" -m tests.bench "$@"
}

cmd_package() {
    setup package
    local want
    want="$(sha256_of requirements.txt requirements-packaging.txt)"
    if [[ ! -f "$PACKAGING_STAMP" || "$(cat "$PACKAGING_STAMP")" != "$want" ]]; then
        log "Installing requirements-packaging.txt (PyInstaller) into .venv"
        "$VPY" -m pip install --disable-pip-version-check --no-input --progress-bar off -q \
            -r requirements-packaging.txt
        printf '%s\n' "$want" >"$PACKAGING_STAMP"
    fi
    ensure_xdg_runtime_dir
    log "PyInstaller: packaging/kinerja_desktop.spec -> dist/"
    QT_QPA_PLATFORM=offscreen "$VPY" -m PyInstaller --noconfirm --clean \
        --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
        "$ROOT/packaging/kinerja_desktop.spec" "$@"
    log "Selesai / done: $ROOT/dist/KinerjaDesktop/"
}

main() {
    local cmd="${1:-}"
    (($#)) && shift
    case "$cmd" in
        app) cmd_app "$@" ;;
        test) cmd_test "$@" ;;
        bench) cmd_bench "$@" ;;
        package) cmd_package "$@" ;;
        setup) cmd_setup "$@" ;;
        with-pg) cmd_with_pg "$@" ;;
        -h | --help | help) usage ;;
        *) usage >&2; exit 2 ;;
    esac
}

main "$@"
