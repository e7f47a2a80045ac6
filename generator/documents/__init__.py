"""The documents stage: which documents exist, the fields each template reads, the contexts
that fill them, rendering, the office-template linter, output and PDF."""
