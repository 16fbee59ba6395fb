"""-v's messages about the program's own files (CPython's SourceLoader and
SourcelessFileLoader: "# code object from ...", "# ... matches ...",
"# created ...", "# could not create ...", the "import 'x' # <loader>"
line), compared with python3 line by line.  Only lines naming the test's
directory are compared: the start-up imports differ (the launcher's own
modules are not the program's).  The cache files' tags differ by design
(``cpython-311`` against ``ophis-311``)."""

import pytest

from tests.cli.harness import both, clean_env


PROGRAM_IMPORTS = ("import 'mod' ", "import 'pkg' ", "import 'pkg.sub' ")


def _tree(directory):
    (directory / 'mod.py').write_text('x = 1\n')
    (directory / 'pkg').mkdir()
    (directory / 'pkg' / '__init__.py').write_text('from . import sub\n')
    (directory / 'pkg' / 'sub.py').write_text('y = 2\n')
    (directory / 'prog.py').write_text('import mod, pkg\nprint(mod.x)\n')


def _lines(result, directory):
    status, stdout, stderr = result
    lines = [line.replace('cpython-311', 'ophis-311')
             for line in stderr.splitlines() if str(directory) in line
             or line.startswith(PROGRAM_IMPORTS)]
    return status, stdout, lines


def _compare(args, directory, env):
    expected, actual = both(args, env=env, cwd=directory)
    expected = _lines(expected, directory)
    assert expected[2], 'python3 printed nothing about the program'
    assert _lines(actual, directory) == expected


@pytest.mark.parametrize('options', [['-v'], ['-v', '-B'], ['-vv']])
def test_cache_messages(tmp_path, options):
    env = clean_env()
    python_dir, ophis_dir = tmp_path / 'python', tmp_path / 'ophis'
    # Each interpreter gets its own tree (their caches are separate files
    # anyway; the directory names are made equal before comparing).
    for directory in (python_dir, ophis_dir):
        directory.mkdir()
        _tree(directory)
    from tests.cli import harness
    for run in ('cold', 'warm'):
        expected = harness.run(harness.PYTHON, options + ['prog.py'],
                               env=env, cwd=python_dir)
        actual = harness.run(harness.OPHIS, options + ['prog.py'],
                             env=env, cwd=ophis_dir)
        expected = _lines(expected, python_dir)
        actual = _lines(actual, ophis_dir)
        assert expected[2], 'python3 printed nothing about the program'
        assert [line.replace(str(ophis_dir), str(python_dir))
                for line in actual[2]] == expected[2], run
        assert actual[:2] == expected[:2]
    # A changed source: the cache no longer matches and is written again.
    for directory in (python_dir, ophis_dir):
        (directory / 'mod.py').write_text('x = 12345\n')
    expected = _lines(harness.run(harness.PYTHON, options + ['prog.py'],
                                  env=env, cwd=python_dir), python_dir)
    actual = _lines(harness.run(harness.OPHIS, options + ['prog.py'],
                                env=env, cwd=ophis_dir), ophis_dir)
    assert [line.replace(str(ophis_dir), str(python_dir))
            for line in actual[2]] == expected[2]


def test_sourceless_module(tmp_path):
    # Each interpreter compiles the module into its own format, then runs
    # it without its source.
    for command in ('python', 'ophis'):
        directory = tmp_path / command
        directory.mkdir()
        (directory / 'mod.py').write_text('x = 1\n')
    from tests.cli import harness
    env = clean_env()
    for command, directory in ((harness.PYTHON, tmp_path / 'python'),
                               (harness.OPHIS, tmp_path / 'ophis')):
        result = harness.run(command, [
            '-c', 'import py_compile; '
            'py_compile.compile("mod.py", "mod.pyc")'], env=env,
            cwd=directory)
        assert result[0] == 0, result
        (directory / 'mod.py').unlink()
    expected = _lines(harness.run(harness.PYTHON, ['-v', '-c', 'import mod'],
                                  env=env, cwd=tmp_path / 'python'),
                      tmp_path / 'python')
    actual = _lines(harness.run(harness.OPHIS, ['-v', '-c', 'import mod'],
                                env=env, cwd=tmp_path / 'ophis'),
                    tmp_path / 'ophis')
    assert expected[2]
    assert [line.replace(str(tmp_path / 'ophis'), str(tmp_path / 'python'))
            for line in actual[2]] == expected[2]


def test_unwritable_cache(tmp_path):
    _tree(tmp_path)
    (tmp_path / '__pycache__').write_text('not a directory\n')
    _compare(['-v', 'prog.py'], tmp_path, clean_env())
