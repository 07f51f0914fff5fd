"""Validation problems as values a user can act on: file, row, field, what is wrong."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the data.

    `row` is the 1-based line of a CSV file (the header is line 1) or the 1-based feature number in a
    GeoJSON file; it is None for problems with a whole file. `field` is None when no single field is
    at fault.
    """

    file: str
    row: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.field:
            where += f", field '{self.field}'"
        return f"{where}: {self.message}"

    def to_dict(self) -> dict[str, object]:
        return {"file": self.file, "row": self.row, "field": self.field, "message": self.message}


class DatasetError(Exception):
    """The data failed validation; `problems` lists every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.file, p.row or 0, p.field or "", p.message))
        count = len(self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the data")
