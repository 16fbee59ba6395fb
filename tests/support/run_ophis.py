"""``python3 tests/support/run_ophis.py ARGS``: the ophis command with the
host-compiler stand-in front end (tests/support/hostfront.py), for running
programs under the VM before ophis.compile exists."""

import sys
import os

sys.path[0] = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))

from tests.support.hostfront import compile_source  # noqa: E402
from ophis.cli import main  # noqa: E402

sys.exit(main(compile_function=compile_source))
