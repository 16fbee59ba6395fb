class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub in (int, bool)
class EvenNumber(metaclass=Even):
    pass
print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance('4', EvenNumber))
print(issubclass(bool, EvenNumber), issubclass(str, EvenNumber))
print(isinstance(4, (str, EvenNumber)), isinstance(5, (str, EvenNumber)))
try:
    isinstance(1, 5)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
print(callable(len), callable(EvenNumber), callable(1), callable(lambda: 0))
class Sized:
    def __len__(self):
        return 3
    def __iter__(self):
        return iter('abc')
    def __reversed__(self):
        return iter('cba')
s = Sized()
print(len(s), list(s), list(reversed(s)), sorted(s, reverse=True), ''.join(s))
print(hash(1) == hash(1.0), type(type(1)).__name__, id(s) == id(s))
print(getattr(s, 'missing', 'dflt'), setattr(s, 'x', 1), s.x, delattr(s, 'x'), hasattr(s, 'x'))
print(min(3, 1, 2), max('ab', 'b', key=len), sum([[1], [2]], []), abs(-3), round(2.675, 2))
print(divmod(-7, 2), pow(2, -1, 7), bin(10), oct(8), hex(255), chr(97), ord('a'))
print(list(enumerate('ab', start=1)), list(zip('ab', 'cd', strict=True)))
try:
    list(zip('ab', 'c', strict=True))
except ValueError as e:
    print(e)
print(any([]), all([]), list(filter(None, [0, 1, '', 'a'])), list(map(str, range(3))))
print(isinstance(True, int), type(True) is bool, issubclass(bool, int))
print(repr(ascii('é')), format(1234.5, ',.2f'), int('ff', 16), float('1e3'), complex(1, 2))
