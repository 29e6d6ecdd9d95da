"""Full names in the genitive case ("от Иванова Ивана Ивановича"), via pytrovich, the
maintained port of the petrovich rules; and the short form for a signature ("Иванов И. И.")."""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from pytrovich.detector import PetrovichGenderDetector
from pytrovich.enums import Case, Gender, NamePart
from pytrovich.maker import PetrovichDeclinationMaker


@cache
def _maker() -> PetrovichDeclinationMaker:
    return PetrovichDeclinationMaker()


@cache
def _detector() -> PetrovichGenderDetector:
    return PetrovichGenderDetector()


def _gender(first: str, middle: str | None) -> Gender:
    try:
        return _detector().detect(firstname=first, middlename=middle)
    except (KeyError, ValueError, StopIteration):
        return Gender.ANDROGYNOUS


# A Turkic patronymic: the father's name and a particle, «Рашид кызы», «Ильхам оглы» (or
# hyphenated). The father's name stays in the nominative and the particle does not decline.
_PARTICLES = {"кызы": "f", "гызы": "f", "оглы": "m", "улы": "m", "уулу": "m"}


def _particle(word: str) -> str | None:
    tail = word.lower().rsplit("-", 1)[-1]
    return _PARTICLES.get(tail)


def written(full_name: str, surname: str | None = None) -> str:
    """A name as a document writes it: Russian order as given; a name in Latin script with
    the surname the person chose last ("Smith John" -> "John Smith"), as the passport has it."""
    words = full_name.split()
    if surname and surname in words and _latin_only(words):
        return " ".join([*(w for w in words if w != surname), surname])
    return full_name


def genitive(full_name: str, surname: str | None = None) -> str:
    """ "Иванов Иван Иванович" -> "Иванова Ивана Ивановича"; "Мамедова Лейла Рашид кызы" ->
    "Мамедовой Лейлы Рашид кызы" (only the surname and the first name decline). Latin names
    stay as written."""
    parts = full_name.split()
    if len(parts) < 2 or not all(_cyrillic(p) for p in parts):
        return written(full_name, surname)
    last, first, *rest = parts
    maker = _maker()
    particle = next((_particle(w) for w in rest if _particle(w)), None)
    if particle is not None:
        gender = Gender.FEMALE if particle == "f" else Gender.MALE
        return " ".join(
            [
                maker.make(NamePart.LASTNAME, gender, Case.GENITIVE, last),
                maker.make(NamePart.FIRSTNAME, gender, Case.GENITIVE, first),
                *rest,
            ]
        )
    middle = rest[0] if rest else None
    gender = _gender(first, middle)
    out = [
        maker.make(NamePart.LASTNAME, gender, Case.GENITIVE, last),
        maker.make(NamePart.FIRSTNAME, gender, Case.GENITIVE, first),
    ]
    if middle:
        out.append(maker.make(NamePart.MIDDLENAME, gender, Case.GENITIVE, middle))
    out += rest[1:]
    return " ".join(out)


class Grammar(StrEnum):
    """The grammatical gender documents write verbs in: "обратился" / "обратилась"; "x" when
    it cannot be known, and only then the "обратился(лась)" form."""

    MALE = "m"
    FEMALE = "f"
    UNKNOWN = "x"


_MALE_ENDINGS = ("вич", "ьич", "тич", "ич", "оглы", "улы", "уулу")
_FEMALE_ENDINGS = ("вна", "чна", "шна", "кызы", "гызы")


def grammar(full_name: str | None) -> Grammar:
    """The gender a Russian patronymic carries (the third word: "Иванович", "Петровна").
    No patronymic, or one that does not say, gives UNKNOWN: a first name alone is not trusted
    (Саша, Женя)."""
    parts = (full_name or "").split()
    if len(parts) < 3:
        return Grammar.UNKNOWN
    middle = " ".join(parts[2:]).lower()
    if middle.endswith(_FEMALE_ENDINGS):
        return Grammar.FEMALE
    if middle.endswith(_MALE_ENDINGS):
        return Grammar.MALE
    return Grammar.UNKNOWN


def initials(full_name: str, surname: str | None = None) -> str:
    """The name under a signature. Russian order: "Иванов Иван Иванович" -> "Иванов И. И.";
    "Мамедова Лейла Рашид кызы" -> "Мамедова Л. Р." (the particle is no name). A name in
    Latin script writes the given names' initials first and the surname the person chose:
    "Smith John" with surname "Smith" -> "J. Smith"."""
    words = full_name.split()
    if not words:
        return ""
    if _latin_only(words):
        family = surname if surname in words else words[0]
        given = [w for w in words if w != family]
        return " ".join([*(f"{w[0]}." for w in given), family])
    last, *others = words
    return " ".join([last, *(f"{o[0]}." for o in others if o and o.lower() not in _PARTICLES)])


def latin_name(full_name: str | None) -> bool:
    """A name in Latin script: its order (which word is the surname) cannot be told."""
    words = (full_name or "").split()
    return len(words) >= 2 and _latin_only(words)


def _latin_only(words: list[str]) -> bool:
    return all(w.isascii() and any(ch.isalpha() for ch in w) for w in words)


def _cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)
