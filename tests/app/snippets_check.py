#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""tst_snippets (issue #17): every copied snippet is Python that runs, in every framework.

Without any framework installed (make crosscheck runs the PyTorch ones for real), it checks:

  * --code prints exactly what the window's generator (Core::codeFor, through aex-crosscheck
    snippets) gives, for every function, framework and target at its defaults and slider ends;
  * every snippet of every case (defaults, slider ends, edge values, Keras ReLU's combinations,
    random values; aex-crosscheck snippet-cases) parses as Python (ast), imports only its
    framework, and ends by defining `act`;
  * PyTorch snippets carry "# differs:" lines: "nothing", or QUANTITY where CONDITION: DETAIL with
    a CONDITION that compiles as a Python expression in x;
  * Keras 3 and tf.keras snippets (which cannot run here) call only their own framework's names:
    a catalogue layer or function with keywords that the catalogue lists for that API (--list)
    and that SEMANTICS.md's section on the function (or docs/semantics-additions.md's) records, or one of the ops the compositions
    use, without keywords.
"""

import argparse
import ast
import json
import re
import subprocess
import sys

IMPORTS = {"keras": "keras", "tf_keras": "tensorflow", "pytorch": "torch"}
ROOTS = {"keras": "keras", "tf_keras": "tf", "pytorch": "torch"}
# The ops the compositions call, per framework; all take positional arguments only.
OPS = {
    "keras": {"keras.ops.clip", "keras.ops.where", "keras.ops.softplus", "keras.initializers.Constant"},
    "tf_keras": {"tf.where", "tf.constant", "tf.clip_by_value", "tf.maximum", "tf.minimum", "tf.math.expm1",
                 "tf.exp", "tf.nn.relu6", "tf.math.softplus", "tf.zeros_like", "tf.keras.initializers.Constant"},
}
DIFFERS = re.compile(r"^# differs: (.*)$", re.M)
LINE = re.compile(r"^(value|d/dx|d/d\w+) where (.+?): (.+)$")


def run(command, stdin=None):
    done = subprocess.run(command, input=stdin, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)}: exit {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def catalogue(app):
    """{framework: {api: (function, {keywords})}} from --list."""
    out = {fw: {} for fw in IMPORTS}
    function, api, fw = None, None, None
    for line in run([app, "--list"]).splitlines():
        if line and not line.startswith(" "):
            function = line.split(" ", 1)[0]
        elif line.startswith("  ") and not line.startswith("    "):
            fw, api = line.split()
            out[fw][api] = (function, set())
        elif line.startswith("    ") and "(no parameters)" not in line:
            name = line.split()[0]
            m = re.search(r"\(\w+ calls it (\w+)\)", line)
            out[fw][api][1].add(m.group(1) if m else name)
    return out


def semantics_sections(path):
    """{normalised heading: text} of SEMANTICS.md's '## N.' sections."""
    sections, heading = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("## "):
                heading = " " + re.sub(r"[^a-z0-9_]+", " ", line[3:].lower()) + " "
                sections[heading] = ""
            elif heading:
                sections[heading] += line
    return sections


def section_of(sections, function):
    for name in (function, function.replace("_", " ")):
        for heading, text in sections.items():
            if f" {name} " in heading:
                return text
    return None


def dotted(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def check(snippet, apis, sections):
    spec, target, code = snippet["spec"], snippet["target"], snippet["code"]
    where = f"{spec} -> {target}"
    try:
        tree = ast.parse(code)
    except SyntaxError as e:
        return [f"{where}: does not parse: {e}\n{code}"]
    problems = []
    imports = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
    if [a.name for n in imports for a in n.names] != [IMPORTS[target]]:
        problems.append(f"{where}: imports {ast.dump(imports[0]) if imports else 'nothing'}, not {IMPORTS[target]}")
    last = tree.body[-1] if tree.body else None
    defines_act = (isinstance(last, ast.FunctionDef) and last.name == "act") or (
        isinstance(last, ast.Assign) and [dotted(t) for t in last.targets] == ["act"])
    if not defines_act:
        problems.append(f"{where}: does not end by defining act\n{code}")
    differs = DIFFERS.findall(code)
    if target == "pytorch":
        if not differs:
            problems.append(f"{where}: no '# differs:' line")
        for text in differs:
            m = LINE.match(text)
            if text == "nothing" and len(differs) == 1:
                continue
            if not m:
                problems.append(f"{where}: unreadable '# differs: {text}'")
                continue
            try:
                compile(m.group(2), "<differs>", "eval")
            except SyntaxError:
                problems.append(f"{where}: condition of '# differs: {text}' is not a Python expression")
        return problems
    if differs:
        problems.append(f"{where}: '# differs:' lines are for PyTorch code, which make crosscheck runs")
    root = ROOTS[target]
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = dotted(node.func)
        if name is None or name in ("act", "super") or "." not in name:
            continue  # x.dtype and the like are attributes, not calls
        keywords = [k.arg for k in node.keywords]
        if not name.startswith(root + "."):
            problems.append(f"{where}: calls {name}, not a {target} name")
        elif name in apis[target]:
            function, known = apis[target][name]
            text = section_of(sections, function) if sections else None
            for k in keywords:
                if k not in known:
                    problems.append(f"{where}: {name} has no keyword {k} in the catalogue (it has {sorted(known)})")
                elif sections is not None and (text is None or not re.search(r"\b" + k + r"\b", text)):
                    problems.append(f"{where}: SEMANTICS.md's section on {function} does not record {name}'s {k}")
        elif name in OPS[target]:
            if keywords:
                problems.append(f"{where}: {name} is called with keywords {keywords}; the ops take positions")
        else:
            problems.append(f"{where}: {name} is neither a catalogue API of {target} nor a known op")
    # A plain function as act must be the catalogue's own.
    if isinstance(last, ast.Assign) and not isinstance(last.value, ast.Call):
        name = dotted(last.value)
        if name not in apis[target] and name not in OPS[target]:
            problems.append(f"{where}: act = {name}, not a catalogue API of {target}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--app", required=True)
    parser.add_argument("--driver", required=True)
    parser.add_argument("--runner", required=True, nargs="+",
                        help="a command that runs the program's main() once per JSON array of arguments on its "
                             "standard input (aex_tests_app clirun)")
    parser.add_argument("--semantics", action="append", default=[],
                        help="SEMANTICS.md, and docs/semantics-additions.md (repeatable; the keyword check is left "
                             "out when SEMANTICS.md is absent)")
    args = parser.parse_args()

    apis = catalogue(args.app)
    sections = None
    for path in args.semantics:
        try:
            sections = {**(sections or {}), **semantics_sections(path)}
        except OSError:
            print(f"note: {path} not found: keywords are checked against the catalogue only")
            sections = None
            break
    snippets = [json.loads(line) for line in run([args.driver, "snippets", "17", "3"]).splitlines()]
    problems = []
    for s in snippets:
        problems += check(s, apis, sections)

    # --code prints the window's generator: the same text for every function, framework and target at
    # the defaults and slider ends (sets 0 to 2 of each).
    by_spec = {(s["spec"], s["target"]): s["code"] for s in snippets}
    seen = {}
    for s in snippets:
        key = tuple(s["spec"].split(":")[:2])
        seen.setdefault(key, [])
        if len(seen[key]) < 3 * 3 and (s["spec"], s["target"]) not in seen[key]:
            seen[key].append((s["spec"], s["target"]))
    pairs = [p for group in seen.values() for p in group]

    # The binary prints the first pair of each target; the runner (the program's main() in one process,
    # run once per pair) prints every pair.
    requests = [["--code", target, "--curve", spec] for spec, target in pairs]
    texts = [json.loads(line) for line in run(args.runner, "".join(json.dumps(r) + "\n" for r in requests)).splitlines()]
    if len(texts) != len(pairs):
        problems.append(f"the runner answered {len(texts)} of {len(pairs)} requests")
    for answer in texts:
        if answer["exit"] != 0:
            problems.append(f"the runner: exit {answer['exit']}: {answer['err'].strip()}")
    printed = {pair: answer["out"] for pair, answer in zip(pairs, texts)}
    firsts = {}
    for pair in pairs:
        firsts.setdefault(pair[1], pair)
    for pair in firsts.values():
        by_binary = run([args.app, "--code", pair[1], "--curve", pair[0]])
        if by_binary != printed.get(pair):
            problems.append(f"--code {pair[1]} --curve {pair[0]}: the binary and the runner print other texts")
    for (spec, target), text in printed.items():
            if text != by_spec[(spec, target)]:
                problems.append(f"--code {target} --curve {spec} prints other text than the window's generator:\n"
                                f"{text}\n--- the generator:\n{by_spec[(spec, target)]}")
    for p in problems[:40]:
        print("FAIL " + p)
    print(f"{'PASS' if not problems else 'FAIL'}: {len(snippets)} snippets parsed and checked, {len(pairs)} printed "
          f"by --code and compared with the generator; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
