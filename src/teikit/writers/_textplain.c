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
 *
 * Hostile input is normal (the parts and labels come from any TEI; the function is
 * private but takes any objects): no width, indent or length is added to another where
 * the sum could pass Py_ssize_t, no buffer is sized by the indent, and a block whose
 * attributes are not of the types a TextBlock holds (exact list, str, int; tight a bool)
 * is left to Python, as is a negative width and a list changed while it is read
 * (tests/test_export_cfuzz.py: a test a defect, and a property of hostile blocks).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *s_prefix, *s_indent, *s_parts, *s_kind, *s_tight, *s_empty;

/* The block's text, collapsed, and its prefix: one code point an element. */
typedef struct {
    Py_UCS4 *data;
    Py_ssize_t len, cap;
} Buf;

#define BUF_MAX (PY_SSIZE_T_MAX / (Py_ssize_t)sizeof(Py_UCS4))

static int buf_reserve(Buf *b, Py_ssize_t more) {
    if (more > BUF_MAX - b->len) { PyErr_NoMemory(); return -1; }   /* (no overflow) */
    Py_ssize_t need = b->len + more;
    if (need <= b->cap) return 0;
    Py_ssize_t cap = b->cap ? b->cap : 256;
    while (cap < need) cap = cap > BUF_MAX / 2 ? need : cap * 2;
    Py_UCS4 *data = PyMem_Realloc(b->data, (size_t)cap * sizeof(Py_UCS4));
    if (!data) { PyErr_NoMemory(); return -1; }
    b->data = data;
    b->cap = cap;
    return 0;
}

/* A character that may stay in a plain text besides the space: an <lb/> (U+0000) and the
 * one-column characters of text.PLAIN_REST / wrap.NARROW_RANGES (no control, no no-break
 * space). All below U+FFFF: a line is a str of one or two bytes a character. */
static inline int plain_char(Py_UCS4 c) {
    return c == 0 || (c >= 0x21 && c <= 0x7e) || (c >= 0xa1 && c <= 0x2ff)
        || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e);
}

/* A line: prefix + text[a:b], as a str of the smallest kind, written in place. A NULL
 * *prefix* is *plen* spaces (the indentation: never held as a buffer, so an indent as
 * large as the caller likes costs nothing until a line holds it, as in Python). */
static PyObject *make_line(const Py_UCS4 *prefix, Py_ssize_t plen, const Py_UCS4 *text,
                           Py_ssize_t a, Py_ssize_t b) {
    if (b - a > PY_SSIZE_T_MAX - plen) return PyErr_NoMemory();
    Py_ssize_t n = plen + (b - a);
    Py_UCS4 maxc = plen ? ' ' : 0;
    if (prefix)
        for (Py_ssize_t i = 0; i < plen; i++) if (prefix[i] > maxc) maxc = prefix[i];
    for (Py_ssize_t i = a; i < b; i++) if (text[i] > maxc) maxc = text[i];
    PyObject *s = PyUnicode_New(n, maxc);
    if (!s) return NULL;
    if (maxc < 256) {
        Py_UCS1 *out = PyUnicode_1BYTE_DATA(s);
        if (!prefix) memset(out, ' ', (size_t)plen);
        else for (Py_ssize_t i = 0; i < plen; i++) out[i] = (Py_UCS1)prefix[i];
        out += plen;
        for (Py_ssize_t i = a; i < b; i++) *out++ = (Py_UCS1)text[i];
    } else if (maxc < 0x10000) {
        Py_UCS2 *out = PyUnicode_2BYTE_DATA(s);
        for (Py_ssize_t i = 0; i < plen; i++) out[i] = prefix ? (Py_UCS2)prefix[i] : ' ';
        out += plen;
        for (Py_ssize_t i = a; i < b; i++) *out++ = (Py_UCS2)text[i];
    } else {                                    /* (no plain character is: kept general) */
        Py_UCS4 *out = PyUnicode_4BYTE_DATA(s);
        for (Py_ssize_t i = 0; i < plen; i++) out[i] = prefix ? prefix[i] : ' ';
        out += plen;
        for (Py_ssize_t i = a; i < b; i++) *out++ = text[i];
    }
    return s;
}

static int add_line(PyObject *lines, const Py_UCS4 *prefix, Py_ssize_t plen,
                    const Py_UCS4 *text, Py_ssize_t a, Py_ssize_t b) {
    PyObject *line = make_line(prefix, plen, text, a, b);
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
 * line), -1: an error. A NULL *prefix* is *plen* spaces. 0 <= width, 0 <= indent, and
 * every sum below stays within Py_ssize_t (no length is compared by adding to it). */
static int wrap_narrow(PyObject *lines, const Py_UCS4 *text, Py_ssize_t n, Py_ssize_t width,
                       const Py_UCS4 *prefix, Py_ssize_t plen, Py_ssize_t indent) {
    Py_ssize_t pstrip = prefix ? rstripped(prefix, plen) : 0;
    if (plen <= width && n <= width - plen) {
        if (n) return add_line(lines, prefix, plen, text, 0, n) < 0 ? -1 : 1;
        if (pstrip) return add_line(lines, prefix, pstrip, text, 0, 0) < 0 ? -1 : 1;
        return 1;
    }
    Py_ssize_t room = width - plen;
    if (room <= 0 || indent >= width - 1) return 0;
    Py_ssize_t cut = rfind_space(text, 0, room < n - 1 ? room + 1 : n);
    if (cut <= 0) {
        cut = find_space(text, 0, n);
        if (cut < 0) cut = n;
    }
    Py_ssize_t pos;
    if (cut > room && pstrip) {
        if (add_line(lines, prefix, pstrip, text, 0, 0) < 0) return -1;
        pos = 0;
    } else {
        if (add_line(lines, prefix, plen, text, 0, cut) < 0) return -1;
        pos = cut + 1;
    }
    Py_ssize_t avail = width - indent;
    while (pos < n) {
        if (n - pos <= avail)
            return add_line(lines, NULL, indent, text, pos, n) < 0 ? -1 : 1;
        Py_ssize_t end = pos + avail + 1;             /* (n - pos > avail: end <= n) */
        cut = rfind_space(text, pos, end);
        if (cut <= pos) {
            cut = find_space(text, pos, n);
            if (cut < 0) return add_line(lines, NULL, indent, text, pos, n) < 0 ? -1 : 1;
        }
        if (add_line(lines, NULL, indent, text, pos, cut) < 0) return -1;
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

/* A str whose kind and data may be read (a legacy string made ready, before 3.12). */
static int readable_str(PyObject *s) {
#if PY_VERSION_HEX < 0x030C0000
    return PyUnicode_READY(s);
#else
    (void)s;
    return 0;
#endif
}

/* The block's parts joined and single-spaced into *out* (as _spaced_plain: a line end and
 * the white space after it, and runs of spaces, one space; none at either end); 1: plain,
 * 0: not plain text, -1: an error. *breaks*: it holds an <lb/>. No Python code runs here
 * (the parts list cannot change under it). At most n + 1 characters are added a part of
 * n: each added character is one of the part's, or the one space owed before it (a
 * second space added needs a space or line end of the part before it). */
static int collapse(PyObject *parts, Buf *out, int *breaks) {
    out->len = 0;
    *breaks = 0;
    int pending = 0, skipping = 0;
    Py_ssize_t nparts = PyList_GET_SIZE(parts);
    for (Py_ssize_t k = 0; k < nparts; k++) {
        PyObject *part = PyList_GET_ITEM(parts, k);
        if (!PyUnicode_Check(part)) return 0;     /* (str.join's test: a str subclass's
                                                     characters are joined as they are) */
        if (readable_str(part) < 0) return -1;
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
    if (readable_str(prefix) < 0) return -1;
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

/* block.<name>, a new reference; NULL with no exception set where the attribute cannot be
 * read (an object that is not a TextBlock: the Python layout meets the same failure, or
 * none, where it reads it), NULL with one set for what must not be swallowed (a
 * KeyboardInterrupt, ...). */
static PyObject *attr(PyObject *block, PyObject *name) {
    PyObject *value = PyObject_GetAttr(block, name);
    if (!value && PyErr_ExceptionMatches(PyExc_Exception)) PyErr_Clear();
    return value;
}

/* One block laid out; 1: done, 0: left to Python, -1: an error.
 *
 * Only what the Python layout reads the same way is laid out here: the parts an exact
 * list of str, the prefix and the kind exact str (a subclass could answer strip(), len()
 * or == otherwise), the indent an exact int, tight a bool or an exact int (no Python code
 * runs to read any of them); any other block is left to Python, which then raises or lays
 * it out as its code says. */
static int block_lines(PyObject *lines, PyObject *block, Py_ssize_t width, Buf *text,
                       Buf *prefix) {
    PyObject *parts = NULL, *kind = NULL, *pre = NULL, *ind = NULL, *tight = NULL;
    int r = -1, breaks;
#define READ(var, name)                                                                \
    if (!(var = attr(block, name))) { r = PyErr_Occurred() ? -1 : 0; goto done; }
    READ(parts, s_parts);
    if (!PyList_CheckExact(parts)) { r = 0; goto done; }
    if ((r = collapse(parts, text, &breaks)) <= 0) goto done;
    READ(kind, s_kind);
    if (!PyUnicode_CheckExact(kind)) { r = 0; goto done; }
    if (PyUnicode_CompareWithASCIIString(kind, "rule") == 0) {  /* lines += ["", parts[0]] */
        if (PyList_GET_SIZE(parts) == 0) { r = 0; goto done; }
        PyObject *rule = PyList_GET_ITEM(parts, 0);
        if (!PyUnicode_Check(rule)) { r = 0; goto done; }    /* (changed by a getattr) */
        r = (PyList_Append(lines, s_empty) < 0 || PyList_Append(lines, rule) < 0) ? -1 : 1;
        goto done;
    }
    int is_head = PyUnicode_CompareWithASCIIString(kind, "head") == 0;
    READ(pre, s_prefix);
    if (!PyUnicode_CheckExact(pre)) { r = 0; goto done; }
    if ((r = read_prefix(pre, prefix)) <= 0) goto done;
    READ(ind, s_indent);
    if (!PyLong_CheckExact(ind)) { r = 0; goto done; }
    Py_ssize_t indent = PyLong_AsSsize_t(ind);
    if (indent == -1 && PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_OverflowError)) { r = -1; goto done; }
        PyErr_Clear();                          /* (an indent past Py_ssize_t: Python's) */
        r = 0;
        goto done;
    }
    if (indent < 0) { r = 0; goto done; }
    READ(tight, s_tight);
    if (!PyBool_Check(tight) && !PyLong_CheckExact(tight)) { r = 0; goto done; }
    int is_tight = PyObject_IsTrue(tight);
    if (is_tight < 0) { r = -1; goto done; }
#undef READ

    r = -1;
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
    if (PyList_GET_SIZE(lines) && !is_tight && PyList_Append(lines, s_empty) < 0) goto done;
    Py_ssize_t first = PyList_GET_SIZE(lines);
    if (!breaks) {
        if (prefix->len <= width && n <= width - prefix->len && n) {
            if (add_line(lines, prefix->data, prefix->len, t, 0, n) < 0) goto done;
        } else {
            int w = wrap_narrow(lines, t, n, width, prefix->data, prefix->len, indent);
            if (w <= 0) { r = w; goto done; }
        }
    } else {
        const Py_UCS4 *p = prefix->data;            /* the prefix, then indent spaces */
        Py_ssize_t plen = prefix->len;
        Py_ssize_t start = 0;
        for (Py_ssize_t i = 0; i <= n; i++) {
            if (i < n && t[i] != 0) continue;
            Py_ssize_t a = start, b = i;             /* the piece, stripped of spaces */
            while (a < b && t[a] == ' ') a++;
            while (b > a && t[b - 1] == ' ') b--;
            int w = wrap_narrow(lines, t + a, b - a, width, p, plen, indent);
            if (w <= 0) { r = w; goto done; }
            p = NULL;
            plen = indent;
            start = i + 1;
        }
    }
    if (is_head) {
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
        /* " " * indent + "-" * min(longest, width - indent): 0 <= width, 0 <= indent */
        Py_ssize_t dashes = longest < width - indent ? longest : width - indent;
        if (dashes < 0) dashes = 0;                    /* (indent + dashes <= max(width, indent)) */
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

/* render_plain(blocks, width): the lines, or None. Blocks an exact list, width an exact
 * int (one past Py_ssize_t lays out as Py_ssize_t's largest: every line fits; a negative
 * one is Python's); anything else None. The list's length is checked before each block is
 * read from it (reading a block's attributes may run code that changes the list, in an
 * object that is no TextBlock): a list that changed is left to Python. */
static PyObject *render_plain(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *blocks, *width_obj;
    if (!PyArg_ParseTuple(args, "OO:render_plain", &blocks, &width_obj)) return NULL;
    if (!PyList_CheckExact(blocks) || !PyLong_CheckExact(width_obj)) Py_RETURN_NONE;
    int overflow;
    long long wide = PyLong_AsLongLongAndOverflow(width_obj, &overflow);
    if (wide == -1 && PyErr_Occurred()) return NULL;
    if (overflow < 0 || (!overflow && wide < 0)) Py_RETURN_NONE;
    Py_ssize_t width = overflow > 0 || wide > (long long)PY_SSIZE_T_MAX
        ? PY_SSIZE_T_MAX : (Py_ssize_t)wide;
    PyObject *lines = PyList_New(0);
    if (!lines) return NULL;
    Buf text = {0}, prefix = {0};
    int r = 1;
    Py_ssize_t count = PyList_GET_SIZE(blocks);
    for (Py_ssize_t k = 0; k < count && r > 0; k++) {
        if (PyList_GET_SIZE(blocks) != count) { r = 0; break; }   /* (changed: Python's) */
        PyObject *block = PyList_GET_ITEM(blocks, k);
        Py_INCREF(block);
        r = block_lines(lines, block, width, &text, &prefix);
        Py_DECREF(block);
    }
    if (r > 0 && PyList_GET_SIZE(blocks) != count) r = 0;
    PyMem_Free(text.data);
    PyMem_Free(prefix.data);
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
