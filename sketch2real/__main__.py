import sys

from sketch2real.cli import main

sys.exit(main())
