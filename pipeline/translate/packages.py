"""Installed Argos Translate model packages: list, find, install and remove.

The packages live where Argos Translate keeps them (``ARGOS_PACKAGES_DIR``, else the
``argostranslate.settings`` location, usually ``~/.local/share/argos-translate/packages``),
so packages installed by ``argospm`` are found and ours are usable by Argos.

:func:`install_package` checks an ``.argosmodel`` zip before anything touches the packages
folder (one top folder, no path escapes, no links, sane sizes, ``metadata.json`` with the
language codes, a CTranslate2 ``model/model.bin`` and a tokenizer model), extracts it into a
staging folder, checks it again and moves it into place. The staging folder is a hidden
sibling of the packages folder (``.packages.newsmt-staging``) because Argos'
``get_installed_packages()`` reads every folder inside the packages folder and fails on one
without ``metadata.json``; it is used only where a rename into the packages folder works.

Installs and removals of one packages folder run one at a time: each holds an ``flock`` on
``.newsmt-lock`` in that folder, waiting up to :data:`LOCK_TIMEOUT` seconds for it. The
kernel drops an ``flock`` when its process ends, so a lock file left by a killed newsmt
blocks nobody (and deleting the file while a newsmt holds it would let a second one in).

Readers take no lock. A package folder enters the packages folder by one rename of a
complete, checked folder (over a folder of the same name, by one ``renameat2`` exchange) and
leaves it by one rename; nothing is written inside an installed folder. So a reader (newsmt
listing or finding packages, Argos) sees each package whole, old or new, never a mix or a
part; when a direction's package is replaced by one in another folder, both are listed for
an instant (:func:`find_package` takes the higher version), and a newsmt listing that saw
the old folder leave looks again and finds the new one (Argos' listing instead raises
``FileNotFoundError`` if a folder leaves between its listing and its reading, as it does for
any removal). A crash at any point leaves the old or the new package; its leftovers in the
staging folder go with the next install or removal. Limits: without ``renameat2`` (not
Linux, or a file system refusing it), replacing a folder of the same name takes two renames
and the direction has no package between them; where no sibling folder can be made (the
packages folder is a mount point, or its parent is read-only) staging happens in a hidden
folder inside the packages folder, which Argos' listing trips over while an install runs;
and a reader that found a package before it was replaced and opens its files later finds the
folder gone, or holding the new version.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import functools
import os
import shutil
import stat
import struct
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from pipeline import jsonio
from pipeline.errors import ModelError
from pipeline.model import LANG_ALIASES, LANGS

PACKAGES_ENV = "ARGOS_PACKAGES_DIR"
TEST_MODEL_KEY = "newsmt_test_model"
#: Largest total uncompressed size accepted (real Argos packages are 100–400 MB).
MAX_TOTAL_BYTES = 4 * 1024**3
#: Largest uncompressed/compressed ratio accepted for an entry over 1 MiB (a zip bomb guard).
MAX_RATIO = 100
MAX_METADATA_BYTES = 1024**2
#: Seconds an install or removal waits for another one in the same packages folder.
LOCK_TIMEOUT = 300.0
LOCK_NAME = ".newsmt-lock"
_LOCK_POLL = 0.1
_SCAN_ROUNDS = 5
_TEMP_PREFIX = ".newsmt-"
_LEFTOVER_PREFIXES = tuple(f"{_TEMP_PREFIX}{kind}-" for kind in ("install", "old", "probe"))
_STAGING_SUFFIX = ".newsmt-staging"
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_TOKENIZER_FILES = {"sentencepiece.model": "sentencepiece", "bpe.model": "bpe"}


@dataclass(frozen=True)
class PackageInfo:
    """An installed translation package."""

    id: str
    from_code: str
    to_code: str
    version: str
    path: Path
    size: int
    tokenizer: str
    target_prefix: str = ""
    name: str = ""
    argos_version: str = ""
    test_model: bool = False

    @property
    def model_dir(self) -> Path:
        """The CTranslate2 model folder."""
        return self.path / "model"

    @property
    def tokenizer_path(self) -> Path:
        """The SentencePiece or BPE model file."""
        name = "sentencepiece.model" if self.tokenizer == "sentencepiece" else "bpe.model"
        return self.path / name

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready description."""
        return {
            "id": self.id,
            "from_code": self.from_code,
            "to_code": self.to_code,
            "version": self.version,
            "path": str(self.path),
            "size": self.size,
            "tokenizer": self.tokenizer,
            "target_prefix": self.target_prefix,
            "name": self.name,
            "argos_version": self.argos_version,
            "test_model": self.test_model,
        }


def packages_dir() -> Path:
    """The folder packages are installed into (read at every call, not at import)."""
    override = os.environ.get(PACKAGES_ENV)
    if override:
        return Path(override).expanduser()
    from argostranslate import settings

    return Path(
        settings.get_setting(PACKAGES_ENV, default=settings.data_dir / "packages")
    ).expanduser()


def package_dirs() -> list[Path]:
    """Every folder searched for packages: :func:`packages_dir`, then Argos' extra folders."""
    primary = packages_dir()
    if os.environ.get(PACKAGES_ENV):
        return [primary]
    from argostranslate import settings

    extra = [Path(p) for p in settings.package_dirs[1:]]
    return [primary, *(p for p in extra if p != primary)]


def canonical_code(code: str) -> str:
    """A package language code in lower case, with ``ua`` read as ``uk``."""
    low = code.strip().lower()
    return LANG_ALIASES.get(low, low)


def _folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file())


def _info(folder: Path) -> PackageInfo | None:
    """Describe the package in ``folder``, or None if it is not a translation package."""
    from argostranslate.package import Package

    try:
        metadata = jsonio.loads((folder / "metadata.json").read_text(encoding="utf-8"))
        package = Package(folder)
    except (OSError, ValueError):
        return None
    if package.type != "translate" or not package.from_code or not package.to_code:
        return None
    kinds = [kind for name, kind in _TOKENIZER_FILES.items() if (folder / name).is_file()]
    tokenizer = kinds[0] if kinds else ""
    if not tokenizer or not (folder / "model" / "model.bin").is_file():
        return None
    name = metadata.get("name") or f"{package.from_name} → {package.to_name}"
    return PackageInfo(
        id=folder.name,
        from_code=canonical_code(package.from_code),
        to_code=canonical_code(package.to_code),
        version=str(package.package_version),
        path=folder,
        size=_folder_size(folder),
        tokenizer=tokenizer,
        target_prefix=package.target_prefix or "",
        name=str(name),
        argos_version=str(package.argos_version),
        test_model=metadata.get(TEST_MODEL_KEY) is True,
    )


def _scan(folder: Path) -> list[PackageInfo]:
    """The packages in ``folder``.

    A package folder that leaves during the scan sends it round again (up to
    :data:`_SCAN_ROUNDS` times): an install puts the new package in before the old one
    leaves, so the next round finds the new one.
    """
    found: list[PackageInfo] = []
    for _ in range(_SCAN_ROUNDS):
        if not folder.is_dir():
            return []
        found, vanished = [], False
        for child in sorted(folder.iterdir()):
            if child.name.startswith("."):
                continue
            info = _info(child) if child.is_dir() else None
            if info is not None:
                found.append(info)
            elif not os.path.lexists(child):
                vanished = True
        if not vanished:
            break
    return found


def installed_packages() -> list[PackageInfo]:
    """All installed translation packages, sorted by direction then folder name."""
    found = [info for folder in package_dirs() for info in _scan(folder)]
    return sorted(found, key=lambda p: (p.from_code, p.to_code, p.id))


def version_key(version: str) -> tuple[int, Any]:
    """Sort key of a package version (PEP 440 versions after unparseable ones)."""
    from packaging.version import InvalidVersion, Version

    try:
        return (1, Version(version))
    except InvalidVersion:
        return (0, version)


def _best(packages: Iterable[PackageInfo], src: str, tgt: str) -> PackageInfo | None:
    matches = [p for p in packages if (p.from_code, p.to_code) == (src, tgt)]
    if not matches:
        return None
    return max(matches, key=lambda p: (not p.test_model, version_key(p.version), p.id))


def find_package(src: str, tgt: str) -> PackageInfo | None:
    """The installed package translating ``src`` → ``tgt`` directly, if any.

    A real model wins over a test model, then the highest version.
    """
    return _best(installed_packages(), canonical_code(src), canonical_code(tgt))


# ---------------------------------------------------------------------------
# Installing


def _entry_kind(info: zipfile.ZipInfo) -> str:
    """``"dir"``, ``"file"``, or the name of a refused kind (``"symlink"``, …)."""
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        return "symlink"
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        return "special file"
    return "dir" if info.is_dir() or kind == stat.S_IFDIR else "file"


def _check_archive(file: Path, zf: zipfile.ZipFile) -> tuple[str, list[zipfile.ZipInfo]]:
    """Check every entry; return the top folder name and the entries to extract.

    macOS Finder's ``__MACOSX/`` resource-fork folder is ignored.
    """
    entries = [i for i in zf.infolist() if not i.filename.startswith("__MACOSX/")]
    if not entries:
        raise ModelError(f"{file}: the archive is empty; download the .argosmodel file again")
    tops: set[str] = set()
    seen: set[str] = set()
    total = 0
    for info in entries:
        name = info.filename
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if (
            name.startswith(("/", "\\"))
            or (len(name) > 1 and name[1] == ":")
            or "\\" in name
            or any(part in ("..", ".") for part in parts)
            or not parts
        ):
            raise ModelError(
                f"{file}: refused unsafe path {name!r} in the archive; "
                "only install .argosmodel files from a trusted source"
            )
        kind = _entry_kind(info)
        if kind not in ("dir", "file"):
            raise ModelError(
                f"{file}: refused {kind} {name!r} in the archive; "
                "a model package holds only plain files and folders"
            )
        key = "/".join(parts)
        if key in seen:
            raise ModelError(
                f"{file}: {name!r} appears twice in the archive; "
                "download the .argosmodel file again"
            )
        seen.add(key)
        if len(parts) == 1 and kind == "file":
            raise ModelError(
                f"{file}: {name!r} lies outside the package folder; an .argosmodel "
                "holds one folder with metadata.json and model/"
            )
        tops.add(parts[0])
        total += info.file_size
        if info.file_size > 1024**2 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise ModelError(
                f"{file}: {name!r} expands {ratio}-fold (a zip bomb?); refusing to install it"
            )
    packed = sum(info.compress_size for info in entries)
    if total > 64 * 1024**2 and total > MAX_RATIO * max(packed, 1):
        raise ModelError(
            f"{file}: expands {total // max(packed, 1)}-fold (a zip bomb?); refusing to install it"
        )
    if total > MAX_TOTAL_BYTES:
        raise ModelError(
            f"{file}: unpacks to {total / 1024**3:.1f} GiB, over the "
            f"{MAX_TOTAL_BYTES // 1024**3} GiB limit; refusing to install it"
        )
    if len(tops) != 1:
        listed = ", ".join(sorted(tops))
        raise ModelError(
            f"{file}: the archive has {len(tops)} top folders ({listed}); "
            "an .argosmodel holds exactly one"
        )
    top = tops.pop()
    if top.startswith("."):
        raise ModelError(f"{file}: the package folder {top!r} is hidden; rename it and zip again")
    for required in ("metadata.json", "model/model.bin"):
        if f"{top}/{required}" not in seen:
            raise ModelError(
                f"{file}: {required} is missing; this is not a complete Argos "
                "model package, download it again"
            )
    if not any(f"{top}/{name}" in seen for name in _TOKENIZER_FILES):
        raise ModelError(
            f"{file}: sentencepiece.model (or bpe.model) is missing; this is not a "
            "complete Argos model package, download it again"
        )
    return top, entries


def _read_metadata(file: Path, zf: zipfile.ZipFile, top: str) -> dict[str, Any]:
    info = zf.getinfo(f"{top}/metadata.json")
    if info.file_size > MAX_METADATA_BYTES:
        raise ModelError(f"{file}: metadata.json is implausibly large; download the package again")
    try:
        metadata = jsonio.loads(zf.read(info).decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ModelError(
            f"{file}: metadata.json is not valid JSON ({exc}); download the package again"
        ) from None
    if not isinstance(metadata, dict):
        raise ModelError(f"{file}: metadata.json is not a JSON object; download the package again")
    for key in ("from_code", "to_code"):
        if not isinstance(metadata.get(key), str) or not metadata[key].strip():
            raise ModelError(
                f"{file}: metadata.json has no {key}; this is not a translation "
                "package, download it again"
            )
    codes = [canonical_code(metadata[key]) for key in ("from_code", "to_code")]
    for code in codes:
        if code not in LANGS:
            raise ModelError(
                f"{file}: language code {code!r} is not one newsmt translates "
                f"({', '.join(LANGS)}); install a package between two of them"
            )
    if codes[0] == codes[1]:
        raise ModelError(
            f"{file}: translates {codes[0]} into the same language; install a package "
            "between two languages"
        )
    if metadata.get("type", "translate") != "translate":
        raise ModelError(
            f"{file}: a {metadata['type']!r} package, not a translation model; "
            "install a translate package"
        )
    return metadata


def _check_model_bin(file: Path, model_bin: Path) -> None:
    with model_bin.open("rb") as handle:
        head = handle.read(4)
    version = struct.unpack("<I", head)[0] if len(head) == 4 else 0
    if not 1 <= version <= 100:
        raise ModelError(
            f"{file}: model/model.bin is not a CTranslate2 model; download the package again"
        )


def _check_loads(file: Path, folder: Path) -> None:
    """Load the package's tokenizer and model as translating would: a package that cannot
    be used never replaces one that can."""
    import ctranslate2
    import sentencepiece

    loads: list[tuple[str, Callable[[], object]]] = [
        ("model/", lambda: ctranslate2.Translator(str(folder / "model"), device="cpu")),
    ]
    tokenizer = folder / "sentencepiece.model"
    if tokenizer.is_file():
        loads.insert(
            0, (tokenizer.name, lambda: sentencepiece.SentencePieceProcessor(str(tokenizer)))
        )
    for name, load in loads:
        try:
            load()
        except Exception as exc:  # whatever a library raises on a bad file: unusable
            detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise ModelError(
                f"{file}: {name} cannot be loaded ({detail}); download the package again"
            ) from None


def _extract(file: Path, zf: zipfile.ZipFile, entries: list[zipfile.ZipInfo], dest: Path) -> None:
    root = dest.resolve()
    for info in entries:
        target = (dest / info.filename).resolve()
        if target != root and root not in target.parents:
            raise ModelError(f"{file}: refused unsafe path {info.filename!r} in the archive")
        if _entry_kind(info) == "dir":
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            with zf.open(info) as src, open(target, "xb") as out:
                shutil.copyfileobj(src, out, 1 << 20)
        except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
            raise ModelError(
                f"{file}: {info.filename!r} is corrupt ({exc}); download the package again"
            ) from None


def _staging_root(dest_root: Path) -> Path:
    """Where installs unpack and old packages are parked before deletion.

    A hidden sibling of the packages folder, so Argos (which lists every folder inside the
    packages folder) never meets a half-made one. A file renamed from it into the packages
    folder proves that the final rename will work (no file system or mount boundary between);
    where it does not, or the sibling cannot be made, the packages folder itself is used.
    """
    real = dest_root.resolve()
    sibling = real.parent / f".{real.name}{_STAGING_SUFFIX}"
    try:
        sibling.mkdir(exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f"{_TEMP_PREFIX}probe-", dir=sibling)
        os.close(fd)
        probe = real / Path(name).name
        try:
            os.rename(name, probe)
        except OSError:
            os.unlink(name)
            raise
        os.unlink(probe)
    except OSError:
        with suppress(OSError):
            sibling.rmdir()
        return real
    return sibling


def _clean_leftovers(*folders: Path) -> None:
    """Delete what interrupted installs and removals left behind (call under the lock)."""
    for folder in folders:
        for child in list(folder.iterdir()):
            if not child.name.startswith(_LEFTOVER_PREFIXES):
                continue
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)


@contextmanager
def reading(dest_root: Path) -> Iterator[None]:
    """Keep installs and removals out of ``dest_root`` while a package's files are read.

    A shared ``flock`` on the install lock: any number of readers at once, no install
    between them.  Nothing to lock where the folder or its lock file cannot be made (a
    read-only packages folder has no installs either).
    """
    with _locked(dest_root, fcntl.LOCK_SH, "installing or removing", required=False):
        yield


@contextmanager
def _exclusive(dest_root: Path) -> Iterator[None]:
    """Hold the install lock of ``dest_root`` for one install or removal."""
    with _locked(dest_root, fcntl.LOCK_EX, "installing, removing or loading", required=True):
        yield


@contextmanager
def _locked(dest_root: Path, mode: int, doing: str, required: bool) -> Iterator[None]:
    """An ``flock`` (``mode``) on ``dest_root/.newsmt-lock``: the kernel drops it when its
    holder exits or dies, so a lock file left behind never blocks anyone. Waits
    :data:`LOCK_TIMEOUT` seconds for the holders it excludes, which ``doing`` names.  Unless
    ``required``, a lock file that cannot be made means nobody installs there: nothing is held.
    """
    lock = dest_root / LOCK_NAME
    try:
        fd = os.open(lock, os.O_RDONLY | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        if not required:
            yield
            return
        raise ModelError(
            f"cannot create the lock file {lock}: {exc.strerror}; "
            f"set {PACKAGES_ENV} to a writable folder"
        ) from None
    try:
        deadline = time.monotonic() + LOCK_TIMEOUT
        waited = False
        while True:
            try:
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not waited:
                    waited = True  # say so once: a wait may last minutes
                    sys.stderr.write(
                        f"newsmt: another newsmt is {doing} models in {dest_root}; "
                        f"waiting up to {LOCK_TIMEOUT:g} s\n"
                    )
                if time.monotonic() >= deadline:
                    raise ModelError(
                        f"another newsmt is {doing} models in {dest_root} "
                        f"(waited {LOCK_TIMEOUT:g} s); wait for it to finish and try again"
                    ) from None
                time.sleep(_LOCK_POLL)
        yield
    finally:
        os.close(fd)


@functools.cache
def _renameat2() -> Any:
    """The C library's ``renameat2``, or None where there is none (not Linux)."""
    try:
        return ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return None


def _exchange(a: Path, b: Path) -> bool:
    """Swap the folders ``a`` and ``b`` in one atomic step; False where the system cannot."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _park(folder: Path, staging_root: Path) -> Path:
    """Move ``folder`` into a fresh hidden folder in ``staging_root``; return that folder."""
    hold = Path(tempfile.mkdtemp(prefix=f"{_TEMP_PREFIX}old-", dir=staging_root))
    os.rename(folder, hold / folder.name)
    return hold


def made_packages_dir() -> Path:
    """:func:`packages_dir`, created if need be (:class:`ModelError` if it cannot be)."""
    dest_root = packages_dir()
    try:
        dest_root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ModelError(
            f"cannot create the packages folder {dest_root}: {exc.strerror}; "
            f"set {PACKAGES_ENV} to a writable folder"
        ) from None
    return dest_root


def install_package(file: str | os.PathLike[str], *, name: str | None = None) -> PackageInfo:
    """Check and install the ``.argosmodel`` at ``file``; return the installed package.

    An installed package for the same direction in the packages folder is replaced.
    ``name`` replaces the file's path in error messages (e.g. the URL it came from).
    Installs and removals of one packages folder run one at a time (see :func:`_exclusive`).
    """
    path = Path(file)
    file = Path(name) if name else path
    if not path.is_file():
        raise ModelError(f"{file}: no such file; give the path of a downloaded .argosmodel file")
    if not zipfile.is_zipfile(path):
        raise ModelError(
            f"{file}: not an Argos model package (not a zip archive); "
            "download the .argosmodel file again"
        )
    dest_root = made_packages_dir()
    try:
        with zipfile.ZipFile(path) as zf:
            top, entries = _check_archive(file, zf)
            metadata = _read_metadata(file, zf, top)
            with _exclusive(dest_root):
                staging_root = _staging_root(dest_root)
                _clean_leftovers(dest_root, staging_root)
                staging = Path(tempfile.mkdtemp(prefix=f"{_TEMP_PREFIX}install-", dir=staging_root))
                try:
                    _extract(file, zf, entries, staging)
                    _check_model_bin(file, staging / top / "model" / "model.bin")
                    if _info(staging / top) is None:
                        raise ModelError(
                            f"{file}: Argos Translate cannot read this package; download it again"
                        )
                    _check_loads(file, staging / top)
                    return _swap_in(staging / top, dest_root, staging_root, metadata)
                finally:
                    shutil.rmtree(staging, ignore_errors=True)
    except zipfile.BadZipFile as exc:
        raise ModelError(
            f"{file}: corrupt zip archive ({exc}); download the .argosmodel file again"
        ) from None


def _swap_in(
    new: Path, dest_root: Path, staging_root: Path, metadata: dict[str, Any]
) -> PackageInfo:
    """Move the checked folder ``new`` into ``dest_root``, replacing the same direction.

    The new package goes in first, by one rename (or, over a folder of the same name, one
    atomic exchange that leaves the old package at ``new``); the other packages of the
    direction then leave, one rename each. So the packages folder never lacks the direction
    and never holds part of a package. Where no atomic exchange exists, the old folder of
    the same name is parked first and, for an instant, the direction has no package.
    """
    direction = (canonical_code(metadata["from_code"]), canonical_code(metadata["to_code"]))
    final = dest_root / new.name
    present = _info(final) if final.is_dir() else None
    from pipeline.translate.ct2models import is_model_folder  # it imports this module

    if final.is_dir() and is_model_folder(final):
        raise ModelError(
            f"{final} holds a model folder installed with --family; this "
            f"{'→'.join(direction)} package has the same folder name, so it is not installed "
            "(rename its top folder and zip it again)"
        )
    if present is not None and (present.from_code, present.to_code) != direction:
        raise ModelError(
            f"{final} holds the {present.from_code}→{present.to_code} package; this "
            f"{'→'.join(direction)} package has the same folder name, so it is not installed "
            "(rename its top folder and zip it again)"
        )
    others = [
        p.path
        for p in _scan(dest_root)
        if (p.from_code, p.to_code) == direction and p.path != final
    ]
    holds: list[Path] = []
    try:
        try:
            if not os.path.lexists(final):
                os.rename(new, final)
            elif not _exchange(new, final):
                holds.append(_park(final, staging_root))
                try:
                    os.rename(new, final)
                except OSError:
                    os.rename(holds[-1] / final.name, final)
                    raise
        except OSError as exc:
            raise ModelError(f"cannot install into {final}: {exc.strerror}") from None
        for old in others:
            try:
                holds.append(_park(old, staging_root))
            except OSError as exc:
                raise ModelError(
                    f"installed {final}, but cannot move the older {old} away "
                    f"({exc.strerror}); delete that folder"
                ) from None
    finally:
        for hold in holds:
            shutil.rmtree(hold, ignore_errors=True)
    info = _info(final)
    if info is None:
        raise ModelError(f"{final}: the installed package cannot be read; install it again")
    return info


def remove_package(src: str, tgt: str) -> PackageInfo:
    """Remove the installed ``src`` → ``tgt`` package from the packages folder; return it.

    The folder leaves the packages folder in one rename, then is deleted.
    """
    src, tgt = canonical_code(src), canonical_code(tgt)
    dest_root = packages_dir()
    missing = ModelError(
        f"no {src}→{tgt} package is installed in {dest_root}; see `newsmt models list`"
    )
    if not dest_root.is_dir():
        raise missing
    with _exclusive(dest_root):
        package = _best(_scan(dest_root), src, tgt)
        if package is None:
            raise missing
        staging_root = _staging_root(dest_root)
        _clean_leftovers(dest_root, staging_root)
        try:
            hold = _park(package.path, staging_root)
        except OSError as exc:
            raise ModelError(f"cannot remove {package.path}: {exc.strerror}") from None
        shutil.rmtree(hold, ignore_errors=True)
    return package


@dataclass(frozen=True)
class Direction:
    """How one translation direction can be served by the installed models."""

    src: str
    tgt: str
    direct: PackageInfo | None
    pivot: tuple[PackageInfo, PackageInfo] | None
    apertium: bool

    @property
    def available(self) -> bool:
        """Whether any route exists."""
        return bool(self.direct or self.pivot or self.apertium)

    @property
    def test_only(self) -> bool:
        """Whether every installed model on the best Argos route is a TEST MODEL."""
        if self.direct:
            return self.direct.test_model
        return bool(self.pivot) and any(p.test_model for p in self.pivot or ())

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready description."""
        return {
            "from_code": self.src,
            "to_code": self.tgt,
            "direct": self.direct.id if self.direct else None,
            "pivot": [p.id for p in self.pivot] if self.pivot else None,
            "apertium": self.apertium,
            "available": self.available,
            "test_model": self.test_only,
        }


def directions(
    langs: Sequence[str], apertium_pairs: Iterable[tuple[str, str]] = ()
) -> list[Direction]:
    """Every ordered pair of ``langs``: its direct package, its pivot through English, apertium."""
    rule_based = set(apertium_pairs)
    installed = installed_packages()
    result = []
    for src in langs:
        for tgt in langs:
            if src == tgt:
                continue
            pivot = None
            if "en" not in (src, tgt):
                first, second = _best(installed, src, "en"), _best(installed, "en", tgt)
                pivot = (first, second) if first and second else None
            result.append(
                Direction(src, tgt, _best(installed, src, tgt), pivot, (src, tgt) in rule_based)
            )
    return result
