//===- ParallelLoopsToKernels.cpp - scf.parallel as block/thread foralls --===//
//
// An outermost scf.parallel becomes
//
//   scf.forall (%b) in (ceil(n / T)) {                 // #gpu.block<x>
//     scf.forall (%t) in (T) {                         // #gpu.thread<x>
//       %i = %b * T + %t
//       scf.if %i < n { ivs = delinearize(%i); body }
//     }
//   }
//
// with n the product of the loop's trip counts, so that every thread runs one
// iteration and neighbouring threads neighbouring elements.
//
//===----------------------------------------------------------------------===//

#include "Infini/Codegen/GPU/Passes.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIPARALLELLOOPSTOKERNELS
#include "Infini/Codegen/GPU/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {

LogicalResult toKernel(RewriterBase &rewriter, scf::ParallelOp loop,
                       int64_t blockSize) {
  if (loop.getNumReductions() != 0)
    return loop.emitOpError("with reductions cannot become a GPU kernel");
  Location loc = loop.getLoc();
  MLIRContext *ctx = rewriter.getContext();
  rewriter.setInsertionPoint(loop);
  Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
  Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
  SmallVector<Value> counts;
  Value total = one;
  for (auto [lb, ub, step] : llvm::zip(loop.getLowerBound(),
                                       loop.getUpperBound(), loop.getStep())) {
    // A loop with ub < lb has no iterations (not a huge unsigned count).
    Value span = arith::MaxSIOp::create(
        rewriter, loc, arith::SubIOp::create(rewriter, loc, ub, lb), zero);
    Value count = arith::CeilDivUIOp::create(rewriter, loc, span, step);
    counts.push_back(count);
    total = arith::MulIOp::create(rewriter, loc, total, count);
  }
  Value threads = arith::ConstantIndexOp::create(rewriter, loc, blockSize);
  Value blocks = arith::CeilDivUIOp::create(rewriter, loc, total, threads);

  auto blockLoop = scf::ForallOp::create(
      rewriter, loc, ArrayRef<OpFoldResult>{blocks}, ValueRange{},
      rewriter.getArrayAttr(
          gpu::GPUBlockMappingAttr::get(ctx, gpu::MappingId::DimX)));
  rewriter.setInsertionPointToStart(blockLoop.getBody());
  auto threadLoop = scf::ForallOp::create(
      rewriter, loc, ArrayRef<OpFoldResult>{rewriter.getIndexAttr(blockSize)},
      ValueRange{},
      rewriter.getArrayAttr(
          gpu::GPUThreadMappingAttr::get(ctx, gpu::MappingId::DimX)));
  rewriter.setInsertionPointToStart(threadLoop.getBody());
  Value linear = arith::AddIOp::create(
      rewriter, loc,
      arith::MulIOp::create(rewriter, loc, blockLoop.getInductionVar(0),
                            threads),
      threadLoop.getInductionVar(0));
  Value inRange = arith::CmpIOp::create(rewriter, loc,
                                        arith::CmpIPredicate::ult, linear,
                                        total);
  auto guard = scf::IfOp::create(rewriter, loc, inRange, /*withElse=*/false);
  rewriter.setInsertionPointToStart(guard.thenBlock());

  // The innermost dimension varies fastest.
  IRMapping mapping;
  Value rest = linear;
  for (int64_t d = loop.getNumLoops() - 1; d >= 0; --d) {
    Value index = d == 0 ? rest
                         : arith::RemUIOp::create(rewriter, loc, rest,
                                                  counts[d])
                               .getResult();
    if (d > 0)
      rest = arith::DivUIOp::create(rewriter, loc, rest, counts[d]);
    Value iv = arith::AddIOp::create(
        rewriter, loc, loop.getLowerBound()[d],
        arith::MulIOp::create(rewriter, loc, index, loop.getStep()[d]));
    mapping.map(loop.getInductionVars()[d], iv);
  }
  for (Operation &op : loop.getBody()->without_terminator())
    rewriter.clone(op, mapping);
  rewriter.eraseOp(loop);
  return success();
}

struct InfiniParallelLoopsToKernelsPass
    : infini::impl::InfiniParallelLoopsToKernelsBase<
          InfiniParallelLoopsToKernelsPass> {
  using Base::Base;

  void runOnOperation() override {
    if (blockSize <= 0 || blockSize > 1024) {
      mlir::emitError(getOperation()->getLoc(),
                      "infini-parallel-loops-to-kernels: block-size must be "
                      "in [1, 1024], got ")
          << blockSize.getValue();
      return signalPassFailure();
    }
    SmallVector<scf::ParallelOp> loops;
    getOperation()->walk<WalkOrder::PreOrder>([&](Operation *op) {
      if (isa<gpu::LaunchOp, gpu::GPUModuleOp, scf::ForallOp>(op))
        return WalkResult::skip();
      if (auto loop = dyn_cast<scf::ParallelOp>(op)) {
        loops.push_back(loop);
        return WalkResult::skip();
      }
      return WalkResult::advance();
    });
    IRRewriter rewriter(&getContext());
    for (scf::ParallelOp loop : loops)
      if (failed(toKernel(rewriter, loop, blockSize)))
        return signalPassFailure();
  }
};

} // namespace
