"""`timeline-viewer dates --dct YYYY-MM-DD [--language es] FILE`: the date expressions of a file as
JSON lines, each with the rule family that found it and what anchored it."""

from __future__ import annotations

import argparse
import datetime
import json
import sys

from . import LANGUAGES, find_timexes, language_code


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="timeline-viewer dates",
        description="Print one JSON object a line for each date expression in FILE.",
    )
    parser.add_argument("--dct", help="document creation date, YYYY-MM-DD")
    parser.add_argument(
        "--language",
        default="en",
        help=f"the text's language: {', '.join(LANGUAGES)} (default en; es-MX reads as es)",
    )
    parser.add_argument("file", metavar="FILE")
    args = parser.parse_args(argv)
    language = language_code(args.language)
    if language is None:
        print(
            f"timeline-viewer dates: no date rules for language {args.language!r} "
            f"(known: {', '.join(LANGUAGES)})",
            file=sys.stderr,
        )
        return 2
    dct = None
    if args.dct is not None:
        try:
            dct = datetime.date.fromisoformat(args.dct)
        except ValueError:
            print(
                f"timeline-viewer dates: bad --dct {args.dct!r}: expected YYYY-MM-DD",
                file=sys.stderr,
            )
            return 2
    try:
        # newline="": offsets index the text as decoded, "\r\n" included.
        with open(args.file, encoding="utf-8", errors="replace", newline="") as f:
            text = f.read()
    except OSError as exc:
        print(f"timeline-viewer dates: {exc}", file=sys.stderr)
        return 1
    out = sys.stdout
    for t in find_timexes(text, dct, language):
        record = {"begin": t.begin, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
        record["rule"] = t.rule  # how it was found: the rule family and what anchored it
        if t.anchor is not None:
            record["anchor"] = t.anchor.as_dict()
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
