import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format='%(levelname)s %(name)s %(funcName)s:%(lineno)d %(message)s')
log = logging.getLogger('demo')

def work(x):
    log.debug('working on %s', x)
    if x > 1:
        log.warning('big value %d', x)
    return x * 2

work(1)
work(5)

class Service:
    def run(self):
        log.info('service running')
        try:
            1 / 0
        except ZeroDivisionError:
            log.exception('failed')

Service().run()
logging.getLogger().info('root message')
child = logging.getLogger('demo.child')
child.error('from child')
logger = logging.LoggerAdapter(log, {'extra_key': 1})
logger.info('adapted')
