"""Handlers: raising, handling and re-raising exceptions (3.11's model:
PUSH_EXC_INFO / POP_EXCEPT around a handler, RERAISE to pass an exception
on), except* with exception groups, and the with statement."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

from ophis.vm.frame import NULL
from ophis.vm.signals import RERAISE as _RERAISE_SIGNAL
from ophis.vm.state import get_tstate, topmost_exception
from ophis.vm.tracebacks import chain_context

CANNOT_CATCH_MSG = ('catching classes that do not inherit from '
                    'BaseException is not allowed')
CANNOT_EXCEPT_STAR_EG = ('catching ExceptionGroup with except* is not '
                         'allowed. Use except instead.')

_type = type


def is_exception_class(value):
    return isinstance(value, type) and issubclass(value, BaseException)


def given_exception_matches(exc, match):
    """PyErr_GivenExceptionMatches: a subclass test by the MRO (no
    __subclasscheck__), match being a class or a tuple of classes."""
    mro = _type(exc).__mro__
    if _type(match) is tuple:
        for item in match:
            if _type(item) is tuple:
                if given_exception_matches(exc, item):
                    return True
            elif item in mro:
                return True
        return False
    return match in mro


def _check_except_type(match):
    if isinstance(match, tuple):
        for item in match:
            if not is_exception_class(item):
                raise TypeError(CANNOT_CATCH_MSG)
    elif not is_exception_class(match):
        raise TypeError(CANNOT_CATCH_MSG)


# --- raising ----------------------------------------------------------------

def RAISE_VARARGS(f, stack, arg):
    cause = stack.pop() if arg == 2 else NULL
    if arg == 0:
        # Bare raise: re-raise the exception being handled, without a new
        # traceback entry.
        value = topmost_exception(get_tstate().exc_info)
        if value is None:
            raise RuntimeError('No active exception to reraise')
        stack.append(value)
        return _RERAISE_SIGNAL
    exc = stack.pop()
    if is_exception_class(exc):
        value = exc()
        if not isinstance(value, BaseException):
            raise TypeError(f'calling {exc!r} should have returned an '
                            'instance of BaseException, not '
                            f'{_type(value)!r}')
    elif isinstance(exc, BaseException):
        value = exc
    else:
        raise TypeError('exceptions must derive from BaseException')
    if cause is not NULL:
        if is_exception_class(cause):
            cause = cause()
        elif cause is not None and not isinstance(cause, BaseException):
            raise TypeError('exception causes must derive from '
                            'BaseException')
        value.__cause__ = cause
    chain_context(value, topmost_exception(get_tstate().exc_info))
    raise value


def RERAISE(f, stack, arg):
    # The loop pops the exception; with arg set, the value below it is the
    # lasti the frame had when the exception was first caught.
    return _RERAISE_SIGNAL


def LOAD_ASSERTION_ERROR(f, stack, arg):
    stack.append(AssertionError)


# --- handling ---------------------------------------------------------------

def PUSH_EXC_INFO(f, stack, arg):
    info = get_tstate().exc_info
    exc = stack[-1]
    stack[-1] = info.exc_value
    stack.append(exc)
    info.exc_value = exc


def POP_EXCEPT(f, stack, arg):
    get_tstate().exc_info.exc_value = stack.pop()


def CHECK_EXC_MATCH(f, stack, arg):
    match = stack.pop()
    _check_except_type(match)
    stack.append(given_exception_matches(stack[-1], match))


def CHECK_EG_MATCH(f, stack, arg):
    match_type = stack.pop()
    _check_except_type(match_type)
    if isinstance(match_type, tuple):
        is_group = any(issubclass(item, BaseExceptionGroup)
                       for item in match_type)
    else:
        is_group = issubclass(match_type, BaseExceptionGroup)
    if is_group:
        raise TypeError(CANNOT_EXCEPT_STAR_EG)
    exc = stack[-1]
    match, rest = exception_group_match(exc, match_type)
    if match is None:
        stack.append(None)
        return
    stack[-1] = rest
    stack.append(match)
    get_tstate().exc_info.exc_value = match


def exception_group_match(exc, match_type):
    """(match, rest) of exc against an except* clause's type."""
    if exc is None:
        return None, None
    if given_exception_matches(exc, match_type):
        if isinstance(exc, BaseExceptionGroup):
            return exc, None
        # A naked exception is wrapped in a group.
        return BaseExceptionGroup('', (exc,)), None
    if isinstance(exc, BaseExceptionGroup):
        return exc.split(match_type)
    return None, None


def PREP_RERAISE_STAR(f, stack, arg):
    excs = stack.pop()
    orig = stack.pop()
    stack.append(prep_reraise_star(orig, excs))


def prep_reraise_star(orig, excs):
    """The exception an except* statement lets out (CPython's
    _PyExc_PrepReraiseStar): what its clauses raised, plus the part of the
    original group they re-raised, or None."""
    if not excs:
        return None
    if not isinstance(orig, BaseExceptionGroup):
        # A naked exception was caught and wrapped: one clause ran.
        return excs[0]
    raised = []
    reraised = []
    for exc in excs:
        if exc is None:
            continue
        if _same_metadata(exc, orig):
            reraised.append(exc)
        else:
            raised.append(exc)
    reraised_eg = _projection(orig, reraised)
    if not raised:
        return reraised_eg
    if reraised_eg is not None:
        raised.append(reraised_eg)
    if len(raised) > 1:
        return BaseExceptionGroup('', raised)
    return raised[0]


def _same_metadata(exc1, exc2):
    return (exc1.__traceback__ is exc2.__traceback__
            and exc1.__cause__ is exc2.__cause__
            and exc1.__context__ is exc2.__context__)


def _leaf_ids(exc, ids):
    if exc is None:
        return
    if isinstance(exc, BaseExceptionGroup):
        for item in exc.exceptions:
            _leaf_ids(item, ids)
    else:
        ids.add(id(exc))


def _projection(group, keep):
    """The leaves of group that also appear in keep, as a group shaped as
    group (or None)."""
    ids = set()
    for exc in keep:
        _leaf_ids(exc, ids)
    return group.split(lambda exc: id(exc) in ids)[0]


# --- the with statement -----------------------------------------------------

def lookup_special(obj, name):
    """_PyObject_LookupSpecial: name looked up on type(obj) (not on obj)
    and bound by its descriptor; NULL if absent."""
    tp = _type(obj)
    for klass in tp.__mro__:
        namespace = klass.__dict__
        if name in namespace:
            descr = namespace[name]
            break
    else:
        return NULL
    getter = NULL
    for klass in _type(descr).__mro__:
        namespace = klass.__dict__
        if '__get__' in namespace:
            getter = namespace['__get__']
            break
    if getter is NULL:
        return descr
    return getter(descr, obj, tp)


def BEFORE_WITH(f, stack, arg):
    mgr = stack[-1]
    enter = lookup_special(mgr, '__enter__')
    if enter is NULL:
        raise TypeError(f"'{_type(mgr).__name__:.200}' object does not "
                        'support the context manager protocol')
    exit = lookup_special(mgr, '__exit__')
    if exit is NULL:
        raise TypeError(f"'{_type(mgr).__name__:.200}' object does not "
                        'support the context manager protocol (missed '
                        '__exit__ method)')
    stack[-1] = exit
    stack.append(enter())


def WITH_EXCEPT_START(f, stack, arg):
    value = stack[-1]
    exit_func = stack[-4]
    stack.append(exit_func(_type(value), value, value.__traceback__))
