"""Warnings issued by C code (PyErr_WarnEx) called from Python code: the
location shown, the filters matched by module and the once-per-location
registry are the calling Python line's."""

import warnings

import ophisext


def first():
    ophisext.warn('from C, first line')


def second():
    ophisext.warn('from C, second line')


for _ in range(2):
    first()
    second()
ophisext.warn('from C at module level')
warnings.filterwarnings('error', module='__main__', message='strict')
try:
    ophisext.warn('strict')
except UserWarning as exc:
    print('raised:', exc)
