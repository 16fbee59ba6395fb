import csv
import io
data = io.StringIO('name,score\nann,90\nbob,75\n')
rows = list(csv.DictReader(data))
print(rows, sum(int(r['score']) for r in rows))
out = io.StringIO()
writer = csv.writer(out, lineterminator='\n')
writer.writerows([('a', 1), ('b', 2)])
print(repr(out.getvalue()))
class Dialect(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
out2 = io.StringIO()
csv.writer(out2, dialect=Dialect).writerow(['x;y', 'z'])
print(out2.getvalue(), end='')
lines = io.StringIO('l1\nl2\nl3\n')
print([l.rstrip() for l in lines], lines.closed)
with io.StringIO('abc') as s:
    print(s.read(1), s.read())
print(s.closed)
