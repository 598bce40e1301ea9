"""``sketch2real example NAME -o OUT.curves``: write an example sketch made by the project."""

from __future__ import annotations

import argparse

from sketch2real.geometry.examples import EXAMPLES


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", choices=sorted(EXAMPLES), help="which example")
    p.add_argument("-o", "--output", required=True, help="output .curves file")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sketch2real.geometry.readers.curves import write_curves

    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    strokes = EXAMPLES[args.name]()
    write_curves(strokes, out)
    print(f"{out}: example '{args.name}', {len(strokes)} strokes")
    return 0
