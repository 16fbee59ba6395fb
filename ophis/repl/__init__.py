"""The interactive interpreter: ``ophis`` on a terminal, ``ophis -``,
``ophis -i PROGRAM``.

    session.py     the session: banner, PYTHONSTARTUP, the interactive
                   hook, then statements read, compiled, run and reported
                   until the end of input (CPython's pymain_run_stdin,
                   pymain_repl and PyRun_InteractiveLoop)
    statement.py   whether the lines typed make a statement (codeop's test,
                   with compile()'s PyCF_ALLOW_INCOMPLETE_INPUT)
    reader.py      one line with a prompt: readline on a terminal, else the
                   prompt on stderr; Ctrl-C while reading
    history.py     line editing, completion and Ophis's history file (site's
                   register_readline)

ophis.runtime.program calls ``session.run(namespace, config, from_stdin)``
when stdin is to be read as a session (``session.stdin_is_interactive``)
and after a program under -i (``session.wants_inspect``).
"""
