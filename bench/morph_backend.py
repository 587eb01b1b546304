"""pymorphy3 with and without its C backend (``pymorphy3[fast]``: DAWG2): same analyses?

Parses every distinct Cyrillic word of the given files with the uk and ru analyzers, once
in a child process that cannot import ``dawg`` (pymorphy3 then uses pure-Python
``dawg2-python``) and once with it, and prints CPU seconds and whether every analysis
(word, tag, normal form, score) is identical.

    python bench/morph_backend.py ../shared/eval/wmt22/ru-uk.ru ../shared/eval/wmt22/ru-uk.uk
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

CHILD = r"""
import importlib.abc, json, re, sys, time
if sys.argv[1] == "slow":
    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == "dawg":
                raise ImportError("blocked: pure-Python backend")
    sys.meta_path.insert(0, Block())
import pymorphy3
words = set()
for f in sys.argv[2:]:
    words |= set(re.findall(r"[А-Яа-яЁёІіЇїЄєҐґ'’-]+", open(f, encoding="utf-8").read()))
out, start = {}, time.process_time()
for lang in ("ru", "uk"):
    m = pymorphy3.MorphAnalyzer(lang=lang)
    for w in sorted(words):
        out[lang + w] = [(p.word, str(p.tag), p.normal_form, round(p.score, 6)) for p in m.parse(w)]
print(json.dumps({"seconds": time.process_time() - start, "words": len(words),
                  "backend": "dawg" in sys.modules, "out": out}))
"""


def run(mode: str, files: list[str]) -> dict:
    proc = subprocess.run([sys.executable, "-c", CHILD, mode, *files],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return json.loads(proc.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    slow, fast = run("slow", args.files), run("fast", args.files)
    if not fast["backend"]:
        raise SystemExit("DAWG2 is not installed: pip install 'pymorphy3[fast]'")
    same = slow["out"] == fast["out"]
    print(f"{slow['words']} distinct words, uk and ru analyzers")
    print(f"pure Python (dawg2-python): {slow['seconds']:.2f} s CPU")
    print(f"DAWG2 (C):                  {fast['seconds']:.2f} s CPU "
          f"({slow['seconds'] / fast['seconds']:.1f}× faster)")  # fmt: skip
    print("analyses identical" if same else "analyses DIFFER")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
