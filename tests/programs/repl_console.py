"""code.InteractiveConsole fed lines as a user types them: results echoed
through sys.displayhook, tracebacks of '<console>' input, SyntaxErrors
with their caret, blocks ended by an empty line, and the namespace kept
between statements."""
import code
import sys

lines = [
    'x = 6 * 7',
    'x',
    'def f(n):',
    '    if n > 1:',
    '        return n * f(n - 1)',
    '    return 1',
    '',
    'f(5)',
    'f(None)',
    '1 +* 2',
    'for i in range(3):',
    '    i',
    '',
    '_',
    'import math; math.pi',
    'class C:',
    '    def __repr__(self): return "<C>"',
    '',
    'C()',
    '"""two',
    'lines"""',
    'd = {',
    "  'a': 1,",
    '}',
    'd',
    'raise ValueError("bad")',
    'print("printed")',
    'None',
]

console = code.InteractiveConsole({'__name__': '__console__'})
sys.stderr = sys.stdout  # one stream, in order
for line in lines:
    more = console.push(line)
    print(f'[{"..." if more else ">>>"}] {line}')
sys.stderr = sys.__stderr__

print('-- compile_command through InteractiveInterpreter.runsource')
interpreter = code.InteractiveInterpreter()
sys.stderr = sys.stdout
for source in ('if 1:', 'if 1:\n  2\n', 'y = (', 'y = (\n1)', 'y'):
    print(repr(source), 'more' if interpreter.runsource(source) else 'done')
sys.stderr = sys.__stderr__
