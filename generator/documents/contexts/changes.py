"""The contexts of the changes: 04 (the proposals, by document), 05 (the draft ordinance
amending the regulamin) and 06 (the draft resolution amending the statute)."""

from __future__ import annotations

from collections.abc import Sequence

from generator import messages as msg
from generator.documents.contexts.common import (
    DASH,
    Inputs,
    common,
    document_name,
    office_of,
    person,
    qms_rows,
    team,
)
from generator.documents.fields import PropozycjeFields, UchwalaFields, ZarzadzenieFields
from generator.documents.records import (
    Porownanie,
    Przepis,
    Punkt,
    WierszZmiany,
    Zalacznik,
    ZmianyDokumentu,
)
from generator.documents.registry import ORDINANCE, PROPOSALS, RESOLUTION
from generator.domain import amendments as am
from generator.domain import polish
from generator.domain.amendments import (
    AmendingProvision,
    AmendmentItem,
    amendment_text,
    order_changes,
    redline,
)
from generator.domain.model import Change, ChangeKind
from generator.domain.offices import Case, decline, voivodeship
from generator.workbook import schema as s

_KIND_LABELS = {
    ChangeKind.REPLACE: "nowe brzmienie",
    ChangeKind.ADD: "dodanie",
    ChangeKind.REPEAL: "uchylenie",
}


# Item levels the default 05 and 06 print („1)”, „a)”, „–”): one more grouping level instead
# of repeating „w ust. 2 w pkt 4” (ZTP). An office template printing fewer levels still gets
# every change, as the engine words each on the levels it has.
PRINTED_LEVELS = 3


def proposals(inputs: Inputs) -> PropozycjeFields:
    workbook, groups = inputs.workbook, inputs.groups
    office = office_of(inputs)
    return PropozycjeFields(
        **common(inputs, PROPOSALS),
        dokumenty=tuple(
            ZmianyDokumentu(
                document_name(group.document, office),
                tuple(_change_row(i, c) for i, c in enumerate(group.changes, start=1)),
            )
            for group in groups
        ),
        dokumentacja_szj=qms_rows(workbook),
        sekretarz_celownik=office.secretary_dative,
        wdrazajacy=person(workbook, s.ROLE_IMPLEMENTER),
        zespol=team(workbook),
    )


def _change_row(index: int, change: Change) -> WierszZmiany:
    return WierszZmiany(
        lp=str(index),
        jednostka=polish.nbsp_legal(am.target_text(change)),
        obecne=change.current or DASH,
        proponowane=change.proposed or DASH,
        rodzaj=_KIND_LABELS[change.kind],
        uzasadnienie=change.justification or DASH,
        porownanie=Porownanie(redline(change.current, change.proposed)),
    )


def ordinance(inputs: Inputs) -> ZarzadzenieFields:
    workbook = inputs.workbook
    group = next(g for g in inputs.groups if g.is_regulamin)  # produced only then
    project = workbook.project
    office = office_of(inputs)
    intro = f"W {decline(office.regulamin, Case.LOCATIVE)}"
    if project.regulamin_act:
        cited = am.act_citation(project.regulamin_act, title=project.regulamin_act_title)
        intro += msg.DOC_ANNEXED_TO.format(act=polish.nbsp_legal(cited))
    return ZarzadzenieFields(
        **common(inputs, ORDINANCE),
        burmistrz_dopelniacz=office.organ_genitive,
        urzad_dopelniacz=office.office_genitive,
        regulamin_dopelniacz=office.regulamin_genitive,
        organ_nadajacy=msg.DOC_GIVES_REGULAMIN[office.organ_kind.value],
        podstawa_zarzadzenia=_legal_basis(
            project.ordinance_legal_basis or s.DEFAULT_ORDINANCE_LEGAL_BASIS
        ),
        paragraf1=_provision(amendment_text(group.changes, intro, levels=PRINTED_LEVELS)),
        sekretarz_celownik=office.secretary_dative,
        uzasadnienie=_justification_items(group.changes),
        wdrazajacy=person(workbook, s.ROLE_IMPLEMENTER),
        # validation refuses a value entry_into_force cannot read
        wejscie_w_zycie=am.entry_into_force(project.ordinance_entry_into_force)
        or am.DEFAULT_ENTRY_INTO_FORCE,
        zalaczniki=_annexes(group.changes),
    )


def resolution(inputs: Inputs) -> UchwalaFields:
    workbook = inputs.workbook
    group = next(g for g in inputs.groups if g.is_statute)  # produced only then
    project = workbook.project
    office = office_of(inputs)
    intro = f"W {decline(office.statute, Case.LOCATIVE)}"
    if project.statute_act:
        cited = am.act_citation(
            project.statute_act,
            publication=project.statute_publication,
            amendments=project.statute_amendments,
        )
        intro += msg.DOC_ANNEXED_TO.format(act=polish.nbsp_legal(cited))
    return UchwalaFields(
        **common(inputs, RESOLUTION),
        rada=office.council,
        rada_dopelniacz=office.council_genitive,
        statut_dopelniacz=office.statute_genitive,
        podstawa_uchwaly=_legal_basis(
            project.resolution_legal_basis or s.DEFAULT_RESOLUTION_LEGAL_BASIS
        ),
        paragraf1=_provision(
            amendment_text(
                group.changes,
                intro,
                amending_act=am.AMENDING_RESOLUTION,
                levels=PRINTED_LEVELS,
            )
        ),
        burmistrz_celownik=office.organ_dative,
        wojewodztwo_dopelniacz=_voivodeship_genitive(project.voivodeship),
        uzasadnienie=_justification_items(group.changes),
        wdrazajacy=person(workbook, s.ROLE_IMPLEMENTER),
        zalaczniki=_annexes(group.changes),
    )




def _voivodeship_genitive(name: str) -> str:
    """„małopolskie” → „Małopolskiego”, from the table of the 16 voivodeships."""
    found = voivodeship(name)
    return found.genitive if found else polish.voivodeship_genitive(name)


def _annexes(changes: Sequence[Change]) -> tuple[Zalacznik, ...]:
    """The annexes the draft act adds, one per annex of the amended act given a new wording."""
    return tuple(
        Zalacznik(f"nr {number}" if number else "", wording)
        for number, wording in am.annex_wordings(changes)
    )


def _legal_basis(text: str) -> str:
    """Exactly one „Na podstawie” and the citation, without the closing formula the template
    adds itself, with non-breaking spaces in its citations („art. 33”, „Dz. U. z 2024 r.”)."""
    return polish.nbsp_legal(f"Na podstawie {am.basis_citation(text)}")


def _provision(provision: AmendingProvision) -> Przepis:
    return Przepis(
        polish.nbsp_legal(provision.intro), tuple(_item(item) for item in provision.items)
    )


def _item(item: AmendmentItem) -> Punkt:
    """One item; the quoted wording is kept exactly as typed."""
    return Punkt(
        polish.nbsp_legal(item.heading),
        item.quoted_text,
        tuple(_item(sub) for sub in item.subitems),
    )


def _justification_items(changes: Sequence[Change]) -> tuple[str, ...]:
    """„1) nadanie nowego brzmienia § 12 ust. 3 – <uzasadnienie>;”, „2) dodanie § 12 ust. 3a;”
    … „n) uchylenie § 21 ust. 4 – ….” – one item per change, in unit order."""
    ordered = order_changes(changes)
    items = []
    for index, change in enumerate(ordered, start=1):
        text = f"{index}) {am.change_description(change, nbsp=True)}"
        reason = " ".join((change.justification or "").split()).rstrip(" .;,")
        if reason:
            text += f" – {polish.lowercase_start(reason)}"
        items.append(text + ("." if index == len(ordered) else ";"))
    return tuple(items)
