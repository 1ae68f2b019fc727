//===- CudaRuntime.cpp - the mgpu* host functions on the CUDA driver -----===//
//
// MLIR's GPU-to-LLVM lowering emits calls to these C functions to load
// kernels, move memory and launch. Debian's LLVM ships no implementation, so
// this library provides one on the CUDA driver API. It is linked at build
// time against the toolkit's stub libcuda and uses the driver's libcuda.so.1
// at run time. Every driver call is checked: a failure prints which call
// failed and why, then stops the process, since the generated host code has
// no way to handle an error and must not go on with garbage.
//
//===----------------------------------------------------------------------===//

#include <cuda.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <string>
#include <utility>

#define INFINI_EXPORT extern "C" __attribute__((visibility("default")))

namespace {

[[noreturn]] void fail(const char *call, CUresult result) {
  const char *name = nullptr, *text = nullptr;
  cuGetErrorName(result, &name);
  cuGetErrorString(result, &text);
  std::fprintf(stderr, "infini-cuda-runtime: %s failed: %s (%s)\n", call,
               name ? name : "unknown error", text ? text : "no description");
  std::exit(EXIT_FAILURE);
}

void check(CUresult result, const char *call) {
  if (result != CUDA_SUCCESS)
    fail(call, result);
}

int defaultDevice = 0;

/// Makes the default device's primary context current on this thread,
/// initialising the driver on first use.
void useContext() {
  static std::once_flag initialized;
  std::call_once(initialized, [] { check(cuInit(0), "cuInit"); });
  thread_local CUcontext current = nullptr;
  thread_local int currentDevice = -1;
  if (current && currentDevice == defaultDevice)
    return;
  int count = 0;
  check(cuDeviceGetCount(&count), "cuDeviceGetCount");
  if (defaultDevice >= count) {
    std::fprintf(stderr,
                 "infini-cuda-runtime: no CUDA device %d (%d available)\n",
                 defaultDevice, count);
    std::exit(EXIT_FAILURE);
  }
  CUdevice device;
  check(cuDeviceGet(&device, defaultDevice), "cuDeviceGet");
  check(cuDevicePrimaryCtxRetain(&current, device), "cuDevicePrimaryCtxRetain");
  check(cuCtxSetCurrent(current), "cuCtxSetCurrent");
  currentDevice = defaultDevice;
}

/// The host code looks a kernel up before every launch and asks for its
/// shared memory each time; both are done once per kernel here.
struct KernelCache {
  std::mutex mutex;
  std::map<std::pair<CUmodule, std::string>, CUfunction> functions;
  /// The dynamic shared memory each function may use, once raised above the
  /// default 48 KiB.
  std::map<CUfunction, int32_t> sharedBytes;
};

KernelCache &kernels() {
  static KernelCache cache;
  return cache;
}

/// The stream-ordered pool of device `device`, or null where the device
/// has none. Its release threshold is unbounded: memory freed at the end of
/// one call stays in the pool for the next instead of going back to the
/// driver at each synchronization. It is our own pool, so the device's
/// default pool, which other libraries in the process may use, keeps its
/// settings.
CUmemoryPool devicePool(int device) {
  static std::mutex mutex;
  static std::map<int, CUmemoryPool> pools;
  std::lock_guard<std::mutex> lock(mutex);
  auto found = pools.find(device);
  if (found != pools.end())
    return found->second;
  CUdevice handle;
  check(cuDeviceGet(&handle, device), "cuDeviceGet");
  int supported = 0;
  check(cuDeviceGetAttribute(&supported,
                             CU_DEVICE_ATTRIBUTE_MEMORY_POOLS_SUPPORTED,
                             handle),
        "cuDeviceGetAttribute(memory pools supported)");
  CUmemoryPool pool = nullptr;
  if (supported) {
    CUmemPoolProps props = {};
    props.allocType = CU_MEM_ALLOCATION_TYPE_PINNED;
    props.handleTypes = CU_MEM_HANDLE_TYPE_NONE;
    props.location.type = CU_MEM_LOCATION_TYPE_DEVICE;
    props.location.id = device;
    check(cuMemPoolCreate(&pool, &props), "cuMemPoolCreate");
    cuuint64_t unbounded = UINT64_MAX;
    check(cuMemPoolSetAttribute(pool, CU_MEMPOOL_ATTR_RELEASE_THRESHOLD,
                                &unbounded),
          "cuMemPoolSetAttribute(release threshold)");
  }
  pools.emplace(device, pool);
  return pool;
}

} // namespace

INFINI_EXPORT void mgpuSetDefaultDevice(int32_t device) {
  defaultDevice = device;
}

INFINI_EXPORT CUmodule mgpuModuleLoad(void *data, size_t /*size*/) {
  useContext();
  CUmodule module = nullptr;
  check(cuModuleLoadData(&module, data), "cuModuleLoadData");
  return module;
}

INFINI_EXPORT CUmodule mgpuModuleLoadJIT(void *data, int optLevel) {
  useContext();
  CUmodule module = nullptr;
  char log[8192] = {0};
  CUjit_option options[] = {CU_JIT_ERROR_LOG_BUFFER,
                            CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES,
                            CU_JIT_OPTIMIZATION_LEVEL};
  void *values[] = {log, reinterpret_cast<void *>(sizeof(log)),
                    reinterpret_cast<void *>(static_cast<intptr_t>(optLevel))};
  CUresult result = cuModuleLoadDataEx(&module, data, 3, options, values);
  if (result != CUDA_SUCCESS) {
    std::fprintf(stderr, "infini-cuda-runtime: PTX JIT log:\n%s\n", log);
    fail("cuModuleLoadDataEx (PTX JIT; is the driver older than the PTX?)",
         result);
  }
  return module;
}

INFINI_EXPORT void mgpuModuleUnload(CUmodule module) {
  {
    KernelCache &cache = kernels();
    std::lock_guard<std::mutex> lock(cache.mutex);
    for (auto it = cache.functions.begin(); it != cache.functions.end();) {
      if (it->first.first != module) {
        ++it;
        continue;
      }
      cache.sharedBytes.erase(it->second);
      it = cache.functions.erase(it);
    }
  }
  check(cuModuleUnload(module), "cuModuleUnload");
}

INFINI_EXPORT CUfunction mgpuModuleGetFunction(CUmodule module,
                                               const char *name) {
  KernelCache &cache = kernels();
  std::lock_guard<std::mutex> lock(cache.mutex);
  auto key = std::make_pair(module, std::string(name));
  auto found = cache.functions.find(key);
  if (found != cache.functions.end())
    return found->second;
  CUfunction function = nullptr;
  CUresult result = cuModuleGetFunction(&function, module, name);
  if (result != CUDA_SUCCESS) {
    std::fprintf(stderr, "infini-cuda-runtime: kernel '%s':\n", name);
    fail("cuModuleGetFunction", result);
  }
  cache.functions.emplace(std::move(key), function);
  return function;
}

INFINI_EXPORT void mgpuLaunchKernel(CUfunction function, intptr_t gridX,
                                    intptr_t gridY, intptr_t gridZ,
                                    intptr_t blockX, intptr_t blockY,
                                    intptr_t blockZ, int32_t sharedMemBytes,
                                    CUstream stream, void **params,
                                    void **extra, size_t /*paramsCount*/) {
  useContext();
  if (sharedMemBytes > 48 * 1024) {
    KernelCache &cache = kernels();
    std::lock_guard<std::mutex> lock(cache.mutex);
    int32_t &allowed = cache.sharedBytes[function];
    if (sharedMemBytes > allowed) {
      check(cuFuncSetAttribute(function,
                               CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES,
                               sharedMemBytes),
            "cuFuncSetAttribute(max dynamic shared memory)");
      allowed = sharedMemBytes;
    }
  }
  check(cuLaunchKernel(function, gridX, gridY, gridZ, blockX, blockY, blockZ,
                       sharedMemBytes, stream, params, extra),
        "cuLaunchKernel");
}

INFINI_EXPORT void
mgpuLaunchClusterKernel(CUfunction function, intptr_t clusterX,
                        intptr_t clusterY, intptr_t clusterZ, intptr_t gridX,
                        intptr_t gridY, intptr_t gridZ, intptr_t blockX,
                        intptr_t blockY, intptr_t blockZ,
                        int32_t sharedMemBytes, CUstream stream,
                        void **params, void **extra) {
  useContext();
  CUlaunchAttribute cluster;
  cluster.id = CU_LAUNCH_ATTRIBUTE_CLUSTER_DIMENSION;
  cluster.value.clusterDim.x = clusterX;
  cluster.value.clusterDim.y = clusterY;
  cluster.value.clusterDim.z = clusterZ;
  CUlaunchConfig config = {};
  config.gridDimX = gridX;
  config.gridDimY = gridY;
  config.gridDimZ = gridZ;
  config.blockDimX = blockX;
  config.blockDimY = blockY;
  config.blockDimZ = blockZ;
  config.sharedMemBytes = sharedMemBytes;
  config.hStream = stream;
  config.attrs = &cluster;
  config.numAttrs = 1;
  check(cuLaunchKernelEx(&config, function, params, extra),
        "cuLaunchKernelEx (cluster launch)");
}

INFINI_EXPORT CUstream mgpuStreamCreate() {
  useContext();
  CUstream stream = nullptr;
  check(cuStreamCreate(&stream, CU_STREAM_NON_BLOCKING), "cuStreamCreate");
  return stream;
}

INFINI_EXPORT void mgpuStreamDestroy(CUstream stream) {
  check(cuStreamDestroy(stream), "cuStreamDestroy");
}

INFINI_EXPORT void mgpuStreamSynchronize(CUstream stream) {
  // Kernel faults surface here: report them as the failure they are.
  check(cuStreamSynchronize(stream),
        "cuStreamSynchronize (a kernel launched on this stream failed)");
}

INFINI_EXPORT void mgpuStreamWaitEvent(CUstream stream, CUevent event) {
  check(cuStreamWaitEvent(stream, event, 0), "cuStreamWaitEvent");
}

INFINI_EXPORT CUevent mgpuEventCreate() {
  useContext();
  CUevent event = nullptr;
  check(cuEventCreate(&event, CU_EVENT_DISABLE_TIMING), "cuEventCreate");
  return event;
}

INFINI_EXPORT void mgpuEventDestroy(CUevent event) {
  check(cuEventDestroy(event), "cuEventDestroy");
}

INFINI_EXPORT void mgpuEventSynchronize(CUevent event) {
  check(cuEventSynchronize(event),
        "cuEventSynchronize (work before this event failed)");
}

INFINI_EXPORT void mgpuEventRecord(CUevent event, CUstream stream) {
  check(cuEventRecord(event, stream), "cuEventRecord");
}

/// With a stream, the allocation is stream-ordered (from the pool of
/// devicePool, where the device has one): usable by work on that stream
/// after this call, without a host synchronization.
INFINI_EXPORT void *mgpuMemAlloc(uint64_t sizeBytes, CUstream stream,
                                 bool isHostShared) {
  useContext();
  if (sizeBytes == 0)
    return nullptr;
  CUdeviceptr ptr = 0;
  if (isHostShared) {
    check(cuMemAllocManaged(&ptr, sizeBytes, CU_MEM_ATTACH_GLOBAL),
          "cuMemAllocManaged");
  } else if (CUmemoryPool pool = stream ? devicePool(defaultDevice) : nullptr) {
    check(cuMemAllocFromPoolAsync(&ptr, sizeBytes, pool, stream),
          "cuMemAllocFromPoolAsync");
  } else {
    check(cuMemAlloc(&ptr, sizeBytes), "cuMemAlloc");
  }
  return reinterpret_cast<void *>(ptr);
}

/// With a stream, the memory is freed once the work before on that stream
/// is done: in stream order for pool memory, after a synchronization of
/// the stream otherwise (cuMemFree does not promise to wait for it).
INFINI_EXPORT void mgpuMemFree(void *ptr, CUstream stream) {
  if (!ptr)
    return;
  auto device = reinterpret_cast<CUdeviceptr>(ptr);
  if (stream) {
    CUmemoryPool pool = nullptr;
    if (cuPointerGetAttribute(&pool, CU_POINTER_ATTRIBUTE_MEMPOOL_HANDLE,
                              device) == CUDA_SUCCESS &&
        pool) {
      check(cuMemFreeAsync(device, stream), "cuMemFreeAsync");
      return;
    }
    check(cuStreamSynchronize(stream),
          "cuStreamSynchronize (before freeing memory the stream may use)");
  }
  check(cuMemFree(device), "cuMemFree");
}

INFINI_EXPORT void mgpuMemcpy(void *dst, void *src, size_t sizeBytes,
                              CUstream stream) {
  check(cuMemcpyAsync(reinterpret_cast<CUdeviceptr>(dst),
                      reinterpret_cast<CUdeviceptr>(src), sizeBytes, stream),
        "cuMemcpyAsync");
}

INFINI_EXPORT void mgpuMemset32(void *dst, unsigned int value, size_t count,
                                CUstream stream) {
  check(cuMemsetD32Async(reinterpret_cast<CUdeviceptr>(dst), value, count,
                         stream),
        "cuMemsetD32Async");
}

INFINI_EXPORT void mgpuMemset16(void *dst, unsigned short value, size_t count,
                                CUstream stream) {
  check(cuMemsetD16Async(reinterpret_cast<CUdeviceptr>(dst), value, count,
                         stream),
        "cuMemsetD16Async");
}

INFINI_EXPORT void mgpuMemHostRegister(void *ptr, uint64_t sizeBytes) {
  useContext();
  check(cuMemHostRegister(ptr, sizeBytes, /*Flags=*/0), "cuMemHostRegister");
}

/// The memref descriptor's layout: {allocated, aligned, offset, sizes[rank],
/// strides[rank]}.
INFINI_EXPORT void mgpuMemHostRegisterMemRef(int64_t rank, void *descriptor,
                                             int64_t elementSizeBytes) {
  auto *words = static_cast<int64_t *>(descriptor);
  char *aligned = reinterpret_cast<char *>(words[1]);
  int64_t offset = words[2];
  int64_t elements = 1;
  for (int64_t i = 0; i < rank; ++i)
    elements *= words[3 + i];
  mgpuMemHostRegister(aligned + offset * elementSizeBytes,
                      elements * elementSizeBytes);
}
