"""The test-model builder makes valid, deterministic Argos packages."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import ctranslate2
import pytest
import sentencepiece as spm

from pipeline.testmodel import TEST_MODEL_KEY, build_argosmodel


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The tiny en→uk model as a zip and unpacked."""
    root = tmp_path_factory.mktemp("testmodel")
    archive = build_argosmodel(root / "en_uk.argosmodel", "en", "uk")
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(root / "unpacked")
    return archive, root / "unpacked" / "translate-en_uk-test"


def test_layout_is_argos(built: tuple[Path, Path]) -> None:
    archive, _ = built
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
    assert {name.split("/")[0] for name in names} == {"translate-en_uk-test"}
    for member in (
        "metadata.json",
        "sentencepiece.model",
        "README.md",
        "model/model.bin",
        "model/config.json",
        "model/shared_vocabulary.json",
    ):
        assert f"translate-en_uk-test/{member}" in names


def test_metadata_marks_test_model(built: tuple[Path, Path]) -> None:
    _, folder = built
    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    assert meta["from_code"] == "en" and meta["to_code"] == "uk"
    assert meta["type"] == "translate"
    assert meta[TEST_MODEL_KEY] is True
    assert "TEST MODEL" in meta["name"]


def test_ctranslate2_translates_sentencepiece_tokens(built: tuple[Path, Path]) -> None:
    _, folder = built
    sp = spm.SentencePieceProcessor(model_file=str(folder / "sentencepiece.model"))
    vocab = json.loads((folder / "model" / "shared_vocabulary.json").read_text("utf-8"))
    assert vocab == [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    translator = ctranslate2.Translator(str(folder / "model"), device="cpu")
    tokens = sp.encode("The council approved the budget.", out_type=str)
    result = translator.translate_batch([tokens], max_decoding_length=12, beam_size=1)
    hypothesis = result[0].hypotheses[0]
    assert hypothesis
    assert set(hypothesis) <= set(vocab)


def test_argostranslate_recognises_package(built: tuple[Path, Path]) -> None:
    from argostranslate.package import Package
    from argostranslate.tokenizer import SentencePieceTokenizer

    _, folder = built
    package = Package(folder)
    assert (package.from_code, package.to_code) == ("en", "uk")
    assert isinstance(package.tokenizer, SentencePieceTokenizer)


def test_deterministic_and_seeded(built: tuple[Path, Path], tmp_path: Path) -> None:
    archive, _ = built
    again = build_argosmodel(tmp_path, "en", "uk")
    assert again.name == "translate-en_uk-test.argosmodel"
    assert again.read_bytes() == archive.read_bytes()
    other = build_argosmodel(tmp_path / "seed1.argosmodel", "en", "uk", seed=1)
    with zipfile.ZipFile(archive) as a, zipfile.ZipFile(other) as b:
        name = "translate-en_uk-test/model/model.bin"
        assert hashlib.sha256(a.read(name)).digest() != hashlib.sha256(b.read(name)).digest()


def test_custom_text_and_vocab(tmp_path: Path) -> None:
    text = tmp_path / "train.txt"
    text.write_text("Київ і Харків.\nMoscow and Kyiv.\n" * 20, encoding="utf-8")
    archive = build_argosmodel(tmp_path / "m.argosmodel", "uk", "en", text=text, vocab_size=40)
    with zipfile.ZipFile(archive) as zf:
        vocab = json.loads(zf.read("translate-uk_en-test/model/shared_vocabulary.json"))
    assert len(vocab) <= 40
    assert "<unk>" in vocab and "</s>" in vocab


def test_unknown_size(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="tiny"):
        build_argosmodel(tmp_path, "en", "uk", size="huge")
