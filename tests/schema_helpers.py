"""Validate newsmt's CAT exports against the official schemas vendored in tests/schemas/
(see tests/schemas/PROVENANCE.md): XLIFF 2.1 core + Metadata + ITS modules (XSD), XLIFF 1.2
strict (XSD) and TMX 1.4b (DTD)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

SCHEMAS = Path(__file__).parent / "schemas"


@cache
def xliff2_schema() -> etree.XMLSchema:
    """The XLIFF 2 core schema with the Metadata and ITS modules loaded beside it, so the
    ``mda:`` and ``itsm:`` content the core lets through (``processContents="lax"``) is
    checked strictly against its module."""
    folder = (SCHEMAS / "xliff2.1").resolve().as_uri()
    driver = f"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
      <xs:import namespace="urn:oasis:names:tc:xliff:document:2.0"
                 schemaLocation="{folder}/xliff_core_2.0.xsd"/>
      <xs:import namespace="urn:oasis:names:tc:xliff:metadata:2.0"
                 schemaLocation="{folder}/metadata.xsd"/>
      <xs:import namespace="urn:oasis:names:tc:xliff:itsm:2.1"
                 schemaLocation="{folder}/itsm.xsd"/>
    </xs:schema>"""
    return etree.XMLSchema(etree.fromstring(driver, base_url=f"{folder}/driver.xsd"))


@cache
def xliff12_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "xliff-core-1.2-strict.xsd")))


@cache
def tmx_dtd() -> etree.DTD:
    return etree.DTD(str(SCHEMAS / "tmx14.dtd"))


def problems(path: Path) -> list[str]:
    """How the XLIFF (2.x or 1.2) or TMX file at ``path`` departs from its schema."""
    doc = etree.parse(str(path))
    root = doc.getroot()
    if root.tag == "tmx":
        check: etree.DTD | etree.XMLSchema = tmx_dtd()
    elif root.get("version", "").startswith("2"):
        check = xliff2_schema()
    else:
        check = xliff12_schema()
    if check.validate(doc):
        return []
    return [f"{e.line}: {e.message}" for e in check.error_log]
