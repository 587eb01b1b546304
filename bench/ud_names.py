"""What the UD benches share: reading a Universal Dependencies treebank (CoNLL-U), its
sentences' text, the proper-name runs in them, and the command line of a bench.

The benches (``case_nominative_ud``, ``case_choice_ud``, ``parse_nominative_ud``,
``case_context_ud``, ``government_ud``) take a treebank nobody tuned newsmt on; a name run
here is a run of capitalized singular proper nouns in one case (``names``).
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench.glossary_fix import BAD_ENDINGS
from pipeline.glossary.format import Entry
from pipeline.glossary.match import Glossary
from pipeline.glossary.morph import known_parses

UD_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt",
            "Loc": "loct", "Voc": "voct", "Par": "gent"}  # fmt: skip


def treebank_parser(doc: str, *, lang: bool = True) -> argparse.ArgumentParser:
    """The command line of a UD bench, described by the first line of ``doc``: LANG (uk or
    ru; left out with ``lang=False``) and TREEBANK; the bench adds its own options."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    if lang:
        ap.add_argument("lang", choices=("uk", "ru"))
    ap.add_argument("treebank", type=Path)
    return ap


def sentences(path: Path) -> Iterator[list[list[str]]]:
    """The token rows of each sentence of a CoNLL-U file (multiword and empty nodes left out)."""
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            if rows:
                yield rows
            rows = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                rows.append(cols)
    if rows:
        yield rows


def sentence_text(rows: list[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    """A sentence's text as written (SpaceAfter=No kept) and each token's offsets in it."""
    text, offsets = "", []
    for cols in rows:
        offsets.append((len(text), len(text) + len(cols[1])))
        text += cols[1] + ("" if "SpaceAfter=No" in cols[9] else " ")
    return text, offsets


def feats(row: list[str]) -> dict[str, str]:
    """A token row's morphological features (``Case``, ``Number``…)."""
    return dict(f.split("=", 1) for f in row[5].split("|") if "=" in f)


def name_type(lang: str, lemma: str) -> str:
    """PER, LOC or ORG from pymorphy3's name grammemes of ``lemma`` (crude: a city the
    dictionary does not mark Geox counts as ORG)."""
    grammemes = set().union(*(p.tag.grammemes for p in known_parses(lang, lemma)))
    return "PER" if grammemes & {"Name", "Surn"} else "LOC" if "Geox" in grammemes else "ORG"


def names(rows: list[list[str]], *, one_case: bool = True) -> Iterator[tuple[int, int, str]]:
    """Runs of capitalized proper nouns in one case, singular (first, last row, gold case):
    "президент Росії Володимир Путін" has two, Росії and Володимир Путін.  With
    ``one_case=False`` a run goes on across a change of case and takes its last word's case
    and number (one run here: Росії Володимир Путін, in the nominative)."""
    i = 0
    while i < len(rows):
        word = rows[i][1]
        if rows[i][3] != "PROPN" or not word[:1].isupper() or not word.isalpha():
            i += 1
            continue
        case = feats(rows[i]).get("Case")
        j = i
        while (
            j + 1 < len(rows)
            and rows[j + 1][3] == "PROPN"
            and rows[j + 1][1][:1].isupper()
            and (not one_case or feats(rows[j + 1]).get("Case") == case)
        ):
            j += 1
        last = feats(rows[j])
        gold = UD_CASES.get(last.get("Case", ""))
        if gold and last.get("Number") != "Plur":
            yield i, j, gold
        i = j + 1


def name_lemma(rows: list[list[str]], i: int, j: int) -> str:
    """The treebank's lemma of the name run ``rows[i..j]``, each word capitalized."""
    return " ".join(c[2][:1].upper() + c[2][1:] for c in rows[i : j + 1])


@dataclass(frozen=True)
class NameRun:
    """A name run (``names``) of the sentence ``text`` (trailing space dropped)."""

    rows: list[list[str]]
    text: str
    offsets: list[tuple[int, int]]
    first: int
    last: int
    gold: str
    """The treebank's case of the run (a pymorphy3 grammeme: gent, datv…)."""

    @property
    def start(self) -> int:
        return self.offsets[self.first][0]

    @property
    def end(self) -> int:
        return self.offsets[self.last][1]

    @property
    def written(self) -> str:
        """The run as the treebank writes it."""
        return self.text[self.start : self.end]

    @property
    def lemma(self) -> str:
        return name_lemma(self.rows, self.first, self.last)

    def replaced(self, form: str) -> str:
        """The sentence with ``form`` in place of the run."""
        return self.text[: self.start] + form + self.text[self.end :]

    def entry(self, lang: str, en: str) -> Entry:
        """A glossary entry of the run: its lemma in ``lang``, ``en`` in English, the type
        from pymorphy3's name grammemes (ORG for a quoted name)."""
        kind = name_type(lang, self.rows[self.last][2])
        if self.text[self.start - 1 : self.start] in ("«", '"'):
            kind = "ORG"  # a quoted name: a club, a ship, a title
        return Entry(id="x", type=kind, forms={"en": (en,), lang: (self.lemma,)})


def name_runs(path: Path) -> Iterator[NameRun]:
    """Every name run of the treebank at ``path``, sentence by sentence."""
    for rows in sentences(path):
        text, offsets = sentence_text(rows)
        text = text.rstrip()
        for i, j, gold in names(rows):
            yield NameRun(rows, text, offsets, i, j, gold)


VOWELS = "аяоуюиіыеєйь"


def made_up_ending(word: str, glossary: Glossary, lang: str, rng: random.Random) -> str | None:
    """``word`` less a final vowel with the first ending of ``bench/glossary_fix.py``'s table,
    in ``rng``'s order, that is no form of the glossary's name; None if every one is."""
    stem = word[:-1] if word[-1].lower() in VOWELS else word
    endings = rng.sample(BAD_ENDINGS[lang], len(BAD_ENDINGS[lang]))
    return next((stem + e for e in endings if not glossary.find(stem + e, lang)), None)
