"""Installs and removals racing each other, Argos listing mid-install, interrupted installs."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from argostranslate.package import get_installed_packages
from click.testing import CliRunner
from packages_helpers import variant

from pipeline.cli import main
from pipeline.errors import ModelError
from pipeline.testmodel import build_package_dir
from pipeline.translate import packages

WAIT = 30  # seconds a test waits for an event that a working lock sets at once


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """en→uk archives: ``1.0`` and ``2.0`` (folders named by version) and ``1.0b``
    (version 1.0b in the folder name of 1.0)."""
    root = tmp_path_factory.mktemp("versions")
    base = build_package_dir(root / "translate-en_uk-test", "en", "uk")
    return {
        "1.0": variant(
            base, root / "v1.argosmodel", top="translate-en_uk-1_0", package_version="1.0"
        ),
        "2.0": variant(
            base, root / "v2.argosmodel", top="translate-en_uk-2_0", package_version="2.0"
        ),
        "1.0b": variant(
            base, root / "v1b.argosmodel", top="translate-en_uk-1_0", package_version="1.0b"
        ),
    }


@pytest.fixture
def pkgdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty packages folder, selected through ARGOS_PACKAGES_DIR."""
    folder = tmp_path / "packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    return folder


def staging(folder: Path) -> Path:
    return folder.parent / f".{folder.name}.newsmt-staging"


def listing(folder: Path) -> list[str]:
    """Every name in the packages folder and its staging sibling but the lock file."""
    names = []
    for where in (folder, staging(folder)):
        if where.is_dir():
            names += [p.name for p in where.iterdir() if p.name != packages.LOCK_NAME]
    return sorted(names)


def en_uk(folder: Path) -> list[tuple[str, str]]:
    """(folder, version) of every en→uk package, checked by newsmt and by Argos alike."""
    ours = [(p.id, p.version) for p in packages.installed_packages() if p.to_code == "uk"]
    argos = [(p.package_path.name, p.package_version) for p in get_installed_packages([folder])]
    assert sorted(argos) == ours
    return ours


def run_threads(*jobs: Callable[[], Any]) -> list[BaseException]:
    """Run ``jobs`` in threads released together; return what they raised."""
    start = threading.Barrier(len(jobs))
    errors: list[BaseException] = []

    def run(job: Callable[[], Any]) -> None:
        start.wait()
        try:
            job()
        except BaseException as exc:  # reported by the test
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


Pause = Callable[[], tuple[threading.Event, threading.Event]]


@pytest.fixture
def pause_swap(monkeypatch: pytest.MonkeyPatch) -> Iterator[Pause]:
    """``inside, release = pause_swap()``: the next install stops once staged, inside the
    lock (``inside`` set), until ``release`` is set."""
    inside, release = threading.Event(), threading.Event()
    original = packages._swap_in

    def swap(*args: Any) -> packages.PackageInfo:
        if not inside.is_set():
            inside.set()
            assert release.wait(WAIT)
        return original(*args)

    def pause() -> tuple[threading.Event, threading.Event]:
        monkeypatch.setattr(packages, "_swap_in", swap)
        return inside, release

    yield pause
    release.set()


def test_concurrent_installs_leave_one_good_package(
    versions: dict[str, Path], pkgdir: Path
) -> None:
    packages.install_package(versions["1.0"])
    archives = [versions[v] for v in ("2.0", "1.0b", "1.0", "2.0")]
    errors = run_threads(*(lambda a=a: packages.install_package(a) for a in archives))
    assert errors == []
    [(folder, version)] = en_uk(pkgdir)
    assert (folder, version) in {
        ("translate-en_uk-1_0", "1.0"),
        ("translate-en_uk-1_0", "1.0b"),
        ("translate-en_uk-2_0", "2.0"),
    }
    assert listing(pkgdir) == [folder]


def test_concurrent_installs_and_removals(versions: dict[str, Path], pkgdir: Path) -> None:
    packages.install_package(versions["1.0"])

    def remove() -> None:
        try:
            packages.remove_package("en", "uk")
        except ModelError as exc:  # a removal that comes after another one finds nothing
            assert "no en→uk package is installed" in str(exc)

    errors = run_threads(
        lambda: packages.install_package(versions["2.0"]),
        remove,
        remove,
        lambda: packages.install_package(versions["1.0b"]),
    )
    assert errors == []
    found = en_uk(pkgdir)
    assert len(found) <= 1
    assert listing(pkgdir) == [folder for folder, _ in found]


def test_second_install_waits_for_the_first(
    versions: dict[str, Path],
    pkgdir: Path,
    pause_swap: Pause,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    inside, release = pause_swap()
    waiting = threading.Event()

    def sleep(seconds: float) -> None:  # the second install polling for the lock
        waiting.set()
        time.sleep(seconds)

    monkeypatch.setattr(
        packages, "time", types.SimpleNamespace(monotonic=time.monotonic, sleep=sleep)
    )
    first = threading.Thread(target=packages.install_package, args=(versions["2.0"],))
    first.start()
    assert inside.wait(WAIT)
    second = threading.Thread(target=packages.install_package, args=(versions["1.0"],))
    second.start()
    assert waiting.wait(WAIT)
    assert en_uk(pkgdir) == []  # neither is in yet
    release.set()
    first.join()
    second.join()
    # the one that took the lock second installed last: it replaced the first
    assert en_uk(pkgdir) == [("translate-en_uk-1_0", "1.0")]
    assert listing(pkgdir) == ["translate-en_uk-1_0"]


def test_argos_lists_packages_during_a_staged_install(
    versions: dict[str, Path], pkgdir: Path, pause_swap: Pause
) -> None:
    packages.install_package(versions["1.0"])
    inside, release = pause_swap()
    thread = threading.Thread(target=packages.install_package, args=(versions["2.0"],))
    thread.start()
    assert inside.wait(WAIT)
    assert any(p.name.startswith(".newsmt-install-") for p in staging(pkgdir).iterdir())
    assert en_uk(pkgdir) == [("translate-en_uk-1_0", "1.0")]
    release.set()
    thread.join()
    assert en_uk(pkgdir) == [("translate-en_uk-2_0", "2.0")]
    assert listing(pkgdir) == ["translate-en_uk-2_0"]


def test_listing_across_a_replacement_finds_the_new_package(
    versions: dict[str, Path], pkgdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A listing that saw the old folder, which then left, looks again and finds the new."""
    packages.install_package(versions["1.0"])
    old = pkgdir / "translate-en_uk-1_0"
    original = packages._info
    replaced = False

    def info(folder: Path) -> packages.PackageInfo | None:
        nonlocal replaced
        if folder == old and not replaced:  # the listing is about to read the old package
            replaced = True
            packages.install_package(versions["2.0"])
        return original(folder)

    monkeypatch.setattr(packages, "_info", info)
    assert [(p.id, p.version) for p in packages.installed_packages()] == [
        ("translate-en_uk-2_0", "2.0")
    ]
    assert replaced


HOLD_LOCK = """
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDONLY | os.O_CREAT)
fcntl.flock(fd, fcntl.LOCK_EX)
print("locked", flush=True)
sys.stdin.read()
"""


def test_lock_timeout_error_and_stale_lock_file(
    versions: dict[str, Path], pkgdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    packages.install_package(versions["1.0"])
    monkeypatch.setattr(packages, "LOCK_TIMEOUT", 0.2)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(pkgdir / packages.LOCK_NAME)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        message = (
            f"another newsmt is installing, removing or loading models in {pkgdir} "
            "(waited 0.2 s); wait for it to finish and try again"
        )
        with pytest.raises(ModelError) as caught:
            packages.install_package(versions["2.0"])
        assert str(caught.value) == message
        with pytest.raises(ModelError, match="another newsmt is installing"):
            packages.remove_package("en", "uk")
        result = CliRunner().invoke(main, ["models", "install", str(versions["2.0"])])
        assert result.exit_code == 2
        assert result.output.splitlines() == [
            f"newsmt: another newsmt is installing, removing or loading models in {pkgdir}; "
            "waiting up to 0.2 s",
            f"newsmt: error: {message}",
        ]
        assert en_uk(pkgdir) == [("translate-en_uk-1_0", "1.0")]
        assert listing(pkgdir) == ["translate-en_uk-1_0"]
    finally:
        holder.kill()
        holder.wait()
    # the holder died: its lock went with it; the lock file left behind is harmless
    assert (pkgdir / packages.LOCK_NAME).exists()
    assert packages.install_package(versions["2.0"]).version == "2.0"


INSTALL = """
import sys
from pipeline.translate.packages import install_package
print(install_package(sys.argv[1]).version)
"""


def test_concurrent_installs_from_two_processes(versions: dict[str, Path], pkgdir: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(packages.__file__).parents[2])}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", INSTALL, str(versions[v])],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for v in ("1.0", "2.0", "1.0b")
    ]
    outputs = [proc.communicate(timeout=120) for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0, 0], outputs
    assert sorted(out.strip() for out, _ in outputs) == ["1.0", "1.0b", "2.0"]
    [(folder, _)] = en_uk(pkgdir)
    assert listing(pkgdir) == [folder]


class Crash(BaseException):
    """Stands for the process dying (not an Exception: nothing may catch it)."""


@pytest.mark.parametrize(
    ("new", "exchange", "steps"),
    [("2.0", True, 2), ("1.0b", True, 1), ("1.0b", False, 2)],
    ids=["other-folder", "same-folder", "same-folder-without-renameat2"],
)
@pytest.mark.parametrize("step", [1, 2])
def test_interrupted_install_leaves_old_or_new(
    versions: dict[str, Path], pkgdir: Path, new: str, exchange: bool, steps: int, step: int
) -> None:
    """A crash after any rename leaves the old or the new package (for an instant both).

    ``steps`` is how many renames (or exchanges) replacing 1.0 by ``new`` takes.
    """
    packages.install_package(versions["1.0"])
    done = 0
    real_rename, real_exchange = os.rename, packages._exchange

    def after(result: Any) -> Any:
        nonlocal done
        done += result is not False  # an exchange the system refused moved nothing
        if done == step:
            raise Crash
        return result

    def rename(a: str | Path, b: str | Path) -> None:
        if os.path.isdir(a):  # moving a package, not probing the staging folder with a file
            after(real_rename(a, b))
        else:
            real_rename(a, b)

    with pytest.MonkeyPatch.context() as patch:
        if not exchange:
            patch.setattr(packages, "_renameat2", lambda: None)
        patch.setattr(packages.os, "rename", rename)
        patch.setattr(packages, "_exchange", lambda a, b: after(real_exchange(a, b)))
        crashed = False
        try:
            packages.install_package(versions[new])
        except Crash:
            crashed = True
    assert crashed == (step <= steps)
    found = en_uk(pkgdir)
    if not exchange and step == 1:
        assert found == []  # documented: without renameat2 the swap has a gap
    else:
        assert found and {v for _, v in found} <= {"1.0", new}
    packages.install_package(versions[new])  # the next install clears what the crash left
    [(folder, version)] = en_uk(pkgdir)
    assert version == new
    assert listing(pkgdir) == [folder]


def test_leftovers_of_older_installs_are_cleared(versions: dict[str, Path], pkgdir: Path) -> None:
    """Hidden folders an interrupted install left in the packages folder break Argos' listing;
    the next install clears them, but not a download in progress."""
    (pkgdir / ".newsmt-old-abc" / "translate-en_uk-1_0").mkdir(parents=True)
    (pkgdir / ".newsmt-install-xyz").mkdir()
    (pkgdir / ".newsmt-probe-1").write_bytes(b"")
    (pkgdir / ".newsmt-download-1.argosmodel").write_bytes(b"PK")
    with pytest.raises(FileNotFoundError):
        get_installed_packages([pkgdir])
    packages.install_package(versions["1.0"])
    assert listing(pkgdir) == [".newsmt-download-1.argosmodel", "translate-en_uk-1_0"]
    assert en_uk(pkgdir) == [("translate-en_uk-1_0", "1.0")]


def test_stages_inside_the_packages_folder_when_no_sibling_can_be_made(
    versions: dict[str, Path], pkgdir: Path, pause_swap: Pause
) -> None:
    pkgdir.mkdir()
    staging(pkgdir).write_text("in the way", encoding="utf-8")
    inside, release = pause_swap()
    thread = threading.Thread(target=packages.install_package, args=(versions["1.0"],))
    thread.start()
    assert inside.wait(WAIT)
    assert [p.name[:16] for p in pkgdir.iterdir() if p.is_dir()] == [".newsmt-install-"]
    release.set()
    thread.join()
    assert en_uk(pkgdir) == [("translate-en_uk-1_0", "1.0")]
    assert sorted(p.name for p in pkgdir.iterdir()) == [packages.LOCK_NAME, "translate-en_uk-1_0"]
