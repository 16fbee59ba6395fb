"""The second tier of the eval loop: hot straight-line blocks of
instructions compiled to host functions (issue 6; docs/performance.md).

A block's host function keeps the value stack in host local variables and
runs its instructions without a dispatch each; its entry in the decoded
instruction list is ``(block, None)``, returning the index to continue at as
a jump handler does.  The other entries are untouched, so a jump into the
middle of a block, and tracing (which runs the unfused list), run the plain
instructions.

Stages, data flowing one way:

* hotness.py -- counting stubs: when a code object is warm, which blocks
  it has, and when a block is hot enough to compile;
* compiler.py -- finding the blocks and writing each one's source from
* templates.py -- one template per instruction handler, the same
  semantics as the handler (tests/vm/test_tier2_templates.py compares).

Hooks elsewhere: ophis.vm.superinstructions.fuse calls hotness.prepare
with the backward jumps it saw, ophis.runtime.program calls hotness.start
when the program proper starts,
the loop handles the RAISE_AT signal, ophis.vm.frame._running_pc reads
``f`` and ``pc`` from a block's host frame, and ophis.vm.breaker treats a
block's host calls as CALL's.
"""
