//===- LayerHarness.cpp - main() of an ahead-of-time GPU layer ------------===//
//
// Linked by infini-gpu-aot with one layer compiled by infini-lower-to-nvvm
// (`_mlir_ciface_layer`, called through `infiniCallLayer`), the shape it was
// compiled for (`infiniLayerShape`) and the runtime. Needs the CUDA driver, nothing of LLVM:
//
//   layer.exe [--check] [--iterations N] [--warmup N]
//
// --check compares the output and the final state with the float64
// reference (seeded random inputs, distinct per batch, head and token) and
// exits 1 when an error exceeds its bound; --iterations times that many calls
// and prints milliseconds per call and tokens per second.
//
//===----------------------------------------------------------------------===//

#include "InfiniReference.h"

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

// From the runtime (libinfini_cuda_runtime).
extern "C" void *mgpuMemAlloc(uint64_t bytes, void *stream, bool hostShared);
extern "C" void mgpuMemFree(void *ptr, void *stream);
extern "C" void mgpuMemcpy(void *dst, void *src, size_t bytes, void *stream);
extern "C" void *mgpuStreamCreate();
extern "C" void mgpuStreamSynchronize(void *stream);
extern "C" void mgpuStreamDestroy(void *stream);

namespace {

using infini::ref::Tensor;

const char *elemName(int32_t elem) {
  return elem == 0 ? "f32" : elem == 1 ? "f16" : "bf16";
}

size_t elemBytes(int32_t elem) { return elem == 0 ? 4 : 2; }

/// Rounds to the element type (nearest, ties to even) and back: the values
/// the kernel sees, which the reference then gets too.
double roundTo(double x, int32_t elem) {
  float f = static_cast<float>(x);
  if (elem == 1)
    return static_cast<double>(static_cast<_Float16>(f));
  if (elem == 2) {
    uint32_t bits;
    std::memcpy(&bits, &f, 4);
    bits += 0x7fffu + ((bits >> 16) & 1u);
    bits &= 0xffff0000u;
    std::memcpy(&f, &bits, 4);
  }
  return f;
}

/// A device buffer with its memref descriptor.
struct DeviceTensor {
  std::vector<int64_t> shape;
  int32_t elem;
  void *data = nullptr;
  std::vector<int64_t> descriptor;

  DeviceTensor(std::vector<int64_t> s, int32_t e) : shape(std::move(s)), elem(e) {
    data = mgpuMemAlloc(count() * elemBytes(elem), nullptr, false);
    size_t rank = shape.size();
    descriptor.assign(3 + 2 * rank, 0);
    descriptor[0] = descriptor[1] = reinterpret_cast<int64_t>(data);
    int64_t stride = 1;
    for (size_t i = rank; i-- > 0;) {
      descriptor[3 + i] = shape[i];
      descriptor[3 + rank + i] = stride;
      stride *= shape[i];
    }
  }
  ~DeviceTensor() { mgpuMemFree(data, nullptr); }
  DeviceTensor(const DeviceTensor &) = delete;
  DeviceTensor &operator=(const DeviceTensor &) = delete;

  size_t count() const {
    size_t n = 1;
    for (int64_t d : shape)
      n *= d;
    return n;
  }
  void *desc() { return descriptor.data(); }

  void upload(const Tensor &t, void *stream) {
    std::vector<uint8_t> bytes(count() * elemBytes(elem));
    for (size_t i = 0; i < count(); ++i) {
      float f = static_cast<float>(t.data[i]);
      if (elem == 0) {
        std::memcpy(&bytes[4 * i], &f, 4);
      } else if (elem == 1) {
        _Float16 h = static_cast<_Float16>(f);
        std::memcpy(&bytes[2 * i], &h, 2);
      } else {
        uint32_t bits;
        std::memcpy(&bits, &f, 4); // already rounded: the top half is exact
        uint16_t top = static_cast<uint16_t>(bits >> 16);
        std::memcpy(&bytes[2 * i], &top, 2);
      }
    }
    mgpuMemcpy(data, bytes.data(), bytes.size(), stream);
    mgpuStreamSynchronize(stream);
  }

  Tensor download(void *stream) {
    std::vector<uint8_t> bytes(count() * elemBytes(elem));
    mgpuMemcpy(bytes.data(), data, bytes.size(), stream);
    mgpuStreamSynchronize(stream);
    Tensor t;
    t.shape = shape;
    t.data.resize(count());
    for (size_t i = 0; i < count(); ++i) {
      float f;
      if (elem == 0) {
        std::memcpy(&f, &bytes[4 * i], 4);
      } else if (elem == 1) {
        _Float16 h;
        std::memcpy(&h, &bytes[2 * i], 2);
        f = static_cast<float>(h);
      } else {
        uint32_t bits = 0;
        std::memcpy(reinterpret_cast<uint8_t *>(&bits) + 2, &bytes[2 * i], 2);
        std::memcpy(&f, &bits, 4);
      }
      t.data[i] = f;
    }
    return t;
  }
};

Tensor rounded(Tensor t, int32_t elem) {
  for (double &x : t.data)
    x = roundTo(x, elem);
  return t;
}

bool finite(const Tensor &t) {
  for (double x : t.data)
    if (!std::isfinite(x))
      return false;
  return true;
}

int usage(const char *argv0) {
  std::fprintf(stderr, "usage: %s [--check] [--iterations N] [--warmup N]\n",
               argv0);
  return 2;
}

} // namespace

int main(int argc, char **argv) {
  bool check = false;
  int iterations = 0, warmup = 2;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--check")
      check = true;
    else if (arg == "--iterations" && i + 1 < argc)
      iterations = std::atoi(argv[++i]);
    else if (arg == "--warmup" && i + 1 < argc)
      warmup = std::atoi(argv[++i]);
    else
      return usage(argv[0]);
  }
  const InfiniLayerShape &s = infiniLayerShape;
  std::printf("layer: B=%lld H=%lld Hkv=%lld T=%lld N=%lld Dk=%lld Dv=%lld "
              "%s %s%s%s%s\n",
              (long long)s.batch, (long long)s.heads, (long long)s.kvHeads,
              (long long)s.tokens, (long long)s.segment, (long long)s.dk,
              (long long)s.dv, elemName(s.elem), s.delta ? "delta" : "linear",
              s.channelGate ? " channel-gate" : "",
              s.rotated ? " rotated" : "", s.zeroState ? " zero-state" : "");

  // Inputs as the CPU execution tests draw them: q, k in [-2, 2), M of
  // either sign, z a sum of positive vectors, gate logits in [-3, 3).
  Tensor q = rounded(infini::ref::random({s.batch, s.heads, s.tokens, s.dk}, 1,
                                         -2, 2),
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
    double bound = s.elem == 0 ? 1e-5 : s.elem == 1 ? 1e-3 : 8e-3;
    struct {
      const char *name;
      Tensor got;
      const Tensor &want;
      double bound;
    } results[] = {{"result", out.download(stream), want.out, bound},
                   {"new_memory", newM.download(stream), want.memory, 1e-5},
                   {"new_norm", newZ.download(stream), want.norm, 1e-5}};
    for (auto &r : results) {
      double err = infini::ref::relativeError(r.got, r.want);
      bool ok = finite(r.got) && err <= r.bound;
      std::printf("relative error of %s: %.3g (bound %.0e)%s\n", r.name, err,
                  r.bound, ok ? "" : "  FAILED");
      if (!ok)
        status = 1;
    }
    // The layer only reads its inputs: each must come back bit for bit as
    // it was uploaded (values already rounded to the device type). The
    // local q and k, last, are inputs of rotated layers only.
    struct {
      const char *name;
      DeviceTensor &device;
      const Tensor &uploaded;
    } inputs[] = {{"q", dq, q}, {"k", dk, k}, {"v", dv, v}, {"memory", dm, m},
                  {"norm", dz, z}, {"gate", dg, g}, {"local q", dlq, lq},
                  {"local k", dlk, lk}};
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
    for (int i = 0; i < warmup; ++i)
      call();
    // Each call returns once its kernels are done (the generated host code
    // synchronizes its streams), so wall-clock time is device time plus
    // launch overhead.
    auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < iterations; ++i)
      call();
    double seconds = std::chrono::duration<double>(
                         std::chrono::steady_clock::now() - start)
                         .count() /
                     iterations;
    std::printf("time: %.3f ms per call, %.0f tokens/s (%d calls)\n",
                seconds * 1e3,
                static_cast<double>(s.batch * s.tokens) / seconds, iterations);
  }
  mgpuStreamDestroy(stream);
  return status;
}
