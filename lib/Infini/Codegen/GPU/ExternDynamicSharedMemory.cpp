//===- ExternDynamicSharedMemory.cpp - extern dynamic shared arrays ------===//
//
// The dynamic shared memory of a kernel module becomes an external
// declaration, as CUDA spells it (`extern __shared__ char smem[];`).
//
//===----------------------------------------------------------------------===//

#include "Infini/Codegen/GPU/Passes.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIEXTERNDYNAMICSHAREDMEMORY
#include "Infini/Codegen/GPU/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {

/// A shared global of no elements and no initializer: only dynamic shared
/// memory looks like that.
bool isDynamicSharedMemory(LLVM::GlobalOp global) {
  auto array = dyn_cast<LLVM::LLVMArrayType>(global.getGlobalType());
  return global.getAddrSpace() == NVVM::NVVMMemorySpace::Shared && array &&
         array.getNumElements() == 0 && !global.getValueOrNull() &&
         global.getInitializerRegion().empty();
}

struct InfiniExternDynamicSharedMemoryPass
    : infini::impl::InfiniExternDynamicSharedMemoryBase<
          InfiniExternDynamicSharedMemoryPass> {
  void runOnOperation() override {
    for (auto global : getOperation().getOps<LLVM::GlobalOp>())
      if (isDynamicSharedMemory(global))
        global.setLinkage(LLVM::Linkage::External);
  }
};

} // namespace
