"""anext() as Ophis code sees it.

The host's anext(aiterator, default) wraps what __anext__ returns in its own
awaitable, which only knows the host's coroutines and generators: an Ophis
coroutine, or a generator-based one (types.coroutine), returned by
__anext__ would not be awaitable through it.  This version drives the
awaitable the way the eval loop's await does (get_awaitable_iter)."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

from ophis.vm.ops_generators import get_awaitable_iter
from ophis.vm.ops_match import tp_name, type_defines

_type = type


def anext(*args):
    """async anext(aiterator[, default])

Return the next item from the async iterator.  If default is given and the async
iterator is exhausted, it is returned instead of raising StopAsyncIteration."""
    if not args:
        raise TypeError('anext expected at least 1 argument, got 0')
    if len(args) > 2:
        raise TypeError(f'anext expected at most 2 arguments, got {len(args)}')
    aiterator = args[0]
    tp = _type(aiterator)
    if not type_defines(tp, '__anext__'):
        raise TypeError(f"'{tp_name(tp):.200}' object is not an async "
                        'iterator')
    awaitable = tp.__anext__(aiterator)
    if len(args) == 1:
        return awaitable
    return AnextAwaitable(awaitable, args[1])


class AnextAwaitable:
    # What anext(aiterator, default) returns (CPython's anextawaitable):
    # it drives __anext__'s awaitable, and its exhaustion
    # (StopAsyncIteration) becomes the return of default.
    __slots__ = ('_wrapped', '_default')

    def __init__(self, wrapped, default):
        self._wrapped = wrapped
        self._default = default

    def _iterator(self):
        awaitable = get_awaitable_iter(self._wrapped)
        if not type_defines(_type(awaitable), '__next__'):
            # A coroutine: it is driven through its __await__.
            awaitable = _type(awaitable).__await__(awaitable)
        return awaitable

    # Exhaustion is turned into StopIteration(default) outside the except
    # clause, so that it does not chain to the StopAsyncIteration (CPython
    # replaces the pending error).
    def _proxy(self, method, *args):
        iterator = self._iterator()
        try:
            return getattr(iterator, method)(*args)
        except StopAsyncIteration:
            pass
        raise StopIteration(self._default)

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        iterator = self._iterator()
        try:
            return _type(iterator).__next__(iterator)
        except StopAsyncIteration:
            pass
        raise StopIteration(self._default)

    def send(self, value, /):
        return self._proxy('send', value)

    def throw(self, *args):
        return self._proxy('throw', *args)

    def close(self):
        return self._proxy('close')


AnextAwaitable.__name__ = AnextAwaitable.__qualname__ = 'anext_awaitable'
AnextAwaitable.__module__ = 'builtins'
anext.__module__ = 'builtins'
