"""The program's marshal and importlib's MAGIC_NUMBER (DESIGN decision 6,
ophis.importer.marshalling and ophis.importer.shared): plain values are
the host's bytes and errors, Ophis's code objects go through marshal,
py_compile / compileall write Ophis's .pyc that the loaders, pkgutil,
zipimport and ``ophis FILE.pyc`` use; the launcher's own modules keep
CPython's cache files.  Where the output is the host's too, each program
runs under both and the outputs are compared."""

import os
import pathlib
import subprocess
import sys

import pytest

from ophis.bytecode import pyc

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
HOST_MAGIC = __import__('importlib.util').util.MAGIC_NUMBER


def _env(**changes):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop('PYTHONDONTWRITEBYTECODE', None)
    env.pop('PYTHONPYCACHEPREFIX', None)
    env.update(changes)
    return env


def ophis(args, cwd, **env_changes):
    return subprocess.run([sys.executable, '-m', 'ophis', '-S'] + args,
                          cwd=cwd, env=_env(**env_changes),
                          capture_output=True, text=True, timeout=300)


def host(args, cwd, **env_changes):
    env = _env(**env_changes)
    del env['PYTHONPATH']
    return subprocess.run([sys.executable, '-S'] + args, cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def same(program, tmp_path, setup=None):
    """Run program under python3 and ophis (each in a fresh copy of the
    directory setup fills) and compare stdout, stderr and status."""
    results = []
    for name, run in (('host', host), ('ophis', ophis)):
        directory = tmp_path / name
        directory.mkdir()
        if setup is not None:
            setup(directory)
        (directory / 'prog.py').write_text(program)
        result = run(['prog.py'], directory)
        results.append((result.returncode, result.stdout, result.stderr))
    assert results[0][0] == 0, results[0]
    assert results[1] == results[0]
    return results[1][1]


# The values are made by marshal.loads in both programs: constants the
# compilers made could differ in sharing and interning, which marshal's
# output shows (references, interned strings).
VALUES = [None, True, 0, -1, 2 ** 70, 1.5, -0.0, 2j, 'text', 'caf\xe9',
          '\udc80', b'by', (), (1, ('a', 'a')), [1, [2]], {'k': (1,)},
          {1, 2}, frozenset({3}), Ellipsis, StopIteration,
          ('ophis-code', 1), ['ophis-plain'], ('a' * 300, 'a' * 300)]

PLAIN_VALUES = f'''\
import marshal
values = marshal.loads(bytes.fromhex({__import__('marshal').dumps(VALUES).hex()!r}))
for value in values:
    for version in range(marshal.version + 1):
        data = marshal.dumps(value, version)
        print(version, data.hex(), marshal.loads(data) == value)
    print(marshal.loads(marshal.dumps(value) + b'extra') == value)
print(marshal.version, marshal.__name__, marshal.dumps.__name__)
'''


def test_plain_values_are_the_hosts(tmp_path):
    same(PLAIN_VALUES, tmp_path)



# Under -bb a comparison of bytes with an int raises: loads must tell its
# own type code from the host's without one, whatever the buffer's format.
BYTES_WARNINGS = '''\
import marshal, warnings
warnings.simplefilter('error', BytesWarning)
for value in [(1, 'a'), b'xy', 2 ** 70]:
    data = marshal.dumps(value)
    for buffer in (data, bytearray(data), memoryview(data).cast('c'),
                   memoryview(data).cast('b')):
        print(marshal.loads(buffer) == value)
'''


def test_loads_warns_nothing_under_bb(tmp_path):
    results = []
    for name, run in (('host', host), ('ophis', ophis)):
        directory = tmp_path / name
        directory.mkdir()
        (directory / 'prog.py').write_text(BYTES_WARNINGS)
        result = run(['-bb', 'prog.py'], directory)
        results.append((result.returncode, result.stdout, result.stderr))
    assert results[0][0] == 0, results[0]
    assert results[1] == results[0]


ERRORS = '''\
import io, marshal
calls = [
    lambda: marshal.dumps(),
    lambda: marshal.dumps(1, 2, 3),
    lambda: marshal.dumps(1, version=2),
    lambda: marshal.dumps(1, 'x'),
    lambda: marshal.dumps(object()),
    lambda: marshal.dumps([object()]),
    lambda: marshal.loads(),
    lambda: marshal.loads(1),
    lambda: marshal.loads(b''),
    lambda: marshal.loads(b'\\xe9\\x01'),
    lambda: marshal.loads(bytes=b'N'),
    lambda: marshal.load(1),
    lambda: marshal.load(io.BytesIO(b'')),
    lambda: marshal.load(io.BytesIO(b'\\xe9')),
    lambda: marshal.load(io.StringIO('N')),
    lambda: marshal.dump(1, 1),
    lambda: marshal.dump(object(), io.BytesIO()),
]
for call in calls:
    try:
        print(repr(call()))
    except Exception as error:
        print(type(error).__name__, error)
stream = io.BytesIO()
for value in (1, 'two', [3.0], None):
    marshal.dump(value, stream)
stream.seek(0)
print([marshal.load(stream) for _ in range(4)], stream.read())
'''


def test_errors_are_the_hosts(tmp_path):
    same(ERRORS, tmp_path)


@pytest.mark.parametrize('value', VALUES + [[VALUES], {'v': tuple(VALUES)}],
                         ids=repr)
def test_program_marshal_functions(value):
    """The functions the program's marshal has, on the same objects as the
    host's."""
    import io
    import marshal as host_marshal
    from ophis.importer import marshalling
    for version in range(host_marshal.version + 1):
        data = host_marshal.dumps(value, version)
        assert marshalling.dumps(value, version) == data
        stream = io.BytesIO()
        marshalling.dump(value, stream, version)
        assert stream.getvalue() == data
        assert marshalling.loads(data) == value or value != value
        stream = io.BytesIO(data + b'N')
        assert marshalling.load(stream) == value or value != value
        assert stream.read() == b'N'


CODE_OBJECTS = '''\
import io, marshal, types
def outer(a, b=2):
    def inner(c):
        return a + b + c
    return inner
code = outer.__code__
data = marshal.dumps(code)
back = marshal.loads(data)
print(type(back) is type(code), back.co_name, back.co_varnames)
print(types.FunctionType(back, globals())(1, 2)(3))
stream = io.BytesIO()
marshal.dump([code, ('ophis-code', 5)], stream)
marshal.dump(7, stream)
stream.seek(0)
first = marshal.load(stream)
print(first[1], marshal.load(stream), stream.read())
module = compile('x = 40 + 2', 'f.py', 'exec')
namespace = {}
exec(marshal.loads(marshal.dumps(module)), namespace)
print(namespace['x'])
'''


def test_code_objects(tmp_path):
    same(CODE_OBJECTS, tmp_path)


def test_code_objects_are_not_cpythons(tmp_path):
    """Ophis's code in marshal data: a type code CPython refuses, and
    importlib's MAGIC_NUMBER as the program sees it is Ophis's."""
    program = ('import marshal, importlib.util, importlib._bootstrap_external '
               'as be\n'
               'def f(): pass\n'
               'print(marshal.dumps(f.__code__)[:1])\n'
               'print(importlib.util.MAGIC_NUMBER.hex(), be.MAGIC_NUMBER.hex(),'
               ' importlib.util.source_hash(b"x").hex())\n')
    result = ophis(['-c', program], tmp_path)
    assert result.returncode == 0, result.stderr
    import importlib.util
    import _imp
    source_hash = _imp.source_hash(pyc._RAW_MAGIC_NUMBER, b'x')
    assert result.stdout.split('\n') == [
        "b'O'", f'{pyc.MAGIC_NUMBER.hex()} {pyc.MAGIC_NUMBER.hex()} '
        f'{source_hash.hex()}', '']
    # The host's own stays CPython's.
    assert importlib.util.MAGIC_NUMBER == HOST_MAGIC != pyc.MAGIC_NUMBER


def _package(directory):
    (directory / 'pkg').mkdir()
    (directory / 'pkg' / '__init__.py').write_text('from .mod import f\n')
    (directory / 'pkg' / 'mod.py').write_text(
        'def f(x):\n    return [x, x * 2]\nprint("mod ran", __name__)\n')


PY_COMPILE = '''\
import compileall, importlib.util, os, pkgutil, py_compile, sys
cached = py_compile.compile('pkg/mod.py', doraise=True)
print(cached == importlib.util.cache_from_source('pkg/mod.py'))
with open(cached, 'rb') as file:
    print(file.read(4) == importlib.util.MAGIC_NUMBER)
with open(cached, 'rb') as file:
    code = pkgutil.read_code(file)
exec(code, {'__name__': 'read'})
print(compileall.compile_dir('pkg', quiet=1))
print(sorted(os.listdir('pkg/__pycache__')) == sorted(
    os.path.basename(importlib.util.cache_from_source(f'pkg/{name}'))
    for name in ('__init__.py', 'mod.py')))
print(compileall.compile_dir('pkg', quiet=1, legacy=True))
os.remove('pkg/mod.py')
os.remove('pkg/__init__.py')
import pkg
print(pkg.f(21), type(pkg.__loader__).__name__,
      os.path.relpath(pkg.__file__))
'''


def test_py_compile_and_compileall(tmp_path):
    same(PY_COMPILE, tmp_path, _package)


ZIP = '''\
import os, py_compile, sys, zipfile, zipimport
py_compile.compile('pkg/mod.py', cfile='modc.pyc', doraise=True)
with zipfile.ZipFile('lib.zip', 'w') as archive:
    archive.write('pkg/__init__.py')
    archive.write('pkg/mod.py')
    archive.write('modc.pyc')
os.remove('modc.pyc')
sys.path.insert(0, 'lib.zip')
import pkg, modc
print(pkg.f(1), modc.f(2), type(modc.__loader__).__name__)
importer = zipimport.zipimporter('lib.zip')
print(importer.get_code('modc').co_name, importer.is_package('pkg'))
print(importer.load_module('modc').f(3))
'''


def test_zipimport(tmp_path):
    same(ZIP, tmp_path, _package)


def _compiled_program(directory):
    (directory / 'main.py').write_text(
        'import sys\nprint("main", __name__, type(__loader__).__name__, '
        'sys.argv)\n')


def test_pyc_as_the_program(tmp_path):
    """``ophis main.pyc`` runs it as ``python3 main.pyc`` does (each its
    own .pyc)."""
    results = []
    for name, run in (('host', host), ('ophis', ophis)):
        directory = tmp_path / name
        directory.mkdir()
        _compiled_program(directory)
        made = run(['-c', 'import py_compile; py_compile.compile('
                    '"main.py", cfile="main.pyc", doraise=True)'], directory)
        assert made.returncode == 0, made.stderr
        (directory / 'main.py').unlink()
        (directory / 'bad.pyc').write_bytes(b'not a pyc file at all')
        results.append([
            (r.returncode, r.stdout, r.stderr)
            for r in (run(['main.pyc', 'a'], directory),
                      run(['bad.pyc'], directory))])
    assert results[0][0][0] == 0, results[0]
    assert results[1] == results[0]


def test_launcher_keeps_cpython_cache_files(tmp_path):
    """Under a fresh pycache prefix, what the program imports is cached as
    Ophis's (ophis-311, Ophis's magic) and whatever the launcher loaded
    for itself as CPython's (cpython-311, CPython's magic)."""
    prefix = tmp_path / 'prefix'
    (tmp_path / 'own_mod.py').write_text('X = 1\n')
    result = ophis(['-X', f'pycache_prefix={prefix}', '-c',
                    'import own_mod, json, dis; print(own_mod.X)'],
                   tmp_path)
    assert result.returncode == 0, result.stderr
    seen = set()
    for path in prefix.rglob('*.pyc'):
        magic = path.read_bytes()[:4]
        tag = path.name.split('.')[-2]
        seen.add(tag)
        assert magic == {'ophis-311': pyc.MAGIC_NUMBER,
                         'cpython-311': HOST_MAGIC}[tag], path
    assert 'ophis-311' in seen
