"""The interactive session on a real terminal, compared with CPython's.

Each test types the same keystrokes into ``python3`` and ``ophis`` running
on a pseudo-terminal (tests/repl/terminal.py) and compares what the
terminal showed, the banner's first line aside (it names Ophis), and the
exit status.  Timeouts are generous: the machine is shared.  Ctrl-C is
typed a while after the prompt shows: readline must be waiting for input
(a signal that comes before its select() is seen only at the next key).
"""
import os
import shutil
import subprocess
import sys
import tempfile

import pytest

from tests.repl.terminal import (
    CTRL_C, CTRL_D, TAB, Expect, Send, base_environment, run_session)

HOST = sys.executable
OPHIS = shutil.which('ophis', path=os.path.dirname(sys.executable)) or \
    shutil.which('ophis')

pytestmark = pytest.mark.skipif(OPHIS is None, reason='the ophis launcher '
                                'is not installed (pip install -e .)')

PS1, PS2 = '>>> ', '... '


def _normalize(transcript):
    lines = transcript.split('\n')
    for i, line in enumerate(lines[:3]):
        if line.startswith('Python 3.') or line.startswith('Ophis '):
            lines[i] = '<banner>'
    return '\n'.join(lines)


def _both(steps, args=(), env_extra=None, files=None):
    """Run the steps under the host and under Ophis, each in a fresh home
    directory; [(transcript, status, home)] for each."""
    results = []
    for interpreter in (HOST, OPHIS):
        home = tempfile.mkdtemp(prefix='ophis-repl-')
        for name, text in (files or {}).items():
            with open(os.path.join(home, name), 'w') as f:
                f.write(text)
        env = base_environment(home)
        for key, value in (env_extra or {}).items():
            env[key] = value.replace('$HOME', home)
        transcript, status = run_session(
            [interpreter, *args], steps, env=env, cwd=home)
        transcript = _normalize(transcript).replace(home, '$HOME')
        results.append((transcript, status, home))
    return results


def _assert_same(results):
    (host, host_status, _), (ophis, ophis_status, _) = results
    assert ophis == host
    assert ophis_status == host_status


def test_function_error_completion_interrupt_and_eof():
    """The brief's session: a multi-line function, a call, an error, a
    SyntaxError, Tab completion, Ctrl-C in a running loop and at the
    prompt, Ctrl-D."""
    steps = [
        Expect(PS1), Send('def twice(x):\n'),
        Expect(PS2), Send('    return x * 2\n'),
        Expect(PS2), Send('\n'),
        Expect(PS1), Send('twice(21)\n'),
        Expect(PS1), Send('twice(None)\n'),
        Expect(PS1), Send('1 +* 2\n'),
        Expect(PS1), Send('_ + 1\n'),
        Expect(PS1), Send('twi' + TAB), Expect('twice('), Send('"ab")\n'),
        Expect(PS1), Send('import math\n'),
        Expect(PS1), Send('math.in' + TAB), Expect('math.inf'),
        Send(' > 0\n'),
        Expect(PS1), Send('if 1:\n'), Expect(PS2),
        Send('    print("looping")\n'), Expect(PS2),
        Send('    while True: pass\n'), Expect(PS2), Send('\n'),
        Expect('looping\n'), Send(CTRL_C, delay=0.8),
        Expect('KeyboardInterrupt'), Expect(PS1), Send('abc'),
        Expect('abc'), Send(CTRL_C, delay=0.8),
        Expect(PS1), Send('if 1:\n'), Expect(PS2), Send(CTRL_C, delay=0.8),
        Expect(PS1), Send(CTRL_D, delay=0.5),
    ]
    results = _both(steps)
    _assert_same(results)
    transcript = results[1][0]
    assert 'twice("ab")\n\'abab\'' in transcript
    assert '>>> math.inf > 0\nTrue\n' in transcript


def test_blocks_comments_strings_and_syntax_errors():
    steps = [
        Expect(PS1), Send('# just a comment\n'),
        Expect(PS1), Send('\n'),
        Expect(PS1), Send('  x = 1\n'),
        Expect(PS1), Send('x = 1 # c\n'),
        Expect(PS1), Send('if x:\n'), Expect(PS2), Send('  # c\n'),
        Expect(PS2), Send('  y = 2\n'), Expect(PS2), Send('\n'),
        Expect(PS1), Send('for i in range(2): i\n'), Expect(PS2), Send('\n'),
        Expect(PS1), Send('"""abc\n'), Expect(PS2), Send('def"""\n'),
        Expect(PS1), Send('t = (1,\n'), Expect(PS2), Send('\n'),
        Expect(PS2), Send('2)\n'),
        Expect(PS1), Send('t\n'),
        Expect(PS1), Send('if 1:\n'), Expect(PS2), Send('  1 +* 2\n'),
        Expect(PS1), Send('def g():\n'), Expect(PS2), Send('  yield from\n'),
        Expect(PS1), Send('1; 2\n'),
        Expect(PS1), Send('x = 1 + \\\n'), Expect(PS2), Send('2\n'),
        Expect(PS1), Send('x\n'),
        Expect(PS1), Send('@staticmethod\n'), Expect(PS2),
        Send('def h(): return 5\n'), Expect(PS2), Send('\n'),
        Expect(PS1), Send('h.__func__()\n'),
        Expect(PS1), Send('class C:\n'), Expect(PS2), Send('  a = 1\n'),
        Expect(PS2), Send('  def m(self):\n'), Expect(PS2),
        Send('    return self.a\n'), Expect(PS2), Send('\n'),
        Expect(PS1), Send('C().m()\n'),
        Expect(PS1), Send('exit\n'),
        Expect(PS1), Send('if x:\n'), Expect(PS2), Send('\n'),
        Expect(PS1), Send('@dec\n'), Expect(PS2), Send('\n'),
        Expect(PS1), Send('s = \'\'\'a\n'), Expect(PS2), Send('\n'),
        Expect(PS2), Send("b'''\n"), Expect(PS1), Send('s\n'),
        Expect(PS1), Send('print(1,\n'), Expect(PS2), Send('2 3)\n'),
        Expect(PS1), Send('if 1:\n'), Expect(PS2),
        Send(CTRL_D, delay=0.5),
        Expect(PS1), Send(CTRL_D, delay=0.5),
    ]
    _assert_same(_both(steps))


def test_displayhook_prompts_and_future_flags():
    steps = [
        Expect(PS1), Send('None\n'),
        Expect(PS1), Send('import sys\n'),
        Expect(PS1), Send('sys.displayhook = lambda v: print("->", v)\n'),
        Expect(PS1), Send('40 + 2\n'),
        Expect(PS1), Send('sys.displayhook = sys.__displayhook__\n'),
        Expect(PS1), Send('from __future__ import barry_as_FLUFL\n'),
        Expect(PS1), Send('1 <> 2\n'),
        Expect(PS1), Send('1 != 2\n'),
        Expect(PS1), Send('class P:\n'), Expect(PS2),
        Send('  def __str__(self): return "P> "\n'), Expect(PS2), Send('\n'),
        Expect(PS1), Send('sys.ps1 = P()\n'),
        Expect('P> '), Send('sys.ps2 = "~~ "\n'),
        Expect('P> '), Send('if 1:\n'), Expect('~~ '), Send('  5\n'),
        Expect('~~ '), Send('\n'),
        Expect('P> '), Send('raise SystemExit(7)\n'),
    ]
    _assert_same(_both(steps))


def test_quiet_startup_file_and_exit_status():
    startup = ('import sys\nstarted = "yes"\n'
               'print("startup ran", __file__.endswith("start.py"))\n')
    steps = [
        Expect(PS1), Send('started, "__file__" in globals()\n'),
        Expect(PS1), Send('exit(3)\n'),
    ]
    results = _both(steps, args=['-q'], files={'start.py': startup},
                    env_extra={'PYTHONSTARTUP': '$HOME/start.py'})
    _assert_same(results)
    assert results[1][1] == 3
    assert 'startup ran True' in results[1][0]
    assert '<banner>' not in results[1][0]


def test_startup_file_missing_and_failing():
    steps = [Expect(PS1), Send('1\n'), Expect(PS1), Send(CTRL_D, delay=0.5)]
    _assert_same(_both(steps, args=['-q'],
                       env_extra={'PYTHONSTARTUP': '$HOME/missing.py'}))
    _assert_same(_both(steps, args=['-q'], files={'bad.py': '1/0\n'},
                       env_extra={'PYTHONSTARTUP': '$HOME/bad.py'}))


def test_inspect_after_script():
    """-i: the session follows the script, in its globals, also after an
    uncaught exception or SystemExit."""
    script = 'value = 6 * 7\ndef broken():\n    return 1 / 0\nbroken()\n'
    steps = [
        Expect(PS1), Send('value\n'),
        Expect(PS1), Send('broken()\n'),
        Expect(PS1), Send('import sys; sys.last_type.__name__\n'),
        Expect(PS1), Send(CTRL_D, delay=0.5),
    ]
    _assert_same(_both(steps, args=['-i', 'script.py'],
                       files={'script.py': script}))
    steps = [Expect(PS1), Send('x\n'), Expect(PS1), Send(CTRL_D, delay=0.5)]
    _assert_same(_both(steps, args=['-i', '-c',
                                    'x = 5; raise SystemExit(3)']))
    _assert_same(_both(steps, args=[
        '-c', 'import os; x = 1; os.environ["PYTHONINSPECT"] = "1"']))


def test_dash_on_a_terminal():
    steps = [Expect(PS1), Send('import sys; sys.argv\n'),
             Expect(PS1), Send(CTRL_D, delay=0.5)]
    _assert_same(_both(steps, args=['-', 'arg']))


def test_banner_names_ophis_and_the_host():
    home = tempfile.mkdtemp(prefix='ophis-repl-')
    transcript, status = run_session(
        [OPHIS], [Expect(PS1), Send(CTRL_D, delay=0.5)],
        env=base_environment(home))
    first, second = transcript.split('\n')[:2]
    assert first == f'Ophis 0.1.0 on CPython {sys.version} on {sys.platform}'
    assert second == ('Type "help", "copyright", "credits" or "license" '
                      'for more information.')
    assert status == 0


def test_history_file_of_its_own():
    results = _both([Expect(PS1), Send('hist_marker = 1\n'),
                     Expect(PS1), Send(CTRL_D, delay=0.5)])
    _assert_same(results)
    home = results[1][2]
    with open(os.path.join(home, '.ophis_history')) as f:
        assert 'hist_marker = 1' in f.read()
    assert not os.path.exists(os.path.join(home, '.python_history'))
    # and the next session reads it back: Up recalls the line
    steps = [Expect(PS1), Send('\x1b[A'), Expect('hist_marker = 1'),
             Send('\n'), Expect(PS1), Send('hist_marker\n'),
             Expect(PS1), Send(CTRL_D, delay=0.5)]
    transcript, status = run_session([OPHIS, '-q'], steps,
                                     env=base_environment(home))
    assert '>>> hist_marker\n1\n' in transcript


@pytest.mark.parametrize('args, text', [
    (['-i', '-c', 'x = 5'], 'x * 2\nprint("out")\n1/0\n'),
    (['-i'], 'def f():\n  return 3\n\nf()\nimport sys; sys.exit(4)\n'),
    (['-q', '-i'], 'if 1:\n  2\n'),
    (['-i', '-c', 'import sys; sys.exit(2)'], 'sys\n'),
    (['-i'], 'import os\nprint("before close")\nos.close(0)\n'),
])
def test_piped_input_with_i(args, text):
    """stdin not a terminal: prompts go to stderr, lines come from the
    pipe (CPython's stdio reader)."""
    outcomes = []
    for interpreter in (HOST, OPHIS):
        home = tempfile.mkdtemp(prefix='ophis-repl-')
        result = subprocess.run([interpreter, *args], input=text.encode(),
                                capture_output=True, timeout=120,
                                env=base_environment(home), cwd=home)
        outcomes.append((result.returncode, result.stdout,
                         _normalize(result.stderr.decode())))
    assert outcomes[1] == outcomes[0]


def test_piped_stdin_without_i_is_a_program():
    outcomes = []
    for interpreter in (HOST, OPHIS):
        result = subprocess.run([interpreter], input=b'x = 2\nprint(x)\nx\n',
                                capture_output=True, timeout=120)
        outcomes.append((result.returncode, result.stdout, result.stderr))
    assert outcomes[1] == outcomes[0]


def test_help_and_compiler_warnings_once():
    """help(obj) and the help> utility; a SyntaxWarning shows once, when
    its statement is complete, not at each line typed."""
    steps = [
        Expect(PS1), Send('x = 1 is 1\n'),
        Expect(PS1), Send('if 1:\n'), Expect(PS2), Send('  y = 1 is 1\n'),
        Expect(PS2), Send('  z = 2\n'), Expect(PS2), Send('\n'),
        Expect(PS1), Send('help(len)\n'),
        Expect(PS1), Send('help()\n'), Expect('help> '), Send('len\n'),
        Expect('help> '), Send('q\n'),
        Expect(PS1), Send(CTRL_D, delay=0.5),
    ]
    results = _both(steps)
    _assert_same(results)
    assert results[1][0].count('SyntaxWarning') == 2


def test_interrupted_sleep_reprs_chained_errors_and_quit():
    steps = [
        Expect(PS1), Send('"héllo wörld"\n'),
        Expect(PS1), Send('import time; print("sleeping"); time.sleep(30)\n'),
        Expect('sleeping\n'), Send(CTRL_C, delay=0.8),
        Expect(PS1), Send('class R:\n'),
        Expect(PS2), Send('  def __repr__(self): raise ValueError("no")\n'),
        Expect(PS2), Send('\n'),
        Expect(PS1), Send('R()\n'),
        Expect(PS1), Send('print("a", end="")\n'),
        Expect(PS1), Send('import sys; del sys.ps1\n'), Expect('\n'),
        # Spelled so that the echo of the typed line does not contain the
        # prompt, which the next Expect would take for the prompt itself.
        Send('sys.ps1 = ">" + ">> "\n', delay=0.5),
        Expect(PS1), Send('def gen():\n'), Expect(PS2), Send('  yield 1\n'),
        Expect(PS2), Send('\n'),
        Expect(PS1), Send('list(gen())\n'),
        Expect(PS1), Send('raise KeyboardInterrupt\n'),
        Expect(PS1), Send('try:\n'), Expect(PS2), Send('  1/0\n'),
        Expect(PS2), Send('except Exception as e:\n'),
        Expect(PS2), Send('  raise TypeError("t") from e\n'),
        Expect(PS2), Send('\n'),
        Expect(PS1), Send('quit()\n'),
    ]
    _assert_same(_both(steps))


@pytest.mark.parametrize('index', [1, 7])
def test_programs_typed_line_by_line(index):
    """Programs of the compile-flags fuzz typed as they are written, blank
    lines included (an empty line ends a block, but not inside brackets
    or strings)."""
    from tests.repl.test_compile_flags import PROGRAMS
    steps = []
    for line in PROGRAMS[index].split('\n'):
        steps += [Expect((PS1, PS2)), Send(line + '\n')]
    steps += [Expect((PS1, PS2)), Send('\n'), Expect(PS1),
              Send(CTRL_D, delay=0.5)]
    _assert_same(_both(steps, args=['-q']))


# Partial inputs of the compile-flags corpus where CPython's interactive
# tokenizer and codeop's test could part: strings left open (Ctrl-C there
# is the string's SyntaxError), backslashes before an empty line, errors of
# the compiler rather than the parser, comments, decorators.
TYPED = [
    "x = '''abc", "def f():\n  x = '''\n  abc", 'x = 1 + \\', 'x = 1 +\\',
    'x = yield', 'return', 'nonlocal x', 'await x', 'global x', '# c\n# d',
    '@dec\ndef f(): pass', 'class C:\n  @property', 'try:\n  pass',
    'if x:\n  pass\n else:', "f'{x", 'x = ~ ', 'lambda:',
]


def test_partial_inputs_typed_then_cancelled():
    """Each partial input typed line by line, then an empty line, then
    Ctrl-C (which cancels whatever is still being typed)."""
    steps = []
    for entry in TYPED:
        for line in entry.split('\n'):
            steps += [Expect((PS1, PS2)), Send(line + '\n')]
        steps += [Expect((PS1, PS2)), Send('\n'),
                  Expect((PS1, PS2)), Send(CTRL_C, delay=0.8)]
    steps += [Expect(PS1), Send(CTRL_D, delay=0.5)]
    _assert_same(_both(steps, args=['-q']))


def test_prompts_stay_on_the_terminal_when_sys_streams_change():
    steps = [
        Expect(PS1), Send('import sys, io; sys.stdout = io.StringIO()\n'),
        Expect(PS1), Send('1 + 1\n'),
        Expect(PS1), Send('print("hidden")\n'),
        Expect(PS1), Send('s = sys.stdout; sys.stdout = sys.__stdout__\n'),
        Expect(PS1), Send('s.getvalue()\n'),
        Expect(PS1), Send('sys.stdin = None\n'),
        Expect(PS1), Send('2\n'),
        Expect(PS1), Send(CTRL_D, delay=0.5),
    ]
    _assert_same(_both(steps, args=['-q']))
