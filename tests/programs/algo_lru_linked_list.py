class Node:
    __slots__ = ('key', 'value', 'prev', 'next')
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next, self.tail.prev = self.tail, self.head

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            return default
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        if key in self.map:
            node = self.map[key]
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                old = self.tail.prev
                self._unlink(old)
                del self.map[old.key]
                print('evict', old.key)
            node = self.map[key] = Node(key, value)
        self._push_front(node)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key, node.value
            node = node.next

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def __repr__(self):
        return 'LRU(' + ', '.join(f'{k}={v}' for k, v in self) + ')'

cache = LRU(3)
for k in 'abc':
    cache.put(k, ord(k))
print(cache)
cache.get('a')
cache.put('d', 100)
print(cache, len(cache), 'b' in cache)
cache.put('c', 0)
print(list(cache), cache.get('zz', 'missing'))
for i in range(5):
    cache.put(i, i * i)
print(cache)
