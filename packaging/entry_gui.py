"""Frozen entry point of `coresponse-wizard` (the window), for PyInstaller."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from ui.app import main

    sys.exit(main())
