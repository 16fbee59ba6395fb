"""Argument binding against the host: random signatures and random calls
give the same bound values or the same TypeError message."""

import builtins

from hypothesis import given, settings, strategies as st

import ophis
from ophis.vm.loop import run_code

NAMES = ['a', 'b', 'c', 'd', 'e', 'g']


@st.composite
def signatures(draw):
    names = list(NAMES)
    draw(st.randoms()).shuffle(names)
    n_posonly = draw(st.integers(0, 2))
    n_regular = draw(st.integers(0, 2))
    n_kwonly = draw(st.integers(0, 2))
    posonly = names[:n_posonly]
    regular = names[n_posonly:n_posonly + n_regular]
    kwonly = names[n_posonly + n_regular:n_posonly + n_regular + n_kwonly]
    positional = posonly + regular
    n_defaults = draw(st.integers(0, len(positional)))
    parts = []
    for i, name in enumerate(positional):
        default = i >= len(positional) - n_defaults
        parts.append(f'{name}={i * 10}' if default else name)
        if posonly and i == len(posonly) - 1:
            parts.append('/')
    varargs = draw(st.booleans())
    if varargs:
        parts.append('*args')
    elif kwonly:
        parts.append('*')
    for name in kwonly:
        parts.append(f'{name}=-1' if draw(st.booleans()) else name)
    varkw = draw(st.booleans())
    if varkw:
        parts.append('**kw')
    params = positional + (['args'] if varargs else []) + kwonly + (
        ['kw'] if varkw else [])
    source = (f'def f({", ".join(parts)}):\n'
              f'    return ({", ".join(params)}{"," if params else ""})\n')
    return source


@st.composite
def calls(draw):
    nargs = draw(st.integers(0, 5))
    keywords = draw(st.lists(st.sampled_from(NAMES + ['args', 'kw', 'zz']),
                             max_size=4, unique=True))
    args = ', '.join([str(i) for i in range(nargs)] +
                     [f'{k}={100 + i}' for i, k in enumerate(keywords)])
    return f'f({args})'


def outcome(run, source, call):
    namespace = {'__builtins__': builtins, '__name__': 'binding'}
    try:
        run(source + f'result = {call}\n', namespace)
    except TypeError as exc:
        return 'TypeError', str(exc)
    return 'ok', namespace['result']


def host_run(source, namespace):
    exec(compile(source, '<binding>', 'exec'), namespace)


def ophis_run(source, namespace):
    run_code(ophis.compile(source, '<binding>', 'exec'), namespace)


@settings(max_examples=400, deadline=None)
@given(signatures(), calls())
def test_binding_matches_host(source, call):
    assert outcome(ophis_run, source, call) == outcome(host_run, source,
                                                        call)


def test_star_calls_match_host():
    source = 'def f(a, b=2, /, c=3, *args, d, **kw):\n    return a, b, c, args, d, kw\n'
    for call in ['f(*[1], d=4)', 'f(*[1, 2, 3, 4], **{"d": 5, "z": 6})',
                 'f(1, **{"c": 9, "d": 1})', 'f(**{"a": 1, "d": 2})',
                 'f(*(), d=1)', 'f(1, *[2], c=3, **{"d": 4})',
                 'f(1, d=1, **{"d": 2})', 'f(1, **{1: 2})']:
        assert outcome(ophis_run, source, call) == outcome(host_run, source,
                                                            call), call
