import heapq
from functools import lru_cache

GRAPH = {
    'A': {'B': 7, 'C': 9, 'F': 14},
    'B': {'A': 7, 'C': 10, 'D': 15},
    'C': {'A': 9, 'B': 10, 'D': 11, 'F': 2},
    'D': {'B': 15, 'C': 11, 'E': 6},
    'E': {'D': 6, 'F': 9},
    'F': {'A': 14, 'C': 2, 'E': 9},
}

def dijkstra(graph, start):
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist[node]:
            continue
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float('inf')):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev

def path(prev, target):
    while target in prev:
        yield target
        target = prev[target]
    yield target

dist, prev = dijkstra(GRAPH, 'A')
print(sorted(dist.items()))
print(list(reversed(list(path(prev, 'E')))))

def floyd(graph):
    nodes = sorted(graph)
    inf = float('inf')
    d = {(a, b): 0 if a == b else graph[a].get(b, inf) for a in nodes for b in nodes}
    for k in nodes:
        for i in nodes:
            for j in nodes:
                if d[i, k] + d[k, j] < d[i, j]:
                    d[i, j] = d[i, k] + d[k, j]
    return d
fw = floyd(GRAPH)
print(fw['A', 'E'], fw['B', 'F'], all(fw[a, b] == dijkstra(GRAPH, a)[0][b] for a in GRAPH for b in GRAPH))

items = [(60, 10), (100, 20), (120, 30), (30, 5)]
@lru_cache(maxsize=None)
def best(i, capacity):
    if i == len(items):
        return 0
    value, weight = items[i]
    skip = best(i + 1, capacity)
    if weight > capacity:
        return skip
    return max(skip, value + best(i + 1, capacity - weight))
print(best(0, 50), best.cache_info().hits > 0)

def bfs_levels(graph, start):
    seen = {start}
    frontier = [start]
    level = 0
    while frontier:
        yield level, sorted(frontier)
        nxt = []
        for n in frontier:
            for m in graph[n]:
                if m not in seen:
                    seen.add(m)
                    nxt.append(m)
        frontier = nxt
        level += 1
print(list(bfs_levels(GRAPH, 'E')))
