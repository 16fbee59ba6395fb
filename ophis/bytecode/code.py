"""The code object: what the compiler produces and the eval loop runs.

``Code`` has CPython 3.11's constructor signature and ``co_*`` attributes,
so tools written for host code objects read Ophis ones.  ``co_code`` holds
Ophis bytecode (ophis/bytecode/instructions.py): 2-byte code units, opcode
then argument byte, no inline caches.

Two tables travel with the code, both in CPython 3.11's byte formats so
that the VM can build host traceback stand-ins over the same positions and
dis-like tools can read them:

* ``co_linetable``, the location table: a position (line, end line, column,
  end column) for every code unit; format in ophis/bytecode/linetable.py.
  ``co_lines()``, ``co_positions()`` and ``co_lnotab`` derive from it.
* ``co_exceptiontable``, the exception table: (start, length, target,
  depth, lasti) entries in code units, varint-encoded; format in
  ophis/bytecode/exceptiontable.py.

The fast locals ("localsplus", as 3.11 calls them): the slots of a frame
hold first ``co_varnames`` (arguments first), then the cell variables that
are not arguments, then the free variables.  A cell variable that is also
an argument keeps the argument's slot (``MAKE_CELL`` wraps the argument's
value in a cell when the frame starts).  ``co_localsplusnames`` names the
slots and ``co_localspluskinds`` (bytes) gives each slot's kind, a mask of
``CO_FAST_LOCAL``, ``CO_FAST_CELL`` and ``CO_FAST_FREE``.  The
LOAD_FAST/STORE_FAST family and the LOAD_DEREF family both index these
slots.
"""

from math import copysign as _copysign
from sys import intern as _sys_intern

from ophis.bytecode import linetable as _linetable
from ophis.bytecode.builtintype import BUILTINS as _BUILTINS

# co_flags, CPython's CO_* values.
CO_OPTIMIZED = 0x0001
CO_NEWLOCALS = 0x0002
CO_VARARGS = 0x0004
CO_VARKEYWORDS = 0x0008
CO_NESTED = 0x0010
CO_GENERATOR = 0x0020
CO_NOFREE = 0x0040          # not set by 3.11's compiler; kept for tools
CO_COROUTINE = 0x0080
CO_ITERABLE_COROUTINE = 0x0100
CO_ASYNC_GENERATOR = 0x0200

# The __future__ flags, kept in co_flags as CPython does.
CO_FUTURE_DIVISION = 0x20000
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000
CO_FUTURE_WITH_STATEMENT = 0x80000
CO_FUTURE_PRINT_FUNCTION = 0x100000
CO_FUTURE_UNICODE_LITERALS = 0x200000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_GENERATOR_STOP = 0x800000
CO_FUTURE_ANNOTATIONS = 0x1000000

# Kinds of localsplus slots (CPython 3.11's CO_FAST_*).
CO_FAST_LOCAL = 0x20
CO_FAST_CELL = 0x40
CO_FAST_FREE = 0x80

_FIELDS = (
    'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals',
    'co_stacksize', 'co_flags', 'co_code', 'co_consts', 'co_names',
    'co_varnames', 'co_filename', 'co_name', 'co_qualname',
    'co_firstlineno', 'co_linetable', 'co_exceptiontable', 'co_freevars',
    'co_cellvars',
)


def _check_names(names, position):
    if type(names) is not tuple:
        if not isinstance(names, tuple):
            raise TypeError(f'code() argument {position} must be tuple, '
                            f'not {type(names).__name__}')
        names = tuple(names)
    for name in names:
        if not isinstance(name, str):
            raise TypeError('name tuples must contain only strings, not '
                            f"'{type(name).__name__}'")
    # Names are compared by value everywhere; interning makes the eval
    # loop's dict lookups and the marshal writer's sharing cheaper.
    return tuple([_intern(n) for n in names])


def _intern(name):
    if type(name) is str:
        try:
            return _sys_intern(name)
        except TypeError:
            return name
    return name


def _intern_constants(constants):
    """constants with every str that looks like a name (ASCII letters,
    digits, underscores) interned, in nested tuples too, as CPython's code
    constructor does: a program may see `is` hold between such a constant
    and the same name elsewhere (decimal's rounding modes are compared
    so).  Frozensets are left as they come: remade, their table would be
    laid out anew, and a set display's iteration order (it copies the
    constant's table) would move away from CPython's under some hash
    seeds (tests/cli test_hash_seed)."""
    changed = False
    values = list(constants)
    for i, value in enumerate(values):
        kind = type(value)
        if kind is str:
            if value.isascii() and (
                    not value or value.replace('_', 'a').isalnum()):
                interned = _sys_intern(value)
                if interned is not value:
                    values[i] = interned
                    changed = True
        elif kind is tuple:
            inner = _intern_constants(value)
            if inner is not value:
                values[i] = inner
                changed = True
    return tuple(values) if changed else constants


def _check_int(value, position):
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be "
                        'interpreted as an integer')
    return int(value)


def _check_type(value, kind, position):
    if not isinstance(value, kind):
        raise TypeError(f'code() argument {position} must be '
                        f'{kind.__name__}, not {type(value).__name__}')
    return value


def localsplus(varnames, cellvars, freevars):
    """The localsplus names and kinds for the given variable lists."""
    names = list(varnames)
    kinds = bytearray([CO_FAST_LOCAL]) * len(names)
    index = {}
    for i, name in enumerate(names):
        index.setdefault(name, i)
    for name in cellvars:
        slot = index.get(name)
        if slot is not None and slot < len(varnames):
            kinds[slot] |= CO_FAST_CELL
            continue
        if slot is not None:
            # A duplicated cell name: CPython keeps one slot.
            continue
        index[name] = len(names)
        names.append(name)
        kinds.append(CO_FAST_CELL)
    for name in freevars:
        slot = index.get(name)
        if slot is not None and kinds[slot] & CO_FAST_FREE:
            continue
        index[name] = len(names)
        names.append(name)
        kinds.append(CO_FAST_FREE)
    return tuple(names), bytes(kinds)


_HostCodeType = type((lambda: None).__code__)


class _CodeClass(type):
    """The class of Code.  A traceback's frames are host frames standing
    for Ophis frames (ophis.vm.tracebacks): their f_code is a host code
    object with the Ophis code's file, name and lines.  Under Ophis, the
    program's types.CodeType is Code, so ``isinstance(frame.f_code,
    types.CodeType)`` (inspect.iscode, on the way to a traceback's source)
    must hold for those too."""

    def __instancecheck__(cls, instance):
        return type.__instancecheck__(cls, instance) or \
            type(instance) is _HostCodeType


# False under -X no_debug_ranges (PYTHONNODEBUGRANGES; set at start-up):
# every code object made then, compiled, loaded or built, keeps lines only,
# as CPython's code constructor drops the columns of its location table.
DEBUG_RANGES = [True]


class Code(metaclass=_CodeClass):
    """An Ophis code object (CPython 3.11's ``types.CodeType`` interface)."""

    __slots__ = _FIELDS + (
        'co_localsplusnames', 'co_localspluskinds', '_vm_decoded',
        # What calls of functions of this code need
        # (ophis.vm.function.call_info), None until a call first asks.
        '_vm_call',
        '__weakref__')

    def __init__(self, argcount, posonlyargcount, kwonlyargcount, nlocals,
                 stacksize, flags, codestring, constants, names, varnames,
                 filename, name, qualname, firstlineno, linetable,
                 exceptiontable, freevars=(), cellvars=()):
        argcount = _check_int(argcount, 1)
        posonlyargcount = _check_int(posonlyargcount, 2)
        kwonlyargcount = _check_int(kwonlyargcount, 3)
        nlocals = _check_int(nlocals, 4)
        stacksize = _check_int(stacksize, 5)
        flags = _check_int(flags, 6)
        _check_type(codestring, bytes, 7)
        _check_type(constants, tuple, 8)
        constants = _intern_constants(constants)
        names = _check_names(names, 9)
        varnames = _check_names(varnames, 10)
        _check_type(filename, str, 11)
        _check_type(name, str, 12)
        _check_type(qualname, str, 13)
        firstlineno = _check_int(firstlineno, 14)
        _check_type(linetable, bytes, 15)
        _check_type(exceptiontable, bytes, 16)
        freevars = _check_names(freevars, 17)
        cellvars = _check_names(cellvars, 18)
        if argcount < 0:
            raise ValueError('code: argcount must not be negative')
        if posonlyargcount < 0:
            raise ValueError('code: posonlyargcount must not be negative')
        if kwonlyargcount < 0:
            raise ValueError('code: kwonlyargcount must not be negative')
        if nlocals < 0:
            raise ValueError('code: nlocals must not be negative')
        if nlocals != len(varnames):
            raise ValueError('code: co_nlocals != len(co_varnames)')
        if (argcount < posonlyargcount or stacksize < 0 or flags < 0):
            raise SystemError('bad argument to internal function')
        if len(codestring) % 2:
            raise ValueError('code: co_code is malformed')
        if nlocals - argcount - kwonlyargcount - bool(flags & CO_VARARGS) \
                - bool(flags & CO_VARKEYWORDS) < 0:
            raise ValueError('code: co_varnames is too small')
        plus_names, plus_kinds = localsplus(varnames, cellvars, freevars)
        self.co_argcount = argcount
        self.co_posonlyargcount = posonlyargcount
        self.co_kwonlyargcount = kwonlyargcount
        self.co_nlocals = nlocals
        self.co_stacksize = stacksize
        self.co_flags = flags
        self.co_code = bytes(codestring)
        self.co_consts = constants
        self.co_names = names
        self.co_varnames = varnames
        self.co_filename = _intern(filename)
        self.co_name = _intern(name)
        self.co_qualname = qualname
        self.co_firstlineno = firstlineno
        self.co_linetable = bytes(linetable) if DEBUG_RANGES[0] else \
            _linetable.without_columns(linetable)
        self.co_exceptiontable = bytes(exceptiontable)
        self.co_localsplusnames = plus_names
        self.co_localspluskinds = plus_kinds
        # The eval loop's decoded form (ophis.vm.frame.decoded), made at
        # the first run.
        self._vm_decoded = None
        self._vm_call = None
        # As 3.11, the cell and free lists are read back from localsplus:
        # cells that are arguments come first, in argument order.
        self.co_cellvars = tuple(
            n for n, k in zip(plus_names, plus_kinds) if k & CO_FAST_CELL)
        self.co_freevars = tuple(
            n for n, k in zip(plus_names, plus_kinds) if k & CO_FAST_FREE)

    # -- derived views ----------------------------------------------------

    @property
    def co_lnotab(self):
        return _linetable.lnotab(self.co_linetable, self.co_firstlineno)

    def co_lines(self):
        """(start, end, line) for each range of bytes of co_code; line is
        None for instructions that belong to no line."""
        return _linetable.lines(self.co_linetable, self.co_firstlineno)

    def co_positions(self):
        """(line, end_line, col, end_col) for each code unit."""
        return _linetable.positions(self.co_linetable, self.co_firstlineno)

    def _varname_from_oparg(self, oparg):
        return self.co_localsplusnames[oparg]

    def replace(self, *, co_argcount=None, co_posonlyargcount=None,
                co_kwonlyargcount=None, co_nlocals=None, co_stacksize=None,
                co_flags=None, co_firstlineno=None, co_code=None,
                co_consts=None, co_names=None, co_varnames=None,
                co_freevars=None, co_cellvars=None, co_filename=None,
                co_name=None, co_qualname=None, co_linetable=None,
                co_exceptiontable=None):
        """A copy with the given fields replaced."""
        given = {
            'co_argcount': co_argcount,
            'co_posonlyargcount': co_posonlyargcount,
            'co_kwonlyargcount': co_kwonlyargcount,
            'co_nlocals': co_nlocals, 'co_stacksize': co_stacksize,
            'co_flags': co_flags, 'co_firstlineno': co_firstlineno,
            'co_code': co_code, 'co_consts': co_consts,
            'co_names': co_names, 'co_varnames': co_varnames,
            'co_freevars': co_freevars, 'co_cellvars': co_cellvars,
            'co_filename': co_filename, 'co_name': co_name,
            'co_qualname': co_qualname, 'co_linetable': co_linetable,
            'co_exceptiontable': co_exceptiontable,
        }
        args = []
        for field in _FIELDS:
            value = given[field]
            args.append(getattr(self, field) if value is None else value)
        if co_varnames is not None and co_nlocals is None:
            # A new varnames tuple brings its own count, as CPython's
            # replace() (which rebuilds localsplus from the lists).
            args[3] = len(co_varnames)
        return Code(*args)

    def __replace__(self, **changes):
        return self.replace(**changes)

    # -- comparison -------------------------------------------------------

    def _key(self):
        return (self.co_name, self.co_argcount, self.co_posonlyargcount,
                self.co_kwonlyargcount, self.co_flags, self.co_firstlineno,
                self.co_code, constant_key(self.co_consts), self.co_names,
                self.co_localsplusnames, self.co_localspluskinds,
                self.co_linetable, self.co_exceptiontable)

    def __eq__(self, other):
        if self is other:
            return True
        # Not isinstance: the class admits host code objects there (see
        # _CodeClass), which have no _key.
        if type(other) is not Code:
            return NotImplemented
        return self._key() == other._key()

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        return hash((self.co_name, self.co_code, self.co_consts,
                     self.co_names, self.co_localsplusnames,
                     self.co_linetable, self.co_exceptiontable,
                     self.co_argcount, self.co_posonlyargcount,
                     self.co_kwonlyargcount, self.co_flags,
                     self.co_firstlineno))

    def __repr__(self):
        line = self.co_firstlineno if self.co_firstlineno != 0 else -1
        return (f'<code object {self.co_name} at {id(self):#x}, '
                f'file "{self.co_filename}", line {line}>')

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self



_new_object = object.__new__
# How many of *args and **kwargs flags & _STARS holds: one subscription
# instead of two bool() calls (new_code runs for every code object a
# module's load makes: -1.9M machine instructions of ``ophis -c pass``).
_STARS = CO_VARARGS | CO_VARKEYWORDS
_STAR_ARGS = tuple(bool(bits & CO_VARARGS) + bool(bits & CO_VARKEYWORDS)
                   for bits in range(_STARS + 1))
_join = ''.join
_frozenset = frozenset
_fromkeys = dict.fromkeys
# co_localspluskinds by the number of locals (a code object without cells
# or free variables), or by the numbers of locals, cells and free variables
# (cells that are not locals).
_LOCAL_KINDS = {}


def new_code(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize,
             flags, codestring, constants, names, varnames, filename, name,
             qualname, firstlineno, linetable, exceptiontable, freevars,
             cellvars):
    """Code(...) for fields as Ophis itself writes them (marshal's code
    records): about five times cheaper than the constructor, which a
    module's load pays for each of its code objects.  The fields are
    checked at a glance (exact types, the counts' relations); anything
    unusual goes through the constructor, which raises its errors.  Names
    are taken as they come: marshal interns the strings the constructor
    interned, and cellvars and freevars are already in the order the
    constructor reads back from localsplus."""
    if not (type(argcount) is int and type(posonlyargcount) is int
            and type(kwonlyargcount) is int and type(nlocals) is int
            and type(stacksize) is int and type(flags) is int
            and type(codestring) is bytes and type(constants) is tuple
            and type(names) is tuple and type(varnames) is tuple
            and type(filename) is str and type(name) is str
            and type(qualname) is str and type(firstlineno) is int
            and type(linetable) is bytes and type(exceptiontable) is bytes
            and type(freevars) is tuple and type(cellvars) is tuple
            and 0 <= posonlyargcount <= argcount and kwonlyargcount >= 0
            and nlocals == len(varnames) and stacksize >= 0 and flags >= 0
            and not len(codestring) & 1
            and nlocals >= argcount + kwonlyargcount
            + _STAR_ARGS[flags & _STARS]):
        return Code(argcount, posonlyargcount, kwonlyargcount, nlocals,
                    stacksize, flags, codestring, constants, names, varnames,
                    filename, name, qualname, firstlineno, linetable,
                    exceptiontable, freevars, cellvars)
    try:
        # Strings only (TypeError otherwise), checked in C.
        _join(names)
        _join(varnames)
        if cellvars or freevars:
            _join(cellvars)
            _join(freevars)
    except TypeError:
        return Code(argcount, posonlyargcount, kwonlyargcount, nlocals,
                    stacksize, flags, codestring, constants, names, varnames,
                    filename, name, qualname, firstlineno, linetable,
                    exceptiontable, freevars, cellvars)
    if cellvars or freevars:
        if cellvars and not _frozenset(varnames).isdisjoint(cellvars):
            # A cell that is also an argument or local keeps its slot.
            plus_names, plus_kinds = localsplus(varnames, cellvars,
                                                freevars)
            cellvars = tuple(n for n, k in zip(plus_names, plus_kinds)
                             if k & CO_FAST_CELL)
            freevars = tuple(n for n, k in zip(plus_names, plus_kinds)
                             if k & CO_FAST_FREE)
        else:
            # Cells and free variables each get slots after the locals,
            # in their lists' order, a repeated name once (what
            # localsplus() gives then, in C-level steps: a seventh of
            # start-up's code objects have cells or free variables).
            if cellvars:
                cellvars = tuple(_fromkeys(cellvars))
            if freevars:
                freevars = tuple(_fromkeys(freevars))
            plus_names = varnames + cellvars + freevars
            shape = (nlocals, len(cellvars), len(freevars))
            plus_kinds = _LOCAL_KINDS.get(shape)
            if plus_kinds is None:
                plus_kinds = _LOCAL_KINDS[shape] = (
                    bytes([CO_FAST_LOCAL]) * nlocals +
                    bytes([CO_FAST_CELL]) * shape[1] +
                    bytes([CO_FAST_FREE]) * shape[2])
    else:
        plus_names = varnames
        plus_kinds = _LOCAL_KINDS.get(nlocals)
        if plus_kinds is None:
            plus_kinds = _LOCAL_KINDS[nlocals] = \
                bytes([CO_FAST_LOCAL]) * nlocals
    code = _new_object(Code)
    code.co_argcount = argcount
    code.co_posonlyargcount = posonlyargcount
    code.co_kwonlyargcount = kwonlyargcount
    code.co_nlocals = nlocals
    code.co_stacksize = stacksize
    code.co_flags = flags
    code.co_code = codestring
    code.co_consts = constants
    code.co_names = names
    code.co_varnames = varnames
    code.co_filename = filename
    code.co_name = name
    code.co_qualname = qualname
    code.co_firstlineno = firstlineno
    code.co_linetable = linetable if DEBUG_RANGES[0] else \
        _linetable.without_columns(linetable)
    code.co_exceptiontable = exceptiontable
    code.co_localsplusnames = plus_names
    code.co_localspluskinds = plus_kinds
    code.co_cellvars = cellvars
    code.co_freevars = freevars
    code._vm_decoded = None
    code._vm_call = None
    return code

# The type's name is CPython's ("code"), so that guest code that prints
# type(code).__name__ or reprs the type sees what it sees under CPython.
Code.__name__ = Code.__qualname__ = 'code'
# Read by the type, not by its instances (ophis.bytecode.builtintype).
Code.__module__ = _BUILTINS


def constant_key(value):
    """A key that tells constants apart as CPython's _PyCode_ConstantKey:
    1, 1.0 and True differ, 0.0 and -0.0 differ, and containers compare
    by their items' keys."""
    kind = type(value)
    if value is None or value is Ellipsis or kind in (int, bool, str, bytes) \
            or kind is Code:
        return (kind, value)
    if kind is float:
        if value == 0.0 and _copysign(1.0, value) < 0:
            return (kind, value, None)
        return (kind, value)
    if kind is complex:
        real_negzero = value.real == 0.0 and _copysign(1.0, value.real) < 0
        imag_negzero = value.imag == 0.0 and _copysign(1.0, value.imag) < 0
        if real_negzero and imag_negzero:
            return (kind, value, Ellipsis)
        if real_negzero:
            return (kind, value, None, None)
        if imag_negzero:
            return (kind, value, None)
        return (kind, value)
    if kind is tuple:
        return (kind, tuple([constant_key(item) for item in value]))
    if kind is frozenset:
        return (kind, frozenset([constant_key(item) for item in value]))
    # Other objects (a slice, say) are equal only to themselves.
    return (kind, id(value), value)
