def raise_it(exc):
    try:
        raise exc
    except (ArithmeticError, LookupError) as e:
        return 'arith/lookup', type(e).__name__
    except OSError as e:
        return 'os', type(e).__name__
    except Exception as e:
        return 'exception', type(e).__name__
    except BaseException as e:
        return 'base', type(e).__name__
for exc in [ZeroDivisionError, KeyError('k'), IndexError, FileNotFoundError, ValueError,
            KeyboardInterrupt, SystemExit(0), GeneratorExit, OverflowError, UnicodeError]:
    print(raise_it(exc))
try:
    try:
        raise ValueError
    except TypeError:
        print('wrong')
except ValueError:
    print('outer caught ValueError')
excs = (KeyError, ValueError)
try:
    raise KeyError
except excs:
    print('tuple variable')
try:
    raise KeyError
except (TypeError, (KeyError, IndexError)) if False else KeyError:
    print('expression as clause')
class Meta(type):
    def __subclasscheck__(cls, sub):
        print('subclasscheck not used')
        return True
class Weird(Exception, metaclass=Meta):
    pass
try:
    try:
        raise ValueError('v')
    except Weird:
        print('matched weird')
except ValueError:
    print('ValueError not matched by metaclass hook')
