"""sys.path in a virtual environment (``python3 -m venv``): the standard
library's zip file entry is under the installation's prefix
(sys.base_prefix), not the environment's; the program's sys.path must keep
it, as CPython's start-up puts it there before site runs."""

import pathlib

from tests.cli.harness import clean_env, run_in, venv_with_launcher

ROOT = str(pathlib.Path(__file__).resolve().parents[2])
SHOW = ('import sys\n'
        'print(sys.path)\n'
        'print(sys.prefix != sys.base_prefix)\n')


def test_sys_path_in_a_venv(tmp_path):
    python, launcher = venv_with_launcher(tmp_path)
    env = clean_env(PYTHONPATH=ROOT)
    work = tmp_path / 'work'
    work.mkdir()
    expected = run_in([python, '-c', SHOW], env, work)
    actual = run_in([launcher, '-c', SHOW], env, work)
    assert expected[1].endswith('True\n')
    assert actual == expected
