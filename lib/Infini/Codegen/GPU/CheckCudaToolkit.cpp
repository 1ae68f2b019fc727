//===- CheckCudaToolkit.cpp - the toolkit the NVVM serializer needs -------===//
//
// A clear error, before any work, when the CUDA toolkit that MLIR's NVVM
// serializer needs (ptxas, libdevice) is missing: without it the serializer
// fails late, or leaves libdevice calls unresolved.
//
//===----------------------------------------------------------------------===//

#include "Infini/Codegen/GPU/Passes.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <cstdlib>

namespace mlir::infini {
#define GEN_PASS_DEF_INFINICHECKCUDATOOLKIT
#include "Infini/Codegen/GPU/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {

struct InfiniCheckCudaToolkitPass
    : infini::impl::InfiniCheckCudaToolkitBase<InfiniCheckCudaToolkitPass> {
  using Base::Base;

  void runOnOperation() override {
    std::string path = toolkit;
    std::string from = "toolkit=";
    for (const char *var : {"CUDA_ROOT", "CUDA_HOME", "CUDA_PATH"}) {
      if (!path.empty())
        break;
      if (const char *value = std::getenv(var); value && *value) {
        path = value;
        from = std::string(var) + "=";
      }
    }
    if (path.empty()) {
      emitError(getOperation().getLoc(),
                "no CUDA toolkit: set the pipeline's toolkit= option or "
                "CUDA_ROOT, CUDA_HOME or CUDA_PATH (e.g. /usr/local/cuda)");
      return signalPassFailure();
    }
    for (StringRef file :
         {"bin/ptxas", "nvvm/libdevice/libdevice.10.bc"}) {
      SmallString<128> full(path);
      llvm::sys::path::append(full, file);
      if (!llvm::sys::fs::exists(full)) {
        emitError(getOperation().getLoc(), "the CUDA toolkit at ")
            << from << path << " has no " << file
            << ": MLIR's NVVM serializer needs it";
        return signalPassFailure();
      }
    }
  }
};

} // namespace
