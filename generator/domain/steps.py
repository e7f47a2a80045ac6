"""The nine steps of the procedure (SPEC §1): who performs each and what it records, and
the state of one step or one review round of a project.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from generator import messages as msg
from generator.domain.model import Person, StepEntry
from generator.workbook import schema as s


@dataclass(frozen=True)
class StepDefinition:
    """One step of the procedure as the office describes it."""

    number: int
    name: str
    role: str
    documents: tuple[str, ...]
    repeatable: bool = False  # steps 5 and 6: one row per review round
    optional: bool = False  # step 7: only when the Mayor's approval is required

    @property
    def roles(self) -> tuple[str, ...]:
        """Everyone who acts on the step: its role, and for step 7 also the Mayor, who
        approves what the Secretary submits."""
        return (self.role, *_ALSO_ALLOWED.get(self.number, ()))

    @property
    def preconditions(self) -> tuple[int, ...]:
        """Steps that must be done first: every earlier one (the procedure is a sequence);
        the optional step 7 counts only where it applies (see `applicable`)."""
        return tuple(range(1, self.number))


STEP_DEFINITIONS: tuple[StepDefinition, ...] = (
    StepDefinition(1, msg.STEP_NAMES[1], s.ROLE_SECRETARY, ("01",)),
    StepDefinition(2, msg.STEP_NAMES[2], s.ROLE_DESIGNER, ("02",)),
    StepDefinition(3, msg.STEP_NAMES[3], s.ROLE_SECRETARY, ("02",)),
    StepDefinition(4, msg.STEP_NAMES[4], s.ROLE_HEAD_OF_ORG, ("03",)),
    StepDefinition(5, msg.STEP_NAMES[5], s.ROLE_IMPLEMENTER, ("04", "05", "06"), repeatable=True),
    StepDefinition(6, msg.STEP_NAMES[6], s.ROLE_SECRETARY, ("07",), repeatable=True),
    StepDefinition(7, msg.STEP_NAMES[7], s.ROLE_SECRETARY, ("07",), optional=True),
    StepDefinition(8, msg.STEP_NAMES[8], s.ROLE_SECRETARY, ("03", "12")),
    StepDefinition(9, msg.STEP_NAMES[9], s.ROLE_SECRETARY, ("09",)),
)
STEPS_BY_NUMBER = {d.number: d for d in STEP_DEFINITIONS}

# Who may sign off a step besides its responsible role: step 7 is the Mayor's approval.
_ALSO_ALLOWED = {7: s.EXECUTIVE_ROLES}  # the one the office has (Wójt, Burmistrz, …)


@dataclass(frozen=True)
class StepState:
    """A step as it stands: its last row in `Przebieg` decides (the last round counts)."""

    definition: StepDefinition
    entries: tuple[StepEntry, ...]  # every row of this step, in sheet order
    person: Person | None  # who is responsible, from `Osoby`
    status: str  # for steps 5 and 6: the status within the current review round

    @property
    def last(self) -> StepEntry | None:
        return self.entries[-1] if self.entries else None

    @property
    def done(self) -> bool:
        return self.status == s.STEP_DONE

    @property
    def not_applicable(self) -> bool:
        return self.status == s.STEP_NOT_APPLICABLE

    @property
    def settled(self) -> bool:
        """Done or not applicable: nothing more to do on this step."""
        return self.done or self.not_applicable

    @property
    def date(self) -> date | None:
        return self.last.date if self.last and self.status != s.STEP_NOT_STARTED else None


@dataclass(frozen=True)
class ReviewRound:
    """One submission to the Secretary (step 5) and her decision (step 6)."""

    number: int
    submission: StepEntry | None
    decision: StepEntry | None

    @property
    def returned(self) -> bool:
        return bool(self.decision and self.decision.result == s.RESULT_RETURNED)

    @property
    def accepted(self) -> bool:
        return bool(
            self.decision
            and self.decision.status == s.STEP_DONE
            and self.decision.result != s.RESULT_RETURNED
        )


def applicable(step: StepState, mayor_required: bool) -> bool:
    if step.definition.optional:
        return mayor_required or not step.not_applicable and step.status != s.STEP_NOT_STARTED
    return True
