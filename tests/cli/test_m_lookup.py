"""How -m finds its module (runpy's _get_module_details, as CPython's
_run_module_as_main): the error messages and statuses for names that are
not runnable modules, and the traceback of an exception raised while the
module is looked up, compared with python3."""

import pytest

from tests.cli.harness import both


def _tree(directory):
    (directory / 'initerr').mkdir()
    (directory / 'initerr' / '__init__.py').write_text(
        "raise ValueError('in __init__')\n")
    (directory / 'initimporterr').mkdir()
    (directory / 'initimporterr' / '__init__.py').write_text(
        "raise ImportError('in __init__')\n")
    (directory / 'pkgmain' / '__main__').mkdir(parents=True)
    (directory / 'pkgmain' / '__init__.py').write_text('')
    (directory / 'pkgmain' / '__main__' / '__init__.py').write_text('')
    (directory / 'badpyc').mkdir()
    (directory / 'badpyc' / '__init__.pyc').write_bytes(b'')
    (directory / 'runs').mkdir()
    (directory / 'runs' / '__init__.py').write_text('print("init")\n')
    (directory / 'runs' / '__main__.py').write_text(
        'import sys\nprint("main", __name__, __spec__.name, '
        '"runpy" in sys.modules)\n'
        'def f():\n    raise KeyError(1)\nf()\n')
    (directory / 'runs' / 'sub.py').write_text(
        'print("sub", __name__, __package__)\n')
    (directory / 'asyncio.py').write_text('')
    (directory / 'nsp').mkdir()
    (directory / 'nsp' / 'mod.py').write_text('print("nsp.mod")\n')


@pytest.mark.parametrize('name', [
    'initerr', 'initimporterr', 'pkgmain', 'badpyc', 'runs', 'runs.sub',
    'nsp', 'nsp.mod', 'builtins', 'builtins.x', 'builtins.x.y', 'importlib',
    'importlib.nonexistent', '.unittest', 'asyncio.py', 'no_such_module',
    '__hello__', 'runs.__main__',
])
def test_module_lookup(tmp_path, name):
    _tree(tmp_path)
    expected, actual = both(['-m', name], cwd=tmp_path)
    assert actual == expected


def test_syntax_error_in_module(tmp_path):
    (tmp_path / 'badsyntax.py').write_text('x = (\n')
    expected, actual = both(['-m', 'badsyntax'], cwd=tmp_path)
    assert actual == expected
