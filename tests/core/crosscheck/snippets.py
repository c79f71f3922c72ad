#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The copied-code half of `make crosscheck` (issue #17): every PyTorch snippet, run in real PyTorch.

For every function of the catalogue in every framework that has it (Keras 3, tf.keras and PyTorch
curves alike), at its defaults, slider ends, edge values and seeded random values (aex-crosscheck
snippet-cases), this script

  * asks the app for the snippet: activation-explorer --code pytorch --curve SPEC;
  * asks the app for the source curve's own numbers at the case's points: --eval (x, y, dy, d_PARAM);
  * runs the snippet as it is (exec) and evaluates its `act` by autograd, each x alone (a 1-element
    tensor, PyTorch's scalar kernel) and all of them in one long tensor (the vectorised kernel);
  * compares value, d/dx and d/d(trainable parameter): bit for bit for piecewise-linear curves,
    within the fidelity tolerance (relative 1e-12 in float64) for the others.

Every difference must be declared by one of the snippet's "# differs: QUANTITY where CONDITION: DETAIL"
lines (CONDITION a Python expression in x), and every declared line must be real: it must differ at
one or more of the points where its condition holds. "# differs: nothing" claims equivalence. The
numbers written in a condition are added to the points, with their float neighbours, so that each
declared point is exercised. Exits 1 on any failure.
"""

import argparse
import concurrent.futures
import math
import os
import re
import struct
import subprocess
import sys

import torch

TOLERANCE64 = 1e-12
COPIES = 64  # as crosscheck.py: each x repeated so that one copy lies in the vectorised loop
DIFFERS = re.compile(r"^# differs: (.*)$", re.M)
LINE = re.compile(r"^(value|d/dx|d/d\w+) where (.+?): (.+)$")
NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d*)?(?:e[-+]?\d+)?|float\('(-?inf)'\)")


def parse_number(text):
    return float(text)


def identical(a, b):
    return (math.isnan(a) and math.isnan(b)) or struct.pack("<d", a) == struct.pack("<d", b)


def relative(got, want):
    if identical(got, want):
        return 0.0
    if math.isnan(got) or math.isnan(want) or math.isinf(got) or math.isinf(want) or got == want or want == 0:
        return math.inf
    return abs(got - want) / abs(want)


def neighbours(v):
    out = [v]
    if math.isfinite(v):
        out += [math.nextafter(v, -math.inf), math.nextafter(v, math.inf)]
    return out


def app_values(app, function, framework, params, xs):
    """The app's x, y, dy and d_PARAM columns for the source curve."""
    command = [app, "--function", function, "--framework", framework]
    if params != "-":
        for assignment in params.split(","):
            command += ["--param", assignment]
    command.append("--eval=" + ",".join(repr(x) if math.isfinite(x) else str(x) for x in xs))
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)[:200]}: exit {done.returncode}: {done.stderr.strip()}")
    lines = done.stdout.strip().split("\n")
    header = lines[0].split(",")
    columns = {name: [] for name in header}
    for line in lines[1:]:
        for name, value in zip(header, line.split(",")):
            columns[name].append(float(value))
    return columns


def snippet(app, spec):
    """The code, and whether the app warned that the layer rejects these values."""
    done = subprocess.run([app, "--code", "pytorch", "--curve", spec], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"--code pytorch --curve {spec}: exit {done.returncode}: {done.stderr.strip()}")
    return done.stdout, "warning: " in done.stderr


def declared(code):
    """The snippet's "# differs:" lines as (quantity, condition text, compiled condition)."""
    lines = DIFFERS.findall(code)
    if not lines:
        raise ValueError("no '# differs:' line (not even '# differs: nothing')")
    if lines == ["nothing"]:
        return []
    out = []
    for text in lines:
        m = LINE.match(text)
        if not m:
            raise ValueError(f"unreadable line '# differs: {text}'")
        out.append((m.group(1), m.group(2), compile(m.group(2), "<differs>", "eval"), m.group(3)))
    return out


def condition_points(lines):
    points = []
    for _, text, _, _ in lines:
        for m in NUMBER.finditer(text):
            points += neighbours(float(m.group(1)) if m.group(1) else parse_number(m.group(0)))
    return points


def run_act(act, parameters, xs, dtype):
    """y, dy, dparam per x, each x alone (scalar path), and y, dy from one long tensor (vector path)."""
    scalar = []
    for x in xs:
        for p in parameters:
            p.grad = None
        t = torch.tensor([x], dtype=dtype, requires_grad=True)
        y = act(t)
        if y.requires_grad:
            y.backward(torch.ones_like(y))
        dy = t.grad[0].item() if t.grad is not None else 0.0
        dp = [p.grad.reshape(-1)[0].item() if p.grad is not None else 0.0 for p in parameters]
        scalar.append((y[0].item(), dy, dp))
    long = torch.tensor([x for x in xs for _ in range(COPIES)], dtype=dtype, requires_grad=True)
    y = act(long)
    if y.requires_grad:
        y.backward(torch.ones_like(y))
    grads = long.grad.tolist() if long.grad is not None else [0.0] * len(long)
    values = y.tolist()
    vector = [(values[i * COPIES], grads[i * COPIES]) for i in range(len(xs))]
    return scalar, vector


def check(app, case):
    """Returns (failures, count of points compared, whether it claims equivalence)."""
    function, framework, set_, params, xs_text, exact = case
    spec = f"{function}:{framework}" + ("" if params == "-" else ":" + params)
    where = f"{spec} (set {set_})"
    try:
        code, rejected = snippet(app, spec)
        lines = declared(code)
    except (RuntimeError, ValueError) as e:
        return [f"{where}: {e}"], 0, False
    xs = [float(v) for v in xs_text.split(",")]
    for v in condition_points(lines):
        if not any(identical(v, x) for x in xs):
            xs.append(v)
    try:
        want = app_values(app, function, framework, params, xs)
    except RuntimeError as e:
        return [f"{where}: {e}"], 0, False
    namespace = {}
    try:
        exec(code, namespace)  # the snippet exactly as the window copies it
        act = namespace["act"]
        parameters = list(act.parameters()) if isinstance(act, torch.nn.Module) else []
        scalar, vector = run_act(act, parameters, xs, torch.float64)
    except Exception as e:  # the snippet itself fails: that is the finding
        if rejected and spec.split(":")[1] == "pytorch":
            return [], 0, False  # PyTorch's own layer refuses values its layer rejects, as the app warned
        return [f"{where}: the snippet raised {type(e).__name__}: {e}\n{code}"], 0, False
    dnames = [name for name in want if name.startswith("d_")]
    if len(dnames) != len(parameters):
        return [f"{where}: the app has {len(dnames)} trainable parameters, the snippet's act {len(parameters)}"], 0, False

    tolerance = 0.0 if exact == "exact" else TOLERANCE64
    failures = []
    real = [False] * len(lines)
    undeclared = {}
    exercised = [False] * len(lines)
    for i, x in enumerate(xs):
        holds = [bool(eval(c, {"math": math, "x": x})) for _, _, c, _ in lines]
        for k, h in enumerate(holds):
            exercised[k] |= h
        y, dy, dps = scalar[i]
        vy, vdy = vector[i]
        checks = [("value", want["y"][i], y, vy), ("d/dx", want["dy"][i], dy, vdy)]
        for name, dp in zip(dnames, dps):
            checks.append(("d/d" + name[2:], want[name][i], dp, None))  # d/dparam sums over a long tensor
        for quantity, expected, got, got_vector in checks:
            misses = [(path, g) for path, g in (("scalar", got), ("vector", got_vector))
                      if g is not None and relative(g, expected) > tolerance]
            if not misses:
                continue
            covering = [k for k, (q, _, _, _) in enumerate(lines) if q == quantity and holds[k]]
            for k in covering:
                real[k] = True
            if not covering:
                path, g = misses[0]
                undeclared.setdefault(quantity, []).append(f"x={x!r}: app {expected!r}, snippet {g!r} ({path})")
    for quantity, found in undeclared.items():
        failures.append(f"{where}: undeclared {quantity} difference at {len(found)} points: " + "; ".join(found[:4]))
    details = [d for _, _, _, d in lines]
    for k, (quantity, text, _, _) in enumerate(lines):
        if not exercised[k]:
            failures.append(f"{where}: declared '{quantity} where {text}' holds at none of the points")
        elif not real[k] and not details[k].startswith("last digits"):
            failures.append(f"{where}: declared '{quantity} where {text}' but the snippet agrees with the app there")
    return failures, len(xs), not lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--app", required=True, help="the activation-explorer executable")
    parser.add_argument("--driver", required=True, help="the aex-crosscheck executable")
    parser.add_argument("--seed", type=int, default=20261130)
    parser.add_argument("--sets", type=int, default=8, help="random parameter sets per function and framework")
    parser.add_argument("--only", help="only this function (for debugging)")
    args = parser.parse_args()
    torch.set_num_threads(1)

    cases = [line.split("\t") for line in subprocess.run(
        [args.driver, "snippet-cases", str(args.seed), str(args.sets)],
        check=True, capture_output=True, text=True).stdout.splitlines()]
    if args.only:
        cases = [c for c in cases if c[0] == args.only]
    failures, points, equivalent, snippets = [], 0, 0, 0
    per_source = {}
    # The app runs in subprocesses; two workers keep the machine's two cores busy.
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for case, (found, n, claims) in zip(cases, pool.map(lambda c: check(args.app, c), cases)):
            snippets += 1
            points += n
            equivalent += claims
            failures += found
            key = (case[0], case[1])
            per_source.setdefault(key, [0, 0])
            per_source[key][0] += 1
            per_source[key][1] += 1 if found else 0
    for line in failures[:400]:
        print("FAIL " + line)
    if len(failures) > 400:
        print(f"... and {len(failures) - 400} more")
    bad = sorted(f"{f}:{fw}" for (f, fw), (_, b) in per_source.items() if b)
    print(f"{'PASS' if not failures else 'FAIL'}: {snippets} PyTorch snippets run ({equivalent} claim equivalence), "
          f"{points} points each by value, d/dx and d/dparam on the scalar and vector kernels; "
          f"{len(failures)} failures" + (f" in {', '.join(bad)}" if bad else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
