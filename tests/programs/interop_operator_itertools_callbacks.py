import operator
import itertools
from functools import reduce

class Employee:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
    def raise_by(self, pct):
        return round(self.salary * (1 + pct / 100))
    def __repr__(self):
        return self.name

staff = [Employee('ann', 'eng', 100), Employee('bob', 'ops', 80),
         Employee('cy', 'eng', 120), Employee('di', 'ops', 90)]
by_dept = operator.attrgetter('dept')
print(sorted(staff, key=operator.attrgetter('dept', 'salary')))
for dept, group in itertools.groupby(sorted(staff, key=by_dept), key=by_dept):
    print(dept, [e.name for e in group])
print(list(map(operator.methodcaller('raise_by', 10), staff)))
print(list(itertools.accumulate(staff, lambda acc, e: acc + e.salary, initial=0)))
print(list(itertools.filterfalse(lambda e: e.salary > 90, staff)))
print(list(itertools.dropwhile(lambda e: e.dept == 'eng', staff)))
print(reduce(lambda a, b: a if a.salary > b.salary else b, staff))
print(max(staff, key=operator.attrgetter('salary')), min(staff, key=lambda e: e.name[-1]))
print(list(itertools.zip_longest('ab', [1], fillvalue='-')))
print(list(itertools.product('ab', repeat=2))[:3], list(itertools.combinations('abc', 2)))
print(list(itertools.permutations([1, 2, 3], 2))[:4])
getter = operator.itemgetter(1, 0)
print(sorted([(1, 'b'), (2, 'a')], key=getter))
print(operator.add(1, 2), operator.concat([1], [2]), operator.contains('abc', 'b'))
class Acc:
    def __init__(self):
        self.total = 0
    def __iadd__(self, other):
        self.total += other
        return self
acc = operator.iadd(Acc(), 5)
print(acc.total, operator.index(7), operator.length_hint(iter(range(4))))
