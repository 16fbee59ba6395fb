class Calculator:
    def divide(self, a, b):
        return a / b
    def run(self, pairs):
        return list(map(lambda p: self.divide(*p), pairs))

Calculator().run([(4, 2), (1, 0)])
