import json
from decimal import Decimal
from datetime import date

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return {'__decimal__': str(o)}
        if isinstance(o, date):
            return o.isoformat()
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

data = {'price': Decimal('1.10'), 'when': date(2024, 1, 2), 'tags': {'b', 'a'}}
text = json.dumps(data, cls=Encoder, sort_keys=True)
print(text)
def hook(d):
    if '__decimal__' in d:
        return Decimal(d['__decimal__'])
    return d
print(json.loads(text, object_hook=hook))
print(json.loads('[1.5, 2]', parse_float=Decimal, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=lambda pairs: pairs))
try:
    json.dumps(object())
except TypeError as e:
    print(e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps(Point(1, 2), default=vars))
print(json.dumps({'b': [1, {'c': None}], 'a': 'é'}, indent=2, ensure_ascii=False))
def raising_default(o):
    raise ValueError('cannot encode ' + type(o).__name__)
try:
    json.dumps([1, Point(0, 0)], default=raising_default)
except ValueError as e:
    print(e)
try:
    json.loads('{"bad": }')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno)
print(json.dumps(float('inf')), json.dumps([1, 2], separators=(',', ':')))
