class AppError(Exception):
    default = 'application error'
    def __init__(self, msg=None, **context):
        super().__init__(msg or self.default)
        self.context = context
    def __str__(self):
        base = super().__str__()
        if self.context:
            return f'{base} ({", ".join(f"{k}={v}" for k, v in sorted(self.context.items()))})'
        return base
class NotFound(AppError):
    default = 'not found'
class Forbidden(AppError):
    pass
for exc in (AppError(), NotFound(item=3), Forbidden('no access', user='x', role='guest')):
    try:
        raise exc
    except NotFound as e:
        print('404', e)
    except AppError as e:
        print('app', e, repr(e))
print(NotFound.__mro__[1].__name__, issubclass(Forbidden, Exception))
class WithRepr(Exception):
    def __repr__(self):
        return 'custom repr'
print(repr(WithRepr('x')), str(WithRepr('x')))
class NoArgs(Exception):
    def __init__(self):
        pass
print(repr(NoArgs()), NoArgs().args)
