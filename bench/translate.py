"""Decoding speed of newsmt's Argos engine against Argos' own path and raw CTranslate2.

One run builds a benchmark-size TEST model (Transformer-base, random weights, int8 like
real Argos packages, SentencePiece trained on the given text), then translates the first
``--lines`` lines of the text three ways, each in a fresh process (so peak RSS is its own):

* ``newsmt``: :class:`pipeline.translate.argos.ArgosEngine` (batched, deduplicated,
  length-sorted, token batches, int8);
* ``argos``: ``argostranslate.translate.translate`` on the same lines (its own paragraph
  and sentence handling, its sentence splitter forced to spaCy so nothing is downloaded);
* ``raw``: one ``ctranslate2.Translator.translate_batch`` call on pre-tokenized lines with
  the decoding options newsmt uses.

All three decode with beam 4, length penalty 0.2 and the SAME ``max_decoding_length`` cap
(random weights run to the cap, so the decoder does the same work per sentence).  Target
tokens are counted by re-encoding every output with the model's SentencePiece.  Finally the
cold start of ``newsmt translate`` on one short article is timed with a tiny test model.

``--layout`` builds the bench model in another layout instead of the SentencePiece Argos
package: ``bpe`` (an Argos package with Moses + BPE, as Argos' OPUS-MT conversions), or a
CTranslate2 model folder as the converters write it, installed with ``newsmt models install
DIR --family …``: ``nllb`` (shared vocabulary with ``eng_Latn``/``ukr_Cyrl``, source token and
target prefix), ``m2m`` (``__en__``/``__uk__``), ``opus-mt`` (separate ``source.spm`` and
``target.spm``) and ``opus-mt-multi`` (``>>ukr<<`` target token).  ``raw`` then gets the very
tokens newsmt sends (language tokens, ``</s>``, target prefix) and the same cap.

Usage::

    .venv/bin/python bench/translate.py /work/shared/eval/wmt22/en-uk.src.en --lines 2000
    .venv/bin/python bench/translate.py /work/shared/eval/wmt22/en-uk.src.en --lines 500 \
        --layout nllb --systems newsmt,raw
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BEAM = 4
LENGTH_PENALTY = 0.2
SYSTEMS = ("newsmt", "raw", "argos")


def _peak_rss_mb() -> float:
    """This process's peak RSS (``VmHWM``; ``ru_maxrss`` would include the parent's)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


LAYOUTS = ("argos", "bpe", "nllb", "m2m", "opus-mt", "opus-mt-multi")
CT2_FAMILY = {"nllb": "nllb", "m2m": "m2m", "opus-mt": "opus-mt", "opus-mt-multi": "opus-mt"}


class Codec:
    """What ``raw`` feeds CTranslate2 for en→uk on the installed bench model: the source
    tokens (language tokens and ``</s>`` included) and the target prefix, like newsmt."""

    def __init__(self, layout: str, path: Path) -> None:
        from pipeline.translate.tokenizers import BPETokenizer, SentencePieceTokenizer

        self.model_dir = path / "model"
        self.head: list[str] = []
        self.tail: list[str] = []
        self.prefix = ""
        if layout == "bpe":
            self.tokenizer = BPETokenizer(path / "bpe.model", "en", "uk")
        elif layout == "argos":
            self.tokenizer = SentencePieceTokenizer(path / "sentencepiece.model")
        else:
            from pipeline.translate.ct2models import read_manifest

            info = read_manifest(path)
            self.model_dir = path
            self.tokenizer = SentencePieceTokenizer(*(path / f for f in info.tokenizer))
            self.head = list(info.source_prefix("en", "uk"))
            self.tail = list(info.source_suffix)
            self.prefix = info.languages["uk"].target_prefix

    def encode(self, lines: list[str]) -> list[list[str]]:
        return [self.head + toks + self.tail for toks in self.tokenizer.encode(lines)]

    def decode(self, hyps: list[list[str]]) -> list[str]:
        if self.prefix:
            hyps = [h[1:] if h and h[0] == self.prefix else h for h in hyps]
        return self.tokenizer.decode(hyps)

    def count(self, outputs: list[str]) -> int:
        """Target tokens: every output re-encoded (with the target SentencePiece if any)."""
        target = getattr(self.tokenizer, "target", None)
        if target is not None:
            return sum(len(t) for t in target.encode(outputs))
        return sum(len(t) for t in self.tokenizer.encode(outputs))


def run_newsmt(
    layout: str, package: Path, lines: list[str], cap: int, jobs: int
) -> tuple[list[str], float, float]:
    from pipeline.translate.argos import ArgosEngine, ArgosOptions
    from pipeline.translate.ct2engine import model_engines
    from pipeline.translate.packages import find_package

    options = ArgosOptions(
        beam_size=BEAM,
        inter_threads=jobs,
        max_decoding_length=cap,
        length_ratio=1e6,  # the cap binds, as for the other two systems
        length_penalty=LENGTH_PENALTY,
    )
    if layout in CT2_FAMILY:
        (engine,) = model_engines(options)
    else:
        engine = ArgosEngine(options, packages=[find_package("en", "uk")])
    started = time.perf_counter()
    engine.load("en", "uk")
    load = time.perf_counter() - started
    started = time.perf_counter()
    outputs = engine.translate(lines, "en", "uk")
    return outputs, time.perf_counter() - started, load


def run_raw(
    layout: str, package: Path, lines: list[str], cap: int, jobs: int
) -> tuple[list[str], float, float]:
    import ctranslate2

    from pipeline.translate.argos import ArgosOptions, resolve_compute_type

    options = ArgosOptions(inter_threads=jobs)
    started = time.perf_counter()
    codec = Codec(layout, package)
    translator = ctranslate2.Translator(
        str(codec.model_dir),
        device="cpu",
        compute_type=resolve_compute_type("auto", "cpu"),
        inter_threads=options.inter_threads,
        intra_threads=options.threads_per_translation(),
    )
    load = time.perf_counter() - started
    tokens = codec.encode(lines)
    started = time.perf_counter()
    results = translator.translate_batch(
        tokens,
        target_prefix=[[codec.prefix]] * len(tokens) if codec.prefix else None,
        max_batch_size=options.max_batch_tokens,
        batch_type="tokens",
        beam_size=BEAM,
        length_penalty=LENGTH_PENALTY,
        max_decoding_length=cap + (1 if codec.prefix else 0),
        replace_unknowns=True,
    )
    seconds = time.perf_counter() - started
    outputs = codec.decode([r.hypotheses[0] for r in results])
    return outputs, seconds, load


def _offline_argos(home: Path) -> None:
    """Point Argos at ``home`` and force its spaCy splitter without any download."""
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_CACHE_HOME"] = str(home / "cache")
    os.environ["ARGOS_CHUNK_TYPE"] = "SPACY"
    # sbd.py calls cache_spacy() at import; an existing cache folder skips its download.
    (home / "cache" / "argos-translate" / "spacy" / "senter" / "model").mkdir(parents=True)


def run_argos(
    layout: str, package: Path, lines: list[str], cap: int, jobs: int
) -> tuple[list[str], float, float]:
    import spacy

    _offline_argos(Path(tempfile.mkdtemp(prefix="newsmt-bench-argos-")))
    # The package's own spacy/ folder is the splitter Argos loads (plus its sentencizer).
    spacy.blank("en").to_disk(package / "spacy")
    import ctranslate2
    from argostranslate import translate as argos_translate

    class CappedTranslator:
        """ctranslate2.Translator with ``max_decoding_length`` set to the shared cap."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            self._inner = ctranslate2.Translator(*args, **kwargs)

        def translate_batch(self, *args: object, **kwargs: object) -> object:
            return self._inner.translate_batch(*args, max_decoding_length=cap, **kwargs)

    argos_translate.ctranslate2 = type("CT2", (), {"Translator": CappedTranslator})
    started = time.perf_counter()
    languages = {lang.code: lang for lang in argos_translate.get_installed_languages()}
    translation = languages["en"].get_translation(languages["uk"])
    translation.translate("Warm up.")  # loads the translator and the splitter
    load = time.perf_counter() - started
    started = time.perf_counter()
    text = translation.translate("\n".join(lines))
    seconds = time.perf_counter() - started
    return text.split("\n"), seconds, load


def worker(
    system: str, layout: str, package: Path, text: Path, lines: int, cap: int, jobs: int
) -> None:
    """Run one system in this process and print its figures as JSON."""
    sources = text.read_text(encoding="utf-8").splitlines()[:lines]
    runner = {"newsmt": run_newsmt, "raw": run_raw, "argos": run_argos}[system]
    outputs, seconds, load = runner(layout, package, sources, cap, jobs)
    assert len(outputs) == len(sources), (system, len(outputs), len(sources))
    figures = {
        "system": system,
        "sentences": len(sources),
        "seconds": seconds,
        "load_seconds": load,
        "target_tokens": Codec(layout, package).count(outputs),
        "peak_rss_mb": _peak_rss_mb(),
    }
    print(json.dumps(figures))


def build(work: Path, text: Path, layout: str) -> Path:
    """Build and install the bench model; return the installed package or model folder."""
    from pipeline.testmodel import build_argosmodel, build_ct2_folder
    from pipeline.translate.ct2models import install_model
    from pipeline.translate.packages import install_package

    if layout in CT2_FAMILY:
        folder = build_ct2_folder(
            work / f"bench-{layout}", layout, size="bench", text=text, quantization="int8"
        )
        targets = ("uk", "ru") if layout == "opus-mt-multi" else ("uk",)
        return install_model(folder, CT2_FAMILY[layout], sources=("en",), targets=targets).path
    archive = build_argosmodel(
        work / "bench.argosmodel",
        "en",
        "uk",
        size="bench",
        text=text,
        quantization="int8",
        tokenizer="bpe" if layout == "bpe" else "sentencepiece",
    )
    return Path(install_package(archive).path)


def cold_start(work: Path) -> float:
    """Wall time of ``newsmt translate`` on one short article with a tiny model."""
    from pipeline.testmodel import build_argosmodel
    from pipeline.translate.packages import install_package

    env = {**os.environ, "ARGOS_PACKAGES_DIR": str(work / "tiny-packages")}
    os.environ["ARGOS_PACKAGES_DIR"] = env["ARGOS_PACKAGES_DIR"]
    install_package(build_argosmodel(work / "tiny.argosmodel", "en", "uk"))
    article = work / "article.txt"
    article.write_text(
        "Bridge reopens after repairs\n\n"
        "The old river bridge reopened to traffic on Friday after eight months of repairs. "
        "Buses will use it again from Monday.\n",
        encoding="utf-8",
    )
    newsmt = Path(sys.executable).parent / "newsmt"
    command = [str(newsmt), "translate", str(article), "--from", "en", "--to", "uk"]
    command += ["--out", str(work / "out"), "--no-cache", "--max-length", "16"]
    command += ["--allow-test-model"]  # a test model: its output is noise, timed only
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("text", type=Path, help="source text, one sentence per line")
    parser.add_argument("--lines", type=int, default=2000)
    parser.add_argument("--max-length", type=int, default=64, help="shared decoding cap")
    parser.add_argument("--jobs", type=int, default=1, help="newsmt/raw inter_threads")
    parser.add_argument("--systems", default=",".join(SYSTEMS))
    parser.add_argument("--repeat", type=int, default=1, help="runs per system (best counts)")
    parser.add_argument("--layout", choices=LAYOUTS, default="argos", help="bench model layout")
    parser.add_argument("--worker", choices=SYSTEMS, help=argparse.SUPPRESS)
    parser.add_argument("--package", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(
            args.worker,
            args.layout,
            args.package,
            args.text,
            args.lines,
            args.max_length,
            args.jobs,
        )
        return

    with tempfile.TemporaryDirectory(prefix="newsmt-bench-") as tmp:
        work = Path(tmp)
        os.environ["ARGOS_PACKAGES_DIR"] = str(work / "packages")
        started = time.perf_counter()
        package = build(work, args.text, args.layout)
        built = time.perf_counter() - started
        print(f"{args.layout} bench model built in {built:.0f} s: {package}")
        print(
            f"{args.lines} lines of {args.text}, beam {BEAM}, cap {args.max_length} tokens, "
            f"best of {args.repeat}"
        )
        figures: dict[str, dict[str, float]] = {}
        systems = args.systems.split(",")
        if args.layout in CT2_FAMILY and "argos" in systems:
            systems.remove("argos")  # Argos Translate cannot run a CTranslate2 model folder
        for _ in range(args.repeat):  # round robin; the fastest run of each system counts
            for system in systems:
                command = [sys.executable, __file__, str(args.text), "--worker", system]
                command += ["--package", str(package), "--lines", str(args.lines)]
                command += ["--max-length", str(args.max_length), "--jobs", str(args.jobs)]
                command += ["--layout", args.layout]
                done = subprocess.run(command, capture_output=True, text=True)
                if done.returncode != 0:
                    sys.exit(f"{system} failed:\n{done.stderr}")
                out = done.stdout
                run = json.loads(out.strip().splitlines()[-1])
                if system not in figures or run["seconds"] < figures[system]["seconds"]:
                    figures[system] = run
        for system, f in figures.items():
            print(
                f"{system:7s} {f['sentences'] / f['seconds']:8.2f} sent/s "
                f"{f['target_tokens'] / f['seconds']:9.1f} tgt tok/s  "
                f"({f['target_tokens']} tokens in {f['seconds']:.1f} s; "
                f"load {f['load_seconds']:.2f} s; peak RSS {f['peak_rss_mb']:.0f} MB)"
            )

        def rate(name: str) -> float:
            return figures[name]["target_tokens"] / figures[name]["seconds"]

        if "newsmt" in figures:
            for other in ("argos", "raw"):
                if other in figures:
                    print(f"newsmt / {other}: {rate('newsmt') / rate(other):.2f}x target tokens/s")
        print(
            f"cold start of `newsmt translate` (one short article, tiny model): "
            f"{cold_start(work):.2f} s"
        )


if __name__ == "__main__":
    main()
