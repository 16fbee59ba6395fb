# Jumps by setting f_lineno, where the kinds of the stack's values decide:
# CPython's messages for jumps into an except block or an async for loop's
# body, a NULL left by a method lookup (never an internal error), and the
# finally block's exceptional copy keeping its exception.
import asyncio
import sys


def jump_test(from_line, to_line):
    """Run function under a tracer that jumps once from its line from_line
    to to_line (both relative to the def line); print what happened."""
    def decorate(function):
        # co_firstlineno of a decorated function is its decorator's line.
        first = function.__code__.co_firstlineno + 1
        done = []

        def tracer(frame, event, arg):
            if frame.f_code is not function.__code__:
                return None
            if event == 'line' and frame.f_lineno == first + from_line \
                    and not done:
                done.append(True)
                try:
                    frame.f_lineno = first + to_line
                except ValueError as exc:
                    output.append('ValueError: ' + str(exc))
            return tracer

        output = []
        sys.settrace(tracer)
        try:
            result = function(output)
            if asyncio.iscoroutine(result):
                asyncio.run(result)
        except Exception as exc:
            output.append(type(exc).__name__)
        finally:
            sys.settrace(None)
        print(function.__name__, output)
        return function
    return decorate


@jump_test(2, 3)
def to_bare_except(output):
    try:
        output.append(2)
    except:
        output.append(4)
        raise


@jump_test(2, 3)
def to_except_with_type(output):
    try:
        output.append(2)
    except ValueError as exc:
        output.append(4)
        raise exc


@jump_test(2, 5)
def into_finally_exceptional(output):
    try:
        output.append(2)
    finally:
        output.append(4)
        output.append(5)


@jump_test(6, 7)
def within_finally_keeps_exception(output):
    try:
        output.append(2)
        1/0
        return
    finally:
        output.append(6)
        output.append(7)
    output.append(8)


@jump_test(6, 11)
def within_nested_finally(output):
    try:
        output.append(2)
        1/0
        return
    finally:
        output.append(6)
        try:
            output.append(8)
        finally:
            output.append(10)
        output.append(11)
    output.append(12)


class AsyncIter:
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


@jump_test(1, 3)
async def forwards_into_async_for(output):
    output.append(1)
    async for i in AsyncIter([1, 2]):
        output.append(3)
    pass


@jump_test(3, 2)
async def backwards_into_async_for(output):
    async for i in AsyncIter([1, 2]):
        output.append(2)
    output.append(3)


@jump_test(3, 2)
def backwards_into_for(output):
    for i in 1, 2:
        output.append(2)
    output.append(3)


@jump_test(3, 7)
def with_null_on_stack(output):
    a = 1
    list.append(
        output, 3
    )
    output.append(5)
    (
        (  # 7
            a
            +
            10
        )
        +
        13
    ).__abs__()
    output.append(15)


@jump_test(1, 3)
def over_method_call(output):
    output.append(1)
    output.append(2)
    output.append(3)
    output.append(4)
