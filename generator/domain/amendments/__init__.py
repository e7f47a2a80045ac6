"""Drafting amendments: redlines for the change table and the amending provision's wording.

Everything here is pure text for the Word templates of documents 04, 05 and 06 (SPEC §4):

- `redline` — a word-level diff of the current and proposed wording (document 04), from
  `redline.py`;
- `amendment_text` — the amending provision in the form of the „Zasady techniki
  prawodawczej” (załącznik do rozporządzenia Prezesa Rady Ministrów z dnia 20 czerwca 2002 r.,
  cited as the current consolidated text, Dz. U. z 2026 r. poz. 300, Dział IV),
  e.g. „w § 15 ust. 2 otrzymuje brzmienie:” followed by the new wording in „…”;
- `legal_basis` — the act's opening sentence „Na podstawie … zarządza się, co następuje:”;
- `document_groups`, `is_regulamin`, `is_statute` — which document a change belongs to.

The proposed wording is quoted as typed (surrounding whitespace removed, line endings unified
to `\\n`), preceded by the unit's own mark when the clerk left it out. The uzasadnienie of the
drafts is built in `documents/contexts/changes.py`, one item per change.
"""

from __future__ import annotations

from generator.domain.amendments.forms import (
    DEFAULT_ENTRY_INTO_FORCE,
    ORDINANCE_CLOSING,
    RESOLUTION_CLOSING,
    act_citation,
    basis_citation,
    change_description,
    entry_into_force,
    legal_basis,
)
from generator.domain.amendments.grouping import (
    DocumentChanges,
    document_groups,
    is_regulamin,
    is_statute,
    looks_like_act,
    order_changes,
)
from generator.domain.amendments.neighbours import annex_wordings
from generator.domain.amendments.provision import (
    AMENDING_ORDINANCE,
    AMENDING_RESOLUTION,
    AmendingProvision,
    AmendmentItem,
    ProvisionLine,
    amendment_text,
    provision_as_text,
)
from generator.domain.amendments.rules import (
    MANY_CHANGES,
    Conflict,
    conflicts,
    target_text,
    too_many_changes,
)
from generator.domain.amendments.wording import has_ascii_quotes, polish_quotes
from generator.domain.redline import Segment, redline

__all__ = [
    "AMENDING_ORDINANCE",
    "AMENDING_RESOLUTION",
    "DEFAULT_ENTRY_INTO_FORCE",
    "MANY_CHANGES",
    "ORDINANCE_CLOSING",
    "RESOLUTION_CLOSING",
    "AmendingProvision",
    "AmendmentItem",
    "Conflict",
    "DocumentChanges",
    "ProvisionLine",
    "Segment",
    "act_citation",
    "amendment_text",
    "annex_wordings",
    "basis_citation",
    "change_description",
    "conflicts",
    "document_groups",
    "entry_into_force",
    "has_ascii_quotes",
    "is_regulamin",
    "is_statute",
    "legal_basis",
    "looks_like_act",
    "order_changes",
    "polish_quotes",
    "provision_as_text",
    "redline",
    "target_text",
    "too_many_changes",
]
