# args: none
import sys
mode = sys.argv[1]
print('mode', mode)
class Custom:
    def __str__(self):
        return 'custom exit object'
if mode == 'none':
    raise SystemExit(Custom())
