"""Property tests (hypothesis) for the two readers of outside input: the date finder over any
text, and the store over any bytes. Derandomized and without an example database, so the suite
gives the same result on every run; bench/fuzz.py is the open-ended, time-boxed version."""

from __future__ import annotations

import datetime
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from db.dates import dated_sentences, find_timexes
from db.errors import TimelineError
from db.ingest.importers import import_articles
from db.store.timeline import TimelineStore
from db.timekeys import FUZZY, PRECISIONS
from tests.conftest import SAMPLE_ARTICLE
from tests.robustness.conftest import PUBLISHED

# Hypothesis caches Unicode tables under .hypothesis/: keep that out of the working tree.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "timeline-viewer-hypothesis")

FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Words the date rules start from or look around, and characters that have broken parsers.
WORDS = (
    "on in at by since from to until between and the of last next this early late mid "
    "Monday Sunday today tomorrow yesterday tonight morning night week month year decade "
    "century millennium ago later earlier before after recent days months years weeks for "
    "every each spring summer winter fall Q1 Q4 fiscal FY2019 January February March June "
    "September December Dec. Sept 1 2 23 29 30 31 0 00 1990s '90s 2000s 2019 2011 1941 9999 "
    "10000 99999 -500 500 BC BCE AD CE 10,000 1st 21st two nine thousand million 2019-12-23 "
    "2019-W52 2019-12 12/31/2019 31.12.2019 10:00 23:59:60 GMT UTC+05:30 +02:00 Z a.m. p.m. "
    "noon midnight ’s ' \" . , ; : ( ) - – — / \n \n\n \u202e \x00 \x0b <p> </script> "
    "🎉 👨\u200d👩\u200d👧 يوم الاثنين השיחות"
).split(" ")
word_text = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
texts = st.one_of(
    st.text(max_size=300),
    word_text,
    st.lists(st.one_of(word_text, st.text(max_size=30)), max_size=6).map("".join),
)
dcts = st.one_of(
    st.none(),
    st.dates(),
    st.sampled_from([datetime.date.min, datetime.date.max, datetime.date(2000, 2, 29), PUBLISHED]),
)


@FUZZ
@given(texts, dcts)
def test_the_date_finder_never_raises_and_its_spans_slice_the_text(text, dct):
    previous_end = 0
    for timex in find_timexes(text, dct):
        assert 0 <= timex.begin < timex.end <= len(text)
        assert text[timex.begin : timex.end] == timex.text
        assert timex.begin >= previous_end  # sorted and non-overlapping, as documented
        previous_end = timex.end
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
    for sentence in dated_sentences(text, dct):
        assert 0 <= sentence.begin < sentence.end <= len(text)
        assert sentence.timex.begin >= sentence.begin and sentence.timex.end <= sentence.end
        assert sentence.precision in PRECISIONS or sentence.precision == FUZZY


# -- the store over damaged files --------------------------------------------------------------


@pytest.fixture(scope="module")
def small_db_bytes(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("fuzz") / "small.db"
    import_articles(path, [SAMPLE_ARTICLE], published=PUBLISHED)
    return path.read_bytes()


def mutated(data: bytes, draw) -> bytes:
    """One of the ways files get damaged: cut short, bytes flipped or overwritten, a page
    zeroed, the header scribbled on, or replaced by noise."""
    kind = draw(st.sampled_from(["truncate", "flip", "overwrite", "zero-page", "header", "noise"]))
    out = bytearray(data)
    if kind == "truncate":
        return bytes(out[: draw(st.integers(0, len(out) - 1))])
    if kind == "flip":
        for pos, bit in draw(st.lists(st.tuples(st.integers(0, len(out) - 1), st.integers(0, 7)),
                                      min_size=1, max_size=8)):  # fmt: skip
            out[pos] ^= 1 << bit
    elif kind == "overwrite":
        pos = draw(st.integers(0, len(out) - 1))
        chunk = draw(st.binary(min_size=1, max_size=64))
        out[pos : pos + len(chunk)] = chunk
    elif kind == "zero-page":
        page = draw(st.integers(0, len(out) // 4096 - 1))
        out[page * 4096 : (page + 1) * 4096] = bytes(4096)
    elif kind == "header":
        pos = draw(st.integers(0, 99))
        out[pos] = draw(st.integers(0, 255))
    else:
        return draw(st.binary(max_size=8192))
    return bytes(out)


@FUZZ
@given(data=st.data())
def test_any_damage_to_a_database_is_read_or_refused_with_a_timeline_error(small_db_bytes, data):
    damaged = mutated(small_db_bytes, data.draw)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "damaged.db"
        path.write_bytes(damaged)
        try:
            store = TimelineStore.open(path)
        except TimelineError:
            return
        try:
            index = store.load_index()
            for event_id in index.ids[:20].tolist():
                store.event(event_id)
            store.titles(index.ids[:50].tolist())
            store.search("Turkey")
            store.search('"Syria" OR')  # not valid FTS5: the plain-words fallback
        except TimelineError:
            pass
        finally:
            store.close()
        assert path.read_bytes() == damaged  # read-only, even when damaged
