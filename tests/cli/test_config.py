"""The Config object other parts of Ophis read (the import system, the
REPL): the fields that sys does not show."""

import pytest

from ophis.runtime.config import (Config, FatalError, ShowAndExit,
                                  UsageError, parse_command_line)


def parse(*argv, **environ):
    return parse_command_line(list(argv), 'ophis', environ)


def test_program_forms():
    config = parse('-c', 'print(1)', 'a')
    assert (config.kind, config.target, config.args) == \
        ('c', 'print(1)\n', ['-c', 'a'])
    assert config.run_command == 'print(1)\n'
    config = parse('-m', 'json.tool', '-h')
    assert (config.kind, config.target, config.args, config.argv) == \
        ('m', 'json.tool', ['-h'], ['-m', '-h'])
    assert config.run_module == 'json.tool'
    config = parse('-x', 'prog.py', '-c', 'x')
    assert (config.kind, config.target, config.args) == \
        ('file', 'prog.py', ['prog.py', '-c', 'x'])
    assert config.run_filename == 'prog.py' and config.skip_source_first_line
    assert (parse().kind, parse().args) == ('stdin', [''])
    assert (parse('-', 'a').kind, parse('-', 'a').args) == \
        ('stdin', ['-', 'a'])
    assert parse('--', '-').kind == 'stdin'
    assert parse('--', '-c').target == '-c'
    assert parse('-S', 'x').orig_argv == ['ophis', '-S', 'x']


def test_interactive_fields():
    config = parse('-i', '-q', PYTHONSTARTUP='start.py')
    assert (config.inspect, config.interactive, config.quiet) == (1, 1, 1)
    assert config.startup == 'start.py'
    config = parse(PYTHONINSPECT='1', PYTHONSTARTUP='')
    assert (config.inspect, config.interactive, config.startup) == \
        (1, 0, None)
    config = parse('-E', PYTHONINSPECT='1', PYTHONSTARTUP='start.py')
    assert (config.inspect, config.startup) == (0, None)


def test_import_fields():
    config = parse('-S', '-s', '-B', '-v', '-v', '-X', 'importtime',
                   '-X', 'pycache_prefix=/tmp/pc', '-O',
                   PYTHONPATH='/a:/b', PYTHONHOME='/home')
    assert (config.no_site, config.no_user_site, config.dont_write_bytecode,
            config.verbose, config.import_time, config.pycache_prefix,
            config.optimize) == (1, 1, 1, 2, True, '/tmp/pc', 1)
    assert (config.pythonpath_env, config.home) == ('/a:/b', '/home')
    config = parse('-I', PYTHONPATH='/a', PYTHONVERBOSE='2',
                   PYTHONPROFILEIMPORTTIME='1', PYTHONDONTWRITEBYTECODE='1')
    assert (config.isolated, config.ignore_environment, config.safe_path,
            config.no_user_site, config.pythonpath_env, config.verbose,
            config.import_time, config.dont_write_bytecode) == \
        (1, 1, True, 1, None, 0, False, 0)
    config = parse(PYTHONVERBOSE='2', PYTHONPROFILEIMPORTTIME='1',
                   PYTHONPYCACHEPREFIX='pc')
    assert (config.verbose, config.import_time, config.pycache_prefix) == \
        (2, True, 'pc')


def test_other_fields():
    config = parse('--check-hash-based-pycs', 'always', '-X',
                   'no_debug_ranges', '-X', 'frozen_modules=off', '-u')
    assert (config.check_hash_pycs_mode, config.code_debug_ranges,
            config.use_frozen_modules, config.buffered_stdio) == \
        ('always', False, False, False)
    config = parse(PYTHONHASHSEED='42', PYTHONIOENCODING='latin-1')
    assert (config.use_hash_seed, config.hash_seed,
            config.hash_randomization) == (True, 42, 1)
    assert (config.stdio_encoding, config.stdio_errors) == \
        ('iso8859-1', 'strict')
    assert parse(PYTHONHASHSEED='0').hash_randomization == 0


def test_flag_fields_match_sys_flags():
    import sys
    assert Config.FLAG_FIELDS == sys.flags.__match_args__
    assert len(parse().flag_values()) == sys.flags.n_fields


@pytest.mark.parametrize('argv,error', [
    (['-Z'], UsageError), (['-c'], UsageError), (['-h'], ShowAndExit),
    (['--help-env'], ShowAndExit), (['-V'], ShowAndExit),
    (['-X', 'utf8=3'], FatalError)])
def test_outcomes(argv, error):
    with pytest.raises(error):
        parse(*argv)
