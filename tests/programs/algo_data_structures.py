class Node:
    __slots__ = ('val', 'next')
    def __init__(self, val, next=None):
        self.val, self.next = val, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        for item in reversed(list(items)):
            self.head = Node(item, self.head)
    def __iter__(self):
        node = self.head
        while node:
            yield node.val
            node = node.next
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
        return self
ll = LinkedList([1, 2, 3, 4])
print(list(ll), list(ll.reverse()))
class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        def _ins(node):
            if node is None:
                return [k, None, None]
            if k < node[0]:
                node[1] = _ins(node[1])
            else:
                node[2] = _ins(node[2])
            return node
        self.root = _ins(self.root)
    def inorder(self):
        def _walk(node):
            if node:
                yield from _walk(node[1])
                yield node[0]
                yield from _walk(node[2])
        return list(_walk(self.root))
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80]:
    t.insert(k)
print(t.inorder())
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s.peek(), s.pop(), s)
class LRU:
    def __init__(self, cap):
        from collections import OrderedDict
        self.cap, self.d = cap, OrderedDict()
    def get(self, k):
        if k in self.d:
            self.d.move_to_end(k)
            return self.d[k]
    def put(self, k, v):
        self.d[k] = v
        self.d.move_to_end(k)
        if len(self.d) > self.cap:
            self.d.popitem(last=False)
c = LRU(2)
c.put('a', 1); c.put('b', 2); c.get('a'); c.put('c', 3)
print(list(c.d))
