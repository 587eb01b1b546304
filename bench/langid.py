"""Language-ID accuracy and speed: newsmt's detector beside langdetect and lingua alone.

Each file's language is its last suffix (``en-uk.ref.uk`` → uk) or given as ``LANG=PATH``.
Every non-blank line is scored twice: whole, and cut to its first three words.  Lines with
no letters are not scored (no language to find).  "all" counts every other line against its
file's language; "script" additionally leaves out lines (or three-word cuts) that have no
letter of the file's own script — a Latin-only brand name in a Ukrainian file, say —
since no detector can call ``Black Desert Prestige`` Ukrainian.

\b
Usage:
  .venv/bin/python bench/langid.py ../shared/eval/wmt22/{en-uk.src.en,en-uk.ref.uk,en-ru.ref.ru}
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from pipeline.detect import detect

LANGS = ("en", "uk", "ru")


def _langdetect() -> Callable[[str], str]:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    factory = DetectorFactory()
    factory.seed = 0
    factory.load_json_profile(
        [(Path(PROFILES_DIRECTORY) / lang).read_text(encoding="utf-8") for lang in LANGS]
    )

    def run(text: str) -> str:
        detector = factory.create()
        detector.append(text)
        try:
            return detector.detect()
        except LangDetectException:
            return "und"

    return run


def _lingua() -> Callable[[str], str]:
    from lingua import Language, LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_languages(
        Language.ENGLISH, Language.UKRAINIAN, Language.RUSSIAN
    ).build()

    def run(text: str) -> str:
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else "und"

    return run


def _in_script(text: str, lang: str) -> bool:
    if lang == "en":
        return any("a" <= ch.lower() <= "z" for ch in text)
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def _share(ok: list[bool], texts: list[tuple[str, str]], lang: str) -> float:
    """Accuracy on the lines of ``lang``."""
    mine = [o for o, (l2, _) in zip(ok, texts, strict=True) if l2 == lang]
    return sum(mine) / len(mine)


def load(specs: list[str]) -> list[tuple[str, str]]:
    """``(language, line)`` for every line with a letter."""
    items = []
    for spec in specs:
        lang, _, path = spec.rpartition("=") if "=" in spec else (Path(spec).suffix[1:], "", spec)
        if lang == "ua":
            lang = "uk"
        if lang not in LANGS:
            raise SystemExit(f"{spec}: cannot tell the language; write LANG=PATH")
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if any(ch.isalpha() for ch in line):
                items.append((lang, line))
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", help="PATH (language from suffix) or LANG=PATH")
    parser.add_argument("--errors", type=int, default=0, help="print N newsmt errors per mode")
    args = parser.parse_args()
    items = load(args.files)
    systems: dict[str, Callable[[str], str]] = {
        "newsmt": lambda text: detect(text).lang,
        "langdetect": _langdetect(),
        "lingua": _lingua(),
    }
    print(f"{len(items)} lines with letters from {len(args.files)} files")
    print(
        f"{'system':<11}{'mode':<7}{'acc all':>9}{'acc script':>12}{'n script':>10}{'lines/s':>10}"
        "   acc all per language"
    )
    for mode in ("whole", "3words"):
        texts = [(lang, t if mode == "whole" else " ".join(t.split()[:3])) for lang, t in items]
        texts = [(lang, t) for lang, t in texts if any(ch.isalpha() for ch in t)]
        for name, run in systems.items():
            start = time.perf_counter()
            found = [run(t) for _, t in texts]
            speed = len(texts) / (time.perf_counter() - start)
            ok = [f == lang for f, (lang, _) in zip(found, texts, strict=True)]
            scripted = [o for o, (lang, t) in zip(ok, texts, strict=True) if _in_script(t, lang)]
            per_lang = "  ".join(
                f"{lang} {100 * _share(ok, texts, lang):.2f}%"
                for lang in LANGS
                if any(l2 == lang for l2, _ in texts)
            )
            print(
                f"{name:<11}{mode:<7}{100 * sum(ok) / len(ok):>8.2f}%"
                f"{100 * sum(scripted) / len(scripted):>11.2f}%{len(scripted):>10}{speed:>10.0f}"
                f"   {per_lang}"
            )
            if name == "newsmt" and args.errors:
                pairs = zip(found, texts, strict=True)
                wrong = [(lang, f, t) for f, (lang, t) in pairs if f != lang]
                for lang, f, t in wrong[: args.errors]:
                    print(f"    want {lang} got {f}: {t[:90]}")


if __name__ == "__main__":
    main()
