//===- InfiniDialect.h - the infini dialect ---------------------*- C++ -*-===//

#ifndef INFINI_IR_INFINIDIALECT_H
#define INFINI_IR_INFINIDIALECT_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Dialect.h"

#include "Infini/IR/InfiniDialect.h.inc"
#include "Infini/IR/InfiniEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "Infini/IR/InfiniAttrs.h.inc"

#endif // INFINI_IR_INFINIDIALECT_H
