"""Repairs to apertium-rus-ukr's first transfer stage (``.t1x``), compiled into the cache.

Debian's apertium-rus-ukr 0.2.1 has three kinds of defects in its ``.t1x`` rules that
leak into the output; each repair is general (it looks for the defect, not for a rule
name), and a file without the defect comes back unchanged:

* **a missing blank**: a rule that writes two words (two ``<lu>`` of one chunk, or two
  chunks) with nothing between them glues them ("йогокраїна", "котрий податизаявку")
  and, when the second cannot be generated, leaves its ``#`` inside the word
  ("у своєму#устрій").  A ``<b/>`` (inside a chunk) or ``<b pos="N"/>`` (between
  chunks) is inserted.
* **an unadapted case**: a two-word rule that runs the ``case_adapter1`` macro (Russian
  prepositional → Ukrainian locative) on its first word only sends the second to the
  generator in a case it lacks ("у своєму#устрій" → "у своєму устрої").
* **a word written twice**: a rule whose output repeats one ``<lu>`` and never writes
  another pattern item doubles the first word and drops the second ("рассказали
  рассказали" for "розповіли колеги"); the repeat is pointed at the missing item.
"""

from __future__ import annotations

import re

_RULE = re.compile(r"(<rule\b[^>]*>)(.*?)(</rule>)", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_OUT = re.compile(r"(<out>)(.*?)(</out>)", re.S)
_LU = re.compile(r"<lu>.*?</lu>", re.S)
_GLUED_LU = re.compile(r"(</lu>)(\s*)(?=<lu>)")
_GLUED_CHUNK = re.compile(r"(</chunk>)(\s*)(?=<chunk\b)")
_CLIP_POS = re.compile(r'<clip\s+pos="(\d+)"')
_ADAPT = '<call-macro n="case_adapter1"><with-param pos="{}"/></call-macro>'


def _add_blanks(out: str) -> str:
    """Blanks between glued ``<lu>`` of a chunk and between glued chunks."""
    chunks = iter(range(1, out.count("<chunk") + 1))
    out = _GLUED_CHUNK.sub(lambda m: f'{m[1]}{m[2]}<b pos="{next(chunks)}"/>{m[2]}', out)
    return _GLUED_LU.sub(lambda m: f"{m[1]}{m[2]}<b/>{m[2]}", out)


def _adapt_second(body: str, has_macro: bool) -> str:
    """Run ``case_adapter1`` on item 2 of a two-item rule that runs it on item 1 only."""
    first, second = _ADAPT.format(1), _ADAPT.format(2)
    if not has_macro or first not in body or second in body or body.count(first) != 1:
        return body
    if body.count("<pattern-item") != 2 or '<clip pos="2" side="tl" part="whole"/>' not in body:
        return body
    return body.replace(first, f"{first}\n      {second}", 1)


def _fix_repeat(body: str) -> str:
    """Point a repeated ``<lu>`` at the one pattern item the output never writes."""
    items = body.count("<pattern-item")
    outs = _OUT.findall(body)
    if len(outs) != 1:
        return body
    lus = _LU.findall(outs[0][1])
    written = {int(p) for p in _CLIP_POS.findall(outs[0][1])}
    missing = [p for p in range(1, items + 1) if p not in written]
    repeats = [lu for i, lu in enumerate(lus) if lu in lus[:i]]
    if len(missing) != 1 or len(repeats) != 1:
        return body
    head, _, tail = body.rpartition(repeats[0])
    fixed = f'<lu>\n            <clip pos="{missing[0]}" side="tl" part="whole"/>\n          </lu>'
    return head + fixed + tail


def fix_transfer(xml: str) -> str:
    """``xml`` (a ``.t1x`` file) with the defects above repaired (comments in rules dropped)."""
    has_macro = '<def-macro n="case_adapter1"' in xml

    def rule(match: re.Match[str]) -> str:
        body = _fix_repeat(_adapt_second(_COMMENT.sub("", match[2]), has_macro))
        body = _OUT.sub(lambda m: m[1] + _add_blanks(m[2]) + m[3], body)
        return match[1] + body + match[3]

    return _RULE.sub(rule, xml)
