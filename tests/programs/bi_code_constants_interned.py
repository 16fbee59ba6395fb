# String constants that look like names (ASCII letters, digits and '_') are
# interned by the code constructor, in nested tuples too, so `is` holds
# between them and the same name made at run time and interned.
import sys


def made(*parts):
    # Built at run time: the compiler cannot fold it into a constant.
    return ''.join(parts)


NAME = 'ROUND_UP'
print(sys.intern(made('ROUND', '_UP')) is NAME)
SPACED = 'not a name'
print(sys.intern(made('not a ', 'name')) is SPACED)
ACCENTED = 'caf\xe9'
print(sys.intern(made('caf', '\xe9')) is ACCENTED)
PAIR = ('ROUND_DOWN', ('ROUND_CEILING', 1))
print(sys.intern(made('ROUND', '_DOWN')) is PAIR[0],
      sys.intern(made('ROUND', '_CEILING')) is PAIR[1][0])


def member(x):
    return x in {'ROUND_FLOOR', 'ROUND_HALF_UP'}


frozen = [c for c in member.__code__.co_consts if type(c) is frozenset][0]
print(sys.intern(made('ROUND', '_FLOOR')) in frozen)
print(member('ROUND_HALF_UP'), member(made('ROUND', '_HALF_UP')))

# The constructor interns the constants it is given (code.replace).
fresh = made('ROUND', '_05UP')
code = member.__code__.replace(co_consts=(fresh, made('a b')))
print(code.co_consts[0] is sys.intern(made('ROUND_05', 'UP')))
print(code.co_consts[1] is sys.intern(made('a', ' b')))

# compile() and exec() of source.
namespace = {}
exec(compile("K = 'HALF_EVEN'\nJ = '1x'", '<source>', 'exec'), namespace)
print(namespace['K'] is sys.intern(made('HALF', '_EVEN')),
      namespace['J'] is sys.intern(made('1', 'x')))
