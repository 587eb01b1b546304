"""``python -m pipeline`` runs the ``newsmt`` CLI."""

from pipeline.cli import main

main()
