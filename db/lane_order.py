"""Lane names in natural order, as a reader counts: the numbers in a name by their value
("Lane 2" before "Lane 10"), the text between them as text; the one order every store and
dataset gives its lanes in (the viewer shows them so, but for those a user moved).

Only ASCII digits are numbers (a name's other digits are text), and names equal by that
("Lane 2", "Lane 02") keep an order by the name itself, so the order is total and the same in
every process."""

from __future__ import annotations

import re
from collections.abc import Iterable

_NUMBER = re.compile(r"([0-9]+)")


def natural_key(name: str) -> tuple[tuple[tuple[str, int], ...], str]:
    """The key that sorts `name` among lane names (see the module)."""
    parts = _NUMBER.split(name)  # text, number, text, ..., text
    pairs = tuple(
        (parts[i], int(parts[i + 1]) if i + 1 < len(parts) else -1) for i in range(0, len(parts), 2)
    )
    return pairs, name


def in_natural_order(names: Iterable[str]) -> list[str]:
    """`names` sorted naturally (see the module)."""
    return sorted(names, key=natural_key)
