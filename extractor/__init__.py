"""litx: bilingual literature extraction for systematic reviews."""

__version__ = "0.1.0"
