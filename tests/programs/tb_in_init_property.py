class Widget:
    def __init__(self, size):
        self.size = size
        self.area = self.compute()
    def compute(self):
        return self.size * self.ratio
    @property
    def ratio(self):
        return {'w': 1}[self.kind]
Widget(3)
