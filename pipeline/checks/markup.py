"""Checks on paired punctuation and on tokens that must be copied verbatim."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from pipeline.checks.base import Flag, Segment, register
from pipeline.checks.text import MAX_TOKEN, long_tokens, verbatim_tokens
from pipeline.model import Severity

# opener → closers; “ closes „ in Ukrainian and Russian typography and opens in English.
_PAIRS = {
    "«": "»", "“": "”", "„": "“”", "‘": "’", "‚": "‘’", "(": ")", "[": "]", "‹": "›", '"': '"',
}  # fmt: skip
_CLOSERS = frozenset("»”)]›")
_MARK = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_PAIRS.values())) + "]")
_KIND = {
    **dict.fromkeys('«»“”„‘’‚‹›"', "quote"),
    **dict.fromkeys("()", "parenthesis"),
    **dict.fromkeys("[]", "bracket"),
}


def unbalanced(text: str) -> list[tuple[int, str]]:
    """Positions and characters of quotes and brackets left unmatched in ``text``.

    Straight double quotes pair with each other; ’ closes an open ‘ and is otherwise an
    apostrophe (``don’t``, ``players’``), as is ‘ right after a letter.
    """
    stack: list[tuple[int, str]] = []
    stray: list[tuple[int, str]] = []
    for m in _MARK.finditer(text):
        i, char = m.start(), m.group()
        if stack and char in _PAIRS[stack[-1][1]]:
            stack.pop()
        elif char in _PAIRS and not (char == "‘" and i and text[i - 1].isalnum()):
            stack.append((i, char))
        elif char in _CLOSERS:
            stray.append((i, char))
    return sorted(stray + stack)


def _kinds(problems: list[tuple[int, str]]) -> Counter[str]:
    return Counter(_KIND[char] for _, char in problems)


@register(
    "quotes-brackets",
    Severity.ERROR,
    'Quotes « » “ ” „ “ ‘ ’ " and brackets ( ) [ ] are balanced in the target, unless they '
    "are unbalanced the same way in the source.  It is only a warning when the unmatched "
    "quote opens or closes the target (a quotation running over several sentences) or when "
    "the target has as many marks as the source.",
    ('He called it "a disgrace".', "Він назвав це «ганьбою.", "en", "uk"),
    pair=False,  # reads the neighbouring sentences
)
def quotes_brackets(seg: Segment) -> Iterator[Flag]:
    """Flag unmatched quotes or brackets the source does not have."""
    problems = unbalanced(seg.target)
    if not problems:
        return
    extra = _kinds(problems) - _kinds(unbalanced(seg.source))
    for kind in extra:
        at, char = next((i, c) for i, c in problems if _KIND[c] == kind)
        if kind == "quote" and _closed_nearby(seg, at):
            yield Flag(
                f"quote {char!r} is matched in a neighbouring sentence of the story",
                target_span=(at, at + 1),
                severity=Severity.INFO,
            )
            continue
        edge = kind == "quote" and _at_edge(seg.target, at)
        same = _marks(seg.target, kind) == _marks(seg.source, kind)
        # «Так" or “Так»: a quote closed, but with a mark of another style.
        styles = kind == "quote" and len({c for _, c in problems if _KIND[c] == kind}) > 1
        yield Flag(
            f"unmatched {kind} {char!r} in the target"
            + (" (a quotation running over several sentences?)" if edge else "")
            + (" (as many marks as the source, paired differently)" if same else "")
            + (" (closed with a quote mark of another style?)" if styles else ""),
            target_span=(at, at + 1),
            severity=Severity.WARNING if edge or same or styles else None,
        )


def _closed_nearby(seg: Segment, at: int) -> bool:
    """Whether the quote at ``at`` pairs with one in the story's neighbouring sentences.

    Dialogue and long quotations open a quote in one sentence and close it in another.
    """
    if seg.after and at not in {i for i, _ in unbalanced(seg.target + " " + seg.after)}:
        return True
    if not seg.before:
        return False
    shift = len(seg.before) + 1
    return at + shift not in {i for i, _ in unbalanced(seg.before + " " + seg.target)}


def _marks(text: str, kind: str) -> int:
    return sum(_KIND.get(c) == kind for c in text if c not in "‘’")


def _at_edge(text: str, index: int) -> bool:
    """Whether only punctuation and spaces stand between ``index`` and an end of ``text``."""
    return not any(c.isalnum() for c in text[:index]) or not any(
        c.isalnum() for c in text[index + 1 :]
    )


_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")
_VERBATIM_SEVERITY = {
    "hashtag": Severity.WARNING,
    "handle": Severity.WARNING,
    "cashtag": Severity.WARNING,
}
_NO_DOMAIN = re.compile(r"(?:https?://)?www\.[\w-]+", re.IGNORECASE)  # www.shop: cut short
_VERBATIM_NAMES = {
    "url": "URL",
    "email": "e-mail address",
    "domain": "web address",
    "placeholder": "placeholder",
    "handle": "@handle",
    "hashtag": "#hashtag",
    "cashtag": "$cashtag",
}


@register(
    "urls",
    Severity.ERROR,
    "URLs, e-mail addresses, web addresses and placeholders (#NAME#, {name}, %s) are copied "
    "verbatim; @handles and #hashtags too (warning), and as often as in the source (warning).",
    (
        "Details at https://kyiv.example/news.",
        "Деталі на https://kyiv.example/novyny.",
        "en",
        "uk",
    ),
)
def urls(seg: Segment) -> Iterator[Flag]:
    """Flag a URL, e-mail, placeholder, @handle or #hashtag of the source missing in the target."""
    for side, text in (("source", seg.source), ("target", seg.target)):
        for m in long_tokens(text) if len(text) > MAX_TOKEN else ():
            yield Flag(
                f"a token of {len(m.group()):,} characters without spaces in the {side} is not "
                f"checked (longer than {MAX_TOKEN})",
                m.span() if side == "source" else None,
                m.span() if side == "target" else None,
                Severity.WARNING,
            )
    entities = _ENTITY.finditer(seg.target) if "&" in seg.target else ()
    escaped = [m for m in entities if m.group() not in seg.source]
    if escaped:
        yield Flag(
            f"HTML entity {escaped[0].group()!r} in the target: escaped text, not a character",
            target_span=escaped[0].span(),
            severity=Severity.WARNING,
        )
    in_source = verbatim_tokens(seg.source)
    if not in_source:
        return
    target = seg.target
    found = verbatim_tokens(target)
    counts = Counter(m.group() for m in found)
    source_tokens = {m.group() for m in in_source}
    # Hashtags the target writes instead of the source's: #ЛьотнаШкола for #FlightSchool.
    own_hashtags = sum(m.lastgroup == "hashtag" and m.group() not in source_tokens for m in found)
    for m in in_source:
        token = m.group()
        present = counts[token] > 0 or (m.lastgroup == "domain" and token.lower() in target.lower())
        counts[token] -= 1
        if present:
            continue
        kind = m.lastgroup or "url"
        again = token in target  # fewer copies, not none
        if kind == "hashtag" and not again and own_hashtags:
            own_hashtags -= 1
            yield Flag(
                f"#hashtag {token!r} is rendered as a hashtag of the target",
                source_span=m.span(),
                severity=Severity.INFO,
            )
            continue
        yield Flag(
            f"{_VERBATIM_NAMES[kind]} {token!r} is not copied verbatim into the target"
            + (" as often as in the source" if again else ""),
            source_span=m.span(),
            # An address without a top-level domain is broken in the source already.
            severity=Severity.WARNING
            if again or _NO_DOMAIN.fullmatch(token)
            else _VERBATIM_SEVERITY.get(kind),
        )
