//===- HostRuntime.cpp - the harnesses' runtime calls on host memory ------===//
//
// What `infini-gpu-aot --host` links instead of libinfini_cuda_runtime: the
// mgpu* calls a harness makes, on host memory (allocation, copies; streams
// are nothing to create or wait for). The step itself is then compiled for
// the CPU (`infini-lower-to-cpu` with `gpu-kernels`: the GPU kernels run one
// block and one phase after the other), so the harness, its state handling
// and its checks run without a GPU.
//
//===----------------------------------------------------------------------===//

#include <cstdint>
#include <cstdlib>
#include <cstring>

extern "C" {
void *mgpuMemAlloc(uint64_t bytes, void *, bool) {
  return std::calloc(bytes ? bytes : 1, 1);
}
void mgpuMemFree(void *ptr, void *) { std::free(ptr); }
void mgpuMemcpy(void *dst, void *src, size_t bytes, void *) {
  std::memcpy(dst, src, bytes);
}
void *mgpuStreamCreate() {
  static int stream;
  return &stream;
}
void mgpuStreamSynchronize(void *) {}
void mgpuStreamDestroy(void *) {}
}
