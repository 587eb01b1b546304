"""Direct ru↔uk translation with Debian's ``apertium-rus-ukr``.

Debian's ``apertium-tagger`` segfaults on this pair, and ``apertium`` then prints
nothing with exit status 0.  We therefore build patched mode files in the user cache
from ``/usr/share/apertium/modes``, with the tagger step replaced by a constraint
grammar pass that keeps the first reading (``cg-proc -w -1 -n``), and treat empty
output as an error.

One ``apertium`` process translates a whole batch: one sentence per line in, one per
line out, with the counts verified.  URLs, e-mails, @handles and #hashtags are swapped
for opaque placeholders before translation so they come back verbatim, and the
Ukrainian apostrophe is given to the analyser as ``ʼ``, the only form it does not
split a word at.  Apertium's
marks are stripped from the output; words marked ``*`` (unknown to its dictionary, so
left as in the source) are kept in :attr:`ApertiumEngine.unknown_words` for the record's
findings.  ``@`` (no bilingual entry for the reading) and ``#`` (a form the generator
lacks) mostly mark words that still came out right, and are only stripped.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from pathlib import Path

from pipeline.errors import ModelError
from pipeline.fsutil import atomic_write_text, cache_dir

MODES_DIR = Path("/usr/share/apertium/modes")
PAIRS = {("ru", "uk"): "rus-ukr", ("uk", "ru"): "ukr-rus"}
_TAGGER_STEP = re.compile(r"apertium-tagger\s+-g\s+\$2\s+'(?P<prob>[^']+)\.prob'")
_PROTECTED = re.compile(
    r"https?://\S+[\w/]|www\.\S+[\w/]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])[@#]\w+"
)
_PLACEHOLDER = "Zqnmt{}Zq"
_PLACEHOLDER_RE = re.compile(r"\*?Zqnmt(\d+)Zq")
_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")
_MARK = re.compile(r"(?<![\w*#@])[*#@](?=\w)")
_MARKED_WORD = re.compile(r"(?<![\w*#@])\*(\w[\w'ʼ’-]*)")


def patch_mode(text: str) -> str:
    """Replace the segfaulting ``apertium-tagger`` step of a mode pipeline.

    The tagger's ``.prob`` file sits beside the pair's ``.rlx.bin`` constraint grammar,
    which we run again keeping only the first reading.
    """
    patched, count = _TAGGER_STEP.subn(lambda m: f"cg-proc -w -1 -n '{m['prob']}.rlx.bin'", text)
    if count != 1:
        raise ModelError("apertium mode file has no apertium-tagger step to replace")
    return patched


def patched_modes_dir(source: Path = MODES_DIR) -> Path:
    """Build (once) and return a data folder whose ``modes/`` hold the patched mode files."""
    names = [PAIRS[pair] for pair in sorted(PAIRS)]
    originals = {name: (source / f"{name}.mode").read_text(encoding="utf-8") for name in names}
    digest = hashlib.sha256("".join(originals.values()).encode()).hexdigest()[:12]
    root = cache_dir() / "apertium" / digest
    for name, text in originals.items():
        target = root / "modes" / f"{name}.mode"
        if not target.exists():
            atomic_write_text(target, patch_mode(text))
    return root


def _protect(sentence: str, saved: list[str]) -> str:
    def swap(match: re.Match[str]) -> str:
        saved.append(match.group())
        return _PLACEHOLDER.format(len(saved) - 1)

    return _PROTECTED.sub(swap, sentence)


class ApertiumEngine:
    """Rule-based ru↔uk translation through Debian's ``apertium-rus-ukr``."""

    name = "apertium"
    cacheable = False

    def __init__(self, modes_source: Path = MODES_DIR, timeout: float = 600.0) -> None:
        self.modes_source = modes_source
        self.timeout = timeout
        self.unknown_words: dict[str, list[str]] = {}
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
        return f"apertium-{PAIRS[(src, tgt)]}"

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
        results = []
        for source, line, kept in zip(sentences, out_lines, saved, strict=True):
            used = _APOSTROPHE.search(source)
            if src == "uk" and used and "ʼ" not in source:
                line = line.replace("ʼ", used.group())
            self.unknown_words[source] = [
                w for w in _MARKED_WORD.findall(line) if not _PLACEHOLDER_RE.fullmatch(w)
            ]
            text = _MARK.sub("", line)
            results.append(_PLACEHOLDER_RE.sub(lambda m, kept=kept: kept[int(m[1])], text).strip())
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
