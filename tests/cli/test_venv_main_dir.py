"""A directory or zip file run as the program, under a launcher in a
virtual environment whose site imports nothing of importlib (the host's
importlib.util is not loaded when Ophis looks for the __main__ module)."""

import pathlib
import zipfile

from tests.cli.harness import clean_env, run_in, venv_with_launcher

ROOT = str(pathlib.Path(__file__).resolve().parents[2])
MAIN = ('import sys\n'
        'print(__name__, __spec__.name, sys.argv)\n')


def test_directory_and_zip_in_a_venv(tmp_path):
    python, launcher = venv_with_launcher(tmp_path)
    work = tmp_path / 'work'
    (work / 'app').mkdir(parents=True)
    (work / 'app' / '__main__.py').write_text(MAIN)
    with zipfile.ZipFile(work / 'app.zip', 'w') as archive:
        archive.writestr('__main__.py', MAIN)
    env = clean_env(PYTHONPATH=ROOT)
    for target in ('app', 'app.zip'):
        expected = run_in([python, target, 'x'], env, work)
        actual = run_in([launcher, target, 'x'], env, work)
        assert expected[0] == 0, expected
        assert actual == expected
