"""Frozen entry point of `coresponse` (the command line), for PyInstaller."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # batch export workers on Windows and macOS (spawn)
    from wizard.cli import main

    sys.exit(main())
