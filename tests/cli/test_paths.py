"""sys.argv, sys.orig_argv and sys.path[0] for -c, -m, a script, stdin and
'-', with -P, -I, PYTHONSAFEPATH and PYTHONPATH; -x."""

import os

import pytest

from tests.cli.harness import assert_same, clean_env

SHOW = ('import sys\n'
        'print(sys.argv, sys.orig_argv[1:])\n'
        'print(repr(sys.path[0]))\n'
        'print(sys.path.index("/nowhere") if "/nowhere" in sys.path '
        'else None)\n')


@pytest.fixture
def tree(tmp_path):
    (tmp_path / 'sub').mkdir()
    (tmp_path / 'sub' / 'show.py').write_text(SHOW)
    (tmp_path / 'show_main.py').write_text(SHOW)
    (tmp_path / 'link.py').symlink_to(tmp_path / 'sub' / 'show.py')
    return tmp_path


FORMS = [
    ['-c', SHOW, 'x', '-y'], ['sub/show.py', 'a', '--', '-b'],
    ['link.py'], ['-m', 'show_main', 'x'], ['-'], ['-', 'x', 'y'], [],
    ['--', 'sub/show.py', '-c'],
]
OPTIONS = [[], ['-P'], ['-I']]


@pytest.mark.parametrize('options', OPTIONS, ids=' '.join)
@pytest.mark.parametrize('form', FORMS, ids=lambda f: ' '.join(f)[:20])
def test_sys_path0(form, options, tree):
    stdin = SHOW.encode() if '-c' not in form and 'sub/show.py' not in \
        form and 'link.py' not in form and '-m' not in form else b''
    assert_same(options + form, cwd=tree, stdin=stdin)


@pytest.mark.parametrize('options', [[], ['-E'], ['-I'], ['-P']],
                         ids=' '.join)
def test_pythonpath(options, tree):
    env = clean_env(PYTHONPATH='/nowhere:/elsewhere', PYTHONSAFEPATH='')
    assert_same(options + ['sub/show.py'], env=env, cwd=tree)
    env = clean_env(PYTHONSAFEPATH='1')
    assert_same(options + ['-c', SHOW], env=env, cwd=tree)


def test_skip_first_line(tmp_path):
    (tmp_path / 'dos.py').write_text(
        'this line is not Python\nimport sys\nprint(sys.argv)\n'
        'raise ValueError("line 4")\n')
    assert_same(['-x', 'dos.py', 'a'], cwd=tmp_path)
    (tmp_path / 'one.py').write_text('only one line, no newline')
    assert_same(['-x', 'one.py'], cwd=tmp_path)


def test_missing_script(tmp_path):
    assert_same(['missing.py'], cwd=tmp_path)
    assert_same(['-I', 'missing.py'], cwd=tmp_path)


@pytest.mark.parametrize('options', [[], ['-P'], ['-I']], ids=' '.join)
def test_directory_and_zip_as_script(options, tmp_path):
    import zipfile
    main = ('import sys\n'
            'print(__name__, __file__, __package__, __spec__.name)\n'
            'print(sys.argv, repr(sys.path[0]))\n'
            'raise ValueError("from __main__")\n')
    (tmp_path / 'app').mkdir()
    (tmp_path / 'app' / '__main__.py').write_text(main)
    with zipfile.ZipFile(tmp_path / 'app.zip', 'w') as archive:
        archive.writestr('__main__.py', main)
    (tmp_path / 'empty').mkdir()
    for script in ('app', 'app.zip', str(tmp_path / 'app'), 'empty'):
        assert_same(options + [script, 'x'], cwd=tmp_path)
