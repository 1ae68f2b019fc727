//===- DecodeHarness.cpp - main() of an ahead-of-time GPU decode step -----===//
//
// Linked by `infini-gpu-aot --decode` with one decode step compiled by
// infini-lower-to-nvvm (an infini.attention_chunk of one token per stream,
// `_mlir_ciface_step`, called through `infiniCallStep`), the shape it was
// compiled for (`infiniDecodeShape`) and the runtime:
//
//   step.exe [--check] [--iterations N] [--warmup N]
//
// Stream b of the batch has consumed prompt + b tokens before the first step
// (serving batches mix positions). --check builds that state from the
// float64 reference (the memory after those tokens, the memory at their
// segment's start, the segment's keys and values in the caches' first rows;
// SPEC, Streams), runs `steps` decode steps, each continuing from the state
// the previous one left, and compares every step's output and the final
// memory and norm with the reference of one infini.attention over each
// whole stream; exits 1 when an error exceeds its bound. The state is
// updated in place, as a server would keep it. --iterations times
// that many more steps from there and prints the median and largest step
// and the bytes a step must read (its streams' cached rows up to the token,
// the segment memory it reads, the memory it updates) per second.
//
//===----------------------------------------------------------------------===//

#include "DeviceTensor.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <utility>
#include <vector>

/// What infini-gpu-aot compiled; elem: 0 f32, 1 f16, 2 bf16.
struct InfiniDecodeShape {
  int64_t batch, heads, kvHeads, segment, dk, dv, prompt, steps;
  int32_t elem;
  int32_t delta;
};

extern "C" const InfiniDecodeShape infiniDecodeShape;

// Calls the compiled step's _mlir_ciface_step with `args`: memref
// descriptors of device buffers q, k, v, memory, norm, gate, segment memory,
// segment norm, key cache, value cache (all six of the state updated in
// place), position, then the result and the new positions
// (out-parameters).
extern "C" void infiniCallStep(void **args);

using namespace infini::aot;
using infini::ref::rows;
using infini::ref::setBatch;
using infini::ref::setRows;

int main(int argc, char **argv) {
  HarnessArgs cli;
  if (!parseArgs(argc, argv, cli))
    return 2;
  bool check = cli.check;
  int iterations = cli.iterations;
  const InfiniDecodeShape &s = infiniDecodeShape;
  std::printf("decode: B=%lld H=%lld Hkv=%lld N=%lld Dk=%lld Dv=%lld %s %s, "
              "stream b from position %lld + b, %lld checked steps\n",
              (long long)s.batch, (long long)s.heads, (long long)s.kvHeads,
              (long long)s.segment, (long long)s.dk, (long long)s.dv,
              elemName(s.elem), s.delta ? "delta" : "linear",
              (long long)s.prompt, (long long)s.steps);
  int64_t b = s.batch, h = s.heads, hkv = s.kvHeads, n = s.segment;
  double scale = 1.0 / std::sqrt(static_cast<double>(s.dk)), eps = 1e-6;
  Tensor g = rounded(infini::ref::random({h}, 6, -3, 3), 0);

  // The state before the first step, and each stream's inputs and
  // reference when checking.
  Tensor m({b, hkv, s.dk, s.dv}), z({b, hkv, s.dk}), sm(m.shape), sz(z.shape);
  Tensor kc({b, hkv, n, s.dk}), vc({b, hkv, n, s.dv}), pos({b});
  struct Stream {
    Tensor q, k, v;
    infini::ref::LayerResult want;
  };
  std::vector<Stream> streams;
  for (int64_t e = 0; e < b; ++e) {
    int64_t p = s.prompt + e, len = p + s.steps;
    uint64_t seed = 10 * static_cast<uint64_t>(e);
    pos.data[e] = static_cast<double>(p);
    Tensor m0 = rounded(infini::ref::random({1, hkv, s.dk, s.dv}, seed + 4), 0);
    Tensor z0 =
        rounded(infini::ref::random({1, hkv, s.dk}, seed + 5, 0.5, 2.0), 0);
    if (!check) {
      // Any state: only the time is measured.
      setBatch(m, e, m0);
      setBatch(z, e, z0);
      setBatch(sm, e, m0);
      setBatch(sz, e, z0);
      continue;
    }
    Stream d;
    d.q = rounded(infini::ref::random({1, h, len, s.dk}, seed + 1, -2, 2),
                  s.elem);
    d.k = rounded(infini::ref::random({1, hkv, len, s.dk}, seed + 2, -2, 2),
                  s.elem);
    d.v = rounded(infini::ref::random({1, hkv, len, s.dv}, seed + 3), s.elem);
    d.want = infini::ref::attention(d.q, d.k, d.v, m0, z0, g, n, s.delta != 0,
                                    scale, eps);
    auto prefix = [&](int64_t t) {
      return infini::ref::attention(rows(d.q, 0, 0, t), rows(d.k, 0, 0, t),
                                    rows(d.v, 0, 0, t), m0, z0, g, n,
                                    s.delta != 0, scale, eps);
    };
    int64_t segStart = p - p % n;
    infini::ref::LayerResult before = prefix(p), seg = prefix(segStart);
    setBatch(m, e, before.memory);
    setBatch(z, e, before.norm);
    setBatch(sm, e, seg.memory);
    setBatch(sz, e, seg.norm);
    setRows(kc, e, 0, rows(d.k, 0, segStart, p));
    setRows(vc, e, 0, rows(d.v, 0, segStart, p));
    streams.push_back(std::move(d));
  }

  void *stream = mgpuStreamCreate();
  DeviceTensor dq({b, h, 1, s.dk}, s.elem), dk({b, hkv, 1, s.dk}, s.elem),
      dv({b, hkv, 1, s.dv}, s.elem), dg(g.shape, 0),
      out({b, h, 1, s.dv}, s.elem);
  dg.upload(g, stream);
  // The state, which every step updates in place (the step's state
  // arguments are writable: infini-in-place-results drops their results),
  // and two position buffers, which a step reads and writes in turn.
  std::vector<std::unique_ptr<DeviceTensor>> state;
  const Tensor *initial[] = {&m, &z, &sm, &sz, &kc, &vc};
  for (int i = 0; i < 6; ++i) {
    state.push_back(
        std::make_unique<DeviceTensor>(initial[i]->shape, i < 4 ? 0 : s.elem));
    state.back()->upload(*initial[i], stream);
  }
  DeviceTensor positions[] = {{pos.shape, 3}, {pos.shape, 3}};
  positions[0].upload(pos, stream);
  int current = 0;
  auto call = [&] {
    std::vector<void *> args = {dq.desc(), dk.desc(), dv.desc()};
    for (int i = 0; i < 6; ++i) {
      args.push_back(state[i]->desc());
      if (i == 1)
        args.push_back(dg.desc());
    }
    args.push_back(positions[current].desc());
    args.push_back(out.desc());
    args.push_back(positions[1 - current].desc());
    infiniCallStep(args.data());
    current = 1 - current;
  };
  // The token of stream e at position p_e + i, for all streams.
  auto token = [&](const Tensor Stream::*x, int64_t heads, int64_t d,
                   int64_t i) {
    Tensor t({b, heads, 1, d});
    for (int64_t e = 0; e < b; ++e) {
      int64_t p = s.prompt + e + i;
      setRows(t, e, 0, rows(streams[e].*x, 0, p, p + 1));
    }
    return t;
  };

  int status = 0;
  if (check) {
    std::vector<Tensor> got;
    for (int64_t i = 0; i < s.steps; ++i) {
      dq.upload(token(&Stream::q, h, s.dk, i), stream);
      dk.upload(token(&Stream::k, hkv, s.dk, i), stream);
      dv.upload(token(&Stream::v, hkv, s.dv, i), stream);
      call();
      got.push_back(out.download(stream));
    }
    Tensor gotOut({b, h, s.steps, s.dv}), wantOut(gotOut.shape);
    Tensor wantM(m.shape), wantZ(z.shape);
    for (int64_t e = 0; e < b; ++e) {
      int64_t p = s.prompt + e;
      for (int64_t i = 0; i < s.steps; ++i)
        setRows(gotOut, e, i, rows(got[i], e, 0, 1));
      setRows(wantOut, e, 0, rows(streams[e].want.out, 0, p, p + s.steps));
      setBatch(wantM, e, streams[e].want.memory);
      setBatch(wantZ, e, streams[e].want.norm);
    }
    if (!withinBound("result", gotOut, wantOut, outputBound(s.elem)))
      status = 1;
    if (!withinBound("new_memory", state[0]->download(stream), wantM,
                     1e-5))
      status = 1;
    if (!withinBound("new_norm", state[1]->download(stream), wantZ,
                     1e-5))
      status = 1;
    Tensor newPos = positions[current].download(stream);
    for (int64_t e = 0; e < b; ++e)
      if (newPos.data[e] != static_cast<double>(s.prompt + e + s.steps)) {
        std::printf("new_position of stream %lld: %.0f  FAILED\n", (long long)e,
                    newPos.data[e]);
        status = 1;
      }
  }

  if (iterations > 0) {
    // Any tokens: the time does not depend on their values.
    dq.upload(infini::ref::random(dq.shape, 11), stream);
    dk.upload(infini::ref::random(dk.shape, 12), stream);
    dv.upload(infini::ref::random(dv.shape, 13), stream);
    int64_t done = check ? s.steps : 0;
    for (int i = 0; i < cli.warmup; ++i, ++done)
      call();
    // Each call returns once its kernels are done (the generated host code
    // synchronizes its stream), so a call's wall-clock time is the step's
    // latency, launches included.
    std::vector<double> seconds;
    double bytes = 0;
    int64_t eb = static_cast<int64_t>(elemBytes(s.elem));
    for (int i = 0; i < iterations; ++i, ++done) {
      for (int64_t e = 0; e < b; ++e) {
        int64_t rowsSeen = (s.prompt + e + done) % n + 1;
        bytes += static_cast<double>(hkv * rowsSeen * (s.dk + s.dv) * eb);
      }
      // The segment memory read, the memory read and written.
      bytes += 3.0 * static_cast<double>(b * hkv * s.dk * s.dv * 4);
      auto start = std::chrono::steady_clock::now();
      call();
      seconds.push_back(std::chrono::duration<double>(
                            std::chrono::steady_clock::now() - start)
                            .count());
    }
    double total = 0;
    for (double t : seconds)
      total += t;
    std::vector<double> sorted(seconds);
    std::sort(sorted.begin(), sorted.end());
    std::printf("step: median %.1f us, max %.1f us, read %.1f GB/s (%d "
                "steps)\n",
                sorted[sorted.size() / 2] * 1e6, sorted.back() * 1e6,
                bytes / total * 1e-9, iterations);
  }
  mgpuStreamDestroy(stream);
  return status;
}
