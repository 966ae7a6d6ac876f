"""A throwaway PostgreSQL server for the tests: a cluster made with `initdb` in a temporary folder and started
with `pg_ctl` on a free loopback port (as the `postgres` user when the tests run as root, which PostgreSQL
refuses), password authentication on, stopped and removed at the end. `$BRIEFING_TEST_STORE` names a server to
use instead. Without PostgreSQL on the machine its tests are skipped, unless $BRIEFING_REQUIRE_POSTGRES is set
(CI sets it): then they fail."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

USER, PASSWORD = "briefing", "s3cret-pw"


def _binaries() -> Path | None:
    """The folder of PostgreSQL's server programs (`initdb`, `pg_ctl`), if installed."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def throwaway_server() -> Iterator[str | None]:
    """The URL of a PostgreSQL database for the tests (None when there is no PostgreSQL to start)."""
    named = os.environ.get("BRIEFING_TEST_STORE")
    if named:
        yield named
        return
    binaries = _binaries()
    if binaries is None:
        if os.environ.get("BRIEFING_REQUIRE_POSTGRES"):
            raise RuntimeError("PostgreSQL's initdb is not installed, and $BRIEFING_REQUIRE_POSTGRES asks for it")
        yield None
        return
    folder = Path(tempfile.mkdtemp(prefix="briefing-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    data, port = folder / "data", _free_port()
    secret = folder / "pw"
    secret.write_text(PASSWORD)
    if run_as:
        os.chown(secret, pwd.getpwnam("postgres").pw_uid, -1)
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "check": True}
    try:
        subprocess.run(
            [*run_as, str(binaries / "initdb"), "-D", str(data), "-U", USER, f"--pwfile={secret}", "--auth=scram-sha-256", "-E", "UTF8", "--no-sync"],
            **quiet,  # type: ignore[call-overload]
        )
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        subprocess.run([*run_as, str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"], **quiet)  # type: ignore[call-overload]
        yield f"postgresql://{USER}:{PASSWORD}@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*run_as, str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)
