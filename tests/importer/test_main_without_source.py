"""-m with a module that has no source file: a frozen module (run from
Ophis's compilation of its source), a builtin one (CPython's "No code object
available"), and a lone .pyc in Ophis's cache format."""

import shutil

import pytest

from tests.cli.harness import OPHIS, assert_same, clean_env, run


@pytest.mark.parametrize('args', [['-m', 'sys'], ['-m', 'runpy'],
                                  ['-m', 'runpy', 'no_such_module'],
                                  ['-m', 'runpy', 'show']],
                         ids=' '.join)
def test_module_without_source_file(args, tmp_path):
    (tmp_path / 'show.py').write_text('import sys\nprint(__name__, '
                                      'sys.argv[1:])\n')
    assert_same(args + ['x'], cwd=tmp_path)


def test_sourceless_ophis_pyc(tmp_path):
    source = 'import sys\nprint("ran", __name__, sys.argv[1:])\n'
    (tmp_path / 'mod.py').write_text(source)
    status, _, err = run(OPHIS, ['-c', 'import mod'], cwd=tmp_path)
    assert status == 0, err
    shutil.move(tmp_path / '__pycache__' / 'mod.ophis-311.pyc',
                tmp_path / 'lone.pyc')
    (tmp_path / 'mod.py').unlink()
    (tmp_path / 'expected.py').write_text(source)
    expected = run([], ['python3', 'expected.py', 'a'], cwd=tmp_path)
    actual = run(OPHIS, ['-m', 'lone', 'a'], cwd=tmp_path)
    assert actual == expected
