class Account:
    def __init__(self, balance):
        self._balance = balance
    @property
    def ratio(self):
        return 100 / self._balance

acct = Account(0)
print(f'ratio: {acct.ratio}')
