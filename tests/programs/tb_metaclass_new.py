class Strict(type):
    def __new__(mcls, name, bases, ns):
        for key in ns:
            if key.startswith('bad_'):
                raise TypeError(f'{name}.{key} is not allowed')
        return super().__new__(mcls, name, bases, ns)

class Fine(metaclass=Strict):
    good = 1

class Bad(metaclass=Strict):
    bad_attr = 2
