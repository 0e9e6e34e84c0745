"""The launch kit: what an agency needs the week after signing, made from the plan.

- :mod:`wizard.launch.calendar` — an iCalendar file with the program's meetings and dates;
- :mod:`wizard.launch.datasheet` — a data-collection workbook for the chosen measures.

Pure Python (no Qt); the CLI (`coresponse calendar`, `coresponse datasheet`) and the
window (File ▸ Launch Kit, ui/launch_kit.py) both call these.
"""
