"""Hostile cases shared by the hardening tests, and the tally docs/reliability.md reports.

Each class of defect has a list of cases; its tests try every one and assert that every one holds.
``FIGURES`` counts them (a case tried over sync and async counts twice), so the table in
docs/reliability.md can be checked against what the tests really try (``tests/test_hostile_figures.py``).
"""

from __future__ import annotations

# Credential values no HTTP layer sends as they are: whitespace at an end, line breaks, controls, non-ASCII.
BAD_CREDENTIALS = [
    "eyJhbGciOi.payload.sig ",
    " eyJhbGciOi.payload.sig",
    "eyJhbGciOi.payload.sig\t",
    "\teyJhbGciOi.payload.sig",
    "eyJhbGciOi.payload.sig\x0b",
    "eyJhbGciOi.payload.sig\x0c",
    "\x0beyJhbGciOi.payload.sig",
    "eyJhbGciOi.payload\r\nx-evil: 1",
    "eyJhbGciOi.payload\nsig",
    "eyJhbGciOi.payload\rsig",
    "eyJhbGciOi\x00payload.sig",
    "eyJhbGciOi\x7fpayload.sig",
    "eyJhbGciOi\x1b[31mpayload",
    "eyJhbGciOi\x01payload.sig",
    "eyJhbGciOi.payload.sig\u00a0",
    "eyJhbGciOi.pay\u00e9load.sig",
    "eyJhbGciOi.payload\u2028sig",
    "eyJhbGciOi.payload\x85sig",
    "eyJhbGciOi.payload.sig\u3000",
    "eyJhbGciOi.payload.sig \t ",
]

# Path parameter values that URL normalisation removes: they would reach another operation.
DOT_SEGMENTS = ["", ".", ".."]

# Values that must reach the server as one segment, encoded.
ODD_SEGMENTS = [
    "a b/c",
    "../x",
    "./x",
    "x/..",
    "%2e%2e",
    "%2F",
    "a?b=c",
    "a#b",
    "a\\b",
    "...",
    " ",
    "\u00e9t\u00e9",
    "a;b",
    "..%2f",
    "%252e%252e",
]
