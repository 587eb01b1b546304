"""The named-entity glossary: file format, matching, enforcement and linting.

``Glossary.load(paths)`` reads every TSV file under ``paths`` (default ``./glossaries``);
``Glossary.find(text, lang)`` finds entities with their inflected forms;
:func:`pipeline.glossary.enforce.enforce_sentence` makes a translation use them.
"""

from pipeline.glossary.format import Entry, default_glossary_paths, glossary_files
from pipeline.glossary.match import Glossary, Match

__all__ = ["Entry", "Glossary", "Match", "default_glossary_paths", "glossary_files"]
