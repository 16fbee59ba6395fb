"""The C pickler (_pickle) on Python classes and functions: Pickler and
Unpickler subclasses with persistent_id/persistent_load, reducer_override,
dispatch_table, find_class; __reduce__, __getstate__/__setstate__,
__getnewargs_ex__; functions and classes pickled by reference."""

import copyreg
import io
import pickle
import _pickle

print(pickle.Pickler is _pickle.Pickler, pickle.Unpickler is _pickle.Unpickler)


class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)

    def __repr__(self):
        return f'Node({self.name!r}, {self.children!r})'

    def __eq__(self, other):
        return (type(other) is Node and self.name == other.name
                and self.children == other.children)


class Outer:
    class Inner:
        def method(self):
            return 'inner method'


def helper(x):
    return x * 3


class Resource:
    """Stored out of band: pickled by its id."""

    registry = {}

    def __init__(self, key):
        self.key = key
        Resource.registry[key] = self

    def __repr__(self):
        return f'Resource({self.key!r})'


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Resource):
            return ('resource', obj.key)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid
        if kind != 'resource':
            raise pickle.UnpicklingError(f'unknown persistent id {pid!r}')
        return Resource.registry[key]

    def find_class(self, module, name):
        if name == 'forbidden':
            raise pickle.UnpicklingError(f'{module}.{name} is forbidden')
        return super().find_class(module, name)


def roundtrip(obj, protocol=pickle.HIGHEST_PROTOCOL):
    buf = io.BytesIO()
    DBPickler(buf, protocol).dump(obj)
    buf.seek(0)
    return DBUnpickler(buf).load()


tree = Node('root', [Node('a'), Node('b', [Node('c')])])
res = Resource('db1')
data = {'tree': tree, 'res': res, 'fn': helper, 'cls': Outer.Inner,
        'set': {1, 2}, 'tuple': (res, res)}
# Protocol 0 stores a persistent id as text: tuples need protocol 1+.
for protocol in range(1, pickle.HIGHEST_PROTOCOL + 1):
    copy = roundtrip(data, protocol)
    print(protocol, copy['tree'] == tree, copy['res'] is res,
          copy['fn'] is helper, copy['fn'](2), copy['cls'] is Outer.Inner,
          copy['tuple'][0] is copy['tuple'][1])
print(copy['cls']().method())


class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    def __reduce__(self):
        return (from_celsius, (self.kelvin - 273,))


def from_celsius(c):
    return Temperature(c + 273)


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.cache = {'expensive': True}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state['cache']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = {'rebuilt': True}


class Pair(tuple):
    def __new__(cls, a, b, *, tag):
        self = super().__new__(cls, (a, b))
        self.tag = tag
        return self

    def __getnewargs_ex__(self):
        return tuple(self), {'tag': self.tag}


t = pickle.loads(pickle.dumps(Temperature(300)))
a = pickle.loads(pickle.dumps(Account('ann')))
p = pickle.loads(pickle.dumps(Pair(1, 2, tag='x')))
print(t.kelvin, a.owner, a.cache, p, p.tag, type(p).__name__)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return (Point, (p.y, p.x))  # swaps, to show the table was used


buf = io.BytesIO()
pickler = pickle.Pickler(buf)
pickler.dispatch_table = copyreg.dispatch_table.copy()
pickler.dispatch_table[Point] = reduce_point
pickler.dump(Point(1, 2))
q = pickle.loads(buf.getvalue())
print(q.x, q.y)


class Overrider(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is helper:
            return (str, ('helper replaced',))
        return NotImplemented


buf = io.BytesIO()
Overrider(buf).dump([helper, 1])
print(pickle.loads(buf.getvalue()))

copyreg.pickle(complex, lambda c: (complex, (c.imag, c.real)))
print(pickle.loads(pickle.dumps(1 + 2j)))


def forbidden():
    pass


for action in [lambda: pickle.dumps(lambda: 0),
               lambda: pickle.dumps(Outer.Inner().method),
               lambda: roundtrip(forbidden),
               lambda: DBUnpickler(io.BytesIO(
                   pickle.dumps(Resource('x')))).load(),
               lambda: pickle.loads(b'garbage')]:
    try:
        print(action())
    except Exception as exc:
        print(type(exc).__name__ + ':', str(exc).split(' at 0x')[0])

# Recursive structures, and a large list of Python objects.
a_list = [Node('self')]
a_list.append(a_list)
back = pickle.loads(pickle.dumps(a_list))
print(back[1] is back, back[0])
many = [Node(str(i)) for i in range(2000)]
print(pickle.loads(pickle.dumps(many)) == many)
