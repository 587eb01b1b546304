"""Fixtures for the engine and translate tests: tiny test models installed for real."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pipeline.testmodel import build_argosmodel
from pipeline.translate.argos import ArgosEngine
from pipeline.translate.packages import PackageInfo, install_package

Installer = Callable[..., list[PackageInfo]]


@pytest.fixture(scope="session")
def model_files(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, str], Path]:
    """Build each tiny ``.argosmodel`` once per session (a different seed per direction)."""
    folder = tmp_path_factory.mktemp("argosmodels")
    built: dict[tuple[str, str], Path] = {}

    def get(src: str, tgt: str) -> Path:
        if (src, tgt) not in built:
            seed = sum(map(ord, src + tgt))
            built[(src, tgt)] = build_argosmodel(
                folder / f"{src}_{tgt}.argosmodel", src, tgt, seed=seed
            )
        return built[(src, tgt)]

    return get


@pytest.fixture
def newsmt_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Empty package and cache folders in ``tmp_path`` (nothing of the user's is touched)."""
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "packages"))
    monkeypatch.setenv("NEWSMT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path


@pytest.fixture
def install(newsmt_env: Path, model_files: Callable[[str, str], Path]) -> Installer:
    """``install("en-uk", "uk-en")``: install tiny models through the real installer."""

    def run(*directions: str) -> list[PackageInfo]:
        return [install_package(model_files(*d.split("-"))) for d in directions]

    return run


@pytest.fixture
def translate_story(newsmt_env: Path, install: Installer) -> Callable[[str, str], str]:
    """``translate_story("story.html", text)``: ``text`` written as that file in the test's
    folder and translated en→uk by ``newsmt translate`` with a test model (exit code 0 or
    1); returns the translation it wrote (``story.uk.html``)."""
    from click.testing import CliRunner

    from pipeline.cli import main

    install("en-uk")

    def run(name: str, text: str) -> str:
        story = newsmt_env / name
        story.write_text(text, encoding="utf-8")
        result = CliRunner().invoke(
            main, ["translate", "--allow-test-model", "--from", "en", "--to", "uk", str(story)]
        )
        assert result.exit_code in (0, 1), result.output
        return story.with_name(f"{story.stem}.uk{story.suffix}").read_text(encoding="utf-8")

    return run


class DecodeCounter:
    """Counts the sentences :class:`ArgosEngine` sends to CTranslate2 and keeps their text
    (SentencePiece pieces joined back)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.sentences = 0
        self.texts: list[str] = []
        original = ArgosEngine._decode

        def counting(engine: ArgosEngine, direction: Any, tokens: list, progress: Any) -> Any:
            self.sentences += len(tokens)
            self.texts.extend("".join(t).replace("\u2581", " ").strip() for t in tokens)
            return original(engine, direction, tokens, progress)

        monkeypatch.setattr(ArgosEngine, "_decode", counting)


@pytest.fixture
def decode_counter(monkeypatch: pytest.MonkeyPatch) -> DecodeCounter:
    """A :class:`DecodeCounter` installed for the test."""
    return DecodeCounter(monkeypatch)
