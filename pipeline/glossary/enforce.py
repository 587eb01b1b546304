"""Making a translation use the glossary: find, check and post-edit entity renderings.

For each entity found in a source sentence the translation must hold the
target form with the same index (full name ↔ full name, surname ↔ surname),
inflected as the sentence needs.  A correct rendering is left untouched (ok).
Otherwise the engine's own rendering is located — the glossary entity in another
form, or a run of words that sounds like one of its case forms (transliteration
similarity, then position; adjectives made from the name are not renderings) —
and replaced by the glossary form (fixed).  The case combines the rendering's
ending with the sentence around it (:mod:`pipeline.glossary.context`): an ending
that is a credible form of a case the context allows is kept; a made-up ending
takes the likeliest context case whose form is nearest to it; a valid form the
context rules out (after a preposition, an agreeing title or adjective) is
corrected.  A form pymorphy3 cannot vouch for is left as it is and flagged
needs-review; an entity with no rendering is missing; a source span matching
entries with different targets, or two equally likely renderings, is ambiguous.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from itertools import pairwise

from pipeline.glossary.context import NO_CLUE, CaseContext, case_context
from pipeline.glossary.match import (
    DECLINING_ENDINGS,
    Glossary,
    Match,
    Pattern,
    Token,
    person_gender,
    tokenize,
)
from pipeline.glossary.match import declines as name_declines
from pipeline.glossary.morph import (
    ALL_CASES,
    CASES,
    Paradigm,
    edit_distance,
    is_acronym,
    known_parses,
    norm_key,
)
from pipeline.glossary.source import ruled_by_source, source_case, subject_in_source
from pipeline.glossary.translit import similarity
from pipeline.model import HIT_STATUSES, Article, GlossaryHit

OK, FIXED, MISSING, AMBIGUOUS, REVIEW = HIT_STATUSES
MIN_SIMILARITY = 0.72
_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
CLOSE_CALL = 0.04
_NOT_NAME_POS = frozenset({"ADJF", "PRTF", "ADVB", "COMP", "VERB", "INFN", "GRND"})
_PARTICLES = frozenset({"NPRO", "PREP", "PRCL", "CONJ"})  # де, ван, фон in a name
_QUOTES = "«»“”„\"'‘’()"
_HYPHENS = "-‐‑"
_CLOSING = '»”"'
_QUOTED_START = re.compile(r"[«“„\"](?:[^\W\d]\w*[\s\u00a0]+){1,3}$")


@dataclass
class _Edit:
    start: int
    end: int
    text: str
    hit: GlossaryHit


def _aligned(words: list[str], pat: Pattern) -> list[tuple[str, Paradigm]]:
    """The rendering's words paired with the pattern's inflecting tokens (the last word
    with the last inflecting token when the counts differ)."""
    inflecting = [i for i, p in enumerate(pat.paradigms) if p.inflects]
    if not inflecting:
        return []
    if len(words) == len(pat.words):
        return [(words[i], pat.paradigms[i]) for i in inflecting]
    return [(words[-1], pat.paradigms[inflecting[-1]])]


def _common_prefix(words: list[str]) -> str:
    first, last = min(words), max(words)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[:n]


def _credible_cases(word: str, par: Paradigm) -> frozenset[str]:
    """Cases ``word`` expresses as a form of ``par``: a surface of it, or a spelling variant
    ending like one (Кішидою → instrumental).  Empty for a made-up ending (Кісідам)."""
    key = norm_key(word)
    if key in par.surfaces:
        return par.surfaces[key]
    stem = _common_prefix(list(par.surfaces))
    if not stem:
        return frozenset()
    best, cases = 0, set[str]()
    for surface, surface_cases in par.surfaces.items():
        ending = surface[len(stem) - 1 :]  # the stem's last letter anchors the ending
        if len(key) > len(ending) and key.endswith(ending):
            if len(ending) > best:
                best, cases = len(ending), set(surface_cases)
            elif len(ending) == best:
                cases |= surface_cases
    return frozenset(cases)


def _own_cases(words: list[str], pat: Pattern) -> tuple[frozenset[str], bool]:
    """Cases the rendering's credible endings express, and whether some ending is made up
    (the other words still tell the case: Річард Норландою → nominative)."""
    cases, made_up = ALL_CASES, False
    for word, par in _aligned(words, pat):
        credible = _credible_cases(word, par)
        made_up |= not credible
        cases &= credible or ALL_CASES
    return (frozenset() if cases == ALL_CASES else cases), made_up


def _distance(words: list[str], pat: Pattern, case: str, variants: bool) -> int:
    """How far the rendering's inflecting words are from the pattern's forms in ``case``
    (from the closest of the case's forms with ``variants``, else its preferred form)."""
    return sum(
        min(
            edit_distance(norm_key(word), norm_key(v))
            for v in par.variants(case)[: None if variants else 1]
        )
        for word, par in _aligned(words, pat)
    )


def _possible(cases: frozenset[str], ctx: CaseContext) -> frozenset[str]:
    """``cases`` without the locative where neither a preposition nor an agreeing word
    allows it (Зеленськім заявив)."""
    if ctx.preposition or not ctx.cases or "loct" in ctx.cases:
        return cases
    return cases - {"loct"}


def choose_case(
    pat: Pattern, words: list[str], own: frozenset[str], ctx: CaseContext, made_up: bool = False
) -> str:
    """The case to write a rendering ``words`` in.

    A rendering whose endings express a case the context allows keeps it; a strong context
    (a preposition, an agreeing word) overrules a case it excludes.  Otherwise each candidate
    case scores the edit distance from the rendering to its form plus its rank in the
    context's order of likelihood, so a made-up ending takes the likeliest case near it.
    """
    if not any(p.inflects for p in pat.paradigms):
        return "nomn"
    if own and not _possible(own, ctx):
        made_up = True
    own = _possible(own, ctx)
    order = list(ctx.cases) or list(CASES)
    if own:
        pool = [c for c in order if c in own]
        if not pool and ctx.strong:
            # A valid form in a case the context rules out: its ending says nothing of the
            # right one (президентом Дональд Трамп → Дональдом Трампом, not Дональда Трампа).
            return ctx.cases[0]
        pool = pool or [c for c in CASES if c in own]
    else:
        pool = order
    return min(pool, key=lambda c: _distance(words, pat, c, not made_up) + pool.index(c))


def _styled(replacement: str, rendering: str) -> str:
    """Keep an all-caps rendering (a headline) in caps."""
    letters = [c for c in rendering if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters) and not is_acronym(replacement):
        return replacement.upper()
    return replacement


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def _find_rendering(
    target: str,
    tokens: list[Token],
    pat: Pattern,
    source_text: str,
    rel_pos: float,
    taken: list[tuple[int, int]],
) -> tuple[tuple[int, int] | None, bool]:
    """The span of the run of words that sounds most like the entity; (None, False) if none.

    The flag is True when a second, separate run is about as likely (ambiguous).
    """
    refs = {source_text, *(pat.inflect(c) for c in CASES)}
    words = [t for t in tokens if t.text[:1].isalnum()]
    derived = [_derived(pat.lang, t.text) and not _derived(pat.lang, pat.words[0]) for t in words]
    scored: list[tuple[float, tuple[int, int]]] = []
    n = len(pat.words)
    for i, first in enumerate(words):
        lowered = first.text[:1].islower() and first.key != norm_key(pat.words[0])
        if (pat.words[0][:1].isupper() and lowered) or derived[i]:  # not нам for NAME
            continue
        for length in range(max(1, n - 1), n + 2):
            if i + length > len(words):
                break
            span = (first.start, words[i + length - 1].end)
            if _overlaps(span, taken) or "\n" in target[span[0] : span[1]]:
                continue
            text = target[span[0] : span[1]]
            score = max(similarity(text, ref) for ref in refs)
            score -= 0.05 * abs(length - n) + 0.05 * abs(span[0] / max(len(target), 1) - rel_pos)
            if score >= MIN_SIMILARITY:
                scored.append((score, span))
    if not scored:
        return None, False
    scored.sort(reverse=True)
    best_score, best = scored[0]
    rival = any(
        score >= best_score - CLOSE_CALL and not _overlaps(span, [best])
        for score, span in scored[1:]
    )
    return best, rival


def _derived(lang: str, word: str) -> bool:
    """Whether pymorphy3's dictionary knows ``word`` only as an adjective or participle
    derived from a name (Даллаських, київський), or as an adverb or verb (Ранее, not
    Иране): not a rendering of a name.  Short particles and short adjectives are not
    excluded: a name's misspelling may be one (Си, Байтен).  Always False for English,
    which has no pymorphy3 dictionary."""
    if lang not in ("uk", "ru"):
        return False
    known = known_parses(lang, word)
    return bool(known) and all(p.tag.POS in _NOT_NAME_POS for p in known)


def _forms_differ(match: Match, src: str, tgt: str) -> bool:
    mine = match.entry.target_forms(src, tgt)
    return any(alt.target_forms(src, tgt)[:1] != mine[:1] for alt in match.alternatives)


def enforce_sentence(
    source: str,
    target: str,
    src: str,
    tgt: str,
    glossary: Glossary,
    fix: bool = True,
    *,
    paragraph: int = 0,
    sentence: int = 0,
) -> tuple[str, list[GlossaryHit]]:
    """Check (and with ``fix``, post-edit) the glossary entities of one sentence pair.

    Returns the new target and one :class:`GlossaryHit` per entity found in ``source``
    (spans of ``target_span`` refer to the returned target).
    """
    src_matches = glossary.find(source, src)
    if not src_matches or not target.strip():
        return target, [
            GlossaryHit(m.entry.id, paragraph, sentence, m.span, m.text,
                        m.entry.target_forms(src, tgt)[0], None, None, MISSING)
            for m in src_matches
            if m.entry.target_forms(src, tgt)
        ]  # fmt: skip
    tgt_matches = glossary.find(target, tgt)
    tokens = tokenize(target)
    pairs = _pairs(src_matches, tgt_matches, src, tgt)
    taken = [m.span for m in tgt_matches]
    edits: list[_Edit] = []
    hits: list[GlossaryHit] = []
    for n, m in enumerate(src_matches):
        forms = m.entry.target_forms(src, tgt)
        if not forms:
            continue
        want = m.index if m.index < len(forms) else 0
        pat = glossary.pattern(m.entry, tgt, want)
        if pat is None:
            continue
        hit = GlossaryHit(m.entry.id, paragraph, sentence, m.span, m.text, pat.form)
        hits.append(hit)
        if _forms_differ(m, src, tgt):
            hit.status = AMBIGUOUS
            continue
        embedded = _inside_longer_name(source, m, src_matches)
        pick = pairs.get(n)
        if pick is not None:
            found = tgt_matches[pick]
            if found.index != want:
                wider = _with_rest_of_form(target, tokens, found.span, pat, taken)
                if wider != found.span:  # Геннадий Труханов: the whole name is the rendering
                    hit.target_text, hit.target_span = target[wider[0] : wider[1]], wider
                    taken.append(wider)
                    own = _own_cases(_words(hit.target_text), pat)
                    ctx = _case_context(source, m, tokens, wider, pat, taken, own[0], tgt)
                    _repair(hit, pat, wider, target, own, ctx, fix, edits)
                    continue
            hit.target_text, hit.target_span = found.text, found.span
            embedded = embedded or _joined_before(target, found.span)
            ctx = NO_CLUE
            if not embedded:
                ctx = _case_context(source, m, tokens, found.span, pat, taken, found.cases, tgt)
            cases = _possible(found.cases, ctx)
            fits = not ctx.cases or cases & set(ctx.cases) or not ctx.strong
            ruled = None
            if cases and not embedded:
                ruled = ruled_by_source(source, m, ctx, cases, pat)
            if ruled is not None:
                ctx = ruled  # a nominative the source rules out; its ending tells nothing
            elif found.index == want and cases and fits:
                hit.status = OK
                continue
            own = (found.cases, ruled is not None)
            _repair(hit, pat, found.span, target, own, ctx, fix, edits)
            continue
        rel = m.start / max(len(source), 1)
        span, rival = _find_rendering(target, tokens, pat, m.text, rel, taken)
        if span is None:
            hit.status = MISSING
            continue
        hit.target_text, hit.target_span = target[span[0] : span[1]], span
        taken.append(span)
        if rival:
            hit.status = AMBIGUOUS
            continue
        words = _words(hit.target_text)
        if _kept_foreign(target, span, pat):
            hit.status = REVIEW
            continue
        own = _own_cases(words, pat)
        embedded = embedded or _joined_before(target, span)
        # Inside a longer name only a made-up ending is the sentence's business.
        ctx = NO_CLUE
        if not embedded or own[1]:
            ctx = _case_context(source, m, tokens, span, pat, taken, own[0], tgt)
        _repair(hit, pat, span, target, own, ctx, fix, edits)
    return _apply(target, edits, hits), hits


def _with_rest_of_form(
    target: str,
    tokens: list[Token],
    span: tuple[int, int],
    pat: Pattern,
    taken: list[tuple[int, int]],
) -> tuple[int, int]:
    """``span`` of a shorter form (a surname) widened over the words right before it that
    render the wanted form's missing first words (Геннадий Труханов for Геннадій
    Труханов), so that the fix replaces them instead of writing the first name twice."""
    words = [t for t in tokens if t.text[:1].isalnum()]
    inside = [i for i, t in enumerate(words) if span[0] <= t.start and t.end <= span[1]]
    extra = len(pat.words) - len(inside)
    if not inside or extra <= 0 or inside[0] < extra:
        return span
    start = words[inside[0] - extra].start
    gap = target[start : span[0]]
    if "\n" in gap or _overlaps((start, span[0]), [t for t in taken if t != span]):
        return span
    before = " ".join(t.text for t in words[inside[0] - extra : inside[0]])
    refs = {" ".join(pat.inflect(c).split()[:extra]) for c in CASES}
    if max(similarity(before, ref) for ref in refs) < MIN_SIMILARITY:
        return span
    return start, span[1]


def _pairs(
    src_matches: list[Match], tgt_matches: list[Match], src: str, tgt: str
) -> dict[int, int]:
    """Source match → target match of the same entry, in order: first those whose target
    holds the wanted form (full name ↔ full name), then the rest, so that "Uri Geller …
    Geller's" pairs the surname with Геллера and the full name with its own rendering."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for exact in (True, False):
        for n, m in enumerate(src_matches):
            forms = m.entry.target_forms(src, tgt)
            if n in pairs or not forms or _forms_differ(m, src, tgt):
                continue
            want = m.index if m.index < len(forms) else 0
            pick = next(
                (i for i, t in enumerate(tgt_matches)
                 if i not in used and t.entry.id == m.entry.id and (t.index == want or not exact)),
                None,
            )  # fmt: skip
            if pick is not None:
                pairs[n] = pick
                used.add(pick)
    return pairs


def _words(text: str) -> list[str]:
    return [t.text for t in tokenize(text) if t.text[:1].isalnum()]


def _context(
    tokens: list[Token], span: tuple[int, int], pat: Pattern, others: list[tuple[int, int]]
) -> CaseContext:
    inside = [i for i, t in enumerate(tokens) if span[0] <= t.start and t.end <= span[1]]
    if not inside:
        return NO_CLUE
    names = frozenset(
        i
        for i, t in enumerate(tokens)
        if i not in inside and any(a <= t.start and t.end <= b for a, b in others)
    )
    form_gender = next((p.gender for p in reversed(pat.paradigms) if p.inflects), None)
    gender = person_gender(pat) if pat.entry.type == "PER" else form_gender
    declines = name_declines(pat, gender)
    kind = pat.entry.type
    head = next((p.word for p in reversed(pat.paradigms) if p.inflects), pat.words[-1])
    plural = pat.lang in ("uk", "ru") and any(
        p.tag.number == "plur" for p in known_parses(pat.lang, head)
    )
    ctx = case_context(
        pat.lang, tokens, inside[0], inside[-1], kind, gender, form_gender, declines, names, plural
    )
    if kind == "PER" and not declines and not ctx.male:
        # Роджерс may be a woman whose surname stays whole after any word: keep what is there.
        ctx = replace(ctx, strong=False)
    return ctx


def _case_context(
    source: str,
    m: Match,
    tokens: list[Token],
    span: tuple[int, int],
    pat: Pattern,
    taken: list[tuple[int, int]],
    cases: frozenset[str],
    tgt: str,
) -> CaseContext:
    """The cases the translation needs at the rendering ``span`` (with ``cases``, its own):
    read off the translation's words, narrowed to a uk/ru source's case, and allowing a
    nominative the source makes a subject."""
    ctx = source_case(m, _context(tokens, span, pat, taken))
    return subject_in_source(source, m, ctx, cases, tokens, span, tgt)


def _kept_foreign(target: str, span: tuple[int, int], pat: Pattern) -> bool:
    """Whether a Latin-script rendering of a Cyrillic form sits in a longer Latin name the
    engine kept (Haryali London), or in a sentence the engine left in English: not the
    entity's own rendering to replace."""
    if _CYRILLIC.search(target[span[0] : span[1]]) or not _CYRILLIC.search(pat.form):
        return False
    letters = [c for c in target if c.isalpha()]
    if sum(c.isascii() for c in letters) > len(letters) / 2:
        return True  # the sentence was left in English: nothing to post-edit in it
    before = target[: span[0]].rstrip(" \u00a0").rsplit(maxsplit=1)
    after = target[span[1] :].lstrip(" \u00a0").split(maxsplit=1)
    words = [w.strip(_QUOTES) for w in before[-1:] + after[:1]]  # «Stealth Omicron»
    return any(w[:1].isupper() and w.isascii() for w in words)


def _joined_before(target: str, span: tuple[int, int]) -> bool:
    """Whether the rendering ends a longer name, whose case is not its own: a hyphen joins
    it to the word before (суперництві Даллас-Вашингтон), or it closes a quoted name that
    starts with other words (у випадку «Стелс Омікрон», «Голос Америки»)."""
    before = target[: span[0]]
    if before[-1:] in _HYPHENS and before[-2:-1].isalpha():
        return True
    return bool(_QUOTED_START.search(before)) and target[span[1] : span[1] + 1] in _CLOSING


def _inside_longer_name(source: str, m: Match, src_matches: list[Match]) -> bool:
    """Whether a capitalized word the glossary does not know, or a hyphenated word, follows
    the source entity (Dallas Cowboys, Boulogne-sur-Mer): the name is a part of a longer
    one and its case is not its own."""
    after = source[m.end :]
    if after[:1] in _HYPHENS and after[1:2].isalpha():
        return True  # Boulogne-sur-Mer, Kyiv-based
    stripped = after.lstrip(" \u00a0")
    if len(stripped) == len(after) or not stripped[:1].isupper():
        return False
    start = m.end + len(after) - len(stripped)
    return not any(o.start == start for o in src_matches)


def _repair(
    hit: GlossaryHit,
    pat: Pattern,
    span: tuple[int, int],
    target: str,
    own: tuple[frozenset[str], bool],
    ctx: CaseContext,
    fix: bool,
    edits: list[_Edit],
) -> None:
    """Replace a rendering by the glossary form in the right case, or flag it for review."""
    rendering = target[span[0] : span[1]]
    toks = tokenize(rendering)
    words = [t.text for t in toks if t.text[:1].isalnum()]
    case = choose_case(pat, words, own[0], ctx, own[1])
    if ctx.female and not pat.inflect("nomn").lower().endswith(DECLINING_ENDINGS):
        case = "nomn"  # a woman's surname like Роджерс does not decline
    same = len(toks) == len(words)
    seps = [rendering[a.end : b.start] for a, b in pairwise(toks)] if same else []
    like = words
    if own[1]:  # a made-up ending says nothing about which of a case's forms to write
        variant = _usual_variant(pat, case, target[: span[0]])
        like = [variant] if variant else []
    replacement = _styled(pat.inflect(case, like=like, seps=seps), rendering)
    if not pat.vouched(case):
        hit.status, hit.proposal = REVIEW, replacement  # for an editor to confirm
        return
    if replacement.lower() == rendering.lower():  # a lower-case particle (де Клерк) stays
        hit.status = OK
        return
    if not fix:
        # The glossary form is not there; target_text says what is, proposal what would be.
        hit.status, hit.proposal = MISSING, replacement
        return
    hit.status, hit.original = FIXED, rendering
    edits.append(_Edit(span[0], span[1], replacement, hit))


def _usual_variant(pat: Pattern, case: str, before: str) -> str | None:
    """Of two Ukrainian forms of ``case`` for the name's last inflecting word, the one the
    orthography prefers (Правопис 2019): a second masculine dative in a row takes -у/-ю
    (лідеру Де Клерку, Урі Геллеру); a city takes the genitive -а/-я (Бристоля; a country has only
    -у: Ірану); an organisation -у/-ю (Омікрону, Пентагону).  None: the usual form."""
    par = next((p for p in reversed(pat.paradigms) if p.inflects), None)
    if pat.lang != "uk" or par is None or len(par.variants(case)) < 2:
        return None
    if case == "datv":
        prev = tokenize(before)[-1:]
        dative_noun = bool(prev) and any(
            p.tag.POS == "NOUN" and p.tag.case == "datv" and p.tag.gender == "masc"
            for p in known_parses("uk", prev[0].text)
        )
        # A surname after the first name too (Тарасові Шевченку, Урі Геллеру; not the
        # particle of Де Клеркові).
        first = pat.words[-2] if pat.entry.type == "PER" and len(pat.words) > 1 else ""
        surname = first[:1].isupper() and not any(
            p.tag.POS in _PARTICLES for p in known_parses("uk", first)
        )
        endings = ("у", "ю") if dative_noun or surname else ()
    elif case == "gent":
        endings = {"LOC": ("а", "я"), "ORG": ("у", "ю")}.get(pat.entry.type, ())
    else:
        endings = ()
    return next((v for v in par.variants(case) if endings and v.endswith(endings)), None)


def _apply(target: str, edits: list[_Edit], hits: list[GlossaryHit]) -> str:
    """Apply non-overlapping edits and move every hit's ``target_span`` onto the new text."""
    edited = {id(edit.hit) for edit in edits}
    ordered = sorted(edits, key=lambda e: e.start)
    for hit in hits:
        if hit.target_span is not None and id(hit) not in edited:
            shift = sum(
                len(e.text) - (e.end - e.start) for e in ordered if e.end <= hit.target_span[0]
            )
            hit.target_span = (hit.target_span[0] + shift, hit.target_span[1] + shift)
    out, last, shift = [], 0, 0
    for edit in ordered:
        out.append(target[last : edit.start])
        out.append(edit.text)
        start = edit.start + shift
        edit.hit.target_span = (start, start + len(edit.text))
        edit.hit.target_text = edit.text
        shift += len(edit.text) - (edit.end - edit.start)
        last = edit.end
    out.append(target[last:])
    return "".join(out)


def enforce_translation(
    article: Article,
    lang: str,
    glossary: Glossary,
    fix: bool = True,
    kept: Collection[int] = (),
) -> None:
    """Enforce the glossary on ``article.translations[lang]``: update sentences and ``hits``.

    The paragraphs in ``kept`` were left as they are (not translated): not enforced.
    """
    translation = article.translations[lang]
    src = article.lang or "en"
    hits: list[GlossaryHit] = []
    for p, para in enumerate(article.paragraphs):
        if p in kept:
            continue
        psrc = para.lang or src
        if p >= len(translation.sentences):
            break
        row = translation.sentences[p]
        for s, sent in enumerate(para.sentences):
            if s >= len(row) or psrc == lang:
                continue
            row[s], sentence_hits = enforce_sentence(
                sent.text, row[s], psrc, lang, glossary, fix, paragraph=p, sentence=s
            )
            hits.extend(sentence_hits)
    translation.hits = hits
