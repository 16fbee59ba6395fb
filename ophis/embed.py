"""Embedding Ophis in a host Python application (docs/embedding.md).

    from ophis.embed import Interpreter
    interp = Interpreter()
    interp.run_string('def square(x):\\n    return x * x\\n')
    interp.call('square', 7)                # 49
    interp.eval('square(3) + 1')            # 10

An Interpreter is a namespace (a fresh module's, unless the caller passes
one) in which Ophis compiles and runs code.  What the host shares with the
code it runs there:

* The process: ``sys``, ``builtins`` and the module universe are the
  host's.  An import statement in embedded code is the host's import, so
  ``import json`` gives the host's json (run by CPython, or the one already
  loaded), and nothing Ophis ran enters ``sys.modules``: Ophis runs the code
  given to an Interpreter and the functions, classes and generators that
  code makes, no more.  (The ``ophis`` command is different: there the
  program owns the process and Ophis runs every pure-Python module it
  imports, DESIGN decision 3.)
* ``sys.argv``, ``sys.path`` and ``sys.modules['__main__']`` are the
  host's and are left alone; the namespace is not put in ``sys.modules``.
* Host threads: each host thread that runs Ophis code gets its own Ophis
  thread state (frames, exception state, recursion depth), so several
  threads may use one Interpreter or several at once; the GIL serialises
  them as it serialises CPython code.

The first Interpreter made installs, once per process, Ophis's versions of
the builtins and sys functions that must see Ophis frames (globals, exec,
sys._getframe... see ophis.runtime) and Ophis's SIGINT handler (a
KeyboardInterrupt reaches Ophis code at an instruction boundary).  Each
looks at its caller: host code calling them keeps the host's behaviour.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys
import builtins as _builtins_module

__all__ = ['Interpreter']

_setup_done = []
# Numbers the default file names of strings run without one.
_string_counter = [0]
# The name given to each distinct text run without a file name: the same
# text run again (an expression evaluated in a loop) keeps its name, so
# linecache holds its lines once.
_names_by_source = {}


def _lock():
    import _thread
    return _thread.allocate_lock()


_setup_lock = _lock()


def _set_up():
    """Install Ophis's runtime in the host process, once (again if a test
    harness took it out: ophis.runtime.uninstall)."""
    from ophis import runtime
    if _setup_done and runtime._installed:
        return
    with _setup_lock:
        if _setup_done and runtime._installed:
            return
        runtime.install()
        import _thread
        import threading
        if _thread.get_ident() == threading.main_thread().ident:
            from ophis.vm import breaker
            breaker.install_sigint()
        _setup_done[:] = [True]


def _clean(error):
    """The exception as the host should see it: without the entries of
    Ophis's own host frames (the eval loop, this module)."""
    from ophis.vm.tracebacks import clean_all
    clean_all(error)


def _remember_source(filename, source):
    """Give linecache the text of a string run under a ``<...>`` name, so
    that tracebacks show its source lines."""
    if not (filename.startswith('<') and filename.endswith('>')) or \
            not isinstance(source, (str, bytes, bytearray)):
        return
    if isinstance(source, (bytes, bytearray)):
        from ophis.tokenizer.source import decode_source
        source = decode_source(bytes(source), filename)[0]
    import linecache
    lines = source.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    linecache.cache[filename] = (len(source), None, lines, filename)


def _default_filename(source):
    with _setup_lock:
        name = _names_by_source.get(source)
        if name is None:
            _string_counter[0] += 1
            name = f'<embedded-{_string_counter[0]}>'
            if source is not None:
                _names_by_source[source] = name
        return name


class Interpreter:
    """A namespace in which Ophis runs code.

    namespace: a dict to use as the code's globals (shared with the caller);
    by default the dict of a new module called ``name``.  ``__builtins__``
    is set to the builtins module if the dict has none."""

    def __init__(self, namespace=None, *, name='__main__'):
        _set_up()
        if namespace is None:
            self.module = type(sys)(name)
            namespace = self.module.__dict__
        else:
            if type(namespace) is not dict:
                raise TypeError('namespace must be a dict, not '
                                f'{type(namespace).__name__}')
            self.module = None
        namespace.setdefault('__builtins__', _builtins_module)
        self.namespace = namespace

    def __repr__(self):
        name = self.namespace.get('__name__')
        return f'<ophis.embed.Interpreter {name!r} at {id(self):#x}>'

    def compile(self, source, filename=None, mode='exec'):
        """Ophis's code object for source (str or bytes), as the builtin
        compile() makes one; a SyntaxError as CPython's.  Without a
        filename, a ``<embedded-N>`` name (the same for the same text)
        whose lines tracebacks show."""
        if filename is None:
            filename = _default_filename(
                source if type(source) in (str, bytes) else None)
        try:
            from ophis.compiler import compile as ophis_compile
            code = ophis_compile(source, filename, mode, 0, True)
        except BaseException as error:
            _clean(error)
            raise
        _remember_source(filename, source)
        return code

    def run_string(self, source, filename=None):
        """Run statements (str, bytes or a code object from compile()) in
        the namespace, as exec(source, namespace) does; return None."""
        if not hasattr(source, 'co_code'):
            source = self.compile(source, filename, 'exec')
        self._run(source)

    def run_file(self, path):
        """Run the file at path (its coding declaration honoured) in the
        namespace, with ``__file__`` set to its absolute path, as CPython
        runs a script; return None."""
        import posix
        path = posix.fspath(path)
        if isinstance(path, bytes):
            path = path.decode(sys.getfilesystemencoding(),
                               'surrogateescape')
        if not path.startswith('/'):
            path = posix.getcwd() + '/' + path
        import _io
        with _io.open(path, 'rb') as stream:
            source = stream.read()
        code = self.compile(source, path, 'exec')
        self.namespace['__file__'] = path
        self.namespace.setdefault('__cached__', None)
        self._run(code)

    def eval(self, expression, filename=None):
        """The value of an expression (str, bytes or a code object compiled
        in 'eval' mode) evaluated in the namespace."""
        if not hasattr(expression, 'co_code'):
            if isinstance(expression, str):
                expression = expression.lstrip(' \t')
            elif isinstance(expression, (bytes, bytearray)):
                expression = bytes(expression).lstrip(b' \t')
            expression = self.compile(expression, filename, 'eval')
        return self._run(expression)

    def call(self, function, /, *args, **kwargs):
        """Call function (a callable, or the name of one in the namespace)
        with host arguments; its result, or its exception."""
        if isinstance(function, str):
            try:
                function = self.namespace[function]
            except KeyError:
                raise NameError(f'name {function!r} is not defined',
                                name=function) from None
        _set_up()
        try:
            return function(*args, **kwargs)
        except BaseException as error:
            _clean(error)
            raise

    def _run(self, code):
        _set_up()
        from ophis.vm.loop import run_code
        try:
            return run_code(code, self.namespace, self.namespace)
        except BaseException as error:
            _clean(error)
            raise
