# A warnings module imported afresh over a fresh _warnings (as
# test.support.import_helper.import_fresh_module does in test_warnings):
# its warn takes the location, the registry and the filters from the
# program's frames, as the shared module's does.
import sys
from test.support.import_helper import import_fresh_module
import warnings as original_warnings

c_warnings = import_fresh_module("warnings", fresh=["_warnings"])
sys.modules['warnings'] = c_warnings


def inner():
    c_warnings.warn("from inner", UserWarning, stacklevel=2)


with original_warnings.catch_warnings(record=True, module=c_warnings) as w:
    c_warnings.resetwarnings()
    c_warnings.filterwarnings("ignore", category=UserWarning)
    c_warnings.warn("ignored", UserWarning)
    print(len(w), sorted(map(str, globals().get('__warningregistry__', {'missing': 1}))))
    c_warnings.simplefilter("always")
    c_warnings.warn("shown", UserWarning)
    inner()
    for message in w:
        print(message.message, message.filename.rsplit('/', 1)[-1], message.lineno)
sys.modules['warnings'] = original_warnings
