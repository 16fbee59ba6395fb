"""The eval loop and the objects it owns (decisions 2, 7-14).

    frame.py        Frame: one activation, as plain data
    state.py        ThreadState: top frame, depth, exception being handled
    decode.py       the pre-decoded form of a code object
    dispatch.py     the handler table, built from the instruction table
    loop.py         the eval loop; run_frame() for calls from host code
    ops_*.py        the handlers, one module per family of instructions
    signals.py      what handlers return to the loop
    breaker.py      the eval breaker: signals at instruction boundaries
    function.py     Function and argument binding
    generators.py   generators, coroutines, async generators
    tracebacks.py   host tracebacks over stand-in frames
    hostrefs.py     host objects captured before Ophis patches anything
"""
