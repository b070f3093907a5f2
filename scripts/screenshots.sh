#!/usr/bin/env bash
# Retake the README's screenshots from the code as it is: builds the demo into a temporary
# database and renders each view with `--screenshot` (offscreen, no display needed).
# Usage: bash scripts/screenshots.sh [OUT_DIR]   (default docs/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
py="${PYTHON:-.venv/bin/python}"
export QT_QPA_PLATFORM=offscreen
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/demo.db"
"$py" -m viewer build-demo "$db" >/dev/null
shot() { "$py" -m viewer "$db" --screenshot "$out/$1" "${@:2}"; }
# The sample article's month, its Sunday sentence selected (event 12 in the demo).
shot demo-month.png --range 2019-11-15..2019-12-31 --select 12 --size 1400x860
shot demo-year.png --range 2012-01-01..2012-12-31 --size 1400x860
shot demo-overview.png --size 1400x860
# A small window: the panel folds to give the timeline its room.
shot demo-1024.png --range 2019-11-15..2019-12-31 --select 12 --size 1024x680
# A long article (the demo's longest Global Voices post), its publication selected.
long=$("$py" - "$db" <<'PY'
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
print(conn.execute(
    "SELECT e.id FROM events e JOIN articles a ON a.id = e.article_id "
    "WHERE e.kind = 'publication' ORDER BY length(a.body) DESC LIMIT 1"
).fetchone()[0])
PY
)
published=$("$py" - "$db" "$long" <<'PY'
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
print(conn.execute("SELECT start FROM events WHERE id = ?", (int(sys.argv[2]),)).fetchone()[0][:7])
PY
)
shot long-article.png --range "$published-01..$published-28" --select "$long" --size 1400x860
# A Global Voices month: the Spanish, French and Italian posts' events, their short titles and
# statuses (March 2012: the runs of days of the Syrian uprising's anniversary).
gv=$("$py" - "$db" <<'PY'
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
print(conn.execute(
    "SELECT id FROM events WHERE lane = 'Global Voices' AND kind = 'sentence' "
    "AND start >= '2012-03-15' AND start < '2012-03-16' ORDER BY id LIMIT 1"
).fetchone()[0])
PY
)
shot gv-month.png --range 2012-03-01..2012-03-31 --select "$gv" --size 1400x860
# What was known on 15 Feb 2011: the replay of the Arab Spring's first weeks.
shot as-known-on.png --range 2011-01-01..2011-04-30 --as-of 2011-02-15 --size 1400x860
# How the Sunday event's date was found: the panel at a wider split.
shot provenance.png --range 2019-12-19..2019-12-26 --select 12 --size 1400x860
# Reviewing: a copy of the demo with reviews written by the command (the demo stays unreviewed).
reviewed="$work/reviewed.db"
cp "$db" "$reviewed"
tv() { "$py" -m viewer "$@" >/dev/null; }
tv review "$reviewed" 6 --date "~2019-12-21" --note "the speech was on Saturday" --reviewer ana
tv review "$reviewed" 6 --accept --reviewer ana
tv review "$reviewed" 2 --accept --reviewer ana
tv review "$reviewed" 4 --reject --note "background, not news" --reviewer ana
"$py" -m viewer "$reviewed" --review --screenshot "$out/review.png" \
    --range 2019-11-15..2019-12-31 --select 12 --size 1400x860
# One happening, two reports (tests/data/stories: two outlets on one ferry accident).
stories="$work/stories.db"
tv import "$stories" tests/data/stories/harbour-post.txt --published 2019-12-23 --source "Harbour Post"
tv import "$stories" tests/data/stories/island-wire.txt --published 2019-12-23 --source "Island Wire"
story=$("$py" - "$stories" <<'PY'
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
print(conn.execute("SELECT min(story_id) FROM events WHERE story_id IS NOT NULL").fetchone()[0])
PY
)
"$py" -m viewer "$stories" --screenshot "$out/stories.png" --range 2019-12-18..2019-12-28 \
    --select "$story" --size 1300x700
# Help ▸ Legend, grabbed as it opens.
"$py" - "$out/legend.png" <<'PY'
import sys

from PySide6.QtWidgets import QApplication

from viewer.timeline.legend import LegendDialog

app = QApplication([])
legend = LegendDialog()
legend.show()
app.processEvents()
legend.grab().save(sys.argv[1])
print(sys.argv[1])
PY
echo "screenshots written to $out"
