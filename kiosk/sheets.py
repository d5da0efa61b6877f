"""Tables the office opens in a spreadsheet program: every CSV and XLSX Qabyldau writes goes
through here, so that each of them

- cannot attack its reader: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return (or their full-width forms) would be read as a formula by Excel or
  LibreOffice Calc (``=HYPERLINK(...)`` as a surname, a document name in an imported
  catalogue); :func:`neutralise` puts an apostrophe before it (OWASP's CSV-injection advice), in
  CSV and XLSX alike;
- keeps identifiers as text: an IIN such as 001004657493 typed as digits would become the
  number 1004657493.  In XLSX it is a string cell in a text-formatted column; in CSV it is
  written ``="001004657493"``, which Excel and Calc (formulas evaluated, their default) show as
  the 12 digits and keep as text;
- keeps Kazakh letters: CSV is UTF-8 with a byte-order mark (Excel reads it as UTF-8 then),
  ``;`` separated (the list separator of Windows in Kazakh and Russian, where ``,`` is the
  decimal comma), CRLF line ends;
- has real dates: a ``datetime.date``/``datetime`` cell is a date cell in XLSX (formatted day
  first), and ``21.11.2026`` / ``21.11.2026 10:15`` in CSV.

Cell values: ``str`` (text), ``int``/``float`` (numbers), ``datetime.date`` and
``datetime.datetime`` (dates), ``None`` (empty).  Nothing here imports Qt.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from typing import Sequence, Union

__all__ = ["Cell", "Sheet", "neutralise", "csv_cell", "csv_bytes", "xlsx_bytes",
           "FORMULA_STARTS"]

Cell = Union[str, int, float, dt.date, dt.datetime, None]

# what makes Excel or Calc read a cell as a formula (OWASP), with the full-width forms some
# input methods type and Excel also accepts
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")

_DIGITS = re.compile(r"\d+")
DATE_FORMAT = "DD.MM.YYYY"
MOMENT_FORMAT = "DD.MM.YYYY HH:MM"


def neutralise(text: str) -> str:
    """A text cell made inert: an apostrophe before a leading ``= + - @``, tab or CR; anything
    else as it is."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


@dataclass
class Sheet:
    """One table: a title (the XLSX sheet's name), headings and rows of cells.  ``widths``:
    column widths in characters for XLSX (optional)."""

    title: str
    headings: Sequence[str]
    rows: list[Sequence[Cell]] = field(default_factory=list)
    widths: Sequence[float] = ()


def csv_cell(value: Cell, *, digits_as_text: bool = True) -> str:
    """One cell as CSV text (before quoting).  ``digits_as_text``: digit-only text is written
    ``="…"`` for spreadsheets; a file for another program (False) keeps the bare digits."""
    if value is None:
        return ""
    if isinstance(value, bool):  # a bool is an int: say it in words nobody reads as a formula
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value)
    if digits_as_text and _DIGITS.fullmatch(text):
        # digits that are text (an IIN, a code with leading zeros): a formula giving the text,
        # built here from digits only, so nothing of the data is ever evaluated
        return f'="{text}"'
    return neutralise(text)


def csv_bytes(sheet: Sheet, *, delimiter: str = ";", bom: bool = True,
              digits_as_text: bool = True, lineterminator: str = "\r\n") -> bytes:
    """The sheet as CSV: headings, then rows; UTF-8 (with a BOM unless ``bom`` is False).
    The defaults are for a person's spreadsheet; a documented interchange file (the stage
    export) passes ``delimiter=","``, ``bom=False``, ``digits_as_text=False`` and is still
    neutralised."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator)
    w.writerow([csv_cell(h, digits_as_text=digits_as_text) for h in sheet.headings])
    for row in sheet.rows:
        w.writerow([csv_cell(v, digits_as_text=digits_as_text) for v in row])
    return (("\ufeff" if bom else "") + buf.getvalue()).encode("utf-8")


def _sheet_title(title: str, taken: set[str]) -> str:
    # Excel: at most 31 characters, none of : \ / ? * [ ], unique in the workbook
    clean = re.sub(r"[:\\/?*\[\]]", "-", title).strip("'") or "Sheet"
    clean = clean[:31]
    name, n = clean, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name = clean[:31 - len(suffix)] + suffix
        n += 1
    taken.add(name.lower())
    return name


def xlsx_bytes(sheets: Sequence[Sheet], *, title: str = "", creator: str = "Qabyldau") -> bytes:
    """A workbook with one worksheet a sheet: bold wrapped headings, frozen heading row,
    auto-filter; text cells neutralised and stored as strings (never formulas), dates as dates
    formatted day first."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    def text(value: object) -> str:  # control characters XML cannot carry go; then inert
        return neutralise(ILLEGAL_CHARACTERS_RE.sub("", str(value)))

    wb = Workbook()
    for blank in list(wb.worksheets):  # the default empty sheet
        wb.remove(blank)
    taken: set[str] = set()
    for sheet in sheets:
        ws = wb.create_sheet(_sheet_title(sheet.title, taken))
        ncols = len(sheet.headings)
        for c, heading in enumerate(sheet.headings, start=1):
            cell = ws.cell(1, c)
            cell.value = text(heading)
            cell.data_type = "s"
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        text_columns: set[int] = set()
        for r, row in enumerate(sheet.rows, start=2):
            for c, value in enumerate(row, start=1):
                if value is None or value == "":
                    continue
                cell = ws.cell(r, c)
                if isinstance(value, bool):
                    cell.value = int(value)
                elif isinstance(value, dt.datetime):
                    cell.value = value.replace(tzinfo=None)
                    cell.number_format = MOMENT_FORMAT
                elif isinstance(value, dt.date):
                    cell.value = value
                    cell.number_format = DATE_FORMAT
                elif isinstance(value, (int, float)):
                    cell.value = value
                else:
                    cell.value = text(value)
                    cell.data_type = "s"  # a string, whatever it starts with
                    cell.number_format = "@"  # and it stays text when edited
                    if _DIGITS.fullmatch(str(value)):
                        text_columns.add(c)
        for c in range(1, ncols + 1):
            letter = get_column_letter(c)
            if c - 1 < len(sheet.widths):
                ws.column_dimensions[letter].width = sheet.widths[c - 1]
            if c in text_columns:
                ws.column_dimensions[letter].number_format = "@"
        ws.freeze_panes = "A2"
        if ncols:
            ws.auto_filter.ref = f"A1:{get_column_letter(ncols)}{max(1, len(sheet.rows) + 1)}"
    if not sheets:
        wb.create_sheet("Sheet")
    wb.properties.title = title
    wb.properties.creator = creator
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
