import random
import statistics

rng = random.Random(12345)
print([rng.randint(1, 100) for _ in range(5)])
print(rng.choice('abcdef'), rng.sample(range(20), 4))
items = list(range(10))
rng.shuffle(items)
print(items)
print(round(rng.random(), 6), round(rng.uniform(1, 2), 6), round(rng.gauss(0, 1), 6))
class Weighted(random.Random):
    def coin(self):
        return 'heads' if self.random() < 0.5 else 'tails'
w = Weighted(7)
print([w.coin() for _ in range(6)])
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data))
print(statistics.pstdev(data), round(statistics.stdev(data), 6))
print(statistics.quantiles(data, n=4))
print(rng.choices(['a', 'b'], weights=[1, 9], k=5))
random.seed(1)
print(random.randrange(0, 100, 5), random.getrandbits(16))
