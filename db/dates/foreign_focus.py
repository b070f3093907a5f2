"""Focus words a date takes with it in Spanish, French, Italian, German and Portuguese.

"erst im nächsten Jahr", "bereits am 3. Mai", "ya en 2010", "déjà en mars", "già a gennaio",
"só em abril": the word says the date is late or early, so when the title goes without the date
(`other_languages`), the word goes too ("soll erst eröffnet werden" reads as a slip). Closed-class
words, one alternation per language, added to the words a date's preposition may follow.
"""

from __future__ import annotations

FOCUS = {
    "es": r"ya|s[óo]lo|solamente|reci[ée]n|todav[íi]a",
    "fr": r"déjà|seulement|encore",
    "it": r"già|solo|soltanto|solamente|ancora",
    "de": r"bereits|schon|erst|noch|spätestens|frühestens",
    "pt": r"j[áa]|s[óo]|apenas|somente|ainda",
}
