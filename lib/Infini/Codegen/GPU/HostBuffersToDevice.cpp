//===- HostBuffersToDevice.cpp - device buffers for GPU-only code ---------===//
//
// Host allocations become device allocations, and any host operation that
// would still touch a buffer's contents is reported.
//
//===----------------------------------------------------------------------===//

#include "Infini/Codegen/GPU/Passes.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIHOSTBUFFERSTODEVICE
#include "Infini/Codegen/GPU/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {

/// Whether `op` reads or writes the contents of a memref (allocation and
/// freeing do not count).
bool accessesBufferContents(Operation *op) {
  // Loops and other region ops: what they hold is looked at by itself.
  if (op->hasTrait<OpTrait::HasRecursiveMemoryEffects>())
    return false;
  auto effects = dyn_cast<MemoryEffectOpInterface>(op);
  if (!effects)
    return llvm::any_of(op->getOperandTypes(),
                        llvm::IsaPred<BaseMemRefType>) &&
           !op->hasTrait<OpTrait::IsTerminator>() &&
           !isa<CallOpInterface>(op);
  SmallVector<MemoryEffects::EffectInstance> instances;
  effects.getEffects(instances);
  return llvm::any_of(instances, [](const MemoryEffects::EffectInstance &e) {
    return isa<MemoryEffects::Read, MemoryEffects::Write>(e.getEffect()) &&
           e.getValue() && isa<BaseMemRefType>(e.getValue().getType());
  });
}

/// bufferization.dealloc with gpu.dealloc, in scalar code: upstream's
/// lowering keeps its pointer lists in host buffers, which this pipeline
/// must not have. memref i is freed iff its condition holds, it is not a
/// retained value and no earlier memref with a true condition is the same
/// buffer; a retained value is owned afterwards iff some memref with a true
/// condition is the same buffer.
void lowerDealloc(RewriterBase &rewriter, bufferization::DeallocOp dealloc) {
  Location loc = dealloc.getLoc();
  rewriter.setInsertionPoint(dealloc);
  auto pointer = [&](Value memref) -> Value {
    return memref::ExtractAlignedPointerAsIndexOp::create(rewriter, loc,
                                                          memref);
  };
  auto same = [&](Value x, Value y) -> Value {
    return arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq, x,
                                 y);
  };
  Value trueValue = arith::ConstantIntOp::create(rewriter, loc, 1, 1);
  Value falseValue = arith::ConstantIntOp::create(rewriter, loc, 0, 1);
  SmallVector<Value> memrefs(dealloc.getMemrefs());
  SmallVector<Value> conditions(dealloc.getConditions());
  SmallVector<Value> bases, retainedBases;
  for (Value memref : memrefs)
    bases.push_back(pointer(memref));
  for (Value retained : dealloc.getRetained())
    retainedBases.push_back(pointer(retained));

  for (size_t i = 0; i < memrefs.size(); ++i) {
    Value free = conditions[i];
    for (Value r : retainedBases)
      free = arith::AndIOp::create(
          rewriter, loc, free,
          arith::XOrIOp::create(rewriter, loc, same(bases[i], r), trueValue));
    for (size_t k = 0; k < i; ++k) {
      Value handled = arith::AndIOp::create(rewriter, loc, conditions[k],
                                            same(bases[i], bases[k]));
      free = arith::AndIOp::create(
          rewriter, loc, free,
          arith::XOrIOp::create(rewriter, loc, handled, trueValue));
    }
    auto ifOp = scf::IfOp::create(rewriter, loc, free, /*withElse=*/false);
    OpBuilder::InsertionGuard guard(rewriter);
    rewriter.setInsertionPointToStart(ifOp.thenBlock());
    gpu::DeallocOp::create(rewriter, loc, Type(), ValueRange{}, memrefs[i]);
  }
  SmallVector<Value> owned;
  for (Value r : retainedBases) {
    Value own = falseValue;
    for (size_t i = 0; i < memrefs.size(); ++i)
      own = arith::OrIOp::create(
          rewriter, loc, own,
          arith::AndIOp::create(rewriter, loc, conditions[i],
                                same(bases[i], r)));
    owned.push_back(own);
  }
  rewriter.replaceOp(dealloc, owned);
}

struct InfiniHostBuffersToDevicePass
    : infini::impl::InfiniHostBuffersToDeviceBase<
          InfiniHostBuffersToDevicePass> {
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    SmallVector<Operation *> toRewrite;
    WalkResult result =
        getOperation()->walk<WalkOrder::PreOrder>([&](Operation *op) {
          if (isa<gpu::LaunchOp, gpu::GPUModuleOp>(op))
            return WalkResult::skip();
          if (isa<memref::AllocOp, memref::DeallocOp,
                  bufferization::DeallocOp>(op)) {
            toRewrite.push_back(op);
            return WalkResult::advance();
          }
          if (isa<memref::AllocaOp>(op) ||
              (!isa_and_present<gpu::GPUDialect>(op->getDialect()) &&
               accessesBufferContents(op))) {
            op->emitOpError("would access device memory on the host: on the "
                            "GPU path every read and write of a buffer must "
                            "happen inside a gpu.launch kernel");
            return WalkResult::interrupt();
          }
          return WalkResult::advance();
        });
    if (result.wasInterrupted())
      return signalPassFailure();

    for (Operation *op : toRewrite) {
      rewriter.setInsertionPoint(op);
      if (auto dealloc = dyn_cast<bufferization::DeallocOp>(op)) {
        lowerDealloc(rewriter, dealloc);
        continue;
      }
      if (auto alloc = dyn_cast<memref::AllocOp>(op)) {
        if (!alloc.getSymbolOperands().empty()) {
          alloc.emitOpError("with symbol operands cannot move to the device");
          return signalPassFailure();
        }
        rewriter.replaceOpWithNewOp<gpu::AllocOp>(
            alloc, alloc.getType(), /*asyncToken=*/Type(),
            /*asyncDependencies=*/ValueRange{}, alloc.getDynamicSizes(),
            /*symbolOperands=*/ValueRange{}, /*hostShared=*/false);
      } else {
        auto dealloc = cast<memref::DeallocOp>(op);
        rewriter.replaceOpWithNewOp<gpu::DeallocOp>(
            dealloc, /*asyncToken=*/Type(), ValueRange{},
            dealloc.getMemref());
      }
    }
  }
};

} // namespace
