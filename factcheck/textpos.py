"""Offsets to 1-based line and column, for any text (articles and rule files alike)."""

from __future__ import annotations

from bisect import bisect_right


class LineIndex:
    """Maps character offsets of one text to (line, col); built once, O(log n) per lookup."""

    __slots__ = ("_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self._starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``offset``."""
        i = bisect_right(self._starts, offset) - 1
        return i + 1, offset - self._starts[i] + 1

    def line_text(self, line: int) -> str:
        """The text of 1-based ``line`` without its newline."""
        start = self._starts[line - 1]
        end = self._starts[line] - 1 if line < len(self._starts) else len(self._text)
        return self._text[start:end]
