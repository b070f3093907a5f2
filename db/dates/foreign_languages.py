"""The closed-class words the other-languages cut and status read, one `Language` a language:
the prepositions a date goes with, the bounds that stay with it, the conjunctions a title does
without, future tense and periphrasis, negation, hypothesis, "that", and adjunct openings. Verb
endings and function words only; month and weekday names are CLDR's (`rules.locales`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .foreign_focus import FOCUS
from .foreign_while import GERMAN_WHILE


@dataclass(frozen=True)
class Language:
    """What the cut and the status read in one language: all small closed-class patterns."""

    preposition: re.Pattern[str]  # before a date, goes with it: "el", "desde el", "am"
    bound: re.Pattern[str]  # before a date, says what it is: "hasta", "jusqu'au": kept
    lead: re.Pattern[str]  # leading words a title does without: "y", "que", "mais"
    future: re.Pattern[str]  # future tense and periphrasis
    negation: re.Pattern[str]
    hypothesis: re.Pattern[str]  # conditional modals, "if" opening the segment
    exceptions: frozenset[str]  # words the future endings take that are no verbs
    # "that" opening reported words or a relative clause: its tense and negation are not the
    # date's ("anunció que ... se iba a retransmitir", "ha dichiarato che ... sarà")
    complementizer: re.Pattern[str]
    adjunct: re.Pattern[str]  # a segment opening with a preposition: no title on its own


def _tail(words: str, focus: str = "") -> re.Pattern[str]:
    """Words (an alternation) right before the end of a head: `search` on the text before it;
    a language's focus words ("erst", "ya": `foreign_focus`) with them when `focus` names it."""
    words = f"{words}|{FOCUS[focus]}" if focus else words
    # "à la mi-avril": a hyphen joins "mi" to the date
    return re.compile(rf"(?i)(?:(?<![\w'’])(?:{words})(?:\s+|(?<=['’])|-))+$")


def _opening(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)\W*(?:{words})(?![\w'’])")  # used with .match(text, pos)


def _lead(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)^(?:\W*(?:{words})(?![\w'’])[,\s]*|\W*(?:{words})(?<=['’]))+")


LANGUAGES = {
    "es": Language(
        preposition=_tail(
            r"el|la|los|las|en|desde|durante|de|del|a|al|este|esta|pasado|ayer|hoy|a[ñn]o|"
            r"pr[óo]xim[oa]|[úu]ltim[oa]|"
            r"(?:comienzos|principios|finales|fines|mediados)\s+del?|"
            r"a\s+partir\s+del?|por|d[íi]as?|mismo|misma|la\s+(?:noche|ma[ñn]ana|tarde|madrugada)\s+del?|"
            r"para",  # a deadline or a new date goes with its date: "aplazado para el jueves"
            "es",
        ),
        bound=_tail(r"hasta|antes\s+del?|despu[ée]s\s+del?|entre"),
        # ... and a time of day left of "tarde el miércoles 1", "el jueves por la noche"
        lead=_lead(
            r"y|e|o|pero|que|mientras|cuando|aunque|adem[áa]s|sin\s+embargo|luego|tarde|"
            r"temprano|por\s+la\s+(?:ma[ñn]ana|tarde|noche)"
        ),
        future=re.compile(
            r"\b(?:va|van|vamos|voy|vas|iba|iban)\s+a\s+\w+(?:ar|er|ir)(?:se|lo|la|le)?\b"
            r"|\b(?:[a-zñáéíóú]{2,}(?:r[áé]|rán)|[a-zñáéíóú]*[aeid]remos)\b"
            r"|\b(?:tiene|tienen)\s+previsto\b|\bprevisto\s+para\b"
        ),
        negation=re.compile(
            r"(?i)\b(?:no(?!\s+(?:s[óo]lo|solamente)\b)|nunca|jam[áa]s|ning[úu]n[oa]?)\b"
        ),
        hypothesis=re.compile(
            r"(?i)\b(?:podr[íi]an?|pudiera|pudieran|quiz[áa]s?|tal\s+vez|posiblemente)\b"
            r"|^\W*si\b"
        ),
        exceptions=frozenset({"azafrán", "refrán", "alquitrán"}),
        adjunct=_opening(
            r"en|a|al|de|del|desde|hasta|con|sin|por|para|seg[úu]n|cerca\s+del?|frente\s+al?|"
            r"delante\s+del?"
        ),
        complementizer=re.compile(r"(?i)\bque\b"),
    ),
    "fr": Language(
        preposition=_tail(
            r"le|la|les|l['’]|en|depuis|dès|du|de|d['’]|au|à|ce|cette|même|dans\s+la\s+nuit\s+du|an|"
            r"à\s+(?:partir|compter)\s+du|début|fin|mi|courant|hier|aujourd['’]hui|année|"
            r"d['’]ici|au\s+plus\s+tard|"  # "d'ici la fin de l'année": by then, as the date says
            r"(?:dans\s+)?la\s+nuit\s+de",  # "la nuit de la Saint-Sylvestre"
            "fr",
        ),
        bound=_tail(r"jusqu['’]au|jusqu['’]à|jusqu['’]en|avant\s+le|après\s+le|entre|pour"),
        lead=_lead(
            r"et|ou|mais|que|qu['’]|alors\s+que|lorsque|quand|puis|cependant|ensuite|"
            r"(?:au\s+)?soir|(?:au\s+)?matin|(?:dans\s+l['’])?après-midi"
        ),
        future=re.compile(
            r"\b(?:va|vont|vais|vas|allons|allez|allait|allaient)\s+(?:\w+\s+)?\w+(?:er|ir|re)\b"
            # "aura" alone is also a noun and the summing-up future ("il aura fallu"), not so
            # "aura lieu" (tried first: the ending below would take its "aura")
            r"|\baur(?:a|ont)\s+lieu\b"
            r"|\b[a-zàâçéèêëîïôûù]{1,}(?:[eiudrvt]ra|rai|ras|rons|rez|ront)\b"
        ),
        negation=re.compile(
            r"(?i)\b(?:ne|n['’])\s*(?:\w+['’]?\s+){0,3}?(?:pas|jamais|plus|rien|aucun|aucune|"
            r"guère|personne)\b(?!\s+seulement)"
        ),
        hypothesis=re.compile(
            r"(?i)\b(?:pourrai(?:t|ent)|pourr(?:ions|iez)|peut-être|éventuellement)\b|^\W*si\b"
        ),
        exceptions=frozenset(
            {
                "extra",
                "ultra",
                "contra",
                "mantra",
                "vrai",
                "bras",
                "gras",
                "ras",
                "environs",
                "front",
                "affront",
                "citrons",
                "marrons",
                "patrons",
                "larrons",
                "rez",
                "aura",
            }
        ),  # fmt: skip
        # not "des", "de": the indefinite article of "des avions ont pilonné", "de nombreux ..."
        adjunct=_opening(r"en|à|au|aux|du|dans|depuis|avec|sans|par|pour|selon|près\s+de"),
        complementizer=re.compile(r"(?i)\bque\b|\bqu['’]"),
    ),
    "it": Language(
        preposition=_tail(
            r"il|lo|la|l['’]|i|gli|le|nel|nell['’]|nella|dal|dall['’]|dalla|dallo|dai|a|ad|al|all['’]|del|"
            r"dell['’]|della|dello|dei|degli|delle|di|"
            r"da|in|questo|questa|stesso|stessa|scors[oa]|passat[oa]|a\s+partire\s+dal|ieri|oggi|anno|"
            r"prossim[oa]|ultim[oa]|metà|inizio|fine|nei|giorn[oi]|"
            r"la\s+notte\s+del|"
            r"la\s+mattina\s+del|la\s+sera\s+del|pomeriggio|mattinata|serata|nottata|notte|"
            r"entro",  # a deadline goes with its date: "sarà pronto entro il 2030"
            "it",
        ),
        bound=_tail(r"fino(?:\s+al?)?|prima\s+del|dopo\s+il|dopo\s+l['’]|tra|fra|per"),
        lead=_lead(
            r"e|ed|o|ma|che|mentre|quando|però|poi|inoltre|tuttavia|pomeriggio|mattina|sera"
        ),
        future=re.compile(
            r"\b[a-zàèéìòù]{2,}(?:rà|ranno|rò|(?:[eaidrv])remo)\b"
            r"|\b(?:sta|stanno|stava|stavano)\s+per\b|\bè\s+previst[oa]\b"
        ),
        negation=re.compile(r"(?i)\b(?:non(?!\s+(?:solo|soltanto)\b)|mai|nessun[oa]?)\b"),
        hypothesis=re.compile(r"(?i)\b(?:potrebbe(?:ro)?|forse|eventualmente|magari)\b|^\W*se\b"),
        exceptions=frozenset({"tiranno", "tiranni", "però", "perciò", "ciò"}),
        adjunct=_opening(
            r"a|ad|in|nel|nella|nei|nelle|di|del|della|da|dal|dalla|con|senza|per|secondo|presso"
        ),
        complementizer=re.compile(r"(?i)\bche\b"),
    ),
    "de": Language(
        preposition=_tail(
            r"am|an|im|in|seit|ab|vom|von|zum|des|dem|der|den|die|das|diese[mnrs]?|"
            r"letzte[mnrs]?|vergangene[mnrs]?|gestern|heute|in\s+der\s+nacht\s+zum|"
            r"anfang|mitte|ende|jahre?|auf|"  # "Anfang Juni", "im Jahr 1998", "auf den Herbst"
            r"zu|zum",  # "zu Pfingsten"
            "de",
        ),
        bound=_tail(r"bis(?:\s+zum)?|vor\s+dem|nach\s+dem|zwischen|für"),
        lead=_lead(rf"und|oder|aber|dass|als|wenn|{GERMAN_WHILE}|doch|jedoch|dann"),
        future=re.compile(
            r"(?i)\b(?:wird|werden|werde|wirst|werdet|würde|würden)\b"
            r"|\b(?:geplant|vorgesehen)\b"
            # a plan: "soll zu Pfingsten öffnen", not hearsay ("soll ... getötet haben",
            # "..., der ... getötet haben soll")
            r"|(?<!haben\s)(?<!sein\s)\b(?:soll|sollen|solle)\b"
            r"(?![^.;:,]*\b\w+(?:t|en)\s+(?:haben|sein)\b)"
        ),
        negation=re.compile(
            r"(?i)\b(?:nicht(?!\s+nur\b)|nie|niemals|kein|keine|keinen|keinem|keiner|keines)\b"
            # called off: "fällt wegen des Regens aus", "ist ausgefallen", "wurde abgesagt"
            r"|\b(?:fällt|fallen|fiel|fielen)\b[^.;:]{0,80}?\baus(?=\s*(?:[.,;!?]|$))"
            r"|\b(?:ausgefallen|abgesagt)\b"
        ),
        hypothesis=re.compile(
            r"(?i)\b(?:könnte|könnten|dürfte|dürften|möglicherweise|vielleicht|falls)\b"
        ),
        exceptions=frozenset(),
        adjunct=_opening(r"in|im|an|am|auf|bei|mit|ohne|nach|laut|seit|zu|zum|zur|von|vom"),
        complementizer=re.compile(r"(?i)\bdass\b"),
    ),
    "pt": Language(
        preposition=_tail(
            r"o|a|os|as|em|no|na|nos|nas|desde|durante|de|do|da|ao|à|este|esta|neste|nesta|"
            r"deste|desta|"  # "às 10h desta segunda-feira": "of this" in one word
            r"passado|passada|ontem|hoje|a\s+partir\s+d[eo]|por|dias?|mesmo|mesma|ano|"
            r"pr[óo]xim[oa]|[úu]ltim[oa]|"
            # "em meados do mês que vem", "na manhã deste domingo": "of" and "this" in one word
            r"(?:meados|in[íi]cio|finais|fins|final|fim|come[çc]os?)\s+d(?:[eoa]|est[ea])|"
            r"na\s+(?:noite|manh[ãa]|tarde|madrugada)\s+d(?:[eoa]|est[ea])|in[íi]cio|noite|madrugada|"
            r"para",  # a deadline or a new date goes with its date: "adiado para 3 de maio"
            "pt",
        ),
        bound=_tail(r"at[ée]|antes\s+d[eoa]|depois\s+d[eoa]|entre"),
        lead=_lead(
            r"e|ou|mas|que|enquanto|quando|embora|al[ée]m\s+disso|no\s+entanto|por[ée]m|depois|"
            r"tarde|cedo|de\s+manh[ãa]|[àa]\s+tarde|[àa]\s+noite"
        ),
        future=re.compile(
            r"\b(?:vai|v[ãa]o|vamos|vou|vais|ia|iam)\s+\w+(?:ar|er|ir|or)\b"
            r"|\b[a-zçãõáéíóúâêô]{2,}(?:rá|rão|rei|remos)\b"
            r"|\b(?:est[áa]|est[ãa]o)\s+previst[oa]s?\b"
        ),
        negation=re.compile(
            r"(?i)\b(?:n[ãa]o(?!\s+(?:s[óo]|apenas|somente)\b)|nunca|jamais|nenhum|nenhuma)\b"
        ),
        hypothesis=re.compile(
            r"(?i)\b(?:poderia|poderiam|pudesse|pudessem|talvez|possivelmente|eventualmente)\b"
            r"|^\W*se\b"
        ),
        # words the future endings take that are no verbs ("padrão", "verão" is also "they
        # will see": summer is the likelier in a dated clause)
        exceptions=frozenset(
            {
                "padrão",
                "verão",
                "barão",
                "ladrão",
                "sertão",
                "porão",
                "tubarão",
                "clarão",
                "extremos",
                "supremos",
            }
        ),  # fmt: skip
        adjunct=_opening(
            r"em|no|na|nos|nas|ao|à|aos|às|de|do|da|dos|das|desde|at[ée]|com|sem|por|pelo|"
            r"pela|para|segundo|perto\s+d[eoa]|em\s+frente\s+a[o]?"
        ),
        complementizer=re.compile(r"(?i)\bque\b"),
    ),
}
