class Repository:
    def __init__(self):
        self.rows = {1: {'name': 'a'}}

    def find(self, key):
        return self.rows[key]

class Service:
    def __init__(self, repo):
        self.repo = repo

    @classmethod
    def create(cls):
        return cls(Repository())

    def display_name(self, key):
        return self.repo.find(key)['name'].title()

    @staticmethod
    def format(value):
        return value.upper()

svc = Service.create()
print(svc.display_name(1))
print(Service.format(svc.display_name(2)))
