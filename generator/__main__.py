"""`python -m generator` runs the `szj` command line."""

from generator.cli import main

main()
