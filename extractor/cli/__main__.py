"""``python -m extractor.cli``: the ``litx`` command."""

from . import main

main()
