"""-u, PYTHONUNBUFFERED, PYTHONIOENCODING and UTF-8 mode as the program's
output shows them."""

import pytest

from tests.cli.harness import OPHIS, PYTHON, clean_env, run

# stdout and stderr written in turn without flushing: unbuffered, they
# reach a shared pipe in order; buffered, stdout comes at exit.
INTERLEAVE = ('import sys\n'
              'for i in range(3):\n'
              '    sys.stdout.write(f"out{i} ")\n'
              '    sys.stderr.write(f"err{i} ")\n'
              'print("\\u00e9\\u20ac\\udcff".encode("utf-8", "surrogatepass")'
              '.decode("utf-8", "surrogatepass")[:2])\n'
              'print("\\udcff", file=sys.stderr)\n')


def _merged(command, args, env):
    import subprocess
    result = subprocess.run(command + args, env=env, input=b'',
                            stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, timeout=300)
    return result.returncode, result.stdout


CASES = [
    ([], {}), (['-u'], {}), ([], {'PYTHONUNBUFFERED': '1'}),
    (['-E'], {'PYTHONUNBUFFERED': '1'}),
    ([], {'PYTHONIOENCODING': 'latin-1'}),
    ([], {'PYTHONIOENCODING': 'ascii:backslashreplace'}),
    ([], {'PYTHONIOENCODING': 'utf-16'}),
    (['-X', 'utf8'], {}), (['-X', 'utf8=0'], {'PYTHONUTF8': '1'}),
    (['-E'], {'PYTHONIOENCODING': 'latin-1'}),
    (['-I', '-X', 'utf8'], {'PYTHONIOENCODING': 'latin-1'}),
    (['-u'], {'PYTHONIOENCODING': 'cp1252:replace'}),
]


@pytest.mark.parametrize('options,variables', CASES,
                         ids=[' '.join(o) + repr(v) for o, v in CASES])
def test_stream_setup(options, variables):
    env = clean_env(**variables)
    args = options + ['-c', INTERLEAVE]
    assert _merged(OPHIS, args, env) == _merged(PYTHON, args, env)


def test_stdin_encoding(tmp_path):
    source = 'import sys\nprint(ascii(sys.stdin.read()))\n'
    data = 'caf\u00e9\n'.encode('latin-1') + b'\xff\n'
    for variables in ({}, {'PYTHONIOENCODING': 'latin-1'},
                      {'PYTHONUTF8': '1'}):
        env = clean_env(**variables)
        expected = run(PYTHON, ['-c', source], env=env, stdin=data)
        assert run(OPHIS, ['-c', source], env=env, stdin=data) == expected
