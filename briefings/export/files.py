"""Writing files so that a failure never leaves a partial one behind and nothing that is not a file is replaced."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


class WriteRefused(Exception):
    """A path that must not be written (a device, a FIFO, a folder); the message is one line naming it."""


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write `text` (or bytes, as they are) to a temporary file beside the file `path` names, then rename it over
    that file.

    A link is written through: its target is replaced and the link stays. Only a regular file or a new path is
    written: a device (/dev/null, /dev/full), FIFO, socket or folder is refused. A new file's mode follows the
    umask, a replaced file keeps its mode. Errors name `path` as given, never the temporary file.
    """
    target = Path(os.path.realpath(path))
    mode = _mode_for(path, target)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(text if isinstance(text, bytes) else text.encode("utf-8"))
            stream.flush()
            os.fchmod(stream.fileno(), mode)
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def check_target(path: Path) -> None:
    """Raise WriteRefused when `path` (through links) exists and is not a regular file."""
    _mode_for(path, Path(os.path.realpath(path)))


def _mode_for(path: Path, target: Path) -> int:
    """The mode the written file gets; WriteRefused when `target` exists and is not a regular file."""
    try:
        info = target.stat()
    except FileNotFoundError:
        return 0o666 & ~_umask()
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    if stat.S_ISDIR(info.st_mode):
        raise WriteRefused(f"{path}: is a folder")
    if not stat.S_ISREG(info.st_mode):
        raise WriteRefused(f"{path}: not a regular file (a device, FIFO or socket); nothing was written")
    return stat.S_IMODE(info.st_mode)


def _umask() -> int:
    """The process's umask (read by setting it, at once set back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
