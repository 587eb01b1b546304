"""CMS exports in JSON: one object, a list of objects, or one object per line (``.jsonl``).

Known fields: ``id``, ``title`` (or ``headline``), ``lead`` / ``subtitle`` / ``summary``,
``body`` (a string, paragraphs separated by blank lines, parsed as HTML when it holds
tags) or ``paragraphs`` (a list of strings), ``caption``, and ``lang`` (``ua`` → ``uk``).
Every other field is kept in ``article.meta["cms"]["extra"]`` so the translated export
can carry it over; ``meta["cms"]`` also records the key order, the layout and which
fields were HTML (``html``, their text in ``html_source``: the translated field is that
HTML with each paragraph's content replaced).  Each paragraph's ``attrs["field"]``
names the field it came from.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pipeline import jsonio
from pipeline.errors import InputError
from pipeline.model import Article, Kind, Paragraph, UnknownLanguageError, normalize_lang
from pipeline.readers import html
from pipeline.readers.base import article_id, is_caption, unique_ids

TITLE_FIELDS = ("title", "headline")
LEAD_FIELDS = ("lead", "subtitle", "summary")
BODY_FIELDS = ("body", "paragraphs")
KNOWN = frozenset({"id", "lang", "caption", *TITLE_FIELDS, *LEAD_FIELDS, *BODY_FIELDS})
_HTML = re.compile(
    r"</?(?:p|br|a|em|strong|b|i|u|h[1-6]|ul|ol|li|blockquote|figure|figcaption|div|span)\b[^>]*>",
    re.I,
)


def _objects(text: str, name: str, fmt: str) -> tuple[list[Any], str]:
    """The JSON objects of the file and its layout: ``object``, ``list`` or ``lines``."""
    if fmt == "jsonl":
        items = []
        for number, line in enumerate(text.split("\n"), 1):
            if line.strip():
                try:
                    items.append(jsonio.loads(line))
                except json.JSONDecodeError as exc:
                    raise InputError(
                        f"{name}:{number}: not valid JSON ({exc.msg}) — one object per line"
                    ) from None
        return items, "lines"
    try:
        data = jsonio.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{name}:{exc.lineno}: not valid JSON ({exc.msg}) — check the export"
        ) from None
    return ([data], "object") if isinstance(data, dict) else (data, "list")


_JSON_TYPES = {dict: "a JSON object", list: "a list", bool: "true/false"}


def _kind_of(value: Any) -> str:
    return next((name for cls, name in _JSON_TYPES.items() if isinstance(value, cls)), "a value")


def _text(value: Any, field: str, where: str, items: bool = False) -> str:
    """A text field's string (a number as written); anything else is an :class:`InputError`,
    never its Python repr in the story."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return json.dumps(value)
    what = f"holds {_kind_of(value)} in its list" if items else f"is {_kind_of(value)}"
    raise InputError(
        f"{where}: field {field!r} {what} — expected text"
        f"{'' if items else ' or a list of texts'}; fix the export"
    )


def _paragraphs(
    value: Any, field: str, name: str, kind: Kind, where: str
) -> tuple[list[Paragraph], bool]:
    """Paragraphs of a text field, and whether it was HTML."""
    if isinstance(value, list):
        texts = [_text(v, field, where, items=True) for v in value if v is not None]
        chunks = [t.strip() for t in texts if t.strip()]
        found = [Paragraph(text=c, kind=kind) for c in chunks]
        is_html = False
    elif _HTML.search(_text(value, field, where)):
        found = html.paragraphs(value, name, fragment=True)
        is_html = True
    else:
        chunks = [c.strip() for c in re.split(r"\n\s*\n", _text(value, field, where)) if c.strip()]
        found = [Paragraph(text=c, kind=kind) for c in chunks]
        is_html = False
    for para in found:
        para.attrs["field"] = field
        if kind is Kind.BODY and para.kind is Kind.BODY and is_caption(para.text):
            para.kind = Kind.CAPTION
        if kind is not Kind.BODY and para.kind in (Kind.BODY, Kind.HEADLINE):
            para.kind = kind
    return found, is_html


def _article(obj: Any, name: str, fmt: str, index: int, layout: str, many: bool) -> Article:
    where = f"{name}: article {index + 1}" if many else name
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object with title and body — check the export")
    title = next((f for f in TITLE_FIELDS if f in obj), None)
    body = next((f for f in BODY_FIELDS if f in obj), None)
    if body is None and title is None:
        raise InputError(
            f"{where}: no 'title', 'body' or 'paragraphs' field — "
            "newsmt reads CMS objects with those fields"
        )
    cms_id = obj.get("id")
    if (cms_id is not None and not isinstance(cms_id, str | int)) or isinstance(cms_id, bool):
        raise InputError(
            f"{where}: field 'id' is {_kind_of(cms_id)} — expected text or a number; "
            "fix the export"
        )
    stem = article_id(name)
    suffix = cms_id if cms_id is not None else (index + 1 if many else None)
    article = Article(
        id=stem if suffix is None else f"{stem}#{suffix}", source_path=name, format=fmt
    )
    html_fields = []
    html_source: dict[str, str] = {}
    order = [(title, Kind.HEADLINE)]
    order += [(f, Kind.BODY) for f in LEAD_FIELDS if f in obj]
    order += [(body, Kind.BODY), ("caption" if "caption" in obj else None, Kind.CAPTION)]
    for field, kind in order:
        if field is None or obj[field] in (None, ""):
            continue
        found, is_html = _paragraphs(obj[field], field, name, kind, where)
        if field == title:
            for para in found:
                para.kind = Kind.HEADLINE
        article.paragraphs.extend(found)
        if is_html:
            html_fields.append(field)
            html_source[field] = str(obj[field])
    declared = obj.get("lang")
    if isinstance(declared, str) and declared.strip():
        try:
            article.meta["declared_lang"] = normalize_lang(declared)
        except UnknownLanguageError:
            raise InputError(
                f"{where}: lang {declared!r} is not en, uk (ua) or ru — "
                "newsmt translates only these; fix the field or drop it"
            ) from None
    article.meta["cms"] = {
        "layout": layout,
        "keys": list(obj),
        "id": cms_id,
        "html": html_fields,
        "html_source": html_source,
        "extra": {k: v for k, v in obj.items() if k not in KNOWN},
        "lang": declared,
    }
    return article


def read(text: str, name: str, fmt: str = "json") -> list[Article]:
    """The articles of a CMS export."""
    objects, layout = _objects(text, name, fmt)
    if not objects:
        raise InputError(f"{name}: no articles in the JSON — check the export")
    many = len(objects) > 1 or layout != "object"
    articles = [_article(o, name, fmt, i, layout, many) for i, o in enumerate(objects)]
    unique_ids(articles)  # the export keeps each object's own CMS id
    return articles
