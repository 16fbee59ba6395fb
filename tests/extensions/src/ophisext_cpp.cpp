// A C++ extension module against the host's C API (tests/extensions):
// standard containers, RAII references, C++ exceptions turned into Python
// ones at the boundary, and a callback into a Python callable.

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <cmath>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

// An owned reference, released when it goes out of scope.
class Ref {
public:
    explicit Ref(PyObject *object = nullptr) : object_(object) {}
    ~Ref() { Py_XDECREF(object_); }
    Ref(const Ref &) = delete;
    Ref &operator=(const Ref &) = delete;
    PyObject *get() const { return object_; }
    PyObject *release() { PyObject *o = object_; object_ = nullptr; return o; }
    explicit operator bool() const { return object_ != nullptr; }
private:
    PyObject *object_;
};

// Python raised: the error is already set.
struct PythonError {};

// Runs body, translating C++ exceptions into Python exceptions.
template <typename Body>
PyObject *guarded(Body body)
{
    try {
        return body();
    } catch (const PythonError &) {
        return nullptr;
    } catch (const std::domain_error &e) {
        PyErr_SetString(PyExc_ValueError, e.what());
    } catch (const std::out_of_range &e) {
        PyErr_SetString(PyExc_IndexError, e.what());
    } catch (const std::exception &e) {
        PyErr_SetString(PyExc_RuntimeError, e.what());
    }
    return nullptr;
}

std::vector<long long> to_longs(PyObject *iterable)
{
    Ref it(PyObject_GetIter(iterable));
    if (!it)
        throw PythonError();
    std::vector<long long> values;
    while (PyObject *raw = PyIter_Next(it.get())) {
        Ref item(raw);
        long long value = PyLong_AsLongLong(item.get());
        if (value == -1 && PyErr_Occurred())
            throw PythonError();
        values.push_back(value);
    }
    if (PyErr_Occurred())
        throw PythonError();
    return values;
}

PyObject *unique_sorted(PyObject *, PyObject *arg)
{
    return guarded([&]() -> PyObject * {
        std::vector<long long> values = to_longs(arg);
        std::set<long long> unique(values.begin(), values.end());
        Ref list(PyList_New(0));
        if (!list)
            throw PythonError();
        for (long long v : unique) {
            Ref item(PyLong_FromLongLong(v));
            if (!item || PyList_Append(list.get(), item.get()) < 0)
                throw PythonError();
        }
        return list.release();
    });
}

PyObject *word_counts(PyObject *, PyObject *arg)
{
    return guarded([&]() -> PyObject * {
        const char *text = PyUnicode_AsUTF8(arg);
        if (text == nullptr)
            throw PythonError();
        std::istringstream words(text);
        std::map<std::string, long> counts;
        std::string word;
        while (words >> word)
            ++counts[word];
        Ref dict(PyDict_New());
        if (!dict)
            throw PythonError();
        for (const auto &entry : counts) {
            Ref count(PyLong_FromLong(entry.second));
            if (!count || PyDict_SetItemString(dict.get(), entry.first.c_str(),
                                               count.get()) < 0)
                throw PythonError();
        }
        return dict.release();
    });
}

PyObject *checked_sqrt(PyObject *, PyObject *arg)
{
    return guarded([&]() -> PyObject * {
        double x = PyFloat_AsDouble(arg);
        if (x == -1.0 && PyErr_Occurred())
            throw PythonError();
        if (x < 0)
            throw std::domain_error("checked_sqrt of a negative number");
        return PyFloat_FromDouble(std::sqrt(x));
    });
}

PyObject *nth(PyObject *, PyObject *args)
{
    return guarded([&]() -> PyObject * {
        PyObject *iterable;
        Py_ssize_t index;
        if (!PyArg_ParseTuple(args, "On:nth", &iterable, &index))
            throw PythonError();
        std::vector<long long> values = to_longs(iterable);
        // vector::at throws std::out_of_range, reported as IndexError.
        return PyLong_FromLongLong(values.at(static_cast<size_t>(index)));
    });
}

// map_each(f, iterable): [f(x) for x in iterable], the calls made from C++.
PyObject *map_each(PyObject *, PyObject *args)
{
    return guarded([&]() -> PyObject * {
        PyObject *func, *iterable;
        if (!PyArg_ParseTuple(args, "OO:map_each", &func, &iterable))
            throw PythonError();
        Ref it(PyObject_GetIter(iterable));
        if (!it)
            throw PythonError();
        Ref list(PyList_New(0));
        if (!list)
            throw PythonError();
        while (PyObject *raw = PyIter_Next(it.get())) {
            Ref item(raw);
            Ref result(PyObject_CallOneArg(func, item.get()));
            if (!result || PyList_Append(list.get(), result.get()) < 0)
                throw PythonError();
        }
        if (PyErr_Occurred())
            throw PythonError();
        return list.release();
    });
}

PyMethodDef functions[] = {
    {"unique_sorted", unique_sorted, METH_O, "sorted distinct integers"},
    {"word_counts", word_counts, METH_O, "{word: count} (std::map)"},
    {"checked_sqrt", checked_sqrt, METH_O, "sqrt; ValueError if negative"},
    {"nth", nth, METH_VARARGS, "nth(iterable, i); IndexError if out of range"},
    {"map_each", map_each, METH_VARARGS, "map_each(f, iterable) -> list"},
    {nullptr, nullptr, 0, nullptr}
};

PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT,
    "ophisext_cpp",
    "A C++ test extension module built for Ophis (tests/extensions).",
    -1,
    functions,
    nullptr, nullptr, nullptr, nullptr
};

}  // namespace

PyMODINIT_FUNC PyInit_ophisext_cpp()
{
    return PyModule_Create(&module_def);
}
