# A coroutine never awaited warns through warnings._warn_unawaited_coroutine;
# when that function fails, its error goes to sys.unraisablehook and the
# plain RuntimeWarning is still issued.  (test_coroutines
# OriginTrackingTest.test_unawaited_warning_when_module_broken.)
import gc
import sys
import warnings


async def corofn():
    pass


def drop_one():
    coro = corofn()
    del coro
    gc.collect()


seen = []
sys.unraisablehook = seen.append
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    drop_one()
    print('normal:', [(w.category.__name__, str(w.message)) for w in caught])
    caught.clear()

    original = warnings._warn_unawaited_coroutine
    warnings._warn_unawaited_coroutine = lambda coro: 1 / 0
    try:
        drop_one()
    finally:
        warnings._warn_unawaited_coroutine = original
    print('broken:', [(w.category.__name__, str(w.message)) for w in caught])
    caught.clear()

    def raises_warning(coro):
        raise RuntimeWarning('raised instead')
    warnings._warn_unawaited_coroutine = raises_warning
    try:
        drop_one()
    finally:
        warnings._warn_unawaited_coroutine = original
    print('warning raised:', [str(w.message) for w in caught])

print([(args.exc_type.__name__, str(args.exc_value)) for args in seen])
