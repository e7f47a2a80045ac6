"""Template contexts: the records of one project turned into the fields each Word template
reads (`fields.DecyzjaFields` …), one builder per document.

Every value is ready to print: Polish text, dates in words (`23 listopada 2026 r.`) or short
(`23.11.2026`) in tables, amounts as `1 234,56 zł`. No `None`, `date` or `Decimal` reaches a
template: a missing optional text is "" (templates test it with `{%p if … %}`), a missing
table value is „—”. Which documents a project needs is the registry's answer.
"""

from __future__ import annotations

from collections.abc import Callable

from generator import messages as msg
from generator.documents import registry, timing
from generator.documents.contexts.approval import approval
from generator.documents.contexts.changes import ordinance, proposals, resolution
from generator.documents.contexts.checklist import checklist
from generator.documents.contexts.common import Inputs, document_date
from generator.documents.contexts.confirmation import confirmation
from generator.documents.contexts.project import assumptions, decision
from generator.documents.contexts.resources import resources
from generator.documents.contexts.supervision import supervision
from generator.documents.fields import TemplateFields
from generator.domain.amendments import document_groups
from generator.domain.model import ProjectWorkbook
from generator.domain.procedure import ProcedureState

__all__ = ["build_contexts", "document_date", "header_lines"]

_BUILDERS: dict[str, Callable[[Inputs], TemplateFields]] = {
    registry.DECISION: decision,
    registry.ASSUMPTIONS: assumptions,
    registry.RESOURCES: resources,
    registry.PROPOSALS: proposals,
    registry.ORDINANCE: ordinance,
    registry.RESOLUTION: resolution,
    registry.APPROVAL: approval,
    registry.CHECKLIST: checklist,
    registry.SUPERVISION: supervision,
    registry.CONFIRMATION: confirmation,
}




def build_contexts(
    workbook: ProjectWorkbook, state: ProcedureState, *, forms: bool = False
) -> dict[str, TemplateFields]:
    """The fields of every document this project needs (`registry.documents_for`), keyed by
    template file name, in the registry's order.

    Documents of steps after the next one are left out (`timing.Phase.LATER`) unless
    `forms`: then they come as forms (`wzor`), which the renderer marks „WZÓR”.
    """
    documents = registry.documents_for(workbook)
    inputs = Inputs(workbook, state, tuple(document_groups(workbook.changes)), documents)
    return {
        d.file_name: _BUILDERS[d.file_name](inputs)
        for d in documents
        if forms or timing.phase(state, d.code) is not timing.Phase.LATER
    }


def header_lines(fields: TemplateFields) -> tuple[str, ...]:
    """What the renderer adds to a document's header: the form identity the office set
    („Oznaczenie formularzy”) and, on a form of a step still ahead, „WZÓR”."""
    return tuple(line for line in (fields.oznaczenie, msg.FORM_MARK if fields.wzor else "") if line)
