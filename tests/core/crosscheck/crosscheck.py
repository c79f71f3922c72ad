#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The PyTorch half of `make crosscheck` (issue #11).

aex-crosscheck generates seeded cases (every PyTorch function of the catalogue, float64 and float32,
random parameters across each slider's range, breakpoints and their float neighbours, +-0, +-inf,
NaN, large magnitudes). This script evaluates each case with real PyTorch and autograd, through the
scalar kernel (every x as a 1-element tensor, the path the app reproduces) and, as information, the
vectorised kernel (all x of a parameter set in one long tensor), then has aex-crosscheck compare the
answers with the core. It exits non-zero on any scalar-path miss.

With --regenerate FILE it also writes the reference table tst_pytorchreference replays: parameter
sets 0-3 of every function and dtype, plus every case in found-cases.tsv.
"""

import argparse
import math
import os
import platform
import re
import subprocess
import sys

import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
FOUND_CASES = os.path.join(HERE, "found-cases.tsv")
REFERENCE_SETS = 4  # parameter sets 0 (defaults), 1 (slider minima), 2 (maxima), 3 (random)
COPIES = 64  # each x repeated so that its first copy lies in the vectorised loop, not the scalar tail


def forward(function, p):
    """The function form torch.nn's module calls, with the module's keywords."""
    table = {
        "relu": lambda x: F.relu(x),
        "leaky_relu": lambda x: F.leaky_relu(x, negative_slope=p["alpha"]),
        "relu6": lambda x: F.relu6(x),
        "threshold": lambda x: F.threshold(x, p["threshold"], p["value"]),
        "hardtanh": lambda x: F.hardtanh(x, min_val=p["min_val"], max_val=p["max_val"]),
        "rrelu": lambda x: F.rrelu(x, lower=p["lower"], upper=p["upper"], training=False),
        "elu": lambda x: F.elu(x, alpha=p["alpha"]),
        "selu": lambda x: F.selu(x),
        "celu": lambda x: F.celu(x, alpha=p["alpha"]),
        "gelu": lambda x: F.gelu(x, approximate="tanh" if p["approximate"] else "none"),
        "silu": lambda x: F.silu(x),
        "mish": lambda x: F.mish(x),
        "softplus": lambda x: F.softplus(x, beta=p["beta"], threshold=p["threshold"]),
        "sigmoid": lambda x: torch.sigmoid(x),
        "tanh": lambda x: torch.tanh(x),
        "hard_sigmoid": lambda x: F.hardsigmoid(x),
        "hard_swish": lambda x: F.hardswish(x),
        "softsign": lambda x: F.softsign(x),
        "exponential": lambda x: torch.exp(x),
        "linear": lambda x: torch.nn.Identity()(x),
        "softshrink": lambda x: F.softshrink(x, lambd=p["lambd"]),
    }
    return table[function]


def parse_params(text):
    if text == "-":
        return {}
    out = {}
    for item in text.split(";"):
        name, value = item.split("=")
        out[name] = float(value)
    return out


def evaluate(function, params, dtype, xs):
    """y, dy and d/dweight (prelu) for the 1-D tensor xs, by autograd with an upstream gradient of ones."""
    x = torch.tensor(xs, dtype=dtype, requires_grad=True)
    weight = None
    if function == "prelu":
        # The weight is a tensor of x's dtype holding the parameter (nn.PReLU(init=a, dtype=...)).
        weight = torch.tensor([params["alpha"]], dtype=dtype, requires_grad=True)
        y = F.prelu(x, weight)
    else:
        y = forward(function, params)(x)
    if y.grad_fn is None:  # Identity: no graph, d/dx is 1
        return y.tolist(), [1.0] * len(xs), None
    y.backward(torch.ones_like(y))
    return y.tolist(), x.grad.tolist(), None if weight is None else weight.grad.tolist()


def number(v):
    return repr(float(v))


def run(args):
    cases = subprocess.run([args.driver, "cases", str(args.seed), str(args.sets)],
                           check=True, capture_output=True, text=True).stdout.splitlines()
    found = []
    if os.path.exists(FOUND_CASES):
        with open(FOUND_CASES) as f:
            found = [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]
    groups = {}
    for line in cases + found:
        function, dtype, set_, params, x = line.split("\t")
        groups.setdefault((function, dtype, set_, params), []).append(float(x))

    rows = []  # (key, x, path, y, dy, dparam)
    refused = {}
    for (function, dtype, set_, params), xs in groups.items():
        p = parse_params(params)
        dt = torch.float64 if dtype == "float64" else torch.float32
        try:
            evaluate(function, p, dt, [0.0])
        except (RuntimeError, ValueError) as e:
            # The function form refuses these values (rrelu with lower > upper); the app computes
            # them with the layer's error as a warning, so there is nothing to compare.
            refused.setdefault(f"{function}: {str(e).splitlines()[0]}", []).append(params)
            continue
        for x in xs:
            y, dy, dw = evaluate(function, p, dt, [x])
            rows.append(((function, dtype, set_, params), x, "scalar", y[0], dy[0], None if dw is None else dw[0]))
        # One long tensor: element i * COPIES is x[i], deep inside the vectorised loop.
        long_xs = [x for x in xs for _ in range(COPIES)]
        y, dy, _ = evaluate(function, p, dt, long_xs)
        for i, x in enumerate(xs):
            # d/dweight sums over the whole tensor, so it is compared on the scalar path only.
            rows.append(((function, dtype, set_, params), x, "vector", y[i * COPIES], dy[i * COPIES], None))
    for reason, sets in refused.items():
        print(f"PyTorch refused {len(sets)} parameter sets, e.g. {sets[0]}: {reason}")
    return rows


def write_table(path, rows, header):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        for line in header:
            f.write("# " + line + "\n")
        for (function, dtype, set_, params), x, path_, y, dy, dw in rows:
            f.write("\t".join([function, dtype, set_, params, number(x), path_, number(y), number(dy),
                               "-" if dw is None else number(dw)]) + "\n")
    os.replace(tmp, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--driver", required=True, help="the aex-crosscheck executable")
    parser.add_argument("--seed", type=int, default=20261130, help="seed of the random cases (default 20261130)")
    parser.add_argument("--sets", type=int, default=60, help="parameter sets per function and dtype (default 60)")
    parser.add_argument("--work", default="build/crosscheck", help="where the answers are written")
    parser.add_argument("--regenerate", metavar="FILE", help="also write the reference table to FILE")
    args = parser.parse_args()

    torch.set_num_threads(1)
    rows = run(args)
    os.makedirs(args.work, exist_ok=True)
    capability = re.search(r"CPU capability usage: (\S+)", torch.__config__.show())
    package = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "python3-torch"], capture_output=True, text=True)
    header = [f"torch {torch.__version__} (python3-torch {package.stdout.strip() or 'not from Debian'}), "
              f"CPU capability {capability.group(1) if capability else 'unknown'}, {platform.machine()}, "
              f"seed {args.seed}, {args.sets} parameter sets per function and dtype",
              "columns: function, dtype, set, params, x, path, y, dy, dparam (d/dweight of prelu)"]
    answers = os.path.join(args.work, f"torch-seed{args.seed}.tsv")
    write_table(answers, rows, header)
    print(f"PyTorch {torch.__version__} answered {sum(1 for r in rows if r[2] == 'scalar')} cases "
          f"(seed {args.seed}); comparing with the core", flush=True)
    result = subprocess.run([args.driver, "compare", answers, os.path.join(args.work, "misses.tsv")])

    if args.regenerate:
        found = set()
        if os.path.exists(FOUND_CASES):
            with open(FOUND_CASES) as f:
                found = {tuple(l.rstrip("\n").split("\t")[:4]) for l in f if l.strip() and not l.startswith("#")}
        keep = [r for r in rows if r[2] == "scalar" and (int(r[0][2]) < REFERENCE_SETS or r[0] in found)]
        write_table(args.regenerate, keep, [
            "PyTorch's answers for tst_pytorchreference; written by `make crosscheck REGENERATE=1`, do not edit.",
            header[0],
            f"Kept: parameter sets 0 to {REFERENCE_SETS - 1} of every function and dtype (0 the defaults, 1 the slider "
            "minima, 2 the maxima, 3 random), and every case of found-cases.tsv (what the harness found).",
            "Scalar path: each x evaluated alone, as a 1-element tensor; y.backward(ones) for dy and dparam.",
            header[1]])
        print(f"wrote {len(keep)} points to {args.regenerate}")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
