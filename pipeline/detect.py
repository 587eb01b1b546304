"""Language identification for en / uk / ru.

Three layers, cheapest first (the combination was chosen by measuring with
``bench/langid.py`` on WMT22 lines; see the README):

1. **Script.** Text with no letters is ``und``.  Text whose letters are mostly Latin
   is English; text with a fair share of Cyrillic is Ukrainian or Russian (a Ukrainian
   line naming *Royal Mail International* is still Ukrainian).
2. **Cyrillic evidence.** Letters only one language has (і ї є ґ and the apostrophe
   inside a word → uk; ы э ъ ё → ru) and frequent function words only one language has
   (що, це, від, або → uk; что, это, или, из → ru) are counted.  A clear margin decides.
3. **Statistical model.** When the evidence is absent or balanced, lingua, restricted to
   Ukrainian and Russian, decides on character n-grams.

Evidence-based decisions report ``confidence = 1 - 0.5 ** (1 + margin)`` (a score that
grows with the number of unambiguous cues, not a calibrated probability); model decisions
report lingua's confidence value.  Detectors are built once, lazily, per process.

Languages other than en/uk/ru are recognised at article level only (langdetect, fixed
seed, all 55 profiles) and raise :class:`~pipeline.errors.InputError`.

Work is bounded on long texts: a text over :data:`SAMPLE_CHARS` characters (a whole story,
or one huge paragraph) is told from :func:`sample`, evenly spread pieces of it, never
read whole.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, compress, islice
from operator import itemgetter
from typing import TYPE_CHECKING

from pipeline import langid_cache, lingua_helper
from pipeline.errors import InputError
from pipeline.lingua_model import lingua_scores
from pipeline.model import Article, Paragraph

if TYPE_CHECKING:
    from langdetect.detector_factory import DetectorFactory as LdFactory

UND = "und"

UK_LETTERS = frozenset("іїєґ")
RU_LETTERS = frozenset("ыэъё")
APOSTROPHES = "'’ʼ"

# Frequent words that are not (or are only archaic / rare) words of the other language.
_UK_WORDS = """
    що це як та де від він вона воно вони його або але чи ще вже також щоб бо цей ця ці
    цього цим цю який яка яке які якого якої якщо коли ми ви ти мене мені тобі собі зараз
    дуже можна треба потрібно було були була буде бути немає нема щодо року році рік дякую
    гаразд звичайно тепер сьогодні вчора лише тільки чому хто щось проте однак отже адже
    хоча поки доки щойно наразі зокрема нині згодом з із зі й нього кожен кожна будь ласка
    своїй свого своєї тих цих нашої вашої"""
_RU_WORDS = """
    и что это как он она оно они его ее их меня мне тебя себя нет да или но если чтобы
    когда где кто также тоже уже еще только очень сейчас теперь здесь можно нужно надо был
    была было были будет есть после из к со во год года году лет который которая которое
    которые которых которого чем чего сказал свой своей всех пока хотя однако поэтому
    потому сегодня спасибо пожалуйста привет хорошо ничего нибудь никто ни ли под более
    менее между каждый будто"""
UK_WORDS = frozenset(_UK_WORDS.split())
RU_WORDS = frozenset(_RU_WORDS.split())
_RU_ONLY_WORDS = RU_WORDS - UK_WORDS

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")


SAMPLE_CHARS = 10_000
"""Longest text told whole; a longer one is told from :func:`sample` (langdetect reads
no more than 10,000 characters of a text anyway)."""
SAMPLE_PIECES = 40


def sample(texts: Sequence[str], limit: int = SAMPLE_CHARS) -> str:
    """``texts`` (paragraphs) joined by line breaks, or, past ``limit`` characters,
    :data:`SAMPLE_PIECES` pieces of them spread evenly over the whole, about ``limit``
    characters in all: a paragraph shorter than a piece whole, a longer one a window of
    whole words.  What the language of a long text is told from."""
    total = sum(len(text) + 1 for text in texts)
    if total <= limit + 1:
        return "\n".join(texts)
    size = limit // SAMPLE_PIECES
    starts = list(accumulate((len(text) + 1 for text in texts), initial=0))
    pieces: dict[tuple[int, int], str] = {}
    for i in range(SAMPLE_PIECES):
        at = i * total // SAMPLE_PIECES
        k = bisect_right(starts, at) - 1
        text = texts[k]
        if len(text) <= size:
            pieces[(k, 0)] = text
            continue
        pos = min(at - starts[k], len(text) - size)
        window = text[pos : pos + size]
        if pos and not text[pos - 1].isspace():  # drop the words cut at either end
            window = window.partition(" ")[2] or window
        if pos + size < len(text) and not text[pos + size].isspace():
            window = window.rpartition(" ")[0] or window
        pieces[(k, pos)] = window
    return "\n".join(pieces.values())


@dataclass(frozen=True, slots=True)
class Detection:
    """The language of a text (``en``/``uk``/``ru``/``und``), its confidence and the runner-up."""

    lang: str
    confidence: float
    runner_up: str | None = None
    runner_up_confidence: float = 0.0
    method: str = "model"


@dataclass(frozen=True, slots=True)
class Profile:
    """Letter and word counts of a text: what the cheap layers decide on.

    ``uk`` / ``ru`` count the cues of each language; ``cyrillic_words`` feed the model.
    """

    latin: int
    cyrillic: int
    other: int
    uk: int
    ru: int
    cyrillic_words: tuple[str, ...] = ()
    lowercase_latin_words: int = 0


@cache  # a character's script; few characters occur
def _script(ch: str) -> str:
    if "a" <= ch <= "z" or "A" <= ch <= "Z":
        return "latin"
    if "\u0400" <= ch <= "\u04ff":
        return "cyrillic"
    name = unicodedata.name(ch, "")
    if name.startswith("LATIN"):
        return "latin"
    if name.startswith("CYRILLIC"):
        return "cyrillic"
    return "other"


_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+")
_CYRILLIC = re.compile(r"[\u0400-\u052f]+")
_LETTER = re.compile(r"[^\W\d_]")
_LETTERS = re.compile(r"[^\W\d_]+")


def _count(chars: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` the runs of ``chars`` cover (counted in C)."""
    return len(text) - len(chars.sub("", text))


def profile(text: str) -> Profile:
    """Count Latin, Cyrillic and other letters, and the uk / ru cues of ``text``."""
    latin, cyrillic = _count(_LATIN, text), _count(_CYRILLIC, text)
    other = _count(_LETTERS, text) - latin - cyrillic
    if not cyrillic:
        return Profile(latin, 0, other, 0, 0)
    low = text.lower()
    uk = sum(low.count(ch) for ch in UK_LETTERS)
    ru = sum(low.count(ch) for ch in RU_LETTERS)
    words = _WORD.findall(text)
    scripts = list(map(_script, map(itemgetter(0), words)))  # a word's script: its first letter's
    cyrillic_words = list(compress(words, map("cyrillic".__eq__, scripts)))
    lowercase_latin = sum(map(str.islower, compress(words, map("latin".__eq__, scripts))))
    lows = list(map(str.lower, cyrillic_words))
    uk += sum(map(UK_WORDS.__contains__, lows))
    ru += sum(map(_RU_ONLY_WORDS.__contains__, lows))  # a word of both lists counts for uk
    if any(a in text for a in APOSTROPHES):
        uk += sum(1 for word in lows if _APOSTROPHE.search(word))
    return Profile(
        latin,
        cyrillic,
        other,
        uk,
        ru,
        tuple(cyrillic_words),
        lowercase_latin,
    )


def _evidence_confidence(margin: int) -> float:
    return round(1.0 - 0.5 ** (1 + margin), 4)


@cache
def _langdetect_all() -> LdFactory:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    DetectorFactory.seed = 0
    factory = DetectorFactory()
    factory.seed = 0
    factory.load_profile(PROFILES_DIRECTORY)
    return factory


def _model_uk_ru(prof: Profile) -> Detection:
    text = " ".join(prof.cyrillic_words)
    codes = langid_cache.lookup(text)  # a verdict an earlier run kept: lingua stays unloaded
    if codes is None:
        # the helper process's lingua when a run started one (pipeline.lingua_helper)
        codes = lingua_helper.ask(text)
        if codes is None:
            codes = lingua_scores(text)
        langid_cache.keep(text, codes)
    if not codes or codes[0][1] == 0.0:
        return Detection(UND, 0.0, method="model")
    (best, conf), (second, second_conf) = codes[0], codes[1]
    return Detection(best, round(conf, 4), second, round(second_conf, 4), "model")


def detect(text: str, *, model: bool = True) -> Detection:
    """The language of ``text``: ``en``, ``uk``, ``ru``, or ``und`` (no letters, other script).

    A text over :data:`SAMPLE_CHARS` characters is told from :func:`sample`.  With
    ``model=False`` a text only the model could tell is ``und`` (method ``model``, confidence
    0), and lingua is neither loaded nor run."""
    prof = profile(text if len(text) <= SAMPLE_CHARS else sample([text]))
    letters = prof.latin + prof.cyrillic + prof.other
    if not letters:
        return Detection(UND, 0.0, method="script")
    if prof.other > prof.latin + prof.cyrillic:
        return Detection(UND, 0.0, method="script")
    if not prof.cyrillic or (prof.cyrillic * 4 < prof.latin and prof.lowercase_latin_words):
        # Mostly English words; a Cyrillic line naming Latin-script brands has few lowercase ones.
        return Detection("en", 1.0, method="script")
    margin = prof.uk - prof.ru
    if prof.uk and prof.ru and min(prof.uk, prof.ru) * 3 > max(prof.uk, prof.ru):
        # Both languages' cues and no clear majority: the model weighs it all.
        return _model_uk_ru(prof) if model else Detection(UND, 0.0, method="model")
    if margin > 0:
        conf = _evidence_confidence(margin)
        return Detection("uk", conf, "ru", round(1 - conf, 4), "evidence")
    if margin < 0:
        conf = _evidence_confidence(-margin)
        return Detection("ru", conf, "uk", round(1 - conf, 4), "evidence")
    return _model_uk_ru(prof) if model else Detection(UND, 0.0, method="model")


_CUE_WORDS = {"uk": UK_WORDS, "ru": _RU_ONLY_WORDS}  # what :func:`profile` counts


def _has_cue(text: str, low: str, words: list[str], lows: set[str], lang: str) -> bool:
    """Whether :func:`profile` counts a cue of ``lang`` (uk or ru) in ``text``, which has
    Cyrillic letters (``low`` is ``text`` lower-cased, ``words`` its :data:`_WORD` tokens and
    ``lows`` those lower-cased)."""
    if any(ch in low for ch in (UK_LETTERS if lang == "uk" else RU_LETTERS)):
        return True
    # A word of the list is Cyrillic, so it starts with a Cyrillic letter, as profile asks.
    if not _CUE_WORDS[lang].isdisjoint(lows):
        return True
    return (
        lang == "uk"
        and any(a in text for a in APOSTROPHES)
        and any(_APOSTROPHE.search(w) and _script(w[0]) == "cyrillic" for w in words)
    )


def rules_out(text: str, lang: str) -> bool:
    """Whether :func:`detect` cannot call ``text`` ``lang`` (uk or ru), told from the cues
    alone: ``text`` holds a letter or word of the other of uk / ru and none of ``lang``.

    Much cheaper than :func:`detect` (no letter counts, no model); ``False`` says nothing.
    """
    if len(text) > SAMPLE_CHARS:
        return False  # detect reads a sample of it
    other = "ru" if lang == "uk" else "uk"
    low = text.lower()
    words = _WORD.findall(text)
    lows = set(map(str.lower, words))
    # Without Cyrillic letters detect says en or und; with them, the other language's
    # cues alone give it a positive margin.
    return _has_cue(text, low, words, lows, other) and not _has_cue(text, low, words, lows, lang)


_QUOTE = re.compile(r"«([^«»]+)»|“([^“”]+)”|„([^„“”]+)[“”]|\"([^\"]+)\"")
MIN_MIXED_WORDS = 3
MIN_MIXED_CONFIDENCE = 0.75
FOREIGN_MIN_LETTERS = 40
FOREIGN_MIN_PROBABILITY = 0.95
FOREIGN_MAX_OWN_CUES = 0.05
FOREIGN_CHECK_LETTERS = "іїєґыэё"
FOREIGN_PARAGRAPH_WORDS = 8
# English function words that are not also common words of other Latin-script languages.
_EN_WORDS = """
    the of and that with this are from but they she you his have be by which would will
    has had been were their there what when about can said more its who our your into than
    them these after also not"""
EN_WORDS = frozenset(_EN_WORDS.split())


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _has_words(text: str, count: int) -> bool:
    """Whether ``text`` has at least ``count`` words (read no further than that)."""
    return sum(1 for _ in islice(_WORD.finditer(text), count)) == count


_COUNT_CHUNK = 1 << 16


def _letters(text: str) -> int:
    """The number of letters in ``text``, counted in C a piece at a time (a story's
    paragraph may be huge; ``subn`` holds the text between the letters it removes)."""
    return sum(
        _LETTER.subn("", text[i : i + _COUNT_CHUNK])[1] for i in range(0, len(text), _COUNT_CHUNK)
    )


def _own_cues(text: str) -> float:
    """Signs of en / uk / ru per word: English function words, and letters only uk or ru
    have (ъ aside, which Bulgarian shares).  Text full of them is not a foreign language."""
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0
    cues = sum(w in EN_WORDS for w in words)
    cues += sum(text.count(ch) + text.count(ch.upper()) for ch in FOREIGN_CHECK_LETTERS)
    return cues / len(words)


def _foreign_language(text: str) -> tuple[str, float] | None:
    """A confidently detected language outside en/uk/ru, or ``None``.

    langdetect (all 55 profiles) must be sure, the text long enough, and nearly free of
    the cues of our own languages — short lines fool langdetect easily.  A text over
    :data:`SAMPLE_CHARS` characters is told from :func:`sample`.
    """
    if len(text) > SAMPLE_CHARS:
        text = sample([text])
    if sum(map(str.isalpha, text)) < FOREIGN_MIN_LETTERS:
        return None
    if _own_cues(text) >= FOREIGN_MAX_OWN_CUES:
        return None
    # Imported only here: most texts are settled by the cues above, and langdetect's
    # modules (with numpy) are a tenth of a one-story run's start.
    from langdetect.lang_detect_exception import LangDetectException

    from pipeline.langdetect_fast import Detector

    detector = Detector(_langdetect_all())
    detector.append(text)
    try:
        top = detector.top_outside(("en", "uk", "ru"), FOREIGN_MIN_PROBABILITY)
    except LangDetectException:
        return None
    return (top.lang, top.prob) if top else None


def _foreign_paragraphs(paragraphs: list[Paragraph]) -> dict[int, str]:
    """The paragraphs (by ``id``) of a story of several that are in a language other than
    en/uk/ru, with its code: a French quote in a Russian story.  Held to more words than
    :func:`_foreign_language` asks of a whole text, and never all the paragraphs (then the
    story itself is foreign)."""
    if len(paragraphs) < 2:
        return {}
    found = {}
    for para in paragraphs:
        if _has_words(para.text, FOREIGN_PARAGRAPH_WORDS):
            code = _foreign_language(para.text)
            if code:
                found[id(para)] = code[0]
    return found if len(found) < len(paragraphs) else {}


def detect_article(article: Article, forced: str | None = None) -> Detection:
    """Set ``paragraph.lang``, ``article.lang``, ``lang_confidence`` and ``mixed_languages``.

    Returns the article-level :class:`Detection` (runner-up: the next language by weight).
    The article's language is the paragraphs' majority weighted by their letters;
    ``mixed_languages`` lists the *other* languages found in whole paragraphs or in
    quotations (of at least three words, detected confidently), e.g. ``["ru"]`` for a
    Russian quote in a Ukrainian story.  A paragraph without letters, or a uk/ru one the
    model could not tell confidently (``Фото: Reuters``), takes the article's language.
    ``forced`` (already normalised) skips detection.
    Raises :class:`InputError` when the text is in a language newsmt does not translate.
    """
    if forced:
        for para in article.paragraphs:
            para.lang = forced
        article.lang, article.lang_confidence, article.mixed_languages = forced, 1.0, []
        return Detection(forced, 1.0, method="forced")
    paragraphs = article.paragraphs
    # One Detection object per distinct result, no pair per paragraph: a story may have
    # hundreds of thousands of paragraphs, most detected alike.
    shared: dict[Detection, Detection] = {}
    found = [shared.setdefault(det, det) for det in (detect(p.text) for p in paragraphs)]
    quoted = _foreign_paragraphs(paragraphs)
    for para, det in zip(paragraphs, found, strict=True):
        para.lang = quoted.get(id(para), det.lang)

    def scored() -> Iterator[tuple[Paragraph, Detection]]:
        return (
            (p, d)
            for p, d in zip(paragraphs, found, strict=True)
            if d.lang != UND and id(p) not in quoted
        )

    if next(scored(), None) is None:
        article.lang, article.lang_confidence, article.mixed_languages = UND, 0.0, []
        return Detection(UND, 0.0, method="script")
    # Paragraphs the model could not tell confidently are left out of the vote if others can.
    if any(not _weak(d) for _, d in scored()):
        strong = ((p, d) for p, d in scored() if not _weak(d))
    else:
        strong = scored()
    weights: Counter[str] = Counter()
    confidences: Counter[str] = Counter()
    for para, det in strong:
        letters = _letters(para.text)
        weights[det.lang] += letters
        confidences[det.lang] += det.confidence * letters
    ranked = weights.most_common(2)
    main = ranked[0][0]
    foreign = _foreign_language(sample([p.text for p in article.paragraphs]))
    if foreign:
        code, prob = foreign
        raise InputError(
            f"{article.source_path}: the text looks like language '{code}' "
            f"(p={prob:.2f}), not en/uk/ru — newsmt translates between en, uk and ru; "
            "if detection is wrong, name the language: `newsmt translate --from en|uk|ru`"
        )
    for para, det in zip(paragraphs, found, strict=True):
        if id(para) in quoted:
            continue
        if det.lang == UND or (_weak(det) and main in ("uk", "ru")):
            para.lang = main
    others: set[str] = set()
    for para, det in scored():
        if det.confidence >= MIN_MIXED_CONFIDENCE and _has_words(para.text, MIN_MIXED_WORDS):
            others.add(det.lang)
        for match in _QUOTE.finditer(para.text):
            quote = next(g for g in match.groups() if g)
            inner = detect(quote)
            if _words(quote) >= MIN_MIXED_WORDS and inner.confidence >= MIN_MIXED_CONFIDENCE:
                others.add(inner.lang)
    total = weights.total()
    article.lang = main
    article.lang_confidence = round(confidences[main] / total, 4)
    article.mixed_languages = sorted(others - {main, UND})
    if len(ranked) < 2:
        return Detection(main, article.lang_confidence, method="paragraphs")
    second = ranked[1][0]
    return Detection(
        main, article.lang_confidence, second, round(confidences[second] / total, 4), "paragraphs"
    )


def _weak(found: Detection) -> bool:
    """A statistical uk/ru decision below the confidence bar."""
    return found.method == "model" and found.confidence < MIN_MIXED_CONFIDENCE
