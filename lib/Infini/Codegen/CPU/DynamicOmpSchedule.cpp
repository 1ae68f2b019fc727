//===- DynamicOmpSchedule.cpp - threads take tiles as they go -------------===//

#include "Infini/Codegen/CPU/Passes.h"
#include "mlir/Dialect/OpenMP/OpenMPDialect.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIDYNAMICOMPSCHEDULE
#include "Infini/Codegen/CPU/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {
struct InfiniDynamicOmpSchedulePass
    : infini::impl::InfiniDynamicOmpScheduleBase<
          InfiniDynamicOmpSchedulePass> {
  void runOnOperation() override {
    getOperation()->walk([](omp::WsloopOp loop) {
      // A schedule someone chose is kept.
      if (!loop.getScheduleKind())
        loop.setScheduleKind(omp::ClauseScheduleKind::Dynamic);
    });
  }
};
} // namespace
