"""The control-flow graph: basic blocks, their optimization, stack depth
and exception targets (CPython 3.11's passes in Python/compile.c, which
3.12 moved to Python/flowgraph.c).

The code generator leaves a unit's code as a chain of ``Block``s (in
emission order, ``next``) holding ``Instr``s; jumps point at blocks, and
try blocks are marked by the pseudo-instructions SETUP_FINALLY,
SETUP_CLEANUP, SETUP_WITH (push a handler) and POP_BLOCK (pop it).
``optimize_unit`` then runs, in CPython's order:

1. peephole optimization per block (constant conditions, ``is None``
   tests, tuple folding, jump threading where no line event is lost),
   removal of unreachable blocks and of NOPs that carry no line;
2. copying of small exit blocks that several jumps share but that have
   no line number, so each copy gets its jump's line (what a tracer sees);
3. propagation of line numbers to instructions that have none;
4. stack depth, checking that every block is entered at one depth;
5. the exception handler of every instruction, from the SETUP_*/POP_BLOCK
   pseudo-instructions (which then become NOPs and go away);
6. LOAD_FAST_CHECK for loads of locals that may be unbound;
7. conditional jumps that go backward are inverted around a JUMP (Ophis's
   conditional jumps only go forward).

The assembler (assemble.py) then lays the blocks out.
"""

from ophis.bytecode import instructions as _ins

# Locations are tuples (lineno, end_lineno, col_offset, end_col_offset);
# a lineno below 0 means none (the instruction is artificial).
NO_LOCATION = (-1, -1, -1, -1)

_OP = _ins.BY_NAME
NOP = _ins.NOP
POP_TOP = _ins.POP_TOP
LOAD_CONST = _ins.LOAD_CONST
LOAD_FAST = _ins.LOAD_FAST
LOAD_FAST_CHECK = _ins.LOAD_FAST_CHECK
STORE_FAST = _ins.STORE_FAST
DELETE_FAST = _ins.DELETE_FAST
LOAD_GLOBAL = _ins.LOAD_GLOBAL
PUSH_NULL = _ins.PUSH_NULL
BUILD_TUPLE = _ins.BUILD_TUPLE
UNPACK_SEQUENCE = _ins.UNPACK_SEQUENCE
SWAP = _ins.SWAP
IS_OP = _ins.IS_OP
RETURN_VALUE = _ins.RETURN_VALUE
RETURN_CONST = _ins.RETURN_CONST
RAISE_VARARGS = _ins.RAISE_VARARGS
RERAISE = _ins.RERAISE
JUMP = _ins.JUMP
JUMP_NO_INTERRUPT = _ins.JUMP_NO_INTERRUPT
JUMP_FORWARD = _ins.JUMP_FORWARD
JUMP_BACKWARD = _ins.JUMP_BACKWARD
JUMP_BACKWARD_NO_INTERRUPT = _ins.JUMP_BACKWARD_NO_INTERRUPT
POP_JUMP_IF_FALSE = _ins.POP_JUMP_IF_FALSE
POP_JUMP_IF_TRUE = _ins.POP_JUMP_IF_TRUE
POP_JUMP_IF_NONE = _ins.POP_JUMP_IF_NONE
POP_JUMP_IF_NOT_NONE = _ins.POP_JUMP_IF_NOT_NONE
JUMP_IF_FALSE_OR_POP = _ins.JUMP_IF_FALSE_OR_POP
JUMP_IF_TRUE_OR_POP = _ins.JUMP_IF_TRUE_OR_POP
FOR_ITER = _ins.FOR_ITER
SEND = _ins.SEND
SETUP_FINALLY = _ins.SETUP_FINALLY
SETUP_CLEANUP = _ins.SETUP_CLEANUP
SETUP_WITH = _ins.SETUP_WITH
POP_BLOCK = _ins.POP_BLOCK

BLOCK_PUSH = frozenset((SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH))
# Jumps proper (a SETUP_* is not one: it falls through and only names
# a handler).
JUMPS = frozenset(op for op in _ins.hasjump if op not in BLOCK_PUSH)
UNCONDITIONAL_JUMPS = frozenset((JUMP, JUMP_NO_INTERRUPT, JUMP_FORWARD,
                                 JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT))
SCOPE_EXITS = frozenset((RETURN_VALUE, RETURN_CONST, RAISE_VARARGS,
                         RERAISE))
# An instruction of these ends its basic block.
TERMINATORS = JUMPS | SCOPE_EXITS
NO_FALLTHROUGH = UNCONDITIONAL_JUMPS | SCOPE_EXITS

_INVERTED = {
    POP_JUMP_IF_FALSE: POP_JUMP_IF_TRUE,
    POP_JUMP_IF_TRUE: POP_JUMP_IF_FALSE,
    POP_JUMP_IF_NONE: POP_JUMP_IF_NOT_NONE,
    POP_JUMP_IF_NOT_NONE: POP_JUMP_IF_NONE,
}


def _effect_table():
    plain = [None] * 512
    jumped = [None] * 512
    for instr in _ins.TABLE:
        pops, pushes = instr.pops, instr.pushes
        if callable(pops) or callable(pushes):
            plain[instr.opcode] = (
                lambda arg, pops=pops, pushes=pushes:
                (pushes(arg) if callable(pushes) else pushes)
                - (pops(arg) if callable(pops) else pops))
        else:
            plain[instr.opcode] = pushes - pops
        jpops, jpushes = instr.jump_pops, instr.jump_pushes
        if callable(jpops) or callable(jpushes):
            jumped[instr.opcode] = (
                lambda arg, pops=jpops, pushes=jpushes:
                (pushes(arg) if callable(pushes) else pushes)
                - (pops(arg) if callable(pops) else pops))
        else:
            jumped[instr.opcode] = jpushes - jpops
    return plain, jumped


_PLAIN_EFFECT, _JUMP_EFFECT = _effect_table()


class Instr:
    """One instruction of the graph.  ``arg`` is the argument (an index
    for const/name/local instructions; for cell and free variables the
    index in the unit's cells-then-frees numbering, fixed up by the
    assembler); ``target`` the block a jump goes to; ``handler`` the block
    handling its exceptions (after label_exception_targets)."""

    __slots__ = ('op', 'arg', 'target', 'loc', 'handler')

    def __init__(self, op, arg, target, loc):
        self.op = op
        self.arg = arg
        self.target = target
        self.loc = loc
        self.handler = None

    def copy(self):
        new = Instr(self.op, self.arg, self.target, self.loc)
        new.handler = self.handler
        return new

    def __repr__(self):
        name = _ins.BY_OPCODE[self.op].name
        target = f' -> {self.target.label}' if self.target else ''
        return f'<{name} {self.arg}{target} @{self.loc[0]}>'


class Block:
    """A basic block: instructions entered only at the top."""

    __slots__ = ('instrs', 'next', 'label', 'startdepth', 'predecessors',
                 'visited', 'except_stack', 'preserve_lasti', 'offset',
                 'unsafe', 'order', 'is_handler', 'uncounted_exit')

    def __init__(self, label):
        self.instrs = []
        self.next = None
        self.label = label
        self.startdepth = -1
        self.predecessors = 0
        self.visited = False
        self.except_stack = None
        self.preserve_lasti = False
        self.offset = 0
        self.unsafe = 0
        self.order = 0
        self.is_handler = False
        # The CLEANUP_THROW of a yield from falls into the block SEND jumps
        # to; that edge (which CPython 3.11's shape lacks) is not counted
        # as a predecessor, so line numbers propagate as in 3.11.
        self.uncounted_exit = False

    def last(self):
        instrs = self.instrs
        return instrs[-1] if instrs else None

    def falls_through(self):
        instrs = self.instrs
        return not instrs or instrs[-1].op not in NO_FALLTHROUGH

    def exits_scope(self):
        instrs = self.instrs
        return bool(instrs) and instrs[-1].op in SCOPE_EXITS

    def __repr__(self):
        return f'<Block {self.label} {self.instrs}>'


def iter_blocks(entry):
    block = entry
    while block is not None:
        yield block
        block = block.next


# --- step 1: peephole and dead code ---------------------------------------

def _check_block(block):
    """Only the last instruction of a block may jump or leave the scope."""
    instrs = block.instrs
    for instr in instrs[:-1]:
        if instr.op in TERMINATORS:
            raise SystemError('malformed control flow graph.')
    if instrs:
        last = instrs[-1]
        if last.op in JUMPS:
            _skip_empty_target(last)


def _skip_empty_target(instr):
    target = instr.target
    while not target.instrs:
        target = target.next
    instr.target = target


def _extend_block(block):
    """A block ending in a plain jump to a small block that leaves the
    scope (a return or re-raise) and has no line number gets a copy of it
    instead of the jump; the jump stays as a NOP, for its line."""
    instrs = block.instrs
    if not instrs:
        return
    last = instrs[-1]
    op = last.op
    if op != JUMP and op != JUMP_FORWARD and op != JUMP_BACKWARD:
        return
    target = last.target
    tinstrs = target.instrs
    if len(tinstrs) > 4 or not _is_exit_without_lineno(target):
        return
    last.op = NOP
    last.target = None
    for instr in tinstrs:
        instrs.append(instr.copy())


def _fold_tuple_of_constants(instrs, i, count, consts):
    """BUILD_TUPLE count after count LOAD_CONSTs: one LOAD_CONST."""
    if count == 0:
        value = ()
    else:
        start = i - count
        values = []
        for j in range(start, i):
            instr = instrs[j]
            if instr.op != LOAD_CONST:
                return
            values.append(consts.value(instr.arg))
        for j in range(start, i):
            instrs[j].op = NOP
            instrs[j].arg = None
        value = tuple(values)
    build = instrs[i]
    build.op = LOAD_CONST
    build.arg = consts.add(value)


def _jump_thread(instr, target_instr, op):
    """Make instr jump straight to where target_instr jumps, if that
    loses no line event and changes something."""
    if instr.loc[0] == target_instr.loc[0] and \
            instr.target is not target_instr.target:
        instr.target = target_instr.target
        instr.op = op
        return True
    return False


def _optimize_block(block, consts):
    instrs = block.instrs
    i = 0
    count = len(instrs)
    while i < count:
        instr = instrs[i]
        op = instr.op
        nextop = instrs[i + 1].op if i + 1 < count else 0
        target = None
        if op in JUMPS or op in BLOCK_PUSH:
            _skip_empty_target(instr)
            target = instr.target.instrs[0]
        if op == LOAD_CONST:
            if nextop == POP_JUMP_IF_FALSE or nextop == POP_JUMP_IF_TRUE:
                is_true = bool(consts.value(instr.arg))
                instr.op = NOP
                instr.arg = None
                jump_if_true = nextop == POP_JUMP_IF_TRUE
                nxt = instrs[i + 1]
                if is_true == jump_if_true:
                    nxt.op = JUMP
                else:
                    nxt.op = NOP
                    nxt.target = None
            elif nextop == JUMP_IF_FALSE_OR_POP or \
                    nextop == JUMP_IF_TRUE_OR_POP:
                is_true = bool(consts.value(instr.arg))
                jump_if_true = nextop == JUMP_IF_TRUE_OR_POP
                nxt = instrs[i + 1]
                if is_true == jump_if_true:
                    nxt.op = JUMP
                else:
                    instr.op = NOP
                    instr.arg = None
                    nxt.op = NOP
                    nxt.target = None
            elif nextop == IS_OP and i + 2 < count:
                jump_op = instrs[i + 2].op
                if consts.value(instr.arg) is None and (
                        jump_op == POP_JUMP_IF_FALSE or
                        jump_op == POP_JUMP_IF_TRUE):
                    invert = instrs[i + 1].arg
                    instr.op = NOP
                    instr.arg = None
                    instrs[i + 1].op = NOP
                    instrs[i + 1].arg = None
                    if invert ^ (jump_op == POP_JUMP_IF_FALSE):
                        instrs[i + 2].op = POP_JUMP_IF_NOT_NONE
                    else:
                        instrs[i + 2].op = POP_JUMP_IF_NONE
        elif op == BUILD_TUPLE:
            arg = instr.arg
            if nextop == UNPACK_SEQUENCE and instrs[i + 1].arg == arg:
                if arg == 1:
                    instr.op = NOP
                    instr.arg = None
                    instrs[i + 1].op = NOP
                    instrs[i + 1].arg = None
                    i += 1
                    continue
                if arg == 2 or arg == 3:
                    instr.op = NOP
                    instr.arg = None
                    instrs[i + 1].op = SWAP
                    i += 1
                    continue
            if i >= arg:
                _fold_tuple_of_constants(instrs, i, arg, consts)
        elif op == JUMP_IF_FALSE_OR_POP:
            top = target.op
            if top == POP_JUMP_IF_FALSE:
                if _jump_thread(instr, target, POP_JUMP_IF_FALSE):
                    continue
            elif top == JUMP or top == JUMP_IF_FALSE_OR_POP:
                if _forward(block, target.target) and \
                        _jump_thread(instr, target, JUMP_IF_FALSE_OR_POP):
                    continue
            elif top == JUMP_IF_TRUE_OR_POP or top == POP_JUMP_IF_TRUE:
                after = instr.target.next
                if after is not None:
                    instr.op = POP_JUMP_IF_FALSE
                    instr.target = after
                    continue
        elif op == JUMP_IF_TRUE_OR_POP:
            top = target.op
            if top == POP_JUMP_IF_TRUE:
                if _jump_thread(instr, target, POP_JUMP_IF_TRUE):
                    continue
            elif top == JUMP or top == JUMP_IF_TRUE_OR_POP:
                if _forward(block, target.target) and \
                        _jump_thread(instr, target, JUMP_IF_TRUE_OR_POP):
                    continue
            elif top == JUMP_IF_FALSE_OR_POP or top == POP_JUMP_IF_FALSE:
                after = instr.target.next
                if after is not None:
                    instr.op = POP_JUMP_IF_TRUE
                    instr.target = after
                    continue
        elif op in _INVERTED:
            if target.op == JUMP:
                if _jump_thread(instr, target, op):
                    continue
        elif op == JUMP:
            if target.op == JUMP:
                if _jump_thread(instr, target, JUMP):
                    continue
        elif op == SWAP:
            if instr.arg == 1:
                instr.op = NOP
                instr.arg = None
        elif op == LOAD_GLOBAL:
            # The NULL of a call goes after a global in the LOAD_GLOBAL.
            if nextop == PUSH_NULL and not instr.arg & 1:
                instr.arg |= 1
                instrs[i + 1].op = NOP
        i += 1


def _forward(block, target):
    """Whether target lies after block in the current layout (jumps that
    have no backward form must stay forward)."""
    return target.order > block.order


def _clean_block(block):
    """Remove the NOPs that no line event needs."""
    instrs = block.instrs
    if not instrs:
        return
    kept = []
    prev_lineno = -1
    count = len(instrs)
    for src in range(count):
        instr = instrs[src]
        lineno = instr.loc[0]
        if instr.op == NOP:
            if lineno < 0:
                continue
            if prev_lineno == lineno:
                continue
            if src < count - 1:
                nxt = instrs[src + 1]
                next_lineno = nxt.loc[0]
                if next_lineno == lineno:
                    continue
                if next_lineno < 0:
                    nxt.loc = instr.loc
                    continue
            else:
                nb = block.next
                while nb is not None and not nb.instrs:
                    nb = nb.next
                if nb is not None and lineno == nb.instrs[0].loc[0]:
                    continue
        kept.append(instr)
        prev_lineno = lineno
    if len(kept) != count:
        block.instrs = kept


def _mark_reachable(entry):
    for block in iter_blocks(entry):
        block.predecessors = 0
    stack = [entry]
    entry.predecessors = 1
    while stack:
        block = stack.pop()
        instrs = block.instrs
        if block.falls_through() and block.next is not None:
            nxt = block.next
            if not block.uncounted_exit:
                nxt.predecessors += 1
                if nxt.predecessors == 1:
                    stack.append(nxt)
        for instr in instrs:
            target = instr.target
            if target is not None:
                target.predecessors += 1
                if target.predecessors == 1:
                    stack.append(target)


def _eliminate_empty_blocks(entry):
    # Skip empty blocks in the chain and in jump targets.
    block = entry
    while block is not None:
        nxt = block.next
        while nxt is not None and not nxt.instrs:
            nxt = nxt.next
        block.next = nxt
        for instr in block.instrs:
            target = instr.target
            if target is not None:
                while not target.instrs:
                    target = target.next
                instr.target = target
        block = nxt


def _number_blocks(entry):
    order = 0
    for block in iter_blocks(entry):
        block.order = order
        order += 1


def optimize_cfg(entry, blocks, consts):
    """Step 1.  ``blocks`` are all the unit's blocks in the order they were
    made; some passes visit them newest first, as CPython walks its list
    of allocated blocks (it decides which jumps get copies of exits)."""
    for block in iter_blocks(entry):
        _check_block(block)
    for block in reversed(blocks):
        _extend_block(block)
    _number_blocks(entry)
    for block in iter_blocks(entry):
        _optimize_block(block, consts)
        _clean_block(block)
    for block in reversed(blocks):
        _extend_block(block)
    _mark_reachable(entry)
    for block in iter_blocks(entry):
        if block.predecessors == 0:
            block.instrs = []
    _eliminate_empty_blocks(entry)
    for block in iter_blocks(entry):
        _clean_block(block)
    # A jump to the block that follows anyway is redundant (it stays as a
    # NOP, for its line).
    redundant = False
    for block in iter_blocks(entry):
        last = block.last()
        if last is not None and (last.op == JUMP or
                                 last.op == JUMP_NO_INTERRUPT):
            if last.target is block.next:
                last.op = NOP
                last.target = None
                redundant = True
    if redundant:
        _eliminate_empty_blocks(entry)


# --- steps 2 and 3: line numbers ------------------------------------------

def _is_exit_without_lineno(block):
    if not block.exits_scope():
        return False
    for instr in block.instrs:
        if instr.loc[0] >= 0:
            return False
    return True


def duplicate_exits_without_lineno(entry, blocks, new_block):
    """A return (or re-raise) block that several jumps share but that has
    no line of its own is copied for each jump, taking the jump's line.
    The jumps are visited newest block first (CPython walks its list of
    allocated blocks), which decides the order of the copies."""
    for block in reversed(list(blocks)):
        last = block.last()
        if last is not None and last.op in JUMPS:
            target = last.target
            if _is_exit_without_lineno(target) and target.predecessors > 1:
                copy = new_block()
                copy.instrs = [instr.copy() for instr in target.instrs]
                copy.instrs[0].loc = last.loc
                last.target = copy
                target.predecessors -= 1
                copy.predecessors = 1
                copy.next = target.next
                target.next = copy
    block = entry
    while block is not None:
        while block.next is not None and not block.next.instrs:
            block.next = block.next.next
        block = block.next
    for block in iter_blocks(entry):
        nxt = block.next
        if nxt is not None and block.instrs and block.falls_through():
            if _is_exit_without_lineno(nxt):
                nxt.instrs[0].loc = block.instrs[-1].loc


def propagate_line_numbers(entry):
    for block in iter_blocks(entry):
        instrs = block.instrs
        if not instrs:
            continue
        prev = NO_LOCATION
        for instr in instrs:
            if instr.loc[0] < 0:
                instr.loc = prev
            else:
                prev = instr.loc
        nxt = block.next
        if nxt is not None and block.falls_through() and \
                nxt.predecessors == 1:
            first = nxt.instrs[0]
            if first.loc[0] < 0:
                first.loc = prev
        last = instrs[-1]
        if last.op in JUMPS:
            target = last.target
            if target.predecessors == 1 and target.instrs[0].loc[0] < 0:
                target.instrs[0].loc = prev


def guarantee_lineno_for_exits(entry, firstlineno):
    lineno = firstlineno
    for block in iter_blocks(entry):
        instrs = block.instrs
        if not instrs:
            continue
        last = instrs[-1]
        if last.loc[0] < 0:
            if last.op == RETURN_VALUE or last.op == RETURN_CONST:
                for instr in instrs:
                    instr.loc = (lineno, lineno, -1, -1)
        else:
            lineno = last.loc[0]


# --- step 4: stack depth --------------------------------------------------

def stack_depth(entry, is_generator):
    """The largest stack depth; sets every reachable block's startdepth and
    raises SystemError if two paths enter a block at different depths."""
    for block in iter_blocks(entry):
        block.startdepth = -1
    stack = []
    maxdepth = 0

    def push(block, depth):
        start = block.startdepth
        if start < 0:
            block.startdepth = depth
            stack.append(block)
        elif start != depth:
            raise SystemError(
                f'stack depth {depth} entering block {block.label} '
                f'disagrees with {start}')

    plain = _PLAIN_EFFECT
    jumped = _JUMP_EFFECT
    push(entry, 1 if is_generator else 0)
    while stack:
        block = stack.pop()
        depth = block.startdepth
        nxt = block.next
        for instr in block.instrs:
            op = instr.op
            effect = plain[op]
            if effect.__class__ is not int:
                effect = effect(instr.arg)
            new_depth = depth + effect
            if new_depth > maxdepth:
                maxdepth = new_depth
            if new_depth < 0:
                raise SystemError(f'stack underflow in block {block.label}')
            target = instr.target
            if target is not None:
                effect = jumped[op]
                if effect.__class__ is not int:
                    effect = effect(instr.arg)
                target_depth = depth + effect
                if target_depth > maxdepth:
                    maxdepth = target_depth
                push(target, target_depth)
            depth = new_depth
            if op in NO_FALLTHROUGH:
                nxt = None
                break
        if nxt is not None:
            push(nxt, depth)
    return maxdepth


# --- step 5: exception handlers -------------------------------------------

def label_exception_targets(entry):
    """Give every instruction its handler block (or None), following the
    SETUP_*/POP_BLOCK pseudo-instructions along every path."""
    for block in iter_blocks(entry):
        block.visited = False
        block.except_stack = None
    todo = [entry]
    entry.visited = True
    entry.except_stack = []
    while todo:
        block = todo.pop()
        stack = block.except_stack
        block.except_stack = None
        handler = stack[-1] if stack else None
        instrs = block.instrs
        for instr in instrs:
            op = instr.op
            if op in BLOCK_PUSH:
                target = instr.target
                if not target.visited:
                    target.visited = True
                    target.except_stack = list(stack)
                    todo.append(target)
                if op != SETUP_FINALLY:
                    target.preserve_lasti = True
                target.is_handler = True
                stack.append(target)
                handler = target
            elif op == POP_BLOCK:
                stack.pop()
                handler = stack[-1] if stack else None
            elif op in JUMPS:
                instr.handler = handler
                target = instr.target
                if not target.visited:
                    target.visited = True
                    if block.falls_through():
                        target.except_stack = list(stack)
                    else:
                        target.except_stack = stack
                        stack = None
                    todo.append(target)
            else:
                instr.handler = handler
        nxt = block.next
        if nxt is not None and block.falls_through() and not nxt.visited:
            nxt.visited = True
            nxt.except_stack = stack
            todo.append(nxt)


def convert_pseudo_instructions(entry):
    """SETUP_* and POP_BLOCK have done their work: they become NOPs."""
    for block in iter_blocks(entry):
        for instr in block.instrs:
            op = instr.op
            if op in BLOCK_PUSH or op == POP_BLOCK:
                instr.op = NOP
                instr.arg = None
                instr.target = None


# --- step 6: loads of locals that may be unbound ----------------------------

def add_checks_for_uninitialized_loads(entry, nlocals, nparams):
    """LOAD_FAST becomes LOAD_FAST_CHECK wherever the local may be unbound
    on some path: at the start (locals that are not parameters), after a
    DELETE_FAST, and in exception handlers entered from such points."""
    if nlocals == 0:
        return
    for block in iter_blocks(entry):
        block.unsafe = 0
        block.visited = False
    stack = []

    def maybe_push(block, mask):
        both = block.unsafe | mask
        if both != block.unsafe:
            block.unsafe = both
            if not block.visited:
                block.visited = True
                stack.append(block)

    def scan(block):
        mask = block.unsafe
        for instr in block.instrs:
            if instr.handler is not None:
                maybe_push(instr.handler, mask)
            op = instr.op
            if op == LOAD_FAST:
                bit = 1 << instr.arg
                if mask & bit:
                    instr.op = LOAD_FAST_CHECK
                mask &= ~bit
            elif op == STORE_FAST or op == LOAD_FAST_CHECK:
                mask &= ~(1 << instr.arg)
            elif op == DELETE_FAST:
                mask |= 1 << instr.arg
        if block.next is not None and block.falls_through():
            maybe_push(block.next, mask)
        last = block.last()
        if last is not None and last.target is not None:
            maybe_push(last.target, mask)

    start = 0
    for i in range(nparams, nlocals):
        start |= 1 << i
    maybe_push(entry, start)
    for block in iter_blocks(entry):
        scan(block)
    while stack:
        block = stack.pop()
        block.visited = False
        scan(block)


# --- step 7: forward-only conditional jumps --------------------------------

def normalize_jumps(entry, new_block):
    """Unconditional pseudo-jumps become JUMP_FORWARD or JUMP_BACKWARD; a
    conditional jump backward becomes the inverted jump forward over a new
    block holding a JUMP_BACKWARD."""
    for block in iter_blocks(entry):
        block.visited = False
    block = entry
    while block is not None:
        block.visited = True
        last = block.last()
        if last is not None and last.op in JUMPS:
            forward = not last.target.visited
            op = last.op
            if op == JUMP:
                last.op = JUMP_FORWARD if forward else JUMP_BACKWARD
            elif op == JUMP_NO_INTERRUPT:
                last.op = (JUMP_FORWARD if forward
                           else JUMP_BACKWARD_NO_INTERRUPT)
            elif not forward:
                inverted = _INVERTED.get(op)
                if inverted is None:
                    raise SystemError(
                        f'{_ins.BY_OPCODE[op].name} cannot jump backward')
                jump = new_block()
                back = Instr(JUMP_BACKWARD, None, last.target, last.loc)
                back.handler = last.handler
                jump.instrs.append(back)
                jump.predecessors = 1
                last.op = inverted
                last.target = block.next
                jump.next = block.next
                block.next = jump
                jump.visited = True
                block = jump
        block = block.next
