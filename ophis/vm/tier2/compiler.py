"""The block compiler: straight-line runs of a code object's instructions
turned into host functions.

find_blocks() cuts a decoded form's (unfused) instruction list into blocks:
runs of instructions that have a template (ophis.vm.tier2.templates), from
a jump target or the instruction after one without a template, to the next
jump target, instruction without a template, or unconditional jump (a
block leaving for a lone JUMP_FORWARD leaves for its target).
Conditional jumps and FOR_ITER's exhaustion leave the block in the middle
(forward only); a backward jump ends it, so that the loop's own instructions
(RESUME, JUMP_BACKWARD when a request is pending, calls) still check the
eval breaker.

compile_block() writes one host function for a block, of the handler's
shape ``(f, stack, arg)``:

    def block(f, stack, arg):
        L = f.localsplus
        s1 = stack.pop(); s0 = stack.pop()  # what the block consumes
        pc = <start>
        try:
            s2 = L[3]                      # LOAD_FAST
            pc = <index>                   # before anything running host code
            s1 = s1 + s2                   # BINARY_OP
            ...
            stack += (s0, s1)              # the stack at the exit
            return <exit index>
        except BaseException as e:
            return unwind(f, stack, pc, locals(), e)

The value stack lives in the slot variables: the stack at an instruction
of static depth d (counted from the block's lowest point) is s0..s(d-1).
unwind() writes back the stack that was live at the raising instruction
(LIVE, by index), pushes the exception, records the index in f.pc and
returns RAISE_AT; the loop then does what it does for an exception raised
by that instruction.  ``pc`` is also what ophis.vm.frame.live_lasti reads
from a block's host frame (its code's filename is BLOCK_FILE) while host
code called from the block looks at f_lineno.

The source is generated from the templates, never from program text, and
compiled by the host's compile() only here.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import builtins as _host_builtins

from ophis.vm import safebuiltins as _safebuiltins
from ophis.vm.frame import NULL
from ophis.vm.signals import RAISE_AT, RETURN_AT, GEN_RETURN
from ophis.vm.tracing import _instrumented
from ophis.vm.breaker import requested, service, BLOCK_FILE
from ophis.vm.ops_names import _load_global
from ophis.vm.ops_basic import unbound_error
from ophis.vm.ops_calls import CALL as _CALL
from ophis.vm.ops_calls import CALL_KW as _CALL_KW
from ophis.vm.ops_calls import CALL_FUNCTION_EX as _CALL_FUNCTION_EX
from ophis.vm.ops_control import FOR_ITER as _FOR_ITER
from ophis.vm.ops_control import JUMP_BACKWARD as _JUMP_BACKWARD
from ophis.vm.ops_control import JUMP_FORWARD as _JUMP_FORWARD
from ophis.vm.ops_control import RETURN_VALUE as _RETURN_VALUE
from ophis.vm.ops_control import RETURN_CONST as _RETURN_CONST
from ophis.vm.ops_control import RESUME as _RESUME
from ophis.vm.ops_basic import EXTENDED_ARG as _EXTENDED_ARG
from ophis.vm.ops_generators import RETURN_GENERATOR as _RETURN_GENERATOR
from ophis.vm.tier2.templates import TEMPLATES, HOST, END, GUARD
from ophis.vm.tier2 import templates_build  # noqa: F401 (registers)
from ophis.vm.tier2 import templates_gen  # noqa: F401 (registers)
from ophis.vm.tier2 import callsite as _callsite
from ophis.vm.tier2 import direct as _direct
from ophis.bytecode import instructions as _ins

SIMPLE_ITERATORS = (type(iter([])), type(iter(())), type(iter(range(0))))
BUILTIN = type(len)

# Guarded instructions whose guard fails often (an Ophis function called,
# a generator iterated): a block starts again after them.  (A failing
# UNPACK_SEQUENCE guard is rare: its block is not duplicated.)
_CONTINUED = frozenset((_CALL, _CALL_KW, _CALL_FUNCTION_EX, _FOR_ITER))
# (A tail never holds a call: see _tail_end.)
_CALLS = (_CALL, _CALL_KW, _CALL_FUNCTION_EX)
_RETURNS = (_RETURN_VALUE, _RETURN_CONST)

# Blocks shorter than this (in instructions) are left to the
# superinstructions.
MIN_LENGTH = 2


class _Leaf:
    __slots__ = ()

    def __repr__(self):
        return '<leaf block>'


# The argument of a leaf block's entry, (block, LEAF): a block that makes
# no frame itself (no CALL of an Ophis function or class, no handler run at
# its start), which another block may run itself as its callee's entry
# (ophis.vm.tier2.callsite).  Blocks ignore their argument.
LEAF = _Leaf()
_callsite.LEAF = LEAF


class _Calls:
    __slots__ = ()

    def __repr__(self):
        return '<calling block>'


# The argument of the entry of a block that calls (Ophis functions,
# classes) but runs no handler itself (no prologue, no CALL at its start):
# call_site runs it as a callee's entry too, two levels deep (below them
# only leaves: ophis.vm.tier2.callsite.NESTED_ONCE, NESTED).
CALLS = _Calls()
_callsite.CALLS = CALLS

# Tests set this: a block the host does not compile is an error, not a
# block left to the plain instructions.
STRICT = [False]


def find_blocks(form, base):
    """[(start, end)]: the blocks of form, over its unfused list base
    (end is the index after the block's last instruction)."""
    ops = form.ops
    count = len(base)
    leaders = set()
    hasjump = _ins.hasjump
    for opcode, oparg in ops:
        if opcode in hasjump:
            leaders.add(oparg)
    for entry in form.handlers:
        leaders.add(entry[2])
    prefix = _ins.EXTENDED_ARG
    # A generator's returns run their handler (GEN_RETURN): in a block
    # they would be a side exit after a superinstruction's worth of work.
    returns = _generator_returns(base)
    blocks = []
    index = 0
    while index < count:
        start = index
        length = 0
        ended = False
        while index < count:
            handler = base[index][0]
            found = TEMPLATES.get(handler)
            # A leading RESUME stays out: calls start after it.
            if found is None or (index == 0 and handler is _RESUME) or (
                    index != start and index in leaders):
                break
            if handler in returns:
                break
            if handler is _CALL and base[index][1] > 6:
                break
            if ops[index][0] != prefix:
                length += 1
            index += 1
            if found[1] & END:
                ended = True
                break
        # A lone return (the target of a conditional jump, an and/or) is a
        # block too: a leaf, which a block calling the function runs
        # after the callee's first block (ophis.vm.tier2.callsite).
        if length >= MIN_LENGTH or (length == 1 and index == start + 1
                                     and base[start][0] in _RETURNS):
            blocks.append((start, index))
            # Where a guard fails (a call of an Ophis function, a
            # generator's FOR_ITER) the loop runs the instruction and goes
            # on after it: a block starting there continues the block.
            for guarded in range(start, index - 1):
                if base[guarded][0] in _CONTINUED:
                    rest = [op for op, _ in ops[guarded + 1:index]
                            if op != prefix]
                    # A continuation of one instruction is a block too
                    # when the block falls through into a short tail
                    # (which its exit runs: Emitter.exit): `t =
                    # t.runTask()` before a loop's condition.
                    if len(rest) >= MIN_LENGTH or (
                            rest and not ended and index < count
                            and _tail_end(base, index, returns) is not None):
                        blocks.append((guarded + 1, index))
        if index == start:
            index += 1
    return blocks


def _generator_returns(base):
    """The returns a block of base must leave out: a generator's (they
    run their handler, GEN_RETURN)."""
    for handler, _ in base:
        if handler is _RETURN_GENERATOR:
            return _RETURNS
    return ()


# A block's exit forward to a *tail* -- at most this many instructions
# with templates, the last one ending a block (a return, a yield, a
# jump) -- runs the tail's templates there instead of returning its index:
# the code after a branch join (`x if c else y` before a yield, the
# condition at a while loop's end) is in each block reaching it, a
# dispatch fewer per pass, without the longer blocks that going on
# through every join made (the join's tail compiled twice, docs/
# performance.md).
MAX_TAIL = 3


def _tail_end(base, target, returns):
    """The end (the index after the last) of the tail starting at target,
    or None when no tail starts there."""
    for index in range(target, min(target + MAX_TAIL, len(base))):
        handler = base[index][0]
        found = TEMPLATES.get(handler)
        if found is None or handler in _CALLS or handler in returns or (
                handler is _EXTENDED_ARG):
            return None
        if found[1] & END:
            return index + 1
    return None


class Emitter:
    """The state of one block's source while its templates run."""

    def __init__(self, depth, start, back_jumps):
        self.depth = depth
        self.low = depth
        # The depth the block takes from the stack at its start (a second
        # pass's; see block_source), and whether a yield goes on at the
        # block's own start by `continue` (templates_gen.t_yield_value:
        # the body is then the body of a `while True`).
        self.entry_depth = depth
        self.loops = False
        self.start = start
        self.index = start
        self.lines = []
        self.indent = 3
        self.consts = {}
        self.const_values = []
        self.dirty = set(range(depth))
        self.live = {}
        self.uses_globals = False
        self.prologue = None
        self.first = True
        self.makes_frames = False
        # {slot: what a template knows it holds} -- ('NULL',), or the name
        # a LOAD_GLOBAL/LOAD_ATTR/LOAD_METHOD read it by -- so that a CALL
        # leaves out the tests its text would make at run time
        # (templates.t_call, _call_with_helper).
        # A push forgets the slot's entry: everything that writes a slot
        # pushes it, but SWAP (which forgets both).
        self.facts = {}
        # {index of a lone JUMP_BACKWARD: its loop head} (see exit()).
        self.back_jumps = back_jumps
        # {index of a JUMP_FORWARD: its target} (see exit()).
        self.forward_jumps = {}
        # The instruction list, and the returns a tail leaves out (see
        # exit()); inlining is true while a tail's templates run.
        self.base = None
        self.returns = ()
        self.inlining = False
        # The starts of the tails inlined (ophis.vm.tier2.hotness: their
        # own blocks' counts start again when this block is installed).
        self.inlined = []

    def push(self, fact=None):
        name = f's{self.depth}'
        self.dirty.add(self.depth)
        self.depth += 1
        if fact is None:
            self.facts.pop(name, None)
        else:
            self.facts[name] = fact
        return name

    def pop(self):
        self.depth -= 1
        if self.depth < self.low:
            self.low = self.depth
        return f's{self.depth}'

    def at(self, k):
        if self.depth - k < self.low:
            self.low = self.depth - k
        return f's{self.depth - k}'

    def emit(self, text):
        self.lines.append('    ' * self.indent + text)

    def const(self, value):
        if value is None or value is True or value is False:
            return repr(value)
        key = (type(value), id(value))
        name = self.consts.get(key)
        if name is None:
            name = self.consts[key] = f'K{len(self.const_values)}'
            self.const_values.append(value)
        return name

    def _stack_text(self, depth):
        names = [f's{i}' for i in range(depth)]
        if not names:
            return None
        if len(names) == 1:
            return f'stack.append({names[0]})'
        return f'stack += ({", ".join(names)})'

    def exit(self, target, indent=0):
        """Leave the block for target with the current stack."""
        pad = '    ' * (self.indent + indent)
        # A lone JUMP_FORWARD at the target (an ``if`` branch's end that a
        # conditional jump reaches) only returns its own target: the block
        # leaves for that one instead, a dispatch fewer.
        for _ in range(4):
            if target not in self.forward_jumps:
                break
            target = self.forward_jumps[target]
        back = self.back_jumps.get(target)
        if back is None and target > self.index and not self.inlining \
                and self.base is not None:
            end = _tail_end(self.base, target, self.returns)
            if end is not None:
                self._inline(target, end, indent)
                return
        text = self._stack_text(self.depth)
        if text:
            self.lines.append(pad + text)
        if back is None and self.returns and self.base is not None and \
                self.base[target][0] is _RETURN_CONST:
            # A generator's return (a genexpr's loop exhausted): what
            # RETURN_CONST's handler does, here, one dispatch fewer per
            # generator; the plain instruction when tracing has been
            # switched on meanwhile (its list is instrumented in place:
            # the 'return' event).
            # (Neither a leaf nor a calling block: call_site takes only
            # RETURN_AT, RAISE_AT or an index from the blocks it runs.)
            self.makes_frames = True
            self.lines.append(pad + 'if not INSTRUMENTED[0] and '
                              'f.gen is not None:')
            self.lines.append(pad + '    stack.append('
                              f'{self.const(self.base[target][1])})')
            self.lines.append(pad + '    return GEN_RETURN')
            self.lines.append(pad + f'return {target}')
        elif back is None:
            self.lines.append(pad + f'return {target}')
        else:
            # The target is a lone JUMP_BACKWARD (the end of a loop body
            # whose last statement is an ``if``): taken here, as its
            # handler would, unless the eval breaker has a request (then
            # the instruction itself runs and services it).  One dispatch
            # per iteration fewer.
            self.lines.append(
                pad + f'return {target} if requested[0] else {back}')

    def _inline(self, start, end, indent):
        """The tail base[start:end] run here, in this branch; the state
        of the other path (depth, slots assigned, index) kept.  Its
        instructions keep their own indexes (pc, LIVE, side exits): an
        exception or a guard failing there is the plain instruction's."""
        saved = (self.depth, set(self.dirty), self.indent, self.index,
                 self.first, dict(self.facts))
        self.indent += indent
        self.inlining = True
        self.inlined.append(start)
        self.first = False
        for index in range(start, end):
            _emit(self, self.base, index)
        self.inlining = False
        (self.depth, self.dirty, self.indent, self.index, self.first,
         self.facts) = saved

    def side_exit(self, indent=0, consumed=0):
        """Leave the block for the running instruction, which the loop
        runs on its own (its entry in the list is the plain one)."""
        if self.index == self.start:
            raise _Unsupported('side exit at the start')
        pad = '    ' * (self.indent + indent)
        text = self._stack_text(self.depth + consumed)
        if text:
            self.lines.append(pad + text)
        self.lines.append(pad + f'return {self.index}')

    def guard(self, test, consumed=0):
        if self.first:
            # Before the block proper: failing, the instruction's own
            # handler runs (outside the try: its exceptions are the
            # loop's, at this index); after an EXTENDED_ARG prefix (a loop
            # head the backward jump reaches at its prefix), the block
            # leaves for the instruction itself, whose plain entry the
            # loop runs next (the handler's result would be taken as the
            # prefix's: a call's frame returning to the instruction).
            self.prologue = (test, consumed,
                             None if self.index == self.start else self.index)
            return
        self.emit(f'if not ({test}):')
        self.side_exit(1, consumed)

    def clear_dead(self):
        dead = sorted(i for i in self.dirty if i >= self.depth)
        if dead:
            self.emit(' = '.join(f's{i}' for i in dead) + ' = None')
            self.dirty.difference_update(dead)


class _Unsupported(Exception):
    pass


def _emit(e, base, index):
    """Run the template of base[index]; its flags."""
    handler, arg = base[index]
    template, flags = TEMPLATES[handler]
    e.index = index
    e.live[index] = e.depth
    if flags & HOST:
        e.clear_dead()
        if not e.first or index != e.start:
            e.emit(f'pc = {index}')
    template(e, arg)
    return flags


def _run_templates(base, start, end, depth, back_jumps, returns):
    e = Emitter(depth, start, back_jumps)
    e.forward_jumps = _jumps(base, _JUMP_FORWARD)
    e.base = base
    e.returns = returns
    for index in range(start, end):
        flags = _emit(e, base, index)
        if e.first and base[index][0] is not _EXTENDED_ARG:
            e.first = False
        if flags & END:
            return e, None
    return e, end




def _jumps(base, kind):
    """{index: target} for each jump of base whose handler is kind
    (JUMP_BACKWARD: the target is its loop head), and for the EXTENDED_ARG
    prefixing one (a jump to the pair lands on the prefix)."""
    found = {}
    prefixed = False
    for index, (handler, arg) in enumerate(base):
        if handler is kind:
            found[index] = arg
            if prefixed:
                found[index - 1] = arg
        prefixed = handler is _EXTENDED_ARG
    return found


def block_source(base, start, end):
    """(source, constants) of the block base[start:end]."""
    back_jumps = _jumps(base, _JUMP_BACKWARD)
    returns = _generator_returns(base)
    # First pass: how deep below its entry the block reaches.  A block
    # that consumes nothing from the stack (most start at a statement)
    # is that pass's text: a second run of its templates would write the
    # same lines.
    e, fall_through = _run_templates(base, start, end, 0, back_jumps,
                                     returns)
    if fall_through is not None:
        e.exit(fall_through)
    consumed = -e.low
    if consumed:
        e, fall_through = _run_templates(base, start, end, consumed,
                                         back_jumps, returns)
        if fall_through is not None:
            e.exit(fall_through)
    if e.loops:
        # A generator's loop that goes on inside the block (a yield its
        # consumer has folded, templates_gen): the body (under the try
        # below) is run again from the start by `continue`, as the loop
        # would dispatch the block again.
        e.lines = ['            while True:'] + ['    ' + line
                                                 for line in e.lines]
    head = ['    def block(f, stack, arg):',
            '        L = f.localsplus']
    if e.uses_globals:
        head.append('        G = f.globals')
    if consumed == 1:
        head.append('        s0 = stack.pop()')
    elif consumed:
        head.append(f'        {", ".join(f"s{i}" for i in range(consumed))}'
                    f', = stack[-{consumed}:]')
        head.append(f'        del stack[-{consumed}:]')
    if e.prologue is not None:
        test, extra, prefixed = e.prologue
        head.append(f'        if not ({test}):')
        text = e._stack_text(consumed)
        if text:
            head.append('            ' + text)
        if prefixed is None:
            head.append('            return HANDLER(f, stack, HANDLER_ARG)')
        else:
            head.append(f'            return {prefixed}')
    head.append(f'        pc = {start}')
    head.append('        try:')
    tail = ['        except BaseException as e:',
            '            return unwind(f, stack, pc, locals(), e, LIVE)']
    # A leaf at a function's entry (past its leading RESUME: not a
    # closure's, whose entry is 0) gets a direct entry too (ophis.vm.
    # tier2.direct): its callers' blocks run it with one host call
    # instead of call_site's two.
    e.direct = (start == 1 and not consumed and not returns
                and not e.makes_frames and base[0][0] is _RESUME
                and base[0][1] == 0
                and (e.prologue is None or base[1][0] in _RETURNS))
    if e.direct:
        tail += _direct.direct_lines(e.lines, start, e.uses_globals)
    body = '\n'.join(head + e.lines + tail + ['    return block'])
    # make() takes only the shared names the text uses (a name that merely
    # contains one is harmless: one parameter more): compiling all thirty
    # for every block was about a tenth of what compile() cost.
    e.names = [name for name in _NAMES if name in body]
    names = e.names + [f'K{i}' for i in range(len(e.const_values))]
    return f'def make({", ".join(names)}):\n' + body + '\n', e


def unwind(f, stack, pc, slots, error, live):
    """The exception path of a block: the stack live at the raising
    instruction written back, the exception on top, its index in f.pc."""
    for i in range(live[pc]):
        stack.append(slots[f's{i}'])
    stack.append(error)
    f.pc = pc
    return RAISE_AT


# The builtins the generated code names are the originals, bound as
# closure variables (a program may replace builtins.len; see
# ophis.vm.safebuiltins).  Its globals' __builtins__ is the host's builtins
# module, as for the handlers' modules: C code called from a block looks
# __import__ up there (PyImport_Import).
_BUILTIN_NAMES = ('type', 'len', 'iter', 'next', 'getattr', 'setattr',
                  'tuple', 'list', 'ValueError', 'BaseException', 'locals')
_GLOBALS = {'__builtins__': _host_builtins}

# What every block's code may name, bound as closure variables of its
# make() (the names in block_source, the values in compile_block: one
# table for both); then each block's own LIVE, HANDLER, HANDLER_ARG and
# constants.
_SHARED = (
    ('NULL', NULL), ('RAISE_AT', RAISE_AT), ('GEN_RETURN', GEN_RETURN),
    ('RETURN_AT', RETURN_AT), ('requested', requested),
    ('service', service), ('unwind', unwind), ('load_global', _load_global),
    ('unbound_error', unbound_error), ('SIMPLE_ITERATORS', SIMPLE_ITERATORS),
    ('BUILTIN', BUILTIN), ('INSTRUMENTED', _instrumented),
    ('dict_setitem', dict.__setitem__),
    ('call_site', _callsite.call_site), ('SIGNAL', _callsite.Signal),
    ('call_site_kw', _callsite.call_site_kw),
    ('call_site_ex', _callsite.call_site_ex),
    ('UNHANDLED', _callsite.UNHANDLED),
    # (The direct entries' names: ophis.vm.tier2.direct.)
    ('FUNCTION', _callsite._Function), ('METHOD', _callsite._MethodType),
    ('FRAME', _callsite._Frame), ('new_frame', _callsite._new_frame),
    ('positional', _callsite._positional), ('go_on', _callsite.go_on),
    ('TSTATE', _callsite._local),
    ('RECURSION_MESSAGE', _callsite.RECURSION_MESSAGE),
    ('getrefcount', _callsite._getrefcount),
    ('ENTERED_RAISE', _callsite.ENTERED_RAISE),
) + tuple((name, getattr(_safebuiltins, name)) for name in _BUILTIN_NAMES)
# The names a block's make() may take, shared ones and then the block's
# own (block_source keeps those its text uses, in this order).
_NAMES = tuple(name for name, _ in _SHARED) + ('LIVE', 'HANDLER',
                                               'HANDLER_ARG')


def compile_block(base, start, end):
    """The host function for the block base[start:end], or None when a
    template cannot express it."""
    try:
        source, e = block_source(base, start, end)
    except _Unsupported:
        return None
    try:
        code = compile(source, BLOCK_FILE, 'exec')
    except SyntaxError:
        if STRICT[0]:
            raise
        return None
    namespace = {}
    exec(code, _GLOBALS, namespace)
    handler, arg = base[start]
    if handler is _EXTENDED_ARG:
        handler, arg = base[start + 1]
    values = dict(_SHARED)
    values['LIVE'] = e.live
    values['HANDLER'] = handler
    values['HANDLER_ARG'] = arg
    block = namespace['make'](*[values[name] for name in e.names],
                              *e.const_values)
    block.__qualname__ = block.__name__ = f'BLOCK_{start}_{end}'
    if not e.direct:
        block.direct = None
    block.inlined = tuple(e.inlined)
    # (A return's guard at the start, f.gen is None, holds in the code
    # whose returns are in blocks: find_blocks keeps a generator's out.)
    block.leaf = (e.prologue is None or handler in _RETURNS) and \
        not e.makes_frames
    # (A block returning a handler's result, which only the loop takes,
    # is never run by call_site.)
    block.calls = not block.leaf and e.prologue is None and \
        'HANDLER(' not in source and 'GEN_RETURN' not in source
    return block
