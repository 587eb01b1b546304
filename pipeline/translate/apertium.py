"""Direct ru↔uk translation with Debian's ``apertium-rus-ukr``.

Debian's ``apertium-tagger`` segfaults on this pair, and ``apertium`` then prints
nothing with exit status 0.  We therefore build patched mode files in the user cache
from ``/usr/share/apertium/modes``, with the tagger step replaced by a constraint
grammar pass that keeps the first reading (``cg-proc -w -1 -n``), and treat empty
output as an error.

Debian's ``.t1x`` transfer rules glue, double and mis-case words; repaired copies
(:mod:`pipeline.translate.apertium_rules`) are compiled beside the patched modes.

One ``apertium`` process translates a whole batch: one sentence per line in, one per
line out, with the counts verified.  URLs, e-mails, @handles, #hashtags and any token
longer than :data:`MAX_TOKEN` characters (a pasted blob, kept verbatim with a note) are
swapped for opaque placeholders before translation so they come back verbatim, and the
Ukrainian apostrophe is given to the analyser as ``ʼ``, the only form it does not
split a word at.  Apertium's marks and junk are taken out of the output
(:mod:`pipeline.translate.apertium_clean`); words marked ``*`` (unknown to its
dictionary, so left as in the source) are kept in :attr:`ApertiumEngine.unknown_words`
and what the cleaning could not decide in :attr:`ApertiumEngine.notes`, for the
record's findings.
"""

from __future__ import annotations

import functools
import hashlib
import re
import shutil
import subprocess
from pathlib import Path

from pipeline.errors import ModelError
from pipeline.fsutil import atomic_write_text, cache_dir
from pipeline.translate.apertium_clean import (
    Lexicon,
    Note,
    analyser_of,
    collapse_doubled,
    split_glued,
    strip_marks,
)
from pipeline.translate.apertium_rules import fix_transfer

MODES_DIR = Path("/usr/share/apertium/modes")
PAIRS = {("ru", "uk"): "rus-ukr", ("uk", "ru"): "ukr-rus"}
_TAGGER_STEP = re.compile(r"apertium-tagger\s+-g\s+\$2\s+'(?P<prob>[^']+)\.prob'")
_TRANSFER_STEP = re.compile(
    r"(apertium-transfer(?:\s+-\w)*\s+)'([^']+\.t1x)'\s+'([^']+\.t1x\.bin)'"
)
RULES_VERSION = "2"
"""Bump when :mod:`pipeline.translate.apertium_rules` or the output cleaning changes what
newsmt writes: the cache is rebuilt and the model id changes, so ``--resume`` redoes older
outputs."""
# an e-mail starts only where its run of name characters starts (the lookbehind), so a
# long run of word characters is scanned once, not once per starting position; the other
# alternatives start at a literal "http", "www." or "@"/"#"
_PROTECTED = re.compile(
    r"https?://\S+[\w/]|www\.\S+[\w/]|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w@])[@#]\w+"
)
_LONG = re.compile(r"\S+")
MAX_TOKEN = 200
"""Characters in a token without spaces beyond which it is kept verbatim, unsent (a blob)."""
_LINK = re.compile(r"https?://|www\.|[^@\s]+@[\w-]+\.")
_PLACEHOLDER = "Zqnmt{}Zq"
_PLACEHOLDER_RE = re.compile(r"Zqnmt(\d+)Zq")
_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")


def patch_mode(text: str) -> str:
    """Replace the segfaulting ``apertium-tagger`` step of a mode pipeline.

    The tagger's ``.prob`` file sits beside the pair's ``.rlx.bin`` constraint grammar,
    which we run again keeping only the first reading.
    """
    patched, count = _TAGGER_STEP.subn(lambda m: f"cg-proc -w -1 -n '{m['prob']}.rlx.bin'", text)
    if count != 1:
        raise ModelError("apertium mode file has no apertium-tagger step to replace")
    return patched


def _installed(source: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The installed mode files and their first-stage ``.t1x`` rules, by mode name."""
    names = [PAIRS[pair] for pair in sorted(PAIRS)]
    originals = {name: (source / f"{name}.mode").read_text(encoding="utf-8") for name in names}
    steps = {name: _TRANSFER_STEP.search(text) for name, text in originals.items()}
    rules = {
        name: Path(step[2]).read_text(encoding="utf-8") if step else ""
        for name, step in steps.items()
    }
    return originals, rules


@functools.cache
def data_digest(source: Path = MODES_DIR) -> str:
    """Identifies the installed pair's data and newsmt's repairs (:data:`RULES_VERSION`)."""
    originals, rules = _installed(source)
    parts = [RULES_VERSION, *originals.values(), *rules.values()]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:12]


def patched_modes_dir(source: Path = MODES_DIR) -> Path:
    """Build (once) and return a data folder whose ``modes/`` hold the patched mode files.

    Each mode's first transfer stage is pointed at a repaired copy of its ``.t1x`` rules
    (:func:`~pipeline.translate.apertium_rules.fix_transfer`), compiled beside it.
    """
    originals, rules = _installed(source)
    root = cache_dir() / "apertium" / data_digest(source)
    for name, text in originals.items():
        target = root / "modes" / f"{name}.mode"
        if target.exists():
            continue
        mode = patch_mode(text)
        step = _TRANSFER_STEP.search(mode)
        if step:
            xml, binary = root / f"{name}.t1x", root / f"{name}.t1x.bin"
            atomic_write_text(xml, fix_transfer(rules[name]))
            _compile_transfer(xml, binary)
            mode = f"{mode[: step.start()]}{step[1]}'{xml}' '{binary}'{mode[step.end() :]}"
        atomic_write_text(target, mode)
    return root


def _compile_transfer(xml: Path, binary: Path) -> None:
    partial = binary.with_name(binary.name + ".part")
    try:
        proc = subprocess.run(
            ["apertium-preprocess-transfer", str(xml), str(partial)],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ModelError(f"apertium-preprocess-transfer failed on {xml}: {exc}") from exc
    if proc.returncode != 0:
        detail = proc.stderr.strip().splitlines()[-1:] or ["no message"]
        raise ModelError(f"apertium-preprocess-transfer failed on {xml}: {detail[0]}")
    partial.replace(binary)


def _protect(sentence: str, saved: list[str]) -> str:
    """``sentence`` with blobs, links, handles and hashtags swapped for placeholders."""

    def swap(match: re.Match[str]) -> str:
        saved.append(match.group())
        return _PLACEHOLDER.format(len(saved) - 1)

    short = _LONG.sub(lambda m: swap(m) if len(m[0]) > MAX_TOKEN else m[0], sentence)
    return _PROTECTED.sub(swap, short)


def _long_token_notes(kept: list[str]) -> list[Note]:
    return [
        Note(
            "long-token",
            "warning",
            f"a {len(token):,}-character token without spaces ({token[:24]}…) was kept "
            "verbatim, not translated",
        )
        for token in kept
        if len(token) > MAX_TOKEN and not _LINK.match(token)
    ]


class ApertiumEngine:
    """Rule-based ru↔uk translation through Debian's ``apertium-rus-ukr``."""

    name = "apertium"
    cacheable = False

    def __init__(self, modes_source: Path = MODES_DIR, timeout: float = 600.0) -> None:
        self.modes_source = modes_source
        self.timeout = timeout
        self.unknown_words: dict[str, list[str]] = {}
        self.notes: dict[str, list[Note]] = {}
        self._data_dir: Path | None = None

    @classmethod
    def available(cls, modes_source: Path = MODES_DIR) -> bool:
        """Whether ``apertium`` and the rus-ukr mode files are installed."""
        return shutil.which("apertium") is not None and all(
            (modes_source / f"{name}.mode").is_file() for name in PAIRS.values()
        )

    def pairs(self) -> set[tuple[str, str]]:
        return set(PAIRS) if self.available(self.modes_source) else set()

    def is_test_model(self, src: str, tgt: str) -> bool:
        return False

    def model_id(self, src: str, tgt: str) -> str:
        """``apertium-rus-ukr@<digest>``: a package upgrade or a change to newsmt's repairs
        changes it."""
        return f"apertium-{PAIRS[(src, tgt)]}@{data_digest(self.modes_source)}"

    def translate(self, sentences: list[str], src: str, tgt: str) -> list[str]:
        """Translate one batch with one ``apertium`` process; marks stripped, counts checked."""
        mode = PAIRS.get((src, tgt))
        if mode is None:
            raise ModelError(f"apertium translates ru↔uk only, not {src}→{tgt}")
        if not self.available(self.modes_source):
            raise ModelError(
                "apertium-rus-ukr is not installed: run `apt-get install apertium-rus-ukr`"
            )
        if not sentences:
            return []
        if self._data_dir is None:
            self._data_dir = patched_modes_dir(self.modes_source)
        saved: list[list[str]] = []
        lines = []
        for sentence in sentences:
            saved.append([])
            line = _protect(" ".join(sentence.split()), saved[-1])
            if src == "uk":
                # the analyser splits words at ' and ’ ("Куп'янськ" → garbage); with the
                # modifier letter ʼ the word stays whole (and passes as unknown if it must)
                line = _APOSTROPHE.sub("ʼ", line)
            lines.append(line)
        raw = self._run(mode, "\n".join(lines) + "\n")
        out_lines = raw.split("\n")
        if out_lines and out_lines[-1] == "":
            out_lines.pop()
        if len(out_lines) != len(sentences):
            raise ModelError(
                f"apertium {mode} returned {len(out_lines)} lines for {len(sentences)} sentences"
            )
        results, notes = [], []
        for source, sent, line, kept in zip(sentences, lines, out_lines, saved, strict=True):
            used = _APOSTROPHE.search(source)
            if src == "uk" and used and "ʼ" not in source:
                line = line.replace("ʼ", used.group())
                sent = sent.replace("ʼ", used.group())
            cleaned = strip_marks(sent, line)
            text = cleaned.text
            self.unknown_words[source] = [
                w for w in cleaned.unknown if not _PLACEHOLDER_RE.fullmatch(w)
            ]
            text = _PLACEHOLDER_RE.sub(lambda m, kept=kept: kept[int(m[1])], text).strip()
            text, doubled = collapse_doubled(source, text)
            results.append(text)
            notes.append(_long_token_notes(kept) + doubled)
        # the analyser of the target language starts the mode translating from it
        lexicon = Lexicon(analyser_of(self.modes_source / f"{PAIRS[(tgt, src)]}.mode"))
        results, glued = split_glued(sentences, results, lexicon)
        for source, here, more in zip(sentences, notes, glued, strict=True):
            self.notes[source] = here + more
        # a word the target language has too ("до", "три", "Денис") reads right as it is
        unknown = {w for source in sentences for w in self.unknown_words[source]}
        known = set(lexicon.parts_of_speech(unknown))
        for source in sentences:
            self.unknown_words[source] = [w for w in self.unknown_words[source] if w not in known]
        return results

    def _run(self, mode: str, text: str) -> str:
        assert self._data_dir is not None
        try:
            proc = subprocess.run(
                ["apertium", "-d", str(self._data_dir), mode],
                input=text,
                capture_output=True,
                text=True,
                timeout=self.timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise ModelError(f"apertium {mode} timed out after {self.timeout:.0f} s") from exc
        if proc.returncode != 0:
            detail = proc.stderr.strip().splitlines()[-1:] or ["no message"]
            raise ModelError(f"apertium {mode} failed (exit {proc.returncode}): {detail[0]}")
        if text.strip() and not proc.stdout.strip():
            raise ModelError(
                f"apertium {mode} printed nothing (exit 0): its pipeline crashed; "
                "check `apertium-tagger`/`cg-proc` from apertium-rus-ukr"
            )
        return proc.stdout
