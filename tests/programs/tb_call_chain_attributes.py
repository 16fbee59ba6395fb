class Node:
    def __init__(self, child=None):
        self.child = child
    def depth(self):
        return 1 + self.child.depth()

root = Node(Node(Node()))
print(root.child.child.child)
root.depth()
