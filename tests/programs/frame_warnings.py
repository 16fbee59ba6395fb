import warnings

def deprecated():
    warnings.warn('deprecated() is old', DeprecationWarning, stacklevel=2)
    return 1

def caller():
    return deprecated()

warnings.simplefilter('always')
caller()
warnings.warn('plain user warning')
warnings.warn(UserWarning('instance form'))

class Thing:
    @property
    def old(self):
        warnings.warn('Thing.old', FutureWarning, stacklevel=2)
        return 'old'

print(Thing().old)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    caller()
    warnings.warn('recorded', stacklevel=1)
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
warnings.simplefilter('error')
try:
    warnings.warn('as error', RuntimeWarning)
except RuntimeWarning as exc:
    print('raised', exc)
warnings.simplefilter('default')
for i in range(3):
    warnings.warn('once per location')
try:
    warnings.warn('x', category=int)
except TypeError as exc:
    print(exc)
