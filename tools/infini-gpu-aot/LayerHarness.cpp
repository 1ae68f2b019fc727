//===- LayerHarness.cpp - main() of an ahead-of-time GPU layer ------------===//
//
// Linked by infini-gpu-aot with one layer compiled by infini-lower-to-nvvm
// (`_mlir_ciface_layer`, called through `infiniCallLayer`), the shape it was
// compiled for (`infiniLayerShape`) and the runtime. Needs the CUDA driver,
// nothing of LLVM:
//
//   layer.exe [--check] [--iterations N] [--warmup N]
//
// --check compares the output and the final state with the float64
// reference (seeded random inputs, distinct per batch, head and token) and
// exits 1 when an error exceeds its bound; --iterations times that many calls
// and prints milliseconds per call and tokens per second.
//
//===----------------------------------------------------------------------===//

#include "DeviceTensor.h"

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

/// What infini-gpu-aot compiled; elem: 0 f32, 1 f16, 2 bf16; scale 0 for
/// the default 1/sqrt(Dk).
struct InfiniLayerShape {
  int64_t batch, heads, kvHeads, tokens, segment, dk, dv;
  int32_t elem;
  int32_t delta;
  int32_t channelGate; // gate [H, Dv] instead of [H]
  int32_t rotated;     // separate local_query / local_key operands
  int32_t zeroState;   // start from M = 0, z = 0
  double scale;
};

extern "C" const InfiniLayerShape infiniLayerShape;

// Calls the compiled layer's _mlir_ciface_layer with `args`: memref
// descriptors of device buffers q, k, v, memory, norm, gate, [local_query,
// local_key,] then the results out, new memory, new norm (out-parameters).
extern "C" void infiniCallLayer(void **args);

using namespace infini::aot;

int main(int argc, char **argv) {
  HarnessArgs cli;
  if (!parseArgs(argc, argv, cli))
    return 2;
  bool check = cli.check;
  int iterations = cli.iterations;
  const InfiniLayerShape &s = infiniLayerShape;
  std::printf("layer: B=%lld H=%lld Hkv=%lld T=%lld N=%lld Dk=%lld Dv=%lld "
              "%s %s%s%s%s\n",
              (long long)s.batch, (long long)s.heads, (long long)s.kvHeads,
              (long long)s.tokens, (long long)s.segment, (long long)s.dk,
              (long long)s.dv, elemName(s.elem), s.delta ? "delta" : "linear",
              s.channelGate ? " channel-gate" : "", s.rotated ? " rotated" : "",
              s.zeroState ? " zero-state" : "");

  // Inputs as the CPU execution tests draw them: q, k in [-2, 2), M of
  // either sign, z a sum of positive vectors, gate logits in [-3, 3).
  Tensor q =
      rounded(infini::ref::random({s.batch, s.heads, s.tokens, s.dk}, 1, -2, 2),
              s.elem);
  Tensor k = rounded(
      infini::ref::random({s.batch, s.kvHeads, s.tokens, s.dk}, 2, -2, 2),
      s.elem);
  Tensor v = rounded(
      infini::ref::random({s.batch, s.kvHeads, s.tokens, s.dv}, 3), s.elem);
  Tensor m = infini::ref::random({s.batch, s.kvHeads, s.dk, s.dv}, 4);
  Tensor z = infini::ref::random({s.batch, s.kvHeads, s.dk}, 5, 0.5, 2.0);
  if (s.zeroState) {
    m = Tensor(m.shape);
    z = Tensor(z.shape);
  }
  std::vector<int64_t> gateShape = {s.heads};
  if (s.channelGate)
    gateShape.push_back(s.dv);
  Tensor g = infini::ref::random(gateShape, 6, -3, 3);
  for (Tensor *t : {&m, &z, &g})
    *t = rounded(*t, 0);
  Tensor lq = rounded(infini::ref::random(q.shape, 7, -2, 2), s.elem);
  Tensor lk = rounded(infini::ref::random(k.shape, 8, -2, 2), s.elem);

  void *stream = mgpuStreamCreate();
  DeviceTensor dq(q.shape, s.elem), dk(k.shape, s.elem), dv(v.shape, s.elem),
      dm(m.shape, 0), dz(z.shape, 0), dg(g.shape, 0);
  DeviceTensor dlq(lq.shape, s.elem), dlk(lk.shape, s.elem);
  DeviceTensor out({s.batch, s.heads, s.tokens, s.dv}, s.elem),
      newM(m.shape, 0), newZ(z.shape, 0);
  dq.upload(q, stream);
  dk.upload(k, stream);
  dv.upload(v, stream);
  dm.upload(m, stream);
  dz.upload(z, stream);
  dg.upload(g, stream);
  std::vector<void *> args = {dq.desc(), dk.desc(), dv.desc(),
                              dm.desc(), dz.desc(), dg.desc()};
  if (s.rotated) {
    dlq.upload(lq, stream);
    dlk.upload(lk, stream);
    args.push_back(dlq.desc());
    args.push_back(dlk.desc());
  }
  for (DeviceTensor *t : {&out, &newM, &newZ})
    args.push_back(t->desc());
  auto call = [&] { infiniCallLayer(args.data()); };
  call();

  int status = 0;
  if (check) {
    // The compiled scale attribute is an f32.
    double scale = s.scale != 0
                       ? static_cast<double>(static_cast<float>(s.scale))
                       : 1.0 / std::sqrt(static_cast<double>(s.dk));
    infini::ref::LayerResult want = infini::ref::attention(
        q, k, v, m, z, g, s.segment, s.delta != 0, scale, 1e-6,
        s.rotated ? &lq : nullptr, s.rotated ? &lk : nullptr);
    if (!withinBound("result", out.download(stream), want.out,
                     outputBound(s.elem)))
      status = 1;
    if (!withinBound("new_memory", newM.download(stream), want.memory, 1e-5))
      status = 1;
    if (!withinBound("new_norm", newZ.download(stream), want.norm, 1e-5))
      status = 1;
    // The layer only reads its inputs: each must come back bit for bit as
    // it was uploaded (values already rounded to the device type). The
    // local q and k, last, are inputs of rotated layers only.
    struct {
      const char *name;
      DeviceTensor &device;
      const Tensor &uploaded;
    } inputs[] = {{"q", dq, q},         {"k", dk, k},        {"v", dv, v},
                  {"memory", dm, m},    {"norm", dz, z},     {"gate", dg, g},
                  {"local q", dlq, lq}, {"local k", dlk, lk}};
    for (size_t i = 0; i < (s.rotated ? 8 : 6); ++i) {
      auto &in = inputs[i];
      bool same = in.device.download(stream).data == in.uploaded.data;
      std::printf("input %s unchanged: %s\n", in.name,
                  same ? "yes" : "no  FAILED");
      if (!same)
        status = 1;
    }
  }

  if (iterations > 0) {
    for (int i = 0; i < cli.warmup; ++i)
      call();
    // Each call returns once its kernels are done (the generated host code
    // synchronizes its streams), so wall-clock time is device time plus
    // launch overhead.
    auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < iterations; ++i)
      call();
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count() /
        iterations;
    std::printf("time: %.3f ms per call, %.0f tokens/s (%d calls)\n",
                seconds * 1e3,
                static_cast<double>(s.batch * s.tokens) / seconds, iterations);
  }
  mgpuStreamDestroy(stream);
  return status;
}
