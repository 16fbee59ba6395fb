import types
code = compile('r = 7 * 6', '<generated>', 'exec')
print(type(code).__name__, isinstance(code, types.CodeType))
def f(a, b=1):
    return a
print(type(f.__code__).__name__, f.__code__.co_name, f.__code__.co_varnames)
print(repr(f.__code__).startswith('<code object f at 0x'))
