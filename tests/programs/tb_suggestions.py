class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3

cfg = Config()
try:
    cfg.timout
except AttributeError as exc:
    import traceback
    traceback.print_exc()
value_total = 5
print(value_totl)
