# sys._current_exceptions(): the exception each thread is handling, as the
# program raised it, (None, None, None) for a thread handling none.
import sys
import threading

entered = threading.Event()
leave = threading.Event()


def worker():
    try:
        raise ValueError('oops')
    except ValueError:
        try:
            raise KeyError('inner')
        except KeyError:
            entered.set()
            leave.wait(timeout=30)


thread = threading.Thread(target=worker)
thread.start()
entered.wait()
found = sys._current_exceptions()
print(sys._current_exceptions.__name__, sys._current_exceptions.__module__)
print(all(type(ident) is int and ident > 0 for ident in found))
print(found[threading.get_ident()])
exc_type, exc, tb = found[thread.ident]
print(exc_type, repr(exc), exc is tb and None or type(tb).__name__)
print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next)
print(repr(exc.__context__))
leave.set()
thread.join()
try:
    raise OSError(2, 'here')
except OSError:
    mine = sys._current_exceptions()[threading.get_ident()]
    print(mine[0], mine[1], mine[2].tb_lineno, mine == sys.exc_info())
print(thread.ident in sys._current_exceptions())
