"""How many host bytecodes each of Ophis's host functions runs per iteration
of a guest loop: a load-independent look at where one guest operation's
work goes (the loop's push and return, CALL, a handler, Function.__call__).

    python3 benchmarks/host_bytecodes.py benchmarks/micro/one_call.py
    python3 benchmarks/host_bytecodes.py PROGRAM --root /tmp/other-tree

PROGRAM defines ``run(n)``, a loop of n iterations of the operation to
look at.  It runs under Ophis in this process (ophis.embed), with the
host's own trace function counting opcode events per host function name;
run(10) is subtracted from run(110), so everything outside the loop
cancels.  Guest code runs in host functions (the loop, the handlers), so
the counts are the VM's own work.  A benchmark tool, not a test.
"""

import argparse
import collections
import os
import sys

host_settrace = sys.settrace     # before Ophis replaces it for the program

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('program')
    parser.add_argument('--root', default=ROOT,
                        help='the tree whose ophis package runs it')
    parser.add_argument('--function',
                        help='per line of this host function instead')
    options = parser.parse_args()
    sys.path.insert(0, options.root)
    from ophis.embed import Interpreter
    with open(options.program) as source:
        text = source.read()
    interp = Interpreter()
    interp.run_string(text, options.program)
    counts = collections.Counter()
    wanted = options.function

    def tracer(frame, event, arg):
        frame.f_trace_opcodes = True
        frame.f_trace_lines = False
        if event == 'opcode':
            if wanted is None:
                counts[frame.f_code.co_name] += 1
            elif frame.f_code.co_name == wanted:
                counts[frame.f_lineno or 0] += 1
        return tracer

    def measure(n):
        counts.clear()
        host_settrace(tracer)
        try:
            interp.eval(f'run({n})')
        finally:
            host_settrace(None)
        return collections.Counter(counts)

    measure(5)
    low = measure(10)
    high = measure(110)
    per = {key: (high[key] - low.get(key, 0)) / 100 for key in high}
    print(f'host bytecodes per iteration: {sum(per.values()):.1f}')
    if wanted is None:
        rows = sorted(per.items(), key=lambda item: -item[1])
    else:
        rows = sorted(per.items())
    for key, value in rows:
        if value:
            print(f'{value:8.1f}  {key}')


if __name__ == '__main__':
    main()
