"""newsmt: offline uk/en/ru news translation with an enforced named-entity glossary."""

__version__ = "0.1.0"
