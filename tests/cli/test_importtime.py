"""-X importtime: the program's imports timed as CPython times them."""

import importlib.util
import re
import sys

import pytest

from tests.cli.harness import both, clean_env

LINE = re.compile(r'import time: +(\d+) \| +(\d+) \| ( *)(\S+)$')
HEADER = 'import time: self [us] | cumulative | imported package'


def _shared(name):
    """Whether name is a module the host's C core provides (builtin or
    extension): the launcher may have imported it before the program, so
    only CPython's listing has it."""
    if name in sys.builtin_module_names:
        return True
    spec = importlib.util.find_spec(name)
    return spec is not None and spec.origin is not None and \
        spec.origin.endswith('.so')


def _tree(stderr, root):
    """The (depth, name) entries of root's import, as printed: from the
    entry after the previous top-level one to root's own."""
    lines = stderr.splitlines()
    assert lines.count(HEADER) == 1, stderr
    entries = []
    for line in lines[lines.index(HEADER) + 1:]:
        match = LINE.match(line)
        assert match, line
        own, cumulative, indent, name = match.groups()
        assert int(own) <= int(cumulative), line
        assert len(indent) % 2 == 0, line
        entries.append((len(indent) // 2, name))
    end = entries.index((0, root))
    start = end
    while start and entries[start - 1][0] > 0:
        start -= 1
    return [entry for entry in entries[start:end + 1]
            if not _shared(entry[1])]


@pytest.mark.parametrize('root', ['json', 'argparse'])
def test_program_imports_are_timed(root, tmp_path):
    expected, actual = both(['-X', 'importtime', '-S', '-c',
                             f'import {root}; print("done")'],
                            env=clean_env(), cwd=tmp_path)
    assert actual[:2] == expected[:2] == (0, 'done\n')
    assert _tree(actual[2], root) == _tree(expected[2], root)


def test_failed_import_is_timed(tmp_path):
    (tmp_path / 'broken.py').write_text('import json\n1 / 0\n')
    source = ('try:\n    import broken\n'
              'except ZeroDivisionError:\n    print("caught")\n')
    expected, actual = both(['-X', 'importtime', '-S', '-c', source],
                            env=clean_env(), cwd=tmp_path)
    assert actual[:2] == expected[:2] == (0, 'caught\n')
    assert _tree(actual[2], 'broken') == _tree(expected[2], 'broken')


def test_no_timing_without_the_option(tmp_path):
    expected, actual = both(['-S', '-c', 'import json'], env=clean_env(),
                            cwd=tmp_path)
    assert actual == expected
    assert 'import time' not in actual[2]
