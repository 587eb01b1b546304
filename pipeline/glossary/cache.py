"""The compiled glossary kept on disk, by content.

Compiling a glossary form (its tokens and the paradigm of each, from pymorphy3) takes
milliseconds; a run uses the forms it compiled before.  The file is
``glossary/<sha256>.pickle`` in :func:`pipeline.fsutil.cache_dir`, named by the hash of
what compiling reads (each entry's type, forms, ``dnt`` and ``note``, in order), the cache format
version, the source of this package (the code that compiles), pymorphy3's version and its
dictionaries' ``meta.json``.  It is written
atomically, read only when its version matches, ignored when unreadable, and safe to delete.
"""

from __future__ import annotations

import functools
import hashlib
import io
import pickle
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.errors import NewsmtError
from pipeline.fsutil import atomic_write_bytes, cache_dir

if TYPE_CHECKING:
    from pipeline.glossary.format import Entry
    from pipeline.glossary.match import Pattern

CACHE_VERSION = 36
_FOLDER = "glossary"
_LANGS = ("ru", "uk")  # the pymorphy3 dictionaries compiling reads

Key = tuple[int, str, int]  # entry ordinal, language, form index


def source_digest(folder: Path) -> str:
    """The hash of every module in ``folder``: a paradigm rule changed in an upgrade or in
    another checkout of the code gets its own cache file instead of stale forms."""
    digest = hashlib.sha256()
    for module in sorted(folder.glob("*.py")):
        digest.update(module.name.encode("utf-8") + b"\0" + module.read_bytes())
    return digest.hexdigest()


@functools.cache
def _own_source() -> str:
    """:func:`source_digest` of this package, read once a process."""
    return source_digest(Path(__file__).parent)


def _versions() -> str:
    """pymorphy3's version, this package's source and each dictionary's ``meta.json`` (its
    build, source and revision), read directly: ``importlib.metadata`` scans every installed
    package, a twentieth of a second."""
    import pymorphy3

    from pipeline.glossary.morph import dictionary_path

    found = [f"pymorphy3={pymorphy3.__version__}", f"code={_own_source()}"]
    for lang in _LANGS:
        folder = dictionary_path(lang)
        try:
            meta = (Path(folder) / "meta.json").read_bytes() if folder else b""
        except OSError:
            meta = b""
        found.append(f"{lang}={hashlib.sha256(meta).hexdigest()}")
    return ";".join(found)


def content_hash(entries: list[Entry]) -> str:
    """The hash of everything compiling reads, with the format and dictionary versions."""
    digest = hashlib.sha256(f"{CACHE_VERSION}|{_versions()}".encode())
    for entry in entries:
        forms = sorted((lang, forms) for lang, forms in entry.forms.items())
        digest.update(repr((entry.id, entry.type, entry.dnt, forms, entry.note)).encode("utf-8"))
    return digest.hexdigest()


class _Pickler(pickle.Pickler):
    """Pickles pymorphy3's grammemes (``str`` subclasses local to a function) as strings."""

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, str) and type(obj) is not str:
            return str, (str(obj),)
        return NotImplemented


class CompiledCache:
    """The on-disk compiled forms of one glossary (``entries`` in load order)."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.dirty = False
        self._path: Path | None = None

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = cache_dir() / _FOLDER / f"{content_hash(self.entries)}.pickle"
        return self._path

    def load(self) -> dict[Key, Pattern | None]:
        """The forms compiled by an earlier run, linked to ``entries``; {} if there is no
        usable file (none, another version, unreadable)."""
        from pipeline.glossary.match import Pattern

        if not self.entries:
            return {}
        try:
            data: Any = pickle.loads(self.path.read_bytes())
            if data.get("version") != CACHE_VERSION:
                return {}
            return {
                (n, lang, index): None
                if parts is None
                else Pattern(self.entries[n], lang, index, *parts)
                for (n, lang, index), parts in data["patterns"].items()
            }
        except Exception:
            return {}

    def save(self, compiled: dict[Key, Pattern | None]) -> None:
        """Write ``compiled`` if this run compiled anything new."""
        if not self.dirty or not self.entries:
            return
        patterns = {
            key: None if pat is None else (pat.form, pat.words, pat.seps, pat.gaps, pat.paradigms)
            for key, pat in compiled.items()
        }
        buffer = io.BytesIO()
        _Pickler(buffer, protocol=5).dump({"version": CACHE_VERSION, "patterns": patterns})
        data = buffer.getvalue()
        try:
            atomic_write_bytes(self.path, data)
        except (OSError, NewsmtError):
            return  # no usable cache folder: the next run compiles again
        self.dirty = False
