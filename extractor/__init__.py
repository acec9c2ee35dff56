"""litx: bilingual literature extraction for systematic reviews."""

__version__ = "0.1.0"
#: name and version of the text layer, recorded with every parse
PARSER_NAME = f"litx-textlayer/{__version__}"
