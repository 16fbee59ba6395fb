"""sys.path in a virtual environment (``python3 -m venv``): the standard
library's zip file entry is under the installation's prefix
(sys.base_prefix), not the environment's; the program's sys.path must keep
it, as CPython's start-up puts it there before site runs."""

import os
import pathlib
import subprocess
import sys

from tests.cli.harness import clean_env

ROOT = str(pathlib.Path(__file__).resolve().parents[2])
SHOW = ('import sys\n'
        'print(sys.path)\n'
        'print(sys.prefix != sys.base_prefix)\n')


def _run(args, env, cwd):
    result = subprocess.run(args, env=env, cwd=cwd, capture_output=True,
                            timeout=300)
    return result.returncode, result.stdout.decode(), result.stderr.decode()


def test_sys_path_in_a_venv(tmp_path):
    venv = tmp_path / 'venv'
    subprocess.run([sys.executable, '-m', 'venv', '--without-pip',
                    str(venv)], check=True, timeout=300)
    python = str(venv / 'bin' / 'python3')
    # The launcher as pip writes it into the environment's scripts.
    launcher = venv / 'bin' / 'ophis'
    launcher.write_text(f'#!{python}\n'
                        'import sys\n'
                        'from ophis.cli import main\n'
                        "if __name__ == '__main__':\n"
                        '    sys.exit(main())\n')
    launcher.chmod(0o755)
    env = clean_env(PYTHONPATH=ROOT)
    work = tmp_path / 'work'
    work.mkdir()
    expected = _run([python, '-c', SHOW], env, work)
    actual = _run([str(launcher), '-c', SHOW], env, work)
    assert expected[1].endswith('True\n')
    assert actual == expected
