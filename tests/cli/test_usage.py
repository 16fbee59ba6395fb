"""Usage errors, help and version: python3's messages, streams and exit
statuses (the help text itself is Ophis's own, after the same usage
line)."""

import pytest

from tests.cli.harness import assert_same, both

BAD = [
    ['-Z'], ['-bZ'], ['-OOZ', '-c', 'pass'], ['-Q', '-c', 'pass'], ['--foo'],
    ['--help-foo'], ['-b--foo'], ['-c'], ['-m'], ['-W'], ['-X'], ['-Oc'],
    ['-J'], ['-bJ'], ['-V', '-Z'], ['-Z', '-h'], ['-Z', '-V'],
    ['--check-hash-based-pycs'], ['--check-hash-based-pycs', 'foo', '-c', '1'],
    ['--version', '-Z'], ['-\u00e9'], ['-:'], ['-b', '---'], ['--', '-Z'],
    ['-X', 'utf8=2', '-c', 'pass'], ['-X', 'utf8=x', '-c', 'pass'],
    ['-X', 'int_max_str_digits=3', '-c', 'pass'],
    ['-X', 'int_max_str_digits', '-c', 'pass'],
    ['-X', 'int_max_str_digits=abc', '-c', 'pass'],
    ['-X', 'frozen_modules=maybe', '-c', 'pass'],
    ['-X', 'tracemalloc=x', '-c', 'pass'],
    ['-X', 'tracemalloc=70000', '-c', 'pass'],
]


@pytest.mark.parametrize('args', BAD, ids=' '.join)
def test_bad_command_line(args, tmp_path):
    assert_same(args, cwd=tmp_path)


ENDS = [
    ['-b-', '-c', 'pass'],      # a lone '-' in a cluster ends the options
    ['-cprint(1)', '-Z'], ['-c', 'import sys; print(sys.argv)', '-V', '-h'],
    ['-OOc', 'print(__debug__)'], ['-W', 'ignore', '-c', '1'],
    ['--', '-c'], ['-V', '-c', 'print(1)'], ['-c', 'print(1)', '-V'],
]


@pytest.mark.parametrize('args', ENDS, ids=' '.join)
def test_end_of_options(args, tmp_path):
    assert_same(args, cwd=tmp_path)


@pytest.mark.parametrize('args', [['-V'], ['--version'], ['-VV'],
                                  ['-V', '-V'], ['-VVV'],
                                  ['--version', '--version'],
                                  ['-bV'], ['-V', '-b', '-c', 'x']])
def test_version(args, tmp_path):
    assert_same(args, cwd=tmp_path)


@pytest.mark.parametrize('args', [['-h'], ['--help'], ['-?'], ['-bh'],
                                  ['-h', '-Z'], ['-V', '-h'],
                                  ['--help-env'], ['--help-xoptions'],
                                  ['--help-all'], ['-h', '-c', 'pass']])
def test_help(args, tmp_path):
    expected, actual = both(args, cwd=tmp_path)
    assert actual[0] == expected[0] == 0
    assert actual[2] == expected[2] == ''
    first = expected[1].split('\n', 1)[0]
    if first.startswith('usage:'):
        assert actual[1].split('\n', 1)[0] == first
    else:
        assert not actual[1].startswith('usage:')
    assert len(actual[1]) > 200
