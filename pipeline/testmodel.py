"""Build TEST translation models: valid Argos packages whose output is noise.

:func:`build_argosmodel` writes a ``.argosmodel`` zip laid out exactly like a real Argos
Translate package (one top folder with ``metadata.json``, a CTranslate2 ``model/`` and a
``sentencepiece.model``), but its Transformer holds seeded random weights. It exists so the
engine, the package manager and the benchmarks can run end to end without a real model.
It is never a translation model: its metadata says ``"newsmt_test_model": true`` and
``newsmt models list`` shows it as a TEST MODEL.

A random-weight model rarely predicts the end-of-sentence token, so its outputs usually run
to the decoder's ``max_decoding_length``; that is deliberate (it is the worst case for speed).

Output is deterministic: the same arguments give a byte-identical file.
"""

from __future__ import annotations

import io
import json
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

TEST_MODEL_KEY = "newsmt_test_model"
LANG_NAMES = {"en": "English", "uk": "Ukrainian", "ru": "Russian"}
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Size:
    """Transformer dimensions and the SentencePiece vocabulary size of a test model."""

    layers: int
    d_model: int
    heads: int
    ffn: int
    vocab: int


SIZES = {
    "tiny": Size(layers=2, d_model=32, heads=2, ffn=64, vocab=320),
    # Transformer-base, the architecture of the Argos en↔uk/ru packages.
    "bench": Size(layers=6, d_model=512, heads=8, ffn=2048, vocab=8000),
}

# Training text for the tiny SentencePiece model: invented news-like sentences.
BUILTIN_TEXT = """\
The city council approved the new budget on Tuesday after a long debate.
Heavy rain flooded several streets in the northern district overnight.
The minister said the talks would continue next week in Geneva.
Farmers expect a smaller grain harvest because of the dry summer.
The national bank kept its key interest rate unchanged at 13 percent.
Rescue teams worked through the night to clear the damaged bridge.
A new railway line will connect the port with the capital by 2027.
The festival attracted more than forty thousand visitors this year.
Local schools will reopen on Monday after the winter holidays.
Prices for electricity rose by eight percent in the first quarter.
Journalists asked the mayor about delays in the repair of the hospital.
The football team won the match three to one in front of a full stadium.
Міська рада ухвалила новий бюджет у вівторок після тривалих дебатів.
Сильний дощ затопив кілька вулиць у північному районі вночі.
Міністр заявив, що переговори продовжаться наступного тижня в Женеві.
Фермери очікують меншого врожаю зерна через посушливе літо.
Національний банк зберіг облікову ставку на рівні 13 відсотків.
Рятувальники працювали всю ніч, щоб розчистити пошкоджений міст.
Нова залізнична лінія з'єднає порт зі столицею до 2027 року.
Фестиваль цього року відвідали понад сорок тисяч гостей.
Місцеві школи відновлять навчання в понеділок після зимових канікул.
Ціни на електроенергію зросли на вісім відсотків у першому кварталі.
Журналісти запитали мера про затримки з ремонтом лікарні.
Футбольна команда виграла матч з рахунком три один на повному стадіоні.
Городской совет утвердил новый бюджет во вторник после долгих дебатов.
Сильный дождь затопил несколько улиц в северном районе ночью.
Министр заявил, что переговоры продолжатся на следующей неделе в Женеве.
Фермеры ожидают меньшего урожая зерна из-за засушливого лета.
Национальный банк сохранил учётную ставку на уровне 13 процентов.
Спасатели работали всю ночь, чтобы расчистить повреждённый мост.
Новая железнодорожная линия соединит порт со столицей к 2027 году.
Фестиваль в этом году посетили более сорока тысяч гостей.
Местные школы возобновят занятия в понедельник после зимних каникул.
Цены на электроэнергию выросли на восемь процентов в первом квартале.
Журналисты спросили мэра о задержках с ремонтом больницы.
Футбольная команда выиграла матч со счётом три один на полном стадионе.
"""


def train_sentencepiece(lines: Iterable[str], vocab_size: int) -> bytes:
    """Train a unigram SentencePiece model on ``lines``; return the serialized model.

    Single-threaded and fed from memory, so the result depends only on ``lines``.
    """
    import sentencepiece as spm

    writer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter([line for line in lines if line.strip()]),
        model_writer=writer,
        model_type="unigram",
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        character_coverage=1.0,
        num_threads=1,
        input_sentence_size=200_000,
        shuffle_input_sentence=False,
        minloglevel=2,
    )
    return writer.getvalue()


def _pieces(model: bytes) -> list[str]:
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_proto=model)
    return [processor.id_to_piece(i) for i in range(processor.get_piece_size())]


def _text_lines(text: str | Path | Iterable[str] | None) -> Iterator[str]:
    if text is None:
        yield from BUILTIN_TEXT.splitlines()
    elif isinstance(text, Path):
        with text.open(encoding="utf-8") as handle:
            for line in handle:
                yield line.rstrip("\n")
    elif isinstance(text, str):
        yield from text.splitlines()
    else:
        for item in text:
            if isinstance(item, Path):
                yield from _text_lines(item)
            else:
                yield item


def _transformer_spec(size: Size, vocab: list[str], seed: int) -> object:
    """A CTranslate2 Transformer spec with every weight drawn from a seeded RNG."""
    from ctranslate2.specs import common_spec, transformer_spec

    spec = transformer_spec.TransformerSpec.from_config(size.layers, size.heads)
    rng = np.random.default_rng(seed)
    d, v = size.d_model, len(vocab)

    def rand(*shape: int, scale: float) -> np.ndarray:
        return (rng.standard_normal(shape, dtype=np.float32) * scale).astype(np.float32)

    def norm(ln: common_spec.LayerNormSpec) -> None:
        ln.gamma = 1.0 + rand(d, scale=0.05)
        ln.beta = rand(d, scale=0.05)

    def linear(lin: common_spec.LinearSpec, out_dim: int, in_dim: int) -> None:
        lin.weight = rand(out_dim, in_dim, scale=in_dim**-0.5)
        lin.bias = rand(out_dim, scale=0.02)

    def attention(att: object, cross: bool) -> None:
        norm(att.layer_norm)
        if cross:
            linear(att.linear[0], d, d)  # query
            linear(att.linear[1], 2 * d, d)  # fused key and value
        else:
            linear(att.linear[0], 3 * d, d)  # fused query, key and value
        linear(att.linear[-1], d, d)

    def ffn(layer_ffn: object) -> None:
        norm(layer_ffn.layer_norm)
        linear(layer_ffn.linear_0, size.ffn, d)
        linear(layer_ffn.linear_1, d, size.ffn)

    spec.encoder.embeddings[0].weight = rand(v, d, scale=d**-0.5)
    for layer in spec.encoder.layer:
        attention(layer.self_attention, cross=False)
        ffn(layer.ffn)
    norm(spec.encoder.layer_norm)

    spec.decoder.embeddings.weight = rand(v, d, scale=d**-0.5)
    for layer in spec.decoder.layer:
        attention(layer.self_attention, cross=False)
        attention(layer.attention, cross=True)
        ffn(layer.ffn)
    norm(spec.decoder.layer_norm)
    linear(spec.decoder.projection, v, d)

    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    return spec


def _metadata(from_code: str, to_code: str, size_name: str, seed: int) -> dict[str, object]:
    return {
        "package_version": "0.0",
        "argos_version": "1.0",
        "from_code": from_code,
        "from_name": LANG_NAMES.get(from_code, from_code),
        "to_code": to_code,
        "to_name": LANG_NAMES.get(to_code, to_code),
        "type": "translate",
        "links": [],
        "name": f"TEST MODEL {from_code}->{to_code} (random weights, output is noise)",
        TEST_MODEL_KEY: True,
        "newsmt_test_size": size_name,
        "newsmt_test_seed": seed,
    }


def _readme(from_code: str, to_code: str, size_name: str, seed: int) -> str:
    return (
        f"# newsmt TEST MODEL {from_code} -> {to_code}\n\n"
        f"Built by pipeline/testmodel.py (size {size_name}, seed {seed}). The Transformer has\n"
        "random weights: its output is noise. It exists to test and benchmark the pipeline\n"
        "and must never be used to translate anything.\n"
    )


def build_package_dir(
    dest: Path,
    from_code: str,
    to_code: str,
    size: str = "tiny",
    seed: int = 0,
    *,
    text: str | Path | Iterable[str] | None = None,
    vocab_size: int | None = None,
    quantization: str | None = None,
) -> Path:
    """Write an unpacked test package (metadata, ``model/``, SentencePiece) into ``dest``.

    ``text`` trains the SentencePiece model (a path, a string, or lines; default: built-in
    sentences); ``vocab_size`` overrides the size's vocabulary; ``quantization`` is passed to
    CTranslate2 (``None`` keeps float32). ``dest`` must not exist yet. Returns ``dest``.
    """
    if size not in SIZES:
        raise ValueError(f"unknown test model size {size!r}; use one of {', '.join(SIZES)}")
    dims = SIZES[size]
    sp_model = train_sentencepiece(_text_lines(text), vocab_size or dims.vocab)
    spec = _transformer_spec(dims, _pieces(sp_model), seed)
    spec.validate()
    spec.optimize(quantization=quantization)
    dest.mkdir(parents=True)
    (dest / "model").mkdir()
    spec.save(str(dest / "model"))
    (dest / "sentencepiece.model").write_bytes(sp_model)
    metadata = _metadata(from_code, to_code, size, seed)
    (dest / "metadata.json").write_text(
        json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (dest / "README.md").write_text(_readme(from_code, to_code, size, seed), encoding="utf-8")
    return dest


def zip_package_dir(folder: Path, archive: Path) -> Path:
    """Zip ``folder`` as ``archive`` with ``folder.name`` as the one top folder.

    Entries are sorted and carry fixed timestamps and permissions, so the bytes depend
    only on the files' contents.
    """

    def entry(name: str, mode: int) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
        info.external_attr = mode << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        return info

    archive.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(entry(f"{folder.name}/", 0o40755), b"")
        for path in sorted(folder.rglob("*")):
            name = f"{folder.name}/{path.relative_to(folder).as_posix()}"
            if path.is_dir():
                zf.writestr(entry(name + "/", 0o40755), b"")
            else:
                with path.open("rb") as src, zf.open(entry(name, 0o100644), "w") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
    return archive


def build_argosmodel(
    out: Path,
    from_code: str,
    to_code: str,
    size: str = "tiny",
    seed: int = 0,
    *,
    text: str | Path | Iterable[str] | None = None,
    vocab_size: int | None = None,
    quantization: str | None = None,
) -> Path:
    """Build a TEST ``.argosmodel`` (random weights: output is noise) and return its path.

    ``out`` is the file to write if it ends in ``.argosmodel``, otherwise a folder that
    receives ``translate-<from>_<to>-test.argosmodel``. ``size`` is ``"tiny"`` (fast, for
    tests) or ``"bench"`` (Transformer-base dimensions, for speed measurements); see
    :func:`build_package_dir` for the other arguments.
    """
    out = Path(out)
    top = f"translate-{from_code}_{to_code}-test"
    archive = out if out.suffix == ".argosmodel" else out / f"{top}.argosmodel"
    with tempfile.TemporaryDirectory(prefix="newsmt-testmodel-") as tmp:
        folder = build_package_dir(
            Path(tmp) / top,
            from_code,
            to_code,
            size,
            seed,
            text=text,
            vocab_size=vocab_size,
            quantization=quantization,
        )
        return zip_package_dir(folder, archive)
