"""sys.flags and the rest of the start-up state for each option and
environment variable, against python3's."""

import os

import pytest

from tests.cli.harness import HERE, assert_same, clean_env

PROBE = str(HERE / 'probe.py')

# Options whose stdout (the state) is compared but whose stderr is not
# Ophis's business here: -i starts the interactive loop (issue 7's REPL)
# after the program, -v and -X importtime trace imports (the import
# system's).
STDOUT_ONLY = ('-i', '-v', '-X importtime', '-vv')

OPTIONS = [
    '', '-b', '-bb', '-B', '-d -qq -s -R -t', '-q -S', '-E', '-I', '-O',
    '-OO', '-OOO', '-P', '-u', '-x', '-i', '-v', '-vv', '-X importtime',
    '-W error', '-Wignore -W default::DeprecationWarning', '-W bogus',
    '-X dev', '-X utf8', '-X utf8=0', '-X faulthandler',
    '-X warn_default_encoding', '-X int_max_str_digits=640',
    '-X int_max_str_digits=0', '-X tracemalloc', '-X tracemalloc=5',
    '-X no_debug_ranges -X frozen_modules=off -X showrefcount',
    '-X pycache_prefix=pc', '-X pycache_prefix', '-X a=1 -X b -X a',
    '-bbOO', '-OB', '-sSE', '-IBu', '-X dev -b -W error',
    '--check-hash-based-pycs always', '-X dev -X utf8 -E',
]


def _args(options):
    return options.split() + [PROBE, 'a', '-b', '--', 'c']


@pytest.mark.parametrize('options', OPTIONS)
def test_option(options, tmp_path):
    streams = 'stdout' if options.startswith(STDOUT_ONLY) else 'all'
    assert_same(_args(options), cwd=tmp_path, streams=streams)


ENVIRONMENT = [
    {'PYTHONDEBUG': 'x'}, {'PYTHONDEBUG': '3'},
    {'PYTHONINSPECT': '1'}, {'PYTHONOPTIMIZE': '2'},
    {'PYTHONOPTIMIZE': '0'}, {'PYTHONOPTIMIZE': '-3'},
    {'PYTHONDONTWRITEBYTECODE': '1'},
    {'PYTHONDONTWRITEBYTECODE': '', 'PYTHONSAFEPATH': '', 'PYTHONUTF8': ''},
    {'PYTHONNOUSERSITE': '1'}, {'PYTHONUNBUFFERED': '1'},
    {'PYTHONVERBOSE': '1'}, {'PYTHONSAFEPATH': '1'},
    {'PYTHONWARNINGS': 'error'}, {'PYTHONWARNINGS': ',ignore,,default,'},
    {'PYTHONWARNINGS': 'bogus'},
    {'PYTHONIOENCODING': 'latin-1'}, {'PYTHONIOENCODING': 'ascii:replace'},
    {'PYTHONIOENCODING': ':backslashreplace'},
    {'PYTHONUTF8': '1'}, {'PYTHONUTF8': '0'}, {'PYTHONDEVMODE': '0'},
    {'PYTHONFAULTHANDLER': '1'}, {'PYTHONTRACEMALLOC': '4'},
    {'PYTHONPYCACHEPREFIX': 'cache'}, {'PYTHONINTMAXSTRDIGITS': '1000'},
    {'PYTHONWARNDEFAULTENCODING': '1'}, {'PYTHONNODEBUGRANGES': '1'},
    {'PYTHONHASHSEED': '0'}, {'PYTHONHASHSEED': '12345'},
    {'PYTHONPROFILEIMPORTTIME': '1'},
]


def _env_id(env):
    return ','.join(f'{key}={value}' for key, value in env.items())


@pytest.mark.parametrize('variables', ENVIRONMENT, ids=_env_id)
def test_environment(variables, tmp_path):
    streams = 'all'
    if 'PYTHONINSPECT' in variables or 'PYTHONVERBOSE' in variables or \
            'PYTHONPROFILEIMPORTTIME' in variables:
        streams = 'stdout'
    assert_same(_args(''), env=clean_env(**variables), cwd=tmp_path,
                streams=streams)


# One value of every variable at once; -E and -I must ignore them all.
EVERYTHING = {
    'PYTHONDEBUG': '1', 'PYTHONINSPECT': '1', 'PYTHONOPTIMIZE': '2',
    'PYTHONDONTWRITEBYTECODE': '1', 'PYTHONNOUSERSITE': '1',
    'PYTHONUNBUFFERED': '1', 'PYTHONSAFEPATH': '1', 'PYTHONWARNINGS': 'error', 'PYTHONIOENCODING': 'latin-1:replace',
    'PYTHONUTF8': '1', 'PYTHONDEVMODE': '1', 'PYTHONFAULTHANDLER': '1',
    'PYTHONTRACEMALLOC': '2', 'PYTHONPYCACHEPREFIX': 'cache',
    'PYTHONINTMAXSTRDIGITS': '1000', 'PYTHONWARNDEFAULTENCODING': '1',
    'PYTHONNODEBUGRANGES': '1', 'PYTHONHASHSEED': '0',
    'PYTHONPATH': 'nowhere', 'PYTHONSTARTUP': 'nothing.py',
}


@pytest.mark.parametrize('options', ['-E', '-I', '-E -X utf8 -OO -W default',
                                     '-I -u -b'])
def test_environment_ignored(options, tmp_path):
    assert_same(_args(options), env=clean_env(**EVERYTHING), cwd=tmp_path)


@pytest.mark.xfail(strict=True, reason=(
    'the launcher is python3 without -E: the host traces its own start-up '
    'imports to stderr before Ophis reads -E'))
@pytest.mark.parametrize('variable', ['PYTHONVERBOSE',
                                      'PYTHONPROFILEIMPORTTIME'])
def test_host_tracing_variables_under_E(variable, tmp_path):
    assert_same(_args('-E'), env=clean_env(**{variable: '1'}), cwd=tmp_path)


def test_environment_combined(tmp_path):
    env = clean_env(PYTHONOPTIMIZE='1', PYTHONWARNINGS='ignore',
                    PYTHONDEVMODE='1', PYTHONUNBUFFERED='1',
                    PYTHONIOENCODING='latin-1:replace', PYTHONHASHSEED='7',
                    PYTHONDONTWRITEBYTECODE='1', PYTHONSAFEPATH='1')
    for options in ('', '-OO -W error -b', '-E -W error', '-I'):
        assert_same(_args(options), env=env, cwd=tmp_path)


def test_flags_type_behaviour(tmp_path):
    source = (
        'import sys, pickle, copy\n'
        'f = sys.flags\n'
        'for attempt in (lambda: type(f)(), lambda: setattr(f, "debug", 1),\n'
        '                lambda: setattr(f, "other", 1),\n'
        '                lambda: delattr(f, "debug"), lambda: copy.copy(f),\n'
        '                lambda: pickle.dumps(f), lambda: type(f)((0,)*18)):\n'
        '    try:\n'
        '        attempt()\n'
        '    except Exception as error:\n'
        '        print(type(error).__name__, error)\n'
        'print(f[1:3], f == tuple(f), hash(f) == hash(tuple(f)), len(f))\n'
        'print(type(f).__module__, type(f).__qualname__, type(f).__mro__[1:])\n'
        'print(type(f).__match_args__, type(f).n_sequence_fields,\n'
        '      type(f).n_unnamed_fields, f.__reduce__()[1])\n'
        'Flags = type(f)\n'
        'match f:\n'
        '    case Flags(debug, inspect):\n'
        '        print("matched", debug, inspect)\n'
        'print(isinstance(f, tuple), f.count(0), f.index(f.optimize))\n')
    assert_same(['-c', source], cwd=tmp_path)


@pytest.mark.parametrize('options', ['-X pycache_prefix=',
                                     '-X pycache_prefix', '-X frozen_modules',
                                     '-X frozen_modules= -X pycache_prefix=x',
                                     '-E -X pycache_prefix'])
def test_xoptions_without_values(options, tmp_path):
    assert_same(_args(options), env=clean_env(PYTHONPYCACHEPREFIX='env'),
                cwd=tmp_path)
