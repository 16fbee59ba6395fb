def inner():
    raise KeyError('root')

def middle():
    try:
        inner()
    except KeyError as e:
        try:
            raise TypeError('in handler')
        except TypeError:
            raise ValueError('final') from e

middle()
