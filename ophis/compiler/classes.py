"""Code generation for class definitions.

``class C(B, metaclass=M): body`` becomes
``C = __build_class__(<function of the body>, 'C', B, metaclass=M)``.  The
body's function stores ``__module__`` and ``__qualname__`` first, and
returns the ``__class__`` cell (also stored as ``__classcell__``) when a
method uses ``super()`` or ``__class__``, so that type.__new__ can fill it
in; otherwise None.
"""

import _ast

from ophis.bytecode import instructions as _I
from ophis.compiler.calls import call_helper
from ophis.compiler.functions import make_closure
from ophis.compiler.codegen import loc_of
from ophis.compiler.unit import SCOPE_CLASS

_Load, _Store = _ast.Load, _ast.Store


def compile_class(gen, node):
    decorators = node.decorator_list
    gen.visit_exprs(decorators)
    firstlineno = node.lineno
    if decorators:
        firstlineno = decorators[0].lineno
    gen.enter_scope(node.name, SCOPE_CLASS, node, firstlineno)
    u = gen.u
    # Names in the class are mangled with the class's name.
    u.private = node.name
    gen.nameop('__name__', _Load)
    gen.nameop('__module__', _Store)
    gen.load_const(u.qualname)
    gen.nameop('__qualname__', _Store)
    gen.body(node.body)
    # What follows is artificial.
    gen.unset_loc()
    if u.scope.needs_class_closure:
        gen.emit(_I.LOAD_CLOSURE, u.cellvars['__class__'])
        gen.emit(_I.COPY, 1)
        gen.nameop('__classcell__', _Store)
    else:
        gen.load_const(None)
    gen.emit(_I.RETURN_VALUE)
    code = gen.make_code(True)
    gen.exit_scope()
    gen.emit(_I.LOAD_BUILD_CLASS)
    gen.emit(_I.PUSH_NULL)
    make_closure(gen, code, 0, None)
    gen.load_const(node.name)
    call_helper(gen, 2, node.bases, node.keywords)
    for deco in reversed(decorators):
        gen.u.loc = loc_of(deco)
        gen.emit(_I.CALL, 0)
    gen.set_loc(node)
    gen.nameop(node.name, _Store)
