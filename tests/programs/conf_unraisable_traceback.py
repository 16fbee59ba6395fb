# An exception raised while a generator is finalized outside any frame of
# its own (its last reference goes) reaches sys.unraisablehook with a
# traceback of the frame running at the time, as CPython's
# write_unraisable gives it.  (test_generators doctest __test__.coroutine.)
import sys


def ignores_exit():
    try:
        yield
    except GeneratorExit:
        yield


seen = []
sys.unraisablehook = seen.append


def drop():
    g = ignores_exit()
    next(g)
    del g


drop()
args = seen.pop()
print(args.exc_type.__name__, args.exc_value)
print(args.exc_traceback is args.exc_value.__traceback__)
tb = args.exc_traceback
while tb is not None:
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
    tb = tb.tb_next

# The default hook shows it on stderr.
sys.unraisablehook = sys.__unraisablehook__
drop()
print('done')
