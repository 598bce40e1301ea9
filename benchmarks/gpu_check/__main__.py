"""``python -m benchmarks.gpu_check``: see ``run.py``."""

import sys

from benchmarks.gpu_check.run import main

sys.exit(main())
