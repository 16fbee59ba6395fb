# A warning that C code issues with a stacklevel above 1 blames the frame
# that many levels up from the C function's caller, as in CPython:
# ssl.SSLContext() without a protocol warns twice, once from ssl.py's
# Python code (stacklevel 2) and once from _ssl's C code (stacklevel 2).
import warnings

try:
    import ssl
except ImportError:
    ssl = None


def make_context():
    return ssl.SSLContext()


def outer():
    return make_context()


if ssl is not None:
    warnings.simplefilter('always')
    make_context()
    outer()
    ssl.SSLContext()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        make_context()
        outer()
        ssl.SSLContext()
    for w in caught:
        print(w.category.__name__, w.message, w.filename == __file__,
              w.lineno)
    make_context()
