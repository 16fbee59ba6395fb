"""``python3 tests/cli/launch.py ARGS``: the ``ophis`` command of this
checkout (whatever ophis pip installed), under the installed launcher's
name, so that the tests need no PYTHONPATH of their own (they test it)."""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
# Under PYTHONSAFEPATH the host put no directory of its own first.
if sys.flags.safe_path:
    sys.path.insert(0, ROOT)
else:
    sys.path[0] = ROOT

from ophis.cli import main  # noqa: E402

if sys.flags.safe_path:
    del sys.path[0]

launcher = os.path.join(os.path.dirname(sys.executable), 'ophis')
sys.exit(main(program=launcher if os.path.exists(launcher) else 'ophis'))
