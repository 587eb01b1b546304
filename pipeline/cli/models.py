"""`newsmt models`: list, install, remove and download Argos model packages."""

from __future__ import annotations

import json

import click

from pipeline.cli.base import NewsmtGroup
from pipeline.model import LANGS, normalize_lang
from pipeline.translate import packages
from pipeline.translate.download import DEFAULT_INDEX_URL, DEFAULT_TIMEOUT, download_package

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


def _apertium_pairs() -> set[tuple[str, str]]:
    """ru↔uk if the rule-based Apertium engine is installed."""
    from pipeline.translate.apertium import ApertiumEngine

    return ApertiumEngine().pairs()


@click.group(cls=NewsmtGroup)
def models() -> None:
    """Manage the offline translation models (Argos Translate packages).

    \b
    Example:
      newsmt models list
      newsmt models install translate-en_uk-1_9.argosmodel
    """


@models.command("list")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def list_cmd(fmt: str) -> None:
    """List installed model packages: direction, version, size and folder.

    \b
    Example:
      newsmt models list --format json
    """
    installed = packages.installed_packages()
    folder = packages.packages_dir()
    if fmt == "json":
        data = {"packages_dir": str(folder), "packages": [p.to_dict() for p in installed]}
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if not installed:
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


@models.command()
@click.argument("file", type=click.Path(dir_okay=False))
def install(file: str) -> None:
    """Install a downloaded .argosmodel file (replaces the same direction).

    \b
    Example:
      newsmt models install ~/Downloads/translate-en_uk-1_9.argosmodel
    """
    info = packages.install_package(file)
    click.echo(f"installed {_describe(info)} in {info.path}")


@models.command()
@click.argument("from_code", metavar="FROM")
@click.argument("to_code", metavar="TO")
def remove(from_code: str, to_code: str) -> None:
    """Remove the installed FROM→TO model package.

    \b
    Example:
      newsmt models remove en uk
    """
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
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def routes(fmt: str) -> None:
    """Show which directions among en/uk/ru can be translated, and how.

    Directions between uk and ru without a direct model go through Apertium's
    rule-based ru↔uk if it is installed, else through English (two models).  Each
    line lists the ways in the order `newsmt translate --engine auto` prefers them.

    \b
    Example:
      newsmt models routes
    """
    table = packages.directions(LANGS, _apertium_pairs())
    if fmt == "json":
        click.echo(json.dumps([d.to_dict() for d in table], ensure_ascii=False, indent=2))
        return
    for d in table:
        # In the order --engine auto prefers them; only Argos packages can be test models.
        label = f" [{TEST_LABEL}]" if d.test_only else ""
        ways = []
        if d.direct:
            ways.append(f"direct ({d.direct.id}){label}")
        if d.apertium:
            ways.append("apertium (rule-based)")
        if d.pivot:
            ways.append(f"via en ({d.pivot[0].id} + {d.pivot[1].id}){label}")
        if not ways:
            hint = f"newsmt models download {d.src} {d.tgt}"
            ways.append(f"unavailable: run `{hint}`")
        click.echo(f"{d.src}→{d.tgt}  {'; '.join(ways)}")
