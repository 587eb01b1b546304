"""Glossary matching at scale: time and peak memory to find the entities of one article.

A glossary of ``--rows`` generated entries (invented people, places and terms in en, uk
and ru, written to a temporary folder, never to the repository) plus the starter glossary
is loaded, and every paragraph of one article is searched in its language.  Each mode runs
in a child process of its own, so its peak memory (``ru_maxrss``) is its own:

* ``eager``: every form of every entry compiled first (what ``Glossary.find`` did before
  it had an index), then the article searched;
* ``indexed``: the article searched with a fresh on-disk cache (``NEWSMT_CACHE_DIR`` in a
  temporary folder): only the entries whose forms can occur in it are compiled;
* ``cached``: the same again, with the compiled glossary the ``indexed`` run left on disk.

Every mode must find the same hits; the script says so and exits 1 if they differ.  Wall
seconds and CPU seconds are both printed (on a shared machine the CPU time is the steadier).

Usage::

    .venv/bin/python bench/glossary_scale.py --rows 100000
    .venv/bin/python bench/glossary_scale.py --rows 2000 --modes eager,indexed,cached
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ARTICLE = ROOT / "samples" / "articles" / "uk-kharkiv-drones.txt"
STARTER = ROOT / "glossaries"

_UK_FIRST = ["Олег", "Ірина", "Андрій", "Марія", "Богдан", "Оксана", "Тарас", "Наталія"]
_EN_FIRST = ["Oleh", "Iryna", "Andriy", "Mariia", "Bohdan", "Oksana", "Taras", "Nataliia"]
_RU_FIRST = ["Олег", "Ирина", "Андрей", "Мария", "Богдан", "Оксана", "Тарас", "Наталья"]
_CONSONANTS = [("б", "b"), ("в", "v"), ("г", "h"), ("д", "d"), ("ж", "zh"), ("з", "z"),
               ("к", "k"), ("л", "l"), ("м", "m"), ("н", "n"), ("п", "p"), ("р", "r"),
               ("с", "s"), ("т", "t"), ("ф", "f"), ("х", "kh"), ("ц", "ts"), ("ч", "ch"),
               ("ш", "sh")]  # fmt: skip
_VOWELS = [("а", "a"), ("о", "o"), ("е", "e"), ("и", "y"), ("у", "u")]
_SYLLABLES = [(c + v, lc + lv) for c, lc in _CONSONANTS for v, lv in _VOWELS]
_SURNAME_ENDS = [("енко", "енко", "enko"), ("ук", "ук", "uk"), ("ський", "ский", "skyi")]
_PLACE_ENDS = [("ів", "ов", "iv"), ("ськ", "ск", "sk"), ("ка", "ка", "ka")]


def _stem(rng: random.Random) -> tuple[str, str]:
    parts = rng.sample(_SYLLABLES, rng.randint(2, 3))
    return "".join(p[0] for p in parts), "".join(p[1] for p in parts)


def generate(rows: int, seed: int = 7) -> list[list[str]]:
    """``rows`` glossary rows (id, type, en, uk, ru) of invented people, places and terms."""
    rng = random.Random(seed)
    out = []
    for n in range(rows):
        cyr, lat = _stem(rng)
        kind = n % 3
        if kind == 0:
            uk_end, ru_end, en_end = rng.choice(_SURNAME_ENDS)
            f = rng.randrange(len(_UK_FIRST))
            uk = f"{_UK_FIRST[f]} {cyr.capitalize()}{uk_end}"
            ru = f"{_RU_FIRST[f]} {cyr.capitalize()}{ru_end}"
            en = f"{_EN_FIRST[f]} {lat.capitalize()}{en_end}"
            out.append([f"gen-per-{n}", "PER", en, uk, ru])
        elif kind == 1:
            uk_end, ru_end, en_end = rng.choice(_PLACE_ENDS)
            uk, ru = cyr.capitalize() + uk_end, cyr.capitalize() + ru_end
            out.append([f"gen-loc-{n}", "LOC", lat.capitalize() + en_end, uk, ru])
        else:
            out.append([f"gen-term-{n}", "TERM", f"{lat}ation", f"{cyr}ація", f"{cyr}ация"])
    return out


def write_glossary(folder: Path, rows: int) -> None:
    lines = ["id\ttype\ten\tuk\tru"] + ["\t".join(r) for r in generate(rows)]
    (folder / "generated.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def article_paragraphs(rows: int) -> list[str]:
    """The sample article's paragraphs, and one naming some generated entries (declined)."""
    text = ARTICLE.read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n") if p.strip()]
    named = generate(rows)[:: max(1, rows // 12)][:12]  # called before the clock starts
    said = []
    for _, kind, _, uk, _ in named:
        said.append(f"{uk}а" if kind == "LOC" and uk.endswith(("ів", "ськ")) else uk)
    paragraphs.append("Про це заявили " + ", ".join(said) + ".")
    return paragraphs


def child(mode: str, folder: str, rows: int) -> None:
    """Run one mode and print its figures as JSON (called in a child process)."""
    from pipeline.glossary import Glossary

    paragraphs = article_paragraphs(rows)
    start, cpu = time.perf_counter(), time.process_time()
    glossary = Glossary.load([STARTER, folder])
    if mode == "eager":
        for entry in glossary:
            for i in range(len(entry.forms_for("uk"))):
                glossary.pattern(entry, "uk", i)
    hits = []
    for para in paragraphs:
        hits += [(m.start, m.end, m.entry.id, sorted(m.cases)) for m in glossary.find(para, "uk")]
    save = getattr(glossary, "save_cache", None)  # absent before the cache existed
    if save is not None:
        save()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"mode": mode, "seconds": seconds, "cpu": cpu, "peak_mb": peak, "hits": hits}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--modes", default="eager,indexed,cached")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.folder, args.rows)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder, cache = Path(tmp) / "glossary", Path(tmp) / "cache"
        folder.mkdir()
        write_glossary(folder, args.rows)
        env = {**os.environ, "NEWSMT_CACHE_DIR": str(cache)}
        results = []
        for mode in args.modes.split(","):
            cmd = [sys.executable, __file__, "--child", mode, "--folder", str(folder),
                   "--rows", str(args.rows)]  # fmt: skip
            done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"{args.rows:,} generated rows + the starter glossary, one article (uk)")
    print(f"{'mode':<8} {'seconds':>8} {'CPU s':>8} {'peak MB':>8} {'hits':>5}")
    for r in results:
        print(
            f"{r['mode']:<8} {r['seconds']:>8.2f} {r['cpu']:>8.2f} {r['peak_mb']:>8.0f} "
            f"{len(r['hits']):>5}"
        )
    same = all(r["hits"] == results[0]["hits"] for r in results)
    print("same hits in every mode" if same else "HITS DIFFER between modes")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
