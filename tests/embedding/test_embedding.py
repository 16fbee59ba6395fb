"""The embedding API (ophis.embed): code run by an Interpreter behaves as the
same code run by the host's exec/eval, and its errors carry the same
tracebacks and SyntaxErrors as the host's would.

These tests run in the pytest process, as an application embedding Ophis
does; the module's fixture takes Ophis's runtime out again afterwards, so
that other tests in the same worker see the host's own functions."""

import builtins
import linecache
import runpy
import sys
import threading
import traceback
import types

import pytest

from ophis.embed import Interpreter


@pytest.fixture(scope='module', autouse=True)
def _restore_host():
    before = (builtins.exec, builtins.globals, sys._getframe,
              sys.unraisablehook)
    yield
    from ophis import runtime
    from ophis.vm import breaker
    runtime.uninstall()
    breaker.uninstall_sigint()
    assert (builtins.exec, builtins.globals, sys._getframe,
            sys.unraisablehook) == before


_names = iter(range(1, 1 << 30))


def fresh_name():
    return f'<test-embedding-{next(_names)}>'


def remember(filename, source):
    lines = source.splitlines(True)
    linecache.cache[filename] = (len(source), None, lines, filename)


def host_namespace():
    return {'__name__': '__main__', '__builtins__': builtins}


def formatted(error):
    """The exception as traceback prints it, without the first entry (the
    test's own frame, which differs between the host and the Ophis run)."""
    return ''.join(traceback.format_exception(
        type(error), error, error.__traceback__.tb_next))


def host_exec_error(source, filename):
    remember(filename, source)
    try:
        exec(compile(source, filename, 'exec'), host_namespace())
    except BaseException as error:
        return error
    raise AssertionError('no error under the host')


def ophis_exec_error(source, filename):
    try:
        Interpreter().run_string(source, filename)
    except BaseException as error:
        return error
    raise AssertionError('no error under Ophis')


PROGRAM = '''\
import math
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    def norm(self):
        return math.hypot(self.x, self.y)
def counter(n):
    total = 0
    for i in range(n):
        total += yield i
    return total
def adder(k):
    return lambda v: v + k
points = sorted([Point(3, 4), Point(1, 1), Point(0, 2)], key=Point.norm)
squares = {i: i * i for i in range(6) if i % 2}
gen = counter(3)
steps = [next(gen), gen.send(10), gen.send(20)]
try:
    gen.send(30)
except StopIteration as stop:
    steps.append(stop.value)
add5 = adder(5)
result = (repr(points), squares, steps, add5(1), __name__)
'''


def test_run_string_as_exec():
    interp = Interpreter()
    interp.run_string(PROGRAM)
    namespace = host_namespace()
    exec(PROGRAM, namespace)
    assert interp.namespace['result'] == namespace['result']
    # The functions are Ophis's, not the host's.
    assert type(interp.namespace['adder'].__code__) is not types.CodeType
    assert type(namespace['adder'].__code__) is types.CodeType


def test_each_interpreter_has_its_own_namespace():
    first, second = Interpreter(), Interpreter()
    first.run_string('x = 1')
    assert 'x' not in second.namespace
    assert first.module.__dict__ is first.namespace
    assert first.module is not second.module
    shared = {}
    third = Interpreter(shared)
    third.run_string('y = 2')
    assert shared['y'] == 2 and shared['__builtins__'] is builtins
    assert third.module is None
    with pytest.raises(TypeError):
        Interpreter([])


def test_name_and_file():
    interp = Interpreter()
    assert interp.eval('__name__') == '__main__'
    assert interp.eval("'__file__' in globals()") is False
    assert Interpreter(name='plugin').eval('__name__') == 'plugin'
    # The host's __main__ and argv are left alone.
    main, argv = sys.modules['__main__'], list(sys.argv)
    interp.run_string('import sys\nseen = sys.argv, sys.modules["__main__"]')
    assert sys.modules['__main__'] is main and sys.argv == argv
    assert interp.namespace['seen'] == (argv, main)


EXPRESSIONS = [
    '1 + 2 * 3',
    '  [x * 2 for x in range(4)]',
    '{k: v for k, v in zip("abc", range(3))}',
    '(lambda *a, **k: (a, sorted(k)))(1, 2, z=3, a=4)',
    'sum(i for i in range(10) if i % 3)',
    '__name__',
]


@pytest.mark.parametrize('expression', EXPRESSIONS)
def test_eval_as_host_eval(expression):
    assert Interpreter().eval(expression) == eval(expression,
                                                  host_namespace())


def test_call_with_host_arguments():
    interp = Interpreter()
    interp.run_string(
        'def describe(a, /, b, *rest, key=None, **extra):\n'
        '    return a, b, rest, key, sorted(extra.items())\n'
        'def apply(function, values):\n'
        '    return [function(v) for v in values]\n')
    assert interp.call('describe', 1, 2, 3, key='k', z=0) == \
        (1, 2, (3,), 'k', [('z', 0)])
    # Host callables passed in, Ophis callables passed out.
    assert interp.call('apply', str.upper, ['a', 'b']) == ['A', 'B']
    describe = interp.namespace['describe']
    assert interp.call(describe, 'x', b='y') == ('x', 'y', (), None, [])
    assert sorted([3, 1, 2], key=interp.eval('lambda v: -v')) == [3, 2, 1]
    with pytest.raises(NameError) as info:
        interp.call('missing')
    assert str(info.value) == "name 'missing' is not defined"
    with pytest.raises(TypeError) as info:
        interp.call('describe')
    host = host_namespace()
    exec('def describe(a, /, b, *rest, key=None, **extra): pass', host)
    with pytest.raises(TypeError) as host_info:
        host['describe']()
    assert str(info.value) == str(host_info.value)


ERRORS = {
    'nested': (
        'def f(x):\n'
        '    return 1 / x\n'
        'def g():\n'
        '    return f(0)\n'
        'g()\n'),
    'chained': (
        'def parse(text):\n'
        '    try:\n'
        '        return int(text)\n'
        '    except ValueError as error:\n'
        '        raise KeyError(text) from error\n'
        'try:\n'
        '    parse("x")\n'
        'finally:\n'
        '    cleanup = 1 / 0\n'),
    'through C': (
        'def key(item):\n'
        '    return item["missing"]\n'
        'sorted([{}, {}], key=key)\n'),
    'class body': (
        'class C:\n'
        '    value = undefined_name\n'),
    'group': (
        'raise ExceptionGroup("many", [ValueError(1), TypeError(2)])\n'),
    'generator': (
        'def gen():\n'
        '    yield 1\n'
        '    raise RuntimeError("in generator")\n'
        'list(gen())\n'),
}


@pytest.mark.parametrize('name', sorted(ERRORS))
def test_exception_traceback_as_host_exec(name):
    source = ERRORS[name]
    filename = fresh_name()
    ours = ophis_exec_error(source, filename)
    host = host_exec_error(source, filename)
    assert type(ours) is type(host)
    assert formatted(ours) == formatted(host)
    # The traceback module's walkers see the same entries: no VM frame.
    files = [entry.filename for entry in
             traceback.extract_tb(ours.__traceback__)]
    assert all('/ophis/' not in f for f in files), files


def test_call_error_traceback():
    source = ERRORS['nested'].replace('g()\n', '')
    filename = fresh_name()
    interp = Interpreter()
    interp.run_string(source, filename)
    with pytest.raises(ZeroDivisionError) as info:
        interp.call('g')
    host = host_namespace()
    remember(filename, source)
    exec(compile(source, filename, 'exec'), host)
    with pytest.raises(ZeroDivisionError) as host_info:
        host['g']()
    assert formatted(info.value) == formatted(host_info.value)
    text = formatted(info.value)
    assert f'File "{filename}", line 2, in f\n    return 1 / x\n' in text


def test_eval_error_traceback():
    filename = fresh_name()
    with pytest.raises(ZeroDivisionError) as info:
        Interpreter().eval('[1][0] / 0', filename)
    remember(filename, '[1][0] / 0')
    with pytest.raises(ZeroDivisionError) as host_info:
        eval(compile('[1][0] / 0', filename, 'eval'), host_namespace())
    assert formatted(info.value) == formatted(host_info.value)


SYNTAX_ERRORS = [
    ('exec', 'x = ('),
    ('exec', 'def f():\nreturn 1\n'),
    ('exec', 'print "hello"\n'),
    ('exec', 'a = 1 +\n'),
    ('exec', 'for x in range(3):\n    pass\n  else:\n    pass\n'),
    ('exec', 'f(**k, *a)\n'),
    ('exec', 'x = 1\n\tif x:\n'),
    ('exec', "s = 'unterminated\n"),
    ('eval', 'x = 1'),
    ('eval', '1 +'),
]


@pytest.mark.parametrize('mode, source', SYNTAX_ERRORS)
def test_syntax_error_as_host(mode, source):
    filename = fresh_name()
    interp = Interpreter()
    run = interp.run_string if mode == 'exec' else interp.eval
    with pytest.raises(SyntaxError) as info:
        run(source, filename)
    with pytest.raises(SyntaxError) as host_info:
        compile(source, filename, mode)
    ours, host = info.value, host_info.value
    assert type(ours) is type(host)
    assert ours.args == host.args
    assert (ours.filename, ours.lineno, ours.offset, ours.end_lineno,
            ours.end_offset, ours.text) == \
        (host.filename, host.lineno, host.offset, host.end_lineno,
         host.end_offset, host.text)
    assert traceback.format_exception_only(type(ours), ours) == \
        traceback.format_exception_only(type(host), host)
    # No entry of Ophis's compiler in the traceback.
    assert all('/ophis/' not in entry.filename for entry in
               traceback.extract_tb(ours.__traceback__))


def test_system_exit_reaches_the_host():
    with pytest.raises(SystemExit) as info:
        Interpreter().run_string('import sys\nsys.exit(3)')
    assert info.value.code == 3


def test_imports_are_the_hosts():
    # An import in embedded code is the host's: a module loaded for it is
    # run by CPython, and nothing Ophis ran enters sys.modules.
    assert 'colorsys' not in sys.modules
    before = set(sys.modules)
    interp = Interpreter()
    interp.run_string('import colorsys, json\n'
                      'hsv = colorsys.rgb_to_hsv(0.2, 0.4, 0.4)\n'
                      'text = json.dumps({"a": [1, 2]}, sort_keys=True)\n')
    import colorsys
    import json
    assert interp.namespace['colorsys'] is colorsys
    assert interp.namespace['json'] is json
    assert type(colorsys.rgb_to_hsv.__code__) is types.CodeType
    assert interp.namespace['hsv'] == colorsys.rgb_to_hsv(0.2, 0.4, 0.4)
    for name in set(sys.modules) - before:
        module = sys.modules[name]
        for value in vars(module).values():
            if isinstance(value, types.FunctionType) or \
                    type(value).__name__ == 'function':
                assert type(value.__code__) is types.CodeType, (name, value)


def test_run_file(tmp_path, capsys):
    path = tmp_path / 'script.py'
    path.write_bytes(
        '# -*- coding: latin-1 -*-\n'
        'word = "caf\xe9"\n'
        'def fail():\n'
        '    raise ValueError(word)\n'
        'if __name__ == "__main__":\n'
        '    print(word, __file__ == FILE, __name__)\n'.encode('latin-1'))
    # A namespace given is used as it is (no __name__ added, as exec).
    interp = Interpreter({'FILE': str(path), '__name__': '__main__'})
    interp.run_file(path)
    ours = capsys.readouterr()
    runpy.run_path(str(path), {'FILE': str(path)}, run_name='__main__')
    assert ours == capsys.readouterr()
    assert interp.namespace['__file__'] == str(path)
    with pytest.raises(ValueError) as info:
        interp.call('fail')
    host = runpy.run_path(str(path), {'FILE': str(path)}, run_name='x')
    with pytest.raises(ValueError) as host_info:
        host['fail']()
    assert formatted(info.value) == formatted(host_info.value)
    assert '    raise ValueError(word)\n' in formatted(info.value)


def test_run_file_relative_path(tmp_path, monkeypatch):
    (tmp_path / 'rel.py').write_text('here = __file__\n')
    monkeypatch.chdir(tmp_path)
    interp = Interpreter()
    interp.run_file('rel.py')
    assert interp.namespace['here'] == str(tmp_path / 'rel.py')
    with pytest.raises(FileNotFoundError):
        interp.run_file('missing.py')


THREAD_PROGRAM = '''\
import sys
def work(tag, n):
    total = 0
    for i in range(n):
        try:
            raise KeyError(tag, i)
        except KeyError:
            # Each thread sees its own exception being handled.
            assert sys.exc_info()[1].args == (tag, i)
            total += i
    return tag, total
'''


def run_threads(interpreters):
    results = {}
    errors = []

    def target(index, interp):
        try:
            results[index] = interp.call('work', index, 20000)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=target, args=(index, interp))
               for index, interp in enumerate(interpreters)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    return results


def test_threads_in_one_interpreter():
    interp = Interpreter()
    interp.run_string(THREAD_PROGRAM)
    host = host_namespace()
    exec(THREAD_PROGRAM, host)
    expected = {index: host['work'](index, 20000) for index in range(3)}
    assert run_threads([interp] * 3) == expected


def test_threads_in_separate_interpreters():
    interpreters = []
    for _ in range(2):
        interp = Interpreter()
        interp.run_string(THREAD_PROGRAM)
        interpreters.append(interp)
    host = host_namespace()
    exec(THREAD_PROGRAM, host)
    expected = {index: host['work'](index, 20000) for index in range(2)}
    assert run_threads(interpreters) == expected


def test_threads_running_strings():
    # Threads started by embedded code run Ophis code too.
    source = ('import threading\n'
              'out = []\n'
              'def run(i):\n'
              '    out.append(sum(range(i * 1000)))\n'
              'ts = [threading.Thread(target=run, args=(i,)) '
              'for i in range(4)]\n'
              'for t in ts: t.start()\n'
              'for t in ts: t.join()\n'
              'out.sort()\n')
    interp = Interpreter()
    interp.run_string(source)
    host = host_namespace()
    exec(source, host)
    assert interp.namespace['out'] == host['out']


def test_host_code_keeps_the_hosts_behaviour():
    # The frame-aware builtins and sys functions an Interpreter installs
    # act for host callers as the host's own.
    Interpreter().run_string('x = 1')
    here = sys._getframe()
    assert here.f_code is test_host_code_keeps_the_hosts_behaviour.__code__
    assert globals() is sys.modules[__name__].__dict__
    local = 'seen'
    assert locals()['local'] == 'seen' and eval('local') == 'seen'
    namespace = {}
    exec('y = 2', namespace)
    assert namespace['y'] == 2
    assert type(compile('1', '<c>', 'eval')) is types.CodeType
    import warnings
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        warnings.warn('from the host')
    assert caught[0].filename == __file__
    assert caught[0].lineno == sys._getframe().f_lineno - 2


def test_same_text_is_remembered_once():
    interp = Interpreter()
    before = len(linecache.cache)
    for i in range(200):
        assert interp.eval('1 + 2') == 3
    assert len(linecache.cache) - before <= 1
    with pytest.raises(ZeroDivisionError) as info:
        interp.eval('1 / 0')
    first = traceback.extract_tb(info.value.__traceback__)[-1].filename
    with pytest.raises(ZeroDivisionError) as info:
        interp.eval('1 / 0')
    assert traceback.extract_tb(info.value.__traceback__)[-1].filename == \
        first
    # A tree (compile() takes one) has no text to remember.
    import ast
    code = interp.compile(ast.parse('value = 5'))
    interp.run_string(code)
    assert interp.namespace['value'] == 5


MEMORY_PROGRAM = '''
import gc
import tracemalloc
from ophis.embed import Interpreter

interp = Interpreter()
interp.run_string('def step(i):\\n'
                  '    if i % 3 == 0:\\n'
                  '        raise ValueError(i)\\n'
                  '    return [i] * 3\\n')


def batch(n):
    for i in range(n):
        try:
            interp.call('step', i)
        except ValueError:
            pass
        interp.eval('len("abc")')


batch(500)
tracemalloc.start()
batch(500)
# Cycles awaiting the collector are not kept memory (the compiler's
# visitors cache bound methods of themselves): each measure collects first.
gc.collect()
first, _ = tracemalloc.get_traced_memory()
batch(5000)
gc.collect()
second, _ = tracemalloc.get_traced_memory()
print(first, second)
'''


def test_memory_flat_over_many_calls():
    # Calls, evaluations and caught exceptions leave nothing behind: 5,000
    # iterations keeping 90 bytes each would add 450 kB.  (In a process of
    # its own: other threads of the test process allocate meanwhile.)
    import pathlib
    import subprocess
    root = pathlib.Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, '-c', MEMORY_PROGRAM],
                            cwd=root, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr
    first, second = map(int, result.stdout.split())
    assert second - first < 64 * 1024, (first, second)


FAULTHANDLER_PROGRAM = '''
import faulthandler, os, sys
embedded = sys.argv[1] == 'ophis'
if embedded:
    from ophis.embed import Interpreter
    interp = Interpreter()
count = [0]
def run(source):
    count[0] += 1
    name = f'<embedded-{count[0]}>'
    interp.run_string(source) if embedded else exec(compile(source, name, 'exec'), {})
def host_side():
    run('import faulthandler\\ndef inner():\\n    faulthandler.dump_traceback(all_threads=False)\\ninner()\\n')
host_side()
faulthandler.enable()
def crash():
    run('import os\\ndef boom():\\n    os.abort()\\nboom()\\n')
crash()
'''


def test_faulthandler_dumps_show_embedded_and_host_frames(tmp_path):
    # faulthandler's dumps in an embedding process (an explicit dump, and
    # enable()'s dump on os.abort()) show the embedded code's frames among
    # the host's, as CPython's show code run with exec().
    import os
    import re
    import subprocess
    program = tmp_path / 'host.py'
    program.write_text(FAULTHANDLER_PROGRAM)
    root = str(__import__('pathlib').Path(__file__).resolve().parents[2])
    env = dict(os.environ, PYTHONPATH=root)
    outputs = []
    for mode in ('host', 'ophis'):
        result = subprocess.run([sys.executable, str(program), mode],
                                capture_output=True, text=True, env=env,
                                timeout=120)
        outputs.append((result.returncode,
                        re.sub('0x[0-9a-f]{16}', '0xX', result.stderr)))
    assert outputs[0][0] == -6
    assert 'line 3 in boom' in outputs[0][1]
    assert outputs[1] == outputs[0]
