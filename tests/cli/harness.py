"""Running ``ophis`` and ``python3`` side by side with the same arguments,
environment, standard input and working directory, and comparing what they
print and their exit status."""

import os
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).parent
OPHIS = [sys.executable, str(HERE / 'launch.py')]
PYTHON = [sys.executable]
LAUNCHER = os.path.join(os.path.dirname(sys.executable), 'ophis')
TIMEOUT = 300


def clean_env(**extra):
    """The environment without any PYTHON* variable, plus extra."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith('PYTHON')}
    env.update(extra)
    return env


def venv_with_launcher(tmp_path):
    """(python, launcher): a new virtual environment under tmp_path and an
    ``ophis`` launcher in its scripts as pip writes it (Ophis itself comes
    from PYTHONPATH)."""
    venv = tmp_path / 'venv'
    subprocess.run([sys.executable, '-m', 'venv', '--without-pip',
                    str(venv)], check=True, timeout=TIMEOUT)
    python = str(venv / 'bin' / 'python3')
    launcher = venv / 'bin' / 'ophis'
    launcher.write_text(f'#!{python}\n'
                        'import sys\n'
                        'from ophis.cli import main\n'
                        "if __name__ == '__main__':\n"
                        '    sys.exit(main())\n')
    launcher.chmod(0o755)
    return python, str(launcher)


def run_in(args, env, cwd):
    """(exit status, stdout, stderr) of args run in cwd with env."""
    result = subprocess.run(args, env=env, cwd=cwd, capture_output=True,
                            timeout=TIMEOUT)
    return result.returncode, result.stdout.decode(), result.stderr.decode()


def _normalize(text, program):
    # The command's own name in usage lines and messages.
    text = text.replace(program, 'PROGRAM')
    text = re.sub(r'\bthread 0x[0-9a-f]+', 'thread 0x...', text)
    return re.sub(r'\bat 0x[0-9a-f]+', 'at 0x...', text)


def run(command, args, env=None, cwd=None, stdin=b''):
    env = clean_env() if env is None else env
    result = subprocess.run(command + list(args), env=env, cwd=cwd,
                            input=stdin, capture_output=True,
                            timeout=TIMEOUT)
    program = LAUNCHER if command is OPHIS else sys.executable
    return (result.returncode,
            _normalize(result.stdout.decode('utf-8', 'replace'), program),
            _normalize(result.stderr.decode('utf-8', 'replace'), program))


def both(args, env=None, cwd=None, stdin=b''):
    """(python3's result, ophis's result), each (status, stdout, stderr)."""
    return (run(PYTHON, args, env, cwd, stdin),
            run(OPHIS, args, env, cwd, stdin))


def assert_same(args, env=None, cwd=None, stdin=b'', streams='all'):
    """Run both and require equal stdout, stderr (unless streams is
    'stdout') and exit status; python3's result."""
    expected, actual = both(args, env, cwd, stdin)
    assert actual[1] == expected[1], f'stdout differs for {args}'
    if streams == 'all':
        assert actual[2] == expected[2], f'stderr differs for {args}'
    assert actual[0] == expected[0], f'exit status differs for {args}'
    return expected
