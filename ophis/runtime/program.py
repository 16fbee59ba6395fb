"""Running a program as ``__main__``: what CPython's pymain_run_python and
pythonrun.c do around the eval loop -- set up the main module, sys.argv and
sys.path[0], compile, run, report an uncaught exception, handle SystemExit,
and tear the main module down at exit."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)
from ophis.vm.hostrefs import late

import sys
import builtins

import _io
import _signal
import posix

from ophis.runtime import compiling
from ophis.runtime import paths

_state = {'sigint_exit': False, 'main': None}


def _realpath(path):
    """The path with symbolic links resolved (enough of os.path.realpath
    for sys.path[0])."""
    path = paths.normalize(paths.abspath(path))
    for _ in range(40):
        try:
            target = posix.readlink(path)
        except OSError:
            return path
        path = paths.normalize(target if target.startswith('/') else
                               paths.dirname(path) + '/' + target)
    return path


def _set_path0(config, path0):
    """CPython puts the program's directory (or '') first on sys.path
    unless -P; the command took the host's own entry out
    (ophis.runtime.startup)."""
    if config is None:
        sys.path[0] = path0
    elif not config.safe_path:
        sys.path.insert(0, path0)


def _new_main(loader):
    main = type(sys)('__main__')
    namespace = main.__dict__
    namespace['__loader__'] = loader
    namespace['__annotations__'] = {}
    namespace['__builtins__'] = builtins
    return main


# The main thread's host stack is raised to this (when the hard limit
# allows), so that deep re-entry of the eval loop from host code (recursion
# through __init__ or dunder methods at a recursion limit of 100,000) has
# room; the eval loop's re-entry limit follows the stack size.
_STACK_BYTES = 256 << 20


def _raise_stack_limit():
    # The thread states' module notes the starting limit (new threads'
    # stack size) when it is imported: before the limit changes.
    late('ophis.vm.state')
    try:
        import resource
        soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
        wanted = _STACK_BYTES if hard == resource.RLIM_INFINITY else min(
            _STACK_BYTES, hard)
        if soft != resource.RLIM_INFINITY and soft < wanted:
            resource.setrlimit(resource.RLIMIT_STACK, (wanted, hard))
    except (ImportError, ValueError, OSError):
        pass


def run_program(kind, target, args, program, compile_function=None,
                optimize=0, config=None):
    """Run a program as the ``ophis`` command does; the exit status.
    config is the command's (ophis.runtime.config.Config); the import
    system's attributes are listed in ophis.importer.setup."""
    if config is not None:
        # compile() takes levels up to 2; -OOO counts in sys.flags only.
        optimize = min(config.optimize, 2)
    _raise_stack_limit()
    runtime = late('ophis.runtime')
    breaker = late('ophis.vm.breaker')
    loaders = late('ophis.importer.loaders')
    runtime.install(compile_function)
    breaker.install_sigint()
    # Registered before the program's start-up (its site module), so it
    # runs last: after the program's own exit functions, as CPython's
    # finalization does (hidden from the program's view of atexit, with
    # the launcher's registrations).
    late('ophis.runtime.exitfuncs').register_own(_at_exit)
    try:
        late('ophis.importer').install(config)
    except BaseException as error:
        return _report(error)
    finally:
        # Ophis's set-up is over: the program's code sees the collector's
        # threshold as it was (main raised it; the program's site runs
        # under a threshold of its own, ophis.importer.setup).
        late('ophis.cli').release_collections()
    # The second tier's counting starts with the program proper.
    late('ophis.vm.tier2.hotness').start()
    if config is not None:
        late('ophis.runtime.startup').init_warnings()
    bootstrap = sys.modules['_frozen_importlib']
    if kind == 'file' and _main_importer(paths.abspath(target)) is not None:
        # A directory or zip file: its __main__ module is the program.
        kind = 'dir'
    precompiled = None  # the code of a main module without source
    if kind == 'file':
        path = paths.abspath(target)
        try:
            with _io.open(path, 'rb') as stream:
                source = stream.read()
            if getattr(config, 'skip_source_first_line', False):
                # -x: the first line's newline stays, so line numbers hold.
                newline = source.find(b'\n')
                source = source[newline:] if newline >= 0 else b''
        except OSError as error:
            sys.stderr.write(f"{program}: can't open file {path!r}: "
                             f'[Errno {error.errno}] {error.strerror}\n')
            return 2
        sys.argv[:] = args
        _set_path0(config, paths.dirname(_realpath(target)))
        if loaders.is_pyc_file(path, source):
            try:
                precompiled = loaders.code_from_main_pyc(source)
            except RuntimeError as error:
                return _report(error)
            main = _new_main(loaders.SourcelessFileLoader('__main__', path))
        else:
            main = _new_main(loaders.SourceFileLoader('__main__', path))
        main.__dict__['__file__'] = path
        main.__dict__['__cached__'] = None
        filename = path
    elif kind in ('m', 'dir'):
        if kind == 'm':
            sys.argv[:] = ['-m'] + args
            _set_path0(config, posix.getcwd())
            try:
                found = _find_module(target, program)
            except BaseException as error:
                # Raised through runpy's _run_module_as_main.
                _add_runpy_entries(error, (('_run_module_as_main',
                                            '_get_module_details'),))
                return _report(error)
        else:
            sys.argv[:] = args
            # First on sys.path even under -P, as CPython's
            # main_importer_path.
            sys.path.insert(0, paths.abspath(target))
            found = _find_main_module()
        if isinstance(found, int):
            return found
        spec, source = found
        if kind == 'm':
            # runpy gave the code (its loader's get_code).
            precompiled, source = source, None
        elif source is None:
            # A module without source (a lone .pyc, a frozen module): its
            # loader's code object, as runpy's _get_module_details takes it.
            try:
                precompiled = spec.loader.get_code(spec.name)
            except ImportError as error:
                sys.stderr.write(f'{program}: {error}\n')
                return 1
            if precompiled is None:
                sys.stderr.write(f'{program}: No code object available '
                                 f'for {spec.name}\n')
                return 1
        if kind == 'm':
            sys.argv[0] = spec.origin
        main = _new_main(spec.loader)
        namespace = main.__dict__
        seed = getattr(spec.loader, 'seed', None)
        if seed is not None:
            # An Ophis version of a standard module (ophis.importer).
            seed(namespace)
        namespace['__file__'] = spec.origin
        namespace['__cached__'] = spec.cached
        namespace['__package__'] = spec.parent
        namespace['__spec__'] = spec
        filename = spec.origin
    else:
        if kind == 'c':
            source = target
            filename = '<string>'
        elif late('ophis.repl.session').stdin_is_interactive(config):
            source = None  # read statement by statement (ophis.repl)
        else:
            source = sys.stdin.buffer.read()
            filename = '<stdin>'
        sys.argv[:] = args
        _set_path0(config, '')
        main = _new_main(bootstrap.BuiltinImporter)
    sys.modules['__main__'] = main
    _state['main'] = main
    if source is None and precompiled is None:
        compiling.START_UP[0] = False
        return late('ophis.repl.session').run(main.__dict__, config)
    inspect = getattr(config, 'inspect', 0)
    # The session under -i starts outside the except clauses: its
    # statements' exceptions have no context.
    code = precompiled
    try:
        if code is None and kind == 'file' and b'\0' in source:
            raise _null_bytes_error(source, filename)
        if code is None and kind in ('file', 'stdin'):
            error = late('ophis.tokenizer.source').file_encoding_error(
                source, filename, kind == 'file' or _stdin_seekable())
            if error is not None:
                raise error
        if code is None:
            code = compiling.compile_source(source, filename, 'exec', 0,
                                            True, optimize)
    except BaseException as error:
        status = _report(error, inspect)
        code = None
    # The end of start-up (see compiling.START_UP).
    compiling.START_UP[0] = False
    if code is None:
        return _then_inspect(status, config, kind)
    run_code = late('ophis.vm.loop').run_code
    late('ophis.runtime.sysmod').PROGRAM_BASE[0] = sys._getframe(0)
    status = 0
    try:
        run_code(code, main.__dict__, main.__dict__, entry_cost=1)
    except BaseException as error:
        if kind in ('m', 'dir') and not isinstance(error, SystemExit):
            _add_runpy_entries(error)
        status = _report(error, inspect)
    return _then_inspect(status, config, kind)


def _stdin_seekable():
    try:
        return sys.stdin.buffer.seekable()
    except (AttributeError, ValueError, OSError):
        return False


def _null_bytes_error(source, filename):
    """The SyntaxError of a program file with a null byte: CPython's
    tokenizer reads the file line by line and stops at the first line
    holding one (compile() of the same bytes says 'source code string')."""
    index = source.index(b'\0')
    start = source.rfind(b'\n', 0, index) + 1
    lineno = source.count(b'\n', 0, index) + 1
    lines = iter(source.splitlines(True))
    try:
        encoding = late('ophis.tokenizer.source').detect_encoding(
            lambda: next(lines, b''))[0]
    except SyntaxError:
        encoding = 'utf-8'
    text = source[start:index].decode(encoding, 'replace')
    return SyntaxError('source code cannot contain null bytes',
                       (filename, lineno, 0, text, lineno, 0))


def _then_inspect(status, config, kind):
    """pymain_repl: under -i (or PYTHONINSPECT, read now, so that the
    program can set it) an interactive session follows a -c, -m or file
    program, in its namespace; its status is the command's."""
    session = late('ophis.repl.session')
    if kind == 'stdin' or not session.wants_inspect(config):
        return status
    _state['sigint_exit'] = False
    return session.run(_state['main'].__dict__, config, from_stdin=False)


_RUN_CODE_CALLS = (('_run_code', 'exec'),
                   ('_run_module_as_main', '_run_code'))


def _add_runpy_entries(error, calls=_RUN_CODE_CALLS):
    """CPython runs -m modules through runpy, whose frames head the
    traceback of an uncaught exception; Ophis shows the same entries
    (calls: (function, the name it calls), innermost first)."""
    clean = late('ophis.vm.tracebacks').clean_all
    TracebackType = late('ophis.vm.tracebacks').TracebackType
    FunctionType = late('ophis.vm.hostrefs').FunctionType
    # The host's runpy (frozen: '<frozen runpy>'), as CPython shows it.
    runpy = late('runpy')
    clean(error)
    tb = error.__traceback__
    for name, callee in calls:
        code = getattr(runpy, name).__code__
        offset, line = _call_site(code, callee)
        frame = FunctionType(_frame_maker(code), {})().gi_frame
        tb = TracebackType(tb, frame, offset, line)
    error.__traceback__ = tb


def _call_site(code, name):
    """(offset, line) of the load of global name in host code: where the
    function calls it."""
    load_global = 116
    raw = code.co_code
    positions = list(code.co_positions())
    for index in range(0, len(raw), 2):
        if raw[index] == load_global and \
                code.co_names[raw[index + 1] >> 1] == name:
            return index, positions[index // 2][0]
    return -1, code.co_firstlineno


def _frame_maker(code):
    """A generator code object with code's name, file and lines, whose
    unstarted generator gives a frame to put in a traceback."""
    def template():
        yield
    units = len(code.co_code) // 2
    body = bytes((75, 0)) + bytes((9, 0)) * (units - 1)
    return template.__code__.replace(
        co_code=body, co_name=code.co_name, co_qualname=code.co_qualname,
        co_filename=code.co_filename, co_firstlineno=code.co_firstlineno,
        co_linetable=code.co_linetable, co_exceptiontable=b'')


def _main_importer(path):
    """CPython's pymain_get_importer: the importer sys.path_hooks give for
    the script's path (a directory or a zip file has one), else None."""
    cache = sys.path_importer_cache
    if path in cache:
        return cache[path]
    for hook in sys.path_hooks:
        try:
            importer = hook(path)
        except ImportError:
            continue
        cache[path] = importer
        return importer
    return None


def _find_main_module():
    """The __main__ module of the directory or zip file at sys.path[0],
    found as runpy's _get_main_module_details finds it."""
    # importlib.util.find_spec('__main__') without a __main__ in
    # sys.modules is the shared bootstrap's _find_spec.  (Importing
    # importlib.util here would load it privately where the launcher has
    # not, and with it a copy of importlib._bootstrap from its source
    # that was never set up: NameError.)
    find_spec = sys.modules['_frozen_importlib']._find_spec
    saved = sys.modules.pop('__main__', None)
    try:
        spec = find_spec('__main__', None)
    except ImportError:
        spec = None
    finally:
        if saved is not None:
            sys.modules['__main__'] = saved
    if spec is None or spec.loader is None:
        sys.stderr.write(f"{sys.executable}: can't find '__main__' module "
                         f'in {sys.path[0]!r}\n')
        return 1
    return spec, spec.loader.get_source(spec.name)


def _find_module(name, program):
    """(spec, code) of the -m module as runpy's _get_module_details gives
    them to _run_module_as_main on CPython, or the exit status after
    runpy's error message.  The program's runpy (run by Ophis, left in
    sys.modules as CPython's -m leaves it) does the search: its messages,
    its parent-package import and its errors are CPython's."""
    late('ophis.vm.hostrefs').host_import('runpy')
    runpy = sys.modules['runpy']
    try:
        _, spec, code = runpy._get_module_details(name, runpy._Error)
    except runpy._Error as error:
        sys.stderr.write(f'{program}: {error}\n')
        return 1
    return spec, code


def _report(error, inspect=False):
    """What CPython does with an exception that ends the program; the exit
    status.  Under -i, SystemExit is shown as any exception is, and the
    session follows (_Py_HandleSystemExit)."""
    clean = late('ophis.vm.tracebacks').clean_all
    if isinstance(error, SystemExit) and not inspect:
        return _system_exit_status(error)
    clean(error)
    _print_exception(error)
    if isinstance(error, KeyboardInterrupt):
        _state['sigint_exit'] = True
    return 1


def _system_exit_status(error):
    value = error.code
    if value is None:
        return 0
    if isinstance(value, int):
        return value
    try:
        sys.stdout.flush()
    except BaseException:
        pass
    stderr = getattr(sys, 'stderr', None)
    if stderr is not None:
        stderr.write(str(value))
        stderr.write('\n')
    return 1


def _print_exception(error):
    sys.last_type = type(error)
    sys.last_value = error
    sys.last_traceback = error.__traceback__
    hook = getattr(sys, 'excepthook', None)
    # CPython's _PyErr_PrintEx: the audit event comes first; a hook's
    # RuntimeError means nothing is printed at all.
    try:
        sys.audit('sys.excepthook', hook, type(error), error,
                  error.__traceback__)
    except RuntimeError:
        return
    except BaseException as audit_error:
        late('ophis.runtime.unraisable').report(audit_error, None,
                                                'Exception ignored in audit hook')
    if hook is None:
        sys.stderr.write('sys.excepthook is missing\n')
        sys.__excepthook__(type(error), error, error.__traceback__)
        return
    try:
        hook(type(error), error, error.__traceback__)
    except BaseException as hook_error:
        clean = late('ophis.vm.tracebacks').clean_all
        clean(hook_error)
        if isinstance(hook_error, SystemExit):
            raise
        sys.stderr.write('Error in sys.excepthook:\n')
        sys.__excepthook__(type(hook_error), hook_error,
                           hook_error.__traceback__)
        sys.stderr.write('\nOriginal exception was:\n')
        sys.__excepthook__(type(error), error, error.__traceback__)


def _at_exit():
    # The references to __main__ that CPython would not hold (the frame
    # that ran the program holds the module), then CPython's finalization
    # of the program's modules.
    _state['main'] = None
    late('ophis.runtime.sysmod').PROGRAM_BASE[0] = None
    late('ophis.runtime.exitfuncs').finalize()
    if _state['sigint_exit']:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:
                pass
        _signal.signal(_signal.SIGINT, _signal.SIG_DFL)
        _signal.raise_signal(_signal.SIGINT)


def clear_module_dict(namespace):
    """CPython's _PyModule_ClearDict: names with one leading underscore
    become None first, then every other name but __builtins__."""
    for key, value in list(namespace.items()):
        if value is not None and isinstance(key, str) and \
                key[:1] == '_' and key[1:2] != '_':
            namespace[key] = None
    for key, value in list(namespace.items()):
        if value is not None and isinstance(key, str) and \
                key != '__builtins__':
            namespace[key] = None
