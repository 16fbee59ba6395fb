"""Pre-decoding: the eval loop's in-memory form of a code object.

Done once per code object (ophis.vm.frame.decoded caches it).  Each code
unit of ``co_code`` becomes a pair ``(handler, argument)``: the handler is
the function named as the instruction (ophis.vm.dispatch), the argument its
full value with EXTENDED_ARG prefixes folded in, and already resolved where
that saves work at run time (the constant itself for LOAD_CONST, the name
for name instructions).  A code unit holding an EXTENDED_ARG prefix becomes a
jump to the instruction it prefixes, so a jump landing on the prefix runs the
instruction once.

The exception table (CPython 3.11's format) becomes a list of entries, and
the line table (CPython 3.11's location format) a line number per code unit.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)
from ophis.vm.hostrefs import late

from ophis.bytecode import instructions as _ins


class Decoded:
    """The pre-decoded form of one code object.

    Filled lazily: decode() only makes the instruction list (an object
    that functions and frames hold from the start) with one placeholder
    entry; the first run of the code, or the first look at its operands,
    exception table or lines, fills it in place.  Start-up makes thousands
    of functions that never run (the standard library's), so most code
    objects are never decoded.
    """

    __slots__ = ('instrs', '_ops', '_handlers', '_lines', 'standin',
                 'call_info', 'plain', 'unfused', 'first_traceable', '_code',
                 '_raw', '_line_source', '_exception_table', 'entry',
                 '__weakref__')

    def __init__(self, instrs, ops, handlers, lines):
        self.instrs = instrs      # [(handler, arg)] per code unit
        self._ops = ops           # [(opcode, oparg)] per code unit, folded
        self._handlers = handlers  # [(start, end, target, depth, lasti)]
        self._lines = lines       # [line or None] per code unit
        self.standin = None       # host code object for tracebacks, lazily
        self.call_info = None     # see ophis.vm.function.call_info
        self.plain = None         # instrs before tracing instrumented them
        self.unfused = None       # instrs without superinstructions
        self.first_traceable = None
        self._code = None         # the code object until filled
        # What ops and lines are made from, until something asks for them
        # (not the code object: it holds this form).
        self._raw = None          # co_code
        self._line_source = None  # (co_linetable, co_firstlineno)
        self._exception_table = None  # co_exceptiontable
        # [index a call may start the code at]: 1 past a leading RESUME
        # (ophis.vm.function.set_entry), 0 until filled or while traced.
        self.entry = [0]

    @property
    def ops(self):
        if self._code is not None:
            fill(self)
        ops = self._ops
        if ops is None:
            ops = self._ops = _decode_ops(self._raw)
            self._raw = None
        return ops

    def first_op(self):
        """The first code unit's (opcode, oparg), None for empty code,
        without making the whole of ops (ophis.vm.function.set_entry)."""
        if self._code is not None:
            fill(self)
        ops = self._ops
        if ops is not None:
            return ops[0] if ops else None
        raw = self._raw
        if len(raw) < 2:
            return None
        opcode = raw[0]
        return opcode, raw[1] if opcode >= _ins.HAVE_ARGUMENT else 0

    @property
    def handlers(self):
        if self._code is not None:
            fill(self)
        handlers = self._handlers
        if handlers is None:
            handlers = self._handlers = parse_exception_table(
                self._exception_table)
            self._exception_table = None
        return handlers

    @property
    def lines(self):
        if self._code is not None:
            fill(self)
        lines = self._lines
        if lines is None:
            table, firstlineno = self._line_source
            lines = self._lines = parse_line_table(table, firstlineno,
                                                   len(self.instrs))
            self._line_source = None
        return lines


def _first_run(f, stack, form):
    """The placeholder instruction of a form not yet filled: fill it (in
    place, so the running loop's list is the real one) and start again at
    the first instruction."""
    if form._code is not None:
        fill(form)
    return 0


def decode(code):
    form = Decoded([None], None, None, None)
    form.instrs[0] = (_first_run, form)
    form._code = code
    return form


def fill(form):
    """Decode form's code object into it.  The operands (ops) and the
    exception table's entries wait until something asks for them (tracing,
    jumps, generators' checks; an exception); so do the lines of a module
    or class body without a loop."""
    code = form._code
    form._code = None
    raw = code.co_code
    instrs = _decode_instructions(code)
    form._raw = raw
    form._exception_table = code.co_exceptiontable
    form.instrs[:] = instrs
    optimized = code.co_flags & _CO_OPTIMIZED
    if optimized and STARTING[0] and raw[:2] == _RESUME_START:
        # During start-up, a function that starts with its RESUME (not a
        # generator, no cells) is fused, and its lines read, once its
        # entries and loop iterations together reach FUSE_AFTER entries'
        # worth (see _fuse_later); its lines until then as a body's, when
        # asked.
        form._line_source = (code.co_linetable, code.co_firstlineno)
        instrs = form.instrs
        first = instrs[0]
        state = [FUSE_AFTER * _ITERATIONS_PER_ENTRY, first[0], first[1],
                 form, None]
        instrs[0] = (_fuse_later, state)
        if _JUMP_BACKWARD in raw:
            _count_iterations(raw, instrs, state)
        register = late('ophis.vm.tracing').register
        register(form)
        return
    if optimized or _JUMP_BACKWARD in raw:
        form._lines = parse_line_table(code.co_linetable, code.co_firstlineno,
                                       len(instrs))
        late('ophis.vm.dispatch').fuse(form)
    else:
        # A module or class body without a loop runs each instruction once
        # (per import or class statement): superinstructions would not pay
        # for their making, and its lines are read only when something asks
        # (a traceback, f_lineno).  Over half of what start-up decodes is
        # such bodies.
        form._line_source = (code.co_linetable, code.co_firstlineno)
    late('ophis.vm.function').set_entry(form)
    register = late('ophis.vm.tracing').register
    register(form)


_CO_OPTIMIZED = 0x1


# Entries into a function decoded during start-up before it is fused (loop
# iterations count too, see _ITERATIONS_PER_ENTRY).  Start-up (the
# program's site and its imports) runs most of the functions it decodes a
# few times each: fusing them, and reading the line tables fusing looks
# at, cost more than it saved.  STARTING is set while
# ophis.importer.setup.import_site runs (tests set it themselves).
FUSE_AFTER = 8
STARTING = [False]
_RESUME_START = bytes([_ins.RESUME, _ins.RESUME_START])


def _fuse_later(f, stack, state):
    """The RESUME of a function not yet fused, state [entries and
    iterations left, handler, argument, form, its backward jumps' stubs or
    None]: counts the entries (calls start here while the form's entry is
    0, see function.set_entry), fuses the form when the count runs out,
    then runs the RESUME."""
    state[0] -= _ITERATIONS_PER_ENTRY
    if state[0] <= 0:
        _fuse_due(state)
    return state[1](f, stack, state[2])


_SPENT = 1 << 62
# An entry counts as much as this many loop iterations: start-up's loops
# mostly turn a few dozen times over short lists (sys.path, a .pth file's
# lines, a class's bases), where fusing and reading the lines cost more
# than they save (callgrind, ophis -c pass: fused after 8 iterations
# -6M, after 32 -19M, after 1,000 -19M).
_ITERATIONS_PER_ENTRY = 4


def _count_iterations(raw, instrs, state):
    """Put a counting stub (_fuse_later_back) at each backward jump of
    instrs, sharing the RESUME's count: a loop that turns FUSE_AFTER *
    _ITERATIONS_PER_ENTRY times has the form fused while it runs (in
    place, as a running loop reads it)."""
    handler = late('ophis.vm.dispatch').TABLE[_JUMP_BACKWARD[0]]
    backs = []
    find = raw.find
    offset = find(_JUMP_BACKWARD)
    while offset >= 0:
        # An argument byte may equal the opcode: only even offsets whose
        # unit decoded as the jump.
        if not offset & 1:
            index = offset >> 1
            entry = instrs[index]
            if entry[0] is handler:
                backs.append((index, entry))
                instrs[index] = (_fuse_later_back, (state, entry))
        offset = find(_JUMP_BACKWARD, offset + 1)
    state[4] = backs


def _fuse_later_back(f, stack, arg):
    """A backward jump of a function not yet fused, arg (the state shared
    with its _fuse_later, the jump's own entry): counts the iteration,
    fuses the form when the count runs out, then jumps.  A stub that
    tracing put back after the count was spent (see _fuse_due) takes
    itself and its siblings out."""
    state, entry = arg
    state[0] -= 1
    if state[0] <= 0 or state[0] > _SPENT >> 1:
        _fuse_due(state)
    return entry[0](f, stack, entry[1])


def _fuse_due(state):
    form = state[3]
    state[0] = _SPENT       # due once
    instrs = form.instrs
    first = instrs[0]
    if first[0] is _fuse_later and first[1] is state:
        instrs[0] = (state[1], state[2])
    backs = state[4]
    if backs:
        # Stubs that tracing holds in its instrumented list are left: it
        # puts them back when it stops, and the first of them to run then
        # comes here again (its count is spent) and takes them out.
        for index, entry in backs:
            current = instrs[index]
            if current[0] is _fuse_later_back and current[1][0] is state:
                instrs[index] = entry
    # Tracing instruments the form (plain) and, when it stops, fuses it and
    # sets its entry past the RESUME, leaving this stub where calls do not
    # go: entry 0 without tracing means the form still waits.
    if form.plain is None and form.entry[0] == 0:
        late('ophis.vm.dispatch').fuse(form)
        late('ophis.vm.function').set_entry(form)


def fuse_now(form):
    """Fill form and fuse it now if it is a loop-free function's that
    still counts its entries (tests, tools that look at fused forms)."""
    if form._code is not None:
        fill(form)
    instrs = form.instrs
    if instrs and instrs[0][0] is _fuse_later:
        _fuse_due(instrs[0][1])


# A backward jump's opcode, searched for in the whole of co_code: a hit on
# an argument byte costs only the fusing of a body that does not need it.
_JUMP_BACKWARD = bytes([_ins.BY_NAME['JUMP_BACKWARD'].opcode])


def _decode_ops(raw):
    """[(opcode, oparg)] per code unit, EXTENDED_ARG prefixes folded into
    the argument of the instruction they prefix (and kept as units)."""
    ext_arg = _ins.EXTENDED_ARG
    have_arg = _ins.HAVE_ARGUMENT
    ops = []
    append = ops.append
    extended = 0
    for index in range(0, len(raw), 2):
        opcode = raw[index]
        oparg = raw[index + 1] | extended
        if opcode == ext_arg:
            extended = oparg << 8
        else:
            extended = 0
            if opcode < have_arg:
                oparg = 0
        append((opcode, oparg))
    return ops



def _decode_instructions(code):
    dispatch = late('ophis.vm.dispatch')
    TABLE = dispatch.TABLE
    KINDS = dispatch.KINDS
    DECODERS = dispatch.DECODERS
    raw = code.co_code
    count = len(raw) // 2
    instrs = [None] * count
    consts = code.co_consts
    names = code.co_names
    prefix_start = None
    extended = 0
    # The commonest kinds first (see ophis.vm.dispatch.KINDS).
    for index, opcode, oparg in zip(range(count), raw[::2], raw[1::2]):
        if extended:
            oparg |= extended
            extended = 0
        kind = KINDS[opcode]
        if kind == 2:
            instrs[index] = (TABLE[opcode], names[oparg])
        elif kind == 0:
            instrs[index] = (TABLE[opcode], oparg)
        elif kind == 1:
            instrs[index] = (TABLE[opcode], consts[oparg])
        elif kind == 3:
            instrs[index] = DECODERS[opcode](code, oparg)
        elif kind == 4:
            instrs[index] = (TABLE[opcode], 0)
        else:
            if prefix_start is None:
                prefix_start = index
            extended = oparg << 8
            continue
        if prefix_start is not None:
            jump = (TABLE[_ins.EXTENDED_ARG], index)
            for prefix in range(prefix_start, index):
                instrs[prefix] = jump
            prefix_start = None
    if prefix_start is not None:
        # A dangling prefix at the end: running it is an error.
        for prefix in range(prefix_start, count):
            instrs[prefix] = (TABLE[0], 0)
    return instrs


# --- the exception table (CPython 3.11's format) --------------------------
#
# Entries of four varints: start, length, target (in code units) and
# depth << 1 | lasti.  A varint is big-endian 6-bit chunks, bit 6 saying
# another chunk follows; the first byte of an entry also has bit 7 set.

def parse_exception_table(table):
    entries = []
    pos = 0
    end = len(table)

    def varint(pos):
        byte = table[pos]
        value = byte & 63
        pos += 1
        while byte & 64:
            byte = table[pos]
            value = (value << 6) | (byte & 63)
            pos += 1
        return value, pos

    while pos < end:
        start, pos = varint(pos)
        length, pos = varint(pos)
        target, pos = varint(pos)
        depth_lasti, pos = varint(pos)
        entries.append((start, start + length, target, depth_lasti >> 1,
                        bool(depth_lasti & 1)))
    return entries


def find_handler(entries, index):
    """The exception table entry covering the instruction at index."""
    for entry in entries:
        if entry[0] <= index < entry[1]:
            return entry
        if entry[0] > index:
            break
    return None


# --- the line table (CPython 3.11's location format) ----------------------
#
# A sequence of entries, each starting with a byte 1CCCCLLL: code C, and
# L + 1 the number of code units covered.  Code 15: no location; 14: the long
# form (signed line delta, then end line delta, column + 1, end column + 1 as
# unsigned varints); 13: line delta only; 10-12: line delta C - 10 and two
# column bytes; 0-9: same line, a short column form in one byte.  Varints
# here are little-endian 6-bit chunks, bit 6 saying another follows; signed
# ones keep the sign in bit 0.

def parse_line_table(table, firstlineno, count):
    """The line of each code unit (None where there is none).  Every
    decoded code object pays for this when it first runs (superinstructions
    look at lines), so the entries are read inline, columns skipped: about
    twice as fast as going through ophis.bytecode.linetable.iter_entries."""
    lines = []
    append = lines.append
    line = firstlineno
    pos = 0
    end = len(table)
    while pos < end:
        first = table[pos]
        code = (first >> 3) & 15
        if code < 10:               # same line, one column byte
            pos += 2
        elif code < 13:             # line delta code - 10, two column bytes
            line += code - 10
            pos += 3
        elif code == 15:            # no location
            pos += 1
            lines += [None] * ((first & 7) + 1)
            continue
        else:                       # 13, 14: a signed varint line delta
            byte = table[pos + 1]
            pos += 2
            value = byte & 63
            shift = 6
            while byte & 64:
                byte = table[pos]
                pos += 1
                value |= (byte & 63) << shift
                shift += 6
            line += -(value >> 1) if value & 1 else value >> 1
            if code == 14:          # end line delta, columns: skipped
                for _ in range(3):
                    while table[pos] & 64:
                        pos += 1
                    pos += 1
        if first & 7:
            lines += [line] * ((first & 7) + 1)
        else:
            append(line)
    if len(lines) < count:
        lines += [None] * (count - len(lines))
    return lines
