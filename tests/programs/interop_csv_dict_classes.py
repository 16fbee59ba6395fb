import csv
import io
from dataclasses import dataclass, astuple, fields

@dataclass
class Row:
    name: str
    qty: int
    price: float
    @property
    def total(self):
        return self.qty * self.price

rows = [Row('apple', 3, 0.5), Row('pear, green', 1, 1.25), Row('fig "dried"', 10, 0.1)]
buf = io.StringIO()
writer = csv.writer(buf, quoting=csv.QUOTE_MINIMAL)
writer.writerow([f.name for f in fields(Row)])
writer.writerows(astuple(r) for r in rows)
text = buf.getvalue()
print(text)
reader = csv.DictReader(io.StringIO(text))
parsed = [Row(d['name'], int(d['qty']), float(d['price'])) for d in reader]
print(parsed == rows, [round(r.total, 2) for r in parsed])
class Semicolon(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    quoting = csv.QUOTE_NONNUMERIC
    lineterminator = '\n'
    doublequote = True
    skipinitialspace = False
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['a', 'b'], dialect=Semicolon)
w.writeheader()
w.writerow({'a': 1, 'b': "it's"})
print(out.getvalue())
try:
    csv.DictWriter(io.StringIO(), fieldnames=['a']).writerow({'zz': 1})
except ValueError as e:
    print(e)
print(csv.Sniffer().sniff('x;y\n1;2\n').delimiter)
