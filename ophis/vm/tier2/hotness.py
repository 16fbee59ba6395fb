"""When blocks are made: counting stubs in a decoded form's instruction
list.

prepare() runs after every fuse (decoding, and tracing's restore): the
code's first instruction and its backward jumps get a stub that counts
(calls plus loop iterations, together) and runs the instruction it stands
for.  When the count reaches WARM the code is warm: the stubs are taken out,
the blocks are found (ophis.vm.tier2.compiler, imported only then) and each
block's first entry gets a stub of its own; after HOT runs of a block it is
compiled and its entry becomes the block function.  Code decoded during
the command's start-up (site and its imports) gets no stubs: counting
starts with the program proper (start()).

Only form.instrs (the fused list) changes; form.unfused keeps the plain
entries, which tracing runs and which a jump into the middle of a block
reaches.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)
from ophis.vm.hostrefs import late

import posix

from ophis.vm.ops_control import RESUME as _RESUME


# Calls plus loop iterations before a code object's blocks are found, and
# runs of a block before it is compiled (start-up counts nothing: see
# ENABLED).  Measured against 512/128 (session 9, session 10; callgrind,
# whole benchmark runs, docs/performance.md "The second tier"): lower or
# equal on each of the 12 benchmarks at the quick run's loops.
DEFAULT = (128, 64)
DEFAULT_ON = True


def _thresholds():
    # OPHIS_TIER2=0 turns the tier off, OPHIS_TIER2=on on with the default
    # thresholds, OPHIS_TIER2=N on with both thresholds N (tests use 1-3).
    value = posix.environ.get(b'OPHIS_TIER2')
    if value == b'on':
        return DEFAULT
    if value:
        try:
            number = int(value)
        except ValueError:
            pass
        else:
            return number, number
    return DEFAULT if DEFAULT_ON else (0, 0)


WARM, HOT = _thresholds()
# Whether prepare() installs stubs.  With the default thresholds, only
# from start() on: code decoded during the command's start-up (the
# importer, site and its imports, run by Ophis) gets no stubs, whose calls
# would cost start-up about 4% (callgrind) for code that is rarely hot.
# OPHIS_TIER2=N turns it on from the start (tests).
ENABLED = [WARM > 0 and (WARM, HOT) != DEFAULT]


def start():
    """The program proper starts (ophis.runtime.program, after site)."""
    if WARM > 0:
        ENABLED[0] = True



class _Warming:
    __slots__ = ('count', 'form', 'sites')

    def __init__(self, form, sites):
        self.count = WARM
        self.form = form
        self.sites = sites      # [(index, the entry the stub stands for)]

    # The warming of one form, whenever it was (re)started: tracing's
    # restore puts back a list equal to the one it took apart.
    def __eq__(self, other):
        return type(other) is _Warming and other.form is self.form

    def __hash__(self):
        return id(self.form)


def prepare(form, backs, unfused):
    """Install the warming stubs in form.instrs (just fused; backs are the
    indexes of its JUMP_BACKWARD instructions, unfused a copy of the list
    before fusing)."""
    if not ENABLED[0] or form.plain is not None:
        return
    instrs = form.instrs
    if form.unfused is None:
        form.unfused = unfused
    state = _Warming(form, [])
    sites = [0]
    # A call may start after a leading RESUME (ophis.vm.function's entry).
    if len(instrs) > 1 and form.unfused[0][0] is _RESUME:
        sites.append(1)
    for index in sites + backs:
        entry = instrs[index]
        state.sites.append((index, entry))
        instrs[index] = (_warming, (state, entry[0], entry[1]))


def _warming(f, stack, arg):
    state, handler, harg = arg
    state.count -= 1
    if state.count <= 0 and state.sites:
        _warm(state)
    return handler(f, stack, harg)


def _warm(state):
    form = state.form
    instrs = form.instrs
    sites = state.sites
    state.sites = []
    for index, entry in sites:
        current = instrs[index]
        if current[0] is _warming and current[1][0] is state:
            instrs[index] = entry
    if form.plain is not None:
        return
    compiler = late('ophis.vm.tier2.compiler')
    base = form.unfused
    for start, end in compiler.find_blocks(form, base):
        # A superinstruction ending in the block's first instruction would
        # skip the block's entry: the instruction before runs on its own.
        if start > 0 and getattr(instrs[start - 1][0], '__module__',
                                 None) == _SUPER_MODULE:
            instrs[start - 1] = base[start - 1]
        entry = instrs[start]
        instrs[start] = (_heating, [HOT, form, start, end, entry])


def _heating(f, stack, arg):
    arg[0] -= 1
    entry = arg[4]
    if arg[0] <= 0:
        _install(*arg[1:])
    return entry[0](f, stack, entry[1])


_SUPER_MODULE = 'ophis.vm.superinstructions'


def _install(form, start, end, entry):
    instrs = form.instrs
    if form.plain is not None or instrs[start][0] is not _heating:
        return
    compiler = late('ophis.vm.tier2.compiler')
    block = compiler.compile_block(form.unfused, start, end)
    if block is None:
        instrs[start] = entry
        return
    # A leaf's argument marks it for the blocks that call it (LEAF), and
    # so does that of a block that calls but runs no handler (CALLS).
    instrs[start] = (block, compiler.LEAF if block.leaf else
                     compiler.CALLS if block.calls else None)
    if block.direct is not None:
        # The code's direct entry (ophis.vm.tier2.direct).
        form.entry[1:] = [block.direct]
    # The blocks whose entries this one now runs through -- those starting
    # inside it (the continuations after its calls) and the tails its
    # exits run -- have counted its runs until now; from here on they run
    # only when it leaves for them (a callee the loop runs, a guard
    # failing).  They count a quarter of HOT again, so that one this
    # block always runs through (a leaf callee run directly) is not
    # compiled for nothing (28 of the 156 blocks of deltablue's quick run
    # never ran once compiled), and one it often leaves for waits little:
    # after a few calls in a row, each callee run by the loop, the
    # continuations wait that long each, as each one's install starts
    # the later ones' counts again (HOT each measured worse).
    recount = HOT // 4 or 1
    for index in (*range(start + 1, end), *block.inlined):
        current = instrs[index]
        if current[0] is _heating:
            current[1][0] = recount
