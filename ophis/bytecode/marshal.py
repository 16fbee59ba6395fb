"""Serializing Ophis code objects (the body of a .pyc, and the program's
``marshal`` module: ophis.importer.marshalling).

Plain values -- None, bools, ints of any size, floats (nan, -0.0), complex
numbers, str (lone surrogates too), bytes, tuples, lists, dicts, sets,
frozensets, Ellipsis, and the host's own code objects -- are written by the
host's ``marshal``, byte for byte as it writes them: it is compact (it
shares repeated strings), written and read in C, and exact for all of them.

A value that holds Ophis code objects is one byte, TYPE_OPHIS (a type code
CPython's marshal does not use, so CPython refuses the data instead of
mistaking it for its own), then the host's marshal of a tree in which each
code object is a tagged record of plain values:

    (CODE_TAG, argcount, posonlyargcount, kwonlyargcount, nlocals,
     stacksize, flags, co_code, consts, nested, names, varnames, filename,
     name, qualname, firstlineno, linetable, exceptiontable, freevars,
     cellvars)

where ``consts`` is co_consts with None in place of each nested code
object, and ``nested`` the pairs (index, record) that go there: a constant
that happens to look like a record is never mistaken for one.  Around the
records (a list or dict of code objects), a plain tuple whose first item
is CODE_TAG or PLAIN_TAG is written as (PLAIN_TAG, *items).
"""

import marshal as _host_marshal

from ophis.bytecode.code import Code, new_code

TYPE_OPHIS = b'O'
CODE_TAG = 'ophis-code'
PLAIN_TAG = 'ophis-plain'
VERSION = _host_marshal.version
_RECORD_SIZE = 20
_TAGS = (CODE_TAG, PLAIN_TAG)


def _record(code):
    consts = code.co_consts
    nested = []
    plain = []
    for index, const in enumerate(consts):
        if type(const) is Code:
            nested.append((index, _record(const)))
            plain.append(None)
        else:
            plain.append(const)
    return (CODE_TAG, code.co_argcount, code.co_posonlyargcount,
            code.co_kwonlyargcount, code.co_nlocals, code.co_stacksize,
            code.co_flags, code.co_code, tuple(plain), tuple(nested),
            code.co_names, code.co_varnames, code.co_filename,
            code.co_name, code.co_qualname, code.co_firstlineno,
            code.co_linetable, code.co_exceptiontable, code.co_freevars,
            code.co_cellvars)


def _code(record):
    if type(record) is not tuple or len(record) != _RECORD_SIZE or \
            record[0] != CODE_TAG:
        raise ValueError('bad marshal data (not an Ophis code record)')
    (_, argcount, posonly, kwonly, nlocals, stacksize, flags, codestring,
     plain, nested, names, varnames, filename, name, qualname, firstlineno,
     linetable, exceptiontable, freevars, cellvars) = record
    consts = list(plain)
    for index, sub in nested:
        consts[index] = _code(sub)
    return new_code(argcount, posonly, kwonly, nlocals, stacksize, flags,
                    codestring, tuple(consts), names, varnames, filename,
                    name, qualname, firstlineno, linetable, exceptiontable,
                    freevars, cellvars)


def holds_code(value):
    """Whether value is or holds (in its containers) an Ophis code
    object."""
    kind = type(value)
    if kind is Code:
        return True
    if kind is dict:
        return any(holds_code(k) or holds_code(v) for k, v in value.items())
    if kind in (tuple, list, set, frozenset):
        return any(holds_code(item) for item in value)
    return False


def _tree(value, memo):
    # memo: id -> tree of each code object and container already written,
    # so that an object that occurs twice is one object in the tree, which
    # the host's marshal writes once (versions 3 and up) and loads as one.
    key = id(value)
    if key in memo:
        return memo[key][1]
    kind = type(value)
    if kind is Code:
        tree = _record(value)
    elif kind is tuple:
        tree = tuple(_tree(item, memo) for item in value)
        if value and type(value[0]) is str and value[0] in _TAGS:
            tree = (PLAIN_TAG,) + tree
    elif kind is list:
        tree = [_tree(item, memo) for item in value]
    elif kind is dict:
        tree = {_tree(k, memo): _tree(v, memo) for k, v in value.items()}
    elif kind in (set, frozenset):
        tree = kind(_tree(item, memo) for item in value)
    else:
        return value
    # The value is kept with its tree: its id stays its own meanwhile.
    memo[key] = (value, tree)
    return tree


def _value(tree, memo):
    key = id(tree)
    if key in memo:
        return memo[key][1]
    kind = type(tree)
    if kind is tuple:
        if tree and type(tree[0]) is str and tree[0] == CODE_TAG:
            value = _code(tree)
        elif tree and type(tree[0]) is str and tree[0] == PLAIN_TAG:
            value = tuple(_value(item, memo) for item in tree[1:])
        else:
            value = tuple(_value(item, memo) for item in tree)
    elif kind is list:
        value = [_value(item, memo) for item in tree]
    elif kind is dict:
        value = {_value(k, memo): _value(v, memo) for k, v in tree.items()}
    elif kind in (set, frozenset):
        value = kind(_value(item, memo) for item in tree)
    else:
        return tree
    memo[key] = (tree, value)
    return value


def dumps(value, version=VERSION):
    """The bytes of value: a code object, or any value the host's marshal
    writes (then exactly the host's bytes), or containers of both."""
    if type(value) is Code:
        return TYPE_OPHIS + _host_marshal.dumps(_record(value), version)
    try:
        return _host_marshal.dumps(value, version)
    except ValueError:
        if not holds_code(value):
            raise
    return TYPE_OPHIS + _host_marshal.dumps(_tree(value, {}), version)


def loads_tree(tree):
    """The value of a tree read after TYPE_OPHIS."""
    if type(tree) is tuple and len(tree) == _RECORD_SIZE and \
            tree[0] == CODE_TAG:
        return _code(tree)
    return _value(tree, {})


def loads(data):
    """The value dumps() wrote (raises ValueError, EOFError or TypeError
    on bad data, as marshal does)."""
    if data[:1] == TYPE_OPHIS:
        return loads_tree(_host_marshal.loads(memoryview(data)[1:]))
    return _host_marshal.loads(data)


def dump(value, file, version=VERSION):
    file.write(dumps(value, version))


def load(file):
    return loads(file.read())
