"""C modules holding Python callables until the end: atexit (order,
unregister, a decorator, a nested register during shutdown, errors),
weakref.finalize with atexit, gc.callbacks, sys.unraisablehook, and
signal handlers written in Python."""

import atexit
import gc
import signal
import sys
import weakref


class Log:
    def __init__(self, name):
        self.name = name

    def __call__(self, *args, **kwargs):
        print(f'atexit {self.name}', args, sorted(kwargs.items()))


# Callbacks registered at start-up (by modules that site imported) differ
# from one installation to the next: counts are taken relative to them.
base = atexit._ncallbacks()


@atexit.register
def decorated():
    print('atexit decorated (registered first, runs last)')


def temporary():
    print('never runs')


atexit.register(Log('with args'), 1, 2, key='v')
atexit.register(temporary)
atexit.register(temporary)
atexit.unregister(temporary)
print('registered', atexit._ncallbacks() - base)


def late_registration():
    print('atexit late registration')
    atexit.register(lambda: print('registered during shutdown'))


atexit.register(late_registration)


def failing():
    raise RuntimeError('raised in an atexit callback')


atexit.register(failing)


class Resource:
    def __init__(self, name):
        self.name = name


def cleanup(name, log):
    log.append(name)
    print('finalize', name)


log = []
kept = Resource('kept until exit')
finalizer = weakref.finalize(kept, cleanup, kept.name, log)
quiet = weakref.finalize(Resource('collected'), cleanup, 'collected', log)
print('collected at once:', log, quiet.alive)
manual = Resource('manual')
f = weakref.finalize(manual, cleanup, 'manual', log)
print(f(), f.alive, f(), f.peek() is None)
detached = weakref.finalize(Resource('x') if False else kept, cleanup,
                            'detached', log)
print(detached.detach()[0] is kept, detached.alive)
no_exit = weakref.finalize(kept, print, 'not at exit')
no_exit.atexit = False
print(finalizer.alive, finalizer.atexit, no_exit.atexit)

phases = []


def on_gc(phase, info):
    phases.append((phase, info['generation']))


gc.callbacks.append(on_gc)


class Cycle:
    def __init__(self):
        self.me = self


for _ in range(3):
    Cycle()
collected = gc.collect()
gc.callbacks.remove(on_gc)
print(phases, collected >= 3)

reports = []


def hook(unraisable):
    reports.append((type(unraisable.exc_value).__name__,
                    str(unraisable.exc_value), unraisable.object is not None))


class BadDel:
    def __del__(self):
        raise ValueError('raised in __del__')


sys.unraisablehook = hook
BadDel()
sys.unraisablehook = sys.__unraisablehook__
print(reports)

received = []


def on_signal(signum, frame):
    received.append((signal.Signals(signum).name, frame.f_code.co_name))


old = signal.signal(signal.SIGUSR1, on_signal)


def send():
    signal.raise_signal(signal.SIGUSR1)
    return 'sent'


print(send(), received)
signal.signal(signal.SIGUSR1, old)
# Running the exit functions by hand, and clearing them: the program's own.
ran = []
atexit.register(ran.append, 'by hand')
before = atexit._ncallbacks()
atexit._run_exitfuncs()
print('ran by hand', ran, before - base, atexit._ncallbacks(), 'main still here')
atexit.register(print, 'cleared, never printed')
atexit._clear()
print('after _clear', atexit._ncallbacks())


@atexit.register
def final():
    print('atexit final (registered after _clear)')


print('main done')
