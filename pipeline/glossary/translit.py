"""A small uk/ru/en transliteration and a spelling-tolerant similarity of names.

Used to find how an engine rendered a name it did not take from the glossary:
"Kishida", "Кішида", "Кісіда" and "Кисида" all come out close to one another.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import product

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ё": "yo",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
}  # fmt: skip
_RU = {**_CYR, "г": "g", "и": "i"}  # Russian г and и (Ukrainian г and и sound h and y)
_SOUNDS = (
    ("shch", "s"), ("sch", "s"), ("sh", "s"), ("zh", "z"), ("ch", "c"), ("ts", "c"), ("tz", "c"),
    ("kh", "h"), ("ck", "k"), ("ph", "f"), ("th", "t"), ("q", "k"), ("x", "ks"), ("w", "v"),
    ("g", "h"), ("j", "i"), ("y", "i"), ("ie", "i"), ("ia", "a"), ("io", "o"), ("iu", "u"),
)  # fmt: skip
_DOUBLE = re.compile(r"(.)\1+")
_NON_ALPHA = re.compile(r"[^a-z ]+")


def to_latin(text: str, lang: str = "uk") -> str:
    """Lower-case ASCII transliteration of uk/ru/en text (other characters dropped).

    Cyrillic follows the Ukrainian scheme ("Горбунов" → "horbunov"), or with
    ``lang="ru"`` a Russian one ("gorbunov").
    """
    table = _RU if lang == "ru" else _CYR
    out = "".join(table.get(ch, ch) for ch in text.lower())
    return _NON_ALPHA.sub("", out)


@lru_cache(maxsize=1 << 16)
def skeleton(text: str) -> str:
    """A phonetic key: transliterated, sound groups merged, doubled letters collapsed."""
    out = to_latin(text)
    for old, new in _SOUNDS:
        out = out.replace(old, new)
    return _DOUBLE.sub(r"\1", " ".join(out.split()))


def similarity(a: str, b: str, floor: float = 0.0) -> float:
    """How alike two spellings sound, 0…1 (ratio of the skeletons' longest common blocks);
    0 when it is surely below ``floor`` (told by the lengths and letters alone, faster)."""
    return key_ratio(skeleton(a), skeleton(b), floor)


def key_ratio(ka: str, kb: str, floor: float = 0.0) -> float:
    """How alike two sound keys (:func:`skeleton`) are, 0…1; 0 when it is surely below
    ``floor``."""
    if not ka or not kb or 2 * min(len(ka), len(kb)) < floor * (len(ka) + len(kb)):
        return 0.0
    matcher = SequenceMatcher(None, ka, kb, autojunk=False)
    if floor and matcher.quick_ratio() < floor:
        return 0.0
    return matcher.ratio()


# English letter names, for acronyms read out letter by letter (BBC: Бі-Бі-Сі, Би-би-си).
_LETTER_NAMES = {
    "uk": dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (
        "Ей", "Бі", "Сі", "Ді", "І", "Еф", "Джі", "Ейч", "Ай", "Джей", "Кей", "Ел", "Ем",
        "Ен", "Оу", "Пі", "Кʼю", "Ар", "Ес", "Ті", "Ю", "Ві", "Дабл-ю", "Екс", "Вай", "Зед",
    ), strict=True)),
    "ru": dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (
        "Эй", "Би", "Си", "Ди", "И", "Эф", "Джи", "Эйч", "Ай", "Джей", "Кей", "Эл", "Эм",
        "Эн", "Оу", "Пи", "Кью", "Ар", "Эс", "Ти", "Ю", "Ви", "Дабл-ю", "Экс", "Уай", "Зед",
    ), strict=True)),
}  # fmt: skip
# Latin letter groups → Cyrillic, longest first (a rough English reading: Twitter → Твіттер).
_TO_CYR_UK = (
    ("shch", "щ"), ("sch", "ш"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"),
    ("th", "т"), ("ph", "ф"), ("ck", "к"), ("qu", "кв"), ("oo", "у"), ("ee", "і"), ("ya", "я"),
    ("yu", "ю"), ("ye", "є"), ("ai", "ей"), ("ay", "ей"), ("a", "а"), ("b", "б"), ("c", "к"),
    ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "і"), ("j", "дж"),
    ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("q", "к"),
    ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("w", "в"), ("x", "кс"),
    ("y", "і"), ("z", "з"),
)  # fmt: skip
# ... the same in Russian but for its letters: и for і (ee, i, y), е for є (ye).
_TO_CYR = {
    "uk": _TO_CYR_UK,
    "ru": tuple((latin, cyr.translate(str.maketrans("іє", "ие"))) for latin, cyr in _TO_CYR_UK),
}
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def spell_out(acronym: str, lang: str, sep: str = "-") -> str:
    """A Latin acronym as its letters are read in uk/ru (ABC → Ей-Бі-Сі, ru Эй-би-си); with
    ``sep`` a space, each letter's name a word of its own (Си Эн Эн, Эй Ай)."""
    names = [_LETTER_NAMES[lang].get(c, c) for c in acronym if c.isalpha()]
    if lang == "ru" and sep == "-":
        names = names[:1] + [n.lower() for n in names[1:]]
    return sep.join(names)


# English spellings read as they sound, applied in order before the letters (spoken=True).
_SPOKEN = (
    (re.compile(r"^you"), "ю"),  # YouTube
    # A word's first vowel a, short before a doubled consonant or ck: Apple → Эппл, Епл;
    # Blackstone → Блэкстоун (not a later one: WhatsApp → Ватсап).
    (re.compile(r"^([^aeiouy]*)a(?=pp|bb|dd|gg|tt|ck|ss)"), r"\1e"),
    (re.compile(r"c(?=[eiy])"), "с"),  # Facebook, Cinema
    # A vowel, a consonant and a silent e: Name → Нейм, Skype → Скайп, Stone → Стоун.
    (re.compile(r"([aiouy])([^aeiouy])e(?=[^aeiouy]|$)"), None),
    (re.compile(r"(?<=[^aeiouy])e$"), ""),  # a silent final e: Google → Гугл
    (re.compile(r"ou"), "ау"),  # Cloudflare → Клаудфлейр
    (re.compile(r"tion"), "шн"),  # Nation → Нейшн
    (re.compile(r"igh"), "ай"),  # Brighton → Брайтон
    (re.compile(r"wh"), "в"),  # WhatsApp → Ватсап
    (re.compile(r"ew"), "ью"),  # Newsweek → Ньюсвік
    (re.compile(r"ea"), "ee"),  # Steam → Стім (ee: uk і, ru и)
    (re.compile(r"ey$"), "ей"),  # Disney → Дісней
)
_LONG_VOWEL = {"a": "ей", "i": "ай", "y": "ай", "o": "оу", "u": "ю"}


def _spoken(low: str) -> str:
    for pattern, repl in _SPOKEN:
        if repl is None:
            low = pattern.sub(lambda m: _LONG_VOWEL[m.group(1)] + m.group(2), low)
        else:
            low = pattern.sub(repl, low)
    return low


def to_cyrillic(text: str, lang: str, spoken: bool = False) -> str:
    """A rough uk/ru Cyrillic spelling of Latin ``text`` (Twitter → Твіттер, ru Твиттер);
    all-caps words are spelled out letter by letter (BBC → Бі-Бі-Сі).  ``spoken`` reads a
    word's English spelling as it sounds first (a silent e, a long vowel before it, ou, ew,
    ea, igh, tion: Google → Гугл, Facebook → Фейсбук, Cloudflare → Клаудфлейр, Newsweek →
    Ньюсвік)."""

    def word(m: re.Match[str]) -> str:
        w = m.group()
        if len(w) > 1 and w.isupper():
            return spell_out(w, lang)
        low, out, i = w.lower(), [], 0
        if spoken:
            low = _spoken(low)
        while i < len(low):
            if not low[i].isascii():  # read already (_spoken)
                out.append(low[i])
                i += 1
                continue
            for latin, cyr in _TO_CYR[lang]:
                if low.startswith(latin, i):
                    out.append(cyr)
                    i += len(latin)
                    break
            else:
                i += 1
        cyr = "".join(out)
        return cyr[:1].upper() + cyr[1:] if w[:1].isupper() else cyr

    return _LATIN_WORD.sub(word, text)


@lru_cache(maxsize=4096)
def cyrillic_readings(text: str, lang: str, limit: int = 32) -> frozenset[str]:
    """The ways an engine may write Latin ``text`` in uk/ru Cyrillic, word by word: as
    written and as it sounds (:func:`to_cyrillic`), an all-caps word also spelled out, its
    letters' names joined by hyphens or, for three letters or more or beside other words,
    standing apart (LEAD: Леад, Лид, Эл-и-эй-ди, Эл И Эй Ди; DESIGN WORKS: Десигн
    Дабл-ю-о-ар-кей-эс among them; Open AI: Опен Эй Ай), a capital letter on its own also
    said (X: Экс).
    Beyond ``limit`` combinations, each reading for the whole text only."""
    parts = re.split(r"([A-Za-z]+)", text)
    choices: list[set[str]] = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            choices.append({part})
            continue
        said = part.title() if len(part) > 1 and part.isupper() else part
        options = {to_cyrillic(said, lang, spoken) for spoken in (False, True)}
        if len(part) > 1 and part.isupper():
            # Its letters' names apart only beside other words or for three letters or
            # more: two short names alone sound like any two short words (CR: И я).
            apart = len(part) >= 3 or len(parts) > 3
            options = {o.upper() for o in options} | {
                spell_out(part, lang, sep) for sep in ("- " if apart else "-")
            }
        elif part.isupper():  # a capital letter on its own is said (Space X: Спейс Экс)
            options.add(spell_out(part, lang))
        choices.append(options)
    count = 1
    for options in choices:
        count *= len(options)
    if count > limit:
        return frozenset(to_cyrillic(text, lang, spoken) for spoken in (False, True))
    return frozenset("".join(combo) for combo in product(*choices))
