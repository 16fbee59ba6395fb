"""A directory or zip file run as the program, under a launcher in a
virtual environment whose site imports nothing of importlib (the host's
importlib.util is not loaded when Ophis looks for the __main__ module)."""

import pathlib
import subprocess
import sys
import zipfile

from tests.cli.harness import clean_env

ROOT = str(pathlib.Path(__file__).resolve().parents[2])
MAIN = ('import sys\n'
        'print(__name__, __spec__.name, sys.argv)\n')


def _run(args, env, cwd):
    result = subprocess.run(args, env=env, cwd=cwd, capture_output=True,
                            timeout=300)
    return result.returncode, result.stdout.decode(), result.stderr.decode()


def test_directory_and_zip_in_a_venv(tmp_path):
    venv = tmp_path / 'venv'
    subprocess.run([sys.executable, '-m', 'venv', '--without-pip',
                    str(venv)], check=True, timeout=300)
    python = str(venv / 'bin' / 'python3')
    launcher = venv / 'bin' / 'ophis'
    launcher.write_text(f'#!{python}\n'
                        'import sys\n'
                        'from ophis.cli import main\n'
                        "if __name__ == '__main__':\n"
                        '    sys.exit(main())\n')
    launcher.chmod(0o755)
    work = tmp_path / 'work'
    (work / 'app').mkdir(parents=True)
    (work / 'app' / '__main__.py').write_text(MAIN)
    with zipfile.ZipFile(work / 'app.zip', 'w') as archive:
        archive.writestr('__main__.py', MAIN)
    env = clean_env(PYTHONPATH=ROOT)
    for target in ('app', 'app.zip'):
        expected = _run([python, target, 'x'], env, work)
        actual = _run([str(launcher), target, 'x'], env, work)
        assert expected[0] == 0, expected
        assert actual == expected
