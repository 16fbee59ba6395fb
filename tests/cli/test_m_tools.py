"""The standard tools issue 5 names, run with -m and compared with python3:
``-m pytest`` (its assertion rewriting included, and the rewritten module's
cache read back), ``-m json.tool``, ``-m timeit`` and ``-m pip --version``."""

import re

import pytest

from tests.cli.harness import both, clean_env

SAMPLE_TESTS = '''\
def inc(x):
    return x + 1


def test_passes():
    assert inc(3) == 4


def test_fails():
    a = [1, 2, 3]
    assert inc(a[1]) == a[0] + 5


def test_dict():
    assert {'a': 1, 'b': 2} == {'a': 1, 'b': 3}
'''


def _pytest_text(text):
    # Timings and the rootdir line's path differ between runs; the summary
    # line is centred in '=' to the terminal's width, so its padding
    # changes with the time's digits.
    text = re.sub(r'^=+ (.*) in \d+\.\d+s(?: \(\d+:\d+:\d+\))? =+$',
                  r'\1 in Ns', text, flags=re.M)
    return re.sub(r'^rootdir: .*$', 'rootdir: DIR', text, flags=re.M)


@pytest.mark.slow
def test_pytest_with_assertion_rewriting(tmp_path):
    (tmp_path / 'test_sample.py').write_text(SAMPLE_TESTS)
    # Bytecode may be written: the second run reads the rewritten module
    # back from pytest's own cache file.
    env = clean_env()
    args = ['-m', 'pytest', '-p', 'no:cacheprovider', 'test_sample.py']
    for _ in range(2):
        expected, actual = both(args, env=env, cwd=tmp_path)
        assert expected[0] == 1, expected
        assert actual[0] == expected[0], actual
        assert _pytest_text(actual[1]) == _pytest_text(expected[1])
        assert actual[2] == expected[2]
        # Only a rewritten assert explains its operands.
        assert '+  where 3 = inc(2)' in actual[1]
    caches = sorted(path.name for path in
                    (tmp_path / '__pycache__').iterdir())
    assert any('ophis-311-pytest' in name for name in caches), caches


ARGUMENT_TESTS = '''\
import pytest


@pytest.fixture
def numbers():
    return [1, 2, 3]


class TestGroup:
    def test_method(self, numbers):
        assert numbers == [1, 3]


@pytest.mark.parametrize('n, expected', [(2, 4), (3, 10)])
def test_parametrized(n, expected, *rest, **options):
    assert n * n == expected
'''


@pytest.mark.slow
def test_pytest_shows_arguments(tmp_path):
    # pytest lists a failing test's arguments ('self = <...>', fixture and
    # parameter values) from tb_frame.f_code's arguments and f_locals: the
    # traceback's stand-in frames must declare the Ophis frame's parameters.
    (tmp_path / 'test_arguments.py').write_text(ARGUMENT_TESTS)
    args = ['-m', 'pytest', '-p', 'no:cacheprovider', 'test_arguments.py']
    expected, actual = both(args, cwd=tmp_path)
    assert expected[0] == 1, expected
    assert 'self = <test_arguments.TestGroup object at 0x...>' in \
        expected[1]
    assert 'numbers = [1, 2, 3]' in expected[1]
    assert _pytest_text(actual[1]) == _pytest_text(expected[1])
    assert actual[0] == expected[0]


@pytest.mark.parametrize('args, stdin', [
    (['data.json'], b''),
    (['--sort-keys', '--indent', '2', 'data.json'], b''),
    (['--compact'], b'{"x": [1, 2.5, "\\u00e9"], "y": true}'),
    (['--json-lines'], b'{"a": 1}\n[2, 3]\n'),
    ([], b'{"unterminated": [1, 2'),
], ids=['file', 'sorted-indent', 'stdin-compact', 'json-lines', 'error'])
def test_json_tool(tmp_path, args, stdin):
    (tmp_path / 'data.json').write_text(
        '{"b": [1, 2], "a": {"c": null, "d": "text"}}')
    expected, actual = both(['-m', 'json.tool'] + args, cwd=tmp_path,
                            stdin=stdin)
    assert actual == expected


_TIMEIT_LINE = re.compile(
    r'^(\d+) loops?, best of (\d+): \d+(\.\d+)? (nsec|usec|msec|sec) '
    r'per loop\n$')


def _timeit_noise(stderr):
    return re.sub(r'^:0: UserWarning: The test results are likely '
                  r'unreliable\. .*\n', '', stderr, flags=re.M)


@pytest.mark.parametrize('args', [
    ['-n', '3', '-r', '2', '-s', 'x = 5', 'x * x'],
    ['-n', '10', '-r', '1', 'sum(range(10))'],
], ids=['setup', 'plain'])
def test_timeit(args):
    expected, actual = both(['-m', 'timeit'] + args)
    assert expected[0] == 0, expected
    assert actual[0] == 0, actual
    # timeit warns on stderr when the worst repeat was over four times the
    # best: timing noise, under either interpreter.
    assert _timeit_noise(actual[2]) == _timeit_noise(expected[2]) == ''
    shape = _TIMEIT_LINE.match(actual[1])
    assert shape, actual[1]
    # The same loop and repeat counts; only the time differs.
    assert shape.groups()[:2] == _TIMEIT_LINE.match(expected[1]).groups()[:2]


@pytest.mark.parametrize('args', [
    ['-n', '2', '-r', '1', '1/0'],
    ['--nonsense'],
], ids=['raising-statement', 'bad-option'])
def test_timeit_errors(args):
    expected, actual = both(['-m', 'timeit'] + args)
    assert actual == expected


def test_pip_version(tmp_path):
    env = clean_env(PIP_DISABLE_PIP_VERSION_CHECK='1', PIP_NO_INPUT='1')
    expected, actual = both(['-m', 'pip', '--version'], env=env,
                            cwd=tmp_path)
    assert expected[0] == 0, expected
    assert actual == expected
