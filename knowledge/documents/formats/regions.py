"""A page's lines put in reading order by their positions alone: a page set in two columns is
read column by column (not across both), and a table without ruling lines — its columns lined
up by white space — is kept as rows. Each line comes with its parts: the pieces of it set
apart by a wide gap (a column's line, a table cell); lines need no other help to be read.

Two columns: a gutter near the middle of the text that no part crosses, with lines that fill
the left column up to it and long lines starting just after it, one part a side per row.
Lines crossing the gutter (a title over both columns, a page number) stay where they are and
cut the page into bands read column by column. A table: at least three rows in a run, each of
two or more short parts (no sentence), their parts falling into the same columns."""

from __future__ import annotations

from statistics import median

from knowledge.documents.formats.layout import Block, ColumnBreak, Line, TableBlock

_MIN_ROWS = 3  # rows of a table without ruling lines
_CELL_CHARS = 24  # a longer part is text, not a cell
_SENTENCE_END = tuple("。；;！？!?")


def parts_of(line: Line) -> tuple[Line, ...]:
    return line.parts or (line,)


def arrange(lines: list[Line]) -> list[Block]:
    """The lines of a page (top down) in reading order: the columns of a two-column band one
    after the other, each between ColumnBreaks; runs of table rows as tables."""
    rows = _rows(lines)
    gutter = _gutter([r for r, _ in rows])
    out: list[Block] = []
    run: list[tuple[Line, list[Line]]] = []
    band: list[Line] = []

    mid = (gutter[0] + gutter[1]) / 2 if gutter else 0.0  # a box may reach into the gutter

    def flush_band() -> None:
        if band:
            for side in ([p for r in band for p in parts_of(r) if p.x1 <= mid],
                         [p for r in band for p in parts_of(r) if p.x0 >= mid]):  # fmt: skip
                top = side[0].top if side else band[0].top
                out.extend([ColumnBreak(top), *side, ColumnBreak(top)])
            band.clear()

    for row, originals in rows:
        if gutter and all(p.x1 <= mid or p.x0 >= mid for p in parts_of(row)):
            out.extend(_tables(run))
            run = []
            band.append(row)
        else:
            flush_band()
            run.append((row, originals))
    flush_band()
    out.extend(_tables(run))
    return out


def _rows(lines: list[Line]) -> list[tuple[Line, list[Line]]]:
    """Lines side by side (on one baseline, apart) as one row whose parts are theirs; each row
    with the lines it was made of."""
    rows: list[tuple[Line, list[Line]]] = []
    for ln in lines:
        if rows:
            row, originals = rows[-1]
            centre, height = (ln.top + ln.bottom) / 2, ln.bottom - ln.top
            beside = all(ln.x0 >= o.x1 or ln.x1 <= o.x0 for o in originals)
            if beside and abs(centre - (row.top + row.bottom) / 2) < 0.4 * height:
                both = originals + [ln]
                parts = tuple(sorted((p for o in both for p in parts_of(o)), key=lambda p: p.x0))
                text = " ".join(o.text for o in sorted(both, key=lambda o: o.x0))
                merged = Line(text, min(row.x0, ln.x0), max(row.x1, ln.x1),
                              min(row.top, ln.top), max(row.bottom, ln.bottom), parts)  # fmt: skip
                rows[-1] = (merged, both)
                continue
        rows.append((ln, [ln]))
    return rows


def _size(lines: list[Line]) -> float:
    return median(p.bottom - p.top for ln in lines for p in parts_of(ln)) or 10.0


def _gutter(lines: list[Line]) -> tuple[float, float] | None:
    """The empty band between two text columns, (end of the left, start of the right)."""
    parts = [p for ln in lines for p in parts_of(ln)]
    if len(parts) < 6:
        return None
    size = _size(lines)
    left_edge, right_edge = min(p.x0 for p in parts), max(p.x1 for p in parts)
    width = right_edge - left_edge
    if width < 20 * size:
        return None
    steps = [left_edge + width * (0.3 + 0.4 * k / 80) for k in range(81)]
    crossing = [sum(p.x0 < x < p.x1 for p in parts) for x in steps]
    fewest = min(crossing)
    x = median(s for s, n in zip(steps, crossing) if n == fewest)
    across = [any(p.x0 < x < p.x1 for p in parts_of(ln)) for ln in lines]
    sides = [
        ([p for p in parts_of(ln) if p.x1 <= x], [p for p in parts_of(ln) if p.x0 >= x])
        for ln in lines
    ]
    paired = _band([i for i, (lt, rt) in enumerate(sides) if lt and rt and not across[i]], across)
    if len(paired) < 3 or sum(across[paired[0] : paired[-1]]) > (paired[-1] - paired[0]) // 10:
        return None  # the columns: lines side by side, and (almost) nothing across them
    rows = [sides[i] for i in range(paired[0], paired[-1] + 1) if not across[i]]
    both = [sides[i] for i in paired]
    if sum(len(lt) > 1 or len(rt) > 1 for lt, rt in rows) > len(rows) // 10:
        return None  # one line a side per row: text columns, not a table's cells
    g0 = max(p.x1 for lt, _ in rows for p in lt)
    g1 = min(p.x0 for _, rt in rows for p in rt)
    full = sum(lt[-1].x1 >= g0 - 3 * size for lt, _ in both)
    long_parts = [len(p.text) for lt, rt in both for p in lt + rt]
    if g1 - g0 < size or full < len(both) / 2 or median(long_parts) < 10:
        return None
    return g0, g1


def _band(paired: list[int], across: list[bool]) -> list[int]:
    """The longest run of paired rows with no line across the middle between them: the
    columns, not a head line whose two parts flank the middle (「…公报」 「2025年第9期」)."""
    runs: list[list[int]] = []
    for i in paired:
        if runs and not any(across[runs[-1][-1] : i]):
            runs[-1].append(i)
        else:
            runs.append([i])
    return max(runs, key=len) if runs else []


def _tables(run: list[tuple[Line, list[Line]]]) -> list[Block]:
    """Rows (each with the lines it was made of) as they were, but runs of table rows as
    tables."""
    out: list[Block] = []
    i = 0
    while i < len(run):
        j = i
        while (
            j < len(run) and _row_like(run[j][0]) and (j == i or _close(run[j - 1][0], run[j][0]))
        ):
            j += 1
        table = _table([r for r, _ in run[i:j]]) if j - i >= _MIN_ROWS else None
        if table is not None:
            out.append(table)
            i = j
        else:
            out.extend(run[i][1])
            i += 1
    return out


def _row_like(line: Line) -> bool:
    parts = parts_of(line)
    return len(parts) >= 2 and all(
        len(p.text) <= _CELL_CHARS and not p.text.endswith(_SENTENCE_END) for p in parts
    )


def _close(above: Line, below: Line) -> bool:
    return below.top - above.bottom < 2.5 * (below.bottom - below.top)


def _table(rows: list[Line]) -> TableBlock | None:
    """The rows as a table when their parts fall into the same columns (x ranges that overlap
    across rows merged into one), each column used by at least half of the rows."""
    spans = sorted((p.x0, p.x1) for ln in rows for p in parts_of(ln))
    columns: list[list[float]] = []
    for x0, x1 in spans:
        if columns and x0 <= columns[-1][1]:
            columns[-1][1] = max(columns[-1][1], x1)
        else:
            columns.append([x0, x1])
    if len(columns) < 2:
        return None
    cells: list[list[str]] = []
    used = [0] * len(columns)
    for ln in rows:
        row = [""] * len(columns)
        for p in parts_of(ln):
            k = next(n for n, (c0, c1) in enumerate(columns) if c0 <= p.x0 and p.x1 <= c1)
            if row[k]:
                return None  # two parts of a row in one column
            row[k] = p.text
            used[k] += 1
        cells.append(row)
    if min(used) * 2 < len(rows):
        return None
    return TableBlock(tuple(tuple(r) for r in cells), rows[0].top)
