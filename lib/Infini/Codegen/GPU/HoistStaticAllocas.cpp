//===- HoistStaticAllocas.cpp - static scratch to the function entry ------===//
//
// When GPU kernels run on the CPU one block after the other, a block's
// static scratch (memref.alloca) does not depend on the block: allocating
// it once at the function's entry keeps it off the stack of every
// iteration.
//
//===----------------------------------------------------------------------===//

#include "Infini/Codegen/GPU/Passes.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIHOISTSTATICALLOCAS
#include "Infini/Codegen/GPU/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {

struct InfiniHoistStaticAllocasPass
    : infini::impl::InfiniHoistStaticAllocasBase<InfiniHoistStaticAllocasPass> {
  void runOnOperation() override {
    getOperation()->walk([](FunctionOpInterface func) {
      if (func.isExternal())
        return;
      Block &entry = func.getFunctionBody().front();
      SmallVector<memref::AllocaOp> allocas;
      func.walk([&](memref::AllocaOp alloca) {
        if (alloca->getBlock() == &entry ||
            !alloca.getType().hasStaticShape() ||
            !alloca.getDynamicSizes().empty() ||
            !alloca.getSymbolOperands().empty())
          return;
        // Only through sequential control flow: not out of parallel loops,
        // kernels or other allocation scopes.
        for (Operation *parent = alloca->getParentOp(); parent != func;
             parent = parent->getParentOp())
          if (!isa<scf::ForOp, scf::WhileOp, scf::IfOp>(parent))
            return;
        // A buffer handed on through a terminator lives beyond its
        // iteration: one allocation could not serve every iteration.
        if (llvm::none_of(alloca->getUsers(), [](Operation *user) {
              return user->hasTrait<OpTrait::IsTerminator>();
            }))
          allocas.push_back(alloca);
      });
      for (memref::AllocaOp alloca : allocas)
        alloca->moveBefore(&entry, entry.begin());
    });
  }
};

} // namespace
