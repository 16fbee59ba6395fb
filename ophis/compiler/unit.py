"""A compilation unit: the state the code generator keeps for one code
object (a module, class body, function, lambda or comprehension) while
emitting its instructions, and its pools of constants and names."""

from ophis.bytecode.code import constant_key
from ophis.compiler.flowgraph import Block
from ophis.compiler.symtable import CELL, DEF_FREE_CLASS, FREE

# Kinds of unit (CPython's COMPILER_SCOPE_*).
SCOPE_MODULE = 0
SCOPE_CLASS = 1
SCOPE_FUNCTION = 2
SCOPE_ASYNC_FUNCTION = 3
SCOPE_LAMBDA = 4
SCOPE_COMPREHENSION = 5


class ConstPool:
    """co_consts under construction: each constant once, told apart as
    CPython does (1, 1.0 and True are three constants)."""

    __slots__ = ('values', 'index')

    def __init__(self):
        self.values = []
        self.index = {}

    def add(self, value):
        kind = value.__class__
        if kind is str or kind is int:
            key = (kind, value)
        else:
            key = constant_key(value)
        index = self.index.get(key)
        if index is None:
            index = len(self.values)
            self.index[key] = index
            self.values.append(value)
        return index

    def value(self, index):
        return self.values[index]


class NamePool:
    """co_names or co_varnames under construction."""

    __slots__ = ('names', 'index')

    def __init__(self, initial=()):
        self.names = []
        self.index = {}
        for name in initial:
            self.add(name)

    def add(self, name):
        index = self.index.get(name)
        if index is None:
            index = len(self.names)
            self.index[name] = index
            self.names.append(name)
        return index

    def __contains__(self, name):
        return name in self.index

    def __len__(self):
        return len(self.names)


class Unit:
    """The code generator's state for one code object."""

    __slots__ = (
        'scope', 'name', 'qualname', 'scope_type', 'consts', 'names',
        'varnames', 'cellvars', 'freevars', 'argcount', 'posonlyargcount',
        'kwonlyargcount', 'firstlineno', 'private', 'entry', 'cur',
        'blocks', 'fblocks', 'loc', 'ended', 'nblocks',
    )

    def __init__(self, scope, name, scope_type, firstlineno):
        self.scope = scope
        self.name = name
        self.qualname = name
        self.scope_type = scope_type
        self.consts = ConstPool()
        self.names = NamePool()
        self.varnames = NamePool(scope.varnames)
        # Cells in sorted order (the class's __class__ cell alone), then
        # the free variables in sorted order: one numbering, which the
        # assembler turns into localsplus slots.
        symbols = scope.symbols
        scopes = scope.scopes
        if scope.needs_class_closure:
            cells = ['__class__']
        else:
            cells = sorted(n for n, s in scopes.items() if s == CELL)
        frees = sorted(n for n, s in scopes.items()
                       if s == FREE or symbols.get(n, 0) & DEF_FREE_CLASS)
        self.cellvars = {name: i for i, name in enumerate(cells)}
        ncells = len(cells)
        self.freevars = {name: ncells + i for i, name in enumerate(frees)}
        self.argcount = 0
        self.posonlyargcount = 0
        self.kwonlyargcount = 0
        self.firstlineno = firstlineno
        self.private = None
        self.nblocks = 0
        self.blocks = []
        self.entry = self.cur = self.new_block()
        self.fblocks = []
        self.loc = (firstlineno, firstlineno, 0, 0)
        self.ended = False

    def new_block(self):
        block = Block(self.nblocks)
        self.nblocks += 1
        self.blocks.append(block)
        return block
