"""CMS JSON / JSON lines output: the records' fields as they were, text fields translated."""

from __future__ import annotations

import json
from typing import Any

from pipeline.export.formats.html import html_blocks, html_escape, html_page, write_html
from pipeline.export.formats.inline import paragraph_texts
from pipeline.model import Article, Kind


def _cms_object(article: Article, lang: str) -> dict[str, Any]:
    texts = paragraph_texts(article, lang)
    cms = article.meta.get("cms", {})
    by_field: dict[str, list[int]] = {}
    for index, para in enumerate(article.paragraphs):
        default = "title" if para.kind is Kind.HEADLINE else "paragraphs"
        by_field.setdefault(para.attrs.get("field", default), []).append(index)
    keys = list(cms.get("keys", [])) or ["id", *by_field]
    if "lang" not in keys:
        keys.append("lang")
    extra = cms.get("extra", {})
    obj: dict[str, Any] = {}
    for key in keys:
        if key == "id":
            obj[key] = cms.get("id", article.id) if cms else article.id
        elif key == "lang":
            obj[key] = lang
        elif key in by_field:
            indices = by_field[key]
            paras = [article.paragraphs[i] for i in indices]
            if key in cms.get("html_source", {}):
                div = html_page(
                    cms["html_source"][key],
                    paras,
                    [texts[i] for i in indices],
                    article.source_path,
                    fragment=True,
                )
                obj[key] = html_escape(div.text or "") + "".join(write_html(c) for c in div)
            elif key in cms.get("html", []):  # a record written before html_source
                obj[key] = html_blocks(paras, [texts[i] for i in indices])
            elif key == "paragraphs":
                obj[key] = [texts[i][0] for i in indices]
            else:
                obj[key] = "\n\n".join(texts[i][0] for i in indices)
        elif key in extra:
            obj[key] = extra[key]
    return obj


def render(articles: list[Article], lang: str) -> str:
    objects = [_cms_object(a, lang) for a in articles]
    layout = (
        articles[0].meta.get("cms", {}).get("layout", "list" if len(articles) > 1 else "object")
    )
    if articles[0].format == "jsonl" or layout == "lines":
        return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects)
    data: Any = objects[0] if layout == "object" and len(objects) == 1 else objects
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
