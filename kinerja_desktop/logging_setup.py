"""Log file for the desktop app: one rotating file in the user's log folder.

No Qt here (ARCHITECTURE §2): the CLI may use it too.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from kinerja_desktop import paths

LOG_FILE_NAME = "kinerja-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"

_handler: RotatingFileHandler | None = None
_log_file: Path | None = None


def setup_logging(log_dir: Path | None = None, *, level: int = logging.INFO) -> Path:
    """Sends every log record to ``<log_dir>/kinerja-desktop.log`` (1 MB × 5 files).

    Calling it again replaces the earlier handler. Returns the log file's path.
    """
    global _handler, _log_file
    folder = Path(log_dir) if log_dir is not None else paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / LOG_FILE_NAME
    teardown_logging()
    handler = RotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                  encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _handler, _log_file = handler, target
    logging.getLogger("kinerja_desktop").info(
        "Log dimulai (Python %s, %s)", sys.version.split()[0], sys.platform)
    return target


def teardown_logging() -> None:
    """Removes and closes the handler installed by ``setup_logging``."""
    global _handler, _log_file
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
    _handler, _log_file = None, None


def current_log_file() -> Path | None:
    """The file ``setup_logging`` writes to, or None when logging was not set up."""
    return _log_file
