"""A small program to try Ophis on."""


def greet(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1
        return self


words = "the quick brown fox jumps over the lazy dog the end".split()
counter = Counter()
for word in words:
    counter.add(word)
print(greet("Ophis"))
print(sorted(counter.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
