"""Frame objects: attributes and behaviour against host frames for the same
code."""

import builtins
import sys

import ophis
from ophis import runtime
from ophis.vm.loop import run_code

SOURCE = '''
import sys
def probe(a, b=2):
    c = a + b
    def inner():
        return c
    f = sys._getframe()
    return (f.f_code.co_name, f.f_back.f_code.co_name, sorted(f.f_locals),
            f.f_lineno, f.f_globals is globals(), f.f_lasti > 0,
            f.f_trace, f.f_trace_lines, f.f_trace_opcodes,
            repr(f).startswith('<frame at 0x'), inner())

def outer():
    return probe(1)

def clearing():
    f = sys._getframe()
    try:
        f.clear()
    except RuntimeError as exc:
        return str(exc)

def suspended():
    yield sys._getframe()

def clear_suspended():
    g = suspended()
    frame = next(g)
    frame.clear()
    return g.gi_frame, frame.f_locals

result = (outer(), clearing(), clear_suspended())
'''


def run_host():
    namespace = {'__builtins__': builtins, '__name__': 'frames'}
    exec(compile(SOURCE, '<frames>', 'exec'), namespace)
    return namespace['result']


def run_ophis():
    namespace = {'__builtins__': builtins, '__name__': 'frames'}
    runtime.install()
    try:
        run_code(ophis.compile(SOURCE, '<frames>', 'exec'), namespace)
    finally:
        runtime.uninstall()
    return namespace['result']


def test_frames_match_host():
    assert run_ophis() == run_host()


def test_uninstall_restores_host_functions():
    before = (sys._getframe, builtins.globals, builtins.exec)
    runtime.install()
    runtime.uninstall()
    assert (sys._getframe, builtins.globals, builtins.exec) == before
