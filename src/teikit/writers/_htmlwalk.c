/* The HTML writer's walk over an element's content in C: teikit.writers.htmlrules.
 * TextRules.children, which is its specification, done the same way step by step.
 *
 * The walk writes an element's text, then each child: a child whose rule is a plain span
 * (TextRules.spans; a <hi> by its rendition) and that has no id or language to keep is
 * written here, from the markup the guard made once (its start tag, its content by this
 * walk, its end tag); any other child is handed to its rule in Python (the rule's dict, or
 * the default rule). Text and tails are escaped by the writer's own escape_text where
 * they hold &, < or >, and written as they are otherwise. The output is the writer's list
 * of pieces (GuardedOutput.out), appended to as Python appends to it.
 *
 * Walker(out, rules, spans, default, his, hi_span, separated, glued_before, escape_text,
 *        hi, xml_id, xml_lang, phrasing)
 * Walker.children(el, where, kids=None): TextRules.children.
 * Walker.paragraph_rules(p, paragraph_id, numbered_start, p_open, p_numbered, structural,
 * flush, flush_at), then Walker.paragraph(el, where): TextRules.p for the usual paragraph (between
 * blocks, no attribute, no block inside); any other paragraph is handed to p.
 * Walker.flat_rules(flat_own, flat, flat_spans, flat_span), then
 * Walker.flat_children(el): htmlbody.Body.flat_children (a note's print copy, where every
 * element without a rule of its own in FLAT_OWN is a span of its name and rendition).
 *
 * Everything is read through Python's object protocol (lxml's elements as any Python
 * code reads them): no lxml or libxml2 header or symbol. A span's markup that is not a
 * pair of strings is refused with TypeError; a master nested too deep for Python's
 * recursion limit raises RecursionError, as the Python walk does (the safe parser refuses
 * documents deeper than 256 levels before this runs).
 * tests/test_export_hspeed.py checks that both walks give the same bytes.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *s_text, *s_tail, *s_tag, *s_keys, *s_get, *s_rend, *s_end_span, *s_p,
    *s_end_p, *s_empty, *s_link_start, *s_link_close, *s_link_end;

typedef struct {
    PyObject_HEAD
    PyObject *out;           /* list: the writer's pieces */
    PyObject *rules;         /* dict: Clark name -> rule(child, where) */
    PyObject *spans;         /* dict: Clark name -> (start tag, end tag) */
    PyObject *fallback;      /* the default rule */
    PyObject *his;           /* dict: rend -> (start tag, end tag), made by hi_span */
    PyObject *hi_span;       /* hi_span(rend) -> (start tag, end tag) */
    PyObject *separated;     /* dict: Clark name -> separator */
    PyObject *glued_before;  /* glued_before(child) -> bool */
    PyObject *escape_text;   /* escape_text(text) -> str */
    PyObject *hi;            /* the Clark name of <hi> */
    PyObject *xml_id, *xml_lang;
    PyObject *phrasing;      /* the where of running text */
    /* a note's print copy (Body.flat_children), once set by flat_rules */
    PyObject *flat_own;      /* set: Clark names written by flat() */
    PyObject *flat;          /* flat(child) */
    PyObject *flat_spans;    /* dict: (Clark name, rend) -> start tag */
    PyObject *flat_span;     /* flat_span(tag, rend) -> start tag, made and kept once */
    /* the usual paragraph (TextRules.p), once set by paragraph_rules */
    PyObject *p_rule;        /* TextRules.p: any other paragraph */
    PyObject *paragraph_id;  /* Document.paragraph_id(p, has_id) */
    PyObject *numbered_start;/* GuardedOutput.numbered_start(tag, cls, id, number) */
    PyObject *p_open;        /* the start tag of an unnumbered <p class="p"> */
    PyObject *p_numbered;    /* '<p class="p" id="': a numbered one's, up to its id */
    PyObject *structural;    /* frozenset: children that make a paragraph a div */
    PyObject *flush;         /* GuardedOutput.flush() */
    Py_ssize_t flush_at;
    /* the numbering (Document.paragraph_id, document.glued_before), once set by
     * numbering */
    PyObject *doc;           /* the Document */
    PyObject *block_parents; /* frozenset: BLOCK_PARENTS (a note there is not numbered) */
    PyObject *no_token;      /* frozenset: NO_TOKEN (glued_before) */
    PyObject *note_tag;      /* the Clark name of <note> */
    /* a numbered note's marker (Body.note), once set by note_rules */
    PyObject *note_rule;     /* Body.note: any other note */
    PyObject *number;        /* Body.number(note) -> Numbered */
    PyObject *note_template; /* () -> the marker's template (GuardedOutput.recorded) */
    PyObject *escape_attribute;
    PyObject *marker;        /* tuple of 6 strings: the template, once asked for */
    PyObject *endnote_template; /* () -> a note at the end's template, up to its text */
    PyObject *flow;          /* the where of a note's body */
    PyObject *endnote_start; /* tuple of 4 strings: that template, once asked for */
} Walker;

static int append_text(Walker *w, PyObject *text) {
    if (text == Py_None) return 0;
    if (PyUnicode_CheckExact(text)) {
        Py_ssize_t n = PyUnicode_GET_LENGTH(text);
        if (n == 0) return 0;
        Py_ssize_t a = PyUnicode_FindChar(text, '&', 0, n, 1);
        if (a == -2) return -1;
        if (a == -1) {
            Py_ssize_t b = PyUnicode_FindChar(text, '<', 0, n, 1);
            if (b == -2) return -1;
            if (b == -1) {
                Py_ssize_t c = PyUnicode_FindChar(text, '>', 0, n, 1);
                if (c == -2) return -1;
                if (c == -1) return PyList_Append(w->out, text);
            }
        }
    } else {
        int t = PyObject_IsTrue(text);
        if (t <= 0) return t;
    }
    PyObject *escaped = PyObject_CallOneArg(w->escape_text, text);
    if (!escaped) return -1;
    int r = PyList_Append(w->out, escaped);
    Py_DECREF(escaped);
    return r;
}

static int append_attr_text(Walker *w, PyObject *el, PyObject *name) {
    PyObject *text = PyObject_GetAttr(el, name);
    if (!text) return -1;
    int r = append_text(w, text);
    Py_DECREF(text);
    return r;
}


static PyObject *s_el, *s_end_div, *s_end_li, *s_getparent, *s_getprevious, *s_place, *s_in_note, *s_owner,
    *s_numbers_paragraphs, *s_paragraphs, *s_prefix, *s_key, *s_pcolon, *s_label, *s_id,
    *s_ref;

static int template(PyObject **slot, PyObject *make, Py_ssize_t count);

/* Whether *text* (a str) holds a character that *specials* lists: 1, 0 (or -1). */
static int has_any(PyObject *text, const char *specials) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c < 128 && c && strchr(specials, (int)c)) return 1;
    }
    return 0;
}

/* escape_text(text) or escape_attribute(value) for a str: the same string where there is
 * nothing to escape, else the Python function's result (a new reference). */
static PyObject *escaped(PyObject *value, const char *specials, PyObject *escape) {
    if (!PyUnicode_CheckExact(value)) {
        PyErr_SetString(PyExc_TypeError, "a note's label or id is not a string");
        return NULL;
    }
    if (!has_any(value, specials)) {
        Py_INCREF(value);
        return value;
    }
    return PyObject_CallOneArg(escape, value);
}

/* document.is_numbered_note(note) for a note without @place and @rend: 1 (numbered), 0,
 * 2 (it has one of them: the Python rule decides), -1 (error). */
static int plain_numbered_note(Walker *w, PyObject *note) {
    PyObject *value = PyObject_CallMethodOneArg(note, s_get, s_place);
    if (!value) return -1;
    int other = value != Py_None;
    Py_DECREF(value);
    if (other) return 2;
    value = PyObject_CallMethodOneArg(note, s_get, s_rend);
    if (!value) return -1;
    other = value != Py_None;
    Py_DECREF(value);
    if (other) return 2;
    PyObject *parent = PyObject_CallMethodNoArgs(note, s_getparent);
    if (!parent) return -1;
    if (parent == Py_None) {
        Py_DECREF(parent);
        return 0;
    }
    PyObject *tag = PyObject_GetAttr(parent, s_tag);
    Py_DECREF(parent);
    if (!tag) return -1;
    int t = PySet_Contains(w->block_parents, tag);
    Py_DECREF(tag);
    return t < 0 ? -1 : !t;
}

/* document.glued_before(child): 1, 0 or -1 (error). */
static int glued(Walker *w, PyObject *child, PyObject *tag) {
    if (!w->doc) {                               /* numbering not set: Python's */
        PyObject *res = PyObject_CallOneArg(w->glued_before, child);
        if (!res) return -1;
        int t = PyObject_IsTrue(res);
        Py_DECREF(res);
        return t;
    }
    int t = PyObject_RichCompareBool(tag, w->note_tag, Py_EQ);
    if (t < 0) return -1;
    if (t) {
        PyObject *place = PyObject_CallMethodOneArg(child, s_get, s_place);
        if (!place) return -1;
        PyObject *rend = place == Py_None ? PyObject_CallMethodOneArg(child, s_get, s_rend)
                                          : NULL;
        int plain = place == Py_None && rend == Py_None;
        Py_DECREF(place);
        if (!plain && !rend && PyErr_Occurred()) return -1;
        Py_XDECREF(rend);
        if (!plain) {                            /* is_numbered_note in Python */
            PyObject *res = PyObject_CallOneArg(w->glued_before, child);
            if (!res) return -1;
            int g = PyObject_IsTrue(res);
            Py_DECREF(res);
            return g;
        }
        int numbered = plain_numbered_note(w, child);
        if (numbered < 0) return -1;
        if (numbered == 1) return 0;
    }
    PyObject *prev = PyObject_CallMethodNoArgs(child, s_getprevious);
    if (!prev) return -1;
    if (prev != Py_None) {
        PyObject *tail = PyObject_GetAttr(prev, s_tail);
        if (!tail) {
            Py_DECREF(prev);
            return -1;
        }
        int r;
        if (tail == Py_None) {
            PyObject *ptag = PyObject_GetAttr(prev, s_tag);
            if (!ptag) r = -1;
            else if (!PyUnicode_Check(ptag)) r = 0;
            else {
                r = PySet_Contains(w->no_token, ptag);
                if (r >= 0) r = !r;
            }
            Py_XDECREF(ptag);
        } else if (!PyUnicode_CheckExact(tail)) {
            PyErr_SetString(PyExc_TypeError, "a tail is not a string");
            r = -1;
        } else {
            Py_ssize_t n = PyUnicode_GET_LENGTH(tail);
            r = n > 0 && !Py_UNICODE_ISSPACE(PyUnicode_READ_CHAR(tail, n - 1));
        }
        Py_DECREF(tail);
        Py_DECREF(prev);
        return r;
    }
    Py_DECREF(prev);
    PyObject *parent = PyObject_CallMethodNoArgs(child, s_getparent);
    if (!parent) return -1;
    PyObject *text = PyObject_GetAttr(parent, s_text);   /* (None has none: as Python) */
    Py_DECREF(parent);
    if (!text) return -1;
    int r;
    if (text == Py_None) r = 0;
    else if (!PyUnicode_CheckExact(text)) {
        PyErr_SetString(PyExc_TypeError, "a text is not a string");
        r = -1;
    } else {
        Py_ssize_t n = PyUnicode_GET_LENGTH(text);
        r = n > 0 && !Py_UNICODE_ISSPACE(PyUnicode_READ_CHAR(text, n - 1));
    }
    Py_DECREF(text);
    return r;
}

/* Document.paragraph_id(p, False): (page id, number), None, or NULL (error); what is not
 * of the types Document gives (an int, a bool, strings) is asked of the Python method. */
static PyObject *paragraph_number(Walker *w, PyObject *el) {
    PyObject *doc = w->doc, *owner = NULL, *flag = NULL, *count = NULL, *prefix = NULL,
        *key = NULL, *n = NULL, *result = NULL;
    if (!doc) goto python;
    PyObject *in_note = PyObject_GetAttr(doc, s_in_note);
    if (!in_note) return NULL;
    int exact = PyLong_CheckExact(in_note);
    int t = exact ? PyObject_IsTrue(in_note) : 0;
    Py_DECREF(in_note);
    if (!exact) goto python;
    if (t) Py_RETURN_NONE;
    owner = PyObject_GetAttr(doc, s_owner);
    if (!owner) return NULL;
    if (owner == Py_None) {
        Py_DECREF(owner);
        Py_RETURN_NONE;
    }
    flag = PyObject_GetAttr(owner, s_numbers_paragraphs);
    if (!flag) goto done;
    if (!PyBool_Check(flag)) goto python;
    if (flag == Py_False) {
        result = Py_None;
        Py_INCREF(result);
        goto done;
    }
    if (!(count = PyObject_GetAttr(owner, s_paragraphs))) goto done;
    if (!(prefix = PyObject_GetAttr(doc, s_prefix))) goto done;
    if (!(key = PyObject_GetAttr(owner, s_key))) goto done;
    if (!PyLong_CheckExact(count) || !PyUnicode_CheckExact(prefix)
            || !PyUnicode_CheckExact(key))
        goto python;
    PyObject *one = PyLong_FromLong(1);
    if (!one) goto done;
    n = PyNumber_Add(count, one);
    Py_DECREF(one);
    if (!n || PyObject_SetAttr(owner, s_paragraphs, n) < 0) goto done;
    PyObject *digits = PyObject_Str(n);
    if (!digits) goto done;
    PyObject *parts = PyTuple_Pack(4, prefix, key, s_pcolon, digits);
    Py_DECREF(digits);
    if (!parts) goto done;
    PyObject *page_id = PyUnicode_Join(s_empty, parts);
    Py_DECREF(parts);
    if (!page_id) goto done;
    result = PyTuple_Pack(2, page_id, n);
    Py_DECREF(page_id);
    goto done;
python:
    {
        PyObject *call[2] = {el, Py_False};
        result = PyObject_Vectorcall(w->paragraph_id, call, 2, NULL);
    }
done:
    Py_XDECREF(owner);
    Py_XDECREF(flag);
    Py_XDECREF(count);
    Py_XDECREF(prefix);
    Py_XDECREF(key);
    Py_XDECREF(n);
    return result;
}

static int flat_walk(Walker *w, PyObject *el);

/* Body.note for a note without @place and @rend: a numbered one's marker and print copy
 * from the template the guard made once; any other note goes to the Python rule. */
static PyObject *Walker_note(Walker *w, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "note(el, where)");
        return NULL;
    }
    if (!w->out || !w->note_rule || !w->doc || !w->flat) {
        PyErr_SetString(PyExc_TypeError, "Walker.note_rules not called");
        return NULL;
    }
    int numbered = plain_numbered_note(w, args[0]);
    if (numbered < 0) return NULL;
    if (numbered != 1) return PyObject_Vectorcall(w->note_rule, args, 2, NULL);
    if (template(&w->marker, w->note_template, 6) < 0) return NULL;
    PyObject *entry = PyObject_CallOneArg(w->number, args[0]);
    if (!entry) return NULL;
    PyObject *label = NULL, *ref = NULL, *id = NULL, *text = NULL, *label_attr = NULL,
        *parts = NULL, *markup = NULL, *result = NULL;
    if (!(label = PyObject_GetAttr(entry, s_label))) goto done;
    if (!(ref = PyObject_GetAttr(entry, s_ref))) goto done;
    if (!(id = PyObject_GetAttr(entry, s_id))) goto done;
    if (!(text = escaped(label, "&<>", w->escape_text))) goto done;
    Py_SETREF(ref, escaped(ref, "&\"<>\n\r\t", w->escape_attribute));
    if (!ref) goto done;
    Py_SETREF(id, escaped(id, "&\"<>\n\r\t", w->escape_attribute));
    if (!id) goto done;
    if (!(label_attr = escaped(label, "&\"<>\n\r\t", w->escape_attribute))) goto done;
    PyObject *const *p = &PyTuple_GET_ITEM(w->marker, 0);
    if (!(parts = PyTuple_Pack(11, p[0], ref, p[1], id, p[2], text, p[3], label_attr, p[4],
                               text, p[5])))
        goto done;
    if (!(markup = PyUnicode_Join(s_empty, parts))) goto done;
    if (PyList_Append(w->out, markup) < 0) goto done;
    if (flat_walk(w, args[0]) < 0) goto done;
    if (PyList_Append(w->out, s_end_span) < 0) goto done;
    result = Py_None;
    Py_INCREF(result);
done:
    Py_DECREF(entry);
    Py_XDECREF(label);
    Py_XDECREF(ref);
    Py_XDECREF(id);
    Py_XDECREF(text);
    Py_XDECREF(label_attr);
    Py_XDECREF(parts);
    Py_XDECREF(markup);
    return result;
}

static PyObject *Walker_numbering(Walker *w, PyObject *args) {
    PyObject *doc, *block_parents, *no_token, *note_tag;
    if (!PyArg_ParseTuple(args, "OO!O!U:numbering", &doc, &PyFrozenSet_Type, &block_parents,
                          &PyFrozenSet_Type, &no_token, &note_tag))
        return NULL;
    PyObject **slots[] = {&w->doc, &w->block_parents, &w->no_token, &w->note_tag};
    PyObject *values[] = {doc, block_parents, no_token, note_tag};
    for (size_t k = 0; k < sizeof(values) / sizeof(values[0]); k++) {
        Py_INCREF(values[k]);
        Py_XSETREF(*slots[k], values[k]);
    }
    Py_RETURN_NONE;
}

static PyObject *Walker_note_rules(Walker *w, PyObject *args) {
    PyObject *note_rule, *number, *note_template, *escape_attribute;
    if (!PyArg_ParseTuple(args, "OOOO:note_rules", &note_rule, &number, &note_template,
                          &escape_attribute))
        return NULL;
    PyObject **slots[] = {&w->note_rule, &w->number, &w->note_template,
                          &w->escape_attribute};
    PyObject *values[] = {note_rule, number, note_template, escape_attribute};
    for (size_t k = 0; k < sizeof(values) / sizeof(values[0]); k++) {
        Py_INCREF(values[k]);
        Py_XSETREF(*slots[k], values[k]);
    }
    Py_CLEAR(w->marker);
    Py_RETURN_NONE;
}

static int walk(Walker *w, PyObject *el, PyObject *where, PyObject *kids);

/* The markup of a plain span for *child* of *tag* (a new reference), or NULL: no error
 * set, the child goes to its rule (it has an id or a language to keep, or no span). */
static PyObject *span_for(Walker *w, PyObject *child, PyObject *tag) {
    PyObject *span = PyDict_GetItemWithError(w->spans, tag);
    if (!span) return NULL;
    Py_INCREF(span);
    PyObject *keys = PyObject_CallMethodNoArgs(child, s_keys);
    if (!keys) goto fail;
    int t = PyObject_IsTrue(keys);
    if (t > 0) {
        t = PySequence_Contains(keys, w->xml_id);
        if (t == 0) t = PySequence_Contains(keys, w->xml_lang);
        if (t > 0) {
            Py_DECREF(keys);
            Py_DECREF(span);
            return NULL;
        }
        if (t == 0) {
            int same = PyObject_RichCompareBool(tag, w->hi, Py_EQ);
            if (same < 0) t = -1;
            else if (same) {
                PyObject *rend = PyObject_CallMethodOneArg(child, s_get, s_rend);
                if (!rend) t = -1;
                else {
                    PyObject *made = PyDict_GetItemWithError(w->his, rend);
                    if (made) Py_INCREF(made);
                    else if (!PyErr_Occurred()) made = PyObject_CallOneArg(w->hi_span, rend);
                    Py_DECREF(rend);
                    if (!made) t = -1;
                    else Py_SETREF(span, made);
                }
            }
        }
    }
    Py_DECREF(keys);
    if (t < 0) goto fail;
    if (!PyTuple_CheckExact(span) || PyTuple_GET_SIZE(span) != 2
            || !PyUnicode_CheckExact(PyTuple_GET_ITEM(span, 0))
            || !PyUnicode_CheckExact(PyTuple_GET_ITEM(span, 1))) {
        PyErr_SetString(PyExc_TypeError, "a span's markup is not a pair of strings");
        goto fail;
    }
    return span;
fail:
    Py_DECREF(span);
    return NULL;
}

static int child_of(Walker *w, PyObject *child, PyObject *where) {
    PyObject *tag = PyObject_GetAttr(child, s_tag);
    if (!tag) return -1;
    int r = -1;
    if (PyUnicode_CheckExact(tag)) {
        PyObject *sep = PyDict_GetItemWithError(w->separated, tag);
        if (sep) {
            Py_INCREF(sep);
            int t = glued(w, child, tag);
            if (t > 0) t = PyList_Append(w->out, sep);
            Py_DECREF(sep);
            if (t < 0) goto done;
        } else if (PyErr_Occurred()) goto done;
        PyObject *span = span_for(w, child, tag);
        if (!span) {
            if (PyErr_Occurred()) goto done;
            PyObject *rule = PyDict_GetItemWithError(w->rules, tag);
            if (!rule) {
                if (PyErr_Occurred()) goto done;
                rule = w->fallback;
            }
            Py_INCREF(rule);
            PyObject *call[2] = {child, where};
            PyObject *res = PyObject_Vectorcall(rule, call, 2, NULL);
            Py_DECREF(rule);
            if (!res) goto done;
            Py_DECREF(res);
        } else {
            int t = PyList_Append(w->out, PyTuple_GET_ITEM(span, 0));
            if (t == 0) {
                Py_ssize_t n = PyObject_Length(child);
                if (n < 0) t = -1;
                else if (n) t = walk(w, child, w->phrasing, Py_None);
                else t = append_attr_text(w, child, s_text);
            }
            if (t == 0) t = PyList_Append(w->out, PyTuple_GET_ITEM(span, 1));
            Py_DECREF(span);
            if (t < 0) goto done;
        }
    }
    r = append_attr_text(w, child, s_tail);
done:
    Py_DECREF(tag);
    return r;
}


/* The template *make* makes (GuardedOutput.recorded) as a tuple of *count* strings, asked
 * for once and kept in *slot*: 0, or -1 (error). */
static int template(PyObject **slot, PyObject *make, Py_ssize_t count) {
    if (*slot) return 0;
    PyObject *made = PyObject_CallNoArgs(make);
    if (!made) return -1;
    PyObject *pieces = PySequence_Tuple(made);
    Py_DECREF(made);
    if (!pieces) return -1;
    int fine = PyTuple_GET_SIZE(pieces) == count;
    for (Py_ssize_t k = 0; fine && k < count; k++)
        fine = PyUnicode_CheckExact(PyTuple_GET_ITEM(pieces, k));
    if (!fine) {
        Py_DECREF(pieces);
        PyErr_SetString(PyExc_TypeError, "a template is not the strings expected");
        return -1;
    }
    *slot = pieces;
    return 0;
}

/* doc.in_note += step: 0, or -1 (error). */
static int in_note(Walker *w, long step) {
    PyObject *value = PyObject_GetAttr(w->doc, s_in_note);
    if (!value) return -1;
    PyObject *by = PyLong_FromLong(step);
    if (!by) {
        Py_DECREF(value);
        return -1;
    }
    Py_SETREF(value, PyNumber_InPlaceAdd(value, by));
    Py_DECREF(by);
    if (!value) return -1;
    int r = PyObject_SetAttr(w->doc, s_in_note, value);
    Py_DECREF(value);
    return r;
}

static int walk(Walker *w, PyObject *el, PyObject *where, PyObject *kids);

/* Body.endnote(note): one note at the end of a document (a Numbered), its back link from
 * the template the guard made once and its body by the walk. */
static PyObject *Walker_endnote(Walker *w, PyObject *entry) {
    if (!w->out || !w->endnote_template || !w->doc) {
        PyErr_SetString(PyExc_TypeError, "Walker.endnote_rules not called");
        return NULL;
    }
    if (template(&w->endnote_start, w->endnote_template, 4) < 0) return NULL;
    PyObject *id = NULL, *ref = NULL, *label = NULL, *el = NULL, *parts = NULL,
        *markup = NULL, *result = NULL;
    if (!(id = PyObject_GetAttr(entry, s_id))) goto done;
    if (!(ref = PyObject_GetAttr(entry, s_ref))) goto done;
    if (!(label = PyObject_GetAttr(entry, s_label))) goto done;
    if (!(el = PyObject_GetAttr(entry, s_el))) goto done;
    Py_SETREF(id, escaped(id, "&\"<>\n\r\t", w->escape_attribute));
    if (!id) goto done;
    Py_SETREF(ref, escaped(ref, "&\"<>\n\r\t", w->escape_attribute));
    if (!ref) goto done;
    Py_SETREF(label, escaped(label, "&<>", w->escape_text));
    if (!label) goto done;
    PyObject *const *p = &PyTuple_GET_ITEM(w->endnote_start, 0);
    if (!(parts = PyTuple_Pack(7, p[0], id, p[1], ref, p[2], label, p[3]))) goto done;
    if (!(markup = PyUnicode_Join(s_empty, parts))) goto done;
    if (PyList_Append(w->out, markup) < 0) goto done;
    if (in_note(w, 1) < 0) goto done;
    if (walk(w, el, w->flow, Py_None) < 0) goto done;
    if (PyList_Append(w->out, s_end_div) < 0) goto done;
    if (in_note(w, -1) < 0) goto done;
    if (PyList_Append(w->out, s_end_li) < 0) goto done;
    result = Py_None;
    Py_INCREF(result);
done:
    Py_XDECREF(id);
    Py_XDECREF(ref);
    Py_XDECREF(label);
    Py_XDECREF(el);
    Py_XDECREF(parts);
    Py_XDECREF(markup);
    return result;
}

static PyObject *Walker_endnote_rules(Walker *w, PyObject *args) {
    PyObject *endnote_template, *flow;
    if (!PyArg_ParseTuple(args, "OO:endnote_rules", &endnote_template, &flow)) return NULL;
    Py_INCREF(endnote_template);
    Py_XSETREF(w->endnote_template, endnote_template);
    Py_INCREF(flow);
    Py_XSETREF(w->flow, flow);
    Py_CLEAR(w->endnote_start);
    Py_RETURN_NONE;
}

static int walk(Walker *w, PyObject *el, PyObject *where, PyObject *kids) {
    if (Py_EnterRecursiveCall(" in the HTML writer's walk")) return -1;
    int r = -1;
    PyObject *seq = NULL;
    if (append_attr_text(w, el, s_text) < 0) goto done;
    if (kids == Py_None) {                     /* el[:]: a list made in C */
        PyObject *all = PySequence_GetSlice(el, 0, PY_SSIZE_T_MAX);
        if (!all) goto done;
        seq = PySequence_Fast(all, "an element's children are not a sequence");
        Py_DECREF(all);
    } else {
        seq = PySequence_Fast(kids, "kids is not a sequence");
    }
    if (!seq) goto done;
    for (Py_ssize_t k = 0; k < PySequence_Fast_GET_SIZE(seq); k++) {
        PyObject *child = PySequence_Fast_GET_ITEM(seq, k);
        Py_INCREF(child);
        int t = child_of(w, child, where);
        Py_DECREF(child);
        if (t < 0) goto done;
    }
    r = 0;
done:
    Py_XDECREF(seq);
    Py_LeaveRecursiveCall();
    return r;
}

static int flat_walk(Walker *w, PyObject *el);

static int flat_child(Walker *w, PyObject *child) {
    PyObject *tag = PyObject_GetAttr(child, s_tag);
    if (!tag) return -1;
    int r = -1;
    if (PyUnicode_CheckExact(tag)) {
        int own = PySet_Contains(w->flat_own, tag);
        if (own < 0) goto done;
        if (own) {
            PyObject *res = PyObject_CallOneArg(w->flat, child);
            if (!res) goto done;
            Py_DECREF(res);
        } else {
            PyObject *rend = PyObject_CallMethodOneArg(child, s_get, s_rend);
            if (!rend) goto done;
            PyObject *key = PyTuple_Pack(2, tag, rend);
            PyObject *span = NULL;
            if (key) {
                span = PyDict_GetItemWithError(w->flat_spans, key);
                if (span) Py_INCREF(span);
                else if (!PyErr_Occurred()) {
                    PyObject *call[2] = {tag, rend};
                    span = PyObject_Vectorcall(w->flat_span, call, 2, NULL);
                }
                Py_DECREF(key);
            }
            Py_DECREF(rend);
            if (!span) goto done;
            if (!PyUnicode_CheckExact(span)) {
                PyErr_SetString(PyExc_TypeError, "a span's start tag is not a string");
                Py_DECREF(span);
                goto done;
            }
            int t = PyList_Append(w->out, span);
            Py_DECREF(span);
            if (t == 0) {
                Py_ssize_t n = PyObject_Length(child);
                if (n < 0) t = -1;
                else if (n) t = flat_walk(w, child);
                else t = append_attr_text(w, child, s_text);
            }
            if (t == 0) t = PyList_Append(w->out, s_end_span);
            if (t < 0) goto done;
        }
    }
    r = append_attr_text(w, child, s_tail);
done:
    Py_DECREF(tag);
    return r;
}

static int flat_walk(Walker *w, PyObject *el) {
    if (Py_EnterRecursiveCall(" in the HTML writer's walk")) return -1;
    int r = -1;
    PyObject *seq = NULL;
    if (append_attr_text(w, el, s_text) < 0) goto done;
    PyObject *all = PySequence_GetSlice(el, 0, PY_SSIZE_T_MAX);
    if (!all) goto done;
    seq = PySequence_Fast(all, "an element's children are not a sequence");
    Py_DECREF(all);
    if (!seq) goto done;
    for (Py_ssize_t k = 0; k < PySequence_Fast_GET_SIZE(seq); k++) {
        PyObject *child = PySequence_Fast_GET_ITEM(seq, k);
        Py_INCREF(child);
        int t = flat_child(w, child);
        Py_DECREF(child);
        if (t < 0) goto done;
    }
    r = 0;
done:
    Py_XDECREF(seq);
    Py_LeaveRecursiveCall();
    return r;
}

static PyObject *Walker_flat_children(Walker *w, PyObject *el) {
    if (!w->out || !w->flat) {
        PyErr_SetString(PyExc_TypeError, "Walker.flat_rules not called");
        return NULL;
    }
    if (flat_walk(w, el) < 0) return NULL;
    Py_RETURN_NONE;
}

/* Whether a child in *seq* (a list) has a tag in w->structural: 1, 0, -1 (error). */
static int holds(Walker *w, PyObject *seq) {
    for (Py_ssize_t k = 0; k < PyList_GET_SIZE(seq); k++) {
        PyObject *child = PyList_GET_ITEM(seq, k);
        Py_INCREF(child);
        PyObject *tag = PyObject_GetAttr(child, s_tag);
        Py_DECREF(child);
        if (!tag) return -1;
        int t = PySet_Contains(w->structural, tag);
        Py_DECREF(tag);
        if (t != 0) return t;
    }
    return 0;
}

/* GuardedOutput.numbered_start("p", "p", page_id, number): the start tag made once
 * (w->p_numbered, '<p class="p" id="'), the id and a link to it; an id with a character
 * an attribute escapes (&, ", <, >, a line end or tab), or a number that is not an int,
 * is left to the Python method. */
static int numbered_p(Walker *w, PyObject *page_id, PyObject *number) {
    int plain = PyUnicode_CheckExact(page_id) && PyLong_CheckExact(number);
    if (plain) {
        Py_ssize_t n = PyUnicode_GET_LENGTH(page_id);
        int kind = PyUnicode_KIND(page_id);
        const void *data = PyUnicode_DATA(page_id);
        for (Py_ssize_t i = 0; i < n && plain; i++) {
            Py_UCS4 c = PyUnicode_READ(kind, data, i);
            plain = !(c == '&' || c == '"' || c == '<' || c == '>' || c == '\n' || c == '\r'
                      || c == '\t');
        }
    }
    if (!plain) {
        PyObject *res = PyObject_CallFunctionObjArgs(w->numbered_start, s_p, s_p, page_id,
                                                     number, NULL);
        if (!res) return -1;
        Py_DECREF(res);
        return 0;
    }
    PyObject *digits = PyObject_Str(number);
    if (!digits) return -1;
    PyObject *parts = PyTuple_Pack(7, w->p_numbered, page_id, s_link_start, page_id,
                                   s_link_close, digits, s_link_end);
    Py_DECREF(digits);
    if (!parts) return -1;
    PyObject *markup = PyUnicode_Join(s_empty, parts);
    Py_DECREF(parts);
    if (!markup) return -1;
    int r = PyList_Append(w->out, markup);
    Py_DECREF(markup);
    return r;
}

/* TextRules.p for a paragraph between blocks, without attributes and without blocks inside
 * (a p, numbered or not); any other goes to the Python rule before anything is written or
 * counted. */
static PyObject *Walker_paragraph(Walker *w, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "paragraph(el, where)");
        return NULL;
    }
    if (!w->out || !w->p_rule) {
        PyErr_SetString(PyExc_TypeError, "Walker.paragraph_rules not called");
        return NULL;
    }
    PyObject *el = args[0], *where = args[1], *kids = NULL, *keys = NULL, *numbered = NULL;
    PyObject *result = NULL;
    int usual = PyObject_RichCompareBool(where, w->phrasing, Py_NE);
    if (usual < 0) return NULL;
    if (usual) {
        PyObject *all = PySequence_GetSlice(el, 0, PY_SSIZE_T_MAX);
        if (!all) return NULL;
        if (!PyList_CheckExact(all)) {
            Py_DECREF(all);
            usual = 0;
        } else {
            kids = all;
            int t = holds(w, kids);
            if (t < 0) goto done;
            if (t) usual = 0;
        }
    }
    if (usual) {
        keys = PyObject_CallMethodNoArgs(el, s_keys);
        if (!keys) goto done;
        int t = PyObject_IsTrue(keys);
        if (t < 0) goto done;
        if (t) usual = 0;
    }
    if (!usual) {
        result = PyObject_Vectorcall(w->p_rule, args, 2, NULL);
        goto done;
    }
    numbered = paragraph_number(w, el);
    if (!numbered) goto done;
    if (numbered == Py_None) {
        if (PyList_Append(w->out, w->p_open) < 0) goto done;
    } else {
        if (!PyTuple_CheckExact(numbered) || PyTuple_GET_SIZE(numbered) != 2) {
            PyErr_SetString(PyExc_TypeError, "paragraph_id did not give (id, number)");
            goto done;
        }
        int t = numbered_p(w, PyTuple_GET_ITEM(numbered, 0), PyTuple_GET_ITEM(numbered, 1));
        if (t < 0) goto done;
    }
    if (walk(w, el, w->phrasing, kids) < 0) goto done;
    if (PyList_Append(w->out, s_end_p) < 0) goto done;
    if (PyList_GET_SIZE(w->out) > w->flush_at) {
        PyObject *res = PyObject_CallNoArgs(w->flush);
        if (!res) goto done;
        Py_DECREF(res);
    }
    result = Py_None;
    Py_INCREF(result);
done:
    Py_XDECREF(kids);
    Py_XDECREF(keys);
    Py_XDECREF(numbered);
    return result;
}

static PyObject *Walker_paragraph_rules(Walker *w, PyObject *args) {
    PyObject *p_rule, *paragraph_id, *numbered_start, *p_open, *p_numbered, *structural,
        *flush;
    Py_ssize_t flush_at;
    if (!PyArg_ParseTuple(args, "OOOUUO!On:paragraph_rules", &p_rule, &paragraph_id,
                          &numbered_start, &p_open, &p_numbered, &PyFrozenSet_Type,
                          &structural, &flush, &flush_at))
        return NULL;
    PyObject **slots[] = {&w->p_rule, &w->paragraph_id, &w->numbered_start, &w->p_open,
                          &w->p_numbered, &w->structural, &w->flush};
    PyObject *values[] = {p_rule, paragraph_id, numbered_start, p_open, p_numbered,
                          structural, flush};
    for (size_t k = 0; k < sizeof(values) / sizeof(values[0]); k++) {
        Py_INCREF(values[k]);
        Py_XSETREF(*slots[k], values[k]);
    }
    w->flush_at = flush_at;
    Py_RETURN_NONE;
}

static PyObject *Walker_flat_rules(Walker *w, PyObject *args) {
    PyObject *flat_own, *flat, *flat_spans, *flat_span;
    if (!PyArg_ParseTuple(args, "O!OO!O:flat_rules", &PyFrozenSet_Type, &flat_own, &flat,
                          &PyDict_Type, &flat_spans, &flat_span))
        return NULL;
    Py_INCREF(flat_own);
    Py_XSETREF(w->flat_own, flat_own);
    Py_INCREF(flat);
    Py_XSETREF(w->flat, flat);
    Py_INCREF(flat_spans);
    Py_XSETREF(w->flat_spans, flat_spans);
    Py_INCREF(flat_span);
    Py_XSETREF(w->flat_span, flat_span);
    Py_RETURN_NONE;
}

static PyObject *Walker_children(Walker *w, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs < 2 || nargs > 3) {
        PyErr_SetString(PyExc_TypeError, "children(el, where, kids=None)");
        return NULL;
    }
    if (walk(w, args[0], args[1], nargs == 3 ? args[2] : Py_None) < 0) return NULL;
    Py_RETURN_NONE;
}

static int Walker_init(Walker *w, PyObject *args, PyObject *kwds) {
    PyObject *out, *rules, *spans, *fallback, *his, *hi_span, *separated, *glued_before,
        *escape_text, *hi, *xml_id, *xml_lang, *phrasing;
    if (kwds && PyDict_GET_SIZE(kwds)) {
        PyErr_SetString(PyExc_TypeError, "Walker takes positional arguments only");
        return -1;
    }
    if (!PyArg_ParseTuple(args, "O!O!O!OO!OO!OOUUUO:Walker", &PyList_Type, &out,
                          &PyDict_Type, &rules, &PyDict_Type, &spans, &fallback,
                          &PyDict_Type, &his, &hi_span, &PyDict_Type, &separated,
                          &glued_before, &escape_text, &hi, &xml_id, &xml_lang, &phrasing))
        return -1;
    PyObject **slots[] = {&w->out, &w->rules, &w->spans, &w->fallback, &w->his, &w->hi_span,
                          &w->separated, &w->glued_before, &w->escape_text, &w->hi,
                          &w->xml_id, &w->xml_lang, &w->phrasing};
    PyObject *values[] = {out, rules, spans, fallback, his, hi_span, separated, glued_before,
                          escape_text, hi, xml_id, xml_lang, phrasing};
    for (size_t k = 0; k < sizeof(values) / sizeof(values[0]); k++) {
        Py_INCREF(values[k]);
        Py_XSETREF(*slots[k], values[k]);
    }
    return 0;
}

/* Every object the walker holds, once: the collector visits and clears the same list
   (a field added to the struct and left out here would leak or be freed under use). */
#define WALKER_OBJECTS(X) X(out) X(rules) X(spans) X(fallback) X(his) X(hi_span) X(separated) \
    X(glued_before) X(escape_text) X(hi) X(xml_id) X(xml_lang) X(phrasing) X(flat_own) X(flat) \
    X(flat_spans) X(flat_span) X(p_rule) X(paragraph_id) X(numbered_start) X(p_open) \
    X(p_numbered) X(structural) X(flush) X(doc) X(block_parents) X(no_token) X(note_tag) \
    X(note_rule) X(number) X(note_template) X(escape_attribute) X(marker) X(endnote_template) \
    X(flow) X(endnote_start)

static int Walker_traverse(Walker *w, visitproc visit, void *arg) {
#define VISIT(f) Py_VISIT(w->f);
    WALKER_OBJECTS(VISIT)
#undef VISIT
    return 0;
}

static int Walker_clear(Walker *w) {
#define CLEAR(f) Py_CLEAR(w->f);
    WALKER_OBJECTS(CLEAR)
#undef CLEAR
    return 0;
}

static void Walker_dealloc(Walker *w) {
    PyObject_GC_UnTrack(w);
    Walker_clear(w);
    Py_TYPE(w)->tp_free((PyObject *)w);
}

/* A walker made without its parts (no __init__ yet) has NULL slots: refused. */
static PyObject *Walker_children_checked(Walker *w, PyObject *const *args, Py_ssize_t n) {
    if (!w->out) {
        PyErr_SetString(PyExc_TypeError, "Walker not initialised");
        return NULL;
    }
    return Walker_children(w, args, n);
}

static PyMethodDef Walker_methods[] = {
    {"children", (PyCFunction)(void (*)(void))Walker_children_checked, METH_FASTCALL,
     "children(el, where, kids=None): TextRules.children in C."},
    {"paragraph_rules", (PyCFunction)Walker_paragraph_rules, METH_VARARGS,
     "paragraph_rules(p, paragraph_id, numbered_start, p_open, structural, flush, "
     "flush_at): what paragraph needs."},
    {"paragraph", (PyCFunction)(void (*)(void))Walker_paragraph, METH_FASTCALL,
     "paragraph(el, where): TextRules.p in C for the usual paragraph."},
    {"flat_rules", (PyCFunction)Walker_flat_rules, METH_VARARGS,
     "flat_rules(flat_own, flat, flat_spans, flat_span): what flat_children needs."},
    {"flat_children", (PyCFunction)Walker_flat_children, METH_O,
     "flat_children(el): Body.flat_children in C (a note's print copy)."},
    {"numbering", (PyCFunction)Walker_numbering, METH_VARARGS,
     "numbering(doc, block_parents, no_token, note_tag): what paragraph numbers and "
     "glued_before need (Document.paragraph_id and document.glued_before in C)."},
    {"note_rules", (PyCFunction)Walker_note_rules, METH_VARARGS,
     "note_rules(note, number, note_template, escape_attribute): what note needs."},
    {"note", (PyCFunction)(void (*)(void))Walker_note, METH_FASTCALL,
     "note(el, where): Body.note in C for a numbered note's marker and print copy."},
    {"endnote_rules", (PyCFunction)Walker_endnote_rules, METH_VARARGS,
     "endnote_rules(endnote_template, flow): what endnote needs."},
    {"endnote", (PyCFunction)Walker_endnote, METH_O,
     "endnote(note): Body.endnote in C (one note at the end of a document)."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject WalkerType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "teikit.writers._htmlwalk.Walker",
    .tp_basicsize = sizeof(Walker),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "The HTML writer's walk over an element's content (TextRules.children).",
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)Walker_init,
    .tp_dealloc = (destructor)Walker_dealloc,
    .tp_traverse = (traverseproc)Walker_traverse,
    .tp_clear = (inquiry)Walker_clear,
    .tp_methods = Walker_methods,
};

static inline unsigned char *put_utf8(unsigned char *at, Py_UCS4 c) {
    if (c < 0x80) {
        *at++ = (unsigned char)c;
    } else if (c < 0x800) {
        *at++ = (unsigned char)(0xc0 | (c >> 6));
        *at++ = (unsigned char)(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        *at++ = (unsigned char)(0xe0 | (c >> 12));
        *at++ = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
        *at++ = (unsigned char)(0x80 | (c & 0x3f));
    } else {
        *at++ = (unsigned char)(0xf0 | (c >> 18));
        *at++ = (unsigned char)(0x80 | ((c >> 12) & 0x3f));
        *at++ = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
        *at++ = (unsigned char)(0x80 | (c & 0x3f));
    }
    return at;
}

/* utf8_join(pieces): "".join(pieces).encode("utf-8") for an exact list of exact strings,
 * without the joined string (which takes two or four bytes a character for all of it
 * once one piece does); None for anything else (a piece that is not a str, a surrogate,
 * which Python's encoder refuses), and the caller does it in Python. Two passes: the
 * length in UTF-8, then the bytes. */
static PyObject *utf8_join(PyObject *Py_UNUSED(module), PyObject *pieces) {
    if (!PyList_CheckExact(pieces)) Py_RETURN_NONE;
    Py_ssize_t count = PyList_GET_SIZE(pieces), total = 0;
    for (Py_ssize_t k = 0; k < count; k++) {
        PyObject *piece = PyList_GET_ITEM(pieces, k);
        if (!PyUnicode_CheckExact(piece) || PyUnicode_READY(piece) < 0) {
            PyErr_Clear();
            Py_RETURN_NONE;
        }
        Py_ssize_t n = PyUnicode_GET_LENGTH(piece), size = n;
        if (!PyUnicode_IS_ASCII(piece)) {
            int kind = PyUnicode_KIND(piece);
            if (kind == PyUnicode_1BYTE_KIND) {
                const Py_UCS1 *data = PyUnicode_1BYTE_DATA(piece);
                for (Py_ssize_t i = 0; i < n; i++) size += data[i] >> 7;
            } else if (kind == PyUnicode_2BYTE_KIND) {
                const Py_UCS2 *data = PyUnicode_2BYTE_DATA(piece);
                for (Py_ssize_t i = 0; i < n; i++) {
                    Py_UCS2 c = data[i];
                    if (c >= 0x80) {
                        if (c >= 0xd800 && c <= 0xdfff) Py_RETURN_NONE;  /* (Python's error) */
                        size += c < 0x800 ? 1 : 2;
                    }
                }
            } else {
                const Py_UCS4 *data = PyUnicode_4BYTE_DATA(piece);
                for (Py_ssize_t i = 0; i < n; i++) {
                    Py_UCS4 c = data[i];
                    if (c >= 0x80) {
                        if (c >= 0xd800 && c <= 0xdfff) Py_RETURN_NONE;
                        size += c < 0x800 ? 1 : c < 0x10000 ? 2 : 3;
                    }
                }
            }
        }
        if (size > PY_SSIZE_T_MAX - total) return PyErr_NoMemory();
        total += size;
    }
    PyObject *bytes = PyBytes_FromStringAndSize(NULL, total);
    if (!bytes) return NULL;
    unsigned char *at = (unsigned char *)PyBytes_AS_STRING(bytes);
    for (Py_ssize_t k = 0; k < count; k++) {
        PyObject *piece = PyList_GET_ITEM(pieces, k);
        Py_ssize_t n = PyUnicode_GET_LENGTH(piece);
        if (PyUnicode_IS_ASCII(piece)) {
            memcpy(at, PyUnicode_1BYTE_DATA(piece), (size_t)n);
            at += n;
            continue;
        }
        int kind = PyUnicode_KIND(piece);
        if (kind == PyUnicode_1BYTE_KIND) {
            const Py_UCS1 *data = PyUnicode_1BYTE_DATA(piece);
            for (Py_ssize_t i = 0; i < n; i++) {
                Py_UCS1 c = data[i];
                if (c < 0x80) {
                    *at++ = c;
                } else {
                    *at++ = (unsigned char)(0xc0 | (c >> 6));
                    *at++ = (unsigned char)(0x80 | (c & 0x3f));
                }
            }
        } else if (kind == PyUnicode_2BYTE_KIND) {
            const Py_UCS2 *data = PyUnicode_2BYTE_DATA(piece);
            for (Py_ssize_t i = 0; i < n; i++)
                at = put_utf8(at, data[i]);
        } else {
            const Py_UCS4 *data = PyUnicode_4BYTE_DATA(piece);
            for (Py_ssize_t i = 0; i < n; i++)
                at = put_utf8(at, data[i]);
        }
    }
    return bytes;
}

static PyMethodDef module_methods[] = {
    {"utf8_join", utf8_join, METH_O,
     "utf8_join(pieces) -> bytes | None: the pieces joined, in UTF-8 (None: do it in "
     "Python)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "teikit.writers._htmlwalk",
    "The HTML writer's walk over running text in C (see teikit.writers.htmlrules).", -1,
    module_methods,
};

PyMODINIT_FUNC PyInit__htmlwalk(void) {
    if (!(s_text = PyUnicode_InternFromString("text"))) return NULL;
    if (!(s_tail = PyUnicode_InternFromString("tail"))) return NULL;
    if (!(s_tag = PyUnicode_InternFromString("tag"))) return NULL;
    if (!(s_keys = PyUnicode_InternFromString("keys"))) return NULL;
    if (!(s_get = PyUnicode_InternFromString("get"))) return NULL;
    if (!(s_rend = PyUnicode_InternFromString("rend"))) return NULL;
    if (!(s_end_span = PyUnicode_InternFromString("</span>"))) return NULL;
    if (!(s_p = PyUnicode_InternFromString("p"))) return NULL;
    if (!(s_end_p = PyUnicode_InternFromString("</p>\n"))) return NULL;
    if (!(s_empty = PyUnicode_InternFromString(""))) return NULL;
    if (!(s_link_start = PyUnicode_InternFromString("\"><a class=\"pn gen\" href=\"#")))
        return NULL;
    if (!(s_link_close = PyUnicode_InternFromString("\">"))) return NULL;
    if (!(s_link_end = PyUnicode_InternFromString("</a>"))) return NULL;
    if (!(s_getparent = PyUnicode_InternFromString("getparent"))) return NULL;
    if (!(s_getprevious = PyUnicode_InternFromString("getprevious"))) return NULL;
    if (!(s_place = PyUnicode_InternFromString("place"))) return NULL;
    if (!(s_in_note = PyUnicode_InternFromString("in_note"))) return NULL;
    if (!(s_owner = PyUnicode_InternFromString("owner"))) return NULL;
    if (!(s_numbers_paragraphs = PyUnicode_InternFromString("numbers_paragraphs"))) return NULL;
    if (!(s_paragraphs = PyUnicode_InternFromString("paragraphs"))) return NULL;
    if (!(s_prefix = PyUnicode_InternFromString("prefix"))) return NULL;
    if (!(s_key = PyUnicode_InternFromString("key"))) return NULL;
    if (!(s_pcolon = PyUnicode_InternFromString("p:"))) return NULL;
    if (!(s_label = PyUnicode_InternFromString("label"))) return NULL;
    if (!(s_id = PyUnicode_InternFromString("id"))) return NULL;
    if (!(s_ref = PyUnicode_InternFromString("ref"))) return NULL;
    if (!(s_el = PyUnicode_InternFromString("el"))) return NULL;
    if (!(s_end_div = PyUnicode_InternFromString("</div>"))) return NULL;
    if (!(s_end_li = PyUnicode_InternFromString("</li>\n"))) return NULL;
    if (PyType_Ready(&WalkerType) < 0) return NULL;
    PyObject *m = PyModule_Create(&module);
    if (!m) return NULL;
    Py_INCREF(&WalkerType);
    if (PyModule_AddObject(m, "Walker", (PyObject *)&WalkerType) < 0) {
        Py_DECREF(&WalkerType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
