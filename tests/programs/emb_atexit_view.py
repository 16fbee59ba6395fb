"""atexit as the program sees it: what python3 shows (start-up
registrations of the program's own site included, Ophis's and the
launcher's not), counting, running and clearing by hand, unregistering
(a slot stays counted), and registrations made while exit functions run."""

import atexit

start = atexit._ncallbacks()
print('at start', start)


def note(text):
    print('note', text)


atexit.register(note, 'one')
atexit.register(note, 'two')
print('after two', atexit._ncallbacks() - start, atexit._ncallbacks())
atexit.unregister(note)
print('after unregister', atexit._ncallbacks() - start)
atexit.register(note, 'three')
atexit._run_exitfuncs()
print('after running by hand', atexit._ncallbacks())
atexit.register(note, 'cleared')
atexit._clear()
print('after clear', atexit._ncallbacks())


def registers_more():
    print('registering during exit')
    atexit.register(note, 'registered during exit')
    print('count during exit', atexit._ncallbacks())


atexit.register(note, 'last to run')
atexit.register(registers_more)
print('at end', atexit._ncallbacks())
