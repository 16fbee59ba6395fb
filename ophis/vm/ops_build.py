"""Handlers: building tuples, lists, sets, dicts, strings and slices;
comprehension appends; star-unpacking; f-string fields."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

from ophis.vm.frame import NULL
from ophis.vm.ops_match import type_defines

_type = type

_tuple = tuple
_list = list


def is_non_iterable(value):
    """CPython's ``tp_iter == NULL && !PySequence_Check(value)``: true when
    iter(value) failed because value has no iteration protocol at all."""
    tp = type(value)
    if type_defines(tp, '__iter__'):
        return False
    if isinstance(value, dict):
        return True
    return not type_defines(tp, '__getitem__')


def function_str(func):
    """How CPython names a callable in call errors (_PyObject_FunctionStr):
    'module.qualname()', or 'qualname()' for builtins."""
    try:
        qualname = func.__qualname__
    except AttributeError:
        return str(func)
    module = getattr(func, '__module__', None)
    if module is not None and module != 'builtins':
        return f'{module}.{qualname}()'
    return f'{qualname}()'


def _take(stack, count):
    if count:
        items = stack[-count:]
        del stack[-count:]
        return items
    return []


def BUILD_TUPLE(f, stack, arg):
    if arg:
        items = _tuple(stack[-arg:])
        del stack[-arg:]
        stack.append(items)
    else:
        stack.append(())


def BUILD_LIST(f, stack, arg):
    if arg:
        items = stack[-arg:]
        del stack[-arg:]
        stack.append(items)
    else:
        stack.append([])


def BUILD_SET(f, stack, arg):
    result = set()
    for item in _take(stack, arg):
        result.add(item)
    stack.append(result)


def BUILD_MAP(f, stack, arg):
    items = _take(stack, 2 * arg)
    result = {}
    for i in range(0, 2 * arg, 2):
        result[items[i]] = items[i + 1]
    stack.append(result)


def BUILD_CONST_KEY_MAP(f, stack, arg):
    keys = stack.pop()
    values = _take(stack, arg)
    result = {}
    for i in range(arg):
        result[keys[i]] = values[i]
    stack.append(result)


def BUILD_STRING(f, stack, arg):
    pieces = _take(stack, arg)
    stack.append(''.join(pieces))


def BUILD_SLICE(f, stack, arg):
    if arg == 3:
        step = stack.pop()
        stop = stack.pop()
        stack[-1] = slice(stack[-1], stop, step)
    else:
        stop = stack.pop()
        stack[-1] = slice(stack[-1], stop)


def LIST_TO_TUPLE(f, stack, arg):
    stack[-1] = _tuple(stack[-1])


# --- comprehensions and displays ---------------------------------------------

def LIST_APPEND(f, stack, arg):
    value = stack.pop()
    stack[-arg].append(value)


def SET_ADD(f, stack, arg):
    value = stack.pop()
    stack[-arg].add(value)


def MAP_ADD(f, stack, arg):
    value = stack.pop()
    key = stack.pop()
    stack[-arg][key] = value


def LIST_EXTEND(f, stack, arg):
    iterable = stack.pop()
    target = stack[-arg]
    if _type(iterable) is _list or _type(iterable) is _tuple:
        target.extend(iterable)
        return
    try:
        target.extend(iterable)
        return
    except TypeError:
        if not is_non_iterable(iterable):
            raise
    raise TypeError('Value after * must be an iterable, not '
                    f'{type(iterable).__name__:.200}')


def SET_UPDATE(f, stack, arg):
    iterable = stack.pop()
    stack[-arg].update(iterable)


def _merge_mapping(target, update, on_duplicate):
    """PyDict_Update / _PyDict_MergeEx: update must be a mapping (have
    keys()); on_duplicate(key) is called for a key already present, when
    given."""
    if isinstance(update, dict) and type(update).__iter__ is dict.__iter__:
        if on_duplicate is not None:
            for key in update:
                if key in target:
                    on_duplicate(key)
                target[key] = update[key]
        else:
            target.update(update)
        return
    keys = update.keys()
    if _type(keys) is not _list:
        listed = NULL
        try:
            listed = _list(keys)
        except TypeError:
            if not is_non_iterable(keys):
                raise
        if listed is NULL:
            # Raised outside the except clause, so not chained to it.
            raise TypeError(
                f'{type(update).__name__:.200}.keys() returned a '
                f'non-iterable (type {type(keys).__name__:.200})')
        keys = listed
    for key in keys:
        if on_duplicate is not None and key in target:
            on_duplicate(key)
        target[key] = update[key]


class _Duplicate(Exception):
    pass


def _raise_duplicate(key):
    raise _Duplicate(key)


def DICT_UPDATE(f, stack, arg):
    update = stack.pop()
    target = stack[-arg]
    try:
        _merge_mapping(target, update, None)
        return
    except AttributeError:
        pass
    raise TypeError(f"'{type(update).__name__:.200}' object is not a mapping")


def DICT_MERGE(f, stack, arg):
    update = stack.pop()
    target = stack[-arg]
    problem = None
    try:
        _merge_mapping(target, update, _raise_duplicate)
        return
    except AttributeError:
        problem = 'mapping'
    except _Duplicate as dup:
        problem = dup.args
    # The callable is below the NULL and the positional-arguments tuple.
    func = stack[-arg - 3]
    if problem == 'mapping':
        raise TypeError(f'{function_str(func)} argument after ** must be a '
                        f'mapping, not {type(update).__name__:.200}')
    raise TypeError(f'{function_str(func)} got multiple values for keyword '
                    f"argument '{problem[0]}'")


# --- unpacking ------------------------------------------------------------------

def _unpack_error(value):
    if is_non_iterable(value):
        return TypeError(
            f'cannot unpack non-iterable {type(value).__name__:.200} object')
    return None


def UNPACK_SEQUENCE(f, stack, arg):
    seq = stack.pop()
    cls = seq.__class__
    if (cls is _tuple or cls is _list) and len(seq) == arg:
        stack.extend(seq[::-1])
        return
    try:
        it = iter(seq)
    except TypeError as exc:
        error = _unpack_error(seq)
        if error is None:
            raise
        failure = error
    else:
        failure = None
    if failure is not None:
        raise failure
    values = []
    for i in range(arg):
        value = next(it, NULL)
        if value is NULL:
            raise ValueError(f'not enough values to unpack (expected {arg}, '
                             f'got {i})')
        values.append(value)
    if next(it, NULL) is not NULL:
        raise ValueError(f'too many values to unpack (expected {arg})')
    values.reverse()
    stack.extend(values)


def UNPACK_EX(f, stack, arg):
    before = arg & 0xFF
    after = arg >> 8
    seq = stack.pop()
    try:
        it = iter(seq)
    except TypeError:
        error = _unpack_error(seq)
        if error is None:
            raise
        failure = error
    else:
        failure = None
    if failure is not None:
        raise failure
    values = []
    for i in range(before):
        value = next(it, NULL)
        if value is NULL:
            raise ValueError('not enough values to unpack (expected at least '
                             f'{before + after}, got {i})')
        values.append(value)
    rest = _list(it)
    if len(rest) < after:
        raise ValueError('not enough values to unpack (expected at least '
                         f'{before + after}, got {before + len(rest)})')
    if after:
        values.append(rest[:len(rest) - after])
        values.extend(rest[len(rest) - after:])
    else:
        values.append(rest)
    values.reverse()
    stack.extend(values)


# --- f-strings -------------------------------------------------------------------

_CONVERSIONS = (None, str, repr, ascii)


def FORMAT_VALUE(f, stack, arg):
    spec = stack.pop() if arg & 4 else ''
    value = stack[-1]
    conversion = _CONVERSIONS[arg & 3]
    if conversion is not None:
        value = conversion(value)
    if _type(value) is str and not spec:
        stack[-1] = value
    else:
        stack[-1] = format(value, spec)
