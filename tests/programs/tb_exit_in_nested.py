import sys
def level2():
    try:
        sys.exit(3)
    finally:
        print('level2 finally')
def level1():
    try:
        level2()
    except SystemExit as e:
        print('saw SystemExit', e.code)
        raise
    finally:
        print('level1 finally')
level1()
print('not reached')
