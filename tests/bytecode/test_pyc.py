"""The .pyc cache (ophis/bytecode/pyc.py): paths, headers, invalidation,
bad files, unwritable places, atomic writes under concurrency."""

import importlib.util
import os
import subprocess
import sys
import textwrap

import pytest

from ophis.bytecode import pyc
from ophis.bytecode.code import Code

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))


@pytest.fixture(autouse=True)
def writing_allowed(monkeypatch):
    # The test run itself may have PYTHONDONTWRITEBYTECODE set.
    monkeypatch.setattr(sys, 'dont_write_bytecode', False)
    monkeypatch.setattr(sys, 'pycache_prefix', None)


def clean_env(**extra):
    env = dict(os.environ, PYTHONPATH=ROOT)
    env.pop('PYTHONDONTWRITEBYTECODE', None)
    env.pop('PYTHONPYCACHEPREFIX', None)
    env.update(extra)
    return env


def test_cache_paths():
    assert pyc.cache_from_source('/a/b/c.py') == \
        '/a/b/__pycache__/c.ophis-311.pyc'
    assert pyc.cache_from_source('/a/b/c.py', 2) == \
        '/a/b/__pycache__/c.ophis-311.opt-2.pyc'
    assert pyc.cache_from_source('c.tar.py') == \
        '__pycache__/c.tar.ophis-311.pyc'
    # The same layout as importlib's, with Ophis's tag.
    host = importlib.util.cache_from_source('/a/b/c.py')
    assert pyc.cache_from_source('/a/b/c.py') == host.replace(
        sys.implementation.cache_tag, 'ophis-311')
    with pytest.raises(ValueError):
        pyc.cache_from_source('c.py', 'x-1')


def test_pycache_prefix(monkeypatch):
    monkeypatch.setattr(sys, 'pycache_prefix', '/cache')
    assert pyc.cache_from_source('/a/b/c.py') == \
        '/cache/a/b/c.ophis-311.pyc'
    host = importlib.util.cache_from_source('/a/b/c.py')
    assert pyc.cache_from_source('/a/b/c.py') == host.replace(
        sys.implementation.cache_tag, 'ophis-311')


def write_source(tmp_path, text='x = 1\n', name='mod.py'):
    path = tmp_path / name
    path.write_text(text)
    return str(path)


def forbid_compiling(monkeypatch):
    import ophis.compiler

    def fail(*args, **kwargs):
        raise AssertionError('compiled instead of loading the cache')
    monkeypatch.setattr(ophis.compiler, 'compile', fail)


def test_written_then_loaded(tmp_path, monkeypatch):
    source = write_source(tmp_path, 'def f():\n    return 42\n')
    code = pyc.load_or_compile(source)
    cache = pyc.cache_from_source(source)
    data = open(cache, 'rb').read()
    assert data[:4] == pyc.MAGIC_NUMBER
    assert data[4:8] == b'\0\0\0\0'
    st = os.stat(source)
    assert data[8:12] == (int(st.st_mtime) & 0xFFFFFFFF).to_bytes(4, 'little')
    assert data[12:16] == st.st_size.to_bytes(4, 'little')
    forbid_compiling(monkeypatch)
    assert pyc.load_or_compile(source) == code


def test_stale_file_recompiled(tmp_path):
    source = write_source(tmp_path, 'x = 1\n')
    pyc.load_or_compile(source)
    with open(source, 'w') as f:
        f.write('x = 22222\n')
    os.utime(source, (1, 1))
    code = pyc.load_or_compile(source)
    assert 22222 in code.co_consts
    again = pyc.code_from_pyc(open(pyc.cache_from_source(source), 'rb').read(),
                              pyc._stat(source))
    assert again == code


@pytest.mark.parametrize('damage', [
    lambda d: d[:10],                         # truncated header
    lambda d: d[:40],                         # truncated body
    lambda d: d[:16] + b'\x01garbage',        # corrupt body
    lambda d: b'\xa7\r\r\n' + d[4:],          # CPython 3.11's magic
    lambda d: d[:4] + b'\x04\0\0\0' + d[8:],  # unknown flags
    lambda d: b'',
])
def test_bad_files_ignored_and_rewritten(tmp_path, damage):
    source = write_source(tmp_path, 'y = [1, 2, 3]\n')
    good = pyc.load_or_compile(source)
    cache = pyc.cache_from_source(source)
    data = open(cache, 'rb').read()
    with open(cache, 'wb') as f:
        f.write(damage(data))
    assert pyc.load_or_compile(source) == good
    assert open(cache, 'rb').read() == data


def test_host_pyc_of_the_same_module_ignored(tmp_path):
    source = write_source(tmp_path, 'z = 3\n')
    cache = pyc.cache_from_source(source)
    import py_compile
    py_compile.compile(source, cfile=cache, doraise=True)
    code = pyc.load_or_compile(source)
    assert type(code) is Code
    assert open(cache, 'rb').read()[:4] == pyc.MAGIC_NUMBER


def test_checked_hash(tmp_path):
    source = write_source(tmp_path, 'a = 1\n')
    pyc.load_or_compile(source, invalidation_mode=pyc.CHECKED_HASH)
    data = open(pyc.cache_from_source(source), 'rb').read()
    assert data[4:8] == b'\x03\0\0\0'
    assert data[8:16] == pyc.source_hash(b'a = 1\n')
    st = os.stat(source)
    with open(source, 'w') as f:
        f.write('a = 7\n')
    os.utime(source, (st.st_atime, st.st_mtime))
    assert 7 in pyc.load_or_compile(source).co_consts


def test_unchecked_hash(tmp_path):
    source = write_source(tmp_path, 'a = 1\n')
    pyc.load_or_compile(source, invalidation_mode=pyc.UNCHECKED_HASH)
    data = open(pyc.cache_from_source(source), 'rb').read()
    assert data[4:8] == b'\x01\0\0\0'
    with open(source, 'w') as f:
        f.write('a = 7\n')
    # The source is not checked: the cached code stays in use.
    assert 1 in pyc.load_or_compile(source).co_consts


def test_read_only_directory(tmp_path):
    if os.geteuid() == 0:
        pytest.skip('root writes into read-only directories')
    source = write_source(tmp_path, 'b = 2\n')
    os.chmod(tmp_path, 0o555)
    try:
        code = pyc.load_or_compile(source)
    finally:
        os.chmod(tmp_path, 0o755)
    assert 2 in code.co_consts
    assert not os.path.exists(pyc.cache_from_source(source))


def test_unwritable_cache_tolerated(tmp_path):
    source = write_source(tmp_path, 'b = 2\n')
    # A file where the __pycache__ directory should be.
    (tmp_path / '__pycache__').write_text('not a directory')
    assert 2 in pyc.load_or_compile(source).co_consts


def test_dont_write_bytecode(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, 'dont_write_bytecode', True)
    source = write_source(tmp_path, 'c = 3\n')
    assert 3 in pyc.load_or_compile(source).co_consts
    assert not os.path.exists(pyc.cache_from_source(source))


def _run(code, env_extra, cwd):
    return subprocess.run([sys.executable, '-c', code],
                          env=clean_env(**env_extra), cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_environment_variables(tmp_path):
    source = write_source(tmp_path, 'd = 4\n')
    script = ('from ophis.bytecode import pyc\n'
              f'print(pyc.load_or_compile({source!r}).co_consts)\n')
    result = _run(script, {'PYTHONDONTWRITEBYTECODE': '1'}, tmp_path)
    assert result.returncode == 0, result.stderr
    assert not os.path.exists(pyc.cache_from_source(source))
    prefix = tmp_path / 'prefix'
    result = _run(script, {'PYTHONPYCACHEPREFIX': str(prefix)}, tmp_path)
    assert result.returncode == 0, result.stderr
    assert not os.path.exists(pyc.cache_from_source(source))
    cached = list(prefix.rglob('*.ophis-311.pyc'))
    assert [p.name for p in cached] == ['mod.ophis-311.pyc']


WRITER = textwrap.dedent('''
    import sys
    from ophis.bytecode import pyc
    source, rounds = sys.argv[1], int(sys.argv[2])
    for i in range(rounds):
        code = pyc.load_or_compile(source, write=False)
        data = pyc.code_to_pyc(code, pyc.header_timestamp(*pyc._stat(source)))
        assert pyc.write_pyc(pyc.cache_from_source(source), data)
    print('ok')
''')

READER = textwrap.dedent('''
    import sys, time
    from ophis.bytecode import pyc
    source, seconds = sys.argv[1], float(sys.argv[2])
    cache = pyc.cache_from_source(source)
    end = time.time() + seconds
    seen = 0
    while time.time() < end:
        try:
            data = open(cache, 'rb').read()
        except FileNotFoundError:
            continue
        pyc.code_from_pyc(data, pyc._stat(source))   # never partial
        seen += 1
    print(seen)
''')


def test_concurrent_writers_leave_no_partial_file(tmp_path):
    # A module big enough that writing it takes a while.
    body = ''.join(f'def f{i}(a, b=[{i}]):\n    return a + b[0] * {i}\n'
                   for i in range(300))
    source = write_source(tmp_path, body, 'big.py')
    env = clean_env()
    writers = [subprocess.Popen([sys.executable, '-c', WRITER, source, '15'],
                                env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
               for _ in range(2)]
    reader = subprocess.Popen([sys.executable, '-c', READER, source, '8'],
                              env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    for proc in writers:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert out.strip() == 'ok'
    out, err = reader.communicate(timeout=300)
    assert reader.returncode == 0, err
    assert int(out) > 0
    cache_dir = os.path.dirname(pyc.cache_from_source(source))
    assert os.listdir(cache_dir) == ['big.ophis-311.pyc']
    code = pyc.load_or_compile(source)
    assert code.co_consts
