import doctest

def add(a, b):
    """Add two numbers.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> add(1, 1)
    3
    >>> add(None, 1)
    Traceback (most recent call last):
        ...
    TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    """
    return a + b

def broken():
    """
    >>> broken()
    Traceback (most recent call last):
    ValueError: wrong message
    >>> undefined_name
    """
    raise ValueError('actual message')

failures, tests = doctest.testmod(verbose=False)
print('failures', failures, 'tests', tests)
