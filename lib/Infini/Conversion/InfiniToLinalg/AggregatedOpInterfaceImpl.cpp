//===- AggregatedOpInterfaceImpl.cpp - decomposable infini ops ------------===//
//
// Gives every infini op the upstream linalg::AggregatedOpInterface, so that
// transform.structured.decompose_interface (and any driver that uses the
// interface) can decompose it: the layer op into its segment loop, the
// primitives into linalg on tensors, exactly as convert-infini-to-linalg does.
//
//===----------------------------------------------------------------------===//

#include "Infini/Conversion/InfiniToLinalg/InfiniToLinalg.h"
#include "Infini/Transforms/Transforms.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/IR/DialectRegistry.h"

using namespace mlir;
using namespace mlir::infini;

namespace {

SmallVector<Value> decompose(OpBuilder &b, AttentionOp op) {
  return decomposeIntoSegments(b, op);
}
template <typename OpTy>
SmallVector<Value> decompose(OpBuilder &b, OpTy op) {
  return decomposeToLinalg(b, op);
}

template <typename OpTy>
struct DecomposableModel
    : linalg::AggregatedOpInterface::ExternalModel<DecomposableModel<OpTy>,
                                                   OpTy> {
  FailureOr<SmallVector<Value>> decomposeOperation(Operation *op,
                                                   OpBuilder &b) const {
    return decompose(b, cast<OpTy>(op));
  }
};

} // namespace

void mlir::infini::registerAggregatedOpInterfaceExternalModels(
    DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, InfiniDialect *) {
    AttentionOp::attachInterface<DecomposableModel<AttentionOp>>(*ctx);
    MemoryRetrieveOp::attachInterface<DecomposableModel<MemoryRetrieveOp>>(
        *ctx);
    MemoryUpdateOp::attachInterface<DecomposableModel<MemoryUpdateOp>>(*ctx);
    LocalAttentionOp::attachInterface<DecomposableModel<LocalAttentionOp>>(
        *ctx);
    OnlineAttentionOp::attachInterface<DecomposableModel<OnlineAttentionOp>>(
        *ctx);
    GatedCombineOp::attachInterface<DecomposableModel<GatedCombineOp>>(*ctx);
  });
}
