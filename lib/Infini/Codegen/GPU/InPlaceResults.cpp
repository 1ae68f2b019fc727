//===- InPlaceResults.cpp - results that are arguments updated in place ---===//
//
// A public function whose caller marked an argument writable updates it in
// place; returning its buffer as well would make the NVIDIA pipeline's
// out-parameter ABI copy it into a result buffer on every call. This pass
// drops such results (see its ODS description).
//
//===----------------------------------------------------------------------===//

#include "Infini/Codegen/GPU/InPlace.h"
#include "Infini/Codegen/GPU/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/BitVector.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIINPLACERESULTS
#include "Infini/Codegen/GPU/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {

/// The argument `value` is, through casts, if any.
BlockArgument argumentOf(Value value, func::FuncOp func) {
  while (auto cast = value.getDefiningOp<memref::CastOp>())
    value = cast.getSource();
  auto arg = dyn_cast<BlockArgument>(value);
  if (!arg || arg.getOwner() != &func.getBody().front())
    return {};
  return arg;
}

struct InfiniInPlaceResultsPass
    : infini::impl::InfiniInPlaceResultsBase<InfiniInPlaceResultsPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    for (auto func : module.getOps<func::FuncOp>()) {
      if (func.isExternal())
        continue;
      SmallVector<BlockArgument> inPlace(func.getNumResults());
      bool any = false;
      // Bufferized functions have one block, whose terminator is the
      // return; others keep their signature.
      func::ReturnOp onlyReturn;
      if (func.getBody().hasOneBlock())
        onlyReturn = dyn_cast<func::ReturnOp>(
            func.getBody().front().getTerminator());
      if (func.isPublic() && onlyReturn) {
        for (OpOperand &operand : onlyReturn->getOpOperands()) {
          BlockArgument arg = argumentOf(operand.get(), func);
          if (arg && isa<BaseMemRefType>(arg.getType()) &&
              func.getArgAttr(arg.getArgNumber(), infini::kInPlaceAttrName)) {
            inPlace[operand.getOperandNumber()] = arg;
            any = true;
          }
        }
      }
      for (unsigned i = 0; i < func.getNumArguments(); ++i)
        func.removeArgAttr(i, infini::kInPlaceAttrName);
      if (!any)
        continue;

      llvm::BitVector drop(func.getNumResults());
      for (auto [i, arg] : llvm::enumerate(inPlace))
        if (arg)
          drop.set(i);
      // Calls in the module take the argument they passed instead.
      std::optional<SymbolTable::UseRange> uses = func.getSymbolUses(module);
      if (uses) {
        for (SymbolTable::SymbolUse use : *uses) {
          auto call = dyn_cast<func::CallOp>(use.getUser());
          if (!call) {
            use.getUser()->emitOpError()
                << "uses @" << func.getSymName()
                << ", whose in-place results infini-in-place-results drops";
            return signalPassFailure();
          }
          OpBuilder b(call);
          SmallVector<Type> keptTypes;
          for (auto [i, result] : llvm::enumerate(call.getResults())) {
            if (!drop.test(i)) {
              keptTypes.push_back(result.getType());
              continue;
            }
            Value passed = call.getOperand(inPlace[i].getArgNumber());
            if (passed.getType() != result.getType())
              passed = memref::CastOp::create(b, call.getLoc(),
                                              result.getType(), passed);
            result.replaceAllUsesWith(passed);
          }
          auto newCall = func::CallOp::create(b, call.getLoc(),
                                              call.getCalleeAttr(), keptTypes,
                                              call.getOperands());
          unsigned next = 0;
          for (auto [i, result] : llvm::enumerate(call.getResults()))
            if (!drop.test(i))
              result.replaceAllUsesWith(newCall.getResult(next++));
          call.erase();
        }
      }
      onlyReturn->eraseOperands(drop);
      if (failed(func.eraseResults(drop)))
        return signalPassFailure();
    }
  }
};

} // namespace
