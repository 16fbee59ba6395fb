"""Running a program under python3 and under ophis and comparing, with
extra directories (built extensions) on the module path of both."""

import os
import re
import subprocess
import sys

from tests.programs.test_programs import ROOT, ophis_command

_ADDRESS = re.compile(r'\bat 0x[0-9a-f]+')


def run(command, path, extra_path=(), ophis=False, timeout=300, args=()):
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8')
    env.pop('PYTHONPATH', None)
    entries = [str(p) for p in extra_path]
    if ophis:
        entries.append(str(ROOT))
    if entries:
        env['PYTHONPATH'] = os.pathsep.join(entries)
    result = subprocess.run(command + [str(path), *args],
                            cwd=os.path.dirname(str(path)), env=env,
                            capture_output=True, timeout=timeout)
    return (result.returncode,
            _ADDRESS.sub('at 0x...', result.stdout.decode('utf-8', 'replace')),
            _ADDRESS.sub('at 0x...', result.stderr.decode('utf-8', 'replace')))


def assert_same(path, extra_path=(), timeout=300, args=()):
    """The program prints the same, fails the same, under both."""
    expected = run([sys.executable], path, extra_path, timeout=timeout,
                   args=args)
    actual = run(ophis_command(), path, extra_path, ophis=True,
                 timeout=timeout, args=args)
    assert actual[1] == expected[1], 'stdout differs'
    assert actual[2] == expected[2], 'stderr differs'
    assert actual[0] == expected[0], 'exit status differs'
    return expected
