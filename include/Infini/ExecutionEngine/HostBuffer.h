//===- HostBuffer.h - host buffers and stream state for compiled code -*- C++ -*-===//
//
// What a driver of code compiled by infini-lower-to-cpu needs around CpuJit:
// dense buffers (f32 by default) with the memref descriptor compiled code
// reads, the compressive memory of a stream carried from one call to the
// next, and the state infini.attention_chunk updates in place.
//
//===----------------------------------------------------------------------===//

#ifndef INFINI_EXECUTIONENGINE_HOSTBUFFER_H
#define INFINI_EXECUTIONENGINE_HOSTBUFFER_H

#include "mlir/ExecutionEngine/CRunnerUtils.h"

#include <array>
#include <cstdint>
#include <utility>
#include <vector>

namespace mlir {
namespace infini {

/// A dense row-major buffer and its descriptor (pass `&desc` to a
/// `_mlir_ciface_` function).
template <int Rank, typename T = float>
struct HostBuffer {
  explicit HostBuffer(std::array<int64_t, Rank> shape) {
    size_t n = 1;
    for (int64_t d : shape)
      n *= static_cast<size_t>(d);
    data.assign(n, T(0));
    desc.basePtr = desc.data = data.data();
    desc.offset = 0;
    int64_t stride = 1;
    for (int i = Rank - 1; i >= 0; --i) {
      desc.sizes[i] = shape[i];
      desc.strides[i] = stride;
      stride *= shape[i];
    }
  }
  HostBuffer(const HostBuffer &) = delete;
  HostBuffer &operator=(const HostBuffer &) = delete;

  void swap(HostBuffer &other) {
    std::swap(data, other.data);
    std::swap(desc, other.desc);
  }

  std::vector<T> data;
  StridedMemRefType<T, Rank> desc;
};

/// The memory M [B, Hkv, Dk, Dv] and norm z [B, Hkv, Dk] of a stream: a call
/// reads `memory`/`norm` and writes `nextMemory`/`nextNorm`; advance() makes
/// what it wrote the input of the next call. Starts at zero (a fresh stream).
struct StreamState {
  StreamState(int64_t b, int64_t hkv, int64_t dk, int64_t dv)
      : memory({b, hkv, dk, dv}), nextMemory({b, hkv, dk, dv}),
        norm({b, hkv, dk}), nextNorm({b, hkv, dk}) {}

  void advance() {
    memory.swap(nextMemory);
    norm.swap(nextNorm);
  }
  size_t bytes() const {
    return (memory.data.size() + norm.data.size()) * sizeof(float);
  }

  HostBuffer<4> memory, nextMemory;
  HostBuffer<3> norm, nextNorm;
};

/// What infini.attention_chunk carries for a stream of segments of N tokens:
/// the memory and norm after every token so far, those of the current
/// segment's start, the segment's local keys and values [B, Hkv, N, D], and
/// the tokens each batch element has consumed. A call updates all of it in
/// place, writing only what changes (the chunk's cache rows, the memory's
/// update). Starts as a fresh stream (zeros, position 0).
struct ChunkStreamState {
  ChunkStreamState(int64_t b, int64_t hkv, int64_t dk, int64_t dv, int64_t n)
      : memory({b, hkv, dk, dv}), norm({b, hkv, dk}),
        segmentMemory({b, hkv, dk, dv}), segmentNorm({b, hkv, dk}),
        keyCache({b, hkv, n, dk}), valueCache({b, hkv, n, dv}),
        position({b}) {}

  /// The bytes of the state, caches included.
  size_t bytes() const {
    return (memory.data.size() + norm.data.size() + segmentMemory.data.size() +
            segmentNorm.data.size() + keyCache.data.size() +
            valueCache.data.size()) *
               sizeof(float) +
           position.data.size() * sizeof(int64_t);
  }

  HostBuffer<4> memory;
  HostBuffer<3> norm;
  HostBuffer<4> segmentMemory;
  HostBuffer<3> segmentNorm;
  HostBuffer<4> keyCache, valueCache;
  HostBuffer<1, int64_t> position;
};

} // namespace infini
} // namespace mlir

#endif // INFINI_EXECUTIONENGINE_HOSTBUFFER_H
