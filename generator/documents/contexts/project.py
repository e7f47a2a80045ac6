"""The contexts of the project's opening documents: 01 (the decision to start) and 02 (the
assumptions)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator import messages as msg
from generator.documents.contexts.common import (
    Inputs,
    common,
    document_name,
    long_or_blank,
    office_of,
    person,
    qms_rows,
    team,
)
from generator.documents.fields import DecyzjaFields, ZalozeniaFields
from generator.documents.records import DASH, DokumentDoZmiany
from generator.documents.registry import ASSUMPTIONS, DECISION
from generator.domain import polish
from generator.workbook import schema as s
from generator.workbook.labels import normalize_label


def decision(inputs: Inputs) -> DecyzjaFields:
    workbook = inputs.workbook
    project = workbook.project
    return DecyzjaFields(
        **common(inputs, DECISION),
        rodzaj_dzialania=project.activity_kind,
        potrzeba_wynika=msg.DOC_NEED_LEADS.get(
            normalize_label(project.activity_kind), msg.DOC_NEED_LEAD_OTHER
        ),
        zrodla=_need_sources(project.need_sources),
        opis_potrzeby=project.need_description,
        podstawa_prawna=project.legal_basis or "",
        wymagania_klientow=project.customer_requirements or "",
        sekretarz=person(workbook, s.ROLE_SECRETARY),
        projektant=person(workbook, s.ROLE_DESIGNER),
        termin_zalozen=long_or_blank(project.assumptions_deadline, nbsp=True),
        termin_wdrozenia=polish.long_date(project.planned_implementation),
    )


def _need_sources(sources: Sequence[str]) -> tuple[str, ...]:
    """„ze zmiany przepisów prawa;”, „z wymagań klientów.” – the list after „… wynika:”."""
    forms = {normalize_label(key): text for key, text in msg.DOC_NEED_SOURCES.items()}
    items = [forms.get(normalize_label(source), " ".join(source.split())) for source in sources]
    return tuple(
        item + ("." if index == len(items) - 1 else ";") for index, item in enumerate(items)
    )


def documents_to_change(inputs: Inputs) -> tuple[str, ...]:
    """The documents the assumptions (step 2) name for change: the Projekt field „Dokumenty do
    zmiany” (`;` or new lines between them); when it is empty, those named in sheet Zmiany
    (names only: the units and wordings come at step 5 and are not part of the assumptions)."""
    typed = inputs.workbook.project.documents_to_change
    if typed:
        return tuple(dict.fromkeys(n.strip() for n in re.split(r"[;\n]", typed) if n.strip()))
    return tuple(group.document for group in inputs.groups)


def assumptions(inputs: Inputs) -> ZalozeniaFields:
    workbook = inputs.workbook
    project = workbook.project
    return ZalozeniaFields(
        **common(inputs, ASSUMPTIONS),
        rodzaj_dzialania=project.activity_kind,
        cel=project.goal,
        zakres=project.scope,
        wymagania_klientow=project.customer_requirements or "",
        podstawa_prawna=project.legal_basis or "",
        normy=project.standards or "",
        kryteria_akceptacji=project.acceptance_criteria or "",
        dokumenty_do_zmiany=tuple(
            DokumentDoZmiany(str(index), document_name(name, office_of(inputs)), DASH, DASH)
            for index, name in enumerate(documents_to_change(inputs), start=1)
        ),
        dokumentacja_szj=qms_rows(workbook),
        termin_wdrozenia=polish.long_date(project.planned_implementation),
        komorka_wiodaca=project.lead_unit or "",
        sekretarz=person(workbook, s.ROLE_SECRETARY),
        projektant=person(workbook, s.ROLE_DESIGNER),
        wdrazajacy=person(workbook, s.ROLE_IMPLEMENTER),
        zespol=team(workbook),
    )
