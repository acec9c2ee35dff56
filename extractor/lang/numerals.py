"""Numbers as papers and reviewers write them, and as people read them back."""

from __future__ import annotations

import math
from typing import Any


def format_number(x: Any) -> str:
    """``5000000.0`` → ``5×10^6``, ``15000000`` → ``1.5×10^7``, ``116.0`` → ``116``."""
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return "" if x is None else str(x)
    if not math.isfinite(x):
        return str(x)
    if x != 0 and abs(x) >= 1e4:
        exp = int(math.floor(math.log10(abs(x))))
        mantissa = round(x / 10**exp, 6)
        if abs(mantissa) >= 10:
            mantissa, exp = round(mantissa / 10, 6), exp + 1
        m = f"{mantissa:.6f}".rstrip("0").rstrip(".")
        return f"{m}×10^{exp}"
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.6g}"
