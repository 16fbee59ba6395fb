# A decimal literal over the int digit limit is a SyntaxError on its own:
# the ValueError that the conversion raised is not its context.
import sys

source = 'x = 1' + '0' * 5000
for mode in ('exec', 'eval'):
    text = source if mode == 'exec' else source[4:]
    try:
        compile(text, '<digits>', mode)
    except SyntaxError as e:
        print(mode, type(e).__name__, e.msg[:60], e.lineno, e.offset)
        print('  context:', repr(e.__context__), 'cause:', repr(e.__cause__))

sys.set_int_max_str_digits(6000)
print(len(str(eval(source[4:]))))
sys.set_int_max_str_digits(4300)
exec(compile('y = 0x' + 'f' * 5000, '<hex>', 'exec'))
print('hex literal is fine')
