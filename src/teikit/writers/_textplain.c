/* The text writer's plain-text layout in C: teikit.writers.text.TextWriter.render's plain
 * path (_spaced_plain, then wrap_narrow for every block) in one pass over the blocks.
 *
 * The Python code in teikit/writers/text.py and wrap.py is the specification; this module
 * does what it does for the texts it accepts, and returns None for any other (a character
 * that is not one column wide, white space but spaces and line ends, a prefix of such
 * characters, a line narrower than its prefix), and the Python code then lays the whole
 * document out (tests/test_export_cwalk.py checks the two give the same lines).
 *
 * render_plain(blocks, width) -> list[str] | None
 *   blocks: the writer's TextBlock objects (prefix, indent, parts, kind, tight).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *s_prefix, *s_indent, *s_parts, *s_kind, *s_tight, *s_empty;

typedef struct {
    Py_UCS4 *data;
    Py_ssize_t len, cap;
} Buf;

static int buf_reserve(Buf *b, Py_ssize_t more) {
    if (b->len + more <= b->cap) return 0;
    Py_ssize_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + more) cap *= 2;
    Py_UCS4 *data = PyMem_Realloc(b->data, (size_t)cap * sizeof(Py_UCS4));
    if (!data) { PyErr_NoMemory(); return -1; }
    b->data = data;
    b->cap = cap;
    return 0;
}

/* A character that may stay in a plain text besides the space: an <lb/> (U+0000) and the
 * one-column characters of text.PLAIN_REST / wrap.NARROW_RANGES (no control, no no-break
 * space). */
static inline int plain_char(Py_UCS4 c) {
    return c == 0 || (c >= 0x21 && c <= 0x7e) || (c >= 0xa1 && c <= 0x2ff)
        || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e);
}

/* A line: prefix + text[a:b], as a str of the smallest kind. */
static PyObject *make_line(const Py_UCS4 *prefix, Py_ssize_t plen, const Py_UCS4 *text,
                           Py_ssize_t a, Py_ssize_t b, Buf *scratch) {
    Py_ssize_t n = plen + (b - a);
    Py_UCS4 maxc = 0;
    for (Py_ssize_t i = 0; i < plen; i++) if (prefix[i] > maxc) maxc = prefix[i];
    for (Py_ssize_t i = a; i < b; i++) if (text[i] > maxc) maxc = text[i];
    if (maxc < 128) {
        PyObject *s = PyUnicode_New(n, 127);
        if (!s) return NULL;
        Py_UCS1 *out = PyUnicode_1BYTE_DATA(s);
        for (Py_ssize_t i = 0; i < plen; i++) out[i] = (Py_UCS1)prefix[i];
        for (Py_ssize_t i = a; i < b; i++) out[plen + i - a] = (Py_UCS1)text[i];
        return s;
    }
    scratch->len = 0;
    if (buf_reserve(scratch, n) < 0) return NULL;
    memcpy(scratch->data, prefix, (size_t)plen * sizeof(Py_UCS4));
    memcpy(scratch->data + plen, text + a, (size_t)(b - a) * sizeof(Py_UCS4));
    return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, scratch->data, n);
}

static int add_line(PyObject *lines, const Py_UCS4 *prefix, Py_ssize_t plen,
                    const Py_UCS4 *text, Py_ssize_t a, Py_ssize_t b, Buf *scratch) {
    PyObject *line = make_line(prefix, plen, text, a, b, scratch);
    if (!line) return -1;
    int r = PyList_Append(lines, line);
    Py_DECREF(line);
    return r;
}

static Py_ssize_t rstripped(const Py_UCS4 *s, Py_ssize_t n) {
    while (n > 0 && s[n - 1] == ' ') n--;
    return n;
}

/* text.find(" ", a, b) and text.rfind(" ", a, b) */
static Py_ssize_t find_space(const Py_UCS4 *t, Py_ssize_t a, Py_ssize_t b) {
    for (Py_ssize_t i = a; i < b; i++) if (t[i] == ' ') return i;
    return -1;
}
static Py_ssize_t rfind_space(const Py_UCS4 *t, Py_ssize_t a, Py_ssize_t b) {
    for (Py_ssize_t i = b - 1; i >= a; i--) if (t[i] == ' ') return i;
    return -1;
}

/* wrap.wrap_narrow; 1: done, 0: a case it leaves to Python (the prefix as wide as the
 * line), -1: an error. */
static int wrap_narrow(PyObject *lines, const Py_UCS4 *text, Py_ssize_t n, Py_ssize_t width,
                       const Py_UCS4 *prefix, Py_ssize_t plen, Py_ssize_t indent,
                       const Py_UCS4 *pad, Buf *scratch) {
    Py_ssize_t pstrip = rstripped(prefix, plen);
    if (plen + n <= width) {
        if (n) return add_line(lines, prefix, plen, text, 0, n, scratch) < 0 ? -1 : 1;
        if (pstrip) return add_line(lines, prefix, pstrip, text, 0, 0, scratch) < 0 ? -1 : 1;
        return 1;
    }
    Py_ssize_t room = width - plen;
    if (room <= 0 || width - indent <= 1) return 0;
    Py_ssize_t cut = rfind_space(text, 0, room + 1 < n ? room + 1 : n);
    if (cut <= 0) {
        cut = find_space(text, 0, n);
        if (cut < 0) cut = n;
    }
    Py_ssize_t pos;
    if (cut > room && pstrip) {
        if (add_line(lines, prefix, pstrip, text, 0, 0, scratch) < 0) return -1;
        pos = 0;
    } else {
        if (add_line(lines, prefix, plen, text, 0, cut, scratch) < 0) return -1;
        pos = cut + 1;
    }
    Py_ssize_t avail = width - indent;
    while (pos < n) {
        if (n - pos <= avail)
            return add_line(lines, pad, indent, text, pos, n, scratch) < 0 ? -1 : 1;
        Py_ssize_t end = pos + avail + 1;
        cut = rfind_space(text, pos, end < n ? end : n);
        if (cut <= pos) {
            cut = find_space(text, pos, n);
            if (cut < 0) return add_line(lines, pad, indent, text, pos, n, scratch) < 0 ? -1 : 1;
        }
        if (add_line(lines, pad, indent, text, pos, cut, scratch) < 0) return -1;
        pos = cut + 1;
    }
    return 1;
}

/* One part's characters added to dst (see collapse): printed ASCII first, as most are. */
#define COLLAPSE(T, DATA)                                                              \
    do {                                                                               \
        const T *chars = (DATA);                                                       \
        for (Py_ssize_t i = 0; i < n; i++) {                                           \
            Py_UCS4 c = chars[i];                                                      \
            if (c > 0x20 && c < 0x7f) {                                                \
                skipping = 0;                                                          \
                if (pending) {                                                         \
                    if (dst != out->data) *dst++ = ' ';                                \
                    pending = 0;                                                       \
                }                                                                      \
                *dst++ = c;                                                            \
                continue;                                                              \
            }                                                                          \
            if (skipping && (c == ' ' || c == '\n' || c == '\t' || c == '\r')) continue;   \
            skipping = 0;                                                              \
            if (c == ' ') { pending = 1; continue; }                                   \
            if (c == '\n') { pending = 1; skipping = 1; continue; }                    \
            if (!plain_char(c)) return 0;                                              \
            if (c == 0) *breaks = 1;                                                   \
            if (pending) {                                                             \
                if (dst != out->data) *dst++ = ' ';                                    \
                pending = 0;                                                           \
            }                                                                          \
            *dst++ = c;                                                                \
        }                                                                              \
    } while (0)

/* The block's parts joined and single-spaced into *out* (as _spaced_plain: a line end and
 * the white space after it, and runs of spaces, one space; none at either end); 1: plain,
 * 0: not plain text, -1: an error. *breaks*: it holds an <lb/>. */
static int collapse(PyObject *parts, Buf *out, int *breaks) {
    out->len = 0;
    *breaks = 0;
    if (!PyList_Check(parts)) return 0;
    int pending = 0, skipping = 0;
    Py_ssize_t nparts = PyList_GET_SIZE(parts);
    for (Py_ssize_t k = 0; k < nparts; k++) {
        PyObject *part = PyList_GET_ITEM(parts, k);
        if (!PyUnicode_Check(part)) return 0;
        Py_ssize_t n = PyUnicode_GET_LENGTH(part);
        if (buf_reserve(out, n + 1) < 0) return -1;
        Py_UCS4 *dst = out->data + out->len;
        switch (PyUnicode_KIND(part)) {
        case PyUnicode_1BYTE_KIND:
            COLLAPSE(Py_UCS1, PyUnicode_1BYTE_DATA(part));
            break;
        case PyUnicode_2BYTE_KIND:
            COLLAPSE(Py_UCS2, PyUnicode_2BYTE_DATA(part));
            break;
        default:
            COLLAPSE(Py_UCS4, PyUnicode_4BYTE_DATA(part));
        }
        out->len = dst - out->data;
    }
    return 1;
}

/* A prefix of one-column characters (no white space but spaces) into *out*; 0 if not. */
static int read_prefix(PyObject *prefix, Buf *out) {
    out->len = 0;
    if (!PyUnicode_Check(prefix)) return 0;
    Py_ssize_t n = PyUnicode_GET_LENGTH(prefix);
    if (buf_reserve(out, n) < 0) return -1;
    int kind = PyUnicode_KIND(prefix);
    const void *data = PyUnicode_DATA(prefix);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c != ' ' && (c == 0 || !plain_char(c))) return 0;
        out->data[out->len++] = c;
    }
    return 1;
}

static int attr_is(PyObject *value, const char *what) {
    return PyUnicode_Check(value) && PyUnicode_CompareWithASCIIString(value, what) == 0;
}

/* One block laid out; 1: done, 0: left to Python, -1: an error. */
static int block_lines(PyObject *lines, PyObject *block, Py_ssize_t width, Buf *text,
                       Buf *prefix, Buf *pad, Buf *scratch) {
    PyObject *parts = NULL, *kind = NULL, *pre = NULL, *ind = NULL, *tight = NULL;
    int r = -1, breaks;
    if (!(parts = PyObject_GetAttr(block, s_parts))) goto done;
    if ((r = collapse(parts, text, &breaks)) <= 0) goto done;
    r = -1;
    if (!(kind = PyObject_GetAttr(block, s_kind))) goto done;
    if (attr_is(kind, "rule")) {                        /* lines += ["", parts[0]] */
        if (PyList_GET_SIZE(parts) == 0) { r = 0; goto done; }
        if (PyList_Append(lines, s_empty) < 0) goto done;
        r = PyList_Append(lines, PyList_GET_ITEM(parts, 0)) < 0 ? -1 : 1;
        goto done;
    }
    if (!(pre = PyObject_GetAttr(block, s_prefix))) goto done;
    if ((r = read_prefix(pre, prefix)) <= 0) goto done;
    r = -1;
    if (!(ind = PyObject_GetAttr(block, s_indent))) goto done;
    Py_ssize_t indent = PyLong_AsSsize_t(ind);
    if (indent == -1 && PyErr_Occurred()) goto done;
    if (indent < 0) { r = 0; goto done; }
    pad->len = 0;
    if (buf_reserve(pad, indent) < 0) goto done;
    for (Py_ssize_t i = 0; i < indent; i++) pad->data[pad->len++] = ' ';

    Py_ssize_t n = text->len;
    const Py_UCS4 *t = text->data;
    int blank_prefix = rstripped(prefix->data, prefix->len) == 0;
    if (breaks) {                  /* pieces = [piece.strip() for piece in text.split(LB)] */
        int any = 0;
        for (Py_ssize_t i = 0; i < n; i++) if (t[i] != 0 && t[i] != ' ') { any = 1; break; }
        if (!any && blank_prefix) { r = 1; goto done; }
    } else if (!n && blank_prefix) {
        r = 1;
        goto done;
    }
    if (!(tight = PyObject_GetAttr(block, s_tight))) goto done;
    int is_tight = PyObject_IsTrue(tight);
    if (is_tight < 0) goto done;
    if (PyList_GET_SIZE(lines) && !is_tight && PyList_Append(lines, s_empty) < 0) goto done;
    Py_ssize_t first = PyList_GET_SIZE(lines);
    if (!breaks) {
        if (prefix->len + n <= width && n) {
            if (add_line(lines, prefix->data, prefix->len, t, 0, n, scratch) < 0) goto done;
        } else {
            int w = wrap_narrow(lines, t, n, width, prefix->data, prefix->len, indent,
                                pad->data, scratch);
            if (w <= 0) { r = w; goto done; }
        }
    } else {
        const Py_UCS4 *p = prefix->data;
        Py_ssize_t plen = prefix->len;
        Py_ssize_t start = 0;
        for (Py_ssize_t i = 0; i <= n; i++) {
            if (i < n && t[i] != 0) continue;
            Py_ssize_t a = start, b = i;             /* the piece, stripped of spaces */
            while (a < b && t[a] == ' ') a++;
            while (b > a && t[b - 1] == ' ') b--;
            int w = wrap_narrow(lines, t + a, b - a, width, p, plen, indent, pad->data,
                                scratch);
            if (w <= 0) { r = w; goto done; }
            p = pad->data;
            plen = indent;
            start = i + 1;
        }
    }
    if (attr_is(kind, "head")) {
        Py_ssize_t longest = 0, last = PyList_GET_SIZE(lines);
        if (last == first) { r = 0; goto done; }       /* (max() of nothing: Python's) */
        for (Py_ssize_t k = first; k < last; k++) {
            PyObject *line = PyList_GET_ITEM(lines, k);
            Py_ssize_t len = PyUnicode_GET_LENGTH(line);
            int lk = PyUnicode_KIND(line);
            const void *ld = PyUnicode_DATA(line);
            Py_ssize_t a = 0, b = len;
            while (a < b && PyUnicode_READ(lk, ld, a) == ' ') a++;
            while (b > a && PyUnicode_READ(lk, ld, b - 1) == ' ') b--;
            if (b - a > longest) longest = b - a;
        }
        Py_ssize_t dashes = longest < width - indent ? longest : width - indent;
        if (dashes < 0) dashes = 0;
        PyObject *rule = PyUnicode_New(indent + dashes, 127);
        if (!rule) goto done;
        Py_UCS1 *out = PyUnicode_1BYTE_DATA(rule);
        memset(out, ' ', (size_t)indent);
        memset(out + indent, '-', (size_t)dashes);
        int fail = PyList_Append(lines, rule) < 0;
        Py_DECREF(rule);
        if (fail) goto done;
    }
    r = 1;
done:
    Py_XDECREF(parts);
    Py_XDECREF(kind);
    Py_XDECREF(pre);
    Py_XDECREF(ind);
    Py_XDECREF(tight);
    return r;
}

static PyObject *render_plain(PyObject *self, PyObject *args) {
    PyObject *blocks;
    Py_ssize_t width;
    if (!PyArg_ParseTuple(args, "O!n:render_plain", &PyList_Type, &blocks, &width))
        return NULL;
    PyObject *lines = PyList_New(0);
    if (!lines) return NULL;
    Buf text = {0}, prefix = {0}, pad = {0}, scratch = {0};
    int r = 1;
    Py_ssize_t count = PyList_GET_SIZE(blocks);
    for (Py_ssize_t k = 0; k < count && r > 0; k++) {
        PyObject *block = PyList_GET_ITEM(blocks, k);
        Py_INCREF(block);
        r = block_lines(lines, block, width, &text, &prefix, &pad, &scratch);
        Py_DECREF(block);
    }
    PyMem_Free(text.data);
    PyMem_Free(prefix.data);
    PyMem_Free(pad.data);
    PyMem_Free(scratch.data);
    if (r < 0) {
        Py_DECREF(lines);
        return NULL;
    }
    if (r == 0) {
        Py_DECREF(lines);
        Py_RETURN_NONE;
    }
    return lines;
}

static PyMethodDef methods[] = {
    {"render_plain", render_plain, METH_VARARGS,
     "render_plain(blocks, width) -> list[str] | None: TextWriter.render's plain path."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "teikit.writers._textplain",
    "The text writer's plain-text layout in C (see teikit.writers.text).", -1, methods,
};

PyMODINIT_FUNC PyInit__textplain(void) {
    if (!(s_prefix = PyUnicode_InternFromString("prefix"))) return NULL;
    if (!(s_indent = PyUnicode_InternFromString("indent"))) return NULL;
    if (!(s_parts = PyUnicode_InternFromString("parts"))) return NULL;
    if (!(s_kind = PyUnicode_InternFromString("kind"))) return NULL;
    if (!(s_tight = PyUnicode_InternFromString("tight"))) return NULL;
    if (!(s_empty = PyUnicode_InternFromString(""))) return NULL;
    return PyModule_Create(&module);
}
