"""PyInstaller entry point of the GUI executable (= the `kinerja-desktop` script)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # Child processes (e.g. batch printing on both cores) re-enter here when frozen.
    multiprocessing.freeze_support()
    from kinerja_desktop.app import main

    sys.exit(main())
