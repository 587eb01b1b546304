"""CTranslate2 model folders (NLLB-200, M2M-100, OPUS-MT) and BPE Argos packages.

Tiny random-weight models in each converter layout are built by ``pipeline.testmodel``,
installed through the real installer and decoded through the real engine. Their output
is noise: these tests check the tokens CTranslate2 receives, routes, records and errors,
never translation quality.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import ModelError
from pipeline.testmodel import build_argosmodel, build_ct2_folder
from pipeline.translate import ct2models
from pipeline.translate.argos import ArgosEngine, ArgosOptions
from pipeline.translate.cache import TranslationCache
from pipeline.translate.ct2engine import model_engines
from pipeline.translate.packages import install_package
from pipeline.translate.routes import RouteRunner, build_engines, plan_route
from pipeline.translate.tokenizers import BPETokenizer

pytest_plugins = ["engine_helpers"]
cli_models = importlib.import_module("pipeline.cli.models")

SMALL = ArgosOptions(max_decoding_length=8, beam_size=2)
RU = ["Городской совет утвердил новый бюджет.", "Сильный дождь затопил улицы ночью."]
EN = ["The council approved the budget.", "Rain flooded the streets overnight."]


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """``folders("nllb")``: a tiny converter-style folder of that layout (int8), built once."""
    root = tmp_path_factory.mktemp("ct2")
    built: dict[str, Path] = {}

    def get(layout: str) -> Path:
        if layout not in built:
            built[layout] = build_ct2_folder(root / f"{layout}-tiny", layout, quantization="int8")
        return built[layout]

    return get


class Recorder:
    """Wraps ``ctranslate2.Translator``: keeps what every ``translate_batch`` call received."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import ctranslate2

        self.calls: list[dict[str, Any]] = []
        real = ctranslate2.Translator
        recorder = self

        class Recording:
            def __init__(self, path: str, **kw: Any) -> None:
                self._inner = real(path, **kw)

            def translate_batch(self, source: list[list[str]], **kw: Any) -> Any:
                recorder.calls.append({"source": source, **kw})
                return self._inner.translate_batch(source, **kw)

        monkeypatch.setattr(ctranslate2, "Translator", Recording)

    def sources(self) -> list[list[str]]:
        return [s for call in self.calls for s in call["source"]]

    def prefixes(self) -> list[list[str] | None]:
        out: list[list[str] | None] = []
        for call in self.calls:
            out.extend(call["target_prefix"] or [None] * len(call["source"]))
        return out


def vocabulary(folder: Path, side: str = "shared") -> list[str]:
    return json.loads((folder / f"{side}_vocabulary.json").read_text(encoding="utf-8"))


def test_the_contract_from_outside(
    folders: Callable[[str], Path], newsmt_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """install DIR --family nllb; routes shows ru→uk on it; translate records that route."""
    folder = folders("nllb")
    assert {"eng_Latn", "rus_Cyrl", "ukr_Cyrl"} <= set(vocabulary(folder))
    assert json.loads((folder / "config.json").read_text())["decoder_start_token"] == "</s>"
    assert (folder / "sentencepiece.bpe.model").is_file()
    runner = CliRunner()
    result = runner.invoke(main, ["models", "install", str(folder), "--family", "nllb"])
    assert result.exit_code == 0, result.output
    assert "installed nllb 1 (nllb-tiny)" in result.output and "TEST MODEL" in result.output

    from argostranslate.package import get_installed_packages

    argos_listing = get_installed_packages([newsmt_env / "packages"])
    assert [p.type for p in argos_listing] == ["newsmt-ctranslate2"]  # not "translate": skipped

    monkeypatch.setattr(cli_models, "_apertium_pairs", lambda: {("ru", "uk"), ("uk", "ru")})
    result = runner.invoke(main, ["models", "routes"])
    lines = dict(line.split("  ", 1) for line in result.output.splitlines())
    assert lines["ru→uk"].startswith("direct nllb (nllb-tiny)")
    assert lines["ru→uk"].index("direct nllb") < lines["ru→uk"].index("apertium")
    assert all(lines[d].startswith("direct nllb") for d in ("en→uk", "uk→en", "en→ru", "ru→en"))

    story = newsmt_env / "story.txt"
    story.write_text("\n\n".join(RU) + "\n", encoding="utf-8")
    args = ["translate", str(story), "--from", "ru", "--to", "uk", "--out", str(newsmt_env / "out")]
    refused = runner.invoke(main, [*args, "--max-length", "8"])
    assert refused.exit_code == 2 and "TEST MODEL" in refused.output
    result = runner.invoke(
        main, [*args, "--max-length", "8", "--allow-test-model", "--export", "tmx"]
    )
    assert result.exit_code == 0, result.output
    tmx = (newsmt_env / "out" / "story.tmx").read_text(encoding="utf-8")
    assert ">nllb<" in tmx and ">nllb:nllb-tiny@1<" in tmx  # provenance in the export
    record = json.loads((newsmt_env / "out" / "story.json").read_text(encoding="utf-8"))
    route = record["routes"]["uk"]
    assert route == {
        "route": ["ru", "uk"],
        "engine": "nllb",
        "models": ["nllb:nllb-tiny@1"],
        "test_model": True,
    }
    translation = record["articles"][0]["translations"]["uk"]
    assert translation["engine"] == "nllb" and translation["test_model"] is True
    assert "[TEST MODEL: output is noise, not a translation]" in result.output


def test_nllb_tokens_reach_ctranslate2(
    folders: Callable[[str], Path], newsmt_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = folders("nllb")
    ct2models.install_model(folder, "nllb")
    recorder = Recorder(monkeypatch)
    (engine,) = model_engines(SMALL)
    out = engine.translate(RU, "ru", "uk")
    assert len(out) == 2 and all(out)
    vocab = vocabulary(folder)
    ids = [[vocab.index(token) for token in source] for source in recorder.sources()]
    assert all(i[0] == vocab.index("rus_Cyrl") and i[-1] == vocab.index("</s>") for i in ids)
    assert all(vocab.index("ukr_Cyrl") not in i for i in ids)
    assert recorder.prefixes() == [["ukr_Cyrl"], ["ukr_Cyrl"]]
    assert "ukr_Cyrl" not in " ".join(out)  # the forced prefix is not part of the text
    engine.translate(EN, "en", "ru")
    assert [s[0] for s in recorder.sources()[2:]] == ["eng_Latn", "eng_Latn"]
    assert recorder.prefixes()[2:] == [["rus_Cyrl"], ["rus_Cyrl"]]


def test_m2m_tokens_reach_ctranslate2(
    folders: Callable[[str], Path], newsmt_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ct2models.install_model(folders("m2m"), "m2m", sources=("en",), targets=("uk",))
    recorder = Recorder(monkeypatch)
    (engine,) = model_engines(SMALL)
    assert engine.pairs() == {("en", "uk")}
    assert all(engine.translate(EN, "en", "uk"))
    assert all(s[0] == "__en__" and s[-1] == "</s>" for s in recorder.sources())
    assert recorder.prefixes() == [["__uk__"], ["__uk__"]]


def test_opus_mt_with_separate_source_and_target_sentencepiece(
    folders: Callable[[str], Path], newsmt_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = folders("opus-mt")
    info = ct2models.install_model(folder, "opus-mt", sources=("en",), targets=("uk",))
    assert info.directions == (("en", "uk"),) and info.licence == "CC-BY-4.0"
    recorder = Recorder(monkeypatch)
    (engine,) = model_engines(SMALL)
    out = engine.translate(EN, "en", "uk")
    assert len(out) == 2 and all(out)
    source_vocab = set(vocabulary(folder, "source"))
    # ct2-opus-mt-converter sets add_source_eos: CTranslate2 adds </s>, newsmt must not.
    assert all(set(s) <= source_vocab and "</s>" not in s for s in recorder.sources())
    assert recorder.prefixes() == [None, None]
    tokenizer = engine._direction("en", "uk").processor
    target_vocab = vocabulary(folder, "target")
    assert tokenizer.target is not tokenizer.source
    assert tokenizer.target.get_piece_size() == len(target_vocab)


def test_multi_target_opus_mt_gets_its_target_token(
    folders: Callable[[str], Path], newsmt_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ct2models.install_model(
        folders("opus-mt-multi"), "opus-mt", sources=("en",), targets=("uk,ru",)
    )
    recorder = Recorder(monkeypatch)
    (engine,) = model_engines(SMALL)
    assert engine.pairs() == {("en", "uk"), ("en", "ru")}
    engine.translate(EN[:1], "en", "uk")
    engine.translate(EN[:1], "en", "ru")
    into_uk, into_ru = recorder.sources()
    assert into_uk[0] == ">>ukr<<" and into_ru[0] == ">>rus<<"
    assert into_uk[1:] == into_ru[1:] and into_uk[-1] == "</s>"
    assert recorder.prefixes() == [None, None]


def test_multilingual_model_serves_ru_uk_directly_and_caches_per_direction(
    folders: Callable[[str], Path], newsmt_env: Path, install: Callable[..., Any]
) -> None:
    ct2models.install_model(folders("nllb"), "nllb")
    install("ru-en", "en-uk")  # an Argos pivot exists too
    engines = build_engines("auto", SMALL)
    route = plan_route("ru", "uk", engines)
    assert route.langs == ["ru", "uk"] and route.engine == "nllb"
    assert plan_route("ru", "uk", build_engines("argos", SMALL)).langs == ["ru", "en", "uk"]
    opus_only = pytest.raises(ModelError, match="no OPUS-MT model is installed")
    with opus_only:
        build_engines("opus-mt", SMALL)

    sentence = ["The council approved the budget."]
    into_uk = plan_route("en", "uk", engines)
    into_ru = plan_route("en", "ru", engines)
    assert into_uk.models == into_ru.models == ["nllb:nllb-tiny@1"]
    with TranslationCache() as cache:
        uk, ru = RouteRunner(cache=cache).run([(into_uk, sentence), (into_ru, sentence)])
        assert uk != ru  # one model, two directions: never one cache entry for both
        assert len(cache) == 2
        runner = RouteRunner(cache=cache)
        assert runner.run([(into_uk, sentence), (into_ru, sentence)]) == [uk, ru]
        assert [hop.cached for hop in runner.stats] == [1, 1]


def test_engine_option_chooses_the_family(folders: Callable[[str], Path], newsmt_env: Path) -> None:
    ct2models.install_model(folders("nllb"), "nllb")
    ct2models.install_model(folders("opus-mt"), "opus-mt", sources=("en",), targets=("uk",))
    assert plan_route("en", "uk", build_engines("auto", SMALL)).engine == "opus-mt"
    assert plan_route("en", "uk", build_engines("nllb", SMALL)).engine == "nllb"
    with pytest.raises(ModelError, match="opus-mt cannot translate ru→uk"):
        plan_route("ru", "uk", build_engines("opus-mt", SMALL))


def test_bpe_argos_package_is_decoded(
    tmp_path: Path, newsmt_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = install_package(
        build_argosmodel(tmp_path / "bpe.argosmodel", "en", "uk", tokenizer="bpe")
    )
    assert package.tokenizer == "bpe"
    recorder = Recorder(monkeypatch)
    out = ArgosEngine(SMALL).translate(EN, "en", "uk")
    assert len(out) == 2 and all(out)
    vocab = set(vocabulary(package.model_dir))
    sources = recorder.sources()
    assert all(set(s) <= vocab for s in sources)
    assert any(t.endswith("@@") for s in sources for t in s)  # subwords, as Argos makes them
    tokenizer = BPETokenizer(package.tokenizer_path, "en", "en")
    text = 'The mayor\'s "new" bridge costs 13 percent more.'
    assert tokenizer.decode(tokenizer.encode([text])) == [text]


def test_wrong_manifest_is_a_one_line_error(
    folders: Callable[[str], Path], newsmt_env: Path
) -> None:
    info = ct2models.install_model(folders("nllb"), "nllb")
    manifest = info.path / "metadata.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["directions"].append("ru-xx")
    manifest.write_text(json.dumps(data), encoding="utf-8")
    result = CliRunner().invoke(main, ["models", "list"])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert str(manifest) in result.output and "ru-xx" in result.output
    assert "newsmt models install DIR --family nllb" in result.output
    del data["language_tokens"]
    manifest.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelError, match="malformed manifest: missing 'language_tokens'"):
        ct2models.installed_models()


@pytest.mark.parametrize(
    ("layout", "args", "message"),
    [
        ("nllb", ["--family", "m2m"], "lacks the M2M-100 language tokens"),
        ("opus-mt", ["--family", "opus-mt"], "give --from and --to"),
        ("opus-mt", ["--family", "opus-mt", "--from", "en", "--to", "uk,ru"], "give one --to"),
        (
            "opus-mt-multi",
            ["--family", "opus-mt", "--from", "en", "--to", "be"],
            "unknown language",
        ),
        (
            "opus-mt",
            ["--family", "nllb"],
            "sentencepiece.bpe.model or sentencepiece.model is missing",
        ),
        ("nllb", [], "is a folder: give its model family"),
    ],
)
def test_wrong_folder_is_a_one_line_error(
    folders: Callable[[str], Path], newsmt_env: Path, layout: str, args: list[str], message: str
) -> None:
    result = CliRunner().invoke(main, ["models", "install", str(folders(layout)), *args])
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and message in result.output
    assert not (newsmt_env / "packages").exists() or ct2models.installed_models() == []


def test_a_broken_folder_never_replaces_a_working_model(
    folders: Callable[[str], Path], newsmt_env: Path, tmp_path: Path
) -> None:
    good = ct2models.install_model(folders("nllb"), "nllb", name="news")
    broken = tmp_path / "broken"
    broken.mkdir()
    for path in folders("nllb").iterdir():
        (broken / path.name).write_bytes(path.read_bytes())
    model = broken / "model.bin"
    model.write_bytes(model.read_bytes()[:4096])  # a download that broke off
    with pytest.raises(ModelError, match="CTranslate2 cannot run this model"):
        ct2models.install_model(broken, "nllb", name="news")
    (installed,) = ct2models.installed_models()
    assert installed == good
    staging = newsmt_env / ".packages.newsmt-staging"
    assert not staging.exists() or list(staging.iterdir()) == []


def test_reinstall_replaces_and_remove_deletes(
    folders: Callable[[str], Path], newsmt_env: Path
) -> None:
    first = ct2models.install_model(folders("nllb"), "nllb", name="news", version="1")
    second = ct2models.install_model(
        folders("nllb"), "nllb", name="news", version="2", sources=("ru",), targets=("uk",)
    )
    assert second.path == first.path and second.directions == (("ru", "uk"),)
    assert [m.version for m in ct2models.installed_models()] == ["2"]
    clash = newsmt_env / "packages" / "clash"
    clash.mkdir()
    with pytest.raises(ModelError, match="is not a newsmt model; give the model another --name"):
        ct2models.install_model(folders("nllb"), "nllb", name="clash")
    result = CliRunner().invoke(main, ["models", "remove", "news"])
    assert result.exit_code == 0 and "removed nllb 2 (news)" in result.output
    assert ct2models.installed_models() == [] and clash.is_dir()


def test_a_package_never_swaps_over_a_model_folder_of_the_same_name(
    folders: Callable[[str], Path], newsmt_env: Path, tmp_path: Path
) -> None:
    """An .argosmodel whose top folder is named like an installed model folder is refused."""
    good = ct2models.install_model(folders("nllb"), "nllb", name="translate-en_uk-test")
    archive = build_argosmodel(tmp_path / "en_uk.argosmodel", "en", "uk")
    with pytest.raises(ModelError, match="holds a model folder installed with --family"):
        install_package(archive)
    (installed,) = ct2models.installed_models()
    assert installed == good
