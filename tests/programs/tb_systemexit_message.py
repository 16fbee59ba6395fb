import sys
print('about to exit')
sys.stdout.flush()
def leave():
    sys.exit('fatal: configuration missing')
leave()
