""" "the 340s BC", "the fifth century BC": BC decades and centuries, as TIMEX3 writes them
("BC034", "BC04") and drawn on the timeline in astronomical years (1 BC is year 0: the 340s BC
run from -348 to -339, the fifth century BC from -499 to -400). They have no stand-in point
(`story_years.bc_stand_in`): a decade or a century is too coarse for the story to count on."""

from __future__ import annotations

from ..periods import Dating
from .table import Ctx, Groups, Res, rule

_ERA = r"(?:BCE|BC|B\.C\.(?:E\.)?)(?![\w])"


def _astronomical(bc_year: int) -> str:
    year = 1 - bc_year
    return f"{year:04d}" if year >= 0 else f"-{-year:04d}"


def bc_span(first: int, last: int, precision: str) -> Dating:
    """The dating of the BC years `first` down to `last` (first >= last)."""
    return _astronomical(first), _astronomical(last), precision


def bc_century(n: int) -> Res:
    """The nth century BC: 100n BC to 100(n-1)+1 BC, TIMEX3's "BC{n-1}"."""
    return Res(
        "DATE",
        f"BC{n - 1:02d}",
        dating=bc_span(100 * n, 100 * (n - 1) + 1, "century"),
        explicit_year=True,
    )


@rule(
    "bc_decade",
    rf"(?P<the>(?i:the)\s+)?(?:(?P<mod>(?i:early|late|mid))(?:-|\s+))?(?P<dec>[1-9]\d{{0,2}}0)s"
    rf"\s*{_ERA}",
    starts="the early late mid #digit",
)
def _bc_decade(g: Groups, c: Ctx) -> Res | None:
    """ "the 340s BC" (349 to 340 BC, "BC034"); "the 300s BC" is a century as readers use it
    (399 to 300 BC, "BC03"), as "the 1500s" is."""
    year = int(g.req("dec"))
    if year % 100 == 0 and g["the"] and not g["mod"]:
        return Res(
            "DATE",
            f"BC{year // 100:02d}",
            dating=bc_span(year + 99, year, "century"),
            explicit_year=True,
        )
    return Res(
        "DATE", f"BC{year // 10:03d}", dating=bc_span(year + 9, year, "decade"), explicit_year=True
    )
