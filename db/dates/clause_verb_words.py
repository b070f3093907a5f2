"""The verb words `clauses` cuts a sentence at: reporting verbs ("said", "warned"), what may
stand between one and its content, the participles that report or name a source, and the
irregular pasts and past participles `tense` does not list. Word lists only, read by
`clauses` (and through it by `happenings`), and by `day_runs` for a report's attribution."""

# The reporting verbs that also attribute news to its source after it ("..., police said.");
# `day_runs` reads them, with `SPEECH_ACTS`, as a report's attribution.
ATTRIBUTING_REPORTS = {
    "said", "says", "told", "tells", "added", "announced", "reported", "stated", "claimed",
    "confirmed", "denied", "insisted", "warned", "argued", "alleged", "promised", "pledged",
    "vowed",
}  # fmt: skip
REPORTING = ATTRIBUTING_REPORTS | {
    "say", "announces", "reports", "adds", "states", "claims", "confirms", "denies", "insists",
    "warns", "explained", "noted", "notes", "wrote", "writes", "argues", "alleges",
    "acknowledged", "admitted", "admits", "declared", "revealed", "disclosed", "estimated",
    "predicted", "suggested", "indicated", "asserted", "maintained", "reiterated", "stressed",
    "emphasised", "emphasized", "believed", "believes", "thought", "think", "thinks",
}  # fmt: skip
# Reporting verbs of news the list above lacked: "conceded that", "tweeted that", "cautioned".
REPORTING |= {
    "conceded", "concedes", "tweeted", "tweets", "cautioned", "cautions", "complained",
    "complains", "recalled", "recalls",
}  # fmt: skip
# Verbs that tell of a speech act but take no reported content ("accused the council",
# "thanked the crews", "called for calm"): `clauses` does not cut at them (a union with
# REPORTING changes clauses and event rows), yet after a comma they attribute a report
# ("..., the mayor urged") for `day_runs`; "allege" is the plain form "they allege".
SPEECH_ACTS = {
    "called", "described", "urged", "allege", "accused", "rejected", "thanked", "praised",
    "criticised", "criticized", "condemned", "welcomed",
}  # fmt: skip
# What attributes a report to its source after it: "..., police said.", "..., the mayor urged".
ATTRIBUTION_VERBS = frozenset(ATTRIBUTING_REPORTS | SPEECH_ACTS)
# The reporting verbs a report's own date follows: "said on Tuesday", "announced late Monday".
DATED_REPORTS = ("said", "says", "announced", "reported", "confirmed", "added", "stated")
# Reporting verbs whose content often comes without "that" ("said the talks would resume");
# the others take a noun as often ("announced a tax cut") and report only with "that".
BARE_CONTENT = {
    "said", "says", "say", "told", "tells", "added", "adds", "think", "thinks", "thought",
    "believed", "believes", "insisted", "insists", "claimed", "claims", "warned", "warns",
    "argued", "argues", "stressed", "noted", "wrote", "writes", "stated", "states", "confirmed",
}  # fmt: skip
# Participles that report after a comma ("The army withdrew, saying (on Friday) (that) ..."),
# with the finite form a title gives them ("The army said that ...").
PARTICIPLE_REPORTS = {
    "saying": "said", "adding": "added", "noting": "noted", "warning": "warned",
    "claiming": "claimed", "insisting": "insisted", "arguing": "argued", "stressing": "stressed",
    "explaining": "explained", "declaring": "declared", "acknowledging": "acknowledged",
    "admitting": "admitted", "denying": "denied", "alleging": "alleged", "stating": "stated",
    "announcing": "announced", "promising": "promised", "vowing": "vowed",
    "predicting": "predicted", "telling": "told", "confirming": "confirmed",
}  # fmt: skip
# Participles that name a source, not what it said ("..., citing officials"): an aside.
SOURCE_PARTICIPLES = {"citing", "quoting"}
# What may stand between a reporting verb and its content: "told reporters on Monday that".
REPORT_FILLER = {
    "reporters", "journalists", "the", "a", "an", "press", "media", "parliament", "lawmakers",
    "in", "on", "at", "statement", "interview", "conference", "news", "late", "early",
    "last", "this", "also", "publicly", "repeatedly", "him", "her", "them", "us", "me",
    "today", "yesterday", "previously", "earlier", "later", "recently", "again", "then",
}  # fmt: skip

# Simple pasts `tense` does not list (it weighs tense only near dates): what a clause's verb
# often is in news and history; `happenings` counts them as verbs too.
IRREGULAR_PAST = {
    "sank", "burst", "swam", "sang", "rang", "drank", "sprang", "shrank", "stung", "swung",
    "hung", "dug", "spun", "slid", "split", "quit", "cut", "hit", "hurt", "let", "put", "set",
    "shut", "spread", "cost", "bit", "lit", "slept", "swept", "wept", "crept", "dealt", "fought",
    "forgave", "forgot", "mistook", "shed", "shone", "struck", "strove", "tread", "wound",
    "beat", "bid", "blew", "bled", "bent", "bound", "bred", "clung", "drew", "dove", "fled",
    "flung", "forbade", "foresaw", "ground", "lay", "laid", "lent", "lost", "overcame", "rose",
    "said", "sent", "shot", "slew", "sold", "stuck", "swore", "told", "upheld", "withheld",
    # done again: "We rewrote the policy in September" (not "rebuilt", a participle as often)
    "rewrote", "retook", "redrew", "rethought",
}  # fmt: skip

# Irregular past participles that open a participle clause ("The talks, held in May, ...").
PARTICIPLES = {
    "held", "made", "built", "taken", "given", "known", "seen", "written", "born", "shot",
    "led", "won", "lost", "sold", "sent", "brought", "bought", "found", "caught", "kept",
    "left", "paid", "spent", "struck", "hit", "set", "cut", "put", "chosen", "stolen",
    "broken", "driven", "drawn", "thrown", "shown", "begun", "sworn", "beaten", "bound",
    "fought", "hung", "laid", "spread", "upheld", "withheld", "overthrown", "undertaken",
}  # fmt: skip

# Present verbs of intent before "to", which `tense` does not list: the verb of the clause
# around a participle aside ("The trust, set up in May, hopes to open by June").
INTENT_VERBS = {
    "hopes", "hope", "aims", "aim", "wants", "want", "seeks", "seek", "expects", "expect",
    "wishes", "wish", "promises", "promise", "needs", "need",
}  # fmt: skip
