"""The dispatch table: a handler per opcode, built once from the
instruction table (ophis.bytecode.instructions).

Handlers live in the ``ops_*`` modules, grouped by family, each a function
named exactly as its instruction and taking ``(frame, stack, arg)``.  The
argument a handler receives is decoded once per code object
(ophis.vm.decode): constants and names are resolved from the instruction
table's argument kind, and a module may give an instruction its own decoder
``decode_<NAME>(code, oparg) -> (handler, arg)`` (LOAD_GLOBAL picks a
variant by its NULL bit this way).
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

from ophis.bytecode import instructions as _ins
from ophis.vm import (ops_basic, ops_names, ops_operators, ops_build,
                      ops_control, ops_calls, ops_exceptions, ops_generators,
                      ops_match)

# Pairs of instructions fused into one handler, after decoding (decode).
from ophis.vm.superinstructions import fuse  # noqa: E402,F401

FAMILIES = (ops_basic, ops_names, ops_operators, ops_build, ops_control,
            ops_calls, ops_exceptions, ops_generators, ops_match)


def _missing(name):
    def handler(frame, stack, arg):
        raise SystemError(f'unknown opcode {name}')
    handler.__name__ = name
    return handler


def _const_decoder(handler):
    return lambda code, oparg: (handler, code.co_consts[oparg])


def _name_decoder(handler):
    return lambda code, oparg: (handler, code.co_names[oparg])


# How ophis.vm.decode makes each opcode's (handler, arg), by opcode (the
# commonest decoders are inlined there).
KIND_PLAIN = 0      # (handler, oparg)
KIND_CONST = 1      # (handler, co_consts[oparg])
KIND_NAME = 2       # (handler, co_names[oparg])
KIND_DECODER = 3    # DECODERS[opcode](code, oparg)
KIND_NO_ARG = 4     # (handler, 0): the argument byte is ignored
KIND_EXTENDED = 5   # EXTENDED_ARG


def _build():
    table = [None] * 256
    decoders = [None] * 256
    kinds = [KIND_PLAIN] * 256
    found = {}
    # Looked up in the modules' namespaces: getattr() with a default
    # raises and catches an AttributeError for each of the ~2,000 names a
    # module lacks (a millisecond of every start-up).
    namespaces = [(module.__name__, vars(module)) for module in FAMILIES]
    for module_name, namespace in namespaces:
        for instr in _ins.TABLE:
            handler = namespace.get(instr.name)
            # Only a function defined in the module counts (a module may
            # import a signal that shares an instruction's name).
            if handler is not None and getattr(
                    handler, '__module__', None) == module_name:
                if instr.name in found:
                    raise ImportError(f'two handlers for {instr.name}')
                found[instr.name] = handler
    for instr in _ins.TABLE:
        if instr.flags & _ins.FLAG_PSEUDO:
            continue
        handler = found.get(instr.name)
        if handler is None:
            handler = _missing(instr.name)
        table[instr.opcode] = handler
        decoder = None
        for _, namespace in namespaces:
            decoder = namespace.get('decode_' + instr.name)
            if decoder is not None:
                break
        if decoder is not None:
            kinds[instr.opcode] = KIND_DECODER
            if instr.opcode < _ins.HAVE_ARGUMENT:
                # The argument byte of such an instruction is ignored.
                decoder = (lambda d: lambda code, oparg: d(code, 0))(decoder)
        elif instr.arg == _ins.ARG_CONST:
            decoder = _const_decoder(handler)
            kinds[instr.opcode] = KIND_CONST
        elif instr.arg == _ins.ARG_NAME:
            decoder = _name_decoder(handler)
            kinds[instr.opcode] = KIND_NAME
        decoders[instr.opcode] = decoder
    for opcode in range(256):
        if table[opcode] is None:
            table[opcode] = _missing(f'<{opcode}>')
        if opcode < _ins.HAVE_ARGUMENT and kinds[opcode] == KIND_PLAIN:
            kinds[opcode] = KIND_NO_ARG
    kinds[_ins.EXTENDED_ARG] = KIND_EXTENDED
    return table, decoders, tuple(kinds), found


TABLE, DECODERS, KINDS, HANDLERS = _build()


def missing_handlers():
    """Names of instructions without a handler (a test keeps this empty)."""
    return sorted(instr.name for instr in _ins.TABLE
                  if not instr.flags & _ins.FLAG_PSEUDO
                  and instr.name not in HANDLERS)
