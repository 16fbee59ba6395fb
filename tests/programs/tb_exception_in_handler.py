import json

def load(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        log = None
        log.write(str(e))

load('{not json')
