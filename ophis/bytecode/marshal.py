"""Serializing Ophis code objects (the body of a .pyc).

The plain values — None, bools, ints of any size, floats (nan, -0.0),
complex numbers, str (lone surrogates too), bytes, tuples, frozensets,
Ellipsis — are the host's ``marshal`` format: it is compact (it shares
repeated strings), written and read in C, and exact for all of them.  A
code object becomes a tagged record of plain values:

    (CODE_TAG, argcount, posonlyargcount, kwonlyargcount, nlocals,
     stacksize, flags, co_code, consts, nested, names, varnames, filename,
     name, qualname, firstlineno, linetable, exceptiontable, freevars,
     cellvars)

where ``consts`` is co_consts with None in place of each nested code
object, and ``nested`` the pairs (index, record) that go there.  So a
constant that happens to look like a record is never mistaken for one:
records are found only through ``nested``.  The whole tree is one host
``marshal`` value, written and read in one call.

``dumps``/``loads`` also accept plain values, so the module can stand in
for ``marshal`` where code objects are involved.
"""

import marshal as _host_marshal

from ophis.bytecode.code import Code

CODE_TAG = 'ophis-code'
# A plain value that would look like a tagged one is wrapped in this tag.
PLAIN_TAG = 'ophis-plain'
VERSION = _host_marshal.version


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
    if type(record) is not tuple or len(record) != 20 or \
            record[0] != CODE_TAG:
        raise ValueError('bad marshal data (not an Ophis code record)')
    (_, argcount, posonly, kwonly, nlocals, stacksize, flags, codestring,
     plain, nested, names, varnames, filename, name, qualname, firstlineno,
     linetable, exceptiontable, freevars, cellvars) = record
    consts = list(plain)
    for index, sub in nested:
        consts[index] = _code(sub)
    return Code(argcount, posonly, kwonly, nlocals, stacksize, flags,
                codestring, tuple(consts), names, varnames, filename, name,
                qualname, firstlineno, linetable, exceptiontable, freevars,
                cellvars)


def dumps(value, version=VERSION):
    """The bytes of value: a code object, or any value the host's marshal
    writes."""
    if type(value) is Code:
        return _host_marshal.dumps((CODE_TAG, _record(value)), version)
    if type(value) is tuple and len(value) == 2 and \
            value[0] in (CODE_TAG, PLAIN_TAG):
        value = (PLAIN_TAG, value)
    return _host_marshal.dumps(value, version)


def loads(data):
    """The value dumps() wrote (raises ValueError, EOFError or TypeError
    on bad data, as marshal does)."""
    value = _host_marshal.loads(data)
    if type(value) is tuple and len(value) == 2:
        if value[0] == CODE_TAG:
            return _code(value[1])
        if value[0] == PLAIN_TAG:
            return value[1]
    return value


def dump(value, file, version=VERSION):
    file.write(dumps(value, version))


def load(file):
    return loads(file.read())
