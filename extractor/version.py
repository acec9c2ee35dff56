"""The version of litx, and of the text layer it writes (below every stage, so
any of them can record it)."""

__version__ = "0.1.0"
#: name and version of the text layer, recorded with every parse
PARSER_NAME = f"litx-textlayer/{__version__}"
