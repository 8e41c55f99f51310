"""A real PostgreSQL for the tests: Debian's `postgresql` package, a throwaway cluster on 127.0.0.1 started by
the test run and stopped after it (scripts/test.sh installs the package). The server refuses to run as root,
so as root the cluster belongs to the `postgres` user."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.integration.ui_support import free_port


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


def _as_owner(argv: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *argv] if os.geteuid() == 0 else argv


@contextmanager
def running_postgres() -> Iterator[str]:
    """A PostgreSQL server for this run; yields the URL of its maintenance database."""
    bin_dir = _binaries()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is missing: `apt-get install -y postgresql` (scripts/test.sh does).")
    base = Path(tempfile.mkdtemp(prefix="interviewer-pg-"))
    base.chmod(0o755)
    data, port = base / "data", free_port()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    quiet = {"check": True, "stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE}
    subprocess.run(_as_owner([str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "interviewer",
                              "-E", "UTF8", "--no-sync"]), **quiet)  # type: ignore[call-overload]  # fmt: skip
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    subprocess.run(_as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                              str(base / "log"), "-w", "start"]), **quiet)  # type: ignore[call-overload]  # fmt: skip
    try:
        yield f"postgresql://interviewer@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)  # fmt: skip
        shutil.rmtree(base, ignore_errors=True)


def fresh_database(server_url: str) -> str:
    """A new, empty database on the server; its URL."""
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    return server_url.rsplit("/", 1)[0] + f"/{name}"
