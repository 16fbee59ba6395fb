"""A stand-in front end for VM tests: the host compiles, and its CPython
3.11 bytecode is translated to Ophis bytecode.

This lets the eval loop run real programs before ophis.compile exists.  It
is test scaffolding, not part of Ophis: the translation follows CPython's
code generation, which Ophis's compiler mirrors, so programs behave alike.

What the translation does:

* drops CACHE entries and EXTENDED_ARG prefixes (re-made as needed), turns
  relative jumps into absolute ones, and a conditional backward jump into a
  forward conditional jump over a JUMP_BACKWARD;
* 3.11 pushes the NULL of a call before the callable (PUSH_NULL), Ophis
  after it: a PUSH_NULL is dropped and, at the call it belongs to, a NULL is
  pushed and moved under the arguments with SWAPs (found by simulating the
  stack with tags);
* KW_NAMES + PRECALL + CALL become LOAD_CONST kwnames + CALL_KW;
* LOAD_FAST (which checks in 3.11) becomes LOAD_FAST_CHECK;
* each ``yield from``/``await`` loop gets a CLEANUP_THROW handler around
  its YIELD_VALUE (the shape SEND's entry in the table describes), since
  Ophis throws into a generator as 3.12 does.
"""

import dis
import types

from ophis.bytecode import instructions as ins
from ophis.bytecode import linetable, exceptiontable
from ophis.bytecode.code import Code

_OP = dis.opmap
_BACKWARD_INVERSE = {
    'POP_JUMP_BACKWARD_IF_FALSE': 'POP_JUMP_IF_TRUE',
    'POP_JUMP_BACKWARD_IF_TRUE': 'POP_JUMP_IF_FALSE',
    'POP_JUMP_BACKWARD_IF_NONE': 'POP_JUMP_IF_NOT_NONE',
    'POP_JUMP_BACKWARD_IF_NOT_NONE': 'POP_JUMP_IF_NONE',
}
_FORWARD = {
    'POP_JUMP_FORWARD_IF_FALSE': 'POP_JUMP_IF_FALSE',
    'POP_JUMP_FORWARD_IF_TRUE': 'POP_JUMP_IF_TRUE',
    'POP_JUMP_FORWARD_IF_NONE': 'POP_JUMP_IF_NONE',
    'POP_JUMP_FORWARD_IF_NOT_NONE': 'POP_JUMP_IF_NOT_NONE',
    'JUMP_FORWARD': 'JUMP_FORWARD',
    'JUMP_BACKWARD': 'JUMP_BACKWARD',
    'JUMP_BACKWARD_NO_INTERRUPT': 'JUMP_BACKWARD_NO_INTERRUPT',
    'JUMP_IF_FALSE_OR_POP': 'JUMP_IF_FALSE_OR_POP',
    'JUMP_IF_TRUE_OR_POP': 'JUMP_IF_TRUE_OR_POP',
    'FOR_ITER': 'FOR_ITER',
    'SEND': 'SEND',
}


def _register_as_internal():
    # Tracebacks leave out this module's frames, as they leave out Ophis's
    # own (a SyntaxError from compile() comes from here).
    from ophis.vm import tracebacks
    tracebacks.INTERNAL_FILES += (__file__,)


_register_as_internal()


def compile_source(source, filename, mode='exec', flags=0,
                   dont_inherit=True, optimize=-1):
    """Compile with the host and translate to an Ophis code object (an AST
    when flags ask for one)."""
    host = compile(source, filename, mode, flags, True, optimize)
    if not isinstance(host, types.CodeType):
        return host
    return translate(host)


def translate(host):
    return _Translator(host).run()


class _Label:
    """A jump target: the output instruction it lands on, once emitted."""
    __slots__ = ('item',)

    def __init__(self):
        self.item = None


class _Cleanup:
    """The made-up handler of a yield inside a yield-from loop."""
    __slots__ = ('label', 'depth')

    def __init__(self, label, depth):
        self.label = label
        self.depth = depth


class _Out:
    """One output instruction: name, argument (int or _Label), position,
    and the exception handler (host entry or a made-up one) covering it."""

    __slots__ = ('name', 'arg', 'pos', 'handler', 'index', 'size')

    def __init__(self, name, arg, pos, handler):
        self.name = name
        self.arg = arg
        self.pos = pos
        self.handler = handler
        self.index = None
        self.size = 1


class _Translator:
    def __init__(self, host):
        self.host = host
        self.instrs = [i for i in dis.get_instructions(host)
                       if i.opname != 'CACHE']
        self.by_offset = {i.offset: n for n, i in enumerate(self.instrs)}
        self.table = dis._parse_exception_table(host)
        self.labels = {}

    def label_at(self, offset):
        label = self.labels.get(offset)
        if label is None:
            label = self.labels[offset] = _Label()
        return label

    def host_handler(self, offset):
        for entry in self.table:
            if entry.start <= offset < entry.end:
                return entry
        return None

    # --- stack simulation with tags ----------------------------------------

    def simulate(self):
        """The tag stack before each host instruction: 'P' marks the NULL
        of a PUSH_NULL, 'X' anything else."""
        before = [None] * len(self.instrs)
        work = [(0, ())]
        while work:
            n, stack = work.pop()
            while n < len(self.instrs):
                if before[n] is not None:
                    break
                before[n] = stack
                instr = self.instrs[n]
                name = instr.opname
                stack = list(stack)
                if name == 'PUSH_NULL':
                    stack.append('P')
                elif name == 'LOAD_GLOBAL' and instr.arg & 1:
                    stack.extend('PX')
                elif name == 'PRECALL':
                    # Consumes NULL-or-method, callable and the arguments;
                    # CALL then leaves one result.
                    del stack[len(stack) - instr.arg - 2:]
                    stack.extend('XX')
                elif name == 'CALL_FUNCTION_EX':
                    del stack[len(stack) - 3 - (instr.arg & 1):]
                    stack.append('X')
                elif name in ('SWAP', 'COPY'):
                    k = instr.arg
                    if name == 'SWAP':
                        stack[-1], stack[-k] = stack[-k], stack[-1]
                    else:
                        stack.append(stack[-k])
                else:
                    effect = dis.stack_effect(instr.opcode, instr.arg,
                                              jump=False) \
                        if instr.opcode >= dis.HAVE_ARGUMENT else \
                        dis.stack_effect(instr.opcode)
                    if instr.opcode in dis.hasjrel or \
                            instr.opcode in dis.hasjabs:
                        jeffect = dis.stack_effect(instr.opcode, instr.arg,
                                                   jump=True)
                        target = list(stack)
                        self._apply(target, jeffect)
                        work.append((self.by_offset[instr.argval],
                                     tuple(target)))
                    self._apply(stack, effect)
                for entry in self.table:
                    if entry.start <= instr.offset < entry.end:
                        handler_stack = list(before[n][:entry.depth])
                        if entry.lasti:
                            handler_stack.append('X')
                        handler_stack.append('X')
                        work.append((self.by_offset[entry.target],
                                     tuple(handler_stack)))
                        break
                if name in ('RETURN_VALUE', 'RAISE_VARARGS', 'RERAISE',
                            'JUMP_FORWARD', 'JUMP_BACKWARD',
                            'JUMP_BACKWARD_NO_INTERRUPT'):
                    break
                stack = tuple(stack)
                n += 1
        return before

    @staticmethod
    def _apply(stack, effect):
        if effect < 0:
            del stack[len(stack) + effect:]
        else:
            stack.extend('X' * effect)

    # --- translation -------------------------------------------------------

    def run(self):
        host = self.host
        tags = self.simulate()
        out = []
        # Host offsets that start a host instruction map to the first
        # output instruction emitted for it (or for a later one).
        pending_labels = []
        kwnames = None
        extra_blocks = []
        for n, instr in enumerate(self.instrs):
            name = instr.opname
            pending_labels.append(self.label_at(instr.offset))
            before = tags[n]
            pos = instr.positions
            handler = self.host_handler(instr.offset)

            def emit(opname, arg=None, pos=pos, handler=handler):
                item = _Out(opname, arg, pos, handler)
                for label in pending_labels:
                    label.item = item
                pending_labels.clear()
                out.append(item)
                return item

            if before is None:
                # Unreachable: keep the offsets' labels pointing on.
                continue
            if name in ('CACHE', 'EXTENDED_ARG', 'PRECALL'):
                if name == 'PRECALL':
                    self._null_shuffle(emit, before, instr.arg, 2)
                continue
            if name == 'PUSH_NULL':
                continue
            if name == 'KW_NAMES':
                kwnames = instr.arg
                continue
            if name == 'CALL':
                if kwnames is not None:
                    emit('LOAD_CONST', kwnames)
                    emit('CALL_KW', instr.arg)
                    kwnames = None
                else:
                    emit('CALL', instr.arg)
                continue
            if name == 'CALL_FUNCTION_EX':
                count = 1 + (instr.arg & 1)
                if before[-(count + 2)] == 'P':
                    self._shuffle(emit, count)
                emit('CALL_FUNCTION_EX', instr.arg)
                continue
            if name == 'LOAD_GLOBAL' and instr.arg & 1:
                # 3.11's NULL goes under the global; dropped here and
                # pushed where the call needs it, as for PUSH_NULL.
                emit('LOAD_GLOBAL', instr.arg & ~1)
                continue
            if name == 'LOAD_FAST':
                emit('LOAD_FAST_CHECK', instr.arg)
                continue
            if name in ('COPY', 'SWAP'):
                k = instr.arg
                nulls = before[len(before) - k:].count('P')
                emit(name, k - nulls)
                continue
            if name in _BACKWARD_INVERSE:
                skip = _Label()
                emit(_BACKWARD_INVERSE[name], skip)
                emit('JUMP_BACKWARD', self.label_at(instr.argval))
                pending_labels.append(skip)
                continue
            if name in _FORWARD:
                emit(_FORWARD[name], self.label_at(instr.argval))
                if name == 'SEND':
                    self._note_send(n, instr, before, extra_blocks)
                continue
            if name == 'YIELD_VALUE':
                emit('YIELD_VALUE', 0)
                continue
            arg = instr.arg
            if arg is None or instr.opcode < dis.HAVE_ARGUMENT:
                arg = None
            emit(name, arg)
        self._add_cleanup_blocks(out, extra_blocks)
        return self._assemble(out, tags)

    def _null_shuffle(self, emit, before, nargs, below):
        if before[-(nargs + below)] == 'P':
            self._shuffle(emit, nargs)

    @staticmethod
    def _shuffle(emit, count):
        """Push NULL and move it under the top count items."""
        emit('PUSH_NULL')
        for k in range(count + 1, 1, -1):
            emit('SWAP', k)

    def _note_send(self, n, instr, before, extra_blocks):
        following = self.instrs[n + 1] if n + 1 < len(self.instrs) else None
        if following is not None and following.opname == 'YIELD_VALUE':
            # Handler depth: the receiver and the value sent (SEND's doc).
            depth = len(before) - before.count('P')
            extra_blocks.append((following.offset, instr.argval, depth))

    def _add_cleanup_blocks(self, out, extra_blocks):
        for yield_offset, exit_offset, depth in extra_blocks:
            item = self.labels[yield_offset].item
            if item is None:
                continue
            outer = item.handler
            cleanup = _Label()
            item.handler = _Cleanup(cleanup, depth)
            pos = item.pos
            first = _Out('CLEANUP_THROW', None, pos, outer)
            cleanup.item = first
            out.append(first)
            out.append(_Out('JUMP_FORWARD', self.label_at(exit_offset), pos,
                            outer))

    def _assemble(self, out, tags):
        host = self.host
        # Sizes and indexes, to a fixed point (EXTENDED_ARG prefixes).
        while True:
            index = 0
            for item in out:
                item.index = index
                index += item.size
            changed = False
            for item in out:
                arg = self._arg_value(item)
                size = 1
                while arg > 255:
                    arg >>= 8
                    size += 1
                if size != item.size:
                    item.size = size
                    changed = True
            if not changed:
                break
        code = bytearray()
        runs = []
        for item in out:
            arg = self._arg_value(item)
            opcode = ins.opmap[item.name]
            prefixes = []
            value = arg >> 8
            while item.size - 1 > len(prefixes):
                prefixes.append(value & 0xFF)
                value >>= 8
            for byte in reversed(prefixes):
                code += bytes((ins.EXTENDED_ARG, byte))
            code += bytes((opcode, arg & 0xFF))
            pos = item.pos
            line, end_line, col, end_col = (pos.lineno, pos.end_lineno,
                                            pos.col_offset, pos.end_col_offset)
            runs.append((item.size, line, end_line, col, end_col))
        entries = []
        for item in out:
            handler = item.handler
            if handler is None:
                continue
            if isinstance(handler, _Cleanup):
                target = handler.label.item.index
                depth = handler.depth
                lasti = False
            else:
                target = self.labels[handler.target].item.index
                n = self.by_offset[handler.start]
                before = tags[n] or ()
                depth = handler.depth - list(before[:handler.depth]).count(
                    'P')
                lasti = handler.lasti
            start, end = item.index, item.index + item.size
            if entries and entries[-1][1] == start and \
                    entries[-1][2:] == (target, depth, lasti):
                entries[-1] = (entries[-1][0], end, target, depth, lasti)
            else:
                entries.append((start, end, target, depth, lasti))
        consts = tuple(translate(c) if isinstance(c, types.CodeType) else c
                       for c in host.co_consts)
        return Code(host.co_argcount, host.co_posonlyargcount,
                    host.co_kwonlyargcount, host.co_nlocals,
                    host.co_stacksize + 4, host.co_flags, bytes(code),
                    consts, host.co_names, host.co_varnames,
                    host.co_filename, host.co_name, host.co_qualname,
                    host.co_firstlineno,
                    linetable.encode(runs, host.co_firstlineno),
                    exceptiontable.encode(entries), host.co_freevars,
                    host.co_cellvars)

    @staticmethod
    def _arg_value(item):
        arg = item.arg
        if isinstance(arg, _Label):
            return arg.item.index
        return 0 if arg is None else arg
