"""Running a program under the ophis command from VM tests (the stand-in
front end until ophis.compile exists; see tests/programs/README.md)."""

import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).parent.parent.parent


def ophis_command():
    from tests.programs.test_programs import ophis_command
    return ophis_command()


def run_ophis(source, tmp_path, args=(), timeout=600):
    path = pathlib.Path(tmp_path) / 'program.py'
    path.write_text(source)
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONPATH=str(ROOT))
    return subprocess.run(ophis_command() + [str(path), *args],
                          capture_output=True, text=True, env=env,
                          timeout=timeout, cwd=tmp_path)
