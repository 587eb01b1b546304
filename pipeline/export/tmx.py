"""TMX 1.4b translation-memory export, written with translate-toolkit's TMX storage class.

One ``<tu>`` per source sentence (``tuid`` ``article/paragraph/sentence``) holding the
source ``<tuv>`` and one ``<tuv>`` per requested target language the article was
translated into.  Glossary hits and findings travel as ``<note>`` elements, each
prefixed with its target language (TMX notes have no category).
"""

from __future__ import annotations

from pathlib import Path

from translate.storage import tmx

from pipeline.errors import UsageError
from pipeline.export.xliff import sentence_notes, unit_id
from pipeline.fsutil import atomic_write_bytes
from pipeline.model import Article


def build_tmx(articles: list[Article], langs: list[str]) -> tmx.tmxfile:
    """The TMX store of ``articles`` with their translations into ``langs``."""
    chosen = [a for a in articles if any(lang in a.translations for lang in langs)]
    if not chosen:
        raise UsageError(f"no article has a translation into {', '.join(langs)}: nothing to export")
    sources = {a.lang for a in chosen}
    if None in sources or "und" in sources:
        raise UsageError("TMX export: an article has no detected source language; pass --from")
    store = tmx.tmxfile(sourcelanguage=next(iter(sources)) if len(sources) == 1 else "*all*")
    store.addheader()
    for article in chosen:
        src = article.lang
        assert src is not None
        present = [lang for lang in langs if lang in article.translations and lang != src]
        for p, s, sent in article.iter_sentences():
            targets = {}
            for lang in present:
                rows = article.translations[lang].sentences
                text = rows[p][s] if p < len(rows) and s < len(rows[p]) else ""
                if text:
                    targets[lang] = text
            if not targets:
                continue
            unit = store.addsourceunit(sent.text, src)
            unit.xmlelement.set("tuid", unit_id(article, p, s))
            for lang, text in targets.items():
                unit.settarget(text, lang, append=True)
                for _category, note in sentence_notes(article.translations[lang], p, s):
                    unit.addnote(f"{lang}: {note}")
    return store


def write_tmx(articles: list[Article], langs: list[str], path: str | Path) -> None:
    """Write ``articles``' translations into ``langs`` as one TMX 1.4b file, atomically."""
    atomic_write_bytes(path, bytes(build_tmx(articles, langs)))


def read_tmx(path: str | Path) -> tmx.tmxfile:
    """Open a TMX file with translate-toolkit."""
    with open(path, "rb") as handle:
        return tmx.tmxfile.parsefile(handle)
