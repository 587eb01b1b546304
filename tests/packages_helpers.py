"""Helpers for the package tests: variants of the tiny test package and a local HTTP server."""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import socket
import stat
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pipeline.testmodel import zip_package_dir


def variant(
    base: Path,
    out: Path,
    *,
    top: str | None = None,
    drop: tuple[str, ...] = (),
    replace: dict[str, bytes] | None = None,
    **metadata: Any,
) -> Path:
    """Zip a copy of the unpacked package ``base`` with changes; return the archive.

    ``top`` renames the top folder, ``drop`` removes files (paths inside the package),
    ``replace`` overwrites files, and keyword arguments update ``metadata.json``
    (a value of None deletes the key).
    """
    work = out.parent / f"{out.stem}.d" / (top or base.name)
    shutil.copytree(base, work)
    meta_path = work / "metadata.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    for key, value in metadata.items():
        if value is None:
            meta.pop(key, None)
        else:
            meta[key] = value
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    for name, data in (replace or {}).items():
        (work / name).write_bytes(data)
    for name in drop:
        (work / name).unlink()
    return zip_package_dir(work, out)


def with_entries(
    package: Path, archive: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]
) -> Path:
    """A copy of ``package`` written to ``archive`` with raw entries (e.g. ``../evil`` or a
    symlink) appended."""
    archive.write_bytes(package.read_bytes())
    with zipfile.ZipFile(archive, "a") as zf:
        for info, data in entries:
            zf.writestr(info, data)
    return archive


def deflated(name: str) -> zipfile.ZipInfo:
    """A compressed zip entry ``name``."""
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def symlink_entry(name: str, target: str) -> tuple[zipfile.ZipInfo, bytes]:
    """A zip entry that unpacks as a symbolic link ``name`` → ``target``."""
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info, target.encode()


def free_port() -> int:
    """A TCP port on 127.0.0.1 with nothing listening on it (just closed)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve ``folder`` over HTTP on 127.0.0.1; yield the base URL (ending in ``/``)."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
