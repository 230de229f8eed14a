#!/usr/bin/env python3
"""Executes every notebook in this folder with nbclient (in memory: the files keep no outputs).

    MCAUDIT_RUN=out/sample python3 notebooks/run.py

Needs: pip install -r notebooks/requirements.txt. Exits non-zero when a cell fails.
"""
import os
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

here = Path(__file__).resolve().parent
os.environ.setdefault("MCAUDIT_RUN", str(here.parent / "out" / "sample"))
os.environ["MCAUDIT_RUN"] = str(Path(os.environ["MCAUDIT_RUN"]).resolve())
os.environ.setdefault("MCAUDIT_GOLD", str(here.parent / "data" / "sample" / "labels.csv"))
failed = 0
for path in sorted(here.glob("*.ipynb")):
    nb = nbformat.read(path, as_version=4)
    try:
        NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(here)}}).execute()
        print(f"ok   {path.name}")
    except Exception as e:  # noqa: BLE001 - report and go on to the next notebook
        failed += 1
        print(f"FAIL {path.name}: {e}", file=sys.stderr)
print(f"{len(list(here.glob('*.ipynb'))) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
