import sqlite3

conn = sqlite3.connect(':memory:')
conn.execute('create table people (name text, age integer)')
conn.executemany('insert into people values (?, ?)',
                 [('ann', 31), ('bob', 25), ('cy', 40)])

def initials(name):
    return name[0].upper() + '.'
conn.create_function('initials', 1, initials)

class Median:
    def __init__(self):
        self.values = []
    def step(self, value):
        self.values.append(value)
    def finalize(self):
        v = sorted(self.values)
        return v[len(v) // 2]
conn.create_aggregate('median', 1, Median)

def collate_reverse(a, b):
    return (a < b) - (a > b)
conn.create_collation('reverse', collate_reverse)

print(conn.execute('select initials(name) from people order by name').fetchall())
print(conn.execute('select median(age) from people').fetchone())
print(conn.execute('select name from people order by name collate reverse').fetchall())
class Row:
    def __init__(self, cursor, row):
        self.data = dict(zip([c[0] for c in cursor.description], row))
    def __repr__(self):
        return f'Row({self.data})'
conn.row_factory = Row
print(conn.execute('select * from people where age > ?', (30,)).fetchall())
conn.row_factory = None
def failing(x):
    raise ValueError('boom in udf')
conn.create_function('failing', 1, failing)
try:
    conn.execute('select failing(1)').fetchall()
except sqlite3.OperationalError as e:
    print('OperationalError', e)
def progress():
    return 0
conn.set_progress_handler(progress, 1)
print(conn.execute('select count(*) from people').fetchone())
conn.close()
