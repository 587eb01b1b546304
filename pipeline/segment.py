"""Sentence splitting for uk/en/ru news text.

The fast path, :func:`split_sentences`, works on raw text with compiled regular
expressions: every run of ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or
brackets) followed by whitespace is a candidate boundary, and general rules decide it
from the word before and the word after:

* a line break always ends a sentence, so a headline without a final stop is one;
* no boundary inside a token (``1.5``, ``27.11.2026``, ``12:30``, ``U.S.``, ``example.com``)
  or before punctuation (``«Чому?», — спитав``, ``:)``);
* no boundary before a lowercase word (``т. зв. проєкт``, ``«Де?» — спитав він``), except
  in English after a plain word (web text starts sentences in lowercase), and none after
  an ellipsis before a lowercase word or a number;
* no boundary after an initial (``В. Зеленський``, ``J. R. R. Tolkien``) or after an
  abbreviation that stands before a name or number (``Mr.``, ``Dr.``, ``ім.``, ``вул.``,
  ``г. Москва``, ``No. 5``);
* after an abbreviation that may end a sentence (``Inc.``, ``U.S.``, ``2014 р.``,
  ``5 м.``) a boundary only before a word that typically opens a sentence (a pronoun,
  conjunction, preposition, quantifier …); after ``etc.``, ``т. д.``, ``и др.``, and after
  a unit, currency or magnitude that follows a number (``5 млрд грн.``), before any
  capital; after a clock time (``9 a.m.``) before a capital that is no day, month or time
  zone;
* an ellipsis glued to a capital (``вибухи…Влада``) and a caption marker glued to the text
  before it (``… Kim Jong-un Photo: …``) start a sentence;
* a quote or bracket may open the next sentence (``… сказав він. «Ми …``), and a dash
  after ``!``/``?`` continues it when a lowercase word follows (``«Ні!» — сказав він``);
* a list number at the start of a line (``1. Затвердити …``) is a segment of its own, as
  in the UD treebanks; a bullet (``•``) inside a line starts a sentence;
* in plain-text mail and social posts a separator run (``***``, ``-----``), an emoticon,
  or a web / e-mail address before a capital ends a sentence.

The abbreviation lists are per language; every language also knows the English
(Latin-script) ones.  The same splitter is a spaCy component (``newsmt_sentencizer``)
for pipelines built with :func:`make_nlp`, which sets ``doc.sents``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from pipeline.model import LANGS, Article, Sentence, normalize_lang

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def _words(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


# A line: a maximal run without a line break (a line break always ends a sentence).
_LINE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
# Candidate end: terminators and closing quotes/brackets before whitespace.
_CANDIDATE = re.compile(r"([.!?…]+)([»\"”’'`)\]]*)(?=\s)")
# A bullet inside running text starts a new sentence.
_BULLET = re.compile(r"\s(?=[•▪◦‣●■]\s)")
# Tokens that end a sentence without a full stop: separator runs (``***``, ``----``),
# emoticons, and a web or e-mail address before a capital or another address.
_SEPARATOR = re.compile(r"(?<!\S)([*=_~#-])\1{2,}(?!\S)")
_EMOTICON = re.compile(r"(?<!\S)[:;=]-?[()PDp/\\|]+(?=\s)")
_ADDRESS = re.compile(
    r"(?<!\S)(?:https?://|www\.|[\w.+-]+@)[^\s\"»”]+(?=\s+(?:[A-ZА-ЯІЇЄҐ]|https?:|www\.))"
)
# A caption glued to the text before it (``… Kim Jong-un Photo: Prime Minister …``).
_GLUED_CAPTION = re.compile(
    r"(?<=\S)\s+(?=(?:Photo|Фото|Picture|Illustration|Ілюстрація|Иллюстрация)\s*:\s*\S)"
)
# An ellipsis glued to the capital that opens the next sentence (``вибухи…Влада``).
_GLUED_ELLIPSIS = re.compile(r"(?<=[^\W\d_])(?:…|\.{3})(?=[A-ZА-ЯЁІЇЄҐ][^\W\d_])")
# A list number at the start of a line is a segment of its own (as in UD treebanks).
_LIST_NUMBER = re.compile(r"\s*\d{1,3}\.(?=\s+\S)")
# The word after a candidate: whitespace, opening quotes/brackets, the word.
_NEXT = re.compile(r"\s+([«\"“„”‘'`(\[]*)(\S*)")
_CLOSERS = "»\"”’'`)]"
_DASHES = "—–-"
_PREV_STRIP = "«»\"“„”‘’'`()[]"
_NUMBER = re.compile(r"^(?:\d+(?:[.,:/–-]\d+)*|[IVXLCDM]+)$")
_MAGNITUDES = _words("тис тыс млн млрд трлн thousand million billion trillion")

# Abbreviations that stand before a name or number: never a sentence end, unless a
# number precedes them (then they are units or years: ``5 м.``, ``2014 г.``).
_PREFIX = {
    "en": """mr mrs ms messrs mmes dr drs prof gen lt col maj capt cmdr adm sgt cpl pvt sen
        rep gov pres rev fr hon mt ft no nos art fig figs p pp vol ch sec para approx ca cf
        e.g i.e viz vs v ave blvd rd insp supt det atty amb ext tel incl""",
    "uk": """ім м вул просп пров пл бул наб ш с смт сел х оз о г р проф акад доц ген полк
        лейт підп п пп ст ч гл розд підрозд абз т зв наз напр див пор тел укр англ рос нім
        франц лат грец ісп італ пол япон букв св гр кв буд корп стор мал рис
        табл ок""",
    "ru": """г ул пр пер просп пл наб ш д им о оз р пос с дер х проф акад доц ген полк п пп
        ст ч гл т н к е см ср напр тел англ рус нем франц лат греч исп итал польск яп
        букв св гр кв корп стр рис табл ок род ум""",
}
# Abbreviations that may end a sentence: a boundary before a sentence starter only.
_POSTFIX = {
    "en": """inc ltd co corp jr sr bros llc plc a.m p.m u.s u.k u.n e.u d.c ph.d al esq dept
        univ govt est pct bn mn jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri
        sat sun st mins hrs yrs lbs oz km kg cm mm misc avg max min""",
    "uk": """р рр ст тис млн млрд трлн грн коп дол євр км кг см мм га год хв сек с обл ум
        од шт н.е""",
    "ru": """г гг в вв тыс млн млрд трлн руб коп долл км кг см мм мл га ч мин сек обл шт ед
        н.э""",
}
# Units, currencies and magnitudes: after a number, a boundary before any capital (``5 млрд
# грн. Уряд …``); no name follows them in running text.
_UNITS = {
    "en": "pct bn mn km kg cm mm lbs oz mins hrs yrs",
    "uk": "грн коп дол євр км кг см мм га шт тис млн млрд трлн",
    "ru": "руб коп долл км кг см мм мл га шт тыс млн млрд трлн",
}
# Clock times: after ``9 a.m.`` a capital starts a sentence, unless it is a day, a month
# or a time zone (AP style: ``at 9 a.m. Tuesday``, ``10 a.m. EST``).
_CLOCK = frozenset({"a.m", "p.m"})
_CALENDAR = _words(
    """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur
    thurs fri sat sun january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec today tomorrow
    yesterday local"""
)
# Abbreviations that usually end a sentence: a boundary before any capital.
_FINAL = {
    "en": "etc",
    "uk": "т.д т.п т.ін ін інш",
    "ru": "т.д т.п др проч",
}
# Capitalised words that typically open a sentence (lowercased).
_STARTERS = {
    "en": """the a an in on at it he she they we i you this that these those there here but
        and or so if when while after before as his her their its our my your what who whom
        why how where then however meanwhile some many most one yes for from to by with also
        still now today yesterday tomorrow last since although though because both each every
        all such other another more mr mrs ms dr is are was were will would can could do does
        did not no""",
    "uk": """у в на за після до про під через перед від з із зі для як коли що це цей ця ці
        той та те ті він вона воно вони ми ви я їх його її але і й а проте однак тоді тому
        там тут так ні також крім окрім при серед раніше згодом зараз нині сьогодні вчора
        завтра потім відтак адже бо якщо хоча утім втім наразі понад близько всі усі кожен
        інші деякі тобто зокрема отже водночас натомість нагадаємо згідно незважаючи о об
        багато чимало кілька декілька більшість обидва обидві жоден жодна ніхто ніщо""",
    "ru": """в во на за после до о об про под через перед от с со из для как когда что это
        этот эта эти тот та то те он она оно они мы вы я их его ее её но и а однако тогда
        поэтому там тут так нет также кроме при среди ранее позже сейчас сегодня вчера
        завтра потом ведь если хотя впрочем всего около все каждый другие некоторые то есть
        итак кстати напомним согласно несмотря именно о об многие многое несколько
        большинство оба обе никто ничто""",
}


def split_sentences(text: str, lang: str) -> list[Sentence]:
    """Split ``text`` into sentences with character offsets (``text[start:end]``).

    Sentences are stripped of surrounding whitespace; a line break always ends one.
    ``lang`` is ``en``, ``uk`` (alias ``ua``) or ``ru``.
    """
    rules = _RULES[normalize_lang(lang)]
    sentences: list[Sentence] = []
    for line in _LINE.finditer(text):
        lo, hi = line.span()
        cuts = [m.end() for m in _BULLET.finditer(text, lo, hi)]
        for sep in _SEPARATOR.finditer(text, lo, hi):
            cuts += sep.span()
        cuts.extend(m.end() for m in _EMOTICON.finditer(text, lo, hi))
        cuts.extend(m.end() for m in _ADDRESS.finditer(text, lo, hi))
        cuts.extend(m.end() for m in _GLUED_CAPTION.finditer(text, lo, hi))
        cuts.extend(m.end() for m in _GLUED_ELLIPSIS.finditer(text, lo, hi))
        number = _LIST_NUMBER.match(text, lo, hi)
        if number:
            cuts.append(number.end())
        cuts.extend(
            m.end() for m in _CANDIDATE.finditer(text, lo, hi) if rules.ends(text, lo, hi, m)
        )
        cuts.sort()
        start = lo
        for cut in [*cuts, hi]:
            _append(sentences, text, start, cut)
            start = cut
    return sentences.copy()  # no room to grow: a story may keep 100,000s of these lists


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        sentences.append(Sentence.of(text, start, end))


def _token_before(text: str, lo: int, pos: int) -> int:
    """Start of the whitespace-delimited token ending at ``pos``."""
    while pos > lo and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _previous_token(text: str, lo: int, tok_start: int) -> str:
    """The token before the one starting at ``tok_start`` (empty at the line start)."""
    end = tok_start
    while end > lo and text[end - 1].isspace():
        end -= 1
    return text[_token_before(text, lo, end) : end]


@dataclass(frozen=True)
class _Rules:
    """One language's abbreviation lists and sentence starters."""

    prefix: frozenset[str]
    postfix: frozenset[str]
    final: frozenset[str]
    starters: frozenset[str]
    units: frozenset[str]
    lowercase_starts: bool

    def ends(self, text: str, lo: int, hi: int, m: re.Match[str]) -> bool:
        """Whether the candidate ``m`` (terminators + closers before whitespace) ends a sentence."""
        nxt = _NEXT.match(text, m.end(), hi)
        word = nxt.group(2) if nxt else ""
        first = word[:1]
        if not first or not (first.isalnum() or first in _DASHES):
            return False  # nothing, or punctuation (``:)``, ``)``, ``/ км``) follows
        term, closers = m.group(1), m.group(2)
        if first in _DASHES:
            if len(word) > 1 and not word[1].isalnum():
                return False
            # «Ні!» — сказав він.  but  Він пішов. — Так, — сказала вона.
            after = _NEXT.match(text, nxt.end(), hi)
            if after and after.group(2)[:1].islower():
                return term == "."
            return True
        lower = first.islower()
        if lower and not (self.lowercase_starts and not closers):
            return False
        if term != ".":  # ! ? … and their mixes
            if lower and (term[-1] == "." or "…" in term):
                return False  # an ellipsis before a lowercase word: the sentence goes on
            return not (first.isdigit() and ("." in term or "…" in term))
        tok_start = _token_before(text, lo, m.start())
        raw = text[tok_start : m.start()]
        prev = raw.strip(_PREV_STRIP)
        if not prev or raw[-1:] in _CLOSERS:
            return True  # ``(… 50 км).``: the full stop is not an abbreviation's
        low = prev.lower()
        before = _previous_token(text, lo, tok_start)
        if before[-1:] == "." and len(before) <= 3 and before[:-1].isalpha():
            pair = f"{before[:-1].lower()}.{low}"  # ``т. д.`` → ``т.д``
            if pair in self.final:
                return not lower
            if pair in self.prefix or pair in self.postfix:
                low = pair
        if low in self.final:
            return not lower
        if lower:  # English only: a plain word before a full stop ends a sentence
            return prev.isalpha() and len(prev) > 1 and not self._abbreviation(low)
        if len(prev) == 1 and prev.isupper():
            return False  # an initial: В. Зеленський, J. R. R. Tolkien
        if first.isdigit():
            return not (self._abbreviation(low) or len(prev) == 1)
        if low in self.units and _number(before):
            return True  # 5 млрд грн. Уряд …
        if low in _CLOCK:
            return not (word.lower().rstrip(".,") in _CALENDAR or word.isupper())
        if low in self.prefix:  # after a number a unit or a year: 5 м., 2014 р.
            return _number(before) and self._starter(word)
        if low in self.postfix:
            return self._starter(word)
        if "." in low and _dotted(low):
            return not prev.isupper() and self._starter(word)  # J.R.R. Tolkien; т.е.
        return True

    def _abbreviation(self, low: str) -> bool:
        return low in self.prefix or low in self.postfix or low in self.final or "." in low

    def _starter(self, word: str) -> bool:
        return word[:1].isupper() and word.lower().rstrip('.,:;!?»"”') in self.starters


def _number(token: str) -> bool:
    """A number or a magnitude word (``2014``, ``1904-1905``, ``млн``)."""
    return bool(_NUMBER.match(token)) or token.lower().rstrip(".") in _MAGNITUDES


def _dotted(low: str) -> bool:
    """``u.s``, ``j.r.r``, ``т.е``: single letters joined by dots."""
    return all(len(part) == 1 and part.isalpha() for part in low.split("."))


# Latin-script abbreviations (``Mr.``, ``Inc.``) also occur in uk/ru text, and cannot
# clash with Cyrillic ones: every language knows the English lists too.
_RULES = {
    lang: _Rules(
        _words(_PREFIX[lang] + " " + _PREFIX["en"]),
        _words(_POSTFIX[lang] + " " + _POSTFIX["en"]),
        _words(_FINAL[lang] + " " + _FINAL["en"]),
        _words(_STARTERS[lang]),
        _words(_UNITS[lang] + " " + _UNITS["en"]),
        lowercase_starts=lang == "en",
    )
    for lang in LANGS
}


def segment_article(article: Article) -> None:
    """Fill ``sentences`` of every paragraph (language: paragraph's, article's, else en)."""
    for para in article.paragraphs:
        lang = para.lang or article.lang
        code = lang if lang in LANGS or lang == "ua" else "en"
        para.sentences = split_sentences(para.text, code)


def newsmt_sentencizer(doc: Doc) -> Doc:
    """spaCy component: set ``doc.sents`` with :func:`split_sentences` (doc language, else en)."""
    lang = doc.lang_ if doc.lang_ in LANGS else "en"
    starts = {s.start for s in split_sentences(doc.text, lang)}
    for i, token in enumerate(doc):
        token.is_sent_start = i == 0 or token.idx in starts
    return doc


@cache
def make_nlp(lang: str) -> Language:
    """A blank spaCy pipeline for ``lang`` whose ``newsmt_sentencizer`` sets ``doc.sents``.

    spaCy is imported here, not at module import, to keep :func:`split_sentences` light.
    """
    import spacy
    from spacy.language import Language

    if not Language.has_factory("newsmt_sentencizer"):
        Language.component("newsmt_sentencizer", func=newsmt_sentencizer)
    nlp = spacy.blank(normalize_lang(lang))
    nlp.add_pipe("newsmt_sentencizer")
    return nlp
