"""Installing, listing, removing and downloading Argos model packages."""

from __future__ import annotations

import hashlib
import importlib
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from packages_helpers import deflated, free_port, serve, symlink_entry, variant, with_entries

from pipeline.cli import main
from pipeline.errors import ModelError
from pipeline.testmodel import build_argosmodel, build_package_dir
from pipeline.translate import packages
from pipeline.translate.download import download_package

# ``pipeline.cli.models`` the attribute is the click group; this is the module.
cli_models = importlib.import_module("pipeline.cli.models")


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny en→uk test package, unpacked (built once for the module)."""
    root = tmp_path_factory.mktemp("base")
    return build_package_dir(root / "translate-en_uk-test", "en", "uk")


@pytest.fixture(scope="module")
def good(base: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny en→uk test package as an .argosmodel."""
    return variant(base, tmp_path_factory.mktemp("good") / "en_uk.argosmodel")


@pytest.fixture
def pkgdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty packages folder, selected through ARGOS_PACKAGES_DIR."""
    folder = tmp_path / "packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    return folder


def entries(folder: Path) -> list[str]:
    """What a packages folder holds (its install lock file aside)."""
    if not folder.exists():
        return []
    return sorted(p.name for p in folder.iterdir() if p.name != packages.LOCK_NAME)


def staged(folder: Path) -> list[str]:
    """What the hidden staging sibling of a packages folder holds."""
    return entries(folder.parent / f".{folder.name}.newsmt-staging")


def test_packages_dir_read_at_call_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "a"))
    assert packages.packages_dir() == tmp_path / "a"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "b"))
    assert packages.package_dirs() == [tmp_path / "b"]


def test_install_good_package(good: Path, pkgdir: Path) -> None:
    info = packages.install_package(good)
    assert (info.from_code, info.to_code, info.test_model) == ("en", "uk", True)
    assert info.path == pkgdir / "translate-en_uk-test"
    assert info.model_dir.joinpath("model.bin").is_file()
    assert info.tokenizer == "sentencepiece" and info.tokenizer_path.is_file()
    assert info.size > 0
    assert entries(pkgdir) == ["translate-en_uk-test"]  # no temporary folders left
    assert staged(pkgdir) == []
    assert packages.installed_packages() == [info]
    assert packages.find_package("en", "ua") == info
    assert packages.find_package("uk", "en") is None


def test_argos_sees_installed_package(good: Path, pkgdir: Path) -> None:
    from argostranslate.package import get_installed_packages

    packages.install_package(good)
    [found] = get_installed_packages([pkgdir])
    assert (found.from_code, found.to_code) == ("en", "uk")


def test_install_replaces_same_direction(base: Path, good: Path, pkgdir: Path) -> None:
    packages.install_package(good)
    newer = variant(
        base, pkgdir.parent / "new.argosmodel", top="translate-en_uk-2_0", package_version="2.0"
    )
    info = packages.install_package(newer)
    assert info.version == "2.0"
    assert entries(pkgdir) == ["translate-en_uk-2_0"]
    assert packages.install_package(newer).version == "2.0"
    assert entries(pkgdir) == ["translate-en_uk-2_0"]


def test_real_model_preferred_over_test_model(base: Path, pkgdir: Path) -> None:
    pkgdir.mkdir()
    for top, flag in (("a-test", True), ("b-real", None)):
        archive = variant(
            base, pkgdir.parent / f"{top}.argosmodel", top=top, newsmt_test_model=flag
        )
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(pkgdir)
    assert len(packages.installed_packages()) == 2
    assert packages.find_package("en", "uk").id == "b-real"


def test_not_a_zip(tmp_path: Path, pkgdir: Path) -> None:
    bad = tmp_path / "bad.argosmodel"
    bad.write_text("not a zip", encoding="utf-8")
    with pytest.raises(ModelError, match=r"bad\.argosmodel: not an Argos model package"):
        packages.install_package(bad)
    with pytest.raises(ModelError, match="no such file"):
        packages.install_package(tmp_path / "missing.argosmodel")
    assert entries(pkgdir) == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"drop": ("model/model.bin",)}, "model/model.bin is missing"),
        ({"drop": ("metadata.json",)}, "metadata.json is missing"),
        ({"drop": ("sentencepiece.model",)}, "sentencepiece.model"),
        ({"to_code": None}, "metadata.json has no to_code"),
        ({"type": "sbd"}, "not a translation model"),
        ({"replace": {"metadata.json": b"{oops"}}, "metadata.json is not valid JSON"),
        ({"replace": {"model/model.bin": b"\0\0\0\0garbage"}}, "not a CTranslate2 model"),
    ],
)
def test_incomplete_or_corrupt_package(
    base: Path, pkgdir: Path, change: dict, message: str
) -> None:
    archive = variant(base, pkgdir.parent / "broken.argosmodel", **change)
    with pytest.raises(ModelError, match=message) as caught:
        packages.install_package(archive)
    assert str(caught.value).startswith(str(archive))
    assert "\n" not in str(caught.value)
    assert [n for n in entries(pkgdir) if not n.startswith(".")] == []
    assert all(not n.startswith(".newsmt-") for n in entries(pkgdir))
    assert staged(pkgdir) == []


@pytest.mark.parametrize(
    "name", ["../evil.txt", "translate-en_uk-test/../../evil.txt", "/tmp/evil.txt", "C:/evil.txt"]
)
def test_path_escape_refused(good: Path, tmp_path: Path, pkgdir: Path, name: str) -> None:
    archive = with_entries(good, tmp_path / "escape.argosmodel", [(name, b"owned")])
    with pytest.raises(ModelError, match="unsafe path"):
        packages.install_package(archive)
    assert not (tmp_path / "evil.txt").exists()
    assert entries(pkgdir) == []


def test_symlink_refused(good: Path, tmp_path: Path, pkgdir: Path) -> None:
    archive = with_entries(
        good,
        tmp_path / "link.argosmodel",
        [symlink_entry("translate-en_uk-test/link", "/etc/passwd")],
    )
    with pytest.raises(ModelError, match="refused symlink"):
        packages.install_package(archive)
    assert entries(pkgdir) == []


def test_two_top_folders_refused(good: Path, tmp_path: Path, pkgdir: Path) -> None:
    archive = with_entries(good, tmp_path / "two.argosmodel", [("other/file.txt", b"x")])
    with pytest.raises(ModelError, match="2 top folders"):
        packages.install_package(archive)


def test_zip_bomb_and_size_cap(
    good: Path, tmp_path: Path, pkgdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = (deflated("translate-en_uk-test/zeros.bin"), bytes(8 * 1024**2))
    bomb = with_entries(good, tmp_path / "bomb.argosmodel", [entry])
    with pytest.raises(ModelError, match="zip bomb"):
        packages.install_package(bomb)
    monkeypatch.setattr(packages, "MAX_TOTAL_BYTES", 1000)
    with pytest.raises(ModelError, match="over the"):
        packages.install_package(good)
    assert entries(pkgdir) == []


def test_many_small_entries_bomb(good: Path, tmp_path: Path, pkgdir: Path) -> None:
    zeros = bytes(1024**2)
    extra = [(deflated(f"translate-en_uk-test/z{n}.bin"), zeros) for n in range(70)]
    bomb = with_entries(good, tmp_path / "many.argosmodel", extra)
    with pytest.raises(ModelError, match="zip bomb"):
        packages.install_package(bomb)
    assert entries(pkgdir) == []


def test_macos_resource_folder_ignored(good: Path, tmp_path: Path, pkgdir: Path) -> None:
    archive = with_entries(
        good,
        tmp_path / "mac.argosmodel",
        [("__MACOSX/translate-en_uk-test/._metadata.json", b"junk")],
    )
    info = packages.install_package(archive)
    assert entries(pkgdir) == [info.id]


def test_remove(good: Path, pkgdir: Path) -> None:
    packages.install_package(good)
    removed = packages.remove_package("en", "uk")
    assert removed.id == "translate-en_uk-test"
    assert entries(pkgdir) == []
    with pytest.raises(ModelError, match="no en→uk package is installed"):
        packages.remove_package("en", "uk")


def test_cli_install_list_remove(good: Path, pkgdir: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["models", "list"])
    assert result.exit_code == 0 and "no model packages" in result.output

    result = runner.invoke(main, ["models", "install", str(good)])
    assert result.exit_code == 0, result.output
    assert "installed en→uk" in result.output and "TEST MODEL" in result.output

    result = runner.invoke(main, ["models", "list"])
    assert result.exit_code == 0
    [line] = result.output.splitlines()
    assert line.startswith("en→uk") and "TEST MODEL" in line
    assert str(pkgdir / "translate-en_uk-test") in line

    result = runner.invoke(main, ["models", "list", "--format", "json"])
    data = json.loads(result.output)
    assert data["packages_dir"] == str(pkgdir)
    assert [(p["from_code"], p["to_code"], p["test_model"]) for p in data["packages"]] == [
        ("en", "uk", True)
    ]

    result = runner.invoke(main, ["models", "remove", "en", "ua"])
    assert result.exit_code == 0 and "removed en→uk" in result.output
    assert entries(pkgdir) == []


def test_cli_errors_are_one_line(tmp_path: Path, pkgdir: Path) -> None:
    bad = tmp_path / "bad.argosmodel"
    bad.write_bytes(b"PK\x03\x04 truncated")
    result = CliRunner().invoke(main, ["models", "install", str(bad)])
    assert result.exit_code == 2
    assert result.output.startswith("newsmt: error: ") and result.output.count("\n") == 1
    result = CliRunner().invoke(main, ["models", "remove", "en", "xx"])
    assert result.exit_code == 2


def test_routes(base: Path, pkgdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for src, tgt in (("en", "uk"), ("uk", "en"), ("ru", "en")):
        archive = variant(
            base,
            pkgdir.parent / f"{src}{tgt}.argosmodel",
            top=f"translate-{src}_{tgt}-test",
            from_code=src,
            to_code=tgt,
        )
        packages.install_package(archive)
    monkeypatch.setattr(cli_models, "_apertium_pairs", lambda: set())
    result = CliRunner().invoke(main, ["models", "routes", "--format", "json"])
    assert result.exit_code == 0, result.output
    table = {(d["from_code"], d["to_code"]): d for d in json.loads(result.output)}
    assert len(table) == 6
    assert table["en", "uk"]["direct"] == "translate-en_uk-test"
    assert table["ru", "uk"]["pivot"] == ["translate-ru_en-test", "translate-en_uk-test"]
    assert table["uk", "ru"]["available"] is False
    assert table["en", "ru"]["available"] is False

    monkeypatch.setattr(cli_models, "_apertium_pairs", lambda: {("uk", "ru"), ("ru", "uk")})
    result = CliRunner().invoke(main, ["models", "routes"])
    lines = dict(line.split("  ", 1) for line in result.output.splitlines())
    assert lines["uk→ru"] == "apertium (rule-based)"
    assert lines["en→ru"].startswith("unavailable: run `newsmt models download en ru`")
    assert "via en" in lines["ru→uk"] and "apertium" in lines["ru→uk"]


# ---------------------------------------------------------------------------
# Downloads from a server on 127.0.0.1


def write_index(folder: Path, entries_: list[dict]) -> None:
    (folder / "index.json").write_text(json.dumps(entries_), encoding="utf-8")


@pytest.fixture
def site(good: Path, tmp_path: Path) -> Path:
    """A folder served over HTTP: an index with en→uk (relative link) and the package."""
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "en_uk.argosmodel").write_bytes(good.read_bytes())
    write_index(
        folder,
        [
            {
                "from_code": "en",
                "to_code": "uk",
                "package_version": "0.0",
                "links": ["en_uk.argosmodel"],
                "sha256": hashlib.sha256(good.read_bytes()).hexdigest(),
            },
            {
                "from_code": "en",
                "to_code": "ru",
                "package_version": "1.0",
                "links": ["missing.argosmodel"],
            },
            {
                "from_code": "uk",
                "to_code": "en",
                "package_version": "1.0",
                "links": ["en_uk.argosmodel"],
                "sha256": "0" * 64,
            },
        ],
    )
    return folder


def test_download_installs(site: Path, pkgdir: Path) -> None:
    with serve(site) as url:
        info = download_package("en", "uk", url + "index.json", timeout=10, progress=False)
    assert (info.from_code, info.to_code) == ("en", "uk")
    assert entries(pkgdir) == ["translate-en_uk-test"]


def test_download_cli(site: Path, pkgdir: Path) -> None:
    with serve(site) as url:
        result = CliRunner().invoke(
            main, ["models", "download", "en", "ua", "--index", url + "index.json"]
        )
    assert result.exit_code == 0, result.output
    assert "installed en→uk" in result.output
    assert packages.find_package("en", "uk") is not None


def test_download_errors(site: Path, pkgdir: Path) -> None:
    with serve(site) as url:
        with pytest.raises(ModelError, match="HTTP 404"):
            download_package("en", "ru", url + "index.json", timeout=10, progress=False)
        with pytest.raises(ModelError, match="HTTP 404"):
            download_package("en", "uk", url + "nothing.json", timeout=10, progress=False)
        with pytest.raises(ModelError, match="offers no ru→uk package"):
            download_package("ru", "uk", url + "index.json", timeout=10, progress=False)
        with pytest.raises(ModelError, match="checksum mismatch"):
            download_package("uk", "en", url + "index.json", timeout=10, progress=False)
        with pytest.raises(ModelError, match="not a JSON package index"):
            download_package("en", "uk", url + "en_uk.argosmodel", timeout=10, progress=False)
    assert entries(pkgdir) == []


def test_download_offline(pkgdir: Path) -> None:
    index = f"http://127.0.0.1:{free_port()}/index.json"
    result = CliRunner().invoke(main, ["models", "download", "en", "uk", "--index", index])
    assert result.exit_code == 2
    assert f"cannot reach {index}" in result.output
    assert "newsmt models install FILE" in result.output
    with pytest.raises(ModelError, match="only http"):
        download_package("en", "uk", "file:///etc/passwd", progress=False)


def test_download_all_installs_the_four_english_pairs(tmp_path: Path, pkgdir: Path) -> None:
    folder = tmp_path / "site-all"
    folder.mkdir()
    index = []
    for src, tgt in (("en", "uk"), ("uk", "en"), ("en", "ru"), ("ru", "en")):
        name = f"{src}_{tgt}.argosmodel"
        build_argosmodel(folder / name, src, tgt)
        index.append({"from_code": src, "to_code": tgt, "package_version": "0.0", "links": [name]})
    write_index(folder, index)
    with serve(folder) as url:
        result = CliRunner().invoke(
            main, ["models", "download", "--all", "--index", url + "index.json"]
        )
    assert result.exit_code == 0, result.output
    assert result.output.count("installed ") == 4
    assert {(p.from_code, p.to_code) for p in packages.installed_packages()} == {
        ("en", "uk"), ("uk", "en"), ("en", "ru"), ("ru", "en")
    }


@pytest.mark.parametrize("args", [[], ["en"], ["--all", "en", "uk"]])
def test_download_needs_a_pair_or_all(args: list[str], pkgdir: Path) -> None:
    result = CliRunner().invoke(main, ["models", "download", *args])
    assert result.exit_code == 2
    assert "give FROM and TO, or --all" in result.output
