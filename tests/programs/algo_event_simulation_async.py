import asyncio

class Bank:
    def __init__(self):
        self.accounts = {}
        self.lock = asyncio.Lock()
        self.journal = []

    async def open(self, name, amount):
        async with self.lock:
            self.accounts[name] = amount

    async def transfer(self, src, dst, amount):
        async with self.lock:
            if self.accounts.get(src, 0) < amount:
                raise ValueError(f'insufficient funds in {src}')
            await asyncio.sleep(0)
            self.accounts[src] -= amount
            self.accounts[dst] = self.accounts.get(dst, 0) + amount
            self.journal.append((src, dst, amount))

async def client(bank, name, transfers):
    done = 0
    for dst, amount in transfers:
        try:
            await bank.transfer(name, dst, amount)
            done += 1
        except ValueError as e:
            print('rejected:', e)
    return name, done

async def main():
    bank = Bank()
    await asyncio.gather(bank.open('ann', 100), bank.open('bob', 50),
                         bank.open('cy', 0))
    results = await asyncio.gather(
        client(bank, 'ann', [('bob', 30), ('cy', 80), ('cy', 10)]),
        client(bank, 'bob', [('cy', 70), ('ann', 5)]),
        client(bank, 'cy', [('ann', 1000)]),
    )
    print(results)
    print(sorted(bank.accounts.items()), sum(bank.accounts.values()))
    print(len(bank.journal))
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(client(bank, 'cy', [('ann', 5)]))
        t2 = tg.create_task(client(bank, 'ann', [('bob', 1)]))
    print(t1.result(), t2.result(), sorted(bank.accounts.items()))

asyncio.run(main())
