"""A relative clause after a past clause, set off by a comma and with a date of its own: "The
council sold the depot, which closed in 2019", "The gallery bought a sketch, which Lowry drew in
the spring of 1931". The date is the closing's or the drawing's alone: the past clause before it
does not lean on it (`happenings._leans_forward`) and is a happening of its own. Not where the
relative clause dates a happening the past clause took part in ("beat Westbrook in the final,
which was played on Wednesday"), nor after a present ("face Westbrook in the final, which starts
on Wednesday": the timetable's day).
"""

from __future__ import annotations

from .clauses import RELATIVE, Clause
from .happening_nouns import is_happening_noun
from .tense import PAST

# a person's aside: `_own_aside`; "that" after a past clause's object: "recovered the recorder
# of the jet that crashed in May" (`past_relatives.cut_object_relatives`)
_RELATIVE_WORDS = frozenset({"which", "where", "that"})
# Nouns of an occasion a past clause happens at, besides those `is_happening_noun` knows by
# their ending ("meeting", "election")
_OCCASIONS = frozenset(
    {
        "final", "finals", "match", "game", "race", "summit", "vote", "poll", "polls", "talks",
        "trial", "hearing", "ceremony", "concert", "festival", "session", "conference",
        "show", "fair", "party", "rally", "service", "funeral", "visit", "trip", "tour",
        "event", "raid", "attack", "strike", "storm", "fire", "flood", "quake", "crash",
    }
)  # fmt: skip


def own_relative_date(dated: Clause, host_tense: str | None) -> bool:
    """Whether `dated`, a relative clause after a past clause, dates only itself."""
    if dated.kind != RELATIVE or dated.word not in _RELATIVE_WORDS or host_tense != PAST:
        return False
    words = dated.subject.lower().split()
    last = words[-1].strip(".,;:'’\"") if words else ""
    return not (last in _OCCASIONS or is_happening_noun(last))
