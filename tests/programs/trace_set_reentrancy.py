# sys.settrace / sys.setprofile let the old function go before the new one
# is set; a __del__ of the old one that installs a function meanwhile gets
# CPython's RuntimeError (reported as unraisable), and the outer call's
# function stays installed.
import sys


def foo(*args):
    pass


def bar(*args):
    pass


def hook(unraisable):
    print('unraisable in', unraisable.object.__qualname__,
          type(unraisable.exc_value).__name__ + ':', unraisable.exc_value)


sys.unraisablehook = hook


class Profiler:
    def __call__(self, *args):
        pass

    def __del__(self):
        print('in __del__, profile is', sys.getprofile())
        sys.setprofile(bar)


sys.setprofile(Profiler())
sys.setprofile(foo)
print('profile is foo:', sys.getprofile() is foo)
sys.setprofile(None)


class Tracer:
    def __call__(self, *args):
        return None

    def __del__(self):
        print('in __del__, trace is', sys.gettrace())
        sys.settrace(bar)


sys.settrace(Tracer())
sys.settrace(foo)
print('trace is foo:', sys.gettrace() is foo)
sys.settrace(None)

# Installing again after a refused attempt works.
sys.setprofile(bar)
print('profile is bar:', sys.getprofile() is bar)
sys.setprofile(None)
print(sys.getprofile(), sys.gettrace())
