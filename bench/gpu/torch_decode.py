#!/usr/bin/env python3
"""The PyTorch peer of a GPU decode step (bench/gpu/run.sh): one
Infini-attention layer decoding token by token as lucidrains'
infini-transformer does, on CUDA: keys and values of the current segment in
a preallocated cache, scaled_dot_product_attention of the new token over the
rows so far (enable_gqa for grouped heads), the memory read-out, the gate
(the memory update of a completed segment is left out: the steps timed stay
inside a segment). Prints JSON: the steps' median and max seconds.

  torch_decode.py --batch B --heads H --kv-heads HKV --head-dim D
                  --segment N --position P --steps S --dtype bf16|f32
"""
import argparse
import json
import statistics

import torch


def main():
    p = argparse.ArgumentParser()
    for name in ("batch", "heads", "kv-heads", "head-dim", "segment",
                 "position", "steps"):
        p.add_argument("--" + name, type=int, required=True)
    p.add_argument("--dtype", choices=("bf16", "f32"), default="bf16")
    a = p.parse_args()
    dev = "cuda"
    dt = torch.bfloat16 if a.dtype == "bf16" else torch.float32
    b, h, hkv, d, n = a.batch, a.heads, a.kv_heads, a.head_dim, a.segment
    torch.manual_seed(0)
    sdpa = torch.nn.functional.scaled_dot_product_attention
    gate = torch.randn(h, device=dev).sigmoid().view(1, h, 1, 1)
    m = torch.randn(b, hkv, d, d, device=dev)
    z = torch.rand(b, hkv, d, device=dev) + 0.5
    kc = torch.randn(b, hkv, n, d, device=dev, dtype=dt)
    vc = torch.randn(b, hkv, n, d, device=dev, dtype=dt)
    group = h // hkv
    # The memory of each query head (the same between boundaries).
    mg = m.repeat_interleave(group, 1) if group > 1 else m
    zg = z.repeat_interleave(group, 1) if group > 1 else z
    # enable_gqa exists from PyTorch 2.5 on; without groups it is not needed.
    gqa = {"enable_gqa": True} if group > 1 else {}

    def step(pos, q, k, v):
        o = pos % n
        kc[:, :, o] = k[:, :, 0]
        vc[:, :, o] = v[:, :, 0]
        local = sdpa(q, kc[:, :, :o + 1], vc[:, :, :o + 1], **gqa)
        sq = torch.nn.functional.elu(q.float()) + 1.0
        read = (sq @ mg) / (sq @ zg.unsqueeze(-1)).clamp(min=1e-6)
        return (gate * read + (1 - gate) * local.float()).to(dt)

    times = []
    with torch.no_grad():
        for i in range(a.steps + 2):
            q = torch.randn(b, h, 1, d, device=dev, dtype=dt)
            k = torch.randn(b, hkv, 1, d, device=dev, dtype=dt)
            v = torch.randn(b, hkv, 1, d, device=dev, dtype=dt)
            start, end = (torch.cuda.Event(enable_timing=True)
                          for _ in range(2))
            torch.cuda.synchronize()
            start.record()
            step(a.position + i, q, k, v)
            end.record()
            torch.cuda.synchronize()
            if i >= 2:  # the first steps warm the kernels up
                times.append(start.elapsed_time(end) * 1e-3)
    print(json.dumps({"median_seconds": statistics.median(times),
                      "max_seconds": max(times), "torch": torch.__version__}))


if __name__ == "__main__":
    main()
