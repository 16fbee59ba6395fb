"""The ophis command line against python3's: -c, -m, stdin, arguments and
exit status."""

import os
import subprocess
import sys

import pytest

from tests.vm.ophis_runner import ophis_command, ROOT

SAMPLE = ROOT / 'tests' / 'programs' / 'cls_basic.py'

CASES = [
    (['-c', 'import sys; print(sys.argv, repr(sys.path[0])); print(__name__)',
      'x', 'y'], None),
    (['-c', 'print(sorted(globals()))'], None),
    (['-c', 'raise SystemExit(7)'], None),
    (['-c', 'raise SystemExit("message")'], None),
    (['-c', 'import sys; sys.exit()'], None),
    (['-c', '1/0'], None),
    (['-c', 'def f(:\n  pass'], None),
    (['-'], 'import sys\nprint("stdin", sys.argv)\n'),
    ([], 'print("no arguments, stdin", __name__)\n'),
    (['-m', 'json.tool', '--help'], None),
    (['-m', 'calendar', '2024', '2'], None),
    (['-c', 'print(__doc__, __spec__, __loader__.__name__)'], None),
    (['-u', '-c', 'print("unbuffered")'], None),
    (['-B', '-c', 'import sys; print(sys.dont_write_bytecode)'], None),
    (['-m', 'filecmp'], None),
    # Standard-library demos: programs the project did not write.
    (['-m', 'tokenize', str(SAMPLE)], None),
    (['-m', 'tabnanny', '-v', str(SAMPLE)], None),
    (['-m', 'pyclbr', 'heapq'], None),
    (['-m', 'ast', str(SAMPLE)], None),
    (['-m', 'base64', '-t'], None),
]


def run(command, args, stdin, cwd):
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONPATH=str(ROOT))
    result = subprocess.run(command + args, input=stdin or '', cwd=cwd,
                            capture_output=True, text=True, env=env,
                            timeout=120)
    return result.returncode, result.stdout, result.stderr


@pytest.mark.parametrize('args,stdin', CASES,
                         ids=[' '.join(c[0])[:40] for c in CASES])
def test_same_as_python3(args, stdin, tmp_path):
    expected = run([sys.executable], args, stdin, tmp_path)
    actual = run(ophis_command(), args, stdin, tmp_path)
    assert actual == expected


@pytest.mark.parametrize('args', [['-m', 'nonexistent_module_for_ophis'],
                                  ['no_such_file_for_ophis.py']])
def test_launch_errors_name_the_program(args, tmp_path):
    """These messages start with the command's own path, which differs
    between python3 and ophis; the rest is the same."""
    code, out, err = run([sys.executable], args, None, tmp_path)
    ocode, oout, oerr = run(ophis_command(), args, None, tmp_path)
    assert (ocode, oout) == (code, out)
    assert oerr.split(': ', 1)[1] == err.split(': ', 1)[1]
