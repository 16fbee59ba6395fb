class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return f'Node({self.name}, {self.children})'

root = Node('root')
child = Node('child')
root.children.append(child)
print(root)
child.children.append(root)
print(root)
