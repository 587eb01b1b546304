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
import itertools
import json
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict, Unpack

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


def _transformer_spec(
    size: Size, vocab: list[str], seed: int, target_vocab: list[str] | None = None
) -> object:
    """A CTranslate2 Transformer spec with every weight drawn from a seeded RNG.

    ``target_vocab`` (default: ``vocab``) gives the model separate target tokens.
    """
    from ctranslate2.specs import common_spec, transformer_spec

    spec = transformer_spec.TransformerSpec.from_config(size.layers, size.heads)
    rng = np.random.default_rng(seed)
    target_vocab = vocab if target_vocab is None else target_vocab
    d, v, tv = size.d_model, len(vocab), len(target_vocab)

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

    spec.decoder.embeddings.weight = rand(tv, d, scale=d**-0.5)
    for layer in spec.decoder.layer:
        attention(layer.self_attention, cross=False)
        attention(layer.attention, cross=True)
        ffn(layer.ffn)
    norm(spec.decoder.layer_norm)
    linear(spec.decoder.projection, tv, d)

    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(target_vocab)
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


def _dims(size: str) -> Size:
    """The dimensions of a test model ``size`` (a key of :data:`SIZES`)."""
    if size not in SIZES:
        raise ValueError(f"unknown test model size {size!r}; use one of {', '.join(SIZES)}")
    return SIZES[size]


class PackageOptions(TypedDict, total=False):
    """The keyword arguments of :func:`build_package_dir` that :func:`build_argosmodel`
    passes on."""

    text: str | Path | Iterable[str] | None
    vocab_size: int | None
    quantization: str | None
    tokenizer: str


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
    tokenizer: str = "sentencepiece",
) -> Path:
    """Write an unpacked test package (metadata, ``model/``, tokenizer) into ``dest``.

    ``text`` trains the tokenizer (a path, a string, or lines; default: built-in
    sentences); ``vocab_size`` overrides the size's vocabulary; ``quantization`` is passed to
    CTranslate2 (``None`` keeps float32); ``tokenizer`` is ``"sentencepiece"`` or ``"bpe"``
    (Moses + subword-nmt codes in ``bpe.model``, like Argos' OPUS-MT conversions). ``dest``
    must not exist yet. Returns ``dest``.
    """
    dims = _dims(size)
    lines = list(_text_lines(text))
    if tokenizer == "bpe":
        codes, vocab = learn_bpe(lines, from_code, (vocab_size or dims.vocab) // 2)
        files = {"bpe.model": codes.encode("utf-8")}
    elif tokenizer == "sentencepiece":
        sp_model = train_sentencepiece(lines, vocab_size or dims.vocab)
        vocab, files = _pieces(sp_model), {"sentencepiece.model": sp_model}
    else:
        raise ValueError(f"unknown tokenizer {tokenizer!r}; use sentencepiece or bpe")
    spec = _transformer_spec(dims, vocab, seed)
    spec.validate()
    spec.optimize(quantization=quantization)
    dest.mkdir(parents=True)
    (dest / "model").mkdir()
    spec.save(str(dest / "model"))
    for name, data in files.items():
        (dest / name).write_bytes(data)
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
    **options: Unpack[PackageOptions],
) -> Path:
    """Build a TEST ``.argosmodel`` (random weights: output is noise) and return its path.

    ``out`` is the file to write if it ends in ``.argosmodel``, otherwise a folder that
    receives ``translate-<from>_<to>-test.argosmodel``. ``size`` is ``"tiny"`` (fast, for
    tests) or ``"bench"`` (Transformer-base dimensions, for speed measurements); see
    :func:`build_package_dir` for the other arguments.
    """
    out = Path(out)
    bpe = options.get("tokenizer") == "bpe"
    top = f"translate-{from_code}_{to_code}-test{'-bpe' if bpe else ''}"
    archive = out if out.suffix == ".argosmodel" else out / f"{top}.argosmodel"
    with tempfile.TemporaryDirectory(prefix="newsmt-testmodel-") as tmp:
        folder = build_package_dir(Path(tmp) / top, from_code, to_code, size, seed, **options)
        return zip_package_dir(folder, archive)


def learn_bpe(lines: Iterable[str], lang: str, merges: int) -> tuple[str, list[str]]:
    """Learn subword-nmt BPE codes (format 0.2) on Moses-tokenized ``lines``.

    Returns the codes file text and the vocabulary of every token the codes produce on
    ``lines`` plus each character alone and with ``@@`` (so any text of these characters
    is covered) and the special tokens.
    """
    from argostranslate.apply_bpe import BPE
    from sacremoses import MosesPunctNormalizer, MosesTokenizer

    normalizer, tokenizer = MosesPunctNormalizer(lang), MosesTokenizer(lang)
    tokenized = [tokenizer.tokenize(normalizer.normalize(line)) for line in lines if line.strip()]
    counts: dict[tuple[str, ...], int] = {}
    for words in tokenized:
        for word in words:
            key = (*word[:-1], word[-1] + "</w>")
            counts[key] = counts.get(key, 0) + 1
    codes: list[tuple[str, str]] = []
    for _ in range(merges):
        pairs: dict[tuple[str, str], int] = {}
        for symbols, n in counts.items():
            for pair in itertools.pairwise(symbols):
                pairs[pair] = pairs.get(pair, 0) + n
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))
        if pairs[best] < 2:
            break
        codes.append(best)
        merged: dict[tuple[str, ...], int] = {}
        for symbols, n in counts.items():
            out: list[str] = []
            i = 0
            while i < len(symbols):
                if i + 1 < len(symbols) and (symbols[i], symbols[i + 1]) == best:
                    out.append(symbols[i] + symbols[i + 1])
                    i += 2
                else:
                    out.append(symbols[i])
                    i += 1
            merged[tuple(out)] = merged.get(tuple(out), 0) + n
        counts = merged
    text = "#version: 0.2\n" + "".join(f"{a} {b}\n" for a, b in codes)
    bpe = BPE(io.StringIO(text))
    vocab = dict.fromkeys(["<unk>", "<s>", "</s>"])
    for words in tokenized:
        vocab.update(dict.fromkeys(bpe.segment_tokens(words)))
    chars = sorted({c for words in tokenized for w in words for c in w})
    vocab.update(dict.fromkeys(t for c in chars for t in (c, c + "@@")))
    return text, list(vocab)


# ---------------------------------------------------------------------------
# CTranslate2 model folders as the converters write them

#: ``layout`` → (language tokens in the vocabulary, tokenizer file names, add_source_eos).
CT2_LAYOUTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {
    "nllb": (("eng_Latn", "rus_Cyrl", "ukr_Cyrl"), ("sentencepiece.bpe.model",), False),
    "m2m": (("__en__", "__ru__", "__uk__"), ("sentencepiece.model",), False),
    "opus-mt": ((), ("source.spm", "target.spm"), True),
    "opus-mt-multi": ((">>eng<<", ">>rus<<", ">>ukr<<"), ("source.spm", "target.spm"), False),
}


def build_ct2_folder(
    dest: Path,
    layout: str,
    size: str = "tiny",
    seed: int = 0,
    *,
    text: str | Path | Iterable[str] | None = None,
    quantization: str | None = None,
) -> Path:
    """Write a TEST CTranslate2 model folder laid out as a converter writes ``layout``.

    ``nllb``: ``shared_vocabulary.json`` holding ``eng_Latn``, ``rus_Cyrl``, ``ukr_Cyrl``,
    ``config.json`` with decoder_start_token ``</s>``, ``sentencepiece.bpe.model``;
    ``m2m``: the same with ``__en__`` … and ``sentencepiece.model``; ``opus-mt``: separate
    ``source.spm``/``target.spm`` and source/target vocabularies, ``add_source_eos`` (as
    ``ct2-opus-mt-converter`` writes it); ``opus-mt-multi``: one shared vocabulary with
    ``>>eng<<``, ``>>rus<<``, ``>>ukr<<``. Random weights: the output is noise, and
    :data:`TEST_MARKER` says so. ``dest`` must not exist yet. Returns ``dest``.
    """
    from pipeline.translate.ct2models import TEST_MARKER

    dims = _dims(size)
    if layout not in CT2_LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; use one of {', '.join(CT2_LAYOUTS)}")
    tokens, tokenizer_files, add_source_eos = CT2_LAYOUTS[layout]
    lines = list(_text_lines(text))
    source_model = train_sentencepiece(lines, dims.vocab)
    target_model = source_model
    if layout == "opus-mt":
        target_model = train_sentencepiece(lines, dims.vocab * 3 // 4)
    vocab = [*_pieces(source_model), *tokens]
    target_vocab = vocab if target_model is source_model else _pieces(target_model)
    spec = _transformer_spec(dims, vocab, seed, target_vocab)
    spec.config.decoder_start_token = "</s>"
    spec.config.add_source_eos = add_source_eos
    spec.validate()
    spec.optimize(quantization=quantization)
    dest.mkdir(parents=True)
    spec.save(str(dest))
    for name, model in zip(tokenizer_files, (source_model, target_model), strict=False):
        (dest / name).write_bytes(model)
    marker = {TEST_MODEL_KEY: True, "layout": layout, "size": size, "seed": seed}
    (dest / TEST_MARKER).write_text(json.dumps(marker) + "\n", encoding="utf-8")
    (dest / "README.md").write_text(
        f"# newsmt TEST MODEL ({layout} layout)\n\n"
        f"Built by pipeline/testmodel.py (size {size}, seed {seed}). Random weights: its output\n"
        "is noise. It exists to test and benchmark the pipeline, never to translate.\n",
        encoding="utf-8",
    )
    return dest
