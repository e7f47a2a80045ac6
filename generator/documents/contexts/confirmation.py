"""The context of 12, the confirmation that the resources were provided (step 8): each
resource with when, by whom and how it was provided, from the `Zasoby` columns of step 8.

The rows are filled from their declaration (`contexts.rows.row_from`); only who provided a
resource is computed here, with the position `Osoby` gives that person. `zapewniono` is true
only when step 8 is done: before that the document is the form to sign, and its wording must
not say that anything was provided. For the same reason the form's Status column states only
what is already a fact of step 8 („zapewniony”); a resource still „zaakceptowany” gets an empty
cell for the clerk to fill in, not a status the signed record would contradict.
"""

from __future__ import annotations

from generator.documents.contexts.common import Inputs, common, person, with_position
from generator.documents.contexts.rows import row_from
from generator.documents.fields import PotwierdzenieFields
from generator.documents.records import DASH, WierszPotwierdzenia
from generator.documents.registry import CONFIRMATION
from generator.domain.model import Resource
from generator.workbook import schema as s


def confirmation(inputs: Inputs) -> PotwierdzenieFields:
    workbook = inputs.workbook
    provided = inputs.state.step(8).done
    return PotwierdzenieFields(
        **common(inputs, CONFIRMATION),
        sekretarz=person(workbook, s.ROLE_SECRETARY),
        zapewniono=provided,
        zapewnienia=tuple(
            row_from(
                WierszPotwierdzenia,
                r,
                s.RESOURCES,
                lp=str(index),
                zapewnil=with_position(workbook, r.provided_by) if r.provided_by else DASH,
                status=r.status if provided else _status_on_the_form(r),
            )
            for index, r in enumerate(workbook.resources, start=1)
        ),
    )


def _status_on_the_form(resource: Resource) -> str:
    """The Status of a resource on the form before step 8: „zapewniony” once it is, else blank."""
    return resource.status if resource.status == s.RESOURCE_ENSURED else ""
