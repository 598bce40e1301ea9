"""CLI subcommands, one module each (see ``sketch2real/cli.py``)."""
