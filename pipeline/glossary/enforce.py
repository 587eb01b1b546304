"""Making a translation use the glossary: find, check and post-edit entity renderings.

For each entity found in a source sentence the translation must hold the
target form with the same index (full name ↔ full name, surname ↔ surname),
inflected as the sentence needs.  A correct rendering is left untouched (ok).
Otherwise the engine's own rendering is located — the glossary entity in another
form, or a run of words that sounds like the name (transliteration similarity,
then position) — and replaced by the glossary form in the case read off the
rendering's ending and the preposition before it (fixed).  A form pymorphy3
cannot vouch for, or a case that cannot be decided, is left as it is and flagged
needs-review; an entity with no rendering is missing; a source span matching
entries with different targets, or two equally likely renderings, is ambiguous.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.glossary.match import Glossary, Match, Pattern, Token, tokenize
from pipeline.glossary.morph import ALL_CASES, CASES, Paradigm, is_acronym, norm_key
from pipeline.glossary.translit import similarity
from pipeline.model import Article, GlossaryHit

OK, FIXED, MISSING, AMBIGUOUS, REVIEW = "ok", "fixed", "missing", "ambiguous", "needs-review"
MIN_SIMILARITY = 0.72
CLOSE_CALL = 0.04

_G, _D, _A, _I, _L = "gent", "datv", "accs", "ablt", "loct"
PREPOSITIONS: dict[str, dict[str, frozenset[str]]] = {
    "uk": {
        **dict.fromkeys(("у", "в", "ві", "уві"), frozenset({_L, _A, _G})),
        **dict.fromkeys(("на", "о", "об"), frozenset({_L, _A})),
        "по": frozenset({_L, _D, _A}),
        "при": frozenset({_L}),
        **dict.fromkeys(("з", "із", "зі", "зо"), frozenset({_G, _I, _A})),
        **dict.fromkeys(("над", "під", "перед", "за", "між", "поза"), frozenset({_I, _A})),
        **dict.fromkeys(("про", "через", "крізь"), frozenset({_A})),
        **dict.fromkeys(("завдяки", "всупереч", "назустріч"), frozenset({_D})),
        **dict.fromkeys(
            ("до", "від", "од", "для", "без", "біля", "після", "крім", "серед", "проти",
             "замість", "щодо", "навколо", "поблизу", "довкола", "протягом", "впродовж"),
            frozenset({_G}),
        ),
    },
    "ru": {
        **dict.fromkeys(("в", "во", "на", "о", "об", "обо"), frozenset({_L, _A})),
        "при": frozenset({_L}),
        "по": frozenset({_D, _L, _A}),
        **dict.fromkeys(("к", "ко", "благодаря", "вопреки"), frozenset({_D})),
        **dict.fromkeys(("с", "со"), frozenset({_G, _I, _A})),
        **dict.fromkeys(
            ("над", "надо", "под", "подо", "перед", "передо", "за", "между"),
            frozenset({_I, _A}),
        ),
        **dict.fromkeys(("про", "через", "сквозь"), frozenset({_A})),
        **dict.fromkeys(
            ("у", "от", "ото", "до", "из", "изо", "для", "без", "безо", "после", "около",
             "кроме", "среди", "против", "вместо", "возле", "вокруг", "насчет", "насчёт"),
            frozenset({_G}),
        ),
    },
}  # fmt: skip


@dataclass
class _Edit:
    start: int
    end: int
    text: str
    hit: GlossaryHit


def governed_cases(target: str, start: int, lang: str) -> frozenset[str]:
    """Cases the preposition right before ``start`` allows (all cases when there is none)."""
    table = PREPOSITIONS.get(lang)
    if not table:
        return ALL_CASES
    before = tokenize(target[:start])
    if not before:
        return ALL_CASES
    return table.get(before[-1].text.lower(), ALL_CASES)


def _suffix_len(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _ending_cases(word: str, par: Paradigm) -> frozenset[str]:
    """The cases whose forms share the longest ending with ``word`` (a rendering's token)."""
    key = norm_key(word)
    if key in par.surfaces:
        return par.surfaces[key]
    best, cases = 0, set[str]()
    for surface, surface_cases in par.surfaces.items():
        n = _suffix_len(key, surface)
        if n > best:
            best, cases = n, set(surface_cases)
        elif n == best and n:
            cases |= surface_cases
    return frozenset(cases) if best else ALL_CASES


def _rendering_cases(words: list[str], pat: Pattern) -> frozenset[str]:
    """Cases a rendering expresses, read off its inflecting tokens' endings."""
    inflecting = [i for i, p in enumerate(pat.paradigms) if p.inflects]
    if not inflecting:
        return ALL_CASES
    if len(words) == len(pat.words):
        pairs = [(words[i], pat.paradigms[i]) for i in inflecting]
    else:
        pairs = [(words[-1], pat.paradigms[inflecting[-1]])]
    cases = ALL_CASES
    for word, par in pairs:
        narrowed = cases & _ending_cases(word, par)
        cases = narrowed or cases
    return cases


def _choose_case(pat: Pattern, cases: frozenset[str], governed: frozenset[str]) -> str | None:
    """The one case to write, or None when candidate cases give different forms."""
    if not any(p.inflects for p in pat.paradigms):
        return "nomn"
    for pool in (cases & governed, governed, cases, cases - {"voct"}):
        ordered = [c for c in CASES if c in pool]
        if ordered and len({pat.inflect(c) for c in ordered}) == 1:
            return ordered[0]
    # A nominative-looking rendering with no preposition before it: the subject.
    if governed == ALL_CASES and "nomn" in cases and cases <= {"nomn", "accs", "voct"}:
        return "nomn"
    return None


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
    refs = {pat.form, source_text}
    words = [t for t in tokens if t.text[:1].isalnum()]
    scored: list[tuple[float, tuple[int, int]]] = []
    n = len(pat.words)
    for i, first in enumerate(words):
        if pat.capital_first and not first.text[:1].isupper():
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
    used: set[int] = set()
    taken = [m.span for m in tgt_matches]
    edits: list[_Edit] = []
    hits: list[GlossaryHit] = []
    for m in src_matches:
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
        pick = _pair(m, want, tgt_matches, used)
        if pick is not None:
            used.add(pick)
            found = tgt_matches[pick]
            hit.target_text, hit.target_span = found.text, found.span
            governed = governed_cases(target, found.start, tgt)
            fine = found.cases & governed if governed != ALL_CASES else found.cases
            if found.index == want and fine:
                hit.status = OK
                continue
            rendering_cases = (
                fine or found.cases or _rendering_cases([t.text for t in tokenize(found.text)], pat)
            )
            _repair(hit, pat, found.span, target, rendering_cases, governed, fix, edits)
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
        words = [t.text for t in tokenize(hit.target_text)]
        governed = governed_cases(target, span[0], tgt)
        _repair(hit, pat, span, target, _rendering_cases(words, pat), governed, fix, edits)
    return _apply(target, edits), hits


def _pair(m: Match, want: int, tgt_matches: list[Match], used: set[int]) -> int | None:
    """The first unused target match of the same entry, preferring the wanted form."""
    same = [i for i, t in enumerate(tgt_matches) if i not in used and t.entry.id == m.entry.id]
    preferred = [i for i in same if tgt_matches[i].index == want]
    return (preferred or same or [None])[0]


def _repair(
    hit: GlossaryHit,
    pat: Pattern,
    span: tuple[int, int],
    target: str,
    cases: frozenset[str],
    governed: frozenset[str],
    fix: bool,
    edits: list[_Edit],
) -> None:
    """Replace a rendering by the glossary form in the right case, or flag it for review."""
    case = _choose_case(pat, cases, governed)
    if case is None or not pat.vouched(case):
        hit.status = REVIEW
        return
    rendering = target[span[0] : span[1]]
    replacement = _styled(pat.inflect(case), rendering)
    if replacement == rendering:
        hit.status = OK
        return
    if not fix:
        hit.status = MISSING  # the glossary form is not there; target_text says what is
        return
    hit.status = FIXED
    edits.append(_Edit(span[0], span[1], replacement, hit))


def _apply(target: str, edits: list[_Edit]) -> str:
    """Apply non-overlapping edits and move every hit's ``target_span`` onto the new text."""
    out, last, shift = [], 0, 0
    for edit in sorted(edits, key=lambda e: e.start):
        out.append(target[last : edit.start])
        out.append(edit.text)
        start = edit.start + shift
        edit.hit.target_span = (start, start + len(edit.text))
        edit.hit.target_text = edit.text
        shift += len(edit.text) - (edit.end - edit.start)
        last = edit.end
    out.append(target[last:])
    return "".join(out)


def enforce_translation(article: Article, lang: str, glossary: Glossary, fix: bool = True) -> None:
    """Enforce the glossary on ``article.translations[lang]``: update sentences and ``hits``."""
    translation = article.translations[lang]
    src = article.lang or "en"
    hits: list[GlossaryHit] = []
    for p, para in enumerate(article.paragraphs):
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
