#!/usr/bin/env bash
# Runs initlab's benchmark workloads and PyTorch's side by side on this machine and prints the ratios.
# Usage (from the project's root): src/bench/compare.sh [THREADS] [INITLAB COMMAND...]
#   THREADS defaults to 1; the initlab command defaults to ./initlab
# initlab must accept: bench --threads T --format tsv [--workloads a,b,...]
# and print lines:  workload<TAB>threads<TAB>dtype<TAB>median_ms<TAB>min_ms<TAB>max_ms<TAB>unit
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
threads=${1:-1}; shift || true
cmd=("$@"); [ ${#cmd[@]} -gt 0 ] || cmd=(./initlab)
workloads=${WORKLOADS:-deep-narrow,deep-narrow-relu,wide,probe,matmul-512,matmul-128x784x256}
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import torch' 2>/dev/null || {
  echo "PyTorch is missing: apt-get install -y python3-torch python3-threadpoolctl" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# alternate the two twice so that drift of the shared machine hits both alike
for round in 1 2; do
  "${cmd[@]}" bench --threads "$threads" --format tsv --workloads "$workloads" >>"$tmp/initlab.tsv"
  /usr/bin/python3 "$here/pytorch_reference.py" --threads "$threads" --workloads "$workloads" >>"$tmp/torch.tsv"
done
/usr/bin/python3 - "$tmp/initlab.tsv" "$tmp/torch.tsv" <<'PY'
import sys, statistics
def load(p):
    d = {}
    for line in open(p):
        f = line.rstrip("\n").split("\t")
        if len(f) >= 6 and f[3] not in ("-", "median_ms"):
            d.setdefault(f[0], []).append(float(f[3]))
    return {k: statistics.median(v) for k, v in d.items()}
a, b = load(sys.argv[1]), load(sys.argv[2])
print("%-22s %12s %12s %8s" % ("workload", "initlab ms", "pytorch ms", "ratio"))
for k in b:
    if k in a:
        print("%-22s %12.4f %12.4f %8.2f" % (k, a[k], b[k], a[k] / b[k]))
    else:
        print("%-22s %12s %12.4f %8s" % (k, "missing", b[k], "-"))
PY
