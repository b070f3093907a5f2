"""Titles of events in the other languages whose subject is in the sentence before (a dropped
subject or a pronoun). Sentences written for this test, none taken from an evaluation file.
DCT: Thursday 2012-05-10."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2012, 5, 10)


def _titles(lang: str, text: str) -> dict[str, str]:
    return {d.start: d.title for d in dated_sentences(text, DCT, lang) if not d.comparison}


@pytest.mark.parametrize(
    "lang, text, start, expected",
    [
        (
            "es",
            "La alcaldesa de Torrevieja del Monte visitó ayer el nuevo mercado. "
            "El martes 15 de mayo inaugurará la biblioteca municipal.",
            "2012-05-15",
            "La alcaldesa de Torrevieja del Monte inaugurará la biblioteca municipal",
        ),
        (
            "it",
            "Il nuovo assessore ai trasporti ha presentato il piano delle piste ciclabili. "
            "Lunedì 21 maggio incontrerà i commercianti del centro.",
            "2012-05-21",
            "Il nuovo assessore ai trasporti incontrerà i commercianti del centro",
        ),
        (
            "pt",
            "O museu de arte sacra de Vila Seca fechou para obras em janeiro. "
            "Reabre no dia 2 de junho com uma nova sala.",
            "2012-06-02",
            "O museu de arte sacra de Vila Seca reabre com uma nova sala",
        ),
        (
            "fr",
            "Le gymnase du collège Jean-Moulin est fermé depuis l'incendie. "
            "Il rouvrira le 4 juin après des travaux.",
            "2012-06-04",
            "Le gymnase du collège Jean-Moulin rouvrira après des travaux",
        ),
    ],
)
def test_subject_from_the_sentence_before(lang: str, text: str, start: str, expected: str) -> None:
    assert _titles(lang, text)[start] == expected


@pytest.mark.parametrize(
    "lang, text, start, expected",
    [
        # an impersonal "il" has no referent
        (
            "fr",
            "Le conseil municipal s'est réuni hier soir. "
            "Il a été décidé de fermer la piscine le 4 juin.",
            "2012-06-04",
            "Il a été décidé de fermer la piscine",
        ),
        # the subject of its own sentence stays
        (
            "es",
            "El alcalde visitó el mercado. El 15 de mayo los vecinos votarán el nuevo plan.",
            "2012-05-15",
            "Los vecinos votarán el nuevo plan",
        ),
    ],
)
def test_own_or_no_subject_stays(lang: str, text: str, start: str, expected: str) -> None:
    assert _titles(lang, text)[start] == expected


@pytest.mark.parametrize(
    "lang, text, start, expected",
    [
        # the clause before a semicolon, after its date
        (
            "fr",
            "En 1987, la halle aux grains de Montbrun avait été classée ; "
            "elle est fermée depuis mardi pour des fouilles.",
            "2012-05-08",
            "La halle aux grains de Montbrun est fermée pour des fouilles",
        ),
        # the subject after a colon when the text opens with the verb
        (
            "it",
            "Tre giorni fa era fuggito dal carcere: ieri pomeriggio il 40enne è stato fermato "
            "dai carabinieri.",
            "2012-05-07",
            "Il 40enne era fuggito dal carcere",
        ),
        # a relative pronoun's antecedent
        (
            "es",
            "El consejo aprobó ayer el nuevo reglamento de aparcamientos, "
            "que entrará en vigor el 1 de junio.",
            "2012-06-01",
            "El nuevo reglamento de aparcamientos entrará en vigor",
        ),
    ],
)
def test_subject_in_the_clause_around(lang: str, text: str, start: str, expected: str) -> None:
    assert _titles(lang, text)[start] == expected


@pytest.mark.parametrize(
    "lang, text, start, expected",
    [
        # a participle set off after a long noun phrase: the noun and what the participle tells
        (
            "pt",
            "O novo horário dos autocarros, aprovado em 3 de maio pela câmara, entra em vigor "
            "em junho.",
            "2012-05-03",
            "O novo horário dos autocarros aprovado pela câmara",
        ),
        (
            "es",
            "La reforma del mercado de abastos, aprobada el 3 de mayo por el pleno, costará "
            "dos millones.",
            "2012-05-03",
            "La reforma del mercado de abastos aprobada por el pleno",
        ),
        # a participle of scheduling: the noun's happening is the main clause's
        (
            "it",
            "L'incontro con i sindacati, fissato per lunedì 14 maggio, si terrà in prefettura.",
            "2012-05-14",
            "L'incontro con i sindacati si terrà in prefettura",
        ),
    ],
)
def test_participle_after_a_long_noun(lang: str, text: str, start: str, expected: str) -> None:
    assert _titles(lang, text)[start] == expected


def test_a_clause_is_no_participle_subject() -> None:
    from db.dates.foreign_participle_subjects import segment_subject

    assert segment_subject("es", "La junta aprobó el plan") is None
    assert segment_subject("es", "Ayer por la tarde") is None
    assert segment_subject("pt", "O novo horário dos autocarros") == "O novo horário dos autocarros"
