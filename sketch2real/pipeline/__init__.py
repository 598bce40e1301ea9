"""Pipeline room: the refinement loop that joins geometry and guidance, its presets, progress
events and export. The contract other rooms build on is ``events.py`` and ``settings.py``."""
