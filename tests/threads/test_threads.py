"""Threads running Python code under Ophis behave as under CPython: each
program in programs/ prints the same under both (tests/extensions/compare)."""

import pathlib

import pytest

from tests.extensions.compare import assert_same

PROGRAMS = pathlib.Path(__file__).parent / 'programs'


def test_primitives():
    # threading, _thread, queue, concurrent.futures, locals, hooks and
    # per-thread state.
    assert_same(PROGRAMS / 'primitives.py')


def test_stress():
    # 8 threads x 100,000 operations on shared objects, queues and locks:
    # no internal error, the same final state (about 10 s under Ophis).
    expected = assert_same(PROGRAMS / 'stress.py', timeout=600)
    assert 'values conserved True' in expected[1]


def test_frames_of_other_threads():
    # sys._current_frames() and faulthandler.dump_traceback().
    assert_same(PROGRAMS / 'frames.py')


def test_dump_traceback_limits_and_escapes():
    assert_same(PROGRAMS / 'dump_limits.py')


def test_keyboard_interrupt_with_threads_running():
    expected = assert_same(PROGRAMS / 'interrupt.py')
    assert expected[0] == -2 and 'KeyboardInterrupt in' in expected[1]


def _executable_is_ophis():
    import os
    import subprocess
    from tests.programs.test_programs import ROOT, ophis_command
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(ophis_command() + ['-c', 'import sys; print('
                                            'sys.executable)'],
                         capture_output=True, text=True, env=env).stdout
    return os.path.basename(out.strip()).startswith('ophis')


def test_processes():
    # Children must run Ophis: sys.executable is the ophis launcher.
    assert _executable_is_ophis()
    assert_same(PROGRAMS / 'processes.py', timeout=600)
