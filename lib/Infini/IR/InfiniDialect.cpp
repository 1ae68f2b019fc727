//===- InfiniDialect.cpp - the infini dialect -----------------------------===//

#include "Infini/IR/InfiniDialect.h"
#include "Infini/IR/InfiniOps.h"
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
}
