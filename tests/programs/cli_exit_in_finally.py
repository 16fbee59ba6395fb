import sys
def main():
    try:
        print('working')
        sys.exit(3)
    finally:
        print('cleanup runs before exit')
try:
    main()
except SystemExit as e:
    print('caught exit', e.code)
    try:
        raise SystemExit
    except SystemExit as e2:
        print('bare', e2.code)
import atexit
atexit.register(print, 'atexit handler')
sys.exit(False)
