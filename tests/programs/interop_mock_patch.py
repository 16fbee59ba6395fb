from unittest import mock
import os

class Service:
    def fetch(self, key):
        raise RuntimeError('network')
    def total(self, keys):
        return sum(self.fetch(k) for k in keys)

svc = Service()
with mock.patch.object(Service, 'fetch', side_effect=lambda k: len(k)) as m:
    print(svc.total(['a', 'bb', 'ccc']), m.call_count)
    print(m.call_args_list)
m = mock.Mock(return_value=42)
print(m(1, x=2), m.called)
m.assert_called_once_with(1, x=2)
try:
    m.assert_called_with(2)
except AssertionError as e:
    print('AssertionError', str(e).splitlines()[0])
def real(a, b):
    return a + b
auto = mock.create_autospec(real, return_value=0)
print(auto(1, 2))
try:
    auto(1, 2, 3)
except TypeError as e:
    print(e)
@mock.patch('os.getcwd', return_value='/patched')
def check(mocked):
    return os.getcwd(), mocked.called
print(check())
mm = mock.MagicMock()
mm.__len__.return_value = 3
mm.method.return_value.chain.return_value = 'deep'
print(len(mm), mm.method().chain(), mm.method.call_count)
sm = mock.Mock(side_effect=[1, 2, StopIteration])
print(sm(), sm())
try:
    sm()
except StopIteration:
    print('side effect raised')
