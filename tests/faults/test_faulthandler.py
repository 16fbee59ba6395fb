"""faulthandler's own dumps under Ophis (ophis.runtime.faults), beyond the
corpus programs tests/programs/emb_faulthandler_*.py: start-up options,
exit and fork with a watchdog pending, a busy thread seen by the watchdog,
and the one case Ophis leaves to the host (a fault inside C code)."""

import os
import re
import subprocess
import sys
import time

from tests.programs.test_programs import ROOT, ophis_command

THREAD_ID = re.compile(r'0x[0-9a-f]{16}')


def run(command, code, *options, ophis=False, env=None, timeout=120):
    environment = dict(os.environ, PYTHONHASHSEED='0')
    environment.pop('PYTHONPATH', None)
    environment.pop('PYTHONFAULTHANDLER', None)
    if ophis:
        environment['PYTHONPATH'] = str(ROOT)
    environment.update(env or {})
    started = time.monotonic()
    result = subprocess.run(command + list(options) + ['-c', code],
                            env=environment, capture_output=True, text=True,
                            timeout=timeout)
    return (result.returncode, THREAD_ID.sub('0xX', result.stdout),
            THREAD_ID.sub('0xX', result.stderr), time.monotonic() - started)


def both(code, *options, env=None):
    expected = run([sys.executable], code, *options, env=env)
    actual = run(ophis_command(), code, *options, ophis=True, env=env)
    return expected, actual


ABORT = '''import os
def crash():
    os.abort()
crash()
'''


def test_enabled_at_start_up():
    # -X faulthandler, PYTHONFAULTHANDLER and -X dev enable it before the
    # program runs: its dumps show the program's frames all the same.
    for options, env in (((('-X', 'faulthandler')), None),
                         ((), {'PYTHONFAULTHANDLER': '1'}),
                         (('-X', 'dev'), None)):
        expected, actual = both(ABORT, *options, env=env)
        assert 'line 3 in crash' in expected[2]
        assert actual[:3] == expected[:3], options


def test_not_enabled_by_default():
    expected, actual = both(ABORT)
    assert expected[2] == '' and expected[0] == -6
    assert actual[:3] == expected[:3]


def test_watchdog_pending_at_exit():
    # The watchdog stops with the program: no dump, no wait.
    code = ('import faulthandler\n'
            'faulthandler.dump_traceback_later(5, exit=True)\n'
            'print("done")\n')
    expected, actual = both(code)
    assert expected[:3] == (0, 'done\n', '')
    assert actual[:3] == expected[:3]
    assert actual[3] < 4.5


def test_fault_inside_c_code_gets_the_host_dump():
    # A real fault in C (ctypes reading address 0) cannot run Python code:
    # the host's own handler, which enable() also installs, still writes
    # CPython's dump (with the eval loop's host frames under Ophis) and the
    # process dies by the signal.
    code = ('import ctypes, faulthandler\n'
            'faulthandler.enable()\n'
            'ctypes.string_at(0)\n')
    expected, actual = both(code)
    header = 'Fatal Python error: Segmentation fault\n\nCurrent thread 0xX'
    assert expected[2].startswith(header)
    assert actual[2].startswith(header)
    assert actual[0] == expected[0] == -11


def test_busy_thread_seen_by_the_watchdog():
    # The watchdog reads a thread running Ophis code: its file, function
    # and a line of its loop (CPython shows the loop's JUMP_BACKWARD line,
    # where it drops the GIL; Ophis any line the thread is at).
    code = ('import faulthandler\n'
            'def spin():\n'
            '    n = 0\n'
            '    while True:\n'
            '        n += 1\n'
            'faulthandler.dump_traceback_later(0.3, exit=True)\n'
            'spin()\n')
    expected, actual = both(code)
    pattern = (r'Timeout \(0:00:00\.300000\)!\n'
               r'Thread 0xX \(most recent call first\):\n'
               r'  File "<string>", line [45] in spin\n'
               r'  File "<string>", line 7 in <module>\n\Z')
    assert expected[0] == actual[0] == 1
    assert re.match(pattern, expected[2]), expected[2]
    assert re.match(pattern, actual[2]), actual[2]


def test_watchdog_after_fork():
    # The watchdog thread is not in a forked child: the child can cancel
    # and start its own.  (CPython 3.11's child waits for the missing
    # thread forever in cancel_dump_traceback_later; Ophis does not
    # copy the hang.)
    code = '''import faulthandler, os, time
faulthandler.dump_traceback_later(30)
pid = os.fork()
if pid == 0:
    faulthandler.cancel_dump_traceback_later()
    def child():
        time.sleep(5)
    faulthandler.dump_traceback_later(0.2, exit=True)
    child()
    os._exit(0)
_, status = os.waitpid(pid, 0)
print('child', os.waitstatus_to_exitcode(status))
faulthandler.cancel_dump_traceback_later()
'''
    status, stdout, stderr, _ = run(ophis_command(), code, ophis=True)
    assert (status, stdout) == (0, 'child 1\n')
    assert stderr == ('Timeout (0:00:00.200000)!\n'
                      'Thread 0xX (most recent call first):\n'
                      '  File "<string>", line 7 in child\n'
                      '  File "<string>", line 9 in <module>\n')
