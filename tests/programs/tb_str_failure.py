class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError('no str')

raise Unprintable('hidden')
