def unbound_local():
    print(x)
    x = 1
try:
    unbound_local()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def free_var():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
free_var()

def deleted_cell():
    z = 1
    def inner():
        return z
    del z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
deleted_cell()

def del_unbound():
    try:
        del w
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    w = 1
del_unbound()

try:
    undefined_global
except NameError as e:
    print(e, e.name)
try:
    del undefined_global2
except NameError as e:
    print(e)

class C:
    try:
        print(not_here)
    except NameError as e:
        print('class', e)

def cell_unbound():
    try:
        print(q)
    except UnboundLocalError as e:
        print(e)
    q = 1
    return lambda: q
cell_unbound()

def del_global():
    global gone
    gone = 1
    del gone
    try:
        gone
    except NameError as e:
        print(e)
del_global()
import builtins
try:
    len = len
    del len
    del len
except NameError as e:
    print(e)
