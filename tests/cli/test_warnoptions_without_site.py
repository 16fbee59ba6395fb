"""Warning options when nothing the program's start-up runs imports the
warnings module (-S, or a site whose .pth files import nothing that does):
CPython imports it at start-up when sys.warnoptions is set, and its body
applies the options, so that warnings issued by C code (-b's
BytesWarning) and the program see the filters.  Ophis imports the
program's warnings module then too (ophis.runtime.startup.init_warnings),
not a private one of its own."""

import pytest

from tests.cli.harness import assert_same, clean_env

BYTES = ('print(str(b"x"))\n'
         'print(b"x" == "x")\n'
         'print("end")\n')

SEEN = ('import sys\n'
        'print("warnings" in sys.modules)\n'
        'import warnings\n'
        'print([f[0] for f in warnings.filters[:2]])\n')


@pytest.mark.parametrize('options,variables', [
    (['-S', '-bb'], {}),
    (['-S', '-b', '-W', 'error::BytesWarning'], {}),
    (['-S', '-b'], {'PYTHONWARNINGS': 'error'}),
    (['-I', '-S', '-bb'], {}),
], ids=repr)
def test_c_warnings_see_the_options(options, variables, tmp_path):
    assert_same(options + ['-c', BYTES], env=clean_env(**variables),
                cwd=tmp_path)


@pytest.mark.parametrize('options', [
    ['-S', '-W', 'default'], ['-S', '-W', 'error', '-W', 'ignore'],
    ['-S', '-bb'],
], ids=repr)
def test_warnings_module_imported_at_start_up(options, tmp_path):
    assert_same(options + ['-c', SEEN], cwd=tmp_path)
