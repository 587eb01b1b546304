"""`models install` never replaces a working package with a broken one, and never touches
another direction (issue 14, item 4)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from packages_helpers import variant

from pipeline.cli import main
from pipeline.testmodel import build_package_dir
from pipeline.translate import packages


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_package_dir(tmp_path_factory.mktemp("base") / "translate-en_uk-test", "en", "uk")


@pytest.fixture
def installed(base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A packages folder holding a working en→uk package; returns its folder."""
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "packages"))
    info = packages.install_package(variant(base, tmp_path / "good.argosmodel"))
    return info.path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def install(archive: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["models", "install", str(archive)])
    return result.exit_code, result.output


BROKEN = {
    "random sentencepiece.model": {"replace": {"sentencepiece.model": os.urandom(4096)}},
    "corrupt model.bin": {
        "replace": {"model/model.bin": (6).to_bytes(4, "little") + os.urandom(4096)}
    },
    "no vocabulary": {"drop": ("model/shared_vocabulary.json",)},
    "no config": {"drop": ("model/config.json",)},
}


@pytest.mark.parametrize("change", list(BROKEN.values()), ids=list(BROKEN))
def test_a_broken_package_never_replaces_the_working_one(
    base: Path, installed: Path, tmp_path: Path, change: dict
) -> None:
    before = snapshot(installed)
    archive = variant(base, tmp_path / "broken.argosmodel", version="9.9", **change)
    code, output = install(archive)
    assert code == 2, output
    assert output.startswith(f"newsmt: error: {archive}:") and output.count("\n") == 1
    assert snapshot(installed) == before
    (found,) = packages.installed_packages()
    assert found.path == installed


def test_a_package_named_like_another_direction_leaves_that_direction_alone(
    base: Path, installed: Path, tmp_path: Path
) -> None:
    before = snapshot(installed)
    clash = variant(
        base, tmp_path / "uk_en.argosmodel", top=installed.name, from_code="uk", to_code="en"
    )
    code, output = install(clash)
    assert code == 2, output
    assert "en→uk" in output and output.count("\n") == 1
    assert snapshot(installed) == before
    assert [(p.from_code, p.to_code) for p in packages.installed_packages()] == [("en", "uk")]


@pytest.mark.parametrize(
    ("codes", "words"),
    [
        (("en", "en"), "same language"),
        (("en", "xx"), "'xx'"),
        (("en", "../uk"), "'../uk'"),
        (("en/x", "uk"), "'en/x'"),
    ],
)
def test_codes_newsmt_cannot_use_are_refused(
    base: Path, installed: Path, tmp_path: Path, codes: tuple[str, str], words: str
) -> None:
    before = snapshot(installed)
    archive = variant(
        base, tmp_path / "odd.argosmodel", top="odd", from_code=codes[0], to_code=codes[1]
    )
    code, output = install(archive)
    assert code == 2, output
    assert words in output and output.count("\n") == 1
    assert snapshot(installed) == before
    assert not (installed.parent / "odd").exists()
