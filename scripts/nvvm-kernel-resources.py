#!/usr/bin/env python3
"""Resource usage and occupancy of the kernels in infini-lower-to-nvvm output.

Reads the output of `infini-opt -infini-lower-to-nvvm="format=isa ..."` (host
code in the LLVM dialect, kernels as PTX in gpu.binary ops), assembles each
kernel with the toolkit's ptxas (`ptxas -v`), takes the block size and
dynamic shared memory of its launch from the host code, and prints one line
per kernel:

  layer_kernel_1: 128 threads, 71 registers, 0 spill bytes, 91264 bytes
  shared, 2 blocks per SM (shared memory)

Blocks per SM follow the CUDA occupancy rules for the chip's limits
(registers per SM, allocated per warp in units of 256; threads; blocks;
shared memory per SM, 1 KiB of it reserved per block). Only chips with
known limits are accepted.

usage: nvvm-kernel-resources.py FILE --ptxas PATH [--chip sm_90]
"""

import argparse
import re
import subprocess
import sys
import tempfile

# Per-SM limits: registers, threads, blocks, shared memory bytes.
LIMITS = {
    "sm_80": (65536, 2048, 32, 167936),
    "sm_86": (65536, 1536, 16, 102400),
    "sm_89": (65536, 1536, 24, 102400),
    "sm_90": (65536, 2048, 32, 233472),
    "sm_90a": (65536, 2048, 32, 233472),
    "sm_100": (65536, 2048, 32, 233472),
    "sm_100a": (65536, 2048, 32, 233472),
}
RESERVED_SHARED_PER_BLOCK = 1024


def unescape(text):
    """The PTX of a gpu.binary, from its MLIR string literal."""
    return re.sub(rb"\\([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]),
                  text.encode()).decode()


def kernels(mlir):
    """(module name, PTX) for each gpu.binary that holds assembly."""
    for match in re.finditer(r'gpu\.binary @(\w+) .*?assembly = "((?:[^"\\]|\\.)*)"',
                             mlir):
        yield match.group(1), unescape(match.group(2))


def launches(mlir):
    """{module: (threads, dynamic shared bytes)} from the host code's
    gpu.launch_func ops, their operands resolved through the constants of
    the enclosing function."""
    found = {}
    for body in re.split(r"\n  llvm\.func ", mlir):
        constants = dict(re.findall(
            r"(%\w+) = llvm\.mlir\.constant\((-?\d+) : \w+\)", body))
        for match in re.finditer(
                r"gpu\.launch_func .*?@(\w+)::@\w+ blocks in \([^)]*\) "
                r"threads in \((%\w+), (%\w+), (%\w+)\)[^\n]*?"
                r"dynamic_shared_memory_size (%\w+)", body):
            module = match.group(1)
            try:
                threads = 1
                for name in match.group(2, 3, 4):
                    threads *= int(constants[name])
                shared = int(constants[match.group(5)])
            except KeyError:
                sys.exit(f"nvvm-kernel-resources: the launch of @{module} "
                         "has a block size or shared memory size that is "
                         "not a constant")
            if found.setdefault(module, (threads, shared)) != (threads, shared):
                sys.exit(f"nvvm-kernel-resources: @{module} is launched with "
                         "different block or shared memory sizes")
    return found


def ptxas_report(ptxas, chip, ptx):
    with tempfile.NamedTemporaryFile("w", suffix=".ptx") as source:
        source.write(ptx)
        source.flush()
        result = subprocess.run(
            [ptxas, f"-arch={chip}", "-v", source.name, "-o", "/dev/null"],
            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("nvvm-kernel-resources: ptxas failed:\n" + result.stderr)
    log = result.stderr
    registers = int(re.search(r"Used (\d+) registers", log).group(1))
    spills = sum(int(n) for n in re.findall(r"(\d+) bytes spill (?:stores|loads)", log))
    stack = int(re.search(r"(\d+) bytes stack frame", log).group(1))
    static = re.search(r"(\d+) bytes smem", log)
    return registers, spills, stack, int(static.group(1)) if static else 0


def blocks_per_sm(chip, threads, registers, shared):
    regs_per_sm, threads_per_sm, blocks_limit, shared_per_sm = LIMITS[chip]
    warps = -(-threads // 32)
    regs_per_warp = -(-registers * 32 // 256) * 256
    limits = {
        "blocks": blocks_limit,
        "threads": threads_per_sm // (warps * 32),
        "registers": (regs_per_sm // regs_per_warp) // warps if registers else blocks_limit,
        "shared memory": shared_per_sm // (shared + RESERVED_SHARED_PER_BLOCK),
    }
    blocks = min(limits.values())
    return blocks, [name for name, n in limits.items() if n == blocks]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--ptxas", required=True)
    parser.add_argument("--chip", default="sm_90")
    args = parser.parse_args()
    if args.chip not in LIMITS:
        sys.exit(f"nvvm-kernel-resources: no limits known for {args.chip}")
    mlir = open(args.file).read()
    launched = launches(mlir)
    count = 0
    for module, ptx in kernels(mlir):
        if module not in launched:
            sys.exit(f"nvvm-kernel-resources: @{module} is never launched")
        threads, dynamic = launched[module]
        registers, spills, stack, static = ptxas_report(args.ptxas, args.chip, ptx)
        shared = static + dynamic
        blocks, limiters = blocks_per_sm(args.chip, threads, registers, shared)
        print(f"{module}: {threads} threads, {registers} registers, "
              f"{spills} spill bytes, {stack} bytes stack, {shared} bytes "
              f"shared, {blocks} blocks per SM ({', '.join(limiters)})")
        count += 1
    if count == 0:
        sys.exit("nvvm-kernel-resources: no PTX in the input (compile with "
                 "format=isa)")


if __name__ == "__main__":
    main()
