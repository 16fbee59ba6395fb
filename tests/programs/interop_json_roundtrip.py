import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def encode(o):
    if isinstance(o, Point):
        return {'__point__': [o.x, o.y]}
    raise TypeError(f'cannot encode {type(o).__name__}')
def decode(d):
    if '__point__' in d:
        return Point(*d['__point__'])
    return d
data = {'points': [Point(1, 2), Point(3, 4)], 'name': 'shape'}
text = json.dumps(data, default=encode, sort_keys=True, indent=1)
print(text)
back = json.loads(text, object_hook=decode)
print([(p.x, p.y) for p in back['points']], back['name'])
try:
    json.dumps({'s': {1, 2}}, default=encode)
except TypeError as exc:
    print(exc)
print(json.loads('[1, 2.5, "x", null, true]', parse_float=lambda s: f'float:{s}'))
class OrderedEncoder(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper() if chunk.startswith('"') else chunk
print(''.join(OrderedEncoder().iterencode({'key': 'value'})))
