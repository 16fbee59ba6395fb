"""Extensions built with the host's compilers (C, C++, Rust) work under
Ophis as under CPython: each program in programs/ prints the same."""

import pathlib

import pytest

from tests.extensions.compare import assert_same, run
from tests.programs.test_programs import ophis_command

PROGRAMS = pathlib.Path(__file__).parent / 'programs'
LANGUAGES = {'c': 'use_c.py', 'cpp': 'use_cpp.py', 'rust': 'use_rust.py'}


@pytest.mark.parametrize('language', sorted(LANGUAGES))
def test_extension_program(language, extensions_dir):
    directory, skipped = extensions_dir
    if language in skipped:
        pytest.skip(f'{language} extension not built: {skipped[language]}')
    expected = assert_same(PROGRAMS / LANGUAGES[language], [directory])
    # Each program ends with an exception raised through the extension.
    assert expected[0] == 1 and 'Traceback' in expected[2]


PROBE = '''
import ophisext

def python_function():
    pass

def from_python():
    return ophisext.frame_code()

print(ophisext.is_pyfunction(python_function))
code = from_python()
print(code.co_name, code.co_filename.replace('\\\\', '/'))
'''


def test_differences_an_extension_can_see(c_extension_dir, tmp_path):
    # What docs/extensions.md says differs: Ophis functions are callable
    # objects, not PyFunction_Type, and PyEval_GetFrame() gives the host's
    # innermost frame, which is one of Ophis's own eval loop.
    directory = c_extension_dir
    program = tmp_path / 'probe.py'
    program.write_text(PROBE)
    host = run(['python3'], program, [directory])[1].split('\n')
    assert host[:2] == ['True', f'from_python {program}']
    status, out, err = run(ophis_command(), program, [directory], ophis=True)
    assert status == 0, err
    is_function, frame = out.split('\n')[:2]
    assert is_function == 'False'
    name, filename = frame.split(' ', 1)
    assert '/ophis/' in filename and name != 'from_python'


def test_numpy_program():
    # NumPy is a test dependency (pyproject's test extra).
    assert_same(PROGRAMS / 'use_numpy.py', timeout=600)


def test_warnings_from_c(c_extension_dir):
    # PyErr_WarnEx takes the location from the host's top frame, one of
    # the VM's (ophis.runtime.warn.showwarnmsg reissues it).
    assert_same(PROGRAMS / 'c_warnings.py', [c_extension_dir])


def test_stdlib_c_modules():
    # Every built-in and lib-dynload module imports (or fails) as on
    # CPython, with the same names, and a call through several of them.
    expected = assert_same(PROGRAMS / 'stdlib_c_modules.py')
    assert expected[0] == 0 and expected[1].count('\n') > 100
