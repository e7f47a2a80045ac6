"""Every kind of gmina office: the names of its organ, council, office and acts, and their cases.

Poland's gminas differ in their executive organ (Wójt, Burmistrz, Prezydent Miasta) and in how
their office and council are named („Urząd Gminy Kościelisko”, „Urząd Miejski w Gostyniu”,
„Urząd Miasta Poznania”, „Urząd Miasta i Gminy Przykładowo”). `describe_office` derives every
form the documents need from the kind of organ and the gmina's name, unless the office types
its own full names; `declension.decline` puts any such phrase into the dopełniacz, celownik or
miejscownik.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from generator.domain.declension import Case, DeclensionError, clean, decline, decline_place

if TYPE_CHECKING:
    from generator.domain.model import ProjectWorkbook


class OrganKind(Enum):
    """The gmina's executive organ (ustawa o samorządzie gminnym, art. 26)."""

    WOJT = "Wójt"
    BURMISTRZ = "Burmistrz"
    PREZYDENT = "Prezydent Miasta"

    @classmethod
    def of_organ(cls, organ: str) -> OrganKind | None:
        """„Wójt Gminy Kościelisko” → WOJT; None for a name that starts with none of them."""
        first = clean(organ).split(" ", 1)[0].lower()
        return next((kind for kind in cls if kind.value.split()[0].lower() == first), None)


class OfficeError(ValueError):
    """The names given for an office contradict each other."""


# The complement after the organ's title that also names the office, council and statute.
_COMMUNE_KINDS = ("Miasta i Gminy", "Gminy i Miasta", "Gminy", "Miasta")


@dataclass(frozen=True)
class Office:
    """Every form of an office's names the documents use."""

    organ_kind: OrganKind
    gmina: str
    organ: str
    organ_genitive: str
    organ_dative: str
    council: str
    council_genitive: str
    office: str
    office_genitive: str
    office_locative: str
    statute: str
    statute_genitive: str
    regulamin: str
    regulamin_genitive: str
    secretary: str
    secretary_dative: str


@dataclass(frozen=True)
class _Names:
    organ: str | DeclensionError
    office: str | DeclensionError  # the error when the town's locative is unknown
    council: str | DeclensionError
    statute: str
    secretary: str


def _derived(name: str | DeclensionError) -> str:
    if isinstance(name, DeclensionError):
        raise name
    return name


def _derived_names(kind: OrganKind, gmina: str) -> _Names:
    """The usual names of each kind: „Wójt Gminy X”, „Burmistrz X-gen”, „Prezydent Miasta
    X-gen”, with their office, council, statute and secretary."""
    if kind is OrganKind.WOJT:
        return _names_of_commune("Wójt", f"Gminy {gmina}")
    if kind is OrganKind.PREZYDENT:
        return _names_of_commune("Prezydent", f"Miasta {decline_place(gmina, Case.GENITIVE)}")
    # The town's cases are needed only for the names not typed in full: an unknown town is
    # an error only when one of them is used (`_derived`).
    genitive, locative = (_place_or_error(gmina, case) for case in (Case.GENITIVE, Case.LOCATIVE))
    return _Names(
        organ=_prefixed("Burmistrz ", genitive),
        office=_prefixed("Urząd Miejski w ", locative),
        council=_prefixed("Rada Miejska w ", locative),
        statute=f"Statut Gminy {gmina}",
        secretary="Sekretarz Gminy",
    )


def _place_or_error(gmina: str, case: Case) -> str | DeclensionError:
    try:
        return decline_place(gmina, case)
    except DeclensionError as problem:
        return problem


def _prefixed(prefix: str, form: str | DeclensionError) -> str | DeclensionError:
    return form if isinstance(form, DeclensionError) else prefix + form


def _names_of_commune(title: str, commune: str) -> _Names:
    """„Burmistrz”, „Miasta i Gminy Przykładowo” → „Urząd/Rada/Statut Miasta i Gminy …”."""
    kind = next(k for k in _COMMUNE_KINDS if commune == k or commune.startswith(k + " "))
    return _Names(
        organ=f"{title} {commune}",
        office=f"Urząd {commune}",
        council=f"Rada {commune}",
        statute=f"Statut {commune}",
        secretary=f"Sekretarz {kind}",
    )


def _names_from_organ(kind: OrganKind, gmina: str, organ: str) -> _Names:
    """An organ typed in full: its complement names the rest when it is „Gminy …”,
    „Miasta …” or „Miasta i Gminy …”; otherwise the kind's usual names, with this organ."""
    title, _, complement = organ.partition(" ")
    if any(complement.startswith(k + " ") for k in _COMMUNE_KINDS):
        names = _names_of_commune(title, complement)
        return _Names(organ, names.office, names.council, names.statute, names.secretary)
    names = _derived_names(kind, gmina)
    return _Names(organ, names.office, names.council, names.statute, names.secretary)


def describe_office(
    kind: OrganKind,
    gmina: str,
    *,
    organ: str = "",
    office: str = "",
    council: str = "",
    statute: str = "",
    regulamin: str = "",
    secretary: str = "",
) -> Office:
    """Every form of the office's names, from the kind of organ and the gmina's name.

    A name typed in full wins over the derived one (`organ` = „Organ wykonawczy”, `statute` =
    „Nazwa statutu”, `regulamin` = „Nazwa regulaminu organizacyjnego”, `secretary` = the
    Secretary's „Stanowisko”). Raises OfficeError when `organ` names another kind, and
    DeclensionError when a form needs a case of a name SGJP does not know.
    """
    gmina, organ = clean(gmina), clean(organ)
    if organ and OrganKind.of_organ(organ) is not kind:
        raise OfficeError(f"{organ!r} is not a {kind.value}")
    names = _names_from_organ(kind, gmina, organ) if organ else _derived_names(kind, gmina)
    organ_name = _derived(names.organ)
    office_name = clean(office) or _derived(names.office)
    council_name = clean(council) or _derived(names.council)
    statute_name = clean(statute) or names.statute
    regulamin_name = clean(regulamin) or (
        f"Regulamin Organizacyjny {decline(office_name, Case.GENITIVE)}"
    )
    secretary_title = clean(secretary) or names.secretary
    return Office(
        organ_kind=kind,
        gmina=gmina,
        organ=organ_name,
        organ_genitive=decline(organ_name, Case.GENITIVE),
        organ_dative=decline(organ_name, Case.DATIVE),
        council=council_name,
        council_genitive=decline(council_name, Case.GENITIVE),
        office=office_name,
        office_genitive=decline(office_name, Case.GENITIVE),
        office_locative=decline(office_name, Case.LOCATIVE),
        statute=statute_name,
        statute_genitive=decline(statute_name, Case.GENITIVE),
        regulamin=regulamin_name,
        regulamin_genitive=decline(regulamin_name, Case.GENITIVE),
        secretary=secretary_title,
        secretary_dative=decline(secretary_title, Case.DATIVE),
    )


# --- voivodeships --------------------------------------------------------------------------


@dataclass(frozen=True)
class Voivodeship:
    """A voivodeship and its official journal, where gmina acts are published."""

    name: str  # „małopolskie”, as in the workbook
    genitive: str  # „Małopolskiego”, as in „Województwa Małopolskiego”

    @property
    def journal(self) -> str:
        """„Dziennik Urzędowy Województwa Małopolskiego”."""
        return f"Dziennik Urzędowy Województwa {self.genitive}"

    @property
    def journal_locative(self) -> str:
        """„Dzienniku Urzędowym Województwa Małopolskiego” (ogłoszenie w …)."""
        return decline(self.journal, Case.LOCATIVE)

    @property
    def journal_citation(self) -> str:
        """„Dz. Urz. Woj. Małopolskiego”, the short name the ELI register gives its acts."""
        return f"Dz. Urz. Woj. {self.genitive}"


VOIVODESHIPS: tuple[Voivodeship, ...] = (
    Voivodeship("dolnośląskie", "Dolnośląskiego"),
    Voivodeship("kujawsko-pomorskie", "Kujawsko-Pomorskiego"),
    Voivodeship("lubelskie", "Lubelskiego"),
    Voivodeship("lubuskie", "Lubuskiego"),
    Voivodeship("łódzkie", "Łódzkiego"),
    Voivodeship("małopolskie", "Małopolskiego"),
    Voivodeship("mazowieckie", "Mazowieckiego"),
    Voivodeship("opolskie", "Opolskiego"),
    Voivodeship("podkarpackie", "Podkarpackiego"),
    Voivodeship("podlaskie", "Podlaskiego"),
    Voivodeship("pomorskie", "Pomorskiego"),
    Voivodeship("śląskie", "Śląskiego"),
    Voivodeship("świętokrzyskie", "Świętokrzyskiego"),
    Voivodeship("warmińsko-mazurskie", "Warmińsko-Mazurskiego"),
    Voivodeship("wielkopolskie", "Wielkopolskiego"),
    Voivodeship("zachodniopomorskie", "Zachodniopomorskiego"),
)


def voivodeship(name: str) -> Voivodeship | None:
    """„Małopolskie”, „województwo małopolskie” → the małopolskie entry; None if unknown."""
    key = clean(name).lower().removeprefix("województwo ").strip()
    return next((v for v in VOIVODESHIPS if v.name == key), None)


# --- the office of a project ---------------------------------------------------------------

_PLENIPOTENTIARY = (" – pełnomocnik", " — pełnomocnik", " - pełnomocnik")


def organ_from_office(kind: OrganKind, office: str) -> str:
    """„Urząd Gminy Kościelisko”, WOJT → „Wójt Gminy Kościelisko”; „Urząd Miasta i Gminy
    Przykładowo”, BURMISTRZ → „Burmistrz Miasta i Gminy Przykładowo”; "" for an office
    named otherwise („Urząd Miejski w Gostyniu”: the organ comes from the town's name)."""
    rest = clean(office)
    if not rest.startswith("Urząd "):
        return ""
    rest = rest.removeprefix("Urząd ")
    if not any(rest.startswith(k + " ") for k in _COMMUNE_KINDS):
        return ""
    return f"{kind.value.split(' ')[0]} {rest}"


def secretary_title(position: str) -> str:
    """The Secretary's title without the „– Pełnomocnik ds. SZJ” the documents add
    themselves: „Sekretarz Gminy – Pełnomocnik ds. SZJ” → „Sekretarz Gminy”."""
    text = clean(position)
    lowered = text.lower()
    cut = min((lowered.find(d) for d in _PLENIPOTENTIARY if d in lowered), default=-1)
    return text[:cut] if cut > 0 else text


def project_office(
    kind: OrganKind,
    *,
    town: str,
    office: str,
    council: str,
    organ: str = "",
    statute: str = "",
    regulamin: str = "",
    secretary: str = "",
) -> Office:
    """The office of a workbook: its typed names win, the rest derived as `describe_office`
    does, with the organ taken from an office named „Urząd Gminy/Miasta/Miasta i Gminy …”."""
    return describe_office(
        kind,
        town,
        organ=clean(organ) or organ_from_office(kind, office),
        office=office,
        council=council,
        statute=statute,
        regulamin=regulamin,
        secretary=secretary_title(secretary),
    )


def title_forms(kind: OrganKind) -> tuple[str, str, str]:
    """The organ's bare title in the nominative, genitive and dative: („Wójt”, „Wójta”,
    „Wójtowi”), („Prezydent Miasta”, „Prezydenta Miasta”, „Prezydentowi Miasta”)."""
    return kind.value, decline(kind.value, Case.GENITIVE), decline(kind.value, Case.DATIVE)


def workbook_office(workbook: ProjectWorkbook) -> Office:
    """The office a workbook describes (`project_office`); the kind of organ is the
    workbook's executive role, the Secretary's title their „Stanowisko” in `Osoby`.
    Raises OfficeError or DeclensionError as `describe_office` does (validation reports
    them, so a valid workbook never raises)."""
    from generator.workbook import schema as s

    project = workbook.project
    secretary = workbook.person_with_role(s.ROLE_SECRETARY)
    return project_office(
        OrganKind(workbook.executive_role),
        town=project.town,
        office=project.office,
        council=project.council,
        organ=project.organ or "",
        statute=project.statute_name or "",
        regulamin=project.regulamin_name or "",
        secretary=secretary.position if secretary else "",
    )
