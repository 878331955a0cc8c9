"""Residents' names: in their own script, as their passport prints them, and in Chinese where they have one.

A `NameSource` knows one naming tradition (`traditions` builds them): where its first and family names come
from, how they are written in Latin letters, and how a family passes names on (a wife
takes her husband's name or keeps her own; Spanish children carry both parents' first surnames; Mongolians
and Ethiopians carry their father's name; Malays are "bin" or "binti" their father). Names are drawn from lists
and combined at random, so they belong to nobody.
"""

import bisect
import itertools
import random
from dataclasses import dataclass

from pypinyin import lazy_pinyin

from . import namedata as data
from .transliteration import passport_latin

# A few names the lists could combine into that belong to well-known people: drawn again if they come up.
_WELL_KNOWN = frozenset({"MICHAEL JORDAN", "TOM HANKS", "HARRY KANE", "JAMES BOND", "AMIT SHAH", "JOHN KERRY"})


@dataclass(frozen=True)
class Part:
    """One name: as written in its own script, as the passport prints it, and in Chinese characters if any."""

    native: str
    latin: str
    han: str = ""


@dataclass(frozen=True)
class FamilyName:
    masculine: Part
    feminine: Part
    daughter: Part  # differs from `feminine` only where a maiden name has its own form (Lithuanian)


@dataclass(frozen=True)
class PersonName:
    surname: str
    given_names: str
    native_name: str
    chinese_name: str


@dataclass(frozen=True)
class Named:
    """A person's name with what they pass on to their children: family names, or their own first name."""

    name: PersonName
    given: Part
    lineage: tuple[FamilyName, ...]


class Pool:
    """Names to draw from, with their frequencies where the list has them."""

    def __init__(self, items, weights=None):
        self.items = list(items)
        self.cumulative = list(itertools.accumulate(weights)) if weights else None

    def pick(self, rng: random.Random):
        if self.cumulative is None:
            return self.items[rng.randrange(len(self.items))]
        return self.items[bisect.bisect(self.cumulative, rng.random() * self.cumulative[-1])]


class NameSource:
    """One naming tradition. `family` is shared, own, iberian, lusophone, patronymic, malay or icelandic;
    `order` how the native name is written: western (given first), eastern (family first, no space) or
    spaced (family first, with a space)."""

    def __init__(self, *, male, female, surnames=None, family="shared", order="western", chinese_share=0.0):
        self.male, self.female, self.surnames = male, female, surnames
        self.family, self.order, self.chinese_share = family, order, chinese_share

    def given(self, rng: random.Random, sex: str) -> Part:
        return (self.male if sex == "M" else self.female).pick(rng)

    def lineage(self, rng: random.Random) -> tuple[FamilyName, ...]:
        if self.family in {"patronymic", "malay", "icelandic"}:
            father = self.male.pick(rng)
            return (FamilyName(father, father, father),)
        count = 2 if self.family in {"iberian", "lusophone"} else 1
        return tuple(self.surnames.pick(rng) for _ in range(count))

    def compose(self, rng: random.Random, given: Part, lineage, sex: str, *, married: bool) -> PersonName:
        """The name a person with this first name and these family names carries."""
        if self.family in {"patronymic", "malay", "icelandic"}:
            surname = self._from_father(lineage[0].masculine, sex)
        else:
            forms = [f.masculine if sex == "M" else (f.feminine if married else f.daughter) for f in lineage]
            surname = Part(
                " ".join(p.native for p in forms), " ".join(p.latin for p in forms), "".join(p.han for p in forms)
            )
        if self.family == "malay":
            return PersonName(f"{given.latin} {surname.latin}", "", f"{given.native} {surname.native}", "")
        if self.order == "western":
            native = f"{given.native} {surname.native}"
        else:
            native = surname.native + ("" if self.order == "eastern" else " ") + given.native
        han = surname.han + given.han if surname.han and given.han else ""
        chinese = han if han and rng.random() < self.chinese_share else ""
        return PersonName(surname.latin, given.latin, native, chinese)

    def _from_father(self, father: Part, sex: str) -> Part:
        if self.family == "malay":
            link = "bin" if sex == "M" else "binti"
            return Part(f"{link} {father.native}", f"{link.upper()} {father.latin}")
        if self.family == "icelandic":
            stem = father.native if father.native.endswith("s") else father.native + "s"
            native = stem + ("son" if sex == "M" else "dóttir")
            return Part(native, passport_latin(native))
        return father


class SyllableSource(NameSource):
    """Chinese given names of two characters; `joiner` separates their romanised syllables (KA WAI, CHIH-MING)."""

    def __init__(self, *, joiner=" ", pinyin=False, **kwargs):
        super().__init__(**kwargs)
        self.joiner, self.pinyin = joiner, pinyin

    def given(self, rng: random.Random, sex: str) -> Part:
        pool = self.male if sex == "M" else self.female
        first = pool.pick(rng)
        second = pool.pick(rng)
        if second == first:
            second = pool.pick(rng)
        native, han = first.native + second.native, first.han + second.han
        if self.pinyin:
            latin = " ".join(lazy_pinyin(han)).upper()
        else:
            latin = f"{first.latin}{self.joiner}{second.latin}".upper()
        return Part(native, latin, han)


class FamilyNamer:
    """Names the members of one household consistently with each other."""

    def __init__(self, source: NameSource, rng: random.Random):
        self.source, self.rng = source, rng

    def _named(self, sex: str, lineage, *, married: bool, given: Part | None = None) -> Named:
        for _attempt in range(5):
            given = given or self.source.given(self.rng, sex)
            name = self.source.compose(self.rng, given, lineage, sex, married=married)
            if f"{name.given_names} {name.surname}" not in _WELL_KNOWN:
                break
        return Named(name, given, lineage)

    def founder(self, sex: str) -> Named:
        return self._named(sex, self.source.lineage(self.rng), married=False)

    def spouse(self, partner: Named, sex: str) -> Named:
        """A spouse: sharing the family name where that is the custom, keeping their own otherwise."""
        if self.source.family == "shared":
            return self._named(sex, partner.lineage, married=True)
        return self._named(sex, self.source.lineage(self.rng), married=False)

    def child(self, father: Named | None, mother: Named | None, sex: str) -> Named:
        family = self.source.family
        parent = father or mother
        if family in {"patronymic", "malay", "icelandic"}:
            given = father.given if father else self.source.male.pick(self.rng)
            return self._named(sex, (FamilyName(given, given, given),), married=False)
        if father and mother and family == "iberian":
            return self._named(sex, (father.lineage[0], mother.lineage[0]), married=False)
        if father and mother and family == "lusophone":
            return self._named(sex, (mother.lineage[-1], father.lineage[-1]), married=False)
        return self._named(sex, parent.lineage, married=False)

    def parent_of(self, person: Named, sex: str) -> Named:
        """A visiting parent of `person`: the parent's family names are the ones `person` was born with."""
        family = self.source.family
        fresh = self.source.lineage(self.rng)
        if family in {"patronymic", "malay", "icelandic"}:
            father_given = person.lineage[0].masculine if sex == "M" else None
            return self._named(sex, fresh, married=False, given=father_given)
        if family == "iberian":
            inherited = person.lineage[0] if sex == "M" else person.lineage[1]
            return self._named(sex, (inherited, fresh[1]), married=False)
        if family == "lusophone":
            inherited = person.lineage[-1] if sex == "M" else person.lineage[0]
            return self._named(sex, (fresh[0], inherited), married=False)
        if family == "own" and sex == "F":
            return self._named(sex, fresh, married=False)
        return self._named(sex, person.lineage, married=True)


def chinese_person(rng: random.Random, sex: str) -> tuple[str, str]:
    """A Chinese name and its pinyin (`沈静怡`, `Shen Jingyi`) for a neighbour or a member of staff."""
    hanzi, surname_pinyin = data.CHINESE_SURNAMES[rng.randrange(len(data.CHINESE_SURNAMES))]
    pool = data.CHINESE_MALE if sex == "M" else data.CHINESE_FEMALE
    given = "".join(pool[rng.randrange(len(pool))][0] for _ in range(rng.choice((1, 2, 2))))
    return hanzi + given, f"{surname_pinyin} {''.join(lazy_pinyin(given)).capitalize()}"
