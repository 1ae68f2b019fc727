//===- InfiniOps.h - infini operations --------------------------*- C++ -*-===//

#ifndef INFINI_IR_INFINIOPS_H
#define INFINI_IR_INFINIOPS_H

#include "Infini/IR/InfiniDialect.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#define GET_OP_CLASSES
#include "Infini/IR/InfiniOps.h.inc"

#endif // INFINI_IR_INFINIOPS_H
