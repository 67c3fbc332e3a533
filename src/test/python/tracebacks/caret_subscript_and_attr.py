class Node:
    def __init__(self, child=None):
        self.child = child


root = Node(Node(Node()))
print(root.child.child.child)
print(root.child.child.child.child)
