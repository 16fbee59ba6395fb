"""``python -m ophis``: the same as the ``ophis`` command."""
import sys

from ophis.cli import main

sys.exit(main())
