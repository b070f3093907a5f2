"""Time <-> pixel mapping. Times are float seconds on the integer key axis (db.timekeys)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from db.timekeys import DAY

MIN_SPP = 0.5  # seconds per pixel at the deepest zoom (a minute is 120 px)
MAX_SPP = 400_000 * 365.25 * DAY / 1000  # 400,000 years across 1000 px
# Far-date bounds (100,000 BCE .. 12,000 CE): the view never leaves them, so floats stay exact.
T_MIN = -100_000 * 365.2425 * DAY - 62_135_596_800
T_MAX = 12_000 * 365.2425 * DAY


@dataclass(frozen=True)
class Scale:
    """The visible window: time at the left edge, seconds per pixel, width in pixels."""

    t0: float
    spp: float
    width: int

    @classmethod
    def fit(
        cls, t_start: float, t_end: float, width: int, margin: float = 0.03, right: float = 0.12
    ) -> Scale:
        """Show [t_start, t_end) with a margin, a wider one on the right where labels run."""
        width = max(width, 1)
        span = max(t_end - t_start, 60.0)
        return cls(t_start, 1.0, width).with_span(t_start - span * margin, t_end + span * right)

    @property
    def t1(self) -> float:
        return self.t0 + self.spp * self.width

    def x_of(self, t: float) -> float:
        return (t - self.t0) / self.spp

    def t_of(self, x: float) -> float:
        return self.t0 + x * self.spp

    def with_span(self, t_start: float, t_end: float) -> Scale:
        spp = min(max((t_end - t_start) / max(self.width, 1), MIN_SPP), MAX_SPP)
        mid = (t_start + t_end) / 2
        return self._clamped(mid - spp * self.width / 2, spp)

    def with_width(self, width: int) -> Scale:
        """Resize keeping the centre time and the zoom."""
        mid = self.t0 + self.spp * self.width / 2
        width = max(width, 1)
        return replace(self, width=width)._clamped(mid - self.spp * width / 2, self.spp)

    def zoomed(self, factor: float, x: float) -> Scale:
        """Zoom in by `factor` (> 1 zooms in) keeping the time under pixel `x` where it is."""
        anchor = self.t_of(x)
        spp = min(max(self.spp / factor, MIN_SPP), MAX_SPP)
        return self._clamped(anchor - x * spp, spp)

    def panned(self, dx: float) -> Scale:
        """Move the content by `dx` pixels (drag to the right shows earlier times)."""
        return self._clamped(self.t0 - dx * self.spp, self.spp)

    def _clamped(self, t0: float, spp: float) -> Scale:
        t0 = min(max(t0, T_MIN), T_MAX - spp * self.width)
        return Scale(t0, spp, self.width)
