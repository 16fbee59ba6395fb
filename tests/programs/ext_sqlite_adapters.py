"""sqlite3 calling Python code: adapters and converters, row factories,
window functions, authorizer, progress and trace callbacks, and errors in
user functions (with callback tracebacks enabled: unraisable reports)."""

import sqlite3
from fractions import Fraction


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f'Money({self.cents / 100:.2f})'

    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return f'{self.cents}c'


def adapt_fraction(value):
    return f'{value.numerator}/{value.denominator}'


def convert_fraction(data):
    return Fraction(data.decode())


def convert_money(data):
    return Money(int(data.decode().rstrip('c')))


sqlite3.register_adapter(Fraction, adapt_fraction)
sqlite3.register_converter('fraction', convert_fraction)
sqlite3.register_converter('money', convert_money)

db = sqlite3.connect(':memory:', detect_types=sqlite3.PARSE_DECLTYPES)
db.execute('create table t (name text, share fraction, price money)')
db.executemany('insert into t values (?, ?, ?)',
               [('a', Fraction(1, 3), Money(250)),
                ('b', Fraction(2, 3), Money(1999)),
                ('c', Fraction(5, 4), Money(5))])
for row in db.execute('select * from t order by name'):
    print(row, type(row[1]).__name__)
print(db.execute('select typeof(share), share from t').fetchone())


def rows_as_dicts(cursor, row):
    return {col[0]: value for col, value in zip(cursor.description, row)}


db.row_factory = rows_as_dicts
print(db.execute('select name, price from t where name = ?', ('b',)).fetchall())
db.row_factory = None


# Rows from a generator, parameters from a mapping object.
def generate(n):
    for i in range(n):
        yield (f'g{i}', Fraction(i, n), Money(i * 100))


db.executemany('insert into t values (?, ?, ?)', generate(3))


class Params(dict):
    def __missing__(self, key):
        return 'c'


print(db.execute('select count(*) from t where name = :who',
                 Params()).fetchone())


class MovingSum:
    """A window function (sqlite3 3.25+, Python 3.11)."""

    def __init__(self):
        self.total = 0

    def step(self, value):
        self.total += value

    def inverse(self, value):
        self.total -= value

    def value(self):
        return self.total

    def finalize(self):
        return self.total


db.create_window_function('movsum', 1, MovingSum)
query = '''select x, movsum(x) over (order by x rows between 1 preceding
           and current row) from (select 1 as x union select 2 union
           select 3 union select 4)'''
print(db.execute(query).fetchall())

events = []


def authorizer(action, arg1, arg2, dbname, source):
    events.append((action, arg1, arg2))
    if arg2 == 'price' and action == sqlite3.SQLITE_READ:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


db.set_authorizer(authorizer)
try:
    db.execute('select price from t')
except sqlite3.DatabaseError as exc:
    print(type(exc).__name__, exc)
print(db.execute('select name from t where name = "a"').fetchall(),
      any(e[0] == sqlite3.SQLITE_READ for e in events))
db.set_authorizer(None)

progress = []
db.set_progress_handler(lambda: progress.append(1), 10)
db.execute('select count(*) from t a, t b, t c').fetchone()
print('progress called', len(progress) > 0)
db.set_progress_handler(lambda: 1, 1)
try:
    db.execute('select count(*) from t a, t b').fetchone()
except sqlite3.OperationalError as exc:
    print('OperationalError:', exc)
db.set_progress_handler(None, 0)

statements = []
db.set_trace_callback(statements.append)
db.execute('select 1 + 1').fetchone()
db.set_trace_callback(None)
print(statements)


def fragile(x):
    return 10 // x


db.create_function('fragile', 1, fragile)
print(db.execute('select fragile(3)').fetchone())
try:
    db.execute('select fragile(0)').fetchone()
except sqlite3.OperationalError as exc:
    print('OperationalError:', exc)

sqlite3.enable_callback_tracebacks(True)
try:
    db.execute('select fragile(0)').fetchone()
except sqlite3.OperationalError as exc:
    print('OperationalError:', exc)
sqlite3.enable_callback_tracebacks(False)


class BadAggregate:
    def __init__(self):
        self.items = []

    def step(self, value):
        self.items.append(value)

    def finalize(self):
        raise KeyError('finalize failed')


db.create_aggregate('bad', 1, BadAggregate)
try:
    db.execute('select bad(name) from t').fetchone()
except sqlite3.OperationalError as exc:
    print('OperationalError:', exc)
db.close()
