"""What the options do to a running program (warnings filters and their
order, -b, -O, -X dev, -X int_max_str_digits, hash seeds), against
python3."""

import re

import pytest

from tests.cli.harness import assert_same, both, clean_env

WARN = ('import warnings\n'
        'warnings.warn("plain")\n'
        'warnings.warn("old", DeprecationWarning)\n'
        'warnings.warn("later", PendingDeprecationWarning)\n'
        'warnings.warn("res", ResourceWarning)\n'
        'print("end")\n')


@pytest.mark.parametrize('options,variables', [
    ([], {}), (['-W', 'error'], {}), (['-W', 'ignore'], {}),
    (['-X', 'dev'], {}), (['-W', 'ignore', '-X', 'dev'], {}),
    (['-W', 'error::DeprecationWarning'], {}),
    (['-W', 'ignore'], {'PYTHONWARNINGS': 'error'}),
    (['-W', 'error'], {'PYTHONWARNINGS': 'ignore'}),
    ([], {'PYTHONWARNINGS': 'always::PendingDeprecationWarning,error'}),
    (['-E'], {'PYTHONWARNINGS': 'error'}),
    ([], {'PYTHONDEVMODE': '1'}),
    (['-W', 'x', '-W', 'once'], {'PYTHONWARNINGS': 'y,default'}),
], ids=repr)
def test_warning_filters(options, variables, tmp_path):
    assert_same(options + ['-c', WARN], env=clean_env(**variables),
                cwd=tmp_path)


BYTES = ('print(str(b"x"))\n'
         'print(b"x" == "x")\n'
         'print("end")\n')


def _warning_lines(text):
    """The warnings in stderr without their locations (the file and line,
    and the source line shown under them)."""
    lines = []
    for line in text.splitlines():
        match = re.match(r'\S+:\d+: (\w+Warning: .*)', line)
        if match:
            lines.append(match.group(1))
        elif not line.startswith('  '):
            lines.append(line)
    return lines


@pytest.mark.parametrize('options', [[], ['-b'], ['-bb'], ['-b', '-W',
                                                             'ignore']])
def test_bytes_warning(options, tmp_path):
    """-b and -bb make the host's C core warn (or raise)."""
    expected, actual = both(options + ['-c', BYTES], cwd=tmp_path)
    assert actual[:2] == expected[:2]
    assert _warning_lines(actual[2]) == _warning_lines(expected[2])


def test_warning_from_c_code_location(tmp_path):
    assert_same(['-b', '-c', BYTES], cwd=tmp_path)


OPTIMIZE = ('def f():\n'
            '    "doc"\n'
            '    assert False, "checked"\n'
            '    return __debug__\n'
            'print(f.__doc__)\n'
            'print(f())\n')


@pytest.mark.parametrize('options,variables', [
    ([], {}), (['-O'], {}), (['-OO'], {}), ([], {'PYTHONOPTIMIZE': '1'}),
    ([], {'PYTHONOPTIMIZE': '2'}), (['-E'], {'PYTHONOPTIMIZE': '2'}),
], ids=repr)
def test_optimize(options, variables, tmp_path):
    (tmp_path / 'opt.py').write_text(OPTIMIZE)
    assert_same(options + ['opt.py'], env=clean_env(**variables),
                cwd=tmp_path)


DIGITS = ('import sys\n'
          'print(len(str(10 ** 5000)))\n')


@pytest.mark.parametrize('options,variables', [
    ([], {}), (['-X', 'int_max_str_digits=0'], {}),
    (['-X', 'int_max_str_digits=640'], {}),
    ([], {'PYTHONINTMAXSTRDIGITS': '6000'}),
    (['-E'], {'PYTHONINTMAXSTRDIGITS': '6000'}),
], ids=repr)
def test_int_max_str_digits(options, variables, tmp_path):
    assert_same(options + ['-c', DIGITS], env=clean_env(**variables),
                cwd=tmp_path)


HASHES = 'print(hash("abc"), hash(b"abc"), list({"x", "y", "z", "w"}))\n'


@pytest.mark.parametrize('seed', ['0', '1', '4294967295'])
def test_hash_seed(seed, tmp_path):
    assert_same(['-c', HASHES], env=clean_env(PYTHONHASHSEED=seed),
                cwd=tmp_path)


def test_hash_seed_ignored_under_E(tmp_path):
    # -E: a random seed, so two runs differ (python3's do too).
    from tests.cli.harness import OPHIS, run
    env = clean_env(PYTHONHASHSEED='0')
    fixed = run(OPHIS, ['-c', HASHES], env=env, cwd=tmp_path)
    runs = {run(OPHIS, ['-E', '-c', HASHES], env=env, cwd=tmp_path)[1]
            for _ in range(3)}
    assert len(runs) == 3 and fixed[1] not in runs
    # ... and the program still sees the variable, as under CPython.
    assert_same(['-E', '-c', 'import os; print(os.environ["PYTHONHASHSEED"])'],
                env=env, cwd=tmp_path)


def test_dev_mode_resource_warning(tmp_path):
    """-X dev and -W show the ResourceWarning of an unclosed file (its
    location: see test_warning_from_c_code_location)."""
    source = ('import gc\n'
              'f = open(__file__)\n'
              'del f\n'
              'gc.collect()\n'
              'print("end")\n')
    (tmp_path / 'leak.py').write_text(source)
    for options in ([], ['-X', 'dev'], ['-W', 'default::ResourceWarning']):
        expected, actual = both(options + ['leak.py'], cwd=tmp_path)
        assert actual[:2] == expected[:2]
        assert _warning_lines(actual[2]) == _warning_lines(expected[2])



def test_dev_mode_with_cold_caches(tmp_path):
    """-X dev with no cache written yet (a fresh pycache prefix): dev mode
    makes the host look every encoding name up, and loading Ophis's compiler
    looked latin-1 up through an import that needed the compiler."""
    (tmp_path / 'leak.py').write_text('import gc\n'
                                      'f = open(__file__)\n'
                                      'del f\n'
                                      'gc.collect()\n'
                                      'print("end")\n')
    for run in range(2):
        prefix = tmp_path / f'cache{run}'
        env = clean_env(PYTHONPYCACHEPREFIX=str(prefix))
        assert_same(['-X', 'dev', '-c', 'print("ok")'], env=env,
                    cwd=tmp_path)
        prefix = tmp_path / f'cache-leak{run}'
        env = clean_env(PYTHONPYCACHEPREFIX=str(prefix))
        expected, actual = both(['-X', 'dev', 'leak.py'], env=env,
                                cwd=tmp_path)
        assert actual[:2] == expected[:2]
        assert _warning_lines(actual[2]) == _warning_lines(expected[2])

def test_random_hashes_option_overrides_seed(tmp_path):
    """-R: randomized hashes whatever PYTHONHASHSEED says (which the
    program still sees)."""
    from tests.cli.harness import OPHIS, run
    source = ('import os, sys\n'
              'print(sys.flags.hash_randomization, '
              'os.environ["PYTHONHASHSEED"])\n')
    env = clean_env(PYTHONHASHSEED='0')
    assert_same(['-R', '-c', source], env=env, cwd=tmp_path)
    runs = {run(OPHIS, ['-R', '-c', HASHES], env=env, cwd=tmp_path)[1]
            for _ in range(3)}
    assert len(runs) == 3


def test_undecodable_command(tmp_path):
    """Bytes that do not decode in the command: CPython's message, status
    1."""
    env = clean_env(LC_ALL='C', PYTHONCOERCECLOCALE='0')
    assert_same(['-c', b'print(ascii("\xff"))'], env=env, cwd=tmp_path)
    assert_same(['-X', 'utf8=0', '-c', b'print(ascii("\xff"))'], env=env,
                cwd=tmp_path)
