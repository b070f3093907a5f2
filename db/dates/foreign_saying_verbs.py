"""Verbs of saying, by their infinitive (simplemma's lemma), and the adjunct a report may put
between the verb and its "que": "anunció en el pleno que ...", "ha smentito in mattinata che
...", "a déclaré devant la presse que ...". Only a verb of saying lets a phrase come between:
after another verb, "que" after a phrase opens a relative clause ("vive en la casa que compró").
A closed list a language, as `called_off`'s: CLDR has no verbs.
"""

from __future__ import annotations

from functools import cache

import simplemma

_SAYING = {
    "es": "anunciar decir afirmar asegurar declarar explicar informar señalar indicar confirmar "
    "negar desmentir advertir reconocer admitir avisar comunicar precisar recordar",
    "fr": "annoncer dire affirmer assurer déclarer expliquer indiquer confirmer démentir nier "
    "préciser rappeler reconnaître admettre avertir prévenir estimer souligner",
    "it": "annunciare dire affermare assicurare dichiarare spiegare confermare smentire negare "
    "precisare ricordare riconoscere ammettere avvertire comunicare sottolineare",
    "pt": "anunciar dizer afirmar garantir declarar explicar informar confirmar negar desmentir "
    "assegurar indicar reconhecer admitir avisar comunicar lembrar",
}
# the adjunct: a preposition and up to three words ("en el pleno", "in mattinata", "à la presse")
_PREPOSITION = {
    "es": r"en|ante|durante|a|al|tras|por|desde",
    "fr": r"en|devant|lors|pendant|à|au|aux|dans|par|après|sur",
    "it": r"in|davanti|durante|a|al|alla|nel|nella|dopo|su|sul|per",
    "pt": r"em|no|na|perante|durante|a|ao|à|após|por|pelo|pela|diante",
}


def is_saying(language: str, verb: str) -> bool:
    """Whether `verb` (a form) is a verb of saying."""
    if language not in _SAYING:
        return False
    return simplemma.lemmatize(verb.lower(), lang=language) in _SAYING[language].split()


@cache
def adjunct(language: str) -> str:
    """A regex of the adjunct a verb of saying may have before its "que": "" for none."""
    return rf"(?:(?:{_PREPOSITION[language]})(?:\s+|(?<=['’]))(?:[\w'’-]+\s+){{0,3}}?)"
