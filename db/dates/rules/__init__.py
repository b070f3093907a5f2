"""The rule table, one module per family of expressions (`table` says how a rule is written).
Importing the package loads the families in the order below, which is the order of `RULES`: it
breaks ties between matches of equal length, so keep it (and keep the families importing only
shared modules and families loaded before them).

`locales` is not in `RULES`: it builds a table of its own for each other language it reads
(Spanish, French, Italian, German), which the engine compiles when a text in that language
comes.
"""

# isort: off
from . import plural_seasons, absolute, nowadays, own_century  # noqa: F401
from . import relative, durations, vague, calendar, holidays  # noqa: F401
from . import clock, sets, windows, early_years, old_calendar, regnal_years, century_turn  # noqa: F401
from . import about_years, story_century, southern_seasons, ad_dates, church_feasts  # noqa: F401
from . import sport_seasons, story_days, generations  # noqa: F401
from . import recurring_months, more_amounts, event_days, journey_days, night_pairs, oclock  # noqa: F401
from . import numbered_days, bc_periods, postposed_following, recurring_feasts  # noqa: F401
from . import quarter_amounts, evening_hours, compound_amounts  # noqa: F401
from . import months_of_year, weeks_of_month, ends_of_periods, clock_phrases, eve_of  # noqa: F401
from . import first_light, day_of_named_month  # noqa: F401
from . import ago_this_period, story_fortnights, days_of_named_year, annal_years  # noqa: F401
from . import feast_offsets, bc_ranges, named_reigns, numbered_weeks, clipped_years  # noqa: F401
from . import days_of_next_year, spoken_months, years_of_life  # noqa: F401
from . import letter_style_days, years_since, inscribed_years  # noqa: F401
from . import weekday_next, entry_months, story_weekdays, entry_years, quarter_codes  # noqa: F401
from . import fortnights_of_month, feasts_of_year  # noqa: F401
from . import lords_years, weekday_days, past_days  # noqa: F401
from . import spelled_days, named_before, opening_nights  # noqa: F401
from . import hours_of_part, month_subjects, figure_dates, contract_months  # noqa: F401
from . import described_seasons  # noqa: F401
from . import shared_month_days, noun_days  # noqa: F401
from . import entry_days, morrow, following_feasts, ordinal_days, week_parts  # noqa: F401
from . import diary_hours, bare_hours, saints_days, olympiads, hours_this_part  # noqa: F401
from . import overnight, first_spans, day_apart_nouns, days_of_near_months  # noqa: F401
from . import part_of_day_sets, days_of_year_ref, months_years_later  # noqa: F401
from . import regnal_citations, day_last_next  # noqa: F401
from . import war_days, diary_figures  # noqa: F401
from . import minutes_past  # noqa: F401

# isort: on
from .table import RULES

__all__ = ["RULES"]
