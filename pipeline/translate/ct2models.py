"""CTranslate2 model folders (NLLB-200, M2M-100, OPUS-MT) installed beside the Argos packages.

``ct2-transformers-converter … --copy_files …`` and ``ct2-opus-mt-converter`` write a
folder holding ``model.bin``, ``config.json``, ``shared_vocabulary.json`` (or
``source_vocabulary.json`` and ``target_vocabulary.json``) and the tokenizer files of the
model's repository.  :func:`install_model` checks such a folder for one ``--family``,
works out which of en/uk/ru it serves and with which tokens, copies it into a staging
folder with newsmt's manifest (``metadata.json``, ``"type": "newsmt-ctranslate2"``, which
Argos Translate skips as it is not a ``translate`` package), loads its tokenizer and model,
and moves it into the packages folder by one rename (or one atomic exchange over the older
install of the same name) under the same lock as package installs.

One installed model serves every direction its manifest lists: per language it names the
token prepended to the source when translating *from* it (NLLB ``rus_Cyrl``, M2M-100
``__ru__``), the token prepended to the source when translating *into* it (multi-target
OPUS-MT ``>>ukr<<``), and the target prefix forced on the decoder (NLLB ``ukr_Cyrl``).
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline import jsonio
from pipeline.errors import ModelError
from pipeline.model import LANGS
from pipeline.translate.packages import (
    _TEMP_PREFIX,
    TEST_MODEL_KEY,
    _clean_leftovers,
    _exchange,
    _exclusive,
    _park,
    _staging_root,
    canonical_code,
    made_packages_dir,
    package_dirs,
    packages_dir,
)

MANIFEST = "metadata.json"
MANIFEST_TYPE = "newsmt-ctranslate2"
MANIFEST_VERSION = 1
#: A file in a folder built by :mod:`pipeline.testmodel`: its weights are random.
TEST_MARKER = "newsmt-test-model.json"
_OPUS_TOKEN = re.compile(r"^>>[A-Za-z_]+<<$")
_SAMPLE = "The mayor said."


@dataclass(frozen=True)
class Family:
    """How one model family is laid out and told which languages to translate."""

    name: str
    title: str
    tokenizers: tuple[tuple[str, ...], ...]
    """Alternative tokenizer file sets: one SentencePiece model, or source and target."""
    lang_tokens: dict[str, str] = field(default_factory=dict)
    """NLLB/M2M-100: the language token of each of en/uk/ru."""
    licence: str = ""
    convert: str = ""


FAMILIES = {
    "nllb": Family(
        "nllb",
        "NLLB-200",
        (("sentencepiece.bpe.model",), ("sentencepiece.model",)),
        {"en": "eng_Latn", "uk": "ukr_Cyrl", "ru": "rus_Cyrl"},
        "CC-BY-NC-4.0",
        "ct2-transformers-converter --model facebook/nllb-200-distilled-600M "
        "--copy_files sentencepiece.bpe.model --quantization int8",
    ),
    "m2m": Family(
        "m2m",
        "M2M-100",
        (("sentencepiece.bpe.model",), ("sentencepiece.model",)),
        {"en": "__en__", "uk": "__uk__", "ru": "__ru__"},
        "MIT",
        "ct2-transformers-converter --model facebook/m2m100_418M "
        "--copy_files sentencepiece.bpe.model --quantization int8",
    ),
    "opus-mt": Family(
        "opus-mt",
        "OPUS-MT",
        (("source.spm", "target.spm"),),
        {},
        "CC-BY-4.0",
        "ct2-transformers-converter --model Helsinki-NLP/opus-mt-tc-big-en-zle "
        "--copy_files source.spm target.spm --quantization int8",
    ),
}
#: ISO 639-3 then 639-1 names of the ``>>xxx<<`` tokens of multi-target OPUS-MT models.
OPUS_LANG_TOKENS = {
    "en": (">>eng<<", ">>en<<"),
    "uk": (">>ukr<<", ">>uk<<"),
    "ru": (">>rus<<", ">>ru<<"),
}


@dataclass(frozen=True)
class LangTokens:
    """The tokens that tell a model one language."""

    source: str = ""
    """Prepended to the source when translating from this language."""
    into: str = ""
    """Prepended to the source when translating into this language (OPUS-MT ``>>ukr<<``)."""
    target_prefix: str = ""
    """Forced first target token when translating into this language."""


@dataclass(frozen=True)
class ModelInfo:
    """An installed CTranslate2 model folder and its manifest."""

    id: str
    family: str
    name: str
    version: str
    licence: str
    path: Path
    size: int
    tokenizer: tuple[str, ...]
    languages: dict[str, LangTokens]
    directions: tuple[tuple[str, str], ...]
    source_suffix: tuple[str, ...] = ()
    test_model: bool = False

    def source_prefix(self, src: str, tgt: str) -> tuple[str, ...]:
        """The tokens put before the source pieces for ``src`` → ``tgt``."""
        return tuple(t for t in (self.languages[src].source, self.languages[tgt].into) if t)

    def specials(self) -> frozenset[str]:
        """Every language token of the manifest (left out of decoded text)."""
        return frozenset(
            t
            for lang in self.languages.values()
            for t in (lang.source, lang.into, lang.target_prefix)
            if t
        )

    def files(self) -> tuple[str, ...]:
        """The files whose size and mtime make the model's digest."""
        vocab = ("shared_vocabulary.json", "source_vocabulary.json", "target_vocabulary.json")
        return ("model.bin", "config.json", *vocab, *self.tokenizer, MANIFEST)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready description."""
        return {
            "id": self.id,
            "family": self.family,
            "name": self.name,
            "version": self.version,
            "licence": self.licence,
            "path": str(self.path),
            "size": self.size,
            "tokenizer": list(self.tokenizer),
            "directions": [f"{a}-{b}" for a, b in self.directions],
            "test_model": self.test_model,
        }


def _bad(where: Path, problem: str, family: str = "FAMILY") -> ModelError:
    return ModelError(
        f"{where}: {problem}; reinstall the model with "
        f"`newsmt models install DIR --family {family}`"
    )


def read_manifest(folder: Path) -> ModelInfo:
    """The :class:`ModelInfo` of the installed ``folder``; a one-line error if it is wrong."""
    where = folder / MANIFEST
    try:
        data = jsonio.loads(where.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise _bad(where, f"unreadable manifest ({exc})") from None
    if not isinstance(data, dict) or data.get("type") != MANIFEST_TYPE:
        raise _bad(where, f"not a newsmt model manifest (type {MANIFEST_TYPE!r} expected)")
    family = data.get("family")
    if family not in FAMILIES:
        raise _bad(where, f"unknown family {family!r} (use one of {', '.join(FAMILIES)})")
    if data.get("manifest_version") != MANIFEST_VERSION:
        raise _bad(where, f"manifest_version {data.get('manifest_version')!r} is not 1", family)
    try:
        tokenizer = tuple(_strings(data["tokenizer"], "tokenizer"))
        suffix = tuple(_strings(data.get("source_suffix", []), "source_suffix"))
        languages = {}
        for lang, tokens in data["language_tokens"].items():
            if lang not in LANGS or not isinstance(tokens, dict):
                raise ValueError(f"language {lang!r} is not one of {', '.join(LANGS)}")
            fields = {k: tokens.get(k, "") for k in ("source", "into", "target_prefix")}
            if set(tokens) - set(fields) or not all(isinstance(v, str) for v in fields.values()):
                raise ValueError(f"the tokens of {lang} are malformed")
            languages[lang] = LangTokens(**fields)
        directions = tuple(_direction(d) for d in _strings(data["directions"], "directions"))
        if any(Path(name).name != name for name in tokenizer):
            raise ValueError("tokenizer must name files of the model folder")
        text = {k: data[k] for k in ("name", "version", "licence")}
    except (KeyError, AttributeError, IndexError, TypeError, ValueError) as exc:
        problem = f"missing {exc}" if isinstance(exc, KeyError) else str(exc)
        raise _bad(where, f"malformed manifest: {problem}", family) from None
    for src, tgt in directions:
        if src not in languages or tgt not in languages or src == tgt:
            raise _bad(where, f"direction {src}-{tgt} is not between its languages", family)
    if not all(isinstance(v, str) and v for v in text.values()) or not tokenizer:
        raise _bad(where, "name, version, licence and tokenizer must be non-empty", family)
    for name in ("model.bin", "config.json", *tokenizer):
        if not (folder / name).is_file():
            raise _bad(folder / name, "missing", family)
    return ModelInfo(
        id=folder.name,
        family=family,
        name=text["name"],
        version=text["version"],
        licence=text["licence"],
        path=folder,
        size=sum(p.stat().st_size for p in folder.iterdir() if p.is_file()),
        tokenizer=tokenizer,
        languages=languages,
        directions=directions,
        source_suffix=suffix,
        test_model=data.get(TEST_MODEL_KEY) is True,
    )


def _direction(text: str) -> tuple[str, str]:
    parts = text.split("-")
    if len(parts) != 2:
        raise ValueError(f"direction {text!r} is not SRC-TGT")
    return parts[0], parts[1]


def _strings(value: Any, what: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"{what} must be a list of strings")
    return value


def is_model_folder(folder: Path) -> bool:
    """Whether ``folder`` holds a newsmt manifest (a quick look at its type only)."""
    try:
        data = jsonio.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("type") == MANIFEST_TYPE


def installed_models() -> list[ModelInfo]:
    """Every installed model folder, sorted by family then folder name.

    A folder whose manifest is wrong is a one-line :class:`ModelError`.
    """
    found = []
    for root in package_dirs():
        if not root.is_dir():
            continue
        for child in sorted(root.iterdir()):
            if child.name.startswith(".") or not child.is_dir() or not is_model_folder(child):
                continue
            found.append(read_manifest(child))
    return sorted(found, key=lambda m: (m.family, m.id))


# ---------------------------------------------------------------------------
# Reading a converter-written folder


def _vocabularies(folder: Path) -> tuple[list[str], list[str]]:
    """The source and target vocabularies CTranslate2 wrote (JSON, or older text files)."""

    def load(stem: str) -> list[str] | None:
        for suffix in (".json", ".txt"):
            path = folder / f"{stem}{suffix}"
            if not path.is_file():
                continue
            try:
                if suffix == ".json":
                    tokens = jsonio.loads(path.read_text(encoding="utf-8"))
                else:
                    tokens = path.read_text(encoding="utf-8").splitlines()
            except (OSError, ValueError) as exc:
                raise ModelError(
                    f"{path}: unreadable vocabulary ({exc}); convert the model again"
                ) from None
            if not isinstance(tokens, list) or not all(isinstance(t, str) for t in tokens):
                raise ModelError(f"{path}: not a list of tokens; convert the model again")
            return tokens
        return None

    shared = load("shared_vocabulary")
    if shared is not None:
        return shared, shared
    source, target = load("source_vocabulary"), load("target_vocabulary")
    if source is None or target is None:
        raise ModelError(
            f"{folder}: no shared_vocabulary.json (or source_ and target_vocabulary.json); "
            "give the folder a CTranslate2 converter wrote"
        )
    return source, target


def _config(folder: Path) -> dict[str, Any]:
    path = folder / "config.json"
    try:
        config = jsonio.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{path}: unreadable ({exc}); convert the model again") from None
    if not isinstance(config, dict):
        raise ModelError(f"{path}: not a JSON object; convert the model again")
    return config


def _languages(
    folder: Path,
    family: Family,
    vocab: tuple[list[str], list[str]],
    sources: list[str] | None,
    targets: list[str] | None,
) -> tuple[dict[str, LangTokens], list[tuple[str, str]]]:
    """The languages ``folder`` serves, their tokens and the directions to install."""
    source_vocab, target_vocab = set(vocab[0]), set(vocab[1])
    languages: dict[str, LangTokens] = {}
    if family.lang_tokens:
        for lang, token in family.lang_tokens.items():
            if token in source_vocab and token in target_vocab:
                languages[lang] = LangTokens(source=token, target_prefix=token)
        served = list(languages)
        if len(served) < 2:
            wanted = ", ".join(family.lang_tokens.values())
            raise ModelError(
                f"{folder}: the vocabulary lacks the {family.title} language tokens ({wanted}); "
                f"is this really a {family.name} model?"
            )
        sources, targets = sources or served, targets or served
        for lang in (*sources, *targets):
            if lang not in languages:
                raise ModelError(
                    f"{folder}: the vocabulary has no {family.lang_tokens[lang]} token, so the "
                    f"model does not serve {lang}; leave {lang} out of --from/--to"
                )
    else:
        if not sources or not targets:
            raise ModelError(
                f"{folder}: an {family.title} folder does not say its languages; "
                "give --from and --to (e.g. --from en --to uk,ru)"
            )
        multi = any(_OPUS_TOKEN.match(t) for t in source_vocab)
        if not multi and len(targets) > 1:
            raise ModelError(
                f"{folder}: the vocabulary has no >>xxx<< target tokens, so this OPUS-MT model "
                "translates into one language; give one --to"
            )
        for lang in dict.fromkeys([*sources, *targets]):
            into = ""
            if multi and lang in targets:
                into = next((t for t in OPUS_LANG_TOKENS[lang] if t in source_vocab), "")
                if not into:
                    raise ModelError(
                        f"{folder}: a multi-target model without a "
                        f"{' or '.join(OPUS_LANG_TOKENS[lang])} token; it cannot translate into "
                        f"{lang}, leave it out of --to"
                    )
            languages[lang] = LangTokens(into=into)
    directions = [(a, b) for a, b in itertools.product(sources, targets) if a != b]
    if not directions:
        raise ModelError(f"{folder}: --from and --to leave no direction to translate")
    used = {lang for pair in directions for lang in pair}
    return {k: v for k, v in languages.items() if k in used}, directions


def _tokenizer_files(folder: Path, family: Family) -> tuple[str, ...]:
    for files in family.tokenizers:
        if all((folder / name).is_file() for name in files):
            return files
    wanted = " or ".join(" and ".join(files) for files in family.tokenizers)
    raise ModelError(
        f"{folder}: {wanted} is missing; copy the tokenizer from the model's repository "
        f"(`{family.convert}`)"
    )


def _codes(values: tuple[str, ...]) -> list[str] | None:
    """``("en", "uk,ru")`` → ``["en", "uk", "ru"]`` (None when nothing is given)."""
    codes = [canonical_code(c) for v in values for c in v.split(",") if c.strip()]
    for code in codes:
        if code not in LANGS:
            raise ModelError(f"unknown language {code!r}: use {', '.join(LANGS)}")
    return list(dict.fromkeys(codes)) or None


def build_manifest(
    folder: Path,
    family_name: str,
    *,
    sources: tuple[str, ...] = (),
    targets: tuple[str, ...] = (),
    name: str | None = None,
    version: str = "1",
    licence: str | None = None,
) -> dict[str, Any]:
    """Check the converter-written ``folder`` for ``family_name``; return its manifest."""
    if family_name not in FAMILIES:
        raise ModelError(f"unknown model family {family_name!r}: use {', '.join(FAMILIES)}")
    family = FAMILIES[family_name]
    if not folder.is_dir():
        raise ModelError(f"{folder}: no such folder; give the folder a CTranslate2 converter wrote")
    if (folder / "model" / "model.bin").is_file() and (folder / "metadata.json").is_file():
        raise ModelError(
            f"{folder}: an unpacked Argos package; install its .argosmodel file instead"
        )
    if not (folder / "model.bin").is_file():
        raise ModelError(
            f"{folder}: model.bin is missing; give the folder a CTranslate2 converter wrote"
        )
    _check_model_bin(folder / "model.bin")
    config = _config(folder)
    vocab = _vocabularies(folder)
    tokenizer = _tokenizer_files(folder, family)
    languages, directions = _languages(folder, family, vocab, _codes(sources), _codes(targets))
    eos = config.get("eos_token") or "</s>"
    suffix = [] if config.get("add_source_eos") else [eos]
    for token in [*suffix, *(t for lang in languages.values() for t in vars(lang).values() if t)]:
        if token not in vocab[0] and token not in vocab[1]:
            raise ModelError(f"{folder}: the token {token} is not in the vocabulary")
    marker = folder / TEST_MARKER
    return {
        "type": MANIFEST_TYPE,
        "manifest_version": MANIFEST_VERSION,
        "family": family.name,
        "name": name or folder.resolve().name,
        "version": version,
        "licence": licence or family.licence,
        "tokenizer": list(tokenizer),
        "source_suffix": suffix,
        "language_tokens": {
            lang: {k: v for k, v in vars(tokens).items() if v} for lang, tokens in languages.items()
        },
        "directions": [f"{a}-{b}" for a, b in directions],
        TEST_MODEL_KEY: marker.is_file(),
    }


def _check_model_bin(path: Path) -> None:
    with path.open("rb") as handle:
        head = handle.read(4)
    if len(head) < 4 or not 1 <= int.from_bytes(head, "little") <= 100:
        raise ModelError(f"{path}: not a CTranslate2 model; convert the model again")


def _folder_name(name: str) -> str:
    cleaned = re.sub(r"[^\w.+-]+", "-", name).strip("-.")
    if not cleaned:
        raise ModelError(f"{name!r} makes no folder name; give --name")
    return cleaned


# ---------------------------------------------------------------------------
# Installing and removing


def check_loads(folder: Path, info: ModelInfo) -> None:
    """Load the tokenizer and the model of ``folder`` and decode a few tokens per direction."""
    import ctranslate2

    from pipeline.translate.argos import resolve_compute_type
    from pipeline.translate.tokenizers import SentencePieceTokenizer

    pieces = SentencePieceTokenizer(*(folder / f for f in info.tokenizer)).encode([_SAMPLE])[0]
    try:
        translator = ctranslate2.Translator(
            str(folder), device="cpu", compute_type=resolve_compute_type("auto", "cpu")
        )
        for src, tgt in info.directions:
            prefix = info.languages[tgt].target_prefix
            translator.translate_batch(
                [[*info.source_prefix(src, tgt), *pieces[:4], *info.source_suffix]],
                target_prefix=[[prefix]] if prefix else None,
                beam_size=1,
                max_decoding_length=2,
            )
    except (OSError, RuntimeError, ValueError) as exc:
        raise ModelError(
            f"{folder}: CTranslate2 cannot run this model ({exc}); convert it again"
        ) from None


def install_model(
    folder: str | os.PathLike[str],
    family: str,
    *,
    sources: tuple[str, ...] = (),
    targets: tuple[str, ...] = (),
    name: str | None = None,
    version: str = "1",
    licence: str | None = None,
) -> ModelInfo:
    """Check, copy and install the CTranslate2 model ``folder``; return the installed model.

    An installed model of the same name is replaced atomically; a folder of that name
    that is not a newsmt model is never touched.
    """
    source = Path(folder)
    manifest = build_manifest(
        source,
        family,
        sources=sources,
        targets=targets,
        name=name,
        version=version,
        licence=licence,
    )
    final_name = _folder_name(name or source.resolve().name)
    dest_root = made_packages_dir()
    final = dest_root / final_name
    with _exclusive(dest_root):
        if os.path.lexists(final) and not is_model_folder(final):
            raise ModelError(
                f"{final} exists and is not a newsmt model; give the model another --name"
            )
        staging_root = _staging_root(dest_root)
        _clean_leftovers(dest_root, staging_root)
        staging = Path(tempfile.mkdtemp(prefix=f"{_TEMP_PREFIX}install-", dir=staging_root))
        try:
            new = staging / final_name
            new.mkdir()
            _copy(source, new)
            (new / MANIFEST).write_text(
                json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
            )
            check_loads(new, read_manifest(new))
            _swap(new, final, staging_root)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return read_manifest(final)


def _copy(source: Path, dest: Path) -> None:
    """Copy the regular files at the top of ``source`` (converter output is flat)."""
    for path in sorted(source.iterdir()):
        if path.name.startswith(".") or path.name == MANIFEST or not path.is_file():
            continue
        try:
            shutil.copyfile(path, dest / path.name)
        except OSError as exc:
            raise ModelError(f"cannot copy {path}: {exc.strerror}") from None


def _swap(new: Path, final: Path, staging_root: Path) -> None:
    """Move ``new`` to ``final``: one rename, or one atomic exchange with the older install."""
    hold = None
    try:
        if not os.path.lexists(final):
            os.rename(new, final)
        elif _exchange(new, final):
            hold = new  # the old model, now at ``new``, goes with the staging folder
        else:
            hold = _park(final, staging_root)
            try:
                os.rename(new, final)
            except OSError:
                os.rename(hold / final.name, final)
                raise
    except OSError as exc:
        raise ModelError(f"cannot install into {final}: {exc.strerror}") from None
    finally:
        if hold is not None and hold != new:
            shutil.rmtree(hold, ignore_errors=True)


def remove_model(model_id: str) -> ModelInfo:
    """Remove the installed model folder ``model_id``; return it."""
    dest_root = packages_dir()
    folder = dest_root / model_id
    with _exclusive(dest_root):
        if "/" in model_id or not is_model_folder(folder):
            raise ModelError(
                f"no model {model_id!r} is installed in {dest_root}; see `newsmt models list`"
            )
        info = read_manifest(folder)
        staging_root = _staging_root(dest_root)
        _clean_leftovers(dest_root, staging_root)
        try:
            hold = _park(folder, staging_root)
        except OSError as exc:
            raise ModelError(f"cannot remove {folder}: {exc.strerror}") from None
        shutil.rmtree(hold, ignore_errors=True)
    return info
