"""Lines in reading order → paragraphs, headings, table rows, references.

A paragraph ends where the print says so: a wider gap than the line pitch, an
indented first line, a change of size or weight, a short line that closes a
sentence, a heading.  It runs on across a column or page break when the last
line was full and the next one is not indented, the way a reader follows it.
Lines are joined without a space in Chinese, with one in English, and an
English word hyphenated at a line end is rejoined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .columns import Placed
from .document import BlockKind, Box
from .lines import Line

#: a numbered heading: "2", "2.3", "2.4.1", optionally followed by a dot
NUMBERED_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s*(?=\S)(?![\d.%])")
REFERENCE_ENTRY = re.compile(r"^\s*(\[\d{1,3}\]|\d{1,3}\.\s|\d{1,3}\s(?=[A-Z\u4e00-\u9fff]))")
BRACKET_LABEL = re.compile(r"\s*[\[【]\s*([^\]】]{1,20}?)\s*[\]】]")
_TERMINAL = tuple("。！？.!?；;:：")
#: the label a figure or table caption starts with ("Figure 1 Flow chart",
#: "Fig. 2 |", "Table 3:", "图1"), not a sentence citing it ("Figure 1 shows")
CAPTION_START = re.compile(
    r"^\s*(?:Fig(?:ure)?\.?|FIGURE|Table|TABLE|Tab\.)\s*\d+[A-Za-z]?(?:[.:|]|\s+[A-Z(])|^\s*[图表]\s*\d"
)
_SENTENCE_MARKS = re.compile(r"[。，,.;；:：！？!?=<>%]")
_CLOSERS = "”’\")）]】"


@dataclass(slots=True)
class RawBlock:
    kind: BlockKind
    lines: list[Line] = field(default_factory=list)
    level: int = 0
    text: str = ""
    boxes: list[Box | None] = field(default_factory=list)
    #: lines running another way than their page (:attr:`Placed.aside`): a
    #: caption along a figure, an axis label, a stamp up the margin
    aside: bool = False
    #: "figure" or "box" (:attr:`Placed.inset`): read apart from the page's
    #: columns; it opens no section
    inset: str = ""


@dataclass(slots=True)
class _Column:
    left: float
    right: float
    pitch: float | None
    #: the usual text size of the column
    size_hint: float = 10.0


def _columns(placed: list[tuple[int, Placed]]) -> dict[tuple[int, int, int], _Column]:
    """Left/right edges and line pitch of each (page, region, column)."""
    groups: dict[tuple[int, int, int], list[Line]] = {}
    for page, p in placed:
        if not p.table:
            groups.setdefault((page, p.region, p.column), []).append(p.line)
    out = {}
    for key, lines in groups.items():
        pitches = [
            b.baseline - a.baseline
            for a, b in zip(lines, lines[1:])
            if abs(a.size - b.size) < 0.5 and 0 < b.baseline - a.baseline < 3 * a.size
        ]
        pitches.sort()
        lefts = sorted(l.x0 for l in lines)
        sizes = sorted(l.size for l in lines)
        out[key] = _Column(
            left=lefts[len(lefts) // 5] if len(lefts) >= 5 else lefts[0],
            right=max(l.x1 for l in lines),
            pitch=pitches[len(pitches) // 2] if pitches else None,
            size_hint=sizes[len(sizes) // 2],
        )
    return out


def split_blocks(placed: list[tuple[int, Placed]]) -> list[RawBlock]:
    """Group lines (with their page index) into blocks.

    Asides (text running another way than its page) make blocks of their
    own, and the page's paragraph goes on past them: a caption set
    sideways between two pages does not cut the sentence running over the
    page break."""
    columns = _columns(placed)
    blocks: list[RawBlock] = []
    # the last line and the open paragraph of each flow: the pages', the
    # asides', each box's
    prev: dict[object, tuple[int, Placed] | None] = {False: None, True: None}
    open_block: dict[object, RawBlock | None] = {False: None, True: None}
    #: flow → (the column, the right edge of the widest line of its last
    #: paragraph of two lines or more): what a ragged first line is set against
    edge: dict[object, tuple[tuple, float | None]] = {}
    figure_key = None  # the figure block open (its lines come one after another)
    for page, p in placed:
        line = p.line
        if p.inset == "figure":
            # a figure's caption, a box of its flow chart: a block of its own,
            # and the paragraph of the page goes on past it
            kind = BlockKind.CAPTION if p.caption else BlockKind.FIGURE
            key = (page, p.region, p.aside, p.group, kind)
            if figure_key == key:
                blocks[-1].lines.append(line)
            else:
                blocks.append(RawBlock(kind, [line], aside=p.aside, inset=p.inset))
            figure_key = key
            continue
        figure_key = None
        flow = (page, p.region, p.aside) if p.inset else p.aside
        if p.table or p.caption:  # a table row; a table's caption: a paragraph of its own
            blocks.append(RawBlock(BlockKind.TABLE if p.table else BlockKind.PARAGRAPH, [line], aside=p.aside,
                                   inset=p.inset))
            prev[flow] = open_block[flow] = None
            continue
        last = prev.get(flow)
        current = open_block.get(flow)
        widest = _widest(current) if current is not None else None
        if widest is None and last is not None and edge.get(flow, (None,))[0] == (last[0], last[1].region, last[1].column):
            widest = edge[flow][1]  # a paragraph's first line: the last paragraph's of this column
        if last is None or current is None or _breaks(last, (page, p), columns, _measure(current), widest) \
                or _caption_ends(current, last, (page, p)):
            open_block[flow] = RawBlock(BlockKind.PARAGRAPH, [line], aside=p.aside, inset=p.inset)
            blocks.append(open_block[flow])
        else:
            open_block[flow].lines.append(line)
            edge[flow] = ((page, p.region, p.column), _widest(open_block[flow]))
        prev[flow] = (page, p)
    return blocks


def _caption_ends(block: RawBlock, prev: tuple[int, Placed], cur: tuple[int, Placed]) -> bool:
    """A figure's caption ends at the foot of its column: the text at the
    top of the next column is no part of it, however full its last line."""
    (pp, a), (cp, b) = prev, cur
    if (pp, a.region, a.column) == (cp, b.region, b.column):
        return False
    return bool(CAPTION_START.match(block.lines[0].text))


def _measure(block: RawBlock) -> float | None:
    """The right edge two lines of an open paragraph end at (its measure), if any."""
    ends = sorted(line.x1 for line in block.lines)
    shared = [b for a, b in zip(ends, ends[1:]) if b - a < 0.5 * max(block.lines[0].size, 1.0)]
    return shared[-1] if shared else None


def _widest(block: RawBlock) -> float | None:
    """The right edge of the widest line of an open paragraph of two lines
    or more (None for one line: it is its own widest)."""
    return max(line.x1 for line in block.lines) if len(block.lines) > 1 else None


def _breaks(prev: tuple[int, Placed], cur: tuple[int, Placed], columns, measure: float | None = None,
            widest: float | None = None) -> bool:
    (pp, a), (cp, b) = prev, cur
    la, lb = a.line, b.line
    col_a = columns[(pp, a.region, a.column)]
    col_b = columns[(cp, b.region, b.column)]
    em = max(lb.size, 1.0)
    if la.rotation != lb.rotation:  # a page turned another way
        return True
    if abs(la.size - lb.size) > 0.12 * max(la.size, lb.size):
        return True
    if la.bold != lb.bold or (lb.bold_prefix and not la.bold):
        return True
    if la.text.rstrip().rstrip(_CLOSERS).endswith(_TERMINAL) and _label_line(lb, la, col_b):
        # "… during pregnancy." then "Design" in another face: a run-in
        # heading (small capitals, a medium weight), not the sentence's end
        return True
    if _label_line(la, lb, col_a) and (pp, a.region, a.column) == (cp, b.region, b.column):
        # "Study protocol" over its paragraph, in another face: the label
        # ends where the paragraph starts
        return True
    if NUMBERED_HEADING.match(lb.text) and lb.bold_prefix:
        return True
    # a first-line indent is one to four ems; more is centring.  A line set
    # on the same centre as the one above, short of the right margin, is the
    # second line of a centred title, not an indent
    centred = abs((lb.x0 + lb.x1) - (la.x0 + la.x1)) < 2 * em and col_b.right - lb.x1 > em
    indented = 0.8 * em < lb.x0 - col_b.left < 4 * em and not centred
    a_full = col_a.right - la.x1 < 1.5 * em
    a_closed = la.text.rstrip().rstrip(_CLOSERS).endswith(_TERMINAL)
    same_column = (pp, a.region, a.column) == (cp, b.region, b.column)
    if same_column and not a_full and (
            (measure is not None and measure - la.x1 < 1.5 * em)
            or (abs(lb.x1 - la.x1) < 0.5 * em and abs(lb.x0 - la.x0) < 4 * em)
            or (not a_closed and _ragged(la, lb, widest, em))):
        # a flow narrower than its region, set to its own measure: the left
        # column of a page whose right column is empty (a short article, the
        # last page), under a full-width abstract.  Two lines ending together
        # set the measure; a line reaching it is a full line, not the last
        # of a paragraph
        a_full = True
    if same_column:
        pitch = col_b.pitch or 1.3 * em
        if abs(la.size - lb.size) < 0.5 and la.size > 1.1 * col_b.size_hint:
            # a title set larger than the column's text has its own pitch
            pitch = max(pitch, 1.3 * la.size)
        if lb.baseline - la.baseline > 1.45 * pitch or lb.baseline < la.baseline:
            return True
        if indented and (la.x0 - col_a.left <= 0.8 * em or not a_full):
            return True
        if not a_full and a_closed:
            return True
        if not a_full and la.x1 - la.x0 < 0.6 * (col_a.right - col_a.left):
            return True
        return False
    if pp == cp and _stacked(la, lb):
        # a centred title or a short line that did not cross the gutter sits
        # in a region of its own; the next line right below it goes on
        return not_continued(la, lb, a_closed)
    # a column or page break: carry on only if the paragraph was still open,
    # and not into a caption set at the top of the next column
    if indented or not a_full or CAPTION_START.match(lb.text):
        return True
    return False


def face(font: str) -> str:
    """A font's face without its subset tag ("ABCDEF+MetaProMedium-R")."""
    return font.split("+", 1)[-1]


def _label_line(line: Line, other: Line, column: _Column) -> bool:
    """A short line of a few words in another face than the line it is set
    against: the label of a paragraph ("Design", "PartiCiPants")."""
    text = line.text.strip()
    return (bool(line.font) and bool(other.font) and face(line.font) != face(other.font)
            and 0 < len(text.split()) <= 6 and len(text) <= 50 and not _SENTENCE_MARKS.search(text)
            and line.x1 - line.x0 < 0.65 * max(column.right - column.left, 1.0))


def _stacked(a: Line, b: Line) -> bool:
    """b is the next printed line below a, in the same style."""
    pitch = b.baseline - a.baseline
    return (
        0 < pitch <= 1.6 * max(a.size, b.size)
        and b.x0 < a.x1
        and b.x1 > a.x0
        and a.bold == b.bold
        and abs(a.size - b.size) < 0.5
    )


def _ragged(a: Line, b: Line, widest: float | None, em: float) -> bool:
    """A long line of a narrow flow ending a few ems short of the line
    below it or of the widest line of its paragraph so far: text set ragged,
    or Chinese lines each wrapped before a Latin word or a number that did
    not fit ("…以白消安20" over "mg/kg联合…"), in a region wider than the
    flow (a left column whose right one is empty).  An open line ending so
    is no paragraph's last."""
    if a.x1 - a.x0 < 12 * em or abs(b.x0 - a.x0) >= 4 * em:
        return False
    near_next = b.x1 - b.x0 >= 12 * em and abs(b.x1 - a.x1) < 4 * em
    return near_next or (widest is not None and widest - a.x1 < 4 * em)


def not_continued(a: Line, b: Line, a_closed: bool) -> bool:
    return a_closed and (a.x1 - a.x0) < (b.x1 - b.x0) * 0.6


def _is_heading(block: RawBlock, size: float, section_kind) -> int | None:
    """Heading level of a block, or None: numbered, styled, or a known name."""
    text = " ".join(l.text for l in block.lines).strip()
    if not text or len(block.lines) > 3 or len(text) > 120:
        return None
    styled = all(l.bold for l in block.lines) or block.lines[0].size >= 1.12 * size
    numbered = NUMBERED_HEADING.match(text)
    ends_like_sentence = text.endswith(("。", ".", "；", ";", ",", "，")) and not numbered
    if section_kind(text) and len(text) <= 60:
        return 1
    if styled and not ends_like_sentence:
        if numbered:
            return numbered.group(1).count(".") + 1
        return 1
    # "1.1 研究对象" set in the body font: a short numbered line on its own,
    # with no punctuation a sentence would have
    if numbered and len(block.lines) == 1 and len(text) <= 40 and not _SENTENCE_MARKS.search(text[numbered.end():]):
        return numbered.group(1).count(".") + 1
    return None


def classify(blocks: list[RawBlock], size: float, section_kind) -> list[RawBlock]:
    """Mark headings (splitting inline ones off their paragraph) and references.

    An aside is never a heading: an axis label or a margin stamp set large
    and alone on its line looks like one, but opens no section."""
    out: list[RawBlock] = []
    for i, block in enumerate(blocks):
        if block.kind is not BlockKind.PARAGRAPH or block.aside:
            out.append(block)
            continue
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        first = block.lines[0]
        if 0 < first.bold_prefix < len(first.text.rstrip()):
            head_text = first.text[: first.bold_prefix].strip()
            numbered = NUMBERED_HEADING.match(head_text)
            # "Background:" and "[摘要]" label their paragraph; they are no heading
            run_in_label = head_text.endswith((":", "：")) or bool(BRACKET_LABEL.fullmatch(head_text))
            if (numbered or section_kind(head_text)) and len(head_text) <= 60 and not run_in_label:
                head, rest = _split_line(first, first.bold_prefix)
                level = numbered.group(1).count(".") + 1 if numbered else 1
                out.append(RawBlock(BlockKind.HEADING, [head], level=level))
                block.lines[0] = rest
                out.append(block)
                continue
        level = _is_heading(block, size, section_kind)
        if level is None and _run_in_label(block, following):
            level = 1
        if level is not None:
            block.kind = BlockKind.HEADING
            block.level = level
            block.lines = small_caps(block.lines)
        out.append(block)
    return out


def _run_in_label(block: RawBlock, following: RawBlock | None) -> bool:
    """A line set alone in another face than the paragraph right under it
    (small capitals, a medium weight): "ObjeCtive", "Design", "Setting"
    over the abstract's paragraphs."""
    if following is None or following.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1 or following.aside:
        return False
    line, nxt = block.lines[0], following.lines[0]
    if nxt.page != line.page or not 0 < nxt.baseline - line.baseline <= 1.8 * max(line.size, nxt.size):
        return False
    if abs(nxt.x0 - line.x0) > 1.5 * line.size or abs(nxt.size - line.size) > 0.12 * line.size:
        return False
    width = max(l.x1 for l in following.lines) - min(l.x0 for l in following.lines)
    return _label_line(line, nxt, _Column(line.x0, line.x0 + width, None))


#: a word printed in small capitals whose glyphs map to both cases ("ObjeCtive", "PartiCiPants")
_MIXED_CASE = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")
_WORDS = re.compile(r"[A-Za-z]+")
_PLAIN_WORDS = re.compile(r"[A-Za-z ,:;'’-]+")


def small_caps(lines: list[Line]) -> list[Line]:
    """A heading set in small capitals, read as words: "ObjeCtive" →
    "Objective", "WhAT IS AlReAdy knoWn" → "What is already known",
    "results" → "Results" (the letters change case, never count, so every
    character keeps its box).  A heading with no such word keeps its case,
    all but the first letter of an all-lower-case one."""
    words = [w for line in lines for w in _WORDS.findall(line.text)]
    mixed = [w for w in words if _MIXED_CASE.search(w) and not w.startswith(("Mc", "Mac"))]
    # words only: "FC (Smn/OreR) ≥ 1.5" names genes, it is no small capitals
    plain = all(_PLAIN_WORDS.fullmatch(line.text) for line in lines)
    if mixed and plain and len(mixed) * 3 >= len(words):
        lines = [replace(line, text=line.text.lower()) for line in lines]
    elif not (words and all(w.islower() for w in words)):
        return lines
    first = lines[0].text
    start = next((i for i, ch in enumerate(first) if ch.isalpha()), None)
    if start is None:
        return lines
    return [replace(lines[0], text=first[:start] + first[start].upper() + first[start + 1:]), *lines[1:]]


def _split_line(line: Line, at: int) -> tuple[Line, Line]:
    """An inline heading cut off the text it runs into."""
    head_text = line.text[:at]
    rest_text = line.text[at:]
    strip = len(rest_text) - len(rest_text.lstrip())
    head = replace(line, text=head_text.rstrip(), boxes=line.boxes[: len(head_text.rstrip())], bold_prefix=len(head_text.rstrip()))
    rest = replace(line, text=rest_text[strip:], boxes=line.boxes[at + strip :], bold_prefix=0)
    boxes = [b for b in rest.boxes if b is not None]
    if boxes and not line.rotation:  # boxes of sideways text are not in its frame
        rest.x0 = min(b[1] for b in boxes)
    return head, rest


def split_references(block: RawBlock) -> list[RawBlock]:
    """One block per entry of a reference list paragraph."""
    entries: list[RawBlock] = []
    for line in block.lines:
        if not entries or REFERENCE_ENTRY.match(line.text):
            entries.append(RawBlock(BlockKind.REFERENCE, [line]))
        else:
            entries[-1].lines.append(line)
    return entries
