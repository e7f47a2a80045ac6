"""The context of 12, the confirmation that the resources were provided (step 8): each
resource with when, by whom and how it was provided, from the `Zasoby` columns of step 8.

The rows are filled from their declaration (`contexts.rows.row_from`); only who provided a
resource is computed here, with the position `Osoby` gives that person. `zapewniono` is true
only when step 8 is done: before that the document is the form to sign, and its wording must
not say that anything was provided.
"""

from __future__ import annotations

from generator.documents.contexts.common import Inputs, common, person, with_position
from generator.documents.contexts.rows import row_from
from generator.documents.fields import PotwierdzenieFields
from generator.documents.records import DASH, WierszPotwierdzenia
from generator.documents.registry import CONFIRMATION
from generator.workbook import schema as s


def confirmation(inputs: Inputs) -> PotwierdzenieFields:
    workbook = inputs.workbook
    return PotwierdzenieFields(
        **common(inputs, CONFIRMATION),
        sekretarz=person(workbook, s.ROLE_SECRETARY),
        zapewniono=inputs.state.step(8).done,
        zapewnienia=tuple(
            row_from(
                WierszPotwierdzenia,
                r,
                s.RESOURCES,
                lp=str(index),
                zapewnil=with_position(workbook, r.provided_by) if r.provided_by else DASH,
            )
            for index, r in enumerate(workbook.resources, start=1)
        ),
    )
