//===- ReadOnlyInputs.cpp - public tensor arguments are not writable -----===//
//
// One-shot bufferization with function boundaries takes a function's tensor
// arguments to be writable unless `bufferization.writable = false` says
// otherwise. For an entry point called from outside the module that means
// updating the caller's inputs in place; this pass states the convention of
// the NVIDIA pipeline instead: inputs are only read, unless the caller asked
// for in-place updates (infini-in-place-results then drops those results).
//
//===----------------------------------------------------------------------===//

#include "Infini/Codegen/GPU/Passes.h"
#include "Infini/Codegen/GPU/InPlace.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIREADONLYINPUTS
#include "Infini/Codegen/GPU/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {

struct InfiniReadOnlyInputsPass
    : infini::impl::InfiniReadOnlyInputsBase<InfiniReadOnlyInputsPass> {
  void runOnOperation() override {
    auto writable = StringAttr::get(
        &getContext(),
        bufferization::BufferizationDialect::kWritableAttrName);
    getOperation().walk([&](func::FuncOp func) {
      if (func.isExternal() || !func.isPublic())
        return;
      for (auto [i, type] : llvm::enumerate(func.getArgumentTypes())) {
        if (!isa<TensorType>(type))
          continue;
        auto given = dyn_cast_or_null<BoolAttr>(func.getArgAttr(i, writable));
        if (!given)
          func.setArgAttr(i, writable, BoolAttr::get(&getContext(), false));
        else if (given.getValue())
          func.setArgAttr(i, infini::kInPlaceAttrName, UnitAttr::get(&getContext()));
      }
    });
  }
};

} // namespace
