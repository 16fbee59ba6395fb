"""The generator protocol, driven from host code, against host
generators compiled from the same source."""

import builtins

import pytest

import ophis
from ophis.vm.loop import run_code

SOURCE = '''
def gen():
    log = []
    try:
        x = yield 1
        log.append(x)
        try:
            y = yield 2
        except KeyError as e:
            log.append(('caught', str(e)))
            y = yield 3
        log.append(y)
        return log
    finally:
        log.append('finally')

def delegator():
    result = yield from gen()
    yield ('delegated result', result)
'''

SCRIPTS = {
    'next_all': ['next', 'next', 'next', 'next'],
    'send': ['next', ('send', 'a'), ('send', 'b'), 'next'],
    'throw_caught': ['next', 'next', ('throw', KeyError('k')), ('send', 'z'),
                     'next'],
    'throw_uncaught': ['next', ('throw', ValueError('v')), 'next'],
    'close_suspended': ['next', 'close', 'next'],
    'close_unstarted': ['close', 'next'],
    'send_unstarted': [('send', 5)],
    'throw_unstarted': [('throw', IndexError('i'))],
}


def play(namespace, name, script):
    g = namespace[name]()
    results = []
    for step in script:
        try:
            if step == 'next':
                value = next(g)
            elif step == 'close':
                value = g.close()
            elif step[0] == 'send':
                value = g.send(step[1])
            else:
                value = g.throw(step[1])
            results.append(('value', value))
        except StopIteration as stop:
            results.append(('StopIteration', stop.value))
        except Exception as exc:
            results.append((type(exc).__name__, str(exc)))
        results.append(('state', g.gi_running, g.gi_suspended,
                        g.gi_frame is None))
    return results


def namespaces():
    host = {'__builtins__': builtins, '__name__': 'g'}
    exec(compile(SOURCE, '<gen>', 'exec'), host)
    ours = {'__builtins__': builtins, '__name__': 'g'}
    run_code(ophis.compile(SOURCE, '<gen>', 'exec'), ours)
    return host, ours


@pytest.mark.parametrize('name', ['gen', 'delegator'])
@pytest.mark.parametrize('script', sorted(SCRIPTS))
def test_protocol_matches_host(name, script):
    host, ours = namespaces()
    assert play(ours, name, SCRIPTS[script]) == play(host, name,
                                                      SCRIPTS[script])


def test_attributes():
    host, ours = namespaces()
    for namespace in (host, ours):
        g = namespace['delegator']()
        next(g)
        assert g.gi_yieldfrom.__name__ == 'gen'
        assert g.gi_code.co_name == 'delegator'
        assert g.__name__ == 'delegator' and g.__qualname__ == 'delegator'
        assert repr(g).startswith('<generator object delegator at 0x')
        assert g.gi_frame.f_code.co_name == 'delegator'
        assert g.gi_frame.f_back is None


def test_suspended_generator_closed_when_collected():
    source = ('log = []\n'
              'def g():\n'
              '    try:\n'
              '        yield\n'
              '    finally:\n'
              '        log.append("closed")\n'
              'it = g()\n'
              'next(it)\n'
              'del it\n')
    namespace = {'__builtins__': builtins, '__name__': 'g'}
    run_code(ophis.compile(source, '<gen>', 'exec'), namespace)
    assert namespace['log'] == ['closed']
