"""Trace and profile events under Ophis equal the host's for the same
program (compiled by the stand-in front end)."""

import builtins
import sys
import textwrap

import pytest

from ophis.vm import tracing
from ophis.vm.loop import run_code
from ophis.vm.state import get_tstate
from tests.support.hostfront import compile_source

SNIPPETS = {
    'loop': '''
        def f(n):
            t = 0
            for i in range(n):
                if i % 2:
                    t += i
            return t
        f(5)
    ''',
    'generator': '''
        def g(n):
            for i in range(n):
                yield i
        def f():
            return [x * 2 for x in g(3)]
        f()
    ''',
    'exceptions': '''
        def inner():
            raise KeyError('k')
        def f():
            try:
                inner()
            except KeyError:
                pass
            finally:
                x = 1
            return x
        f()
    ''',
    'while_break': '''
        def f():
            n = 0
            while True:
                n += 1
                if n > 3:
                    break
            return n
        f()
    ''',
    'with': '''
        class M:
            def __enter__(self):
                return self
            def __exit__(self, *a):
                return True
        def f():
            with M():
                raise ValueError
            return 1
        f()
    ''',
}


def _describe(frame, event, arg):
    if event == 'exception':
        arg = arg[0].__name__
    elif event in ('return', 'call'):
        arg = repr(arg) if ' at 0x' not in repr(arg) else type(arg).__name__
    elif event.startswith('c_'):
        arg = arg.__name__
    return (event, frame.f_code.co_name, frame.f_lineno, arg)


def host_events(source, profile=False):
    events = []

    def tracer(frame, event, arg):
        if frame.f_code.co_filename == '<snippet>':
            events.append(_describe(frame, event, arg))
        return tracer

    code = compile(source, '<snippet>', 'exec')
    namespace = {'__builtins__': builtins, '__name__': 'snippet'}
    if profile:
        sys.setprofile(tracer)
        try:
            exec(code, namespace)
        finally:
            sys.setprofile(None)
    else:
        sys.settrace(tracer)
        try:
            exec(code, namespace)
        finally:
            sys.settrace(None)
    return events


def ophis_events(source, profile=False):
    events = []

    def tracer(frame, event, arg):
        if frame.f_code.co_filename == '<snippet>':
            events.append(_describe(frame, event, arg))
        return tracer

    code = compile_source(source, '<snippet>')
    namespace = {'__builtins__': builtins, '__name__': 'snippet'}
    tstate = get_tstate()
    setter = tracing.set_profile if profile else tracing.set_trace
    setter(tstate, tracer)
    try:
        run_code(code, namespace)
    finally:
        setter(tstate, None)
    return events


@pytest.mark.parametrize('name', sorted(SNIPPETS))
def test_trace_events_match_host(name):
    source = textwrap.dedent(SNIPPETS[name])
    assert ophis_events(source) == host_events(source)


@pytest.mark.parametrize('name', sorted(SNIPPETS))
def test_profile_events_match_host(name):
    source = textwrap.dedent(SNIPPETS[name])
    assert ophis_events(source, True) == host_events(source, True)


def test_instrumentation_is_removed():
    source = 'def f():\n    return 1\nf()\n'
    ophis_events(source)
    assert not tracing._instrumented[0]
