"""One archive holding a consistent copy of the database and the file store.

SQLite is copied with its online backup API (a consistent snapshot while the bot keeps
writing); PostgreSQL with `pg_dump` (custom format, one snapshot). The file store is copied
after the database: its files are written once and never changed, so every file the copied
database names and that had been fetched by then is in the archive.

A restore refuses an archive whose schema is newer than this version of propdesk knows, and
refuses to overwrite a database that already holds data unless told to (`force`).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from store.migrate import known_revisions

FORMAT = 1
MANIFEST = "manifest.json"


class BackupError(Exception):
    """The backup or restore cannot go on; the message is one line for the operator."""


@dataclass(frozen=True)
class Summary:
    schema: str | None
    database: str
    tickets: int
    files: int


def _kind(url: str) -> str:
    return "sqlite" if url.startswith("sqlite") else "postgresql"


def _sqlite_path(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise BackupError("an in-memory SQLite database cannot be backed up")
    return Path(database)


def _libpq_url(url: str) -> str:
    """The SQLAlchemy URL as pg_dump and psql take it (no driver name)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _run(cmd: list[str], **kw: Any) -> subprocess.CompletedProcess[bytes]:
    if shutil.which(cmd[0]) is None:
        raise BackupError(f"{cmd[0]} is needed for PostgreSQL backups; install the PostgreSQL "
                          "client")
    result = subprocess.run(cmd, capture_output=True, check=False, **kw)  # noqa: S603
    if result.returncode != 0:
        first = result.stderr.decode(errors="replace").strip().splitlines()[:1]
        raise BackupError(f"{cmd[0]} failed: {first[0] if first else result.returncode}")
    return result


def _sqlite_copy(source: Path, target: Path) -> None:
    """SQLite's online backup: a consistent copy while others write."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def _sqlite_facts(path: Path) -> tuple[str | None, int]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        schema = (con.execute("SELECT version_num FROM alembic_version").fetchone() or [None])[0] \
            if "alembic_version" in tables else None
        tickets = con.execute("SELECT count(*) FROM tickets").fetchone()[0] \
            if "tickets" in tables else 0
    return schema, int(tickets)


def _pg_facts(url: str) -> tuple[str | None, int]:
    query = ("SELECT (SELECT version_num FROM alembic_version LIMIT 1), "
             "(SELECT count(*) FROM tickets)")
    out = _run(["psql", "-XAtq", "-F", "|", _libpq_url(url), "-c", query]).stdout.decode()
    schema, tickets = out.strip().split("|")
    return schema or None, int(tickets or 0)


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(datetime.now(UTC).timestamp())
    tar.addfile(info, io.BytesIO(data))


def backup(url: str, files_root: Path, archive: Path) -> Summary:
    """Write `archive` (a .tar.gz); returns what it holds."""
    kind = _kind(url)
    archive.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        if kind == "sqlite":
            source = _sqlite_path(url)
            if not source.is_file():
                raise BackupError(f"no database at {source}")
            copy = Path(tmp) / "database.sqlite"
            _sqlite_copy(source, copy)
            schema, tickets = _sqlite_facts(copy)
        else:
            copy = Path(tmp) / "database.pgdump"
            _run(["pg_dump", "--format=custom", "--no-owner", "--file", str(copy),
                  _libpq_url(url)])
            schema, tickets = _pg_facts(url)
        stored = sorted(p for p in files_root.rglob("*") if p.is_file()) \
            if files_root.is_dir() else []
        partial = archive.with_name(archive.name + ".partial")
        with tarfile.open(partial, "w:gz") as tar:
            tar.add(copy, arcname=copy.name)
            for path in stored:
                tar.add(path, arcname=f"files/{path.relative_to(files_root).as_posix()}")
            manifest = {"format": FORMAT, "schema": schema, "database": kind,
                        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                        "tickets": tickets, "files": len(stored)}
            _add_bytes(tar, MANIFEST, json.dumps(manifest, indent=2).encode())
        os.replace(partial, archive)  # a half-written archive never carries the name
    return Summary(schema, kind, tickets, len(stored))


def read_manifest(archive: Path) -> dict[str, Any]:
    try:
        with tarfile.open(archive, "r:gz") as tar:
            member = tar.extractfile(MANIFEST)
            if member is None:
                raise KeyError(MANIFEST)
            manifest: dict[str, Any] = json.loads(member.read())
    except (OSError, KeyError, tarfile.TarError, ValueError) as exc:
        raise BackupError(f"{archive} is not a propdesk backup ({type(exc).__name__})") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"backup format {manifest.get('format')} is not known to this version")
    return manifest


def _has_data(url: str) -> bool:
    if _kind(url) == "sqlite":
        path = _sqlite_path(url)
        if not path.is_file() or path.stat().st_size == 0:
            return False
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
            tables = {r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            return "people" in tables and con.execute(
                "SELECT count(*) FROM people").fetchone()[0] > 0
    psql = ["psql", "-XAtq", _libpq_url(url), "-c"]
    if _run([*psql, "SELECT to_regclass('public.people') IS NOT NULL"]).stdout.strip() != b"t":
        return False
    return _run([*psql, "SELECT EXISTS (SELECT 1 FROM people)"]).stdout.strip() == b"t"


def restore(archive: Path, url: str, files_root: Path, *, force: bool = False) -> Summary:
    """Put the archive's database and files in place of `url` and `files_root`."""
    manifest = read_manifest(archive)
    schema = manifest.get("schema")
    if schema is not None and schema not in known_revisions():
        raise BackupError(f"the backup's schema ({schema}) is newer than this version of "
                          "propdesk knows; upgrade propdesk first")
    kind = _kind(url)
    if manifest.get("database") != kind:
        raise BackupError(f"the backup holds a {manifest.get('database')} database; "
                          f"PROPDESK_DATABASE__URL names {kind}")
    if not force and _has_data(url):
        raise BackupError("the database already holds data; restore into an empty one, or "
                          "pass --force to replace it")
    with tempfile.TemporaryDirectory() as tmp, tarfile.open(archive, "r:gz") as tar:
        tar.extractall(tmp, filter="data")  # no absolute paths, no '..', no devices
        if kind == "sqlite":
            target = _sqlite_path(url)
            target.parent.mkdir(parents=True, exist_ok=True)
            for suffix in ("-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            _sqlite_copy(Path(tmp) / "database.sqlite", target)
        else:
            _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
                  "--dbname", _libpq_url(url), str(Path(tmp) / "database.pgdump")])
        extracted = Path(tmp) / "files"
        count = 0
        if extracted.is_dir():
            for path in sorted(p for p in extracted.rglob("*") if p.is_file()):
                dest = files_root / path.relative_to(extracted)
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, dest)
                count += 1
    return Summary(schema, kind, int(manifest.get("tickets", 0)), count)
