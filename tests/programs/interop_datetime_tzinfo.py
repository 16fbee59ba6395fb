import datetime as dt

class FixedOffset(dt.tzinfo):
    def __init__(self, hours, name):
        self.offset = dt.timedelta(hours=hours)
        self.name = name
    def utcoffset(self, when):
        return self.offset
    def tzname(self, when):
        return self.name
    def dst(self, when):
        return dt.timedelta(0)
    def __repr__(self):
        return f'FixedOffset({self.name})'

paris = FixedOffset(1, 'CET')
tokyo = FixedOffset(9, 'JST')
t = dt.datetime(2024, 3, 1, 12, 30, tzinfo=paris)
print(t, t.tzname(), t.utcoffset(), t.isoformat())
print(t.astimezone(tokyo), t.astimezone(dt.timezone.utc))
print(t.strftime('%Y-%m-%d %H:%M %Z %z'))
class BadTz(dt.tzinfo):
    def utcoffset(self, when):
        return 5
try:
    dt.datetime(2024, 1, 1, tzinfo=BadTz()).utcoffset()
except TypeError as e:
    print(e)
class HugeTz(dt.tzinfo):
    def utcoffset(self, when):
        return dt.timedelta(hours=30)
try:
    dt.datetime(2024, 1, 1, tzinfo=HugeTz()).utcoffset()
except ValueError as e:
    print(e)
class MyDate(dt.date):
    def describe(self):
        return f'{self:%A}'
d = MyDate(2024, 2, 29)
print(d.describe(), type(d + dt.timedelta(days=1)).__name__, d.replace(day=1))
class MyDelta(dt.timedelta):
    pass
print(type(MyDelta(days=1) * 2).__name__)
print(sorted([t, t.replace(hour=1), t.astimezone(tokyo)]))
