#!/usr/bin/env python3
"""Executes every notebook in this folder with nbclient (in memory: the files keep no outputs).

    MCAUDIT_RUN=out/sample python3 notebooks/run.py

Needs: pip install -r notebooks/requirements.txt. Exits non-zero when a cell fails, when a
chart cell (one that calls `plt.`) leaves no image among its outputs (charts must render
inline, as in Jupyter or `jupyter nbconvert --execute`), or when a notebook picks a matplotlib
backend itself (`matplotlib.use("Agg")` draws nothing in a notebook).
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
# The kernel's own default backend (inline) is what a reader gets; a backend set outside
# (MPLBACKEND=Agg in a CI shell) would hide the charts this check looks for.
os.environ.pop("MPLBACKEND", None)


def chart_problems(nb):
    """What is wrong with the executed notebook's charts: one line per problem."""
    problems = []
    for k, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        if "matplotlib.use(" in cell.source:
            problems.append(f"cell {k}: sets a matplotlib backend (charts would not render inline)")
        if "plt." not in cell.source:
            continue
        images = [o for o in cell.get("outputs", []) if "image/png" in o.get("data", {})]
        if not images:
            problems.append(f"cell {k}: a chart cell produced no image output")
    return problems


failed = 0
for path in sorted(here.glob("*.ipynb")):
    nb = nbformat.read(path, as_version=4)
    try:
        NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(here)}}).execute()
        problems = chart_problems(nb)
        if problems:
            raise RuntimeError("; ".join(problems))
        charts = sum("plt." in c.source for c in nb.cells if c.cell_type == "code")
        print(f"ok   {path.name} ({charts} chart(s) rendered)")
    except Exception as e:  # noqa: BLE001 - report and go on to the next notebook
        failed += 1
        print(f"FAIL {path.name}: {e}", file=sys.stderr)
print(f"{len(list(here.glob('*.ipynb'))) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
