# The start-up state a command line and environment leave: printed by
# python3 and by ophis, and compared.
import sys
import posix
import faulthandler
import _tracemalloc
import _warnings

print(repr(sys.flags))
print(tuple(sys.flags), type(sys.flags).__name__, sys.flags.n_fields)
print('warnoptions', sys.warnoptions)
print('xoptions', sys._xoptions)
print('argv', sys.argv)
print('orig_argv', sys.orig_argv[1:])
print('bytecode', sys.dont_write_bytecode, repr(sys.pycache_prefix))
for stream in (sys.stdin, sys.stdout, sys.stderr):
    print(stream.name, stream.encoding, stream.errors, stream.line_buffering,
          stream.write_through, type(stream.buffer).__name__,
          stream.buffer.name, stream.mode)
print('digits', sys.get_int_max_str_digits())
print('faulthandler', faulthandler.is_enabled())
print('tracemalloc', _tracemalloc.is_tracing(),
      _tracemalloc.get_traceback_limit())
print('debug', __debug__)
print('filters', _warnings.filters)
seed = posix.environ.get(b'PYTHONHASHSEED', b'random')
if seed != b'random' and not sys.flags.ignore_environment:
    print('hash', hash('abc'), hash(b'abc'))
