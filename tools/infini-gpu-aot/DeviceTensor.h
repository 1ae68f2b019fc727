//===- DeviceTensor.h - host/device tensors of the AOT harnesses -*- C++
//-*-===//
//
// What the ahead-of-time harnesses (LayerHarness.cpp, DecodeHarness.cpp)
// share: the runtime's entry points they call, device buffers with their
// memref descriptors, and the rounding of reference values to the device's
// element types.
//
//===----------------------------------------------------------------------===//

#ifndef INFINI_TOOLS_INFINI_GPU_AOT_DEVICETENSOR_H
#define INFINI_TOOLS_INFINI_GPU_AOT_DEVICETENSOR_H

#include "InfiniReference.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

// From the runtime (libinfini_cuda_runtime).
extern "C" void *mgpuMemAlloc(uint64_t bytes, void *stream, bool hostShared);
extern "C" void mgpuMemFree(void *ptr, void *stream);
extern "C" void mgpuMemcpy(void *dst, void *src, size_t bytes, void *stream);
extern "C" void *mgpuStreamCreate();
extern "C" void mgpuStreamSynchronize(void *stream);
extern "C" void mgpuStreamDestroy(void *stream);

namespace infini::aot {

using infini::ref::Tensor;

/// Element types: 0 f32, 1 f16, 2 bf16, 3 i64 (a stream's positions).
inline const char *elemName(int32_t elem) {
  return elem == 0 ? "f32" : elem == 1 ? "f16" : elem == 2 ? "bf16" : "i64";
}

inline size_t elemBytes(int32_t elem) {
  return elem == 0 ? 4 : elem == 3 ? 8 : 2;
}

/// Rounds to the element type (nearest, ties to even) and back: the values
/// the kernel sees, which the reference then gets too.
inline double roundTo(double x, int32_t elem) {
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

  DeviceTensor(std::vector<int64_t> s, int32_t e)
      : shape(std::move(s)), elem(e) {
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
      if (elem == 3) {
        int64_t x = static_cast<int64_t>(t.data[i]);
        std::memcpy(&bytes[8 * i], &x, 8);
      } else if (elem == 0) {
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
      if (elem == 3) {
        int64_t x;
        std::memcpy(&x, &bytes[8 * i], 8);
        t.data[i] = static_cast<double>(x);
        continue;
      }
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

inline Tensor rounded(Tensor t, int32_t elem) {
  for (double &x : t.data)
    x = roundTo(x, elem);
  return t;
}

inline bool finite(const Tensor &t) {
  for (double x : t.data)
    if (!std::isfinite(x))
      return false;
  return true;
}

/// The CPU harness's bound on the relative error of an output in `elem`
/// (the f32 state's is that of f32).
inline double outputBound(int32_t elem) {
  return elem == 0 ? 1e-5 : elem == 1 ? 1e-3 : 8e-3;
}

/// Prints the relative error of `got` against `want`; returns whether it
/// is finite and within `bound`.
inline bool withinBound(const char *name, const Tensor &got, const Tensor &want,
                        double bound) {
  double err = infini::ref::relativeError(got, want);
  bool ok = finite(got) && err <= bound;
  std::printf("relative error of %s: %.3g (bound %.0e)%s\n", name, err, bound,
              ok ? "" : "  FAILED");
  return ok;
}

/// The harnesses' command line: `[--check] [--iterations N] [--warmup N]`.
struct HarnessArgs {
  bool check = false;
  int iterations = 0, warmup = 2;
};

/// Parses the command line into `args`; prints the usage and returns false
/// on anything else.
inline bool parseArgs(int argc, char **argv, HarnessArgs &args) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--check") {
      args.check = true;
    } else if (arg == "--iterations" && i + 1 < argc) {
      args.iterations = std::atoi(argv[++i]);
    } else if (arg == "--warmup" && i + 1 < argc) {
      args.warmup = std::atoi(argv[++i]);
    } else {
      std::fprintf(stderr,
                   "usage: %s [--check] [--iterations N] [--warmup N]\n",
                   argv[0]);
      return false;
    }
  }
  return true;
}

} // namespace infini::aot

#endif // INFINI_TOOLS_INFINI_GPU_AOT_DEVICETENSOR_H
