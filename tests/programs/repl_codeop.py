"""codeop and compile()'s interactive flags, run as a program: what a REPL
asks about the lines typed so far (None: more needed; a code object; or
the SyntaxError with its position)."""
import codeop

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

PARTIAL = [
    'if x:', 'if x:\n  pass', 'if x:\n  pass\n', 'def f():\n  return 1',
    'x = (1,', 'x = (1,\n 2', "x = '''abc", "x = 'abc", 'x = 1 + \\',
    '@dec', '@dec\ndef f(): pass', '@dec\ndef f(): pass\n', 'x = 1',
    '1 +* 2', 'if x:\n  1 +* 2\n  pass', 'if x:\n  pass\n  else:\n',
    'try:\n  pass', 'class A:\n  def f(self):\n    pass\n', '', '# c',
    'lambda:', 'a b', 'print(1', "f'{x", "'a' b'b'", '  x = 1',
    'if x:\n\n', 'match x:\n  case 1:\n    pass', 'x = 1 # c',
    'if x:\n  y\n  # c', 'for i in range(3):\n  print(i)\n',
]


def describe(result):
    if result is None:
        return 'None (more input)'
    return f'code {result.co_name} flags {result.co_flags & 0x1fe0000:#x}'


for symbol in ('single', 'exec', 'eval'):
    print('--', symbol)
    for source in PARTIAL:
        try:
            outcome = describe(codeop.compile_command(source, '<input>', symbol))
        except SyntaxError as error:
            outcome = (f'{type(error).__name__}: {error.msg} '
                       f'{(error.lineno, error.offset, error.end_lineno, error.end_offset)} '
                       f'{error.text!r}')
        print(f'{source!r:40} {outcome}')

print('-- compile() with the flags')
for flags in (PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT,
              PyCF_DONT_IMPLY_DEDENT):
    for source in PARTIAL:
        try:
            compile(source, '<input>', 'single', flags)
            outcome = 'ok'
        except SyntaxError as error:
            outcome = f'{error.msg} {(error.lineno, error.offset)}'
        print(f'{flags:#x} {source!r:40} {outcome}')

print('-- future features carried from statement to statement')
compiler = codeop.CommandCompiler()
for source in ('from __future__ import barry_as_FLUFL', '1 <> 2', '1 != 2',
               'from __future__ import annotations',
               'def f(x: undefined): pass\n'):
    try:
        print(repr(source), describe(compiler(source)))
    except SyntaxError as error:
        print(repr(source), 'SyntaxError:', error.msg)
