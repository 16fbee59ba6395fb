/* A C extension module written against the host's C API, nothing Ophis-
   specific: tests/extensions builds it with the host's compiler and imports
   it under Ophis and under python3 (docs/extensions.md).

   It covers what extension authors use most: module functions with the
   usual calling conventions, a new type (methods, members, getset, tp_repr,
   subclassable), exceptions raised from C, calls back into a Python callable
   with PyObject_Call, and pure C work run with the GIL released. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <math.h>
#include <pthread.h>

static PyObject *ExtError;  /* ophisext.Error */

/* ---- module functions ---------------------------------------------- */

static PyObject *
ext_add(PyObject *self, PyObject *args)
{
    long a, b;
    if (!PyArg_ParseTuple(args, "ll:add", &a, &b))
        return NULL;
    return PyLong_FromLong(a + b);
}

static PyObject *
ext_greet(PyObject *self, PyObject *args, PyObject *kwargs)
{
    static char *keywords[] = {"name", "punctuation", NULL};
    const char *name;
    const char *punctuation = "!";
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "s|s:greet", keywords,
                                     &name, &punctuation))
        return NULL;
    return PyUnicode_FromFormat("Hello, %s%s", name, punctuation);
}

/* METH_FASTCALL: sum of any number of numbers, through the number protocol
   so that it works on any object with __add__ (Ophis classes included). */
static PyObject *
ext_total(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *sum = PyLong_FromLong(0);
    for (Py_ssize_t i = 0; sum != NULL && i < nargs; i++) {
        PyObject *next = PyNumber_Add(sum, args[i]);
        Py_DECREF(sum);
        sum = next;
    }
    return sum;
}

static PyObject *
ext_fail(PyObject *self, PyObject *arg)
{
    PyErr_Format(ExtError, "failed on purpose: %R", arg);
    return NULL;
}

static PyObject *
ext_divide(PyObject *self, PyObject *args)
{
    double a, b;
    if (!PyArg_ParseTuple(args, "dd:divide", &a, &b))
        return NULL;
    if (b == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "divide by zero in C");
        return NULL;
    }
    return PyFloat_FromDouble(a / b);
}

/* call(f, *args, **kwargs): f(*args, **kwargs) through PyObject_Call. */
static PyObject *
ext_call(PyObject *self, PyObject *args, PyObject *kwargs)
{
    if (PyTuple_GET_SIZE(args) < 1) {
        PyErr_SetString(PyExc_TypeError, "call() needs a callable");
        return NULL;
    }
    PyObject *func = PyTuple_GET_ITEM(args, 0);
    PyObject *rest = PyTuple_GetSlice(args, 1, PyTuple_GET_SIZE(args));
    if (rest == NULL)
        return NULL;
    PyObject *result = PyObject_Call(func, rest, kwargs);
    Py_DECREF(rest);
    return result;
}

/* fold(f, iterable, start): a left fold calling f(acc, item) from C. */
static PyObject *
ext_fold(PyObject *self, PyObject *args)
{
    PyObject *func, *iterable, *acc;
    if (!PyArg_ParseTuple(args, "OOO:fold", &func, &iterable, &acc))
        return NULL;
    PyObject *it = PyObject_GetIter(iterable);
    if (it == NULL)
        return NULL;
    Py_INCREF(acc);
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        PyObject *next = PyObject_CallFunctionObjArgs(func, acc, item, NULL);
        Py_DECREF(item);
        Py_DECREF(acc);
        if (next == NULL) {
            Py_DECREF(it);
            return NULL;
        }
        acc = next;
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) {
        Py_DECREF(acc);
        return NULL;
    }
    return acc;
}

/* call_method(obj, name, *args): PyObject_CallMethodObjArgs-style call. */
static PyObject *
ext_call_method(PyObject *self, PyObject *args)
{
    if (PyTuple_GET_SIZE(args) < 2) {
        PyErr_SetString(PyExc_TypeError, "call_method(obj, name, *args)");
        return NULL;
    }
    PyObject *method = PyObject_GetAttr(PyTuple_GET_ITEM(args, 0),
                                        PyTuple_GET_ITEM(args, 1));
    if (method == NULL)
        return NULL;
    PyObject *rest = PyTuple_GetSlice(args, 2, PyTuple_GET_SIZE(args));
    if (rest == NULL) {
        Py_DECREF(method);
        return NULL;
    }
    PyObject *result = PyObject_Call(method, rest, NULL);
    Py_DECREF(method);
    Py_DECREF(rest);
    return result;
}

/* spin(n): n rounds of an integer hash, computed with the GIL released so
   that other threads (Ophis threads included) run meanwhile. */
static PyObject *
ext_spin(PyObject *self, PyObject *arg)
{
    unsigned long long n = PyLong_AsUnsignedLongLong(arg);
    if (n == (unsigned long long)-1 && PyErr_Occurred())
        return NULL;
    unsigned long long h = 1469598103934665603ULL;
    Py_BEGIN_ALLOW_THREADS
    for (unsigned long long i = 0; i < n; i++) {
        h ^= i;
        h *= 1099511628211ULL;
    }
    Py_END_ALLOW_THREADS
    return PyLong_FromUnsignedLongLong(h);
}

/* warn(message): a UserWarning issued from C, as PyErr_WarnEx callers
   (NumPy's overflow warnings) do; its location is the caller's. */
static PyObject *
ext_warn(PyObject *self, PyObject *arg)
{
    const char *message = PyUnicode_AsUTF8(arg);
    if (message == NULL)
        return NULL;
    if (PyErr_WarnEx(PyExc_UserWarning, message, 1) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* call_in_c_thread(f, arg): f(arg) called from a thread that C created,
   which takes the GIL with PyGILState_Ensure; the caller waits without
   the GIL.  The result, or the exception f raised, comes back. */
struct c_thread_call {
    PyObject *func;
    PyObject *arg;
    PyObject *result;
    PyObject *exc_type, *exc_value, *exc_tb;
};

static void *
c_thread_main(void *data)
{
    struct c_thread_call *call = data;
    PyGILState_STATE gil = PyGILState_Ensure();
    call->result = PyObject_CallOneArg(call->func, call->arg);
    if (call->result == NULL)
        PyErr_Fetch(&call->exc_type, &call->exc_value, &call->exc_tb);
    PyGILState_Release(gil);
    return NULL;
}

static PyObject *
ext_call_in_c_thread(PyObject *self, PyObject *args)
{
    struct c_thread_call call = {NULL, NULL, NULL, NULL, NULL, NULL};
    if (!PyArg_ParseTuple(args, "OO:call_in_c_thread", &call.func, &call.arg))
        return NULL;
    pthread_t thread;
    int failed;
    Py_BEGIN_ALLOW_THREADS
    failed = pthread_create(&thread, NULL, c_thread_main, &call);
    if (!failed)
        pthread_join(thread, NULL);
    Py_END_ALLOW_THREADS
    if (failed) {
        PyErr_SetString(PyExc_RuntimeError, "pthread_create failed");
        return NULL;
    }
    if (call.result == NULL)
        PyErr_Restore(call.exc_type, call.exc_value, call.exc_tb);
    return call.result;
}

/* is_pyfunction(obj): what C code that tests PyFunction_Check sees. */
static PyObject *
ext_is_pyfunction(PyObject *self, PyObject *arg)
{
    return PyBool_FromLong(PyFunction_Check(arg));
}

/* frame_code(): the code object of PyEval_GetFrame(), the innermost frame
   the host knows of, or None. */
static PyObject *
ext_frame_code(PyObject *self, PyObject *unused)
{
    PyFrameObject *frame = PyEval_GetFrame();
    if (frame == NULL)
        Py_RETURN_NONE;
    return (PyObject *)PyFrame_GetCode(frame);
}

static PyMethodDef ext_functions[] = {
    {"add", ext_add, METH_VARARGS, "add(a, b) -> a + b (C longs)"},
    {"greet", (PyCFunction)(void(*)(void))ext_greet,
     METH_VARARGS | METH_KEYWORDS, "greet(name, punctuation='!')"},
    {"total", (PyCFunction)(void(*)(void))ext_total, METH_FASTCALL,
     "total(*numbers)"},
    {"fail", ext_fail, METH_O, "fail(obj): raise ophisext.Error"},
    {"divide", ext_divide, METH_VARARGS, "divide(a, b)"},
    {"call", (PyCFunction)(void(*)(void))ext_call,
     METH_VARARGS | METH_KEYWORDS, "call(f, *args, **kwargs)"},
    {"fold", ext_fold, METH_VARARGS, "fold(f, iterable, start)"},
    {"call_method", ext_call_method, METH_VARARGS,
     "call_method(obj, name, *args)"},
    {"spin", ext_spin, METH_O, "spin(n): GIL-free integer hashing"},
    {"warn", ext_warn, METH_O, "warn(message): PyErr_WarnEx from C"},
    {"call_in_c_thread", ext_call_in_c_thread, METH_VARARGS,
     "call_in_c_thread(f, arg): f(arg) in a thread made by C"},
    {"is_pyfunction", ext_is_pyfunction, METH_O, "PyFunction_Check(obj)"},
    {"frame_code", ext_frame_code, METH_NOARGS,
     "the code of PyEval_GetFrame()"},
    {NULL, NULL, 0, NULL}
};

/* ---- the Point type ------------------------------------------------ */

typedef struct {
    PyObject_HEAD
    double x;
    double y;
    PyObject *label;
} PointObject;

static int
Point_init(PointObject *self, PyObject *args, PyObject *kwargs)
{
    static char *keywords[] = {"x", "y", "label", NULL};
    PyObject *label = Py_None;
    self->x = self->y = 0.0;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|ddO:Point", keywords,
                                     &self->x, &self->y, &label))
        return -1;
    Py_INCREF(label);
    Py_XSETREF(self->label, label);
    return 0;
}

static int
Point_traverse(PointObject *self, visitproc visit, void *arg)
{
    Py_VISIT(self->label);
    Py_VISIT(Py_TYPE(self));
    return 0;
}

static int
Point_clear(PointObject *self)
{
    Py_CLEAR(self->label);
    return 0;
}

static void
Point_dealloc(PointObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    Point_clear(self);
    tp->tp_free((PyObject *)self);
    Py_DECREF(tp);
}

static PyObject *
Point_repr(PointObject *self)
{
    /* The type's own name, so that subclasses (Ophis classes too) show
       theirs, as built-in types do. */
    PyObject *x = PyFloat_FromDouble(self->x);
    PyObject *y = PyFloat_FromDouble(self->y);
    PyObject *result = NULL;
    if (x != NULL && y != NULL)
        result = PyUnicode_FromFormat("%s(%R, %R, label=%R)",
                                      Py_TYPE(self)->tp_name, x, y,
                                      self->label);
    Py_XDECREF(x);
    Py_XDECREF(y);
    return result;
}

static PyObject *
Point_norm(PointObject *self, PyObject *unused)
{
    return PyFloat_FromDouble(hypot(self->x, self->y));
}

static PyObject *
Point_scaled(PointObject *self, PyObject *arg)
{
    double factor = PyFloat_AsDouble(arg);
    if (factor == -1.0 && PyErr_Occurred())
        return NULL;
    /* Through the type, so that a subclass gets an instance of itself
       (and its __init__ runs, Ophis code included). */
    return PyObject_CallFunction((PyObject *)Py_TYPE(self), "ddO",
                                 self->x * factor, self->y * factor,
                                 self->label);
}

static PyObject *
Point_get_quadrant(PointObject *self, void *closure)
{
    if (self->x == 0.0 || self->y == 0.0)
        Py_RETURN_NONE;
    return PyLong_FromLong(self->x > 0 ? (self->y > 0 ? 1 : 4)
                                       : (self->y > 0 ? 2 : 3));
}

static PyMethodDef Point_methods[] = {
    {"norm", (PyCFunction)Point_norm, METH_NOARGS, "distance from origin"},
    {"scaled", (PyCFunction)Point_scaled, METH_O, "a scaled copy"},
    {NULL, NULL, 0, NULL}
};

static PyMemberDef Point_members[] = {
    {"x", T_DOUBLE, offsetof(PointObject, x), 0, "x coordinate"},
    {"y", T_DOUBLE, offsetof(PointObject, y), 0, "y coordinate"},
    {"label", T_OBJECT, offsetof(PointObject, label), READONLY, "label"},
    {NULL, 0, 0, 0, NULL}
};

static PyGetSetDef Point_getset[] = {
    {"quadrant", (getter)Point_get_quadrant, NULL, "1-4, or None", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyType_Slot Point_slots[] = {
    {Py_tp_doc, "Point(x=0.0, y=0.0, label=None)"},
    {Py_tp_init, Point_init},
    {Py_tp_new, PyType_GenericNew},
    {Py_tp_dealloc, Point_dealloc},
    {Py_tp_traverse, Point_traverse},
    {Py_tp_clear, Point_clear},
    {Py_tp_repr, Point_repr},
    {Py_tp_methods, Point_methods},
    {Py_tp_members, Point_members},
    {Py_tp_getset, Point_getset},
    {0, NULL}
};

static PyType_Spec Point_spec = {
    .name = "ophisext.Point",
    .basicsize = sizeof(PointObject),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .slots = Point_slots,
};

/* ---- the module ---------------------------------------------------- */

static struct PyModuleDef ext_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "ophisext",
    .m_doc = "A test extension module built for Ophis (tests/extensions).",
    .m_size = -1,
    .m_methods = ext_functions,
};

PyMODINIT_FUNC
PyInit_ophisext(void)
{
    PyObject *module = PyModule_Create(&ext_module);
    if (module == NULL)
        return NULL;
    PyObject *point = PyType_FromSpec(&Point_spec);
    if (point == NULL || PyModule_AddObject(module, "Point", point) < 0) {
        Py_XDECREF(point);
        Py_DECREF(module);
        return NULL;
    }
    ExtError = PyErr_NewException("ophisext.Error", PyExc_RuntimeError,
                                  NULL);
    if (ExtError == NULL) {
        Py_DECREF(module);
        return NULL;
    }
    Py_INCREF(ExtError);
    if (PyModule_AddObject(module, "Error", ExtError) < 0) {
        Py_DECREF(ExtError);
        Py_DECREF(module);
        return NULL;
    }
    return module;
}
