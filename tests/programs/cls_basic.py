class Point:
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def dist(a, b):
        return ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5

p = Point(3, 4)
print(p, p.norm2, Point.origin(), Point.dist(p, Point.origin()))
print(p + Point(1, 1), p == Point(3, 4), p != Point(0, 0))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(1, 1), Point(1, 1)})
print(Point.__doc__, Point.__name__, Point.__qualname__, Point.__module__)
print(type(p).__name__, isinstance(p, Point), Point.dims, p.__dict__)
print([k for k in Point.__dict__ if not k.startswith('__')])
