"""SZJ paperwork generator: one Excel workbook per change project in, signable Word documents out.

The pipeline is a library (`generator.pipeline`); the `szj` command line is a thin layer over it.
"""

__version__ = "0.1.0"
