"""The instruction table: the single source of truth for Ophis bytecode.

Every instruction is defined once, here, with its number, its stack effect in
the notation of CPython's ``Python/bytecodes.c`` (inputs ``--`` outputs, top of
stack rightmost), what its argument means, its flags and a one-line meaning.
Everything else derives from this table: the compiler's stack-depth
computation (``stack_effect``), the eval loop's dispatch table (a handler named
as each instruction), the disassembler, and ``docs/bytecode.md``.

The instruction set is modelled on CPython 3.11 and 3.12: the same names where
the meaning is the same.  Where Ophis differs, the entry says so.  The main
differences:

* Jump arguments are absolute: the target's index in code units (an offset in
  ``co_code`` divided by 2).  Conditional jumps only go forward; loops close
  with ``JUMP_BACKWARD``, which is where the eval breaker is checked.
* There are no inline cache entries in ``co_code``; the eval loop keeps its
  caches in its own pre-decoded form of the code.
* Calls use the layout ``callable, self_or_null, args...`` (as CPython 3.13):
  ``LOAD_METHOD`` pushes an unbound function and its ``self``, or the attribute
  and NULL; ``LOAD_GLOBAL`` with the low bit of its argument set pushes NULL
  after the global.  Keyword names travel as a constant tuple on top of the
  stack for ``CALL_KW``.

``co_code`` is a sequence of 2-byte code units (opcode, argument byte);
arguments above 255 are built with ``EXTENDED_ARG`` prefixes, as in CPython.
Opcodes below ``HAVE_ARGUMENT`` ignore their argument byte.  Pseudo-
instructions (numbers from 256) exist only inside the compiler; the assembler
replaces or removes them.

When the table changes in a way that changes what a .pyc means, bump
``MAGIC_NUMBER`` in ophis/bytecode/pyc.py and note why there.
"""

# Argument kinds: how an argument is interpreted (the disassembler shows it).
ARG_NONE = None
ARG_CONST = 'const'       # index into co_consts
ARG_NAME = 'name'         # index into co_names
ARG_GLOBAL = 'global'     # co_names index << 1, low bit: push NULL after
ARG_LOCAL = 'local'       # index into the fast locals (co_varnames first)
ARG_FREE = 'free'         # index into localsplus: a cell or free variable
ARG_JUMP = 'jump'         # absolute target, in code units
ARG_COMPARE = 'compare'   # index into COMPARE_OPS
ARG_BINARY = 'binary'     # index into BINARY_OPS
ARG_COUNT = 'count'       # a count or depth
ARG_FLAGS = 'flags'       # bit flags, described by the instruction
ARG_INT = 'int'           # any other small integer

# Flags.
FLAG_JUMP = 1         # the argument is a jump target
FLAG_TERMINATOR = 2   # control never falls through to the next instruction
FLAG_PSEUDO = 4       # compiler-only; the assembler replaces or removes it
FLAG_EVAL_BREAK = 8   # the eval loop checks for signals and thread switches

HAVE_ARGUMENT = 90


class Instruction:
    """One row of the table."""

    __slots__ = ('name', 'opcode', 'stack', 'jump_stack', 'arg', 'flags',
                 'doc', 'pops', 'pushes', 'jump_pops', 'jump_pushes')

    def __init__(self, name, opcode, stack, arg, doc, flags=0,
                 jump_stack=None):
        self.name = name
        self.opcode = opcode
        self.stack = stack
        self.jump_stack = jump_stack
        self.arg = arg
        self.flags = flags
        self.doc = doc
        # The counts (pops, pushes, jump_pops, jump_pushes) are read from
        # the notation when one is first asked for (__getattr__): the
        # compiler's stack depths, the second tier's jumps and dis need
        # them, a start-up that compiles nothing does not (reading the 200
        # notations and compiling the 35 count functions cost 3.5M machine
        # instructions at every start).

    def __getattr__(self, name):
        # Only for slots not set yet (Python calls it after the slot's
        # descriptor raises).
        if name not in _COUNTS:
            raise AttributeError(f"'Instruction' object has no attribute "
                                 f"{name!r}")
        _fill_counts(self)
        return object.__getattribute__(self, name)

    def _bodies(self):
        """(pops, pushes, jump_pops, jump_pushes): ints, or for counts that
        depend on oparg the bodies of their functions."""
        pops, pushes = _effect_bodies(self.stack)
        if self.jump_stack is None:
            return pops, pushes, pops, pushes
        return (pops, pushes) + _effect_bodies(self.jump_stack)

    @property
    def has_arg(self):
        return self.opcode >= HAVE_ARGUMENT

    def __repr__(self):
        return f'<Instruction {self.name} ({self.opcode}) {self.stack}>'


# --- the notation --------------------------------------------------------
#
# "(a, b -- c)": pops b then a, pushes c.  An item ``name[expr]`` stands for
# ``expr`` items, where expr is an integer expression in ``oparg``
# (e.g. ``values[oparg]``, ``kw[oparg & 1]``, ``x[(oparg & 0xFF) + 1]``).
# A count may also be used by both sides, e.g. ``(a, unused[oparg - 1], v --
# a, unused[oparg - 1])``.

# The notation is read with str methods: compiling regular expressions for
# it cost more than reading all of it, at every start-up.
_NAME_START = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_')
_NAME_CHARS = _NAME_START | frozenset('0123456789')
# What a count may hold once ``oparg`` is taken out: integers (decimal or
# hexadecimal), shifts, + - * & | and parentheses.
_COUNT_CHARS = frozenset('0123456789abcdefABCDEFx+-*&|() \t')


def _is_name(text):
    return bool(text) and text[0] in _NAME_START and \
        _NAME_CHARS.issuperset(text)


def _is_count(text):
    rest = text.replace('oparg', ' ').replace('<<', ' ').replace('>>', ' ')
    return bool(text.strip()) and _COUNT_CHARS.issuperset(rest)


def _parse_side(text):
    """A side of the notation as (fixed count, [count expressions])."""
    fixed = 0
    exprs = []
    text = text.strip()
    if not text:
        return fixed, exprs
    for item in text.split(','):
        name, bracket, count = item.strip().partition('[')
        if bracket:
            count, close, tail = count.partition(']')
            if not close or tail or not count.strip():
                raise ValueError(f'bad stack item {item!r}')
        if not _is_name(name):
            raise ValueError(f'bad stack item {item!r}')
        if not bracket:
            fixed += 1
        else:
            count = count.strip()
            if not _is_count(count):
                raise ValueError(f'bad count {count!r}')
            exprs.append(count)
    return fixed, exprs


def _count_body(fixed, exprs):
    """The number of items on one side: an int, or the body of a function
    of oparg giving it."""
    if not exprs:
        return fixed
    return ' + '.join([str(fixed)] + [f'({e})' for e in exprs])


def _effect_bodies(stack):
    inputs, dashes, outputs = stack[1:-1].rpartition('--')
    if not (stack[:1] == '(' and stack[-1:] == ')' and dashes):
        raise ValueError(f'bad stack effect {stack!r}')
    return (_count_body(*_parse_side(inputs)),
            _count_body(*_parse_side(outputs)))


def _compile_bodies(bodies):
    """{body: function of oparg}, compiled together: one host compilation
    instead of one per count (35 of them cost ~1.5 ms at every start-up)."""
    bodies = list(dict.fromkeys(bodies))
    # The expressions come from this table only; they are arithmetic on oparg.
    functions = eval('(' + ''.join(  # noqa: S307
        f'lambda oparg: {body},\n' for body in bodies) + ')', {})
    return dict(zip(bodies, functions))


def _parse_effect(stack):
    """(pops, pushes) of a stack notation: each an int, or a function of
    oparg."""
    pops, pushes = _effect_bodies(stack)
    functions = _compile_bodies(
        [body for body in (pops, pushes) if type(body) is str])
    return functions.get(pops, pops), functions.get(pushes, pushes)


# --- comparison and binary operators -------------------------------------

# COMPARE_OP's argument indexes this tuple (as CPython's cmp_op).
COMPARE_OPS = ('<', '<=', '==', '!=', '>', '>=')

# BINARY_OP's argument indexes this tuple (as CPython 3.11's NB_* values);
# the in-place forms follow the plain ones.
BINARY_OPS = (
    '+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
    '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=',
    '/=', '^=',
)
NB_INPLACE = 13   # BINARY_OPS[i + NB_INPLACE] is the in-place form of i

# FORMAT_VALUE's argument: the conversion in the low two bits, and a flag for
# a format spec on the stack.
FVC_MASK, FVC_NONE, FVC_STR, FVC_REPR, FVC_ASCII = 0x3, 0x0, 0x1, 0x2, 0x3
FVS_HAVE_SPEC = 0x4

# MAKE_FUNCTION's argument: which optional pieces are on the stack.
MF_DEFAULTS, MF_KWDEFAULTS, MF_ANNOTATIONS, MF_CLOSURE = 0x1, 0x2, 0x4, 0x8

# RESUME's argument: why the frame (re)starts.
RESUME_START, RESUME_AFTER_YIELD, RESUME_AFTER_YIELD_FROM, RESUME_AFTER_AWAIT = (
    0, 1, 2, 3)


# --- the table -----------------------------------------------------------

_C, _N, _G, _L, _F, _J = (ARG_CONST, ARG_NAME, ARG_GLOBAL, ARG_LOCAL,
                          ARG_FREE, ARG_JUMP)

TABLE = (
    # -- no argument: stack manipulation --
    Instruction('NOP', 1, '( -- )', None, 'Do nothing.'),
    Instruction('POP_TOP', 2, '(value -- )', None,
                'Discard the top of the stack.'),
    Instruction('PUSH_NULL', 3, '( -- null)', None,
                'Push the NULL marker (an empty self slot of a call).'),

    # -- no argument: unary operators and iteration --
    Instruction('UNARY_POSITIVE', 10, '(value -- res)', None, 'res = +value'),
    Instruction('UNARY_NEGATIVE', 11, '(value -- res)', None, 'res = -value'),
    Instruction('UNARY_NOT', 12, '(value -- res)', None, 'res = not value'),
    Instruction('UNARY_INVERT', 13, '(value -- res)', None, 'res = ~value'),
    Instruction('GET_ITER', 14, '(iterable -- iter)', None,
                'iter = iter(iterable)'),
    Instruction('GET_YIELD_FROM_ITER', 15, '(iterable -- iter)', None,
                'The iterator for ``yield from``: a generator or coroutine '
                'is kept as is (a coroutine only in a coroutine-iterable '
                'generator, else TypeError), anything else goes through '
                'iter().'),

    # -- no argument: subscripts and slices --
    Instruction('BINARY_SUBSCR', 20, '(container, sub -- res)', None,
                'res = container[sub]'),
    Instruction('STORE_SUBSCR', 21, '(v, container, sub -- )', None,
                'container[sub] = v'),
    Instruction('DELETE_SUBSCR', 22, '(container, sub -- )', None,
                'del container[sub]'),
    Instruction('BINARY_SLICE', 23, '(container, start, stop -- res)', None,
                'res = container[start:stop]'),
    Instruction('STORE_SLICE', 24, '(v, container, start, stop -- )', None,
                'container[start:stop] = v'),

    # -- no argument: pattern matching --
    Instruction('GET_LEN', 30, '(obj -- obj, len)', None,
                'Push len(obj), keeping obj.'),
    Instruction('MATCH_MAPPING', 31, '(subject -- subject, res)', None,
                'res = whether type(subject) is a mapping for match '
                '(Py_TPFLAGS_MAPPING, i.e. collections.abc.Mapping).'),
    Instruction('MATCH_SEQUENCE', 32, '(subject -- subject, res)', None,
                'res = whether type(subject) is a sequence for match '
                '(collections.abc.Sequence, but not str, bytes, bytearray).'),
    Instruction('MATCH_KEYS', 33,
                '(subject, keys -- subject, keys, values_or_none)', None,
                'keys is a tuple of keys; push a tuple of subject[key] for '
                'each (looked up with subject.get and a sentinel), or None '
                'if any is missing.'),

    # -- no argument: exceptions --
    Instruction('PUSH_EXC_INFO', 40, '(new_exc -- prev_exc, new_exc)', None,
                'Make new_exc the exception being handled (sys.exception()); '
                'put the previous one below it, for POP_EXCEPT to restore.'),
    Instruction('POP_EXCEPT', 41, '(prev_exc -- )', None,
                'Restore prev_exc as the exception being handled.'),
    Instruction('CHECK_EXC_MATCH', 42, '(exc, type -- exc, res)', None,
                'res = isinstance(exc, type) for an except clause; TypeError '
                'if type is not an exception class or a tuple of them.'),
    Instruction('CHECK_EG_MATCH', 43, '(exc, type -- rest, match)', None,
                'Split the exception (group) exc by type for ``except*``: '
                'match is the matching part (None if none), rest what '
                'is left.'),
    Instruction('PREP_RERAISE_STAR', 44, '(orig, excs -- val)', None,
                'Combine the exceptions raised and re-raised by the except* '
                'clauses (the list excs) with the original exception group: '
                'val is the group to raise, or None.'),
    Instruction('WITH_EXCEPT_START', 45,
                '(exit_func, lasti, prev_exc, val -- exit_func, lasti, '
                'prev_exc, val, res)', None,
                'res = exit_func(type(val), val, val.__traceback__) '
                'for a with statement left by an exception.'),
    Instruction('LOAD_ASSERTION_ERROR', 46, '( -- value)', None,
                'Push AssertionError.'),
    Instruction('CLEANUP_THROW', 47,
                '(sub_iter, last_sent_val, exc_value -- value)', None,
                'Handler of a throw() or close() into a yield from/await '
                '(see SEND): if exc_value is a StopIteration, replace the '
                'three by its value (the result of the yield from); else '
                're-raise exc_value.'),

    # -- no argument: with, async --
    Instruction('BEFORE_WITH', 50, '(mgr -- exit, res)', None,
                'Look up type(mgr).__exit__ (bound) and call '
                'type(mgr).__enter__(mgr); TypeError as CPython if either '
                'is missing.'),
    Instruction('BEFORE_ASYNC_WITH', 51, '(mgr -- exit, res)', None,
                'As BEFORE_WITH with __aexit__ and __aenter__; res is the '
                'awaitable returned by __aenter__.'),
    Instruction('GET_AITER', 52, '(obj -- iter)', None,
                'iter = type(obj).__aiter__(obj), with CPython\'s errors.'),
    Instruction('GET_ANEXT', 53, '(aiter -- aiter, awaitable)', None,
                'Push the awaitable of type(aiter).__anext__(aiter).'),
    Instruction('END_ASYNC_FOR', 54, '(aiter, exc -- )', None,
                'End of an async for loop: if exc is StopAsyncIteration, '
                'pop both; else re-raise exc.'),
    Instruction('ASYNC_GEN_WRAP', 55, '(v -- v)', None,
                'Wrap a value yielded by an async generator, so the '
                'asend/athrow machinery can tell it from an await.'),

    # -- no argument: frames, classes, modules --
    Instruction('RETURN_VALUE', 60, '(retval -- )', None,
                'Return retval to the caller.', FLAG_TERMINATOR),
    Instruction('RETURN_GENERATOR', 61, '( -- )', None,
                'First instruction of a generator, coroutine or async '
                'generator function: make the generator object over this '
                'frame and return it to the caller; when the generator is '
                'first resumed, execution continues after this instruction '
                'with the sent value (None) pushed.'),
    Instruction('LOAD_BUILD_CLASS', 62, '( -- bc)', None,
                'Push builtins.__build_class__.'),
    Instruction('SETUP_ANNOTATIONS', 63, '( -- )', None,
                'Create __annotations__ in the locals if it is not there.'),
    Instruction('IMPORT_STAR', 64, '(from -- )', None,
                'from module import *: bind the public names of the module '
                '(its __all__, or its names not starting with an underscore) '
                'in the locals.'),
    Instruction('PRINT_EXPR', 65, '(value -- )', None,
                'Interactive mode: call sys.displayhook(value).'),
    Instruction('LIST_TO_TUPLE', 66, '(list -- tuple)', None,
                'tuple = tuple(list)'),

    # ---- instructions with an argument ----------------------------------

    # -- names --
    Instruction('STORE_NAME', 90, '(v -- )', _N,
                'Bind co_names[oparg] to v in the locals mapping.'),
    Instruction('DELETE_NAME', 91, '( -- )', _N,
                'Unbind co_names[oparg] in the locals mapping (NameError if '
                'unbound).'),
    Instruction('LOAD_NAME', 92, '( -- v)', _N,
                'Push co_names[oparg] looked up in the locals, then the '
                'globals, then the builtins.'),
    Instruction('STORE_GLOBAL', 93, '(v -- )', _N,
                'Bind co_names[oparg] in the globals.'),
    Instruction('DELETE_GLOBAL', 94, '( -- )', _N,
                'Unbind co_names[oparg] in the globals.'),
    Instruction('LOAD_GLOBAL', 95, '( -- v, null[oparg & 1])', _G,
                'Push co_names[oparg >> 1] looked up in the globals then the '
                'builtins; if the low bit is set, push NULL after it (the '
                'self slot of a call).'),
    Instruction('STORE_ATTR', 96, '(v, owner -- )', _N,
                'owner.<co_names[oparg]> = v'),
    Instruction('DELETE_ATTR', 97, '(owner -- )', _N,
                'del owner.<co_names[oparg]>'),
    Instruction('LOAD_ATTR', 98, '(owner -- attr)', _N,
                'attr = owner.<co_names[oparg]>'),
    Instruction('LOAD_METHOD', 99, '(owner -- meth, self_or_null)', _N,
                'Look up co_names[oparg] for a call: if it is a plain '
                'function found on type(owner) (not shadowed by the '
                'instance), push the function and owner (no bound method is '
                'made); else push the attribute and NULL.'),

    # -- fast locals, cells and free variables --
    Instruction('LOAD_FAST', 100, '( -- value)', _L,
                'Push local oparg, which the compiler knows is bound.'),
    Instruction('LOAD_FAST_CHECK', 101, '( -- value)', _L,
                'Push local oparg; UnboundLocalError if it is unbound.'),
    Instruction('STORE_FAST', 102, '(value -- )', _L,
                'Bind local oparg to value.'),
    Instruction('DELETE_FAST', 103, '( -- )', _L,
                'Unbind local oparg (UnboundLocalError if unbound).'),
    Instruction('MAKE_CELL', 104, '( -- )', _F,
                'Replace the value in localsplus slot oparg by a new cell '
                'holding it (empty if it was unbound).'),
    Instruction('LOAD_CLOSURE', 105, '( -- cell)', _F,
                'Push the cell in localsplus slot oparg (for MAKE_FUNCTION\'s '
                'closure tuple).'),
    Instruction('LOAD_DEREF', 106, '( -- value)', _F,
                'Push the contents of the cell in slot oparg (NameError for '
                'a free variable, UnboundLocalError for a cell, if empty).'),
    Instruction('LOAD_CLASSDEREF', 107, '( -- value)', _F,
                'In a class body: look the name of slot oparg up in the '
                'locals mapping first, then in the cell.'),
    Instruction('STORE_DEREF', 108, '(value -- )', _F,
                'Store value in the cell in slot oparg.'),
    Instruction('DELETE_DEREF', 109, '( -- )', _F,
                'Empty the cell in slot oparg.'),
    Instruction('COPY_FREE_VARS', 110, '( -- )', ARG_COUNT,
                'Copy the oparg cells of the function\'s closure into the '
                'last oparg slots of localsplus.'),

    # -- constants and stack --
    Instruction('LOAD_CONST', 115, '( -- value)', _C,
                'Push co_consts[oparg].'),
    Instruction('RETURN_CONST', 116, '( -- )', _C,
                'Return co_consts[oparg] to the caller.', FLAG_TERMINATOR),
    Instruction('COPY', 117, '(bottom, unused[oparg - 1] -- bottom, '
                'unused[oparg - 1], top)', ARG_COUNT,
                'Push a copy of the oparg-th item from the top (1 is TOS).'),
    Instruction('SWAP', 118, '(bottom, unused[oparg - 2], top -- top, '
                'unused[oparg - 2], bottom)', ARG_COUNT,
                'Swap the top of the stack with the oparg-th item (oparg >= 2).'),

    # -- operators --
    Instruction('BINARY_OP', 120, '(lhs, rhs -- res)', ARG_BINARY,
                'res = lhs <BINARY_OPS[oparg]> rhs; the in-place forms try '
                'the in-place method first, as the augmented assignment does.'),
    Instruction('COMPARE_OP', 121, '(left, right -- res)', ARG_COMPARE,
                'res = left <COMPARE_OPS[oparg]> right'),
    Instruction('IS_OP', 122, '(left, right -- res)', ARG_INT,
                'res = left is right, or is not when oparg is 1.'),
    Instruction('CONTAINS_OP', 123, '(left, right -- res)', ARG_INT,
                'res = left in right, or not in when oparg is 1.'),

    # -- building --
    Instruction('BUILD_TUPLE', 125, '(values[oparg] -- tup)', ARG_COUNT,
                'Build a tuple of the top oparg items.'),
    Instruction('BUILD_LIST', 126, '(values[oparg] -- list)', ARG_COUNT,
                'Build a list of the top oparg items.'),
    Instruction('BUILD_SET', 127, '(values[oparg] -- set)', ARG_COUNT,
                'Build a set of the top oparg items.'),
    Instruction('BUILD_MAP', 128, '(values[oparg * 2] -- map)', ARG_COUNT,
                'Build a dict of oparg key, value pairs (keys first).'),
    Instruction('BUILD_CONST_KEY_MAP', 129, '(values[oparg], keys -- map)',
                ARG_COUNT,
                'Build a dict of the tuple keys and the oparg values below it.'),
    Instruction('BUILD_STRING', 130, '(pieces[oparg] -- str)', ARG_COUNT,
                'Concatenate oparg strings.'),
    Instruction('BUILD_SLICE', 131, '(start, stop, step[oparg - 2] -- '
                'slice)', ARG_COUNT,
                'Build slice(start, stop) or, when oparg is 3, '
                'slice(start, stop, step).'),
    Instruction('LIST_APPEND', 132, '(list, unused[oparg - 1], v -- list, '
                'unused[oparg - 1])', ARG_COUNT,
                'Append v to the list oparg items below it (comprehensions).'),
    Instruction('SET_ADD', 133, '(set, unused[oparg - 1], v -- set, '
                'unused[oparg - 1])', ARG_COUNT,
                'Add v to the set oparg items below it.'),
    Instruction('MAP_ADD', 134, '(dict, unused[oparg - 1], key, value -- '
                'dict, unused[oparg - 1])', ARG_COUNT,
                'dict[key] = value, the dict being oparg items below the pair.'),
    Instruction('LIST_EXTEND', 135, '(list, unused[oparg - 1], iterable -- '
                'list, unused[oparg - 1])', ARG_COUNT,
                'list.extend(iterable), the list oparg items below.'),
    Instruction('SET_UPDATE', 136, '(set, unused[oparg - 1], iterable -- '
                'set, unused[oparg - 1])', ARG_COUNT,
                'set.update(iterable), the set oparg items below.'),
    Instruction('DICT_UPDATE', 137, '(dict, unused[oparg - 1], update -- '
                'dict, unused[oparg - 1])', ARG_COUNT,
                'dict.update(update) for a {**m} display; TypeError "\'T\' '
                'object is not a mapping" as CPython.'),
    Instruction('DICT_MERGE', 138, '(dict, unused[oparg - 1], update -- '
                'dict, unused[oparg - 1])', ARG_COUNT,
                'As DICT_UPDATE for a call\'s **kwargs: duplicate keys raise '
                'TypeError "f() got multiple values for keyword argument".'),
    Instruction('UNPACK_SEQUENCE', 139, '(seq -- values[oparg])', ARG_COUNT,
                'Unpack seq into exactly oparg values, the first on top; '
                'CPython\'s ValueError messages.'),
    Instruction('UNPACK_EX', 140, '(seq -- values[(oparg & 0xFF) + 1 + '
                '(oparg >> 8)])', ARG_COUNT,
                'Starred unpacking: oparg & 0xFF values before the star, '
                'oparg >> 8 after; the starred part is a list.'),
    Instruction('FORMAT_VALUE', 141, '(value, fmt_spec[(oparg & 4) >> 2] -- '
                'result)', ARG_FLAGS,
                'f-string field: convert value (oparg & 3: none, str, repr, '
                'ascii) then format it with fmt_spec if oparg & 4, else "".'),

    # -- calls and functions --
    Instruction('CALL', 145, '(callable, self_or_null, args[oparg] -- res)',
                ARG_COUNT,
                'Call callable with oparg positional arguments, preceded by '
                'self_or_null unless it is NULL.', FLAG_EVAL_BREAK),
    Instruction('CALL_KW', 146, '(callable, self_or_null, args[oparg], '
                'kwnames -- res)', ARG_COUNT,
                'As CALL, the last len(kwnames) of the oparg arguments being '
                'keyword arguments named by the tuple kwnames.',
                FLAG_EVAL_BREAK),
    Instruction('CALL_FUNCTION_EX', 147, '(func, null, callargs, '
                'kwargs[oparg & 1] -- result)', ARG_FLAGS,
                'func(*callargs, **kwargs): callargs is a tuple (a list is '
                'converted), kwargs a dict when oparg & 1; null is NULL.',
                FLAG_EVAL_BREAK),
    Instruction('MAKE_FUNCTION', 148,
                '(defaults[oparg & 1], kwdefaults[(oparg & 2) >> 1], '
                'annotations[(oparg & 4) >> 2], closure[(oparg & 8) >> 3], '
                'code -- func)', ARG_FLAGS,
                'Make a function from the code object; the flags say which of '
                'a defaults tuple, a kwdefaults dict, an annotations tuple '
                '(name, value, ...) and a closure tuple of cells lie below it.'),
    Instruction('LOAD_SUPER_METHOD', 149, '(global_super, class, self -- '
                'meth, self_or_null)', _N,
                'Reserved for a zero-argument super() fast path (CPython '
                '3.12\'s LOAD_SUPER_ATTR); not emitted yet.'),

    # -- imports --
    Instruction('IMPORT_NAME', 150, '(level, fromlist -- module)', _N,
                'module = __import__(co_names[oparg], globals, locals, '
                'fromlist, level)'),
    Instruction('IMPORT_FROM', 151, '(module -- module, attr)', _N,
                'attr = module.<co_names[oparg]>, falling back to '
                'sys.modules["<module>.<name>"]; CPython\'s ImportError '
                'messages.'),

    # -- raising --
    Instruction('RAISE_VARARGS', 155, '(args[oparg] -- )', ARG_COUNT,
                'raise (oparg 0), raise exc (1), raise exc from cause (2).',
                FLAG_TERMINATOR),
    Instruction('RERAISE', 156, '(values[oparg], exc -- )', ARG_INT,
                'Re-raise exc; if oparg is set, values[0] is the lasti to '
                'restore in the frame, so the traceback points at the '
                'original instruction.', FLAG_TERMINATOR),

    # -- matching --
    Instruction('MATCH_CLASS', 160, '(subject, cls, names -- attrs)',
                ARG_COUNT,
                'Class pattern with oparg positional sub-patterns and the '
                'keyword attribute names in the tuple names: push a tuple of '
                'the attributes if subject matches (isinstance and '
                '__match_args__), else None; CPython\'s TypeErrors.'),

    # -- generators and coroutines --
    Instruction('GET_AWAITABLE', 165, '(iterable -- iter)', ARG_INT,
                'iter = the awaitable\'s iterator (a coroutine itself, or '
                'type(obj).__await__(obj)); oparg tells the error message '
                '(1: after __aenter__, 2: after __aexit__).'),
    Instruction('YIELD_VALUE', 166, '(value -- sent)', ARG_INT,
                'Suspend the frame and yield value to the caller; when '
                'resumed, push the sent value.  oparg is unused (0).'),
    Instruction('RESUME', 167, '( -- )', ARG_INT,
                'A point where the frame starts or resumes; oparg says which '
                '(RESUME_START, _AFTER_YIELD, _AFTER_YIELD_FROM, '
                '_AFTER_AWAIT).  Tracing and the eval breaker look here.',
                FLAG_EVAL_BREAK),
    Instruction('SEND', 168, '(receiver, v -- receiver, retval)', _J,
                'Send v into receiver (next() if v is None and receiver is '
                'not a generator or coroutine); push what it yields.  If it '
                'returns (StopIteration), replace both by its value and jump.  '
                'The compiler\'s shape for yield from and await (receiver '
                'and None on the stack): ``L: SEND end; YIELD_VALUE 0; '
                'RESUME 2 (3 for await); JUMP_BACKWARD_NO_INTERRUPT L; '
                'CLEANUP_THROW; end:``, with YIELD_VALUE alone covered by an '
                'exception-table entry whose handler is the CLEANUP_THROW '
                '(depth: the receiver and one value).  A frame suspended at '
                'that YIELD_VALUE (the next instruction is RESUME 2 or 3) is '
                'delegating to the receiver on top of its stack; when '
                'throw() into the receiver raises, the exception is raised '
                'in the frame at the YIELD_VALUE after pushing None for the '
                'sent value, as 3.12 does.',
                FLAG_JUMP, jump_stack='(receiver, v -- retval)'),

    # -- jumps --
    Instruction('JUMP_FORWARD', 170, '( -- )', _J, 'Jump forward to oparg.',
                FLAG_JUMP | FLAG_TERMINATOR),
    Instruction('JUMP_BACKWARD', 171, '( -- )', _J,
                'Jump backward to oparg (closes a loop).',
                FLAG_JUMP | FLAG_TERMINATOR | FLAG_EVAL_BREAK),
    Instruction('JUMP_BACKWARD_NO_INTERRUPT', 172, '( -- )', _J,
                'Jump backward without checking the eval breaker (the '
                'yield-from/await loop).', FLAG_JUMP | FLAG_TERMINATOR),
    Instruction('POP_JUMP_IF_FALSE', 173, '(cond -- )', _J,
                'Jump forward if not cond.', FLAG_JUMP),
    Instruction('POP_JUMP_IF_TRUE', 174, '(cond -- )', _J,
                'Jump forward if cond.', FLAG_JUMP),
    Instruction('POP_JUMP_IF_NONE', 175, '(value -- )', _J,
                'Jump forward if value is None.', FLAG_JUMP),
    Instruction('POP_JUMP_IF_NOT_NONE', 176, '(value -- )', _J,
                'Jump forward if value is not None.', FLAG_JUMP),
    Instruction('JUMP_IF_FALSE_OR_POP', 177, '(cond -- )', _J,
                'If not cond, jump forward keeping cond; else pop it.',
                FLAG_JUMP,
                jump_stack='(cond -- cond)'),
    Instruction('JUMP_IF_TRUE_OR_POP', 178, '(cond -- )', _J,
                'If cond, jump forward keeping cond; else pop it.', FLAG_JUMP,
                jump_stack='(cond -- cond)'),
    Instruction('FOR_ITER', 179, '(iter -- iter, next)', _J,
                'Push next(iter); when the iterator is exhausted, pop it and '
                'jump forward to oparg.', FLAG_JUMP, jump_stack='(iter -- )'),

    Instruction('EXTENDED_ARG', 185, '( -- )', ARG_INT,
                'Prefix: shift oparg into the high bits of the next '
                'instruction\'s argument.'),

    # ---- pseudo-instructions: the compiler's only ------------------------
    Instruction('SETUP_FINALLY', 256, '( -- )', _J,
                'Enter a try block whose handler is oparg; on an exception '
                'the stack is cut back to here and the exception pushed.',
                FLAG_JUMP | FLAG_PSEUDO, jump_stack='( -- exc)'),
    Instruction('SETUP_CLEANUP', 257, '( -- )', _J,
                'As SETUP_FINALLY, the handler also receiving the lasti of '
                'the raising instruction (to re-raise with RERAISE 1).',
                FLAG_JUMP | FLAG_PSEUDO, jump_stack='( -- lasti, exc)'),
    Instruction('SETUP_WITH', 258, '( -- )', _J,
                'As SETUP_CLEANUP for a with statement, set up while the '
                '__enter__ result is still on the stack (the body pops it '
                'first).', FLAG_JUMP | FLAG_PSEUDO,
                jump_stack='(res -- lasti, exc)'),
    Instruction('POP_BLOCK', 259, '( -- )', None,
                'Leave the innermost try block.', FLAG_PSEUDO),
    Instruction('JUMP', 260, '( -- )', _J,
                'Jump to oparg; becomes JUMP_FORWARD or JUMP_BACKWARD.',
                FLAG_JUMP | FLAG_TERMINATOR | FLAG_PSEUDO),
    Instruction('JUMP_NO_INTERRUPT', 261, '( -- )', _J,
                'Jump to oparg; becomes JUMP_FORWARD or '
                'JUMP_BACKWARD_NO_INTERRUPT.',
                FLAG_JUMP | FLAG_TERMINATOR | FLAG_PSEUDO),
)


# --- derived tables ------------------------------------------------------

_COUNTS = ('pops', 'pushes', 'jump_pops', 'jump_pushes')


def _compile_counts(table):
    # Each slot is set once, to its final value (another thread may read
    # the counts meanwhile).
    bodies = [instr._bodies() for instr in table]
    functions = _compile_bodies(
        [body for four in bodies for body in four if type(body) is str])
    for instr, four in zip(table, bodies):
        for name, body in zip(_COUNTS, four):
            setattr(instr, name, functions[body] if type(body) is str
                    else body)


def _fill_counts(instr):
    """The counts of instr and, the first time, of the whole table (in one
    host compilation)."""
    table = globals().get('TABLE', ())
    if instr in table:
        _compile_counts(table)
    else:
        _compile_counts((instr,))


BY_NAME = {instr.name: instr for instr in TABLE}
BY_OPCODE = {instr.opcode: instr for instr in TABLE}
opname = ['<%d>' % op for op in range(256)]
opmap = {}
for _instr in TABLE:
    if not _instr.flags & FLAG_PSEUDO:
        opname[_instr.opcode] = _instr.name
        opmap[_instr.name] = _instr.opcode
    globals()[_instr.name] = _instr.opcode
del _instr

hasjump = frozenset(i.opcode for i in TABLE if i.flags & FLAG_JUMP)
hasconst = frozenset(i.opcode for i in TABLE if i.arg == ARG_CONST)
hasname = frozenset(i.opcode for i in TABLE if i.arg in (ARG_NAME, ARG_GLOBAL))
haslocal = frozenset(i.opcode for i in TABLE if i.arg == ARG_LOCAL)
hasfree = frozenset(i.opcode for i in TABLE if i.arg == ARG_FREE)
terminators = frozenset(i.opcode for i in TABLE
                        if i.flags & FLAG_TERMINATOR)
pseudo = frozenset(i.opcode for i in TABLE if i.flags & FLAG_PSEUDO)


def stack_effect(opcode, oparg=0, *, jump=None):
    """The net change in stack depth of one instruction, as dis.stack_effect.

    ``jump=True`` gives the effect when the jump is taken (for SETUP_*:
    on entering the handler), ``False`` when it is not, and ``None`` the
    larger of the two.
    """
    instr = BY_OPCODE[opcode]
    pops, pushes = instr.pops, instr.pushes
    plain = ((pushes(oparg) if callable(pushes) else pushes)
             - (pops(oparg) if callable(pops) else pops))
    if not instr.flags & FLAG_JUMP:
        return plain
    jpops, jpushes = instr.jump_pops, instr.jump_pushes
    jumped = ((jpushes(oparg) if callable(jpushes) else jpushes)
              - (jpops(oparg) if callable(jpops) else jpops))
    if jump is None:
        return max(plain, jumped)
    return jumped if jump else plain
