"""Direct entries: a leaf callee's frame made and its entry block run by
one host function, which the calling block calls itself.

A block's call of an Ophis function through ophis.vm.tier2.callsite.
call_site costs two host calls when the callee's entry block is a leaf
(ophis.vm.tier2.compiler.LEAF): the helper, then the block.  For such a
block the compiler writes, in the same make() as the block and once per
code object (never per call site: compiling per-site text cost more than
it saved, docs/performance.md), a second function over the same body:

    def direct(c, g, after, L, arg):
        # the callee's checks (else call_site / UNHANDLED), its frame
        # made and pushed as call_site pushes it, then the block's body:
        # its returns give the value back through call_site's return
        # path, its other exits go on in go_on (call_site's loop).

The call site's text calls ``s0._entry[1]`` (the form's direct entry,
ophis.vm.function.call_info; None until one is installed) for an Ophis
function or a bound method of one, the helper otherwise; the direct entry
falls back on the helper itself whenever the block is no longer the
code's entry (tracing took it apart) or the eval breaker has a request.

The direct entry's host frame stands for the callee's block: its ``f`` is
the callee's frame and its ``pc`` the running index (ophis.vm.frame.
loop_state, ophis.runtime.sysmod.frames_from), and ``f`` is None while
go_on runs the callee's next block (that block's host frame stands for it
then).
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import re

_RETURN = re.compile(r'^(\s*)return (.+)$')
_SLOT = re.compile(r'\bs\d+\b')
_GEN_GUARD = 'if not (f.gen is None):'


def direct_lines(body, start, uses_globals):
    """The lines of make()'s ``direct`` for the block whose body lines
    (inside its try, as the templates wrote them) are body, starting at
    index start, a leaf consuming nothing from the stack."""
    slots = sorted(set(_SLOT.findall('\n'.join(body))),
                   key=lambda name: int(name[1:]))
    # The slot variables die before the locals' list, as they do when a
    # block returns to call_site: the locals then die first to last.
    clear = ' = '.join(slots) + ' = None' if slots else None
    lines = [
        '    def direct(c, g, after, L, arg):',
        '        func = g if type(g) is FUNCTION else g.__func__',
        f'        if requested[0] or func._instrs[{start}][0] is not block:',
        '            return call_site(c, g, after, L, arg)',
        '        if func is not g:',
        '            L.insert(0, g.__self__)',
        '        if func._fastcount == len(L):',
        '            L += func._pad',
        '        elif positional(func, L) is None:',
        '            return UNHANDLED',
        '        T = TSTATE.tstate',
        '        if T.depth >= T.limit:',
        '            raise RecursionError(RECURSION_MESSAGE)',
        '        f = new_frame(FRAME)',
        '        f.code = func._code',
        '        f.globals = ' + ('G = ' if uses_globals else '') +
        'func._globals',
        '        f.builtins = func._builtins',
        '        f.locals = None',
        '        f.localsplus = L',
        '        f.stack = stack = []',
        f'        f.pc = {start}',
        '        f.instrs = func._instrs',
        '        f.func = func',
        '        f.gen = None',
        '        T.depth += 1',
        '        f.back = c',
        '        c.pc = after',
        '        T.frame = f',
        f'        pc = {start}',
        '        try:',
    ]
    # The block's other exits (an index: a branch, a side exit, tracing
    # switched on) leave a loop around the body for one copy of the path
    # on in go_on (call_site's loop), with this host frame standing for
    # nothing: fewer lines to compile than a copy at each exit.
    out = []
    exits = False
    skip = None
    for line in body:
        pad = line[:len(line) - len(line.lstrip())]
        if skip is not None:
            if len(pad) > skip:
                continue
            skip = None
        if line.strip() == _GEN_GUARD:
            # A return's guard (f.gen is None) holds in a frame made here.
            skip = len(pad)
            continue
        match = _RETURN.match(line)
        if match is None:
            out.append('    ' + line)
            continue
        pad, what = match.groups()
        pad = '    ' + pad
        if what == 'RETURN_AT':
            # The block's return: ``stack.append(value)`` (or ``stack +=
            # (..., value,)``), ``f.pc = N``, ``return RETURN_AT``
            # (templates._return).  The value back to the caller through
            # call_site's return path.
            pc_line = out.pop()
            stack_line = out.pop().strip()
            if stack_line.startswith('stack.append('):
                # (templates._return's push when nothing is below.)
                value = stack_line[len('stack.append('):-1]
            else:
                value = stack_line[len('stack += ('):-2].rpartition(
                    ', ')[2]
            out.append(pc_line)
            out.append(pad + 'T.depth -= 1')
            out.append(pad + 'T.frame = c')
            out.append(pad + f'R = {value}')
            if clear:
                out.append(pad + clear)
            out.append(pad + 'if getrefcount(f) <= 2 and '
                       'getrefcount(L) <= 3:')
            out.append(pad + '    L.reverse()')
            out.append(pad + 'return R')
            continue
        exits = True
        out.append(pad + f'r = {what}')
        out.append(pad + 'break')
    if exits:
        lines.append('            while True:')
        lines += out
        if clear:
            lines.append('            ' + clear)
        lines += ['            F = f',
                  '            f = L = None',
                  '            return go_on(c, F, r, arg)']
    else:
        lines += [line[4:] for line in out]
    lines += [
        '        except BaseException as e:',
        '            if f is None:',
        '                raise',
        '            unwind(f, stack, pc, locals(), e, LIVE)',
        '            return ENTERED_RAISE',
        '    block.direct = direct',
    ]
    return lines
