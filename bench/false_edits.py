"""False edits on correct translations: every token `newsmt check --fix` changes.

Reads a TSV of correct sentence pairs (a header row naming ``en`` and one or more of ``uk``,
``ru``; ``#`` lines are comments), runs ``newsmt check --from en --to L SRC TGT --glossary G
--fix OUT`` on each language's column as files (the held-out test's contract), and prints
every line the fix changed with its changed tokens and the glossary hits' reasons, then the
count of tokens and lines changed per language.  Every change is a false edit: the lines
are right.

Usage: python bench/false_edits.py GLOSSARY.tsv PAIRS.tsv [PAIRS.tsv ...] [--to uk,ru]
e.g.   python bench/false_edits.py tests/redteam/glossary.tsv tests/redteam/sentences.tsv
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from glossary_fix import changed_tokens, token_changes

from pipeline.cli import main as newsmt
from pipeline.glossary.enforce import enforce_sentence
from pipeline.glossary.match import Glossary


def read_pairs(path: Path) -> dict[str, list[str]]:
    """The TSV's columns by header name, comments and blank lines left out."""
    rows = [
        line.rstrip("\n").split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    header, body = rows[0], rows[1:]
    for n, row in enumerate(body, 2):
        if len(row) != len(header):
            sys.exit(f"{path}: row {n} has {len(row)} cells, the header {len(header)}")
    return {name: [row[i] for row in body] for i, name in enumerate(header)}


def fix_with_cli(glossary: Path, lang: str, src: list[str], tgt: list[str]) -> list[str]:
    """The target lines as ``newsmt check --fix`` writes them."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        s, t, out = folder / "pairs.en", folder / f"pairs.{lang}", folder / f"fixed.{lang}"
        s.write_text("".join(x + "\n" for x in src), encoding="utf-8")
        t.write_text("".join(x + "\n" for x in tgt), encoding="utf-8")
        args = ["check", "--from", "en", "--to", lang, str(s), str(t),
                "--glossary", str(glossary), "--fix", str(out), "--format", "json"]  # fmt: skip
        with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
            newsmt(args, standalone_mode=False)
        return out.read_text(encoding="utf-8").splitlines()


def report(
    glossary: Path, path: Path, cols: dict[str, list[str]], lang: str, g: Glossary
) -> tuple[int, int]:
    """Print every changed line of one language's column of ``path`` (read as ``cols``);
    return (tokens, lines) changed."""
    src, tgt = cols["en"], cols[lang]
    fixed = fix_with_cli(glossary, lang, src, tgt)
    tokens = lines = 0
    for i, (s, t, new) in enumerate(zip(src, tgt, fixed, strict=True)):
        n = changed_tokens(t, new)
        if not n:
            continue
        tokens, lines = tokens + n, lines + 1
        changes = "; ".join(f"{a} -> {b}" for a, b in token_changes(t, new))
        _, hits = enforce_sentence(s, t, "en", lang, g)
        reasons = ", ".join(f"{h.target_text}: {h.status}/{h.reason}" for h in hits
                            if h.status == "fixed")  # fmt: skip
        print(f"[{lang}] {path.name}:{i + 1}: {changes}   ({reasons})")
        print(f"      {s}\n      {t}")
    print(f"[{lang}] {path.name}: {tokens} tokens changed on {lines} of {len(tgt)} correct lines")
    return tokens, lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("glossary", type=Path)
    ap.add_argument("pairs", type=Path, nargs="+")
    ap.add_argument("--to", default="uk,ru", help="the target columns to run (default uk,ru)")
    args = ap.parse_args()
    g = Glossary.load([args.glossary])
    for path in args.pairs:
        cols = read_pairs(path)
        for lang in args.to.split(","):
            if lang in cols:
                report(args.glossary, path, cols, lang, g)


if __name__ == "__main__":
    main()
