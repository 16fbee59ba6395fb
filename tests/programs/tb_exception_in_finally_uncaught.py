def cleanup(resource):
    print('cleaning', resource['name'])
    resource['handle'].close()

def process():
    resource = {'name': 'db', 'handle': None}
    try:
        raise ConnectionError('lost connection')
    finally:
        cleanup(resource)

process()
