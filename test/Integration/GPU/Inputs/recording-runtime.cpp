// The mgpu* entry points the host code of entry-shape-check.mlir calls, for
// machines without a GPU: memory is host memory, and loading a module or
// launching a kernel or creating, synchronizing or destroying a stream only
// writes a line to stderr (unbuffered, so that the lines before an abort are
// kept). The test checks that a call with wrong shapes stops before any
// kernel launch, and which stream calls a right one makes.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

extern "C" {
void *mgpuModuleLoad(void *, size_t) {
  std::fprintf(stderr, "runtime: load module\n");
  return reinterpret_cast<void *>(1);
}
void mgpuModuleUnload(void *) {}
void *mgpuModuleGetFunction(void *, const char *name) {
  return const_cast<char *>(name);
}
void mgpuLaunchKernel(void *function, intptr_t gridX, intptr_t gridY,
                      intptr_t gridZ, intptr_t blockX, intptr_t, intptr_t,
                      int32_t sharedMemBytes, void *, void **, void **,
                      size_t) {
  std::fprintf(stderr,
               "runtime: launch %s grid %ldx%ldx%ld block %ld shared %d\n",
               static_cast<const char *>(function), long(gridX), long(gridY),
               long(gridZ), long(blockX), int(sharedMemBytes));
}
void *mgpuStreamCreate() {
  std::fprintf(stderr, "runtime: stream create\n");
  return reinterpret_cast<void *>(2);
}
void mgpuStreamDestroy(void *) {
  std::fprintf(stderr, "runtime: stream destroy\n");
}
void mgpuStreamSynchronize(void *) {
  std::fprintf(stderr, "runtime: stream synchronize\n");
}
void *mgpuMemAlloc(uint64_t sizeBytes, void *, bool) {
  return std::calloc(1, sizeBytes);
}
void mgpuMemFree(void *ptr, void *) { std::free(ptr); }
void mgpuMemcpy(void *dst, void *src, size_t sizeBytes, void *) {
  std::memcpy(dst, src, sizeBytes);
}
}
