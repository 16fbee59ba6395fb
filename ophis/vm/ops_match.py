"""Handlers: structural pattern matching (the match statement)."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

_type = type

# Type flags (CPython's Py_TPFLAGS_*), readable as type.__flags__.
TPFLAGS_SEQUENCE = 1 << 5
TPFLAGS_MAPPING = 1 << 6
TPFLAGS_HEAPTYPE = 1 << 9
TPFLAGS_MATCH_SELF = 1 << 22


def tp_name(cls):
    """A type's C-level name, as CPython's messages print it."""
    if cls.__flags__ & TPFLAGS_HEAPTYPE or cls.__module__ == 'builtins':
        return cls.__name__
    return f'{cls.__module__}.{cls.__qualname__}'


def type_defines(tp, name):
    """Whether a class on type tp's MRO defines name (the test CPython makes
    with a type slot, e.g. tp_iter != NULL)."""
    for klass in tp.__mro__:
        if name in klass.__dict__:
            return True
    return False


def GET_LEN(f, stack, arg):
    stack.append(len(stack[-1]))


def MATCH_MAPPING(f, stack, arg):
    stack.append(bool(_type(stack[-1]).__flags__ & TPFLAGS_MAPPING))


def MATCH_SEQUENCE(f, stack, arg):
    stack.append(bool(_type(stack[-1]).__flags__ & TPFLAGS_SEQUENCE))


def MATCH_KEYS(f, stack, arg):
    stack.append(match_keys(stack[-2], stack[-1]))


def match_keys(subject, keys):
    """A tuple of subject[key] for each key, or None if one is missing;
    looked up with subject.get(key, dummy), as CPython does, so that a
    defaultdict grows no keys."""
    if not keys:
        return ()
    get = subject.get
    seen = set()
    dummy = object()
    values = []
    for key in keys:
        if key in seen:
            raise ValueError(f'mapping pattern checks duplicate key ({key!r})')
        seen.add(key)
        value = get(key, dummy)
        if value is dummy:
            return None
        values.append(value)
    return tuple(values)


def MATCH_CLASS(f, stack, arg):
    names = stack.pop()
    cls = stack.pop()
    stack[-1] = match_class(stack[-1], cls, arg, names)


_MISSING = object()


def match_class(subject, cls, nargs, kwnames):
    if not isinstance(cls, type):
        raise TypeError('called match pattern must be a type')
    if not isinstance(subject, cls):
        return None
    seen = set()
    attrs = []
    if nargs:
        match_self = False
        try:
            match_args = cls.__match_args__
            missing = False
        except AttributeError:
            missing = True
        if missing:
            match_args = ()
            match_self = bool(cls.__flags__ & TPFLAGS_MATCH_SELF)
        elif _type(match_args) is not tuple:
            raise TypeError(f'{tp_name(cls)}.__match_args__ must be a tuple '
                            f'(got {tp_name(_type(match_args))})')
        allowed = 1 if match_self else len(match_args)
        if allowed < nargs:
            raise TypeError(f'{tp_name(cls)}() accepts {allowed} positional '
                            f'sub-pattern{"" if allowed == 1 else "s"} '
                            f'({nargs} given)')
        if match_self:
            attrs.append(subject)
        else:
            for i in range(nargs):
                name = match_args[i]
                if _type(name) is not str:
                    raise TypeError('__match_args__ elements must be strings '
                                    f'(got {tp_name(_type(name))})')
                value = _match_class_attr(subject, cls, name, seen)
                if value is _MISSING:
                    return None
                attrs.append(value)
    for name in kwnames:
        value = _match_class_attr(subject, cls, name, seen)
        if value is _MISSING:
            return None
        attrs.append(value)
    return tuple(attrs)


def _match_class_attr(subject, cls, name, seen):
    if name in seen:
        raise TypeError(f'{tp_name(cls)}() got multiple sub-patterns for '
                        f'attribute {name!r}')
    seen.add(name)
    try:
        return getattr(subject, name)
    except AttributeError:
        return _MISSING
