"""Download Argos model packages named in an argospm-style package index.

This is the only place newsmt opens a network connection, and only when the user runs
``newsmt models download``. The index is a JSON list of package entries (``from_code``,
``to_code``, ``package_version``, ``links``, …) as published by argospm. The package is
streamed to a hidden file in the packages folder with a size cap and an optional SHA-256
check, then handed to :func:`pipeline.translate.packages.install_package`.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import sys
import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urljoin, urlparse

import click

from pipeline import __version__, jsonio
from pipeline.errors import ModelError
from pipeline.translate.packages import (
    MAX_TOTAL_BYTES,
    PackageInfo,
    canonical_code,
    install_package,
    packages_dir,
    version_key,
)

DEFAULT_INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
DEFAULT_TIMEOUT = 30.0
MAX_INDEX_BYTES = 16 * 1024**2
_CHUNK = 1 << 16
_OFFLINE_HINT = (
    "you are offline? copy the .argosmodel file here and run `newsmt models install FILE`"
)


@contextmanager
def _open(url: str, timeout: float) -> Iterator[Any]:
    """Open ``url`` (http or https only), turning network failures into one-line errors."""
    if urlparse(url).scheme not in ("http", "https"):
        raise ModelError(f"{url}: only http:// and https:// addresses can be downloaded")
    request = urllib.request.Request(url, headers={"User-Agent": f"newsmt/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            yield response
    except urllib.error.HTTPError as exc:
        raise ModelError(f"{url}: HTTP {exc.code} {exc.reason}; check the address") from None
    except urllib.error.URLError as exc:
        raise ModelError(f"cannot reach {url} ({exc.reason}): {_OFFLINE_HINT}") from None
    except TimeoutError:
        raise ModelError(
            f"cannot reach {url} (no answer in {timeout:g} s): {_OFFLINE_HINT}"
        ) from None
    except ConnectionError as exc:
        raise ModelError(f"cannot reach {url} ({exc}): {_OFFLINE_HINT}") from None
    except http.client.HTTPException as exc:
        raise ModelError(f"{url}: the transfer broke off ({exc!r}); try again") from None


def fetch_index(index_url: str = DEFAULT_INDEX_URL, timeout: float = DEFAULT_TIMEOUT) -> list[dict]:
    """Fetch and parse the package index at ``index_url``."""
    with _open(index_url, timeout) as response:
        data = response.read(MAX_INDEX_BYTES + 1)
    if len(data) > MAX_INDEX_BYTES:
        raise ModelError(f"{index_url}: the package index is over 16 MiB; check --index")
    try:
        index = jsonio.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise ModelError(f"{index_url}: not a JSON package index; check --index") from None
    if not isinstance(index, list):
        raise ModelError(f"{index_url}: the package index is not a JSON list; check --index")
    return [entry for entry in index if isinstance(entry, dict)]


def find_entry(index: list[dict], src: str, tgt: str, index_url: str) -> dict:
    """The newest ``src`` → ``tgt`` translation package in ``index``."""
    src, tgt = canonical_code(src), canonical_code(tgt)
    matches = [
        entry
        for entry in index
        if entry.get("type", "translate") == "translate"
        and isinstance(entry.get("from_code"), str)
        and isinstance(entry.get("to_code"), str)
        and (canonical_code(entry["from_code"]), canonical_code(entry["to_code"])) == (src, tgt)
        and isinstance(entry.get("links"), list)
        and entry["links"]
    ]
    if not matches:
        raise ModelError(
            f"{index_url} offers no {src}→{tgt} package; "
            "translate through English (see `newsmt models routes`)"
        )
    return max(matches, key=lambda e: version_key(str(e.get("package_version", ""))))


def _expected_sha256(entry: dict) -> str | None:
    for key in ("sha256", "checksum"):
        value = entry.get(key)
        if isinstance(value, str) and len(value.removeprefix("sha256:")) == 64:
            return value.removeprefix("sha256:").lower()
    return None


def _stream(response: Any, out: BinaryIO, url: str, show_progress: bool) -> None:
    """Copy ``response`` into ``out`` with a size cap and an optional progress bar."""
    declared = response.headers.get("Content-Length")
    length = int(declared) if declared and declared.isdigit() else None
    if length is not None and length > MAX_TOTAL_BYTES:
        raise ModelError(f"{url}: the package is {length / 1024**3:.1f} GiB, over the limit")
    received = 0
    with click.progressbar(
        length=length or 0, label="downloading", file=sys.stderr, hidden=not show_progress
    ) as bar:
        while chunk := response.read(_CHUNK):
            received += len(chunk)
            if received > MAX_TOTAL_BYTES:
                raise ModelError(f"{url}: the download exceeds the size limit; refusing it")
            out.write(chunk)
            bar.update(len(chunk))
    if length is not None and received != length:
        raise ModelError(
            f"{url}: the download stopped after {received} of {length} bytes; try again"
        )


def download_package(
    src: str,
    tgt: str,
    index_url: str = DEFAULT_INDEX_URL,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    progress: bool | None = None,
) -> PackageInfo:
    """Download the newest ``src`` → ``tgt`` package listed at ``index_url`` and install it.

    ``progress`` shows a progress bar on stderr (default: only when stderr is a terminal).
    """
    entry = find_entry(fetch_index(index_url, timeout), src, tgt, index_url)
    links = [urljoin(index_url, link) for link in entry["links"] if isinstance(link, str)]
    show = sys.stderr.isatty() if progress is None else progress
    expected = _expected_sha256(entry)
    folder = packages_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ModelError(f"cannot create the packages folder {folder}: {exc.strerror}") from None
    fd, name = tempfile.mkstemp(prefix=".newsmt-download-", suffix=".argosmodel", dir=folder)
    os.close(fd)
    tmp = Path(name)
    try:
        error: ModelError | None = None
        for url in links:
            try:
                with tmp.open("wb") as out, _open(url, timeout) as response:
                    _stream(response, out, url, show)
            except ModelError as exc:
                error = exc
                continue
            if expected and _sha256(tmp) != expected:
                error = ModelError(f"{url}: checksum mismatch; the download is damaged, try again")
                continue
            return install_package(tmp, name=url)
        raise error or ModelError(f"{index_url}: the {src}→{tgt} entry has no download link")
    finally:
        tmp.unlink(missing_ok=True)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
