"""The cache of code compiled from strings during start-up
(ophis.runtime.compilecache): hits give the code the compiler gives, and
issue what the compiler issues; warnings, errors, unusual flags and the
running program's own compilations are not cached; -B and
PYTHONDONTWRITEBYTECODE stop writing; PYTHONPYCACHEPREFIX moves it."""

import os
import pathlib
import subprocess
import sys

import pytest

import ophis
from ophis.bytecode import pyc
from ophis.runtime import compilecache

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent


def every_field(code):
    fields = [getattr(code, name) for name in dir(code)
              if name.startswith('co_') and name not in
              ('co_consts', 'co_lines', 'co_positions')]
    consts = [every_field(c) if type(c) is type(code) else (type(c), c)
              for c in code.co_consts]
    return fields + [consts, list(code.co_lines()),
                     list(code.co_positions())]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, 'pycache_prefix', str(tmp_path))
    monkeypatch.setattr(sys, 'dont_write_bytecode', False)
    directory = pathlib.Path(compilecache._directory())
    assert str(directory).startswith(str(tmp_path))
    return directory


def compile_twice(source, filename='<string>', mode='exec', flags=0,
                  optimize=-1):
    calls = []

    def compiler(*args):
        calls.append(args)
        return ophis.compile(*args)

    first = compilecache.compile_cached(compiler, source, filename, mode,
                                        flags, optimize)
    second = compilecache.compile_cached(compiler, source, filename, mode,
                                         flags, optimize)
    return first, second, len(calls)


SOURCES = [
    ('x = [i * 2 for i in range(3)]\ndef f(a, *, b=-0.0):\n'
     '    return lambda: (a, b, 1j, ..., b"z", {1, 2}, (1, (2, 3)))\n',
     'exec'),
    ('lambda _cls, a, b: _tuple_new(_cls, (a, b))', 'eval'),
    (b'# -*- coding: latin-1 -*-\ns = "\xe9"\n', 'exec'),
    ('print(1)\n', 'single'),
]


@pytest.mark.parametrize('source,mode', SOURCES)
def test_a_hit_is_the_compilers_code(cache_dir, source, mode):
    first, second, compiles = compile_twice(source, mode=mode)
    assert compiles == 1
    assert len(list(cache_dir.iterdir())) == 1
    expected = ophis.compile(source, '<string>', mode, 0, True)
    assert every_field(second) == every_field(expected)
    assert every_field(first) == every_field(expected)


def test_key_holds_everything_the_code_depends_on(cache_dir):
    source = 'x: int = 1 if __debug__ else 2\n'
    variants = [('<string>', 'exec', 0, -1), ('<other>', 'exec', 0, -1),
                ('<string>', 'single', 0, -1), ('<string>', 'exec', 0, 1),
                ('<string>', 'exec', 0x1000000, -1)]
    for filename, mode, flags, optimize in variants:
        compile_twice(source, filename, mode, flags, optimize)
    # str and bytes of the same text are two entries.
    compile_twice(source.encode())
    assert len(list(cache_dir.iterdir())) == len(variants) + 1
    for filename, mode, flags, optimize in variants:
        hit = compilecache.compile_cached(None, source, filename, mode, flags,
                                          optimize)
        assert every_field(hit) == every_field(ophis.compile(
            source, filename, mode, flags, True, optimize))


@pytest.mark.parametrize('source', [
    'x = 1 is 1\n',                 # the compiler's SyntaxWarning
    's = "\\d"\n',                  # the parser's DeprecationWarning
    'y = 1if 1 else 2\n',          # the tokenizer's SyntaxWarning
])
def test_compilations_that_warn_are_not_kept(cache_dir, source):
    import warnings
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        first, second, compiles = compile_twice(source)
    assert compiles == 2
    assert len(caught) == 2
    assert not cache_dir.exists() or not list(cache_dir.iterdir())


def test_errors_and_unusual_requests_are_not_cached(cache_dir):
    with pytest.raises(SyntaxError):
        compile_twice('x = (\n')
    for flags in (0x0400, 0x2000, 0x4000 | 0x0200):    # ONLY_AST, ...
        compile_twice('x = 1\n', flags=flags)
    compile_twice(bytearray(b'x = 1\n'))
    assert not cache_dir.exists() or not list(cache_dir.iterdir())


def test_bad_entries_and_collisions_are_misses(cache_dir):
    compile_twice('a = 1\n')
    (entry,) = cache_dir.iterdir()
    for data in (b'', pyc.MAGIC_NUMBER + b'garbage',
                 b'\0\0\0\0' + entry.read_bytes()[4:]):
        entry.write_bytes(data)
        first, second, compiles = compile_twice('a = 1\n')
        assert compiles == 1
    # An entry for other source at this path (a hash collision).
    key = compilecache._key('a = 1\n', '<string>', 'exec', 0, -1)
    other = compilecache._key('b = 2\n', '<string>', 'exec', 0, -1)
    compilecache._store(str(entry), other, ophis.compile('b = 2\n', '<s>',
                                                         'exec'))
    assert compilecache._load(str(entry), key) is None


def test_a_changed_compiler_is_a_miss(cache_dir, monkeypatch):
    compile_twice('a = 1\n')
    fingerprint = compilecache._fingerprint()
    monkeypatch.setitem(compilecache._state, 'fingerprint',
                        fingerprint + 'changed')
    first, second, compiles = compile_twice('a = 1\n')
    assert compiles == 1
    assert len(list(cache_dir.iterdir())) == 2


def test_dont_write_bytecode(cache_dir, monkeypatch):
    monkeypatch.setattr(sys, 'dont_write_bytecode', True)
    assert compile_twice('a = 1\n')[2] == 2
    assert not cache_dir.exists()


def test_full_directory_is_emptied(cache_dir, monkeypatch):
    monkeypatch.setattr(compilecache, 'MAX_ENTRIES', 3)
    for n in range(3):
        compile_twice(f'a = {n}\n')
    assert len(list(cache_dir.iterdir())) == 3
    compile_twice('a = 3\n')
    assert len(list(cache_dir.iterdir())) == 1


# --- the command ----------------------------------------------------------

def run_ophis(args, prefix, **env_changes):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop('PYTHONDONTWRITEBYTECODE', None)
    env.update(env_changes)
    return subprocess.run(
        [sys.executable, '-m', 'ophis', '-S', '-X',
         f'pycache_prefix={prefix}'] + args,
        env=env, capture_output=True, text=True, timeout=300)


def entries(prefix):
    return sorted(p.name for p in pathlib.Path(prefix).rglob('*')
                  if p.parent.name == 'compiled')


def test_the_command_caches_its_start_up_compilations(tmp_path):
    program = ('import sys\nexec("y = 2")\nprint(eval("y + 1"), '
               'compile("z", "<s>", "eval").co_names)\n'
               'x = 1 is 1\n')
    expected = subprocess.run(
        [sys.executable, '-S', '-c', program], capture_output=True,
        text=True)
    first = run_ophis(['-c', program], tmp_path)
    assert (first.stdout, first.stderr) == (expected.stdout, expected.stderr)
    # The command's own code warns: not kept.  The program's own exec,
    # eval and compile() are never cached.
    assert entries(tmp_path) == []
    quiet = program.replace('x = 1 is 1\n', '')
    run_ophis(['-c', quiet], tmp_path)
    assert len(entries(tmp_path)) == 1
    second = run_ophis(['-c', quiet], tmp_path)
    assert (second.stdout, second.stderr) == ('3 (\'z\',)\n', '')
    assert len(entries(tmp_path)) == 1
    for env in ({'PYTHONDONTWRITEBYTECODE': '1'}, {}):
        other = run_ophis(['-c', 'print(5)'] if env else
                          ['-B', '-c', 'print(5)'], tmp_path, **env)
        assert other.stdout == '5\n'
        assert len(entries(tmp_path)) == 1


def test_compiler_loaded_while_the_program_runs_is_invisible(tmp_path):
    # With the command's code from the cache, the compiler's modules load
    # at the program's first eval(): the program's __import__ and exec must
    # not see Ophis load them.
    program = ('import builtins\n'
               'orig = builtins.__import__\n'
               'def imp(name, *args, **kwargs):\n'
               '    print("import", name)\n'
               '    return orig(name, *args, **kwargs)\n'
               'builtins.__import__ = imp\n'
               'orig_exec = builtins.exec\n'
               'def exec_(*args):\n'
               '    print("exec")\n'
               '    return orig_exec(*args)\n'
               'builtins.exec = exec_\n'
               'print(eval("[i for i in range(2)]"))\n'
               'exec("import math")\n')
    expected = subprocess.run([sys.executable, '-S', '-c', program],
                              capture_output=True, text=True)
    for run in range(2):
        result = run_ophis(['-c', program], tmp_path)
        assert (result.stdout, result.stderr) == \
            (expected.stdout, expected.stderr)
    assert len(entries(tmp_path)) == 1


def test_set_displays_follow_each_runs_hash_seed(tmp_path):
    # A frozenset constant's order is the compiling process's: such code is
    # compiled afresh, as CPython compiles -c each time.
    program = 'print(list({"x", "y", "z", "w", "v"}), {"a", "b", "c"})\n'
    for seed in ('1', '2', '3', '4294967295'):
        expected = subprocess.run(
            [sys.executable, '-S', '-c', program], capture_output=True,
            text=True, env=dict(os.environ, PYTHONHASHSEED=seed))
        result = run_ophis(['-c', program], tmp_path, PYTHONHASHSEED=seed)
        assert result.stdout == expected.stdout
    assert entries(tmp_path) == []


def test_bytes_warnings_option(tmp_path):
    # -b: reading the cache compares no bytes with str or int.  -bb's
    # warning option makes start-up import the program's warnings module
    # (as python3 -S -bb does), whose compilation the cache keeps too: the
    # second run adds nothing.
    written = []
    for run in range(2):
        result = run_ophis(['-bb', '-c', 'print(1)'], tmp_path)
        assert (result.stdout, result.stderr) == ('1\n', '')
        written.append(entries(tmp_path))
    assert written[0] and written[1] == written[0]


def test_int_digit_limit_is_part_of_the_key(tmp_path):
    program = f'x = {"7" * 5000}\nprint("ok")\n'
    for limit in ('0', '4300', '0'):
        result = run_ophis(['-X', f'int_max_str_digits={limit}', '-c',
                            program], tmp_path)
        if limit == '0':
            assert (result.stdout, result.returncode) == ('ok\n', 0)
        else:
            assert result.returncode == 1
            assert 'Exceeds the limit (4300 digits)' in result.stderr
    assert len(entries(tmp_path)) == 1
