//===- OmpSchedule.cpp - static shares for even work, tiles otherwise -----===//

#include "Infini/Codegen/CPU/Passes.h"
#include "mlir/Dialect/OpenMP/OpenMPDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "llvm/ADT/DenseSet.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIOMPSCHEDULE
#include "Infini/Codegen/CPU/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {

/// Whether `root`, used inside `loop`, may take a different value in each of
/// its iterations: whether it depends on the loop nest's induction variables
/// or on any other value the loop body carries (an iter_arg, a region's
/// result). The induction variables of nested scf.for loops do not count:
/// their own bounds are checked where they are defined.
bool variesPerIteration(Value root, omp::WsloopOp loop) {
  SmallVector<Value> work = {root};
  llvm::DenseSet<Value> seen;
  while (!work.empty()) {
    Value value = work.pop_back_val();
    if (!seen.insert(value).second)
      continue;
    Operation *owner = isa<BlockArgument>(value)
                           ? cast<BlockArgument>(value).getOwner()->getParentOp()
                           : value.getDefiningOp();
    // Defined before the loop: the same in every iteration.
    if (!loop->isProperAncestor(owner))
      continue;
    if (auto arg = dyn_cast<BlockArgument>(value)) {
      auto nested = dyn_cast<scf::ForOp>(owner);
      if (nested && arg == nested.getInductionVar())
        continue;
      return true;
    }
    if (owner->getNumRegions() != 0)
      return true;
    llvm::append_range(work, owner->getOperands());
  }
  return false;
}

/// Whether every iteration of `loop` does the same work: no loop bound and
/// no branch condition inside it varies between iterations.
bool evenWork(omp::WsloopOp loop) {
  WalkResult walk = loop.walk([&](Operation *op) {
    ValueRange decides;
    if (auto nested = dyn_cast<scf::ForOp>(op))
      decides = nested->getOperands().take_front(3);
    else if (auto branch = dyn_cast<scf::IfOp>(op))
      decides = branch->getOperands();
    else if (isa<scf::WhileOp, scf::IndexSwitchOp>(op) ||
             (op->hasTrait<OpTrait::IsTerminator>() &&
              op->getNumSuccessors() > 1))
      return WalkResult::interrupt();
    for (Value v : decides)
      if (variesPerIteration(v, loop))
        return WalkResult::interrupt();
    return WalkResult::advance();
  });
  return !walk.wasInterrupted();
}

struct InfiniOmpSchedulePass
    : infini::impl::InfiniOmpScheduleBase<InfiniOmpSchedulePass> {
  void runOnOperation() override {
    getOperation()->walk([](omp::WsloopOp loop) {
      // A schedule someone chose is kept.
      if (loop.getScheduleKind())
        return;
      loop.setScheduleKind(evenWork(loop) ? omp::ClauseScheduleKind::Static
                                          : omp::ClauseScheduleKind::Dynamic);
    });
  }
};
} // namespace
