"""Wrap the user-visible string literals of ui/ in QCoreApplication.translate(context, ...).

The tool that made the window translatable, kept so the wrapping can be redone after a
merge of ui/ (it is idempotent: text already inside translate() is left alone).
Mechanical: a literal (or a simple f-string) passed where Qt or the program shows text to
a person — QLabel(text), setText(text), setToolTip, form rows' labels, table column
headers, dialog titles and messages, menu actions — becomes
QCoreApplication.translate("<module>", "<text>") (an f-string: the text with {0}, {1} ...
then .format(the expressions)); so do module constants and, with --sentences, sentences
of two or more words built inside functions. English output is unchanged: with no
translator installed translate() returns the text. Review the diff: a string the code also
compares or uses as a key must stay a literal (three did: pydantic's error prefixes, a
thread name, font family names).

    uv run python translations/wrap_ui_strings.py [--sentences] $(git ls-files 'ui/*.py' | grep -v ui/i18n.py)
    uv run pyside6-lupdate $(git ls-files 'ui/*.py') -ts translations/coresponse_es.ts -no-obsolete
    # translate the new messages in the .ts, then:
    uv run pyside6-lrelease translations/coresponse_es.ts -qm resources/translations/coresponse_es.qm
"""
import ast
import json
import re
import sys

POS = {  # callee name -> positional indexes holding display text
    **{n: (0,) for n in ("QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "setText",
                         "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip", "setTitle",
                         "setAccessibleName", "setAccessibleDescription", "setWhatsThis", "showMessage", "addMenu",
                         "setSuffix", "setPrefix", "setSpecialValueText", "addItem", "setLabelText", "section",
                         "note", "addRow", "setInformativeText", "setDetailedText", "addButton", "addAction",
                         "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "heading",
                         "hint", "caption", "QMessageBox", "setTabText", "addTab", "QToolButton")},
    **{n: (1,) for n in ("_action", "line", "text", "lines", "integer", "number", "percent", "combo", "yes_no",
                         "check", "present", "date", "checklist", "Column", "insertItem", "setItemText",
                         "setTabText", "addTab", "setTabToolTip")},
    "enum_options": (2,), "show_error": (1, 2), "show_info": (1, 2), "ask_yes_no": (1, 2), "warning": (1, 2),
    "information": (1, 2), "critical": (1, 2), "question": (1, 2), "getSaveFileName": (1, 3),
    "getOpenFileName": (1, 3), "getExistingDirectory": (1,), "yes_no_row": (0,),
}
POS.update({n: (1, 2) for n in ("line", "text", "lines", "yes_no")})
POS.update({"form": (0,), "wrapped": (0,), "heading": (0,), "QListWidgetItem": (0,), "QTreeWidgetItem": (0,)})
POS["addTab"] = (1,)
POS["_row"] = (1,)
POS["setTabText"] = (1,)
KW = {"help", "placeholder", "suffix", "tooltip", "title", "text", "note", "undecided", "caption", "label",
      "empty", "hint", "message", "prefix", "special", "question", "what", "why", "none_text"}
ID = re.compile(r"^[a-z0-9_.\[\]:/*-]*$")


KEEP = {"Value error, ", "Assertion failed, ", "warm-up imports", "URW Chancery L", "DejaVu Serif", "launch kit"}
"""Literals the code also compares or uses as keys (a tool's menu id is one)."""
"""Strings the code compares or passes to Qt as names: never translated."""


def is_text(s):
    if s in KEEP:
        return False
    return any(c.isalpha() for c in s) and not ID.match(s) and not s.startswith(("*.", "http", "#", "QLabel", "Q"))


def callee(node):
    f = node.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def lit(s):
    return json.dumps(s, ensure_ascii=False)


def rewrite(path):
    src = open(path, encoding="utf-8").read()
    tree = ast.parse(src)
    lines = src.splitlines(keepends=True)
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln))

    def off(lineno, col):  # col is in UTF-8 bytes
        line = lines[lineno - 1]
        return starts[lineno - 1] + len(line.encode("utf-8")[:col].decode("utf-8"))

    ctx = path.removesuffix(".py").replace("/", ".")
    funcs = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))]
    spans = [(n.lineno, n.end_lineno) for n in funcs]

    def inside_function(node):
        return any(a < node.lineno <= b for a, b in spans)
    reps = []

    def wrap(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and is_text(node.value):
            new = f'QCoreApplication.translate({lit(ctx)}, {lit(node.value)})'
        elif isinstance(node, ast.JoinedStr):
            parts, args = [], []
            for v in node.values:
                if isinstance(v, ast.Constant):
                    parts.append(v.value.replace("{", "{{").replace("}", "}}"))
                elif isinstance(v, ast.FormattedValue):
                    expr = ast.get_source_segment(src, v.value)
                    if expr is None or "'" in expr or '"' in expr or "\n" in expr:
                        return
                    spec = ""
                    if v.format_spec is not None:
                        if not all(isinstance(x, ast.Constant) for x in v.format_spec.values):
                            return
                        spec = ":" + "".join(x.value for x in v.format_spec.values)
                    conv = "" if v.conversion == -1 else "!" + chr(v.conversion)
                    parts.append("{" + str(len(args)) + conv + spec + "}")
                    args.append(expr)
                else:
                    return
            text = "".join(parts)
            if not is_text(re.sub(r"\{[^}]*\}", "", text)):
                return
            new = f'QCoreApplication.translate({lit(ctx)}, {lit(text)}).format({", ".join(args)})'
        elif (isinstance(node, ast.Tuple) and len(node.elts) == 2 and isinstance(node.elts[0], ast.Constant)
              and node.elts[0].value is None):
            wrap(node.elts[1])
            return
        elif isinstance(node, (ast.List, ast.Tuple)):
            for e in node.elts:
                wrap(e)
            return
        elif isinstance(node, ast.IfExp):
            wrap(node.body)
            wrap(node.orelse)
            return
        else:
            return
        a, b = off(node.lineno, node.col_offset), off(node.end_lineno, node.end_col_offset)
        reps.append((a, b, new))

    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple) and len(node.elts) == 2 and isinstance(node.elts[0], ast.Constant) \
                and node.elts[0].value is None and isinstance(node.elts[1], ast.Constant) \
                and isinstance(node.elts[1].value, str) and is_text(node.elts[1].value) and inside_function(node):
            wrap(node.elts[1])
        if not isinstance(node, ast.Call):
            continue
        name = callee(node)
        if name == "translate":
            continue
        for i in POS.get(name, ()):
            if i < len(node.args):
                wrap(node.args[i])
        for k in node.keywords:
            if k.arg in KW:
                wrap(k.value)
    # module- and class-level constants (evaluated at import, after ui.i18n.install in ui/app.py)
    SKIP = {"ORG", "APP", "__all__", "COMPUTED_STYLE", "STATE_COLORS"}

    def const_strings(val):
        if isinstance(val, ast.Dict):
            for v in val.values:
                const_strings(v)
        elif isinstance(val, (ast.List, ast.Tuple, ast.Set)):
            for e in val.elts:
                const_strings(e)
        elif isinstance(val, ast.Constant) and isinstance(val.value, str):
            v = val.value
            if is_text(v) and not re.search(r"[\w-]+:\s*[^;]+;", v) and (" " in v or v.lstrip("&")[:1].isupper()) \
                    and not re.fullmatch(r"[A-Z][A-Za-z]+[A-Z][A-Za-z]*", v):
                wrap(val)
        elif isinstance(val, ast.Call) and callee(val) != "translate":
            for a in val.args:
                const_strings(a)

    # third pass: other sentences inside functions (assigned, returned, concatenated, in HTML)
    if "--sentences" in sys.argv:
        parents = {}
        for par in ast.walk(tree):
            for ch in ast.iter_child_nodes(par):
                parents[ch] = par
        NOWRAP = {"print", "setStyleSheet", "setObjectName", "setProperty", "getattr", "hasattr", "startswith",
                  "endswith", "split", "replace", "join", "compile", "match", "search", "sub", "fullmatch",
                  "ReadError", "ValueError", "RuntimeError", "TypeError", "KeyError", "AssertionError", "write",
                  "translate", "QT_TRANSLATE_NOOP", "format", "value", "setValue", "connect", "exec", "strftime",
                  "QKeySequence", "QColor", "findChild", "findChildren", "setWhatsThis", "open", "Path", "lstrip",
                  "rstrip", "strip", "encode", "decode", "index", "count", "get", "pop", "setdefault"}

        def words(text):
            return len(re.findall(r"[A-Za-z]{2,}", re.sub(r"<[^>]*>|\{[^}]*\}|&\w+;", " ", text)))

        def ok_context(node):
            cur = node
            while cur in parents:
                par = parents[cur]
                if isinstance(par, ast.Expr) and isinstance(par.value, ast.Constant):
                    return False  # docstring
                if isinstance(par, (ast.Compare, ast.Subscript, ast.Raise, ast.Assert, ast.JoinedStr)):
                    return False
                if isinstance(par, ast.Dict) and cur in par.keys:
                    return False
                if isinstance(par, ast.Call):
                    if callee(par) in NOWRAP:
                        return False
                    if cur is par.func:
                        return False
                if isinstance(par, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                    return True
                cur = par
            return False

        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
            else:
                continue
            if words(text) >= 2 and " " in text and not re.search(r"[\w-]+:\s*[^;]+;|font-|margin|color:", text) \
                    and ok_context(node):
                wrap(node)

    bodies = [tree.body] + [c.body for c in tree.body if isinstance(c, ast.ClassDef)]
    for body in bodies:
        for node in body:
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
                tgt = node.targets[0] if isinstance(node, ast.Assign) else node.target
                name = tgt.id if isinstance(tgt, ast.Name) else ""
                if name not in SKIP:
                    const_strings(node.value)
    reps.sort()
    out, last, n = [], 0, 0
    for a, b, new in reps:
        if a < last:
            continue
        out.append(src[last:a])
        out.append(new)
        last, n = b, n + 1
    out.append(src[last:])
    res = "".join(out)
    if n and "QCoreApplication" not in re.findall(r"^from PySide6\.QtCore import .*$", res, re.M).__str__():
        # add the import after the last top-level "from PySide6" or after __future__
        m = list(re.finditer(r"^from PySide6\.QtCore import \(?([^\n]*)$", res, re.M))
        if m and not m[0].group(0).rstrip().endswith("("):
            line = m[0].group(0)
            names = sorted({x.strip() for x in line.split("import", 1)[1].split(",")} | {"QCoreApplication"},
                           key=lambda x: (x.lower() != x and not x.isupper(), x))
            res = res.replace(line, "from PySide6.QtCore import " + ", ".join(sorted(names)), 1)
        else:
            fut = re.search(r"^from __future__ import annotations\n", res, re.M)
            pos = fut.end() if fut else 0
            res = res[:pos] + "\nfrom PySide6.QtCore import QCoreApplication\n" + res[pos:]
    ast.parse(res)
    open(path, "w", encoding="utf-8").write(res)
    return n


total = 0
for p in [a for a in sys.argv[1:] if not a.startswith("--")]:
    n = rewrite(p)
    total += n
    print(f"{p}: {n}")
print("total", total)
