"""The ``sketch2real`` command line. Each subcommand lives in ``sketch2real/commands/<name>.py``
and provides ``add_arguments(parser)`` and ``run(args) -> int``.

A user's bad input ends in one line on stderr and a non-zero exit, never a traceback: every
``Sketch2RealError`` but an internal one, with the exit code of ``sketch2real/errors.py``'s table.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from sketch2real.errors import Sketch2RealError, error_kind, is_expected

# name -> (module under sketch2real.commands, one-line help). Modules load only when used, so
# ``sketch2real --help`` stays fast and light.
COMMANDS = {
    "fit": ("fit", "fit a watertight surface (SDF on a tetrahedral grid) to a sketch"),
    "example": ("example", "write an example sketch file made by the project"),
    "render": ("render", "render a mesh or sketch to a PNG turntable for a quick look"),
    "image": ("image", "optimise an image with a score-distillation gradient (2D mode)"),
    "refine": ("refine", "turn sketches plus a prompt into textured meshes (GLB, OBJ, PLY)"),
    "doctor": ("doctor", "say what this machine can run: CUDA, nvdiffrast, model weights, disk"),
    "serve": ("serve", "run the gRPC server (jobs survive their clients)"),
    "submit": ("submit", "send a sketch to a server; follow it and download the result"),
    "jobs": ("jobs", "list, watch, cancel or inspect jobs on a server"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sketch2real",
        description="Turn rough 3D sketches plus a prompt into realistic textured meshes.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name, (module, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(_module=module)
        importlib.import_module(f"sketch2real.commands.{module}").add_arguments(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(levelname)s %(name)s: %(message)s")
    command = importlib.import_module(f"sketch2real.commands.{args._module}")
    try:
        return int(command.run(args) or 0)
    except Sketch2RealError as err:
        if not is_expected(err):
            raise
        print(f"sketch2real {args.command}: error: {err}", file=sys.stderr)
        return error_kind(err).exit_code
    except KeyboardInterrupt:
        print(f"sketch2real {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
