@echo off
rem Builds dist\KinerjaDesktop\ (one-folder bundle) on Windows.
rem Needs Python 3.11 (64-bit) from python.org or "py -3.11"; run from any folder.
setlocal
cd /d "%~dp0.."

if not exist ".venv\Scripts\python.exe" (
    py -3.11 -m venv .venv 2>nul || python -m venv .venv
    if errorlevel 1 goto :fail
)
".venv\Scripts\python.exe" -c "import sys; sys.exit(sys.version_info < (3, 11))"
if errorlevel 1 (
    echo GALAT / ERROR: .venv needs Python 3.11 or newer. Delete .venv and install Python 3.11.
    goto :fail
)

".venv\Scripts\python.exe" -m pip install --disable-pip-version-check -q -r requirements-packaging.txt
if errorlevel 1 goto :fail
".venv\Scripts\python.exe" -m pip install --disable-pip-version-check -q --no-deps -e .
if errorlevel 1 goto :fail

".venv\Scripts\python.exe" -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\kinerja_desktop.spec %*
if errorlevel 1 goto :fail

echo Selesai / done: dist\KinerjaDesktop\KinerjaDesktop.exe
endlocal
exit /b 0

:fail
echo GAGAL / FAILED
endlocal
exit /b 1
