//! A Rust extension module written with plain `extern "C"` declarations of
//! the host's C API (no binding crate), built with rustc by tests/extensions.
//! The struct layouts are CPython 3.11's for a release (non-debug) build.

#![allow(non_camel_case_types, non_snake_case, non_upper_case_globals)]

use std::ffi::{c_char, c_double, c_int, c_long, c_void};
use std::ptr::{addr_of_mut, null, null_mut};

type Py_ssize_t = isize;

#[repr(C)]
pub struct PyObject {
    ob_refcnt: Py_ssize_t,
    ob_type: *mut c_void,
}

type PyCFunction = unsafe extern "C" fn(*mut PyObject, *mut PyObject) -> *mut PyObject;

#[repr(C)]
pub struct PyMethodDef {
    ml_name: *const c_char,
    ml_meth: Option<PyCFunction>,
    ml_flags: c_int,
    ml_doc: *const c_char,
}

#[repr(C)]
pub struct PyModuleDef_Base {
    ob_base: PyObject,
    m_init: Option<unsafe extern "C" fn() -> *mut PyObject>,
    m_index: Py_ssize_t,
    m_copy: *mut PyObject,
}

#[repr(C)]
pub struct PyModuleDef {
    m_base: PyModuleDef_Base,
    m_name: *const c_char,
    m_doc: *const c_char,
    m_size: Py_ssize_t,
    m_methods: *mut PyMethodDef,
    m_slots: *mut c_void,
    m_traverse: *mut c_void,
    m_clear: *mut c_void,
    m_free: *mut c_void,
}

const METH_VARARGS: c_int = 0x0001;
const METH_NOARGS: c_int = 0x0004;
const METH_O: c_int = 0x0008;
const PYTHON_API_VERSION: c_int = 1013;

extern "C" {
    static mut PyExc_ValueError: *mut PyObject;
    static mut PyExc_ZeroDivisionError: *mut PyObject;
    static mut _Py_NoneStruct: PyObject;

    fn PyModule_Create2(def: *mut PyModuleDef, apiver: c_int) -> *mut PyObject;
    fn PyArg_ParseTuple(args: *mut PyObject, format: *const c_char, ...) -> c_int;
    fn PyLong_AsLong(obj: *mut PyObject) -> c_long;
    fn PyLong_FromLong(v: c_long) -> *mut PyObject;
    fn PyFloat_AsDouble(obj: *mut PyObject) -> c_double;
    fn PyFloat_FromDouble(v: c_double) -> *mut PyObject;
    fn PyUnicode_AsUTF8AndSize(obj: *mut PyObject, size: *mut Py_ssize_t) -> *const c_char;
    fn PyUnicode_FromStringAndSize(s: *const c_char, size: Py_ssize_t) -> *mut PyObject;
    fn PyErr_SetString(kind: *mut PyObject, message: *const c_char);
    fn PyErr_Occurred() -> *mut PyObject;
    fn PyObject_GetIter(obj: *mut PyObject) -> *mut PyObject;
    fn PyIter_Next(iter: *mut PyObject) -> *mut PyObject;
    fn PyObject_CallFunctionObjArgs(callable: *mut PyObject, ...) -> *mut PyObject;
    fn _Py_Dealloc(obj: *mut PyObject);
}

unsafe fn decref(obj: *mut PyObject) {
    (*obj).ob_refcnt -= 1;
    if (*obj).ob_refcnt == 0 {
        _Py_Dealloc(obj);
    }
}

unsafe fn none() -> *mut PyObject {
    let obj = addr_of_mut!(_Py_NoneStruct);
    (*obj).ob_refcnt += 1;
    obj
}

/// fib(n): the n-th Fibonacci number, computed in Rust.
unsafe extern "C" fn fib(_module: *mut PyObject, arg: *mut PyObject) -> *mut PyObject {
    let n = PyLong_AsLong(arg);
    if n == -1 && !PyErr_Occurred().is_null() {
        return null_mut();
    }
    if n < 0 || n > 90 {
        PyErr_SetString(PyExc_ValueError, c"fib() needs 0 <= n <= 90".as_ptr());
        return null_mut();
    }
    let (mut a, mut b) = (0i64, 1i64);
    for _ in 0..n {
        let next = a + b;
        a = b;
        b = next;
    }
    PyLong_FromLong(a as c_long)
}

/// reverse(s): the string's characters in reverse order.
unsafe extern "C" fn reverse(_module: *mut PyObject, arg: *mut PyObject) -> *mut PyObject {
    let mut size: Py_ssize_t = 0;
    let data = PyUnicode_AsUTF8AndSize(arg, &mut size);
    if data.is_null() {
        return null_mut();
    }
    let bytes = std::slice::from_raw_parts(data as *const u8, size as usize);
    let text = std::str::from_utf8_unchecked(bytes);
    let reversed: String = text.chars().rev().collect();
    PyUnicode_FromStringAndSize(reversed.as_ptr() as *const c_char,
                                reversed.len() as Py_ssize_t)
}

/// checked_div(a, b): integer division; ZeroDivisionError from Rust.
unsafe extern "C" fn checked_div(_module: *mut PyObject, args: *mut PyObject) -> *mut PyObject {
    let mut a: c_long = 0;
    let mut b: c_long = 0;
    if PyArg_ParseTuple(args, c"ll:checked_div".as_ptr(), &mut a as *mut c_long,
                        &mut b as *mut c_long) == 0 {
        return null_mut();
    }
    match a.checked_div(b) {
        Some(q) => PyLong_FromLong(q),
        None => {
            PyErr_SetString(PyExc_ZeroDivisionError, c"checked_div by zero".as_ptr());
            null_mut()
        }
    }
}

/// sum_with(f, iterable): the sum of f(x) as floats, f called from Rust.
unsafe extern "C" fn sum_with(_module: *mut PyObject, args: *mut PyObject) -> *mut PyObject {
    let mut func: *mut PyObject = null_mut();
    let mut iterable: *mut PyObject = null_mut();
    if PyArg_ParseTuple(args, c"OO:sum_with".as_ptr(), &mut func as *mut *mut PyObject,
                        &mut iterable as *mut *mut PyObject) == 0 {
        return null_mut();
    }
    let iter = PyObject_GetIter(iterable);
    if iter.is_null() {
        return null_mut();
    }
    let mut total = 0.0;
    loop {
        let item = PyIter_Next(iter);
        if item.is_null() {
            break;
        }
        let result = PyObject_CallFunctionObjArgs(func, item, null::<PyObject>());
        decref(item);
        if result.is_null() {
            decref(iter);
            return null_mut();
        }
        let value = PyFloat_AsDouble(result);
        decref(result);
        if value == -1.0 && !PyErr_Occurred().is_null() {
            decref(iter);
            return null_mut();
        }
        total += value;
    }
    decref(iter);
    if !PyErr_Occurred().is_null() {
        return null_mut();
    }
    PyFloat_FromDouble(total)
}

/// nothing(): returns None.
unsafe extern "C" fn nothing(_module: *mut PyObject, _unused: *mut PyObject) -> *mut PyObject {
    none()
}

static mut METHODS: [PyMethodDef; 6] = [
    PyMethodDef { ml_name: c"fib".as_ptr(), ml_meth: Some(fib), ml_flags: METH_O,
                  ml_doc: c"fib(n)".as_ptr() },
    PyMethodDef { ml_name: c"reverse".as_ptr(), ml_meth: Some(reverse), ml_flags: METH_O,
                  ml_doc: c"reverse(s)".as_ptr() },
    PyMethodDef { ml_name: c"checked_div".as_ptr(), ml_meth: Some(checked_div),
                  ml_flags: METH_VARARGS, ml_doc: c"checked_div(a, b)".as_ptr() },
    PyMethodDef { ml_name: c"sum_with".as_ptr(), ml_meth: Some(sum_with),
                  ml_flags: METH_VARARGS, ml_doc: c"sum_with(f, iterable)".as_ptr() },
    PyMethodDef { ml_name: c"nothing".as_ptr(), ml_meth: Some(nothing),
                  ml_flags: METH_NOARGS, ml_doc: c"nothing()".as_ptr() },
    PyMethodDef { ml_name: null(), ml_meth: None, ml_flags: 0, ml_doc: null() },
];

static mut MODULE: PyModuleDef = PyModuleDef {
    m_base: PyModuleDef_Base {
        ob_base: PyObject { ob_refcnt: 1, ob_type: null_mut() },
        m_init: None,
        m_index: 0,
        m_copy: null_mut(),
    },
    m_name: c"ophisext_rs".as_ptr(),
    m_doc: c"A Rust test extension module built for Ophis (tests/extensions).".as_ptr(),
    m_size: -1,
    m_methods: null_mut(),
    m_slots: null_mut(),
    m_traverse: null_mut(),
    m_clear: null_mut(),
    m_free: null_mut(),
};

#[no_mangle]
pub unsafe extern "C" fn PyInit_ophisext_rs() -> *mut PyObject {
    let module = addr_of_mut!(MODULE);
    (*module).m_methods = addr_of_mut!(METHODS) as *mut PyMethodDef;
    PyModule_Create2(module, PYTHON_API_VERSION)
}
