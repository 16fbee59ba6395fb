"""Real programs run with -m, compared with python3 where their output is
deterministic: ``-m unittest`` (discovery, failures, exit statuses),
``-m pdb`` stepping through a script, ``-m pip list`` and ``-m
http.server`` serving a file to a client on 127.0.0.1."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.cli.harness import OPHIS, PYTHON, both, clean_env

TESTS_A = '''\
import unittest

class Arithmetic(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)

    def test_fails(self):
        self.assertEqual([1, 2], [1, 3])

    def test_errors(self):
        {}['missing']

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.fail('as expected')
'''

TESTS_B = '''\
import unittest

class Passing(unittest.TestCase):
    def test_fine(self):
        self.assertTrue(True)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 3)
'''


def _unittest_text(text):
    # The command's name (unittest prints basename(sys.executable); a
    # usage text's continuation lines are indented by its length) and the
    # time taken.
    text = re.sub(r'\S+ -m unittest', 'PROGRAM -m unittest', text)
    text = re.sub(r'\n +\[', '\n [', text)
    return re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests', text)


@pytest.fixture
def test_dir(tmp_path):
    (tmp_path / 'test_a.py').write_text(TESTS_A)
    (tmp_path / 'test_b.py').write_text(TESTS_B)
    (tmp_path / 'pkg').mkdir()
    (tmp_path / 'pkg' / '__init__.py').write_text('')
    (tmp_path / 'pkg' / 'test_c.py').write_text(TESTS_B.replace(
        'Passing', 'InPackage'))
    return tmp_path


@pytest.mark.parametrize('args', [
    [],
    ['-v'],
    ['discover', '-s', '.', '-p', 'test_b*', '-v'],
    ['test_b'],
    ['test_b.Passing.test_fine', '-v'],
    ['-k', 'fine', '-v'],
    ['-f', 'test_a'],
    ['no_such_module'],
    ['discover', '-s', 'no_such_dir'],
    ['--nonsense'],
], ids=lambda args: ' '.join(args) or 'discover')
def test_unittest(test_dir, args):
    expected, actual = both(['-m', 'unittest'] + args, cwd=test_dir)
    assert _unittest_text(actual[1]) == _unittest_text(expected[1])
    assert _unittest_text(actual[2]) == _unittest_text(expected[2])
    assert actual[0] == expected[0]


SCRIPT = '''\
def double(n):
    y = n * 2
    return y

x = 10
z = double(x)
for i in range(2):
    z += i
print('result', z)
'''


@pytest.mark.parametrize('commands', [
    'n\nn\ns\nn\np n\np y\nc\n',
    'b 8\nc\np i, z\nw\nn\nn\nll\nq\n',
    'until 6\ns\nr\np y\nup\np x\ndown\nc\nq\n',
], ids=['step', 'break', 'until-return'])
def test_pdb(tmp_path, commands):
    (tmp_path / 'script.py').write_text(SCRIPT)
    expected, actual = both(['-m', 'pdb', 'script.py'], cwd=tmp_path,
                            stdin=commands.encode())
    assert expected[0] == 0, expected
    assert actual == expected


def test_pip_list(tmp_path):
    env = clean_env(PIP_DISABLE_PIP_VERSION_CHECK='1', PIP_NO_INPUT='1')
    expected, actual = both(['-m', 'pip', 'list'], env=env, cwd=tmp_path)
    assert expected[0] == 0, expected
    assert actual[0] == 0, actual
    assert set(actual[1].splitlines()) == set(expected[1].splitlines())
    assert any(line.split()[:1] == ['pytest']
               for line in actual[1].splitlines())
    assert actual[2] == expected[2]


def _free_port():
    with socket.socket() as probe:
        probe.bind(('127.0.0.1', 0))
        return probe.getsockname()[1]


def _serve_and_fetch(command, directory, names):
    """Start command -m http.server on a free port, fetch each name, stop
    it; (first line it printed, [(status, headers subset, body)])."""
    port = _free_port()
    server = subprocess.Popen(
        command + ['-u', '-m', 'http.server', str(port), '--bind',
                   '127.0.0.1', '--directory', str(directory)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=clean_env())
    try:
        first = server.stdout.readline().decode()
        fetched = []
        for name in names:
            url = f'http://127.0.0.1:{port}/{name}'
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(url, timeout=60) as reply:
                        fetched.append((reply.status,
                                        reply.headers['Content-Type'],
                                        reply.read()))
                    break
                except urllib.error.HTTPError as error:
                    fetched.append((error.code,
                                    error.headers['Content-Type'],
                                    error.read()))
                    break
                except (ConnectionError, urllib.error.URLError):
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)
        return first.replace(str(port), 'PORT'), fetched
    finally:
        server.kill()
        server.wait(timeout=60)
        server.stdout.close()
        server.stderr.close()


def test_http_server(tmp_path):
    (tmp_path / 'hello.txt').write_bytes(b'Hello from a file\n' * 50)
    (tmp_path / 'page.html').write_text('<p>caf\xe9</p>\n', 'utf-8')
    (tmp_path / 'sub').mkdir()
    (tmp_path / 'sub' / 'x.bin').write_bytes(bytes(range(256)))
    names = ['hello.txt', 'page.html', 'sub/x.bin', 'sub/', 'missing']
    expected = _serve_and_fetch(PYTHON, tmp_path, names)
    actual = _serve_and_fetch(OPHIS, tmp_path, names)
    assert expected[1][0][2] == b'Hello from a file\n' * 50
    assert actual == expected
