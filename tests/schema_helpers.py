"""Validate newsmt's CAT exports against the official schemas vendored in tests/schemas/
(see tests/schemas/PROVENANCE.md): XLIFF 2.1 core + Metadata + ITS modules (XSD and the OASIS
schematron rules, run as XSLT 2 with saxonche), XLIFF 1.2 strict (XSD) and TMX 1.4b (DTD)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from lxml import etree
from saxonche import PySaxonProcessor, PyXsltExecutable

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
    if not check.validate(doc):
        return [f"{e.line}: {e.message}" for e in check.error_log]
    if root.get("version", "").startswith("2"):
        return schematron_problems(path)
    return []


SCHEMATRON = ("xliff_core_2.1.sch", "metadata.sch", "itsm.sch")
_ISO_STEPS = ("iso_dsdl_include.xsl", "iso_abstract_expand.xsl", "iso_svrl_for_xslt2.xsl")
_FAILED = re.compile(r"<svrl:failed-assert\b.*?</svrl:failed-assert>", re.S)
_TEXT = re.compile(r"<svrl:text>(.*?)</svrl:text>", re.S)


@cache
def _saxon() -> PySaxonProcessor:
    return PySaxonProcessor(license=False)


@cache
def _schematron(name: str) -> PyXsltExecutable:
    """The XLIFF 2.1 schematron ``name`` compiled to XSLT by the ISO skeleton."""
    proc = _saxon()
    xslt = proc.new_xslt30_processor()
    node = proc.parse_xml(xml_file_name=str(SCHEMAS / "xliff2.1" / name))
    for step in _ISO_STEPS:
        stylesheet = xslt.compile_stylesheet(stylesheet_file=str(SCHEMAS / "iso" / step))
        node = proc.parse_xml(xml_text=stylesheet.transform_to_string(xdm_node=node))
    return xslt.compile_stylesheet(stylesheet_text=str(node))


def schematron_problems(path: Path) -> list[str]:
    """The XLIFF 2.1 schematron assertions (core, Metadata, ITS modules) ``path`` fails."""
    document = _saxon().parse_xml(xml_file_name=str(path))
    found = []
    for name in SCHEMATRON:
        report = _schematron(name).transform_to_string(xdm_node=document)
        for failed in _FAILED.findall(report):
            text = _TEXT.search(failed)
            found.append(f"{name}: {' '.join((text.group(1) if text else failed).split())}")
    return found
