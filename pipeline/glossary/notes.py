"""What a glossary row's free-text ``note`` says of the entity's grammar.

A hand glossary's writer knows what no dictionary does: that Han Kang is a woman, that
Бангладеш or Барро stays whole.  Two kinds of fact are read, each from a clause of the note
(clauses split at ``;`` and ``,``; a parenthesis is an example, left out):

- the bearer's sex: "woman" / "female" (feminine), "man" / "male" (masculine), in lower case
  or opening a clause (not "Man Booker Prize", "Isle of Man"); a sex the first name's
  dictionary contradicts is none (:func:`~pipeline.glossary.match.entry_gender`);
- whether a part of the name declines: "indeclinable", "does not decline", "undeclined"
  (stays whole) or "declines", "declinable" (declines), for the whole name or a part of it
  named in the clause ("surname", "first name", "full form", "short form", "acronym") in a language
  named in it ("uk", "ru", Ukrainian, Russian; both where none is).  A clause with a
  language and no part ("uk surname declines, ru does not") speaks of the part the clause
  before it named, its verb negated by "does not".

A third fact: "fleeting vowel" (the vowel before a name's last consonant drops in its other
forms: Грабовець, Грабовця; Козачок, Козачка), for the languages its clause names (both where
none is).

A clause of another language or a hedge ("not declined in English", "in some Russian media")
is not read.  Only what the note says outright is read; a note that says nothing of these
("hyphenated", "football club", "river; fleeting vowel") changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_PAREN = re.compile(r"\([^)]*\)")
_CLAUSE = re.compile(r"[;,]")
# A sex word in lower case, or capitalized where it opens a clause and no capitalized word
# follows it (not Man Booker, Man City, Isle of Man).
_WOMAN = re.compile(r"\b(?:woman|female|she)\b|(?:^|[;,]\s*)(?:Woman|Female)\b(?!\s+[A-Z])")
_MAN = re.compile(r"\b(?:man|male)\b|(?:^|[;,]\s*)(?:Man|Male)\b(?!\s+[A-Z])")
_STAYS = re.compile(
    r"\b(?:indeclinable|undeclinable|undeclined|uninflected|invariable|not\s+declined|"
    r"(?:(?:does|do)\s+not|doesn't|don't|never)\s+(?:declin|inflect)\w*)"
)
# A clause that says no more than "does not" of a language ("…, ru does not"): the verb of
# the clause before it, negated.
_ELLIPSIS = re.compile(r"^(?:(?:does|do)\s+not|doesn't|don't|not)$")
_DECLINES = re.compile(r"\b(?:declines?|declinable|declined|inflects?)\b")
# A clause of another language ("not declined in English") or a hedge ("in some Russian
# media", "often") says nothing firm of uk or ru.
_ELSEWHERE = re.compile(
    r"\b(?:english|polish|german|french|spanish|italian|portuguese|belarusian|hungarian|"
    r"romanian|czech|slovak|lithuanian|latvian|estonian|turkish|arabic|hebrew|chinese|"
    r"japanese|korean|georgian|armenian|original|some|sometimes|often|usually|may|might|"
    r"interview)\b"
)
_LANGS = {"uk": re.compile(r"\b(?:uk|ua|ukrainian)\b"), "ru": re.compile(r"\b(?:ru|russian)\b")}
_LANG_WORDS = re.compile("|".join(pat.pattern for pat in _LANGS.values()))
_PARTS = (
    ("surname", re.compile(r"\b(?:surname|last name|family name)\b")),
    ("first", re.compile(r"\b(?:first name|given name|forename)\b")),
    ("full", re.compile(r"\b(?:full form|full name|long form)\b")),
    ("short", re.compile(r"\b(?:short form|short name|abbreviation|acronym|initialism)\b")),
)


@dataclass(frozen=True)
class Clause:
    """One clause's say on declension: the languages, the part ("all", "surname", "first",
    "full", "short") and whether it declines."""

    langs: frozenset[str]
    part: str
    declines: bool


@lru_cache(maxsize=4096)
def note_sex(note: str) -> str | None:
    """"femn" or "masc" where the note names the bearer's sex, else None (or both named)."""
    text = _PAREN.sub(" ", note).strip()
    woman, man = bool(_WOMAN.search(text)), bool(_MAN.search(text))
    if woman == man:
        return None
    return "femn" if woman else "masc"


@lru_cache(maxsize=4096)
def declension_clauses(note: str) -> tuple[Clause, ...]:
    """The note's clauses that say whether (a part of) the name declines, in order."""
    text = _PAREN.sub(" ", note.lower())
    found: list[Clause] = []
    previous = "all"
    for raw in _CLAUSE.split(text):
        clause = raw.strip()
        if _ELSEWHERE.search(clause):
            continue
        langs = frozenset(lang for lang, pat in _LANGS.items() if pat.search(clause))
        bare = " ".join(_LANG_WORDS.sub(" ", clause).replace(":", " ").split())
        elliptic = bool(langs) and bool(found) and bool(_ELLIPSIS.match(bare))
        stays = elliptic or bool(_STAYS.search(clause))
        if not stays and not _DECLINES.search(clause):
            continue
        part = next((name for name, pat in _PARTS if pat.search(clause)), None)
        if part is None:
            part = previous if langs and found else "all"
        found.append(Clause(langs or frozenset({"uk", "ru"}), part, not stays))
        previous = part
    return tuple(found)


def stays_whole(
    note: str, lang: str, parts: frozenset[str], whole: bool = True
) -> bool | None:
    """Whether the note says a word that is each of ``parts`` ("surname", "first", "full",
    "short") of the name stays whole in ``lang`` (True), declines (False), or nothing of it
    (None).  The last clause that speaks of one of its parts, or (``whole``) of the whole
    name, decides.  A Western person's first name is no part of what a note calls
    indeclinable without naming a part ("woman; indeclinable" of Чимаманда Нгозі Адічі:
    the surname; Чимаманди still declines): the caller passes ``whole`` false there."""
    said = None
    for clause in declension_clauses(note):
        if lang in clause.langs and ((whole and clause.part == "all") or clause.part in parts):
            said = not clause.declines
    return said


_FLEETING = re.compile(r"\bfleeting\s+vowel\b")


@lru_cache(maxsize=4096)
def fleeting_vowel(note: str, lang: str) -> bool:
    """Whether the note says the name's last vowel before its final consonant is a fleeting
    one in ``lang`` ("fleeting vowel -ець", "fleeting vowel: Лубінця / Лубинца")."""
    text = _PAREN.sub(" ", note.lower())
    for raw in _CLAUSE.split(text):
        clause = raw.strip()
        if not _FLEETING.search(clause) or _ELSEWHERE.search(clause):
            continue
        langs = [code for code, pat in _LANGS.items() if pat.search(clause)]
        if not langs or lang in langs:
            return True
    return False


# Nouns for a body that owns, makes or runs things (a company, a party, a club, an outlet):
# the head of a note's first clause that says what the entity is ("shipping company",
# "football club, Lviv", "party; голос = voice").  A product's or a weapon's note ("missile",
# "brand", "product") names a kind the things it modifies often are (Kalibr missiles,
# Starlink terminals), so none of those is read.
_BODIES = frozenset({
    "company", "corporation", "firm", "concern", "holding", "conglomerate", "group",
    "party", "club", "team", "retailer", "marketplace", "agency", "bank", "operator",
    "maker", "manufacturer", "producer", "supplier", "carrier", "airline", "insurer",
    "exchange", "newspaper", "magazine", "journal", "broadcaster", "outlet", "media",
    "ngo", "charity", "foundation", "band", "developer", "monopoly", "giant", "utility",
})  # fmt: skip
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


@lru_cache(maxsize=4096)
def body_kind(note: str) -> frozenset[str]:
    """The words of the note's first clause where it says the entity is a body that owns or
    makes things ("shipping company, Russia" → {shipping, company}; "state app and portal"
    and "missile" name none): empty where it does not say so, or says more than a short
    phrase of small letters (a clause of grammar: "indeclinable", "uk newsroom form")."""
    first = _CLAUSE.split(_PAREN.sub(" ", note), 1)[0].strip()
    words = first.split()
    if not words or len(words) > 4 or any(not _WORD.fullmatch(w.lower()) for w in words):
        return frozenset()
    low = [w.lower() for w in words]
    if low[-1] not in _BODIES or any(w in ("uk", "ru", "ua") for w in low):
        return frozenset()
    return frozenset(low)
