"""PyInstaller entry point of the console executable (= the `kinerja` script)."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from kinerja_desktop.cli import main

    sys.exit(main())
