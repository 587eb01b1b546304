"""Carry out the editor's decisions (``newsmt apply``, ``newsmt glossary apply``).

``OUTDIR/decisions.json`` (see :mod:`pipeline.review.decisions`) says, per hit key, whether
the editor accepted or rejected a glossary hit in ``newsmt review --serve``, and per
sentence key, the text the editor wrote for a translated sentence.  Applying a hit
decision:

* accept on a needs-review or missing hit with a ``proposal``: the proposal replaces the
  text at the hit's ``target_span``; the hit becomes fixed, ``original`` the replaced text;
* reject on a fixed hit with an ``original``: the original comes back; the hit becomes
  needs-review with the removed glossary form as its ``proposal`` (accepting it again
  undoes the reject);
* reject with a typed ``form``: the form replaces the text at the hit's ``target_span``
  (the hit becomes needs-review, the glossary's form its ``proposal``); ``unchanged`` when
  the translation already holds the form;
* accept on an ok or fixed hit, reject on a needs-review, missing or ambiguous one: the
  translation already says what the editor wants (``unchanged``);
* anything else, or a hit whose text or status is no longer what it was when decided
  (edited since, re-translated), is ``skipped`` with the reason.

A change moves the ``target_span`` of the other hits and findings after it in the same
sentence.  An edited sentence replaces the translation's sentence when that still says
what it said when edited (``machine_text``); the sentence is listed in the translation's
``edits`` (a :class:`~pipeline.model.PostEdit`; the translation becomes ``post-edited``),
its hits are found again in the new text (a hit whose target text is gone becomes
needs-review), and the checks run again on it.  Applying twice changes nothing the second
time: an applied accept finds a fixed hit, an applied reject a needs-review one, an applied
edit its text.  The records of the changed articles and their translated files
(``--export`` XLIFF/TMX included, and ``batch.tmx``) are then rewritten atomically, with
the code ``newsmt translate`` writes them with.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline import jsonio
from pipeline.checks import CHECKS, article_segments
from pipeline.checks.base import segment_findings
from pipeline.errors import InputError
from pipeline.export.record import write_record
from pipeline.model import Article, GlossaryHit
from pipeline.readers.base import unique_ids
from pipeline.review.decisions import (
    CHOICES,
    DECISIONS_FILE,
    hit_key,
    load_decisions,
    sentence_key,
)
from pipeline.review.page import checked_records, is_record, record_articles

FIXED, REVIEW = "fixed", "needs-review"
CONFIRMED = {"accept": ("ok", "fixed"), "reject": ("needs-review", "missing", "ambiguous")}
"""Statuses in which a hit already is what the decision asks for."""
BATCH_TMX = "batch.tmx"
APPLIED, UNCHANGED, SKIPPED = "applied", "unchanged", "skipped"
EDIT = "edit"
SENTENCE = "(sentence)"
"""The ``entry_id`` of an edit's :class:`Outcome`: it concerns a whole sentence."""


@dataclass
class Record:
    """A ``<stem>.json`` record read back: its articles and its other top-level fields."""

    path: Path
    articles: list[Article]
    extra: dict[str, Any]
    changed: bool = False


@dataclass(frozen=True)
class Outcome:
    """What applying one hit decision did (``applied``, ``unchanged`` or ``skipped``)."""

    record: Path
    article: str
    lang: str
    paragraph: int
    sentence: int
    entry_id: str
    decision: str
    result: str
    before: str | None = None
    after: str | None = None
    reason: str = ""

    @property
    def where(self) -> str:
        """``record:article:p.s lang entry`` (paragraph and sentence counted from 1)."""
        return (
            f"{self.record}:{self.article}:{self.paragraph + 1}.{self.sentence + 1} "
            f"{self.lang} {self.entry_id}"
        )

    def __str__(self) -> str:
        if self.result == APPLIED:
            done = "edited" if self.decision == EDIT else f"{self.decision}ed"
            return f"{self.where}: {self.before!r} → {self.after!r} ({done})"
        return f"{self.where}: {self.result} ({self.decision}): {self.reason}"


@dataclass
class ApplyResult:
    """The outcome of every hit decision and the files written (none on a dry run)."""

    outcomes: list[Outcome] = field(default_factory=list)
    records: list[Path] = field(default_factory=list)
    """The records whose articles changed (rewritten unless on a dry run)."""
    written: list[Path] = field(default_factory=list)

    def of(self, result: str) -> list[Outcome]:
        """The outcomes that were ``applied``, ``unchanged`` or ``skipped``."""
        return [o for o in self.outcomes if o.result == result]


def load_hit_decisions(path: Path, outdir: Path) -> dict[str, dict[str, Any]]:
    """The hit decisions of a decisions file, by hit key; :class:`InputError` if it is
    missing or a decision is not an object with ``decision`` accept or reject."""
    return _load_sections(path, outdir)[0]


def _load_sections(
    path: Path, outdir: Path
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """The hit decisions and the sentence edits of a decisions file, each checked."""
    if not path.is_file():
        raise InputError(
            f"{path}: no such decisions file; accept or reject hits or edit sentences in "
            f"`newsmt review {outdir} --serve` first, or pass --decisions FILE"
        )
    data = load_decisions(path)
    hits, edits = data["hits"], data["edits"]
    for key, entry in hits.items():
        if not isinstance(entry, dict) or entry.get("decision") not in CHOICES:
            raise InputError(
                f"{path}: the decision on hit {key!r} is not accept or reject; fix or remove it"
            )
        form = entry.get("form")
        if form is not None and not (isinstance(form, str) and form.strip()):
            raise InputError(f"{path}: the typed form of hit {key!r} is not text; fix it")
    for key, entry in edits.items():
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("text"), str)
            and entry["text"].strip()
            and isinstance(entry.get("machine_text"), str)
        ):
            raise InputError(
                f"{path}: the edit of sentence {key!r} lacks its text or machine_text; "
                "fix or remove it"
            )
    return hits, edits


def load_records(outdir: Path) -> list[Record]:
    """The records of ``outdir`` (``<stem>.json``, subfolders too), their article ids made
    unique as ``newsmt review`` makes them (:func:`pipeline.review.page.load_batch`)."""
    records = [Record(path, *record_articles(path, data)) for path, data in checked_records(outdir)]
    unique_ids(a for r in records for a in r.articles)
    return records


def _unknown(keys: list[str], what: str, source: Path) -> InputError:
    more = f" (and {len(keys) - 1} more)" if len(keys) > 1 else ""
    return InputError(
        f"{source}: no record in this folder has the {what} {keys[0]!r}{more}; "
        "pass the decisions file of this folder's review (re-translated since?)"
    )


def apply_edits(
    records: list[Record], edits: dict[str, dict[str, Any]], source: Path
) -> list[Outcome]:
    """Apply the editor's sentence ``edits`` (by sentence key) to ``records`` in memory.

    Marks the records it changes.  Raises :class:`InputError`, changing nothing, when a
    key names a sentence no record has.
    """
    index: dict[str, tuple[Record, Article, str, int, int]] = {}
    for record in records:
        for article in record.articles:
            for lang, translation in article.translations.items():
                for p, row in enumerate(translation.sentences):
                    for s in range(len(row)):
                        index.setdefault(
                            sentence_key(article, lang, p, s), (record, article, lang, p, s)
                        )
    unknown = [key for key in edits if key not in index]
    if unknown:
        raise _unknown(unknown, "translated sentence", source)
    return [_edit(edits[key], *index[key], source.name) for key in edits]


def _edit(
    edit: dict[str, Any],
    record: Record,
    article: Article,
    lang: str,
    p: int,
    s: int,
    file: str,
) -> Outcome:
    text = edit["text"].strip()
    translation = article.translations[lang]
    current = translation.sentences[p][s]

    def outcome(result: str, reason: str = "", before: str | None = None) -> Outcome:
        after = text if result == APPLIED else None
        return Outcome(
            record.path, article.id, lang, p, s, SENTENCE, EDIT, result, before, after, reason
        )

    if current == text:
        return outcome(UNCHANGED, "the translation already says it")
    if current != edit["machine_text"]:
        return outcome(
            SKIPPED,
            f"the sentence said {edit['machine_text']!r} when edited, says {current!r} now; "
            "edit it again",
        )
    translation.post_edit(p, s, text, str(edit.get("at") or ""), file)
    refind_hits(translation.hits, p, s, text)
    recheck_sentence(article, lang, p, s, record.extra)
    record.changed = True
    return outcome(APPLIED, before=current)


def refind_hits(hits: list[GlossaryHit], p: int, s: int, text: str) -> None:
    """Find each hit of sentence ``p.s`` again in its edited ``text``; a hit whose target
    text is gone becomes needs-review, proposing the form it had."""
    for hit in hits:
        if (hit.paragraph, hit.sentence) != (p, s) or hit.target_text is None:
            continue
        near = hit.target_span[0] if hit.target_span else 0
        places = [i for i in range(len(text)) if text.startswith(hit.target_text, i)]
        if places:
            start = min(places, key=lambda i: abs(i - near))
            hit.target_span = (start, start + len(hit.target_text))
            continue
        if hit.status in ("ok", "fixed"):
            hit.proposal = hit.target_text
        hit.status, hit.target_text, hit.target_span = REVIEW, None, None


def recheck_sentence(
    article: Article, lang: str, p: int, s: int, extra: dict[str, Any]
) -> None:
    """Run the sentence-level checks again on sentence ``p.s`` (those enabled when the
    batch was translated), replacing their earlier findings there."""
    translation = article.translations[lang]
    options = extra.get("options")
    disabled = options.get("checks_disabled", []) if isinstance(options, dict) else []
    segments = article_segments(article, lang, 0, lambda *_: "")
    segment = next((x for x in segments if (x.paragraph, x.sentence) == (p, s)), None)
    here = [f for f in translation.findings if (f.paragraph, f.sentence) == (p, s)]
    stale = {id(f) for f in here if f.check in CHECKS and CHECKS[f.check].scope == "segment"}
    kept = [f for f in translation.findings if id(f) not in stale]
    fresh = [] if segment is None else segment_findings(segment, frozenset(disabled))
    translation.findings = [*kept, *fresh]


def apply_hit_decisions(
    records: list[Record],
    decisions: dict[str, dict[str, Any]],
    source: Path,
    edited: frozenset[str] = frozenset(),
) -> list[Outcome]:
    """Apply ``decisions`` (by hit key) to the articles of ``records`` in memory.

    Marks the records it changes.  Raises :class:`InputError`, changing nothing, when a
    key names a hit no record has (``source`` names the decisions file in the message).
    A hit in a sentence of ``edited`` (sentence keys) is left to that edit.
    """
    index: dict[str, tuple[Record, Article, str, GlossaryHit]] = {}
    for record in records:
        for article in record.articles:
            for lang, translation in article.translations.items():
                for hit in translation.hits:
                    index.setdefault(hit_key(article, lang, hit), (record, article, lang, hit))
    unknown = [key for key in decisions if key not in index]
    if unknown:
        raise _unknown(unknown, "glossary hit", source)
    outcomes = [_apply(decisions[key], *index[key], edited) for key in decisions]
    for key, outcome in zip(decisions, outcomes, strict=True):
        if outcome.result == APPLIED:
            _, article, lang, hit = index[key]
            _recheck_glossary(article, lang, hit.paragraph, hit.sentence)
    return outcomes


def _recheck_glossary(article: Article, lang: str, p: int, s: int) -> None:
    """Replace the ``glossary`` check's findings on sentence ``p.s`` by what its hits say
    now (a needs-review warning becomes a fixed note), where that check ran at all."""
    translation = article.translations[lang]
    if not any(f.check == "glossary" for f in translation.findings):
        return  # disabled when this batch was translated
    segments = article_segments(article, lang, 0, lambda *_: "")
    segment = next(x for x in segments if (x.paragraph, x.sentence) == (p, s))
    kept = [f for f in translation.findings
            if not (f.check == "glossary" and (f.paragraph, f.sentence) == (p, s))]  # fmt: skip
    translation.findings = [*kept, *CHECKS["glossary"].run(segment)]


def _apply(
    decision: dict[str, Any],
    record: Record,
    article: Article,
    lang: str,
    hit: GlossaryHit,
    edited: frozenset[str] = frozenset(),
) -> Outcome:
    choice = decision["decision"]
    p, s = hit.paragraph, hit.sentence

    def outcome(
        result: str, reason: str = "", before: str | None = None, after: str | None = None
    ) -> Outcome:
        return Outcome(
            record.path, article.id, lang, p, s, hit.entry_id, choice, result, before, after, reason
        )

    form = decision.get("form") if choice == "reject" else None
    if sentence_key(article, lang, p, s) in edited:
        return outcome(UNCHANGED, "the editor rewrote the sentence; that edit decides")
    if form is not None:
        if hit.target_text == form:
            return outcome(UNCHANGED, f"the translation holds {form!r}")
        if hit.target_span is None:
            return outcome(
                SKIPPED, "the hit has no place in the translation; edit the sentence instead"
            )
        new = form
    elif hit.status in CONFIRMED[choice]:
        return outcome(UNCHANGED, f"the hit is {hit.status}")
    elif choice == "accept":
        if hit.status == "ambiguous":
            return outcome(SKIPPED, "an ambiguous hit has no one form to write; edit it by hand")
        new = hit.proposal
        if new is None or hit.target_span is None:
            return outcome(SKIPPED, f"the {hit.status} hit has no proposal; edit it by hand")
    else:
        if hit.status == "ok":
            return outcome(SKIPPED, "the hit is ok, nothing to undo; edit it by hand")
        new = hit.original
        if new is None or hit.target_span is None:
            return outcome(
                SKIPPED, "the record does not keep what the fix replaced; edit it by hand"
            )
    for name in ("status", "target_text"):
        if name in decision and decision[name] != getattr(hit, name):
            return outcome(
                SKIPPED,
                f"the hit's {name} was {decision[name]!r} when decided, is "
                f"{getattr(hit, name)!r} now; review it again",
            )
    rows = article.translations[lang].sentences
    text = rows[p][s] if p < len(rows) and s < len(rows[p]) else None
    start, end = hit.target_span
    if text is None or text[start:end] != hit.target_text:
        return outcome(
            SKIPPED, f"the translation no longer holds {hit.target_text!r} there (edited since?)"
        )
    old = text[start:end]
    rows[p][s] = text[:start] + new + text[end:]
    _shift(article, lang, hit, len(new) - len(old))
    hit.target_text, hit.target_span = new, (start, start + len(new))
    if form is not None:
        proposal = old if hit.status in ("ok", "fixed") else hit.proposal
        hit.status, hit.proposal = REVIEW, proposal
    elif choice == "accept":
        hit.status, hit.original, hit.proposal = FIXED, old, None
    else:
        hit.status, hit.original, hit.proposal = REVIEW, None, old
    record.changed = True
    return outcome(APPLIED, before=old, after=new)


def _shift(article: Article, lang: str, edited: GlossaryHit, delta: int) -> None:
    """Move the target spans after ``edited``'s span in its sentence by ``delta``."""
    assert edited.target_span is not None
    end = edited.target_span[1]
    translation = article.translations[lang]
    for item in [*translation.hits, *translation.findings]:
        span = item.target_span
        if item is edited or span is None or span[0] < end:
            continue
        if (item.paragraph, item.sentence) == (edited.paragraph, edited.sentence):
            item.target_span = (span[0] + delta, span[1] + delta)


def write_changes(records: list[Record], outdir: Path) -> list[Path]:
    """Rewrite the changed records and their translated files; return the paths written.

    A record names its source and outputs (``source``, ``targets``, ``outputs``, as
    ``newsmt translate`` writes them); exactly those outputs are written again, and
    ``OUTDIR/batch.tmx`` if there (from every record under ``outdir``), then the records
    last: a write that fails leaves a record to apply again.
    """
    changed = {r.path: r for r in records if r.changed}
    if not changed:
        return []
    written: list[Path] = []
    try:
        for record in changed.values():
            written.extend(_write_outputs(record))
        batch = outdir / BATCH_TMX
        if batch.is_file():
            _write_batch_tmx(outdir, batch, changed)
            written.append(batch)
        for record in changed.values():
            write_record(record.path, record.articles, **record.extra)
            written.append(record.path)
    except OSError as exc:
        raise InputError(
            f"{exc.filename or outdir}: cannot write ({exc.strerror or exc}); "
            "check the folder's permissions and apply again"
        ) from exc
    return written


def _write_outputs(record: Record) -> list[Path]:
    from pipeline.run import SourceFile, write_outputs, xliff_name

    source, targets = record.extra.get("source"), record.extra.get("targets")
    names = record.extra.get("outputs")
    if not (isinstance(source, str) and isinstance(targets, list) and isinstance(names, list)):
        return []  # not written by newsmt translate: no outputs of its own
    files = SourceFile(Path(source), record.path.parent)
    stem = files.path.stem
    langs = [t for t in targets if files.output(t).name in names]
    exports = [
        export
        for export, made in (
            ("xliff", any(xliff_name(files.path, lang, "xliff") in names for lang in langs)),
            ("xliff12", any(xliff_name(files.path, lang, "xliff12") in names for lang in langs)),
            ("tmx", f"{stem}.tmx" in names),
        )
        if made
    ]
    return write_outputs(record.articles, files, langs, exports)


def _write_batch_tmx(outdir: Path, path: Path, changed: dict[Path, Record]) -> None:
    """``batch.tmx`` again from the records of the batch (its subfolders' included), the
    ``changed`` ones as they are in memory."""
    import json

    from pipeline.export.tmx import write_tmx

    articles: list[Article] = []
    targets: list[str] = []
    for candidate in sorted(outdir.rglob("*.json")):
        if candidate.name == DECISIONS_FILE:
            continue
        try:
            data = jsonio.loads(candidate.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue  # no record of the batch: newsmt writes them readable
        if is_record(data) and isinstance(data.get("targets"), list):
            record = changed.get(candidate)
            articles.extend(
                record.articles if record else (Article.from_dict(a) for a in data["articles"])
            )
            targets.extend(t for t in data["targets"] if t not in targets)
    write_tmx(articles, targets, path)


def sentence_key_of(outcome: Outcome) -> str:
    """The sentence key (see :func:`~pipeline.review.decisions.sentence_key`) of an outcome."""
    return f"{outcome.article}/{outcome.lang}/{outcome.paragraph}/{outcome.sentence}"


def apply_decisions(
    outdir: str | Path, decisions: str | Path | None = None, *, dry_run: bool = False
) -> ApplyResult:
    """Apply the sentence edits and hit decisions of ``decisions`` (default
    ``OUTDIR/decisions.json``) to the records of ``outdir`` and rewrite what changed
    (nothing with ``dry_run``).  Edits go first; a hit decision in an edited sentence is
    left to the edit."""
    folder = Path(outdir)
    source = Path(decisions) if decisions is not None else folder / DECISIONS_FILE
    records = load_records(folder)
    hits, edits = _load_sections(source, folder)
    edit_outcomes = apply_edits(records, edits, source)
    edited = frozenset(
        sentence_key_of(o) for o in edit_outcomes if o.result in (APPLIED, UNCHANGED)
    )
    result = ApplyResult([*edit_outcomes, *apply_hit_decisions(records, hits, source, edited)])
    result.records = [r.path for r in records if r.changed]
    if not dry_run:
        result.written = write_changes(records, folder)
    return result
