// Calls _mlir_ciface_retrieve (entry-shape-check.mlir, compiled with
// infini-lower-to-nvvm) with device buffers of the shapes it was compiled
// for, or with a wrong one: `wrong-tokens` passes a query of 5 tokens
// instead of 4, `wrong-out` a result buffer of 3 tokens, `wrong-stride` a
// transposed memory. The buffers come from the mgpu* runtime the test links:
// CUDA's (libinfini_cuda_runtime) or recording-runtime.cpp.
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

extern "C" {
void *mgpuStreamCreate();
void mgpuStreamSynchronize(void *stream);
void mgpuStreamDestroy(void *stream);
void *mgpuMemAlloc(uint64_t sizeBytes, void *stream, bool isHostShared);
void mgpuMemFree(void *ptr, void *stream);
void mgpuMemcpy(void *dst, void *src, size_t sizeBytes, void *stream);
// The device-buffer ABI: the result is a trailing out-parameter.
void _mlir_ciface_retrieve(void *q, void *m, void *z, void *out);
}

template <int Rank> struct Descriptor {
  float *allocated, *aligned;
  int64_t offset, sizes[Rank], strides[Rank];
};

template <int Rank> struct DeviceBuffer {
  Descriptor<Rank> desc{};
  size_t count = 1;
  void *stream;

  DeviceBuffer(const int64_t (&sizes)[Rank], float value, void *stream)
      : stream(stream) {
    int64_t stride = 1;
    for (int i = Rank - 1; i >= 0; --i) {
      desc.sizes[i] = sizes[i];
      desc.strides[i] = stride;
      stride *= sizes[i];
    }
    count = static_cast<size_t>(stride);
    std::vector<float> host(count, value);
    auto *ptr = static_cast<float *>(
        mgpuMemAlloc(count * sizeof(float), stream, false));
    mgpuMemcpy(ptr, host.data(), count * sizeof(float), stream);
    desc.allocated = desc.aligned = ptr;
  }
  ~DeviceBuffer() { mgpuMemFree(desc.allocated, stream); }

  float first() {
    float value = 0;
    mgpuMemcpy(&value, desc.aligned, sizeof(float), stream);
    mgpuStreamSynchronize(stream);
    return value;
  }
};

int main(int argc, char **argv) {
  const char *mode = argc > 1 ? argv[1] : "right";
  bool wrongTokens = std::strcmp(mode, "wrong-tokens") == 0;
  bool wrongOut = std::strcmp(mode, "wrong-out") == 0;
  void *stream = mgpuStreamCreate();
  {
    DeviceBuffer<4> q({1, 2, wrongTokens ? 5 : 4, 4}, 0.5f, stream);
    DeviceBuffer<4> m({1, 1, 4, 4}, 0.25f, stream);
    DeviceBuffer<3> z({1, 1, 4}, 1.0f, stream);
    DeviceBuffer<4> out({1, 2, wrongOut ? 3 : 4, 4}, 0.0f, stream);
    if (std::strcmp(mode, "wrong-stride") == 0)
      std::swap(m.desc.strides[2], m.desc.strides[3]);
    mgpuStreamSynchronize(stream);
    _mlir_ciface_retrieve(&q.desc, &m.desc, &z.desc, &out.desc);
    // sigma(0.5) = 1.5 everywhere: (1.5 * 4 * 0.25) / max(1.5 * 4, eps).
    std::printf("out[0] = %g\n", out.first());
  }
  mgpuStreamDestroy(stream);
  return 0;
}
