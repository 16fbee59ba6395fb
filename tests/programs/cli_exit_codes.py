import sys
print('about to exit')
sys.stdout.flush()
sys.exit('goodbye message')
