"""Checks on paired punctuation and on tokens that must be copied verbatim."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from pipeline.checks.base import Flag, Segment, register
from pipeline.checks.text import verbatim_tokens
from pipeline.model import Severity

# opener → closers; “ closes „ in Ukrainian and Russian typography and opens in English.
_PAIRS = {
    "«": "»", "“": "”", "„": "“”", "‘": "’", "‚": "‘’", "(": ")", "[": "]", "‹": "›", '"': '"',
}  # fmt: skip
_CLOSERS = frozenset("»”)]›")
_KIND = {
    **dict.fromkeys("«»“”„‘’‚‹›\"", "quote"),
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
    for i, char in enumerate(text):
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
    "Quotes « » “ ” „ “ ‘ ’ \" and brackets ( ) [ ] are balanced in the target, unless they "
    "are unbalanced the same way in the source (a quotation running over several segments).",
    ('He called it "a disgrace".', "Він назвав це «ганьбою.", "en", "uk"),
)
def quotes_brackets(seg: Segment) -> Iterator[Flag]:
    """Flag unmatched quotes or brackets the source does not have."""
    problems = unbalanced(seg.target)
    if not problems:
        return
    extra = _kinds(problems) - _kinds(unbalanced(seg.source))
    for kind in extra:
        first = next((i, c) for i, c in problems if _KIND[c] == kind)
        span = (first[0], first[0] + 1)
        yield Flag(f"unmatched {kind} {first[1]!r} in the target", target_span=span)


_VERBATIM_SEVERITY = {"hashtag": Severity.WARNING, "handle": Severity.WARNING}
_VERBATIM_NAMES = {
    "url": "URL",
    "email": "e-mail address",
    "domain": "web address",
    "placeholder": "placeholder",
    "handle": "@handle",
    "hashtag": "#hashtag",
}


@register(
    "urls",
    Severity.ERROR,
    "URLs, e-mail addresses, web addresses and placeholders (#NAME#, {name}, %s) are copied "
    "verbatim; @handles and #hashtags too (warning).",
    (
        "Details at https://kyiv.example/news.",
        "Деталі на https://kyiv.example/novyny.",
        "en",
        "uk",
    ),
)
def urls(seg: Segment) -> Iterator[Flag]:
    """Flag a URL, e-mail, placeholder, @handle or #hashtag of the source missing in the target."""
    target = seg.target
    counts = Counter(m.group() for m in verbatim_tokens(target))
    for m in verbatim_tokens(seg.source):
        token = m.group()
        if counts[token] > 0 or (m.lastgroup == "domain" and token.lower() in target.lower()):
            counts[token] -= 1
            continue
        kind = m.lastgroup or "url"
        yield Flag(
            f"{_VERBATIM_NAMES[kind]} {token!r} is not copied verbatim into the target",
            source_span=m.span(),
            severity=_VERBATIM_SEVERITY.get(kind),
        )
