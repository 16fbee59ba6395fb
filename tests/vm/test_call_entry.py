"""Calls that start past a leading RESUME (ophis.vm.function.set_entry):
the entry index is 1 only for filled forms whose code starts with RESUME,
0 while tracing instruments them (the RESUME sends 'call') and while the
eval breaker is set; trace events and signal handling stay the host's.
The guest program tests/programs/perf_call_entry.py compares the
observable behaviour with python3."""

import signal
import sys

import ophis
from ophis.vm import tracing, breaker
from ophis.vm.frame import decoded
from ophis.vm.loop import run_code
from ophis.vm.state import get_tstate
from ophis.vm.function import Function

SOURCE = '''
def plain(a, b):
    return a + b
def with_cell(a):
    def inner():
        return a
    return inner()
def gen(n):
    yield n
class C:
    def __init__(self, v):
        self.v = v
    def m(self, x):
        return self.v + x
def calls():
    return plain(1, 2) + with_cell(3) + C(5).m(6)
'''

HOST = {}
exec(SOURCE, HOST)


def _run():
    code = ophis.compile(SOURCE, '<test>', 'exec')
    namespace = {'__name__': '__test__', '__builtins__': __builtins__}
    run_code(code, namespace)
    return namespace


def _entry(func):
    return decoded(func.__code__).entry[0]


def test_entry_after_the_first_run():
    ns = _run()
    assert isinstance(ns['plain'], Function)
    # Not filled yet: the placeholder instruction at 0 must run.
    assert _entry(ns['plain']) == 0
    assert ns['calls']() == HOST['calls']()
    assert next(ns['gen'](4)) == 4
    assert _entry(ns['plain']) == 1
    assert _entry(ns['C'].m) == 1
    assert _entry(ns['C'].__init__) == 1
    # MAKE_CELL or RETURN_GENERATOR come before the RESUME.
    assert _entry(ns['with_cell']) == 0
    assert _entry(ns['gen']) == 0


def test_tracing_starts_calls_at_resume_again():
    ns = _run()
    ns['calls']()
    events = []

    def tracer(frame, event, arg):
        events.append((event, frame.f_code.co_name))
        return tracer
    tstate = get_tstate()
    tracing.set_trace(tstate, tracer)
    try:
        assert _entry(ns['plain']) == 0
        ns['calls']()
    finally:
        tracing.set_trace(tstate, None)
    assert _entry(ns['plain']) == 1
    host_events = []

    def host_tracer(frame, event, arg):
        host_events.append((event, frame.f_code.co_name))
        return host_tracer
    sys.settrace(host_tracer)
    try:
        HOST['calls']()
    finally:
        sys.settrace(None)
    assert events == host_events
    assert ('call', 'plain') in events and ('call', 'm') in events


class _Trigger:
    """A host object whose attribute records a signal, as the breaker's
    host-level handler does when a signal arrives in the VM's own code."""

    @property
    def armed(self):
        breaker._pending.append(signal.SIGUSR1)
        breaker.requested[0] = True
        return True


def test_breaker_set_before_a_call_is_serviced_before_the_body():
    # The signal arrives before the CALL (LOAD_ATTR does not check the
    # breaker): the callee's RESUME runs the handler before its first
    # line, as CPython's eval breaker does; a call that skipped the
    # RESUME would run the body first.
    ns = {'__name__': '__test__', '__builtins__': __builtins__,
          'trigger': _Trigger()}
    source = ('seen = []\n'
              'def callee():\n'
              '    seen.append("body")\n'
              'def caller(arm):\n'
              '    if arm:\n'
              '        trigger.armed\n'
              '    callee()\n')
    run_code(ophis.compile(source, '<test>', 'exec'), ns)
    ns['caller'](False)          # fills the forms: entry 1
    assert _entry(ns['callee']) == 1
    order = ns['seen']
    old = breaker.handlers.get(signal.SIGUSR1)
    breaker.handlers[signal.SIGUSR1] = lambda signum, frame: order.append(
        'handler')
    try:
        ns['caller'](True)
    finally:
        breaker._pending[:] = [s for s in breaker._pending
                               if s != signal.SIGUSR1]
        breaker.requested[0] = bool(breaker._pending)
        if old is None:
            breaker.handlers.pop(signal.SIGUSR1, None)
        else:
            breaker.handlers[signal.SIGUSR1] = old
    assert order == ['body', 'handler', 'body']


def test_host_code_calling_ophis_functions():
    # Function.__call__'s own frame path: positional, defaults, keywords,
    # errors with the host's messages.
    ns = _run()
    source = ('def f(a, b=2):\n    return (a, b)\n'
              'def g(a, b):\n    return a - b\n')
    run_code(ophis.compile(source, '<test>', 'exec'), ns)
    exec(source, HOST)
    for args, kwargs in [((1, 5), {}), ((1,), {}), ((1,), {'b': 7})]:
        assert ns['f'](*args, **kwargs) == HOST['f'](*args, **kwargs)
    assert sorted([3, 1, 2], key=ns['g'].__get__(10)) == \
        sorted([3, 1, 2], key=HOST['g'].__get__(10))
    for bad in [(), (1, 2, 3)]:
        try:
            ns['g'](*bad)
        except TypeError as error:
            mine = str(error)
        try:
            HOST['g'](*bad)
        except TypeError as error:
            host = str(error)
        assert mine == host
