"""A real PostgreSQL cluster for the tests: made with ``initdb`` in a temp folder, run by an
unprivileged user (``postgres`` when the tests run as root), listening on a unix socket in
that folder and on 127.0.0.1 at a free port; stopped and removed at the end of the session.

    cluster = PgCluster.start()      # None when initdb is not installed
    uri = cluster.new_database()     # a fresh empty database: postgresql://…/qt_3
    cluster.stop_server(); cluster.start_server()   # the server away and back
    cluster.stop()
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

__all__ = ["PgCluster", "find_pg_bin"]


def find_pg_bin() -> Path | None:
    """The folder of initdb/pg_ctl: on PATH, else Debian's /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    for cand in sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                       key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0,
                       reverse=True):
        return Path(cand).parent
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgCluster:
    def __init__(self, bindir: Path, folder: Path, port: int, run_as: list[str]) -> None:
        self.bindir = bindir
        self.folder = folder
        self.data = folder / "data"
        self.port = port
        self.run_as = run_as
        self._count = itertools.count(1)
        self.user = "postgres"

    # -- lifecycle ---------------------------------------------------------------------------
    @classmethod
    def start(cls) -> "PgCluster | None":
        bindir = find_pg_bin()
        if bindir is None:
            return None
        folder = Path(tempfile.mkdtemp(prefix="qabyldau-pg-"))
        run_as: list[str] = []
        if os.geteuid() == 0:  # initdb and postgres refuse root
            run_as = ["runuser", "-u", "postgres", "--"]
            shutil.chown(folder, "postgres", "postgres")
        cluster = cls(bindir, folder, _free_port(), run_as)
        cluster._initdb()
        cluster.start_server()
        return cluster

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, LC_ALL="C", LANG="C")
        return subprocess.run([*self.run_as, *args], check=check, capture_output=True,
                              text=True, env=env, cwd="/")

    def _initdb(self) -> None:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", self.user,
                  "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync")
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(
                f"\nport = {self.port}\nlisten_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{self.folder}'\n"
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                "max_connections = 200\nshared_buffers = 64MB\n")

    def start_server(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.folder / "server.log"), "-w", "-t", "60", "start")
        self._wait_ready()

    def stop_server(self, mode: str = "fast") -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w",
                  "stop", check=False)

    def _wait_ready(self) -> None:
        for _ in range(200):
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError(f"PostgreSQL did not start: {self.log_tail()}")

    def log_tail(self) -> str:
        try:
            return (self.folder / "server.log").read_text(errors="replace")[-2000:]
        except OSError:
            return ""

    def stop(self) -> None:
        self.stop_server("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- databases ---------------------------------------------------------------------------
    def uri(self, dbname: str) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{dbname}"

    def new_database(self) -> str:
        """A fresh empty database; returns its URI."""
        import psycopg
        name = f"qt_{os.getpid()}_{next(self._count)}"
        with psycopg.connect(self.uri("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self.uri(name)

    def drop_database(self, uri: str) -> None:
        import psycopg
        name = uri.rsplit("/", 1)[1]
        try:
            with psycopg.connect(self.uri("postgres"), autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        except psycopg.Error:
            pass
