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


def genitive(full_name: str) -> str:
    """ "Иванов Иван Иванович" -> "Иванова Ивана Ивановича". Latin names stay as written."""
    parts = full_name.split()
    if len(parts) < 2 or not all(_cyrillic(p) for p in parts):
        return full_name
    last, first, *rest = parts
    middle = rest[0] if rest else None
    gender = _gender(first, middle)
    maker = _maker()
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


_MALE_ENDINGS = ("вич", "ьич", "тич", "ич", "оглы", "улы")
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


def initials(full_name: str) -> str:
    """ "Иванов Иван Иванович" -> "Иванов И. И."."""
    last, *others = full_name.split()
    return " ".join([last, *(f"{o[0]}." for o in others if o)])


def _cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)
