"""``python3 tests/support/ophis_imports.py PREFIXES -- ARGS``: the ophis
command, with modules whose names start with one of the comma-separated
PREFIXES imported under Ophis (compiled by ophis.compile, run by the eval
loop) instead of by the host.

Test scaffolding until the import system (issue 5) runs every module under
Ophis: it lets CPython's own test modules exercise the eval loop, e.g.

    python3 tests/support/ophis_imports.py test. -- \\
        /work/shared/conformance/ct_driver.py test.test_generators
"""

import importlib.abc
import importlib.machinery
import os
import sys

sys.path[0] = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))

import ophis  # noqa: E402
from ophis.cli import main  # noqa: E402
from ophis.vm.loop import run_code  # noqa: E402


class OphisLoader(importlib.abc.Loader):
    def __init__(self, path):
        self.path = path

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        with open(self.path, 'rb') as handle:
            source = handle.read()
        code = ophis.compile(source, self.path, 'exec')
        # As exec() does for the host's loaders.
        module.__dict__.setdefault('__builtins__', __builtins__)
        run_code(code, module.__dict__)

    def get_source(self, fullname):
        with open(self.path, encoding='utf-8') as handle:
            return handle.read()


class OphisFinder(importlib.abc.MetaPathFinder):
    def __init__(self, prefixes):
        self.prefixes = tuple(prefixes)

    def find_spec(self, fullname, path, target=None):
        if not fullname.startswith(self.prefixes):
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or not (spec.origin or '').endswith('.py'):
            return spec
        loader = OphisLoader(spec.origin)
        new = importlib.machinery.ModuleSpec(
            fullname, loader, origin=spec.origin,
            is_package=spec.submodule_search_locations is not None)
        if spec.submodule_search_locations is not None:
            new.submodule_search_locations = spec.submodule_search_locations
        new.has_location = True
        return new


if __name__ == '__main__':
    split = sys.argv.index('--')
    prefixes = sys.argv[1].split(',')
    sys.meta_path.insert(0, OphisFinder(prefixes))
    sys.exit(main(sys.argv[split + 1:]))
