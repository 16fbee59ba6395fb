def attempt(body, catch):
    try:
        try:
            body()
        except catch as e:
            print('caught', type(e).__name__)
    except TypeError as e:
        print('TypeError:', e)
    except Exception as e:
        print('escaped', type(e).__name__)

def raise_value():
    raise ValueError
attempt(raise_value, ValueError)
attempt(raise_value, (KeyError, ValueError))
attempt(raise_value, (KeyError, (TypeError, ValueError)))
attempt(raise_value, int)
attempt(raise_value, (int, ValueError))
attempt(raise_value, 'ValueError')
attempt(raise_value, KeyError)
attempt(lambda: None, int)

class Multi(KeyError, AttributeError):
    pass
def raise_multi():
    raise Multi('m')
attempt(raise_multi, AttributeError)
attempt(raise_multi, LookupError)
print(Multi.__mro__)

class Meta(type):
    def __instancecheck__(cls, inst):
        print('instancecheck not used for except')
        return True
    def __subclasscheck__(cls, sub):
        print('subclasscheck', sub.__name__)
        return True
class Magic(Exception, metaclass=Meta):
    pass
attempt(raise_value, Magic)

def handler_raises():
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second')
try:
    handler_raises()
except ValueError as e:
    print(repr(e.__context__), e.__suppress_context__)

class StrNotStr(Exception):
    def __str__(self):
        return 42
try:
    str(StrNotStr())
except TypeError as e:
    print(e)
e = ValueError('x')
try:
    e.add_note(5)
except TypeError as err:
    print(err)
e.__notes__ = 'not a list'
try:
    e.add_note('n')
except TypeError as err:
    print(err)
def loop_cleanup():
    out = []
    for i in range(3):
        try:
            if i % 2:
                raise IndexError(i)
            out.append(('ok', i))
        except IndexError as err:
            out.append(('err', err.args[0]))
        finally:
            out.append(('fin', i))
    return out
print(loop_cleanup())
