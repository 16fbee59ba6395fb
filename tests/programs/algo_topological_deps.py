from collections import defaultdict, deque

class CycleError(Exception):
    def __init__(self, nodes):
        super().__init__(f'cycle among {sorted(nodes)}')
        self.nodes = nodes

def toposort(graph):
    indegree = defaultdict(int)
    for node, deps in graph.items():
        indegree.setdefault(node, 0)
        for d in deps:
            indegree[node] += 1
            indegree.setdefault(d, 0)
    users = defaultdict(list)
    for node, deps in graph.items():
        for d in deps:
            users[d].append(node)
    ready = deque(sorted(n for n, k in indegree.items() if k == 0))
    order = []
    while ready:
        n = ready.popleft()
        order.append(n)
        for u in sorted(users[n]):
            indegree[u] -= 1
            if indegree[u] == 0:
                ready.append(u)
    if len(order) != len(indegree):
        raise CycleError({n for n, k in indegree.items() if k})
    return order

def dfs_order(graph):
    seen, out = set(), []
    def visit(n, path=()):
        if n in path:
            raise CycleError(set(path[path.index(n):]))
        if n in seen:
            return
        for d in sorted(graph.get(n, ())):
            visit(d, path + (n,))
        seen.add(n)
        out.append(n)
    for n in sorted(graph):
        visit(n)
    return out

build = {'app': ['lib', 'utils'], 'lib': ['core'], 'utils': ['core'],
         'core': [], 'tests': ['app']}
print(toposort(build))
print(dfs_order(build))
cyclic = {'a': ['b'], 'b': ['c'], 'c': ['a'], 'd': []}
for fn in (toposort, dfs_order):
    try:
        fn(cyclic)
    except CycleError as e:
        print(fn.__name__, e, type(e.nodes).__name__)
import graphlib
ts = graphlib.TopologicalSorter(build)
print(list(ts.static_order()))
