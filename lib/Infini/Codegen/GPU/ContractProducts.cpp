//===- ContractProducts.cpp - allow FMAs in GPU kernels ------------------===//
//
// Marks the floating-point products and sums of GPU kernels `contract`, so
// that `math-uplift-to-fma` (and NVPTX) may fuse them.
//
//===----------------------------------------------------------------------===//

#include "Infini/Codegen/GPU/Passes.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIGPUCONTRACTPRODUCTS
#include "Infini/Codegen/GPU/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {

struct InfiniGPUContractProductsPass
    : infini::impl::InfiniGPUContractProductsBase<
          InfiniGPUContractProductsPass> {
  void runOnOperation() override {
    getOperation().walk([](Operation *op) {
      if (!isa<arith::MulFOp, arith::AddFOp, arith::SubFOp>(op))
        return;
      auto math = cast<arith::ArithFastMathInterface>(op);
      arith::FastMathFlags flags = math.getFastMathFlagsAttr().getValue();
      op->setAttr(math.getFastMathAttrName(),
                  arith::FastMathFlagsAttr::get(
                      op->getContext(), flags | arith::FastMathFlags::contract));
    });
  }
};

} // namespace
