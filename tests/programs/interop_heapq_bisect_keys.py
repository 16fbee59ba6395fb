import bisect
import heapq
import operator

class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return f'{self.name}:{self.prio}'

heap = []
for p, n in [(3, 'c'), (1, 'a'), (2, 'b'), (0, 'z')]:
    heapq.heappush(heap, Task(p, n))
print([heapq.heappop(heap) for _ in range(len(heap))])
print(heapq.nsmallest(2, [5, 1, 4], key=lambda x: -x))
print(heapq.nlargest(2, ['aa', 'b', 'cccc'], key=len))
print(list(heapq.merge([1, 4], [2, 3], key=lambda x: x)))
data = [1, 3, 5, 7]
print(bisect.bisect_left(data, 4), bisect.bisect_right(data, 5))
bisect.insort(data, 4)
print(data)
records = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect(records, 3, key=lambda r: r[1]))
print(sorted(records, key=operator.itemgetter(1), reverse=True))
print(max(records, key=lambda r: r[1]), min(records, key=lambda r: -r[1]))
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v > o.v
print([r.v for r in sorted([Rev(1), Rev(3), Rev(2)])])
try:
    sorted([1, 'a'])
except TypeError as e:
    print(e)
try:
    sorted([3, 1], key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print('key raised', e)
print(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
lst = [3, 1, 2]
lst.sort(key=lambda x: x % 3)
print(lst)
