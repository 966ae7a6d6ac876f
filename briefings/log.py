"""The log of errors nothing expected: one notice line for the user, the traceback here for whoever fixes it."""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_ENV = "BRIEFING_LOG"
logger = logging.getLogger("briefing")
logger.addHandler(logging.NullHandler())  # a library says nothing unless its program asks


def log_file() -> Path:
    """Where the command and the reader log: $BRIEFING_LOG, else briefing.log in the user's log folder."""
    if os.environ.get(LOG_ENV):
        return Path(os.environ[LOG_ENV])
    from platformdirs import user_log_dir

    return Path(user_log_dir("briefing", appauthor=False)) / "briefing.log"


def start_log() -> None:
    """Send this process's errors to `log_file()`, which is made only when there is something to log."""
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # no place to log: the notices still say what went wrong
    for old in [h for h in logger.handlers if isinstance(h, logging.FileHandler)]:  # started before (tests)
        logger.removeHandler(old)
        old.close()
    handler = logging.FileHandler(path, encoding="utf-8", errors="backslashreplace", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.propagate = False
