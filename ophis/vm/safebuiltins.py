"""The host's builtins as they were when Ophis started.

A program may replace a builtin (``builtins.len = ...``) -- CPython's own
tests do.  Ophis's runtime code must not then call the replacement (an
Ophis function calling back into the VM that called it), so every module of
ophis.vm and ophis.runtime does ``from ophis.vm.safebuiltins import *``:
module globals come before builtins in name lookup, and these are the
originals.
"""

import builtins as _builtins

__all__ = [name for name in dir(_builtins) if not name.startswith('_')]
globals().update({name: getattr(_builtins, name) for name in __all__})
