"""Silence the PDF libraries' own logging and warnings while they read or sign.

pypdf warns about damaged files, pyHanko and fontTools log tracebacks and notes; the
CLI must print one line only and the window shows its own message. A leaf module
(standard library only), so the reader, the field lister, the certificate checker
and the signer all use it without importing one another.
"""

from __future__ import annotations

import contextlib
import logging
import warnings
from collections.abc import Iterator

PDF_LOGGERS = ("pypdf",)
CERT_LOGGERS = ("pyhanko", "pyhanko_certvalidator", "fontTools")


@contextlib.contextmanager
def quiet(loggers: tuple[str, ...] = PDF_LOGGERS) -> Iterator[None]:
    """Within the block, ``loggers`` print nothing and warnings are ignored."""
    saved = []
    for name in loggers:
        logger = logging.getLogger(name)
        saved.append((logger, logger.level, logger.propagate))
        logger.setLevel(logging.CRITICAL + 1)
        logger.propagate = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for logger, level, propagate in saved:
            logger.setLevel(level)
            logger.propagate = propagate


def quiet_pdf() -> contextlib.AbstractContextManager[None]:
    return quiet(PDF_LOGGERS)


def quiet_certificates() -> contextlib.AbstractContextManager[None]:
    return quiet(CERT_LOGGERS)
