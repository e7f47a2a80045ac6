"""Every Polish message the tool prints, in one place so a Polish reader can review them.

Messages are `str.format` templates; the caller fills the named fields. They are grouped by
stage, each submodule under one `# --- … ---` header per area:

- `procedure`: the steps, issues, people, every gmina's organ, the procedure rules, the
  records after step 7 and step 8;
- `workbook`: reading a file, sheets and columns, input limits, values, next-step hints and
  the blank workbook of `szj init`;
- `acts`: the act's text, the act as input, draft amending acts;
- `console`: option help, files written, the register report, PDF copies, the output
  folder, Click's own words and the page of `szj serve`;
- `templates`: office templates, what fails closed in them, CZYTAJ.txt;
- `documents`: gender forms and the documents' own wording;
- `common`: counted nouns (`errors`, `warnings`, …) and `join_quoted`.

Callers use the package as one namespace (`from generator import messages as msg`,
`msg.FILE_EMPTY`), so a message may move between submodules without touching them.
"""

from __future__ import annotations

# Star imports re-export every public name of each submodule (none of them defines
# `__all__`): the package stays the one namespace `msg.X` it was as a single module.
from generator.messages.acts import *  # noqa: F403
from generator.messages.common import *  # noqa: F403
from generator.messages.console import *  # noqa: F403
from generator.messages.documents import *  # noqa: F403
from generator.messages.procedure import *  # noqa: F403
from generator.messages.templates import *  # noqa: F403
from generator.messages.workbook import *  # noqa: F403
