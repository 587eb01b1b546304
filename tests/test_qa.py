"""Regression tests for bugs found by using newsmt as its users do (QA pass)."""

from __future__ import annotations

import pytest
from glossary_helpers import load_glossary

from pipeline.glossary import Glossary
from pipeline.glossary.enforce import enforce_sentence


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
    return load_glossary(tmp_path_factory.mktemp("glossary"))


@pytest.mark.parametrize("src", ["uk", "ru"])
def test_enforce_into_english_fixes_a_misspelled_name(glossary: Glossary, src: str) -> None:
    # English has no pymorphy3 dictionary: looking for a rendering must not ask for one.
    source = {"uk": "Зеленський прибув до Києва.", "ru": "Зеленский прибыл в Киев."}[src]
    new, hits = enforce_sentence(source, "Zelenskyy arrived in Kiev.", src, "en", glossary)
    assert new == "Zelensky arrived in Kyiv."
    assert {h.status for h in hits} == {"fixed"}
