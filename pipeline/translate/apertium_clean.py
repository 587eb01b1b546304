"""Apertium's marks and junk taken out of its output, checked against the source line.

Apertium writes ``*word`` for a word it does not know (copied from the source),
``#lemma`` for a form its generator lacks and ``@word`` for a reading without a
bilingual entry.  Its Russian dictionary also keeps homonym indices inside some stems
("фунт¹⁻²ов").  Each mark or index is removed only when the source line does not have
it, so an asterisk, hashtag or ``м²`` of the source stays.  A word written twice where
the source has no doubled word is written once (with a note: the rule that doubled it
may have dropped a word), and a word glued to its neighbour is split where the target
language's analyser (the pair's own ``lt-proc`` dictionary) sees exactly one way to cut
it into the kind of pair the rules glue; where it sees several, a note says so.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import ModelError

_MARKED = re.compile(r"(?P<run>[*#@]+)(?P<word>\w+(?:[-'ʼ’]\w+)*)")
_DIGIT = re.compile(r"\d")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"\w+(?:[-'ʼ’]\w+)*")
_SUPERSCRIPT = re.compile(r"(?<=[^\W\d_])[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+")
_TOKEN = re.compile(r"\w[\w'ʼ’-]*")
_DOUBLED = re.compile(r"(?<![\w'ʼ’-])([^\W\d_][\w'ʼ’-]*)[ \t]+\1(?![\w'ʼ’-])", re.IGNORECASE)
_ANALYSER = re.compile(r"lt-proc\s+-w\s+'([^']+\.automorf\.bin)'")
_ANALYSIS = re.compile(r"\^([^/$]*)/([^$]*)\$")
_POS = re.compile(r"(?:^|/)[^/<]*<(\w+)>")
HEADS = {"det", "prn", "adj", "num", "vblex", "vbser", "vbmod", "vbhaver"}
"""Parts of speech that Apertium's defective rules glue to a following noun."""
NOUNS = {"n", "np"}
MIN_PART = 3
"""Letters in each part of a glued word: shorter words ("де", "на") split real words."""


@dataclass(frozen=True)
class Note:
    """Something the cleaner changed or could not decide, for the record's findings."""

    check: str
    severity: str
    message: str


@dataclass
class Cleaned:
    """One output line after :func:`strip_marks`."""

    text: str
    unknown: list[str] = field(default_factory=list)


def _tokens(text: str) -> set[str]:
    return {t.casefold() for t in _TOKEN.findall(text)}


def _occurs(needle: str, text: str, fits: Callable[[str, str], bool]) -> bool:
    """Whether ``needle`` occurs in ``text`` between characters ``fits(before, after)``."""
    start = text.find(needle)
    while start >= 0:
        end = start + len(needle)
        if fits(text[start - 1 : start] or " ", text[end : end + 1] or " "):
            return True
        start = text.find(needle, start + 1)
    return False


def strip_marks(sent: str, line: str) -> Cleaned:
    """Remove the marks and homonym indices Apertium added to ``line`` (``sent`` was its input).

    ``*`` is Apertium's only when the word after it is in the source (it copies unknown
    words); ``#`` and ``@`` only when the source does not have them before that word.
    A ``#`` glued after a letter starts a separate word and becomes a space.  The
    words marked ``*`` are returned whole (``Абу-Даби`` for ``*Абу-*Даби``), those with
    digits or without a Cyrillic letter (``Norton``, ``DApp``: kept as they are by design)
    left out.
    """
    folded = sent.casefold()
    pieces: list[str] = []
    starts: list[int] = []
    length = pos = 0
    for match in _MARKED.finditer(line):
        run, word = match["run"], match["word"]
        added = run[-1]
        if _occurs(run + word, sent, lambda b, a: b not in "*#@" and not a.isalnum()) or (
            added == "*" and word.split("-")[0].casefold() not in folded
        ):
            continue
        before = line[match.start() - 1] if match.start() else " "
        kept = line[pos : match.start()] + (
            " " if added == "#" and len(run) == 1 and before.isalpha() else ""
        )
        pieces.append(kept + run[:-1])
        length += len(kept) + len(run) - 1
        if added == "*":
            starts.append(length)
        pos = match.start("word")
    pieces.append(line[pos:])
    text = "".join(pieces)
    unknown = list(
        dict.fromkeys(
            m[0]
            for m in _WORD.finditer(text)
            if any(m.start() <= s < m.end() for s in starts)
            and _CYRILLIC.search(m[0])
            and not _DIGIT.search(m[0])
        )
    )
    text = _SUPERSCRIPT.sub(
        lambda m: m[0] if _occurs(m[0], sent, lambda b, _: b.isalpha()) else "", text
    )
    return Cleaned(text, unknown)


def collapse_doubled(source: str, text: str) -> tuple[str, list[Note]]:
    """``text`` with a word written twice in a row written once, unless ``source`` doubles one.

    Only words with a letter first count ("25 25" may be a table's).
    """
    if _DOUBLED.search(source):
        return text, []
    notes = [
        Note(
            "engine-output",
            "warning",
            f"apertium wrote «{m[1]}» twice where the source does not; written once "
            "(check that no word is missing)",
        )
        for m in _DOUBLED.finditer(text)
    ]
    return _DOUBLED.sub(lambda m: m[1], text), notes


def analyser_of(mode: Path) -> Path:
    """The ``lt-proc -w`` analyser a mode file starts with (of its source language)."""
    found = _ANALYSER.search(mode.read_text(encoding="utf-8"))
    if found is None:
        raise ModelError(f"{mode}: no `lt-proc -w` analyser step")
    return Path(found[1])


class Lexicon:
    """Which words a language's Apertium analyser knows (``lt-proc -w``, one batch per call)."""

    def __init__(self, automorf: Path, timeout: float = 120.0) -> None:
        self.automorf = automorf
        self.timeout = timeout

    def parts_of_speech(self, words: Iterable[str]) -> dict[str, set[str]]:
        """The parts of speech (first tag of each reading) of each of ``words`` it knows."""
        todo = sorted(set(words))
        if not todo:
            return {}
        try:
            proc = subprocess.run(
                ["lt-proc", "-w", str(self.automorf)],
                input="\n".join(todo) + "\n",
                capture_output=True,
                text=True,
                timeout=self.timeout,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ModelError(f"lt-proc on {self.automorf} failed: {exc}") from exc
        if proc.returncode != 0:
            raise ModelError(f"lt-proc on {self.automorf} failed (exit {proc.returncode})")
        found: dict[str, set[str]] = {}
        for word, readings in _ANALYSIS.findall(proc.stdout):
            tags = {m[1] for m in _POS.finditer(readings)}
            if tags and not readings.startswith("*"):
                found[word] = tags
        return found


def _splits(word: str) -> list[tuple[str, str]]:
    return [(word[:i], word[i:]) for i in range(MIN_PART, len(word) - MIN_PART + 1)]


def split_glued(
    sources: list[str], texts: list[str], lexicon: Lexicon
) -> tuple[list[str], list[list[Note]]]:
    """Split words Apertium glued together, where ``lexicon`` knows one way only.

    A candidate is an all-letter word of ``texts[i]`` that ``sources[i]`` does not have
    and ``lexicon`` does not know.  A cut fits when it leaves a determiner, pronoun,
    adjective, numeral or verb followed by a noun (what the pair's rules glue:
    "йогокраїна", "податизаявку"); a word with one fitting cut is split, one with
    several is noted, and one with none ("большей" = "боль" + "шей") is left alone.
    """
    candidates = []
    for src, text in zip(sources, texts, strict=True):
        seen = _tokens(src)
        candidates.append(
            {w for w in _TOKEN.findall(text) if w.isalpha() and w.casefold() not in seen}
        )
    words = {w for found in candidates for w in found if len(w) >= 2 * MIN_PART}
    unknown = words - set(lexicon.parts_of_speech(words))
    pos = lexicon.parts_of_speech(p for w in unknown for cut in _splits(w) for p in cut)
    cuts = {
        w: [
            (head, noun)
            for head, noun in _splits(w)
            if pos.get(head, set()) & HEADS and pos.get(noun, set()) & NOUNS
        ]
        for w in unknown
    }
    out, notes = [], []
    for text, found in zip(texts, candidates, strict=True):
        here: list[Note] = []

        def fix(match: re.Match[str], found: set[str] = found, here: list[Note] = here) -> str:
            word = match[0]
            options = cuts.get(word, []) if word in found else []
            if len(options) == 1:
                return " ".join(options[0])
            if len(options) > 1:
                ways = ", ".join(" ".join(c) for c in options)
                here.append(
                    Note(
                        "engine-output",
                        "warning",
                        f"apertium may have glued two words in «{word}» ({ways}); left as it is",
                    )
                )
            return word

        out.append(_TOKEN.sub(fix, text))
        notes.append(here)
    return out, notes
