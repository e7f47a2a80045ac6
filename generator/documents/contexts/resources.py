"""The context of 03, the list of resources, with sums by kind and the total in words.

Each row is filled from its declaration (`contexts.rows.row_from`): a part of `WierszZasobu`
declared with a source prints that column of `Zasoby` without a change here.
"""

from __future__ import annotations

from decimal import Decimal

from generator.documents.contexts.common import Inputs, common, person
from generator.documents.contexts.rows import row_from
from generator.documents.fields import ZasobyFields
from generator.documents.records import SumaRodzaju, WierszZasobu
from generator.documents.registry import RESOURCES
from generator.domain import polish
from generator.workbook import schema as s


def status_at_step_4(status: str) -> str:
    """A resource's status as the step-4 record knows it: „zapewniony” happens at step 8,
    which 03 must not report under its step-4 date; by then it was „zaakceptowany”."""
    return s.RESOURCE_ACCEPTED if status == s.RESOURCE_ENSURED else status


def resources(inputs: Inputs) -> ZasobyFields:
    workbook, state = inputs.workbook, inputs.state
    resources = workbook.resources
    total = sum((r.value for r in resources), Decimal(0))
    kinds = [k for k in s.RESOURCE_KINDS if any(r.kind == k for r in resources)]
    kinds += sorted({r.kind for r in resources} - set(kinds))
    step3 = state.step(3)
    return ZasobyFields(
        **common(inputs, RESOURCES),
        data_zatwierdzenia_zalozen=polish.long_date(step3.date, nbsp=True)
        if step3.done and step3.date
        else "",
        zasoby=tuple(
            row_from(
                WierszZasobu,
                r,
                s.RESOURCES,
                lp=str(index),
                status=status_at_step_4(r.status),
            )
            for index, r in enumerate(resources, start=1)
        ),
        sumy=tuple(
            SumaRodzaju(
                kind, polish.money(sum((r.value for r in resources if r.kind == kind), Decimal(0)))
            )
            for kind in kinds
        ),
        razem=polish.money(total),
        razem_slownie=polish.money_in_words(total),
        kierownik_ro=person(workbook, s.ROLE_HEAD_OF_ORG),
        sekretarz=person(workbook, s.ROLE_SECRETARY),
        wdrazajacy=person(workbook, s.ROLE_IMPLEMENTER),
    )
