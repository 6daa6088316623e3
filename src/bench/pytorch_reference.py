#!/usr/bin/python3
"""PyTorch reference timings for initlab's benchmark workloads, on this machine.

Needs Debian's PyTorch: `apt-get install -y python3-torch python3-threadpoolctl` (runs with /usr/bin/python3).
Optional: `apt-get install -y dataset-fashion-mnist` for the `wide-epoch` workload.

Prints one tab-separated line per workload:
    workload  threads  dtype  median_ms  min_ms  max_ms  unit
Usage: /usr/bin/python3 pytorch_reference.py [--threads 1] [--dtype float64] [--workloads a,b,...]
"""
import argparse
import gzip
import math
import os
import statistics
import sys
import time

WORKLOADS = ["deep-narrow", "deep-narrow-relu", "wide", "probe", "matmul-512", "matmul-128x784x256", "wide-epoch"]
FMNIST = "/usr/share/datasets/fashion-mnist"


def parse():
    p = argparse.ArgumentParser()
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--dtype", default="float64", choices=["float32", "float64"])
    p.add_argument("--workloads", default=",".join(WORKLOADS[:-1]))
    p.add_argument("--repeats", type=int, default=7)
    return p.parse_args()


args = parse()
# Debian's build does its matrix products in OpenBLAS, which keeps its own thread pool: --threads sets that
# pool, through threadpoolctl at run time (the OPENBLAS_* environment variables are left as the machine sets
# them). PyTorch's own (OpenMP) pool stays at 1, its default here and its fastest setting on 2 cores
# (2 OpenMP threads + 2 OpenBLAS threads fight over the cores and run the training loop ~4x slower).
os.environ["OMP_NUM_THREADS"] = "1"
import torch  # noqa: E402
import torch.nn as nn  # noqa: E402

torch.set_num_threads(1)
try:
    from threadpoolctl import threadpool_limits  # noqa: E402
except ImportError:
    sys.exit("threadpoolctl is missing (it sets OpenBLAS's threads): apt-get install -y python3-threadpoolctl")
threadpool_limits(limits=args.threads, user_api="blas")
DT = getattr(torch, args.dtype)
torch.manual_seed(0)


def timed(fn, inner, repeats=args.repeats, warmup=2):
    """Median/min/max milliseconds per call of fn, each repeat timing `inner` calls."""
    for _ in range(warmup):
        for _ in range(inner):
            fn()
    per = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for _ in range(inner):
            fn()
        per.append((time.perf_counter() - t0) * 1000 / inner)
    return statistics.median(per), min(per), max(per)


def mlp(sizes, act, init):
    layers = []
    for i in range(len(sizes) - 1):
        lin = nn.Linear(sizes[i], sizes[i + 1]).to(DT)
        if init == "he":
            nn.init.kaiming_normal_(lin.weight, nonlinearity="relu")
        else:
            nn.init.xavier_normal_(lin.weight)
        nn.init.zeros_(lin.bias)
        layers.append(lin)
        if i < len(sizes) - 2:
            layers.append(act())
    return nn.Sequential(*layers)


def step_fn(model, loss_fn, x, y, opt):
    def step():
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(model(x), y)
        loss.backward()
        opt.step()
    return step


def deep_narrow(act, init):
    model = mlp([2] + [64] * 20 + [1], act, init)
    x = torch.randn(64, 2, dtype=DT)
    y = (torch.rand(64, 1) > 0.5).to(DT)
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    return timed(step_fn(model, nn.BCEWithLogitsLoss(), x, y, opt), 50), "step"


def wide():
    model = mlp([784, 256, 256, 10], nn.ReLU, "he")
    x = torch.rand(128, 784, dtype=DT)
    y = torch.randint(0, 10, (128,))
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    return timed(step_fn(model, nn.CrossEntropyLoss(), x, y, opt), 20), "step"


def probe():
    ws = [torch.randn(500, 500, dtype=DT) / math.sqrt(500) for _ in range(10)]
    x = torch.randn(1000, 500, dtype=DT)

    def fwd():
        with torch.no_grad():
            h = x
            for w in ws:
                h = torch.tanh(h @ w)
    return timed(fwd, 3), "forward"


def matmul(m, k, n):
    a, b = torch.randn(m, k, dtype=DT), torch.randn(k, n, dtype=DT)
    med, lo, hi = timed(lambda: a @ b, 20)
    return (med, lo, hi), "call (%.1f GFLOP/s)" % (2 * m * k * n / med / 1e6)


def read_idx(name):
    with gzip.open(os.path.join(FMNIST, name)) as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    t = torch.frombuffer(bytearray(data[4 + 4 * dims:]), dtype=torch.uint8)
    return t.reshape(shape)


def wide_epoch():
    if not os.path.isdir(FMNIST):
        return None, "skipped: dataset-fashion-mnist not installed"
    x = read_idx("train-images-idx3-ubyte.gz").reshape(60000, 784).to(DT) / 255
    y = read_idx("train-labels-idx1-ubyte.gz").long()
    model = mlp([784, 256, 256, 10], nn.ReLU, "he")
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    loss_fn = nn.CrossEntropyLoss()
    gen = torch.Generator().manual_seed(0)

    def epoch():
        perm = torch.randperm(60000, generator=gen)
        for i in range(0, 60000, 128):
            idx = perm[i:i + 128]
            step_fn(model, loss_fn, x[idx], y[idx], opt)()
    return timed(epoch, 1, repeats=3, warmup=1), "epoch"


RUN = {
    "deep-narrow": lambda: deep_narrow(nn.Tanh, "xavier"),
    "deep-narrow-relu": lambda: deep_narrow(nn.ReLU, "he"),
    "wide": wide,
    "probe": probe,
    "matmul-512": lambda: matmul(512, 512, 512),
    "matmul-128x784x256": lambda: matmul(128, 784, 256),
    "wide-epoch": wide_epoch,
}

for name in args.workloads.split(","):
    if name not in RUN:
        sys.exit("unknown workload %r; known: %s" % (name, ", ".join(WORKLOADS)))
    result, unit = RUN[name]()
    if result is None:
        print("%s\t%d\t%s\t-\t-\t-\t%s" % (name, args.threads, args.dtype, unit))
    else:
        med, lo, hi = result
        print("%s\t%d\t%s\t%.4f\t%.4f\t%.4f\t%s" % (name, args.threads, args.dtype, med, lo, hi, unit))
    sys.stdout.flush()
