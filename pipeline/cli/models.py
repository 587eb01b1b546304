"""`newsmt models`: list, install, remove and download Argos model packages."""

from __future__ import annotations

import json
from pathlib import Path

import click

from pipeline.cli.base import NewsmtGroup, format_option
from pipeline.errors import UsageError
from pipeline.model import LANGS, normalize_lang
from pipeline.translate import ct2models, packages
from pipeline.translate.download import DEFAULT_INDEX_URL, DEFAULT_TIMEOUT, download_package
from pipeline.translate.routes import MODEL_FAMILIES

TEST_LABEL = "TEST MODEL (random weights: output is noise)"


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB"):
        if n < 1024:
            return f"{n:.0f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"


def _describe(info: packages.PackageInfo) -> str:
    name = TEST_LABEL if info.test_model else info.name
    return f"{info.from_code}→{info.to_code} {info.version} ({info.id}): {name}"


def _describe_model(info: ct2models.ModelInfo) -> str:
    name = TEST_LABEL if info.test_model else f"{info.name}, licence {info.licence}"
    served = " ".join(f"{a}→{b}" for a, b in info.directions)
    return f"{info.family} {info.version} ({info.id}): {served}: {name}"


def _apertium_pairs() -> set[tuple[str, str]]:
    """ru↔uk if the rule-based Apertium engine is installed."""
    from pipeline.translate.apertium import ApertiumEngine

    return ApertiumEngine().pairs()


@click.group(cls=NewsmtGroup)
def models() -> None:
    """Manage the offline translation models (Argos packages, CTranslate2 model folders).

    \b
    Example:
      newsmt models list
      newsmt models install translate-en_uk-1_9.argosmodel
      newsmt models install nllb-200-distilled-600M-ct2/ --family nllb
    """


@models.command("list")
@format_option("text", "json")
def list_cmd(fmt: str) -> None:
    """List installed model packages: direction, version, size and folder.

    \b
    Example:
      newsmt models list --format json
    """
    installed = packages.installed_packages()
    models_ = ct2models.installed_models()
    folder = packages.packages_dir()
    if fmt == "json":
        data = {
            "packages_dir": str(folder),
            "packages": [p.to_dict() for p in installed],
            "models": [m.to_dict() for m in models_],
        }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if not installed and not models_:
        click.echo(
            f"no model packages in {folder}; run `newsmt models download en uk` "
            "or `newsmt models install FILE.argosmodel`"
        )
        return
    for info in installed:
        name = TEST_LABEL if info.test_model else info.name
        click.echo(
            f"{info.from_code}→{info.to_code}  {info.version:<8} {_size(info.size):>9}  "
            f"{name}  {info.path}"
        )
    for model in models_:
        click.echo(f"{_describe_model(model)}  {_size(model.size)}  {model.path}")


@models.command()
@click.argument("path", metavar="FILE|DIR", type=click.Path(path_type=Path))
@click.option(
    "--family",
    type=click.Choice(list(ct2models.FAMILIES)),
    help="DIR is a CTranslate2 model folder of this family (converter output).",
)
@click.option(
    "--from",
    "sources",
    multiple=True,
    metavar="L[,L]",
    help="Source languages (OPUS-MT: required; NLLB/M2M: restricts).",
)
@click.option(
    "--to",
    "targets",
    multiple=True,
    metavar="L[,L]",
    help="Target languages (OPUS-MT: required; NLLB/M2M: restricts).",
)
@click.option("--name", help="Folder name of the installed model (default: DIR's name).")
@click.option("--version", "version", default="1", show_default=True, help="Model version.")
@click.option("--licence", help="Licence (default: the family's: NLLB CC-BY-NC-4.0 …).")
def install(
    path: Path,
    family: str | None,
    sources: tuple[str, ...],
    targets: tuple[str, ...],
    name: str | None,
    version: str,
    licence: str | None,
) -> None:
    """Install an .argosmodel file, or a CTranslate2 model folder with --family.

    A package replaces the one of the same direction; a model folder replaces the
    installed model of the same name. Both are checked and loaded before they go in.

    \b
    Example:
      newsmt models install ~/Downloads/translate-en_uk-1_9.argosmodel
      newsmt models install nllb-200-distilled-600M-ct2 --family nllb
      newsmt models install opus-mt-tc-big-en-zle-ct2 --family opus-mt --from en --to uk,ru
    """
    if family is None:
        if path.is_dir():
            raise UsageError(
                f"{path} is a folder: give its model family, e.g. --family nllb "
                "(or install an .argosmodel file)"
            )
        if sources or targets or name or licence:
            raise UsageError("--from, --to, --name and --licence go with --family")
        info = packages.install_package(path)
        click.echo(f"installed {_describe(info)} in {info.path}")
        return
    model = ct2models.install_model(
        path, family, sources=sources, targets=targets, name=name, version=version, licence=licence
    )
    click.echo(f"installed {_describe_model(model)} in {model.path}")


@models.command()
@click.argument("from_code", metavar="FROM|NAME")
@click.argument("to_code", metavar="TO", required=False)
def remove(from_code: str, to_code: str | None) -> None:
    """Remove the installed FROM→TO model package, or the model folder NAME.

    \b
    Example:
      newsmt models remove en uk
      newsmt models remove nllb-200-distilled-600M-ct2
    """
    if to_code is None:
        model = ct2models.remove_model(from_code)
        click.echo(f"removed {_describe_model(model)} from {model.path.parent}")
        return
    info = packages.remove_package(normalize_lang(from_code), normalize_lang(to_code))
    click.echo(f"removed {_describe(info)} from {info.path.parent}")


ALL_DIRECTIONS = (("en", "uk"), ("uk", "en"), ("en", "ru"), ("ru", "en"))


@models.command()
@click.argument("from_code", metavar="FROM", required=False)
@click.argument("to_code", metavar="TO", required=False)
@click.option(
    "--all",
    "all_directions",
    is_flag=True,
    help="Download the four packages newsmt uses: en↔uk and en↔ru.",
)
@click.option(
    "--index",
    "index_url",
    default=DEFAULT_INDEX_URL,
    show_default=True,
    help="URL of an argospm-style package index (JSON).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="Seconds to wait for the server.",
)
def download(
    from_code: str | None,
    to_code: str | None,
    all_directions: bool,
    index_url: str,
    timeout: float,
) -> None:
    """Download and install the FROM→TO model package (needs the internet).

    With --all, download en→uk, uk→en, en→ru and ru→en; ru↔uk then works through
    English (or Apertium, if installed).

    \b
    Example:
      newsmt models download en uk
      newsmt models download --all
      newsmt models download uk en --index https://mirror.example/index.json
    """
    if all_directions == bool(from_code or to_code) or (from_code is None) != (to_code is None):
        raise click.UsageError("give FROM and TO, or --all")
    if all_directions:
        pairs = list(ALL_DIRECTIONS)
    else:
        assert from_code is not None and to_code is not None
        pairs = [(normalize_lang(from_code), normalize_lang(to_code))]
    for src, tgt in pairs:
        info = download_package(src, tgt, index_url, timeout=timeout)
        click.echo(f"installed {_describe(info)} in {info.path}")


@models.command()
@format_option("text", "json")
def routes(fmt: str) -> None:
    """Show which directions among en/uk/ru can be translated, and how.

    A direction is served by an installed model folder (NLLB-200, M2M-100, OPUS-MT: one
    model may serve several directions) or an Argos package directly; between uk and ru
    otherwise by Apertium's rule-based ru↔uk if it is installed, else through English
    (two models).  Each line lists the ways in the order `newsmt translate --engine auto`
    prefers them.

    \b
    Example:
      newsmt models routes
    """
    table = packages.directions(LANGS, _apertium_pairs())
    neural = _neural_providers()
    rows = []
    for d in table:
        direct = neural.get((d.src, d.tgt), [])
        pivot = _pivot(d, neural)
        rows.append((d, direct, pivot))
    if fmt == "json":
        data = []
        for d, direct, pivot in rows:
            row = d.to_dict()
            row["models"] = [f"{m.family}:{m.id}" for m in direct]
            row["pivot"] = [_label_id(p) for p in pivot] if pivot else None
            row["available"] = bool(direct or pivot or d.direct or d.apertium)
            row["test_model"] = (
                direct[0].test_model if direct else d.direct.test_model if d.direct
                else any(p.test_model for p in pivot or ())
            )  # fmt: skip
            data.append(row)
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for d, direct, pivot in rows:
        # In the order --engine auto prefers them.
        ways = [f"direct {m.family} ({m.id}){_test_label(m)}" for m in direct]
        if d.direct:
            ways.append(f"direct ({d.direct.id}){_test_label(d.direct)}")
        if d.apertium:
            ways.append("apertium (rule-based)")
        if pivot:
            noise = f" [{TEST_LABEL}]" if any(p.test_model for p in pivot) else ""
            ways.append(f"via en ({_label_id(pivot[0])} + {_label_id(pivot[1])}){noise}")
        if not ways:
            hint = f"newsmt models download {d.src} {d.tgt}"
            ways.append(f"unavailable: run `{hint}`")
        click.echo(f"{d.src}→{d.tgt}  {'; '.join(ways)}")


Provider = packages.PackageInfo | ct2models.ModelInfo


def _neural_providers() -> dict[tuple[str, str], list[ct2models.ModelInfo]]:
    """The installed model folders serving each direction, best first per family, families in
    the order ``--engine auto`` tries them."""
    from pipeline.translate.ct2engine import model_engines

    served: dict[tuple[str, str], list[ct2models.ModelInfo]] = {}
    for engine in model_engines(families=MODEL_FAMILIES):
        for pair in sorted(engine.pairs()):
            served.setdefault(pair, []).append(engine.model(*pair))
    return served


def _pivot(
    d: packages.Direction, neural: dict[tuple[str, str], list[ct2models.ModelInfo]]
) -> tuple[Provider, Provider] | None:
    """The pivot through English `translate` would take: model folders before packages."""
    if "en" in (d.src, d.tgt):
        return None
    hops = []
    for a, b in ((d.src, "en"), ("en", d.tgt)):
        package = packages.find_package(a, b)
        ways: list[Provider] = [*neural.get((a, b), []), *([package] if package else [])]
        if not ways:
            return None
        hops.append(ways[0])
    return hops[0], hops[1]


def _label_id(provider: Provider) -> str:
    if isinstance(provider, ct2models.ModelInfo):
        return f"{provider.family}:{provider.id}"
    return provider.id


def _test_label(provider: Provider) -> str:
    return f" [{TEST_LABEL}]" if provider.test_model else ""
