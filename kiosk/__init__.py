"""Qabyldau application core: catalogue, rules, intake, numbering, calendar, documents.

Nothing in this package imports Qt: the GUI (``ui``) and the command line are two thin
doors onto the same functions.
"""

__version__ = "0.1.0"
