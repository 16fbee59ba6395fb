# Which implementation types take a subscript (PEP 585), as CPython's:
# async_generator does (test_genericalias), the others do not.
import types
for t in (types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.FunctionType, types.MethodType, types.FrameType, types.CodeType, types.CellType, types.TracebackType, types.ModuleType, types.MappingProxyType, types.SimpleNamespace):
    try:
        a = t[int]
        print(t.__name__, a, type(a).__name__, a.__origin__ is t)
    except TypeError as e:
        print(t.__name__, 'TypeError', e)
