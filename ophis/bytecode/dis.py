"""The disassembler for Ophis code objects, with the interface and output
format of CPython 3.11's ``dis`` module: dis(), disassemble(),
get_instructions(), Bytecode, code_info(), show_code(), findlinestarts(),
findlabels().

Offsets are in bytes, as in CPython (two per code unit).  A jump's
argument is its absolute target in code units (Ophis's encoding); its
description gives the target's byte offset ("to 44").  The exception
table is printed after the instructions, as 3.11 prints it.

``python3 -m ophis.bytecode.dis FILE`` disassembles a source file.
"""

import sys

from ophis.bytecode import exceptiontable as _exctable
from ophis.bytecode import instructions as _ins
from ophis.bytecode.code import Code

__all__ = ['code_info', 'dis', 'disassemble', 'distb', 'disco',
           'findlinestarts', 'findlabels', 'show_code', 'get_instructions',
           'Instruction', 'Bytecode', 'stack_effect', 'opname', 'opmap',
           'hasjump', 'hasconst', 'hasname', 'haslocal', 'hasfree']

opname = _ins.opname
opmap = _ins.opmap
hasjump = sorted(op for op in _ins.hasjump if op < 256)
hasconst = sorted(_ins.hasconst)
hasname = sorted(_ins.hasname)
haslocal = sorted(_ins.haslocal)
hasfree = sorted(_ins.hasfree)

COMPILER_FLAG_NAMES = {
    1: 'OPTIMIZED', 2: 'NEWLOCALS', 4: 'VARARGS', 8: 'VARKEYWORDS',
    16: 'NESTED', 32: 'GENERATOR', 64: 'NOFREE', 128: 'COROUTINE',
    256: 'ITERABLE_COROUTINE', 512: 'ASYNC_GENERATOR',
}

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5

MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')
FORMAT_VALUE_CONVERTERS = ((None, ''), (str, 'str'), (repr, 'repr'),
                           (ascii, 'ascii'))


def stack_effect(opcode, oparg=None, *, jump=None):
    """The stack effect of an instruction, as dis.stack_effect."""
    if opcode not in _ins.BY_OPCODE:
        raise ValueError('invalid opcode or oparg')
    if opcode >= _ins.HAVE_ARGUMENT:
        if oparg is None:
            raise ValueError('stack_effect: opcode requires oparg but '
                             'oparg was not specified')
    elif oparg is not None:
        raise ValueError('stack_effect: opcode does not permit oparg but '
                         'oparg was specified')
    return _ins.stack_effect(opcode, oparg or 0, jump=jump)


def pretty_flags(flags):
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ', '.join(names)


def _unwrap(x):
    """The code object of a method, function, generator, async generator
    or coroutine; x itself for anything else."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        return x.__code__
    for name in ('gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, name):
            return getattr(x, name)
    return x


def _get_code_object(x):
    """The code object of a function, method, generator, source string or
    code object."""
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, '<disassembly>')
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" %
                    type(x).__name__)


def _try_compile(source, name):
    from ophis.compiler import compile as ophis_compile
    try:
        return ophis_compile(source, name, 'eval', dont_inherit=True)
    except SyntaxError:
        pass
    return ophis_compile(source, name, 'exec', dont_inherit=True)


def code_info(x):
    """Details of a code object, as a string."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    lines = [
        'Name:              %s' % co.co_name,
        'Filename:          %s' % co.co_filename,
        'Argument count:    %s' % co.co_argcount,
        'Positional-only arguments: %s' % co.co_posonlyargcount,
        'Kw-only arguments: %s' % co.co_kwonlyargcount,
        'Number of locals:  %s' % co.co_nlocals,
        'Stack size:        %s' % co.co_stacksize,
        'Flags:             %s' % pretty_flags(co.co_flags),
    ]
    for title, values, fmt in (
            ('Constants:', co.co_consts, '%4d: %r'),
            ('Names:', co.co_names, '%4d: %s'),
            ('Variable names:', co.co_varnames, '%4d: %s'),
            ('Free variables:', co.co_freevars, '%4d: %s'),
            ('Cell variables:', co.co_cellvars, '%4d: %s')):
        if values:
            lines.append(title)
            for item in enumerate(values):
                lines.append(fmt % item)
    return '\n'.join(lines)


def show_code(co, *, file=None):
    print(code_info(co), file=file)


class Positions(tuple):
    """(lineno, end_lineno, col_offset, end_col_offset), as dis.Positions."""

    __slots__ = ()
    _fields = ('lineno', 'end_lineno', 'col_offset', 'end_col_offset')

    def __new__(cls, lineno=None, end_lineno=None, col_offset=None,
                end_col_offset=None):
        return tuple.__new__(cls, (lineno, end_lineno, col_offset,
                                   end_col_offset))

    lineno = property(lambda self: self[0])
    end_lineno = property(lambda self: self[1])
    col_offset = property(lambda self: self[2])
    end_col_offset = property(lambda self: self[3])

    def __repr__(self):
        return ('Positions(lineno=%r, end_lineno=%r, col_offset=%r, '
                'end_col_offset=%r)' % self)


class Instruction(tuple):
    """One instruction: opname, opcode, arg, argval, argrepr, offset,
    starts_line, is_jump_target, positions (as dis.Instruction)."""

    __slots__ = ()
    _fields = ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset',
               'starts_line', 'is_jump_target', 'positions')

    def __new__(cls, opname, opcode, arg, argval, argrepr, offset,
                starts_line, is_jump_target, positions=None):
        return tuple.__new__(cls, (opname, opcode, arg, argval, argrepr,
                                   offset, starts_line, is_jump_target,
                                   positions))

    opname = property(lambda self: self[0])
    opcode = property(lambda self: self[1])
    arg = property(lambda self: self[2])
    argval = property(lambda self: self[3])
    argrepr = property(lambda self: self[4])
    offset = property(lambda self: self[5])
    starts_line = property(lambda self: self[6])
    is_jump_target = property(lambda self: self[7])
    positions = property(lambda self: self[8])

    def __repr__(self):
        return 'Instruction(%s)' % ', '.join(
            f'{name}={value!r}' for name, value in zip(self._fields, self))

    def _disassemble(self, lineno_width=3, mark_as_current=False,
                     offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append('%*d' % (lineno_width, self.starts_line))
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def findlinestarts(code):
    """(offset, line) where each source line starts, in bytes."""
    lastline = None
    for start, end, line in code.co_lines():
        if line is not None and line != lastline:
            lastline = line
            yield start, line


def _unpack(code):
    """(offset, opcode, oparg) per code unit, as CPython's dis: an
    EXTENDED_ARG is shown as its own unit, and the instruction after it
    with its full argument."""
    extended = 0
    for i in range(0, len(code) - 1, 2):
        op = code[i]
        if op >= _ins.HAVE_ARGUMENT:
            arg = code[i + 1] | extended
            extended = arg << 8 if op == _ins.EXTENDED_ARG else 0
        else:
            arg = None
            extended = 0
        yield i, op, arg


def findlabels(code):
    """The byte offsets that jumps go to."""
    labels = []
    for offset, op, arg in _unpack(code):
        if op in _ins.hasjump and arg is not None:
            target = arg * 2
            if target not in labels:
                labels.append(target)
    return labels


def _parse_exception_table(code):
    return [(start * 2, end * 2, target * 2, depth, lasti)
            for start, end, target, depth, lasti in
            _exctable.decode(code.co_exceptiontable)]


def _describe(op, arg, code, consts, names, varname):
    """(argval, argrepr) of an instruction."""
    kind = _ins.BY_OPCODE[op].arg if op in _ins.BY_OPCODE else None
    if arg is None:
        return None, ''
    if kind == _ins.ARG_CONST:
        if consts is None:
            return arg, repr(arg)
        value = consts[arg]
        return value, repr(value)
    if kind == _ins.ARG_NAME:
        name = names[arg] if names is not None else arg
        return name, str(name)
    if kind == _ins.ARG_GLOBAL:
        name = names[arg >> 1] if names is not None else arg >> 1
        text = str(name)
        if arg & 1:
            text += ' + NULL'
        return name, text
    if kind == _ins.ARG_LOCAL or kind == _ins.ARG_FREE:
        if varname is None:
            return arg, repr(arg)
        name = varname(arg)
        return name, name
    if kind == _ins.ARG_JUMP:
        target = arg * 2
        return target, 'to ' + repr(target)
    if kind == _ins.ARG_COMPARE:
        value = _ins.COMPARE_OPS[arg]
        return value, value
    if kind == _ins.ARG_BINARY:
        value = _ins.BINARY_OPS[arg]
        return value, value
    if op == _ins.FORMAT_VALUE:
        converter, text = FORMAT_VALUE_CONVERTERS[arg & 0x3]
        if arg & 0x4:
            text = text + ', with format' if text else 'with format'
        return (converter, bool(arg & 0x4)), text
    if op == _ins.MAKE_FUNCTION:
        return arg, ', '.join(name for i, name in
                              enumerate(MAKE_FUNCTION_FLAGS)
                              if arg & (1 << i))
    return arg, ''


def _get_instructions_bytes(code, varname=None, names=None, consts=None,
                            linestarts=None, line_offset=0,
                            exception_entries=(), positions=None):
    labels = set(findlabels(code))
    for start, end, target, _, _ in exception_entries:
        labels.add(target)
    positions = list(positions) if positions is not None else None
    for offset, op, arg in _unpack(code):
        starts_line = None
        if linestarts is not None:
            starts_line = linestarts.get(offset)
            if starts_line is not None:
                starts_line += line_offset
        argval, argrepr = _describe(op, arg, code, consts, names, varname)
        position = Positions()
        if positions is not None and offset // 2 < len(positions):
            position = Positions(*positions[offset // 2])
        yield Instruction(opname[op], op, arg, argval, argrepr, offset,
                          starts_line, offset in labels, position)


def get_instructions(x, *, first_line=None, show_caches=False,
                     adaptive=False):
    """An iterator over the instructions of a function, method, code
    object or source string."""
    co = _get_code_object(x)
    linestarts = dict(findlinestarts(co))
    line_offset = first_line - co.co_firstlineno if first_line is not None \
        else 0
    return _get_instructions_bytes(
        co.co_code, co._varname_from_oparg, co.co_names, co.co_consts,
        linestarts, line_offset, _parse_exception_table(co),
        co.co_positions())


def _disassemble_bytes(code, lasti=-1, varname=None, names=None,
                       consts=None, linestarts=None, *, file=None,
                       line_offset=0, exception_entries=(), positions=None):
    show_lineno = bool(linestarts)
    if show_lineno:
        maxlineno = max(linestarts.values()) + line_offset
        lineno_width = len(str(maxlineno)) if maxlineno >= 1000 else 3
    else:
        lineno_width = 0
    maxoffset = len(code) - 2
    offset_width = len(str(maxoffset)) if maxoffset >= 10000 else 4
    for instr in _get_instructions_bytes(code, varname, names, consts,
                                         linestarts, line_offset,
                                         exception_entries, positions):
        if show_lineno and instr.starts_line is not None and \
                instr.offset > 0:
            print(file=file)
        print(instr._disassemble(lineno_width, instr.offset == lasti,
                                 offset_width), file=file)
    if exception_entries:
        print('ExceptionTable:', file=file)
        for start, end, target, depth, lasti_flag in exception_entries:
            marker = ' lasti' if lasti_flag else ''
            print(f'  {start} to {end - 2} -> {target} [{depth}]{marker}',
                  file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False,
                adaptive=False):
    """Print the disassembly of one code object."""
    linestarts = dict(findlinestarts(co))
    _disassemble_bytes(co.co_code, lasti, co._varname_from_oparg,
                       co.co_names, co.co_consts, linestarts, file=file,
                       exception_entries=_parse_exception_table(co),
                       positions=co.co_positions())


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth -= 1
        for const in co.co_consts:
            if hasattr(const, 'co_code'):
                print(file=file)
                print('Disassembly of %r:' % (const,), file=file)
                _disassemble_recursive(const, file=file, depth=depth)


def _has_code(x):
    return hasattr(x, '__code__') or hasattr(x, 'co_code') or \
        isinstance(x, (type, classmethod, staticmethod)) or \
        hasattr(getattr(x, '__func__', None), '__code__')


def dis(x=None, *, file=None, depth=None, show_caches=False,
        adaptive=False):
    """Disassemble a class, module, method, function, generator,
    coroutine, code object, source string or raw bytecode (the last
    traceback if x is None)."""
    if x is None:
        distb(file=file)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__') and not isinstance(x, Code):
        for name, value in sorted(x.__dict__.items()):
            if _has_code(value):
                print('Disassembly of %s:' % name, file=file)
                try:
                    dis(value, file=file, depth=depth)
                except TypeError as msg:
                    print('Sorry:', msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(bytes(x), file=file)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, '<dis>'), file=file,
                               depth=depth)
    else:
        raise TypeError("don't know how to disassemble %s objects" %
                        type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (the last one by default) whose frames run
    Ophis code objects."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError('no last traceback to disassemble') from None
        while tb.tb_next:
            tb = tb.tb_next
    code = tb.tb_frame.f_code
    if type(code) is not Code:
        code = getattr(tb.tb_frame, 'ophis_code', code)
    disassemble(code, tb.tb_lasti, file=file)


class Bytecode:
    """The instructions of a code object, iterable, with dis() and
    info(), as dis.Bytecode."""

    def __init__(self, x, *, first_line=None, current_offset=None,
                 show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)

    def __iter__(self):
        co = self.codeobj
        return _get_instructions_bytes(
            co.co_code, co._varname_from_oparg, co.co_names, co.co_consts,
            self._linestarts, self._line_offset, self.exception_entries,
            co.co_positions())

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__,
                                 self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        return _format_code_info(self.codeobj)

    def dis(self):
        co = self.codeobj
        offset = -1 if self.current_offset is None else self.current_offset
        from _io import StringIO
        output = StringIO()
        _disassemble_bytes(co.co_code, offset, co._varname_from_oparg,
                           co.co_names, co.co_consts, self._linestarts,
                           file=output, line_offset=self._line_offset,
                           exception_entries=self.exception_entries,
                           positions=co.co_positions())
        return output.getvalue()


def main(argv=None):
    """python3 -m ophis.bytecode.dis [FILE]: disassemble a source file (or
    standard input) compiled by Ophis."""
    args = sys.argv[1:] if argv is None else list(argv)
    if args and args[0] not in ('-',):
        name = args[0]
        with open(name, 'rb') as f:
            source = f.read()
    else:
        name = '<stdin>'
        source = sys.stdin.buffer.read()
    from ophis.compiler import compile as ophis_compile
    dis(ophis_compile(source, name, 'exec', dont_inherit=True))


if __name__ == '__main__':
    main()
