class ConfigError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f'bad value {text!r}') from e

def load():
    return parse('x1')

load()
