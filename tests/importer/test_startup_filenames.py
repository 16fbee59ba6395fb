"""A cached module's code takes the filename it is loaded under (CPython's
_imp._fix_co_filename): the frozen modules' '<frozen NAME>', or their
source path without frozen modules; nested code objects too."""

import subprocess
import sys

PROGRAM = '''
import os, posixpath, stat
def nested(code):
    names = {code.co_filename}
    for const in code.co_consts:
        if hasattr(const, "co_filename"):
            names |= nested(const)
    return names
print(sorted(nested(os.walk.__code__)), sorted(nested(os.fwalk.__code__)))
print(posixpath.join.__code__.co_filename, os.__spec__.origin)
'''


def run(command, options):
    return subprocess.run(command + ['-S', *options, '-c', PROGRAM],
                          capture_output=True, text=True, timeout=300)


def test_frozen_and_source_filenames():
    for options in ((), ('-X', 'frozen_modules=off')):
        expected = run([sys.executable], options)
        actual = run([sys.executable, '-m', 'ophis'], options)
        assert (actual.stdout, actual.stderr) == \
            (expected.stdout, expected.stderr)
        assert expected.stdout.count('<frozen') == (0 if options else 3)
