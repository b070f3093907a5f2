from db.timekeys import DAY, iso_of, period
from viewer.timeline import ticks
from viewer.timeline.scale import Scale


def test_zoom_keeps_the_time_under_the_cursor():
    scale = Scale.fit(period("2019").start, period("2019").end, 1000)
    t_before = scale.t_of(637)
    zoomed = scale.zoomed(3.0, 637)
    assert abs(zoomed.t_of(637) - t_before) < 1e-3
    assert zoomed.spp < scale.spp
    assert abs(zoomed.zoomed(1 / 3.0, 637).spp - scale.spp) < 1e-6


def test_far_dates_stay_finite_and_clamped():
    scale = Scale.fit(period("-99999").start, period("9999").end, 1200)
    assert scale.spp > 0 and scale.t0 >= -1e13
    assert scale.zoomed(1e-9, 0).spp <= Scale(0, 1e12, 1200).zoomed(1, 0).spp


def _labels(start: str, end: str, width: int = 1000):
    info = ticks.choose(period(start).start, period(end).end, width)
    return info, [info.minor.label(k) for k in info.minor_keys]


def test_ticks_adapt_from_decades_to_hours():
    info, labels = _labels("1900", "2019")
    assert info.minor.unit == "year" and info.minor.step >= 5
    info, labels = _labels("2019", "2019")
    assert info.minor.unit == "month" and labels[:3] == ["Jan", "Feb", "Mar"]
    info, labels = _labels("2019-12", "2019-12")
    assert info.minor.unit == "day"
    assert ticks.major_label(info.major_unit, info.major_keys[0]) == "Dec 2019"
    info, labels = _labels("2019-12-23", "2019-12-23")
    assert info.minor.unit == "hour" and "12:00" in labels
    assert ticks.major_label(info.major_unit, info.major_keys[0]) == "Mon 23 Dec 2019"


def test_ticks_are_calendar_aligned_and_label_bce_years():
    info, _ = _labels("2011", "2019")
    assert all(iso_of(k, "day").endswith("-01-01") for k in info.minor_keys)
    info, labels = _labels("-0999", "0500")
    assert any(label.endswith("BCE") for label in labels)
    assert all(k % DAY == 0 for k in info.minor_keys)


def test_a_row_of_years_is_headed_by_the_span_of_its_decade():
    """Over "2010 2011 ... 2019" the major row says "2010–2019", not "2010" (which read as the
    first year alone); a decade begun before the left edge is named there too."""
    info = ticks.choose(period("2010").start, period("2019").end, 826)
    assert info.minor.unit == "year" and info.minor.step == 1
    minor, major = ticks.place_labels(
        info,
        lambda k: 826 * (k - info.minor_keys[0]) / (period("2019").end - period("2010").start),
        826,
        lambda text, bold: 7.0 * len(text),
    )
    assert [label.text for label in major] == ["2010–2019"]
    assert [label.text for label in minor][:2] == ["2010", "2011"]
    info = ticks.choose(period("2013").start, period("2022").end, 826)
    assert ticks.major_label("year", info.major_keys[0], info.major_step) == "2010–2019"
    info = ticks.choose(period("-0999").start, period("0500").end, 1000)
    labels = [ticks.major_label("year", k, info.major_step) for k in info.major_keys]
    assert labels and all("–" in label for label in labels) and "BCE" in labels[0]


def test_years_by_fives_are_headed_by_their_century():
    info = ticks.choose(period("1986").start, period("2023").end, 818)
    assert info.minor.unit == "year" and info.minor.step == 5
    assert [ticks.major_label("year", k, info.major_step) for k in info.major_keys] == [
        "1900–1999",
        "2000–2099",
    ]  # before: "1950–1999" and "2000–2049" (halves of centuries)


def test_a_narrow_view_gets_more_than_one_tick():
    """15 Nov to 31 Dec 2019 in 356 px (an 800x600 window): weeks under "Nov 2019" and "Dec
    2019", not "Dec" alone under "2019"."""
    t0, t1 = period("2019-11-15").start, period("2019-12-31").end
    info = ticks.choose(t0, t1, 356)
    assert info.minor.unit == "day" and info.minor.step == 7
    minor, major = ticks.place_labels(
        info, lambda k: 356 * (k - t0) / (t1 - t0), 356, lambda text, bold: 7.0 * len(text)
    )
    assert [label.text for label in minor] == ["15", "22", "1", "8", "15", "22"]
    assert [label.text for label in major] == ["Nov 2019", "Dec 2019"]
    # Wide enough for months to be labelled twice or more: months, as before.
    assert ticks.choose(t0, t1 + 40 * 86400, 356).minor.unit == "month"
