def helper():
    return undefined_name
class Broken:
    x = 1
    y = helper()
