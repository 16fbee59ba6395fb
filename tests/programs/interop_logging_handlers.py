import logging
import sys

class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))

log = logging.getLogger('prog')
log.setLevel(logging.DEBUG)
handler = ListHandler()
handler.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(funcName)s:%(lineno)d:%(message)s'))
log.addHandler(handler)

def work():
    log.debug('debug %s', 1)
    log.info('info')
    log.warning('warn %d%%', 50)

work()

class OnlyErrors(logging.Filter):
    def filter(self, record):
        return record.levelno >= logging.ERROR
handler.addFilter(OnlyErrors())
log.info('filtered out')
log.error('kept')

def failing():
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception('division failed')
failing()
for r in handler.records:
    print(r)

stream_handler = logging.StreamHandler(sys.stdout)
stream_handler.setFormatter(logging.Formatter('%(message)s [%(module)s %(filename)s]'))
other = logging.getLogger('other')
other.addHandler(stream_handler)
other.propagate = False
other.warning('to stdout')
class Adapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f'[{self.extra["id"]}] {msg}', kwargs
Adapter(other, {'id': 7}).warning('adapted')
def stack_info():
    other.warning('with stack', stack_info=False)
stack_info()
