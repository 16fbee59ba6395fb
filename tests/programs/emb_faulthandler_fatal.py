"""faulthandler.enable()'s dump on a fatal signal shows the program's
frames: signals raised by the program (os.abort, signal.raise_signal,
os.kill of its own process, signal.pthread_kill of its own thread) and by
faulthandler's crash helpers, to stderr, a file or a descriptor, one thread
or all; the process dies by the signal.  Each case runs in a child of
sys.executable; thread ids are replaced by 0xX."""

import re
import subprocess
import sys
import tempfile

CASES = {
    'abort': 'import os\n    os.abort()',
    'raise_signal SIGFPE': 'import signal\n    signal.raise_signal(signal.SIGFPE)',
    'raise_signal SIGILL': 'import signal\n    signal.raise_signal(signal.SIGILL)',
    'kill SIGSEGV': 'import os\n    os.kill(os.getpid(), 11)',
    'pthread_kill SIGBUS': 'import signal, threading\n'
                           '    signal.pthread_kill(threading.get_ident(), signal.SIGBUS)',
    '_sigsegv': 'faulthandler._sigsegv()',
    '_sigsegv without the GIL': 'faulthandler._sigsegv(True)',
    '_sigabrt': 'faulthandler._sigabrt()',
    '_sigfpe': 'faulthandler._sigfpe()',
    '_read_null': 'faulthandler._read_null()',
    '_fatal_error_c_thread': 'faulthandler._fatal_error_c_thread()',
}

TEMPLATE = '''import faulthandler, sys
{enable}
def crash():
    {body}
def outer():
    crash()
outer()
print("not reached")
'''

THREAD_ID = re.compile(r'0x[0-9a-f]{16}')


EXTENSIONS = re.compile(r'^Extension modules: (.*) \(total: ([0-9]+)\)$',
                        re.MULTILINE)


def extension_modules(match):
    # Under Ophis sys.modules holds a few C modules more than the program
    # imported (Ophis's own: gc, _ast...), so only the wanted names are
    # shown, and that the total counts the names.
    names = match.group(1).split(', ')
    wanted = [name for name in names if name in ('sys', 'faulthandler')]
    return (f'Extension modules: {", ".join(wanted)} ... '
            f'total matches {len(names) == int(match.group(2))}')


def run(name, body, enable='faulthandler.enable()', read=None, fds=()):
    code = TEMPLATE.format(enable=enable, body=body)
    result = subprocess.run([sys.executable, '-c', code], pass_fds=fds,
                            capture_output=True, text=True)
    print(f'--- {name}: exit {result.returncode}')
    output = THREAD_ID.sub('0xX', result.stdout + result.stderr)
    if 'stdlib_module_names' in enable:
        output = EXTENSIONS.sub(extension_modules, output)
    print(output, end='')
    if read is not None:
        print(THREAD_ID.sub('0xX', read()), end='')


for name, body in CASES.items():
    run(name, body)

# Another thread, blocked in a lock: it is shown first (the newest thread),
# the one that crashed last, as the current thread.
run('two threads', 'faulthandler._sigsegv()', '''import threading, time, _thread
lock = _thread.allocate_lock()
lock.acquire()
ready = threading.Event()
def blocked():
    ready.set()
    lock.acquire()
threading.Thread(target=blocked, daemon=True).start()
ready.wait()
time.sleep(0.3)
faulthandler.enable()''')

# Extension modules outside the standard library are listed.
run('numpy', 'import numpy\n    numpy.zeros(3)\n    faulthandler._sigsegv()')
run('one thread', 'faulthandler._sigsegv()',
    'faulthandler.enable(all_threads=False)')
run('disabled', 'faulthandler._sigsegv()',
    'faulthandler.enable(); faulthandler.disable()')
run('handler set after enable', 'import signal\n    signal.raise_signal(signal.SIGFPE)',
    'import signal; faulthandler.enable(); signal.signal(signal.SIGFPE, signal.SIG_DFL)')
run('stdlib names not filtered', 'faulthandler._sigsegv()',
    'sys.stdlib_module_names = frozenset(); faulthandler.enable()')
with tempfile.TemporaryFile('w+') as output:
    def read():
        output.seek(0)
        return output.read()
    run('to a descriptor', 'faulthandler._sigabrt()',
        f'faulthandler.enable({output.fileno()})', read=read,
        fds=(output.fileno(),))
with tempfile.NamedTemporaryFile('w+') as output:
    run('to a file', 'os.abort()',
        f'import os; faulthandler.enable(open({output.name!r}, "w"))',
        read=output.read)
