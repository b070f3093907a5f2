"""German titles in the order a reader scans: subject, verb, the rest.

A title cut from German text often keeps the order its date imposed. After an opening date the
finite verb comes before the subject ("Am 4. Oktober räumte die Polizei den Platz"); the subject
may come after a place phrase when it is new ("Am 1. Mai gingen in Hamburg rund 5.000 Menschen
auf die Straße"), and it keeps its genitive ("die Fahrer der Stadtwerke"). In a subordinate
clause the finite verb comes last ("nachdem die Regierung die Preise erhöht hatte"), a separable
verb's particle joined to it ("als die Polizei eintraf"). `reordered` puts the subject first and
the finite verb second, its particle back at the end ("Die Polizei traf ein").
"""

from __future__ import annotations

import re
from functools import cache

import simplemma

from .german_subject_places import subject_place
from .german_tense import _DETERMINER, _QUANTIFIER

_PRONOUN = r"es|er|sie|wir|ich|man"
# "rund 5.000 Menschen", "mehr als 300 Beschäftigte": a number's subject with its hedge
_ABOUT = r"(?:(?:rund|etwa|ungefähr|fast|knapp|mindestens|über|mehr\s+als|bis\s+zu)\s+)?"
# a noun, or a number joined to one: "der 34-Jährige", "die 17-jährige Schülerin"'s head
_NOUN = r"(?:\d+-)?[A-ZÄÖÜ][\wäöüß-]*"
# a noun's genitive: "der Lufthansa", "des Flughafens", "der Hamburger Stadtwerke"
_GENITIVE = rf"(?:\s+(?:des|der|eines|einer)\s+(?:[a-zäöüß-]+\s+){{0,2}}{_NOUN}(?:\s+{_NOUN})?)?"
# A phrase the noun before it takes as its own attribute, not the verb: "die Innenstadt von
# Talheim", "die Straße zwischen Au und Tal" (not "aus", "über": "war aus der Haft entlassen
# worden", "wird über die Klinik beraten" are the verb's);
# in a subject after a place phrase, "für" and "mit" and a number too ("ein Fahrverbot für ältere
# Dieselfahrzeuge", "ein Reisebus mit 30 Schülern"): a verb's "für" or "mit" comes as often
# A town's name with its river or hill, "Kirchbergen am Main", "Au an der Iller", after a bare
# name only (a noun with its article has a place of its own: "die Mühle am Fluss")
_RIVER = rf"(?:\s+(?:am|an\s+der|ob\s+der)\s+{_NOUN}(?![\w-]))?"
_OBJECT_NP = (
    rf"(?:(?:{_DETERMINER})\s+(?:[a-zäöüß-]+\s+){{0,2}}{_NOUN}(?:\s+{_NOUN}|\s+\d+)?"
    rf"|(?:[a-zäöüß-]+\s+){{0,2}}{_NOUN}(?:\s+{_NOUN}|\s+\d+)?{_RIVER})"
)
# A road's or line's number after its noun: "die Kreisstraße 12", "die Linie 4"; only before a
# preposition or the title's end, not before the verb's object ("die Polizei 12 Personen")
_NUMBER = r"(?:\s+\d+(?=\s+(?:zwischen|von|vom|bei|in|im|nach|ab|auf|an|am)\s|\W*$))?"
_ATTRIBUTE = rf"(?:\s+(?:von|vom)\s+{_OBJECT_NP}|\s+zwischen\s+{_OBJECT_NP}\s+und\s+{_OBJECT_NP})?"
_LATE_ATTRIBUTE = rf"(?:{_ATTRIBUTE[:-1]}|\s+für\s+{_OBJECT_NP}|\s+mit\s+\d+\s+{_NOUN})?"
# a name after its noun, "das Amtsgericht Grauenfels", seen by the article after it
_NAME = rf"(?:(?:\s+{_NOUN}){{1,2}}(?=\s+(?:{_DETERMINER})\s))?"  # "die Sparkasse Oberes Lauchtal"
_ONE_PHRASE = (
    rf"(?:(?:{_DETERMINER}|{_ABOUT}(?:{_QUANTIFIER}))\s+(?:(?:\d+-)?[a-zäöüß-]+\s+){{0,3}}{_NOUN}{_NAME}"
    rf"|{_NOUN}(?:\s+{_NOUN})?){_NUMBER}{_GENITIVE}{_ATTRIBUTE}"
)
# two joined by "und": "Gewerkschaft und Geschäftsführung der Brauerei"
_PHRASE = rf"{_ONE_PHRASE}(?:\s+(?:und|oder|sowie)\s+{_ONE_PHRASE})?"
# After the verb: the subject, an article and its words up to a capitalised noun, or a name
# Conjunctions opening a clause whose finite verb comes last (not "während", "seit", "bis":
# prepositions as often)
_CONJUNCTION = r"nachdem|weil|als|da|dass|bevor|ehe|obwohl|obgleich|sobald|seitdem|wenn"
# an object pronoun between them stays after the verb ("nahm ihn die Polizei fest" -> "die
# Polizei nahm ihn fest"); the verb is no article or conjunction ("der Verdächtige sei": in
# order already)
# no verb: a preposition opening the title ("an der Grenze wurde ...")
_PREPOSITION = r"an|auf|aus|bei|mit|nach|von|vor|zu|in|für|über|unter|um|gegen|durch|seit|ab|hinter"
_OBJECT = r"(?:(?:ihn|ihm|ihr|ihnen|sich|uns|euch|mich|dich)\s+)?"
_SUBJECT = re.compile(
    rf"(?!(?:{_DETERMINER}|{_CONJUNCTION}|{_PREPOSITION})\s)(?P<verb>[a-zäöüß]+)\s+(?P<object>{_OBJECT})"
    rf"(?P<subject>{_PHRASE}|(?:{_PRONOUN})(?=\s))(?P<rest>\W.*|)$",
    re.S,
)
# After the verb: a place or time phrase, which may open a German clause as well ("fanden in
# Dresden drei Kundgebungen statt" -> "in Dresden fanden drei Kundgebungen statt")
# (a road's number with its noun, "auf der B 27"; one such phrase after another, "auf der
# Landstraße bei Tannweiler")
_PLACE = (
    rf"(?:in|im|an|am|auf|bei|vor|aus|nach)\s+(?:(?:{_DETERMINER})\s+(?:[a-zäöüß-]+\s+){{0,2}})?"
    rf"{_NOUN}(?:\s+\d+(?![\d.]))?{_ATTRIBUTE}"
)
_FRONT = re.compile(
    rf"(?P<verb>[a-zäöüß]+)\s+(?P<front>{_PLACE}(?:\s+{_PLACE})?)(?P<rest>\W.*|)$", re.S
)
# ... and the subject right after that phrase, when it is one a clause may put there: a number's,
# an indefinite one or one in the nominative ("wurden in Hamburg drei Männer festgenommen")
_LATE_SUBJECT = re.compile(
    rf"\s+(?P<subject>(?:{_ABOUT}(?:{_QUANTIFIER})|der|die|das|ein|eine|einige|Hunderte|"
    rf"Tausende)\s+(?:[a-zäöüß-]+\s+){{0,3}}{_NOUN}{_GENITIVE}{_LATE_ATTRIBUTE})(?P<rest>\W.*|)$",
    re.S,
)

# "während" opens a clause (not "during") when a finite auxiliary or modal ends it
_WHILE_FINITE = (
    r"war|waren|hatte|hatten|ist|sind|hat|haben|wurde|wurden|wird|werden|soll|sollte|"
    r"sollten|kann|konnte|konnten|muss|musste|mussten|will|wollte|wollten"
)
_SUBORDINATE = re.compile(
    rf"(?P<conjunction>(?i:{_CONJUNCTION}|während(?=.*\s(?:{_WHILE_FINITE})\W*$)))\s+(?P<subject>{_PHRASE}|(?:{_PRONOUN})(?=\s))"
    r"(?P<rest>(?:\s+[^\s,;:]+)*?)\s+(?P<verb>[a-zäöüß]+)(?P<end>[\s.!?\"'»“”]*)$",
    re.S,
)
# Particles that split off a verb in a main clause ("traf ein", "nahm fest", "kündigte an"); not
# "über", "unter", "durch", "um": those stay on the verb as often
_PARTICLE = re.compile(
    r"(zurück|zusammen|fest|statt|teil|nieder|fort|weg|los|mit|nach|vor|auf|aus|ein|an|ab|bei|"
    r"zu)(?P<verb>[a-zäöüß]{3,})"
)
# A focus word left before a verb its date came between: "Bereits am 2. Mai hatte ..."; an
# adverb of time or a plan's "as announced" fronted before the verb, which a reader's title does
# without: "Nun zieht die Bibliothek ... um", "Anders als angekündigt hat die Bahn ..."
_FOCUS = re.compile(
    r"(?i)(?:bereits|schon|erst|noch|sogar|gerade|nun|jetzt|inzwischen|mittlerweile|danach|"
    r"anschließend|zuvor|damals|später|dann|(?:anders\s+)?(?:als|wie)\s+(?:angekündigt|geplant|"
    r"erwartet|vorgesehen|befürchtet|vereinbart|berichtet))\s+(?=[a-zäöüß])"
)


# Who says so, opening the title before its verb: "Nach Angaben der Polizei demonstrierten ...",
# "Laut Polizei demonstrierten ...": the source of a report, not its happening
_SOURCE = re.compile(
    rf"(?:(?:(?i:nach)\s+)?(?i:angaben)\s+(?:der|des|von)|(?i:laut)(?:\s+(?:dem|der|einem|einer))?)"
    rf"\s+(?:[a-zäöüß-]+\s+){{0,2}}{_NOUN}(?:\s+{_NOUN})?{_GENITIVE}\s+(?=[a-zäöüß])"
)


def reordered(title: str) -> str:
    """A German title with its subject first and its verb second: "räumte die Polizei den
    Platz" -> "die Polizei räumte den Platz", "nachdem die Regierung die Preise erhöht hatte" ->
    "die Regierung hatte die Preise erhöht"; as it was when neither order is seen."""
    title = title.lstrip(" ,;:\"'„“”»«‚‘")  # "„Am 31. März schließen wir ..."
    if (source := _SOURCE.match(title)) is not None:
        title = title[source.end() :]  # "Laut Polizei demonstrierten rund 5000 Menschen"
    focus = _FOCUS.match(title)  # "Bereits hatte die Armee ...": its verb right after it
    moved = _moved(title[focus.end() :] if focus else title)
    return title if moved is None else moved


def _moved(title: str) -> str | None:
    if (sub := _SUBORDINATE.match(title)) is not None and not (
        sub["conjunction"].lower() == "als" and sub["subject"][:1].isupper()
    ):  # not "Als Präsident hat er ... unterzeichnet": "as", no clause
        verb, particle = _split(sub["verb"])
        subject, rest = subject_place(sub["subject"], sub["verb"], sub["rest"])
        rest += f" {particle}" if particle else ""
        return f"{subject} {verb}{rest}{sub['end']}".rstrip()
    if not title[:1].islower():
        return None
    m = _SUBJECT.match(title)
    if m is not None:
        subject, rest = _with_name(m["subject"], m["rest"])  # "die Bergwacht Grauenstein"
        subject, rest = (
            subject_place(subject, m["verb"], rest) if not m["object"] else (subject, rest)
        )
        return f"{subject} {m['verb']} {m['object']}".rstrip() + rest
    m = _FRONT.match(title)  # no subject right after the verb: the phrase there goes first
    if m is None:
        return None
    late = _LATE_SUBJECT.match(m["rest"])
    if late is not None:  # "drei Männer wurden in Hamburg festgenommen"
        return f"{late['subject']} {m['verb']} {m['front']}{late['rest']}"
    return f"{m['front']} {m['verb']}{m['rest']}"


# Capitalised words after a subject's noun: a name's words ("die Bergwacht Grauenstein",
# "Trainer Jens Wölfl"), or a noun a capitalised adjective goes with ("die Freiwillige
# Feuerwehr", "das Technische Hilfswerk")
_CAPITALS = re.compile(r"(?:\s+[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ][\wäöüß]*)*(?![\w.-])){1,3}")
_ADJECTIVE_END = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es)$")


def _with_name(subject: str, rest: str) -> tuple[str, str]:
    """A subject with the capitalised words after it that are its own: a run ending in a word
    the German dictionary does not know, a name ("Grauenstein", "Hohenwarth-Liebenau"), or the
    noun after a capitalised adjective (its lemma in lower case: "Technische" -> "technisch");
    not a known noun after a noun, the verb's object ("hat die Polizei Anzeige erstattet")."""
    run = _CAPITALS.match(rest)
    if run is None:
        return subject, rest
    words = run.group().split()
    take = 0
    last = subject.rsplit(None, 1)[-1]
    if _ADJECTIVE_END.match(last) and _is_adjective(last):
        take = 1  # "die Freiwillige Feuerwehr"
    for i in range(len(words), take, -1):
        if _is_name(words[i - 1]):
            take = i  # "Harmonie Oberweilersbrunn": up to the name
            break
    if not take:
        return subject, rest
    cut = re.match(rf"(?:\s+\S+){{{take}}}", rest)
    assert cut is not None
    return subject + cut.group(), rest[cut.end() :]


@cache
def _is_name(word: str) -> bool:
    return not any(simplemma.is_known(part, lang="de") for part in word.split("-"))


@cache
def _is_adjective(word: str) -> bool:
    lemma = simplemma.lemmatize(word, lang="de")
    return lemma[:1].islower() or (
        lemma != word and simplemma.lemmatize(word.lower(), lang="de")[:1].islower()
    )


@cache
def _split(verb: str) -> tuple[str, str]:
    """A final verb and the particle a main clause puts at its end: "eintraf" -> ("traf",
    "ein"), as simplemma's German lemmas tell: the word's lemma is the particle and a verb
    ("eintreffen": "treffen"); ("antwortete", "") when the rest is no verb ("tworten")."""
    m = _PARTICLE.fullmatch(verb)
    if m is None:
        return verb, ""
    particle = m.group(1)
    lemma = simplemma.lemmatize(verb, lang="de")
    base = lemma[len(particle) :]
    if lemma.startswith(particle) and len(base) >= 4 and simplemma.is_known(base, lang="de"):
        return m["verb"], particle
    return verb, ""
