//===- InfiniDialect.cpp - the infini dialect -----------------------------===//

#include "Infini/IR/InfiniDialect.h"
#include "Infini/IR/InfiniOps.h"
#include "InfiniTilingInterface.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::infini;

#include "Infini/IR/InfiniDialect.cpp.inc"
#include "Infini/IR/InfiniEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "Infini/IR/InfiniAttrs.cpp.inc"

void InfiniDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "Infini/IR/InfiniOps.cpp.inc"
      >();
  addAttributes<
#define GET_ATTRDEF_LIST
#include "Infini/IR/InfiniAttrs.cpp.inc"
      >();
  // Tiling is part of the ops: upstream drivers work wherever the dialect
  // is loaded.
  detail::attachTilingInterface(*getContext());
  // Decomposition into linalg lives with the lowering to linalg
  // (registerInfiniDialect attaches it); a driver that asks for it without
  // that registration gets an error instead of silently no interface.
  declarePromisedInterfaces<linalg::AggregatedOpInterface, AttentionOp,
                            MemoryRetrieveOp, MemoryUpdateOp, LocalAttentionOp,
                            OnlineAttentionOp, GatedCombineOp>();
}
