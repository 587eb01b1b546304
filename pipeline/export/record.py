"""The JSON record of a source file's articles (schema documented in README.md)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, fields, is_dataclass, replace
from functools import reduce
from pathlib import Path
from typing import Any

from pipeline import jsonio
from pipeline.errors import InputError
from pipeline.fsutil import atomic_write_chunks, atomic_write_text
from pipeline.model import (
    HIT_STATUSES,
    SCHEMA_VERSION,
    TRANSLATION_STATUSES,
    Article,
    Markup,
    Paragraph,
    Sentence,
)

INDENT_LIMIT = 1_000_000
"""Records of files with more characters of paragraph text than this are written
compact (no indentation) and streamed by :func:`iter_record`."""
_PIECE = 1 << 16  # characters of a long string, items of a list of plain values, per chunk
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_PLAIN = (str, int, float, bool, type(None))


def dumps(articles: list[Article], **extra: Any) -> str:
    """The record of one source file: ``{"schema_version", "articles": [...], **extra}``."""
    data = {"schema_version": SCHEMA_VERSION, **extra, "articles": [a.to_dict() for a in articles]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def iter_record(articles: list[Article], **extra: Any) -> Iterator[str]:
    """The record :func:`dumps` writes, as compact JSON in pieces of bounded size, built
    from the articles as it goes: neither the whole text nor a dict of every sentence is
    ever held at once."""
    yield from _chunks({"schema_version": SCHEMA_VERSION, **extra, "articles": articles})
    yield "\n"


def _chunks(value: Any) -> Iterator[str]:
    if isinstance(value, Article):
        # Article.to_dict but for the paragraphs, which are encoded as they come.
        data = replace(value, paragraphs=[]).to_dict()
        data.update(paragraphs=value.paragraphs, headline=value.headline)
        yield from _mapping(data.items())
    elif isinstance(value, Paragraph):
        if len(value.text) <= _PIECE:
            yield _ENCODE(value.to_dict())  # a small paragraph in one piece
        else:
            yield from _mapping(value.items())
    elif isinstance(value, Sentence):
        yield _ENCODE(value.to_dict())
    elif isinstance(value, Markup):
        yield _ENCODE(asdict(value))
    elif is_dataclass(value) and not isinstance(value, type):
        yield from _mapping([(f.name, getattr(value, f.name)) for f in fields(value)])
    elif isinstance(value, dict):
        yield from _mapping(value.items())
    elif isinstance(value, list | tuple):
        yield "["
        plain = all(isinstance(item, _PLAIN) for item in value)
        step = _PIECE if plain else 1
        for i in range(0, len(value), step):
            if i:
                yield ","
            if plain:
                yield _ENCODE(value[i : i + step])[1:-1]
            else:
                yield from _chunks(value[i])
        yield "]"
    elif isinstance(value, str) and len(value) > _PIECE:
        yield '"'
        for i in range(0, len(value), _PIECE):
            yield _ENCODE(value[i : i + _PIECE])[1:-1]
        yield '"'
    else:
        yield _ENCODE(value)


def _mapping(items: Iterable[tuple[Any, Any]]) -> Iterator[str]:
    yield "{"
    for n, (key, value) in enumerate(items):
        yield ("," if n else "") + _ENCODE(str(key)) + ":"
        yield from _chunks(value)
    yield "}"


def write_record(path: str | Path, articles: list[Article], **extra: Any) -> None:
    """Write the record atomically: indented, or over :data:`INDENT_LIMIT` characters of
    text, compact and streamed (:func:`iter_record`)."""
    size = sum(len(para.text) for article in articles for para in article.paragraphs)
    if size <= INDENT_LIMIT:
        atomic_write_text(path, dumps(articles, **extra))
    else:
        atomic_write_chunks(path, iter_record(articles, **extra))


def read_record(path: str | Path) -> tuple[list[Article], dict[str, Any]]:
    """Read a record back: its articles and its other top-level fields.

    A record of a newer ``schema_version`` than this newsmt writes is refused
    (:class:`InputError`): its fields may mean what this version cannot know.  Otherwise
    :class:`ValueError` (naming the first problem) for JSON that :func:`validate_record`
    finds is no whole record: a hit past the paragraphs, a sentence that is no text, …
    """
    data = jsonio.loads(Path(path).read_text(encoding="utf-8"))
    refuse_newer(data, path)
    problems = validate_record(data)
    if problems:
        more = f" and {len(problems) - 1} more problem(s)" if len(problems) > 1 else ""
        raise ValueError(f"{problems[0]}{more}")
    articles = [Article.from_dict(a) for a in data.pop("articles")]
    data.pop("schema_version", None)
    return articles, data


def is_record_file(path: str | Path) -> bool:
    """Whether the file at ``path`` is a newsmt record (``schema_version`` and a list of
    ``articles``), not, say, a CMS export; False for anything unreadable."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return False
    return (
        isinstance(data, dict)
        and "schema_version" in data
        and isinstance(data.get("articles"), list)
    )


def refuse_newer(data: dict[str, Any], path: str | Path) -> None:
    """Raise :class:`InputError` if the parsed record ``data`` (or one of its articles) has a
    newer ``schema_version`` than this newsmt writes."""
    versions = [data.get("schema_version")]
    if isinstance(data.get("articles"), list):
        versions += [a.get("schema_version") for a in data["articles"] if isinstance(a, dict)]
    newer = [v for v in versions if isinstance(v, int | float) and v > SCHEMA_VERSION]
    if newer:
        raise InputError(
            f"{path}: record schema_version {newer[0]} is newer than this newsmt reads "
            f"({SCHEMA_VERSION}); upgrade newsmt to read it"
        )


def _obj(required: dict[str, Any], optional: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {**required, **(optional or {})},
        "required": list(required),
        "additionalProperties": False,
    }


_STR = {"type": "string"}
_INT = {"type": "integer", "minimum": 0}
_LANG = {"type": "string", "enum": ["en", "uk", "ru"]}
_SPAN = {"type": "array", "items": _INT, "minItems": 2, "maxItems": 2}
_NULL_SPAN = {"type": ["array", "null"], "items": _INT, "minItems": 2, "maxItems": 2}

RECORD_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "newsmt record",
    "description": "The articles of one source file with their translations (<stem>.json).",
    "type": "object",
    "properties": {
        "schema_version": {"type": "integer", "enum": [SCHEMA_VERSION]},
        "articles": {"type": "array", "items": {"$ref": "#/$defs/article"}},
    },
    "required": ["schema_version", "articles"],
    "additionalProperties": True,
    "$defs": {
        "article": _obj(
            {
                "schema_version": {"type": "integer", "enum": [SCHEMA_VERSION]},
                "id": _STR,
                "source_path": _STR,
                "format": _STR,
                "paragraphs": {"type": "array", "items": {"$ref": "#/$defs/paragraph"}},
                "lang": {"type": ["string", "null"], "enum": ["en", "uk", "ru", "und", None]},
                "lang_confidence": {"type": ["number", "null"]},
                "encoding": _STR,
                "mixed_languages": {"type": "array", "items": _LANG},
                "translations": {
                    "type": "object",
                    "additionalProperties": {"$ref": "#/$defs/translation"},
                },
                "meta": {"type": "object"},
                "headline": {"type": ["string", "null"]},
            }
        ),
        "paragraph": _obj(
            {
                "text": _STR,
                "kind": {
                    "type": "string",
                    "enum": ["headline", "heading", "body", "caption", "quote", "list_item"],
                },
                "markup": {"type": "array", "items": {"$ref": "#/$defs/markup"}},
                "sentences": {"type": "array", "items": {"$ref": "#/$defs/sentence"}},
                "lang": {"type": ["string", "null"]},
                "attrs": {"type": "object"},
            }
        ),
        "markup": _obj(
            {
                "start": _INT,
                "end": _INT,
                "tag": _STR,
                "attrs": {"type": "object", "additionalProperties": _STR},
            }
        ),
        "sentence": _obj({"start": _INT, "end": _INT, "text": _STR}),
        "translation": _obj(
            {
                "lang": _LANG,
                "engine": _STR,
                "route": {"type": "array", "items": _LANG, "minItems": 1},
                "models": {"type": "array", "items": _STR},
                "sentences": {"type": "array", "items": {"type": "array", "items": _STR}},
                "hits": {"type": "array", "items": {"$ref": "#/$defs/hit"}},
                "findings": {"type": "array", "items": {"$ref": "#/$defs/finding"}},
                "timings": {"type": "object", "additionalProperties": {"type": "number"}},
            },
            {
                "test_model": {"type": "boolean"},
                "sources": {
                    "type": "object",
                    "additionalProperties": {"$ref": "#/$defs/provenance"},
                },
                "status": {"type": "string", "enum": list(TRANSLATION_STATUSES)},
                "post_edited_at": {"type": ["string", "null"]},
                "edits": {"type": "array", "items": {"$ref": "#/$defs/edit"}},
                "markup": {
                    "type": "object",
                    "additionalProperties": {"$ref": "#/$defs/target_markup"},
                },
            },
        ),
        "provenance": _obj(
            {
                "engine": _STR,
                "route": {"type": "array", "items": _LANG, "minItems": 1},
                "models": {"type": "array", "items": _STR},
                "test_model": {"type": "boolean"},
            }
        ),
        "edit": _obj(
            {
                "paragraph": _INT,
                "sentence": _INT,
                "machine": _STR,
                "at": _STR,
                "file": _STR,
                "state": {"type": "string", "enum": ["translated", "reviewed", "final"]},
            }
        ),
        "target_markup": _obj(
            {"text": _STR, "spans": {"type": "array", "items": {"$ref": "#/$defs/markup"}}}
        ),
        "hit": _obj(
            {
                "entry_id": _STR,
                "paragraph": _INT,
                "sentence": _INT,
                "source_span": _SPAN,
                "source_text": _STR,
                "canonical": _STR,
                "target_text": {"type": ["string", "null"]},
                "target_span": _NULL_SPAN,
                "status": {
                    "type": "string",
                    "enum": list(HIT_STATUSES),
                },
            },
            {
                "proposal": {"type": ["string", "null"]},
                "original": {"type": ["string", "null"]},
                "reason": {"type": ["string", "null"]},
            },
        ),
        "finding": _obj(
            {
                "check": _STR,
                "severity": {"type": "string", "enum": ["error", "warning", "info"]},
                "message": _STR,
                "paragraph": _INT,
                "sentence": _INT,
                "source_span": _NULL_SPAN,
                "target_span": _NULL_SPAN,
            },
            {"words": {"type": "array", "items": _STR}},
        ),
    },
}
"""JSON Schema (draft 2020-12) of a record, as :func:`dumps` writes it."""

Valid = Callable[[Any], bool]
"""Whether a value meets a schema: what :func:`_check` finds no problem in."""

_TYPE_TESTS: dict[str, Valid] = {
    "object": lambda value: isinstance(value, dict),
    "array": lambda value: isinstance(value, list),
    "string": lambda value: isinstance(value, str),
    "integer": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "number": lambda value: isinstance(value, int | float) and not isinstance(value, bool),
    "null": lambda value: value is None,
    "boolean": lambda value: isinstance(value, bool),
}
"""A test per JSON type name (a bool is no integer or number)."""


def _is(value: Any, name: str) -> bool:
    return _TYPE_TESTS[name](value)


Where = tuple[Any, ...]
"""Where a value is in the record: ``(parent, key)`` pairs, spelled out only for a problem."""


def _spell(where: Where) -> str:
    parts: list[str] = []
    while len(where) == 2:
        where, key = where
        parts.append(f"[{key}]" if isinstance(key, int) else f".{key}")
    return where[0] + "".join(reversed(parts))


def _check(value: Any, schema: dict[str, Any], where: Where, problems: list[str]) -> None:
    if "$ref" in schema:
        schema = RECORD_SCHEMA["$defs"][schema["$ref"].rsplit("/", 1)[1]]
    types = schema.get("type")
    if types is not None:
        names = types if isinstance(types, list) else [types]
        if not any(_is(value, name) for name in names):
            problems.append(f"{_spell(where)}: expected {' or '.join(names)}, got {value!r:.60}")
            return
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{_spell(where)}: {value!r:.60} is not one of {schema['enum']}")
    if "minimum" in schema and _is(value, "number") and value < schema["minimum"]:
        problems.append(f"{_spell(where)}: {value} is below {schema['minimum']}")
    if isinstance(value, list):
        low, high = schema.get("minItems", 0), schema.get("maxItems", len(value))
        if not low <= len(value) <= high:
            problems.append(f"{_spell(where)}: wrong number of items ({len(value)})")
        if "items" in schema:
            items = schema["items"]
            for i, item in enumerate(value):
                _check(item, items, (where, i), problems)
    if isinstance(value, dict):
        props = schema.get("properties", {})
        problems.extend(
            f"{_spell(where)}: missing {name!r}"
            for name in schema.get("required", [])
            if name not in value
        )
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            if name in props:
                _check(item, props[name], (where, name), problems)
            elif extra is False:
                problems.append(f"{_spell(where)}: unexpected field {name!r}")
            elif isinstance(extra, dict):
                _check(item, extra, (where, name), problems)


def _alignment(article: dict[str, Any], where: str) -> list[str]:
    """Sentences slice their paragraph; translations and their notes match the sentences."""
    problems = []
    shape = [len(p["sentences"]) for p in article["paragraphs"]]
    for p, para in enumerate(article["paragraphs"]):
        for s, sent in enumerate(para["sentences"]):
            if para["text"][sent["start"] : sent["end"]] != sent["text"]:
                problems.append(f"{where}.paragraphs[{p}].sentences[{s}]: text is not its span")
    for lang, translation in article["translations"].items():
        at = f"{where}.translations.{lang}"
        if translation["lang"] != lang:
            problems.append(f"{at}: lang is {translation['lang']!r}")
        if [len(row) for row in translation["sentences"]] != shape:
            problems.append(f"{at}.sentences: not aligned with the source sentences")
        for name in ("hits", "findings", "edits"):
            for i, item in enumerate(translation.get(name, [])):
                p, s = item["paragraph"], item["sentence"]
                if not (p < len(shape) and s < shape[p]):
                    problems.append(f"{at}.{name}[{i}]: no sentence {p}/{s}")
    return problems


def _valid(schema: dict[str, Any]) -> Valid:
    """``schema`` made into one test per value, its fields read once here rather than for
    every value of every record (:func:`_check` walks the schema afresh each time and
    spells out what is wrong; this only answers whether anything is)."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        return lambda value: _DEFINED[name](value)  # defined below, all of them
    types = schema.get("type")
    names = (types if isinstance(types, list) else [types]) if types is not None else []
    tests = [_TYPE_TESTS[name] for name in names]
    checks: list[Valid] = []
    if len(tests) > 1:
        checks.append(lambda value: any(test(value) for test in tests))
    elif tests and names != ["object"] and names != ["array"]:  # those two test it below
        checks.append(tests[0])
    if "enum" in schema:
        enum = schema["enum"]
        checks.append(lambda value: value in enum)
    if "minimum" in schema:
        minimum, number = schema["minimum"], _TYPE_TESTS["number"]
        checks.append(lambda value: not (number(value) and value < minimum))
    if names == ["array"] or any(key in schema for key in ("items", "minItems", "maxItems")):
        checks.append(_valid_list(schema, names == ["array"]))
    if names == ["object"] or any(
        key in schema for key in ("properties", "required", "additionalProperties")
    ):
        checks.append(_valid_object(schema, names == ["object"]))
    return reduce(_both, checks) if checks else lambda value: True


def _both(first: Valid, second: Valid) -> Valid:
    return lambda value: first(value) and second(value)


def _valid_list(schema: dict[str, Any], strict: bool) -> Valid:
    """The items and length part of ``schema``; what is no list passes unless ``strict``."""
    low, high = schema.get("minItems", 0), schema.get("maxItems")
    items = _valid(schema["items"]) if "items" in schema else None

    def valid(value: Any) -> bool:
        if not isinstance(value, list):
            return not strict
        if len(value) < low or (high is not None and len(value) > high):
            return False
        return items is None or all(map(items, value))

    return valid


def _valid_object(schema: dict[str, Any], strict: bool) -> Valid:
    """The properties part of ``schema``; what is no dict passes unless ``strict``."""
    props = {name: _valid(sub) for name, sub in schema.get("properties", {}).items()}
    required = frozenset(schema.get("required", ()))
    extra = schema.get("additionalProperties", True)
    other = _valid(extra) if isinstance(extra, dict) else None

    def valid(value: Any) -> bool:
        if not isinstance(value, dict):
            return not strict
        if not required <= value.keys():
            return False
        for name, item in value.items():
            test = props.get(name)
            if test is None:
                if extra is False or (other is not None and not other(item)):
                    return False
            elif not test(item):
                return False
        return True

    return valid


_DEFINED: dict[str, Valid] = {name: _valid(sub) for name, sub in RECORD_SCHEMA["$defs"].items()}
_VALID_RECORD = _valid(RECORD_SCHEMA)


def validate_record(data: Any) -> list[str]:
    """How parsed record JSON departs from :data:`RECORD_SCHEMA` and its alignment rules.

    Returns ``[]`` for a valid record.  Beyond the schema: each sentence's ``text`` is
    its paragraph's ``text[start:end]``; every translation has one sentence per source
    sentence (same paragraph shape); hits and findings point at existing sentences.
    A record is tested against the schema made into tests once (:func:`_valid`); only one
    that fails them is walked again to say where.
    """
    problems: list[str] = []
    if not _VALID_RECORD(data):
        _check(data, RECORD_SCHEMA, ("$",), problems)
    if problems:
        return problems
    for i, article in enumerate(data["articles"]):
        problems.extend(_alignment(article, f"$.articles[{i}]"))
    return problems
