"""The documents of the procedure, declared once: code, file, title, the step each
records, the step whose date it bears, and when it is produced.

Everything else asks this module: the contexts (which documents a project needs), the
renderer and the linter (which templates exist and which fields each reads), `CZYTAJ.txt`
(titles), document 08 (which document records which step, the legend of the codes) and the
output folder (which files the tool owns). The steps a document records come from the
procedure (`procedure.STEP_DEFINITIONS`), which owns that fact.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from generator.documents import fields as f
from generator.documents.field_meta import field_names
from generator.domain.amendments import document_groups
from generator.domain.model import ProjectWorkbook
from generator.domain.procedure import STEP_DEFINITIONS


class Produced(Enum):
    """When a project needs the document."""

    ALWAYS = "always"
    REGULAMIN_CHANGES = "a change concerns the regulamin"
    STATUTE_CHANGES = "a change concerns the statute"
    # The consolidated texts (issue 15): the act's .docx named in `Projekt`, and a change to it.
    REGULAMIN_TEXT = "the regulamin's text is given and a change concerns it"
    STATUTE_TEXT = "the statute's text is given and a change concerns it"


@dataclass(frozen=True)
class Document:
    """One document of the procedure and its template."""

    code: str  # "01" … "09", "12": printed in document 08 and used by the procedure's steps
    file_name: str  # the template's file name and the generated document's
    title: str  # what `CZYTAJ.txt` calls it
    legend: str  # how document 08 explains its code
    date_step: int  # the last step it records: it bears that step's date once it is done
    produced: Produced
    fields: type[f.TemplateFields]  # the fields its template may read

    @property
    def steps(self) -> tuple[int, ...]:
        """The procedure steps this document records (the procedure declares them)."""
        return tuple(d.number for d in STEP_DEFINITIONS if self.code in d.documents)


DOCUMENTS: tuple[Document, ...] = (
    Document(
        "01",
        "01_decyzja_o_podjeciu_prac.docx",
        "decyzja o podjęciu prac projektowych (krok 1)",
        "decyzja o podjęciu prac projektowych",
        1,
        Produced.ALWAYS,
        f.DecyzjaFields,
    ),
    Document(
        "02",
        "02_zalozenia_projektu.docx",
        "założenia i wytyczne do projektu (kroki 2 i 3)",
        "założenia i wytyczne do projektu",
        2,
        Produced.ALWAYS,
        f.ZalozeniaFields,
    ),
    Document(
        "03",
        "03_wykaz_zasobow.docx",
        "wykaz niezbędnych zasobów (krok 4)",
        "wykaz zasobów",
        4,
        Produced.ALWAYS,
        f.ZasobyFields,
    ),
    Document(
        "04",
        "04_propozycje_zmian.docx",
        "propozycje zmian w dokumentach i dokumentacja SZJ (krok 5)",
        "propozycje zmian",
        5,
        Produced.ALWAYS,
        f.PropozycjeFields,
    ),
    Document(
        "05",
        "05_projekt_zarzadzenia_regulamin.docx",
        "projekt zarządzenia Burmistrza zmieniającego Regulamin Organizacyjny "
        "(krok 5; tylko gdy zmienia się regulamin)",
        "projekt zarządzenia",
        5,
        Produced.REGULAMIN_CHANGES,
        f.ZarzadzenieFields,
    ),
    Document(
        "06",
        "06_projekt_uchwaly_statut.docx",
        "projekt uchwały Rady zmieniającej Statut (krok 5; tylko gdy zmienia się statut)",
        "projekt uchwały",
        5,
        Produced.STATUTE_CHANGES,
        f.UchwalaFields,
    ),
    Document(
        "07",
        "07_karta_zatwierdzenia.docx",
        "karta zatwierdzenia: decyzje Sekretarza i zatwierdzenie Burmistrza (kroki 6 i 7)",
        "karta zatwierdzenia",
        7,
        Produced.ALWAYS,
        f.ZatwierdzenieFields,
    ),
    Document(
        "08",
        "08_lista_kontrolna.docx",
        "lista kontrolna przebiegu procedury (wejście, kroki 1–9, wyjście)",
        "lista kontrolna",
        8,
        Produced.ALWAYS,
        f.ListaKontrolnaFields,
    ),
    Document(
        "09",
        "09_karta_nadzoru.docx",
        "karta szczególnego nadzoru i działań korygujących (krok 9)",
        "karta szczególnego nadzoru",
        9,
        Produced.ALWAYS,
        f.NadzorFields,
    ),
    # Step 8's own record (issue 12, rule 6); 10 and 11 are the acts' texts (`ACT_TEXTS`).
    Document(
        "12",
        "12_potwierdzenie_zapewnienia_zasobow.docx",
        "potwierdzenie zapewnienia zasobów: kiedy, przez kogo i jak zapewniono każdy (krok 8)",
        "potwierdzenie zapewnienia zasobów",
        8,
        Produced.ALWAYS,
        f.PotwierdzenieFields,
    ),
)
BY_CODE: dict[str, Document] = {d.code: d for d in DOCUMENTS}
BY_FILE: dict[str, Document] = {d.file_name: d for d in DOCUMENTS}
TEMPLATE_NAMES: tuple[str, ...] = tuple(d.file_name for d in DOCUMENTS)
# The fields each template may read, by file name (what the renderer and the linter check).
TEMPLATE_FIELDS: dict[str, frozenset[str]] = {
    d.file_name: frozenset(field_names(d.fields)) for d in DOCUMENTS
}

# The file names, for code that means one particular document.
DECISION, ASSUMPTIONS, RESOURCES, PROPOSALS, ORDINANCE, RESOLUTION = TEMPLATE_NAMES[:6]
APPROVAL, CHECKLIST, SUPERVISION, CONFIRMATION = TEMPLATE_NAMES[6:]


# The acts after the changes, with the changes as Word tracked changes (issue 15). No
# template: each is a copy of the office's own .docx (`generator.acts.consolidated`), so its
# `fields` are only the common ones and it is not in `DOCUMENTS`, which lists the templates.
ACT_TEXTS: tuple[Document, ...] = (
    Document(
        "10",
        "10_tekst_ujednolicony_regulamin.docx",
        "tekst ujednolicony Regulaminu Organizacyjnego ze zmianami jako śledzonymi zmianami "
        "(krok 5; tylko gdy podano tekst regulaminu i zmienia się regulamin)",
        "tekst ujednolicony regulaminu",
        5,
        Produced.REGULAMIN_TEXT,
        f.TemplateFields,
    ),
    Document(
        "11",
        "11_tekst_ujednolicony_statut.docx",
        "tekst ujednolicony Statutu ze zmianami jako śledzonymi zmianami "
        "(krok 5; tylko gdy podano tekst statutu i zmienia się statut)",
        "tekst ujednolicony statutu",
        5,
        Produced.STATUTE_TEXT,
        f.TemplateFields,
    ),
)
ACT_TEXT_NAMES: tuple[str, ...] = tuple(d.file_name for d in ACT_TEXTS)
# Every document a run can write, templated or not: what `--dokument` names.
ANY_BY_CODE: dict[str, Document] = {d.code: d for d in (*DOCUMENTS, *ACT_TEXTS)}
ANY_BY_FILE: dict[str, Document] = {d.file_name: d for d in (*DOCUMENTS, *ACT_TEXTS)}
REGULAMIN_TEXT, STATUTE_TEXT = ACT_TEXT_NAMES


def act_texts_for(workbook: ProjectWorkbook) -> tuple[Document, ...]:
    """The consolidated texts this project gets: 10 when `Projekt` names the regulamin's text
    and a change concerns the regulamin, 11 likewise for the statute."""
    groups = document_groups(workbook.changes)
    project = workbook.project
    present = {
        Produced.REGULAMIN_TEXT: bool(project.regulamin_text)
        and any(g.is_regulamin for g in groups),
        Produced.STATUTE_TEXT: bool(project.statute_text) and any(g.is_statute for g in groups),
    }
    return tuple(d for d in ACT_TEXTS if present[d.produced])


def documents_for(workbook: ProjectWorkbook) -> tuple[Document, ...]:
    """The documents this project needs, in order: 05 only when a change concerns the
    regulamin, 06 only when one concerns the statute."""
    groups = document_groups(workbook.changes)
    present = {
        Produced.ALWAYS: True,
        Produced.REGULAMIN_CHANGES: any(g.is_regulamin for g in groups),
        Produced.STATUTE_CHANGES: any(g.is_statute for g in groups),
    }
    return tuple(d for d in DOCUMENTS if present[d.produced])
