//===- InfiniOps.h - infini operations --------------------------*- C++ -*-===//

#ifndef INFINI_IR_INFINIOPS_H
#define INFINI_IR_INFINIOPS_H

#include "Infini/IR/InfiniDialect.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#define GET_OP_CLASSES
#include "Infini/IR/InfiniOps.h.inc"

namespace mlir::infini {

/// One size an infini op's operands and results share (the batch, the heads,
/// the kv heads, the tokens, the key tokens of online_attention, Dk or Dv), and every dimension that carries it.
struct SizeRelation {
  enum class Kind { Batch, Heads, KvHeads, Tokens, KeyTokens, KeyDim, ValueDim };
  struct Use {
    /// The operand or result as SPEC names it ("query", "new_memory", ...).
    StringRef name;
    Value value;
    int64_t dim;
  };
  Kind kind;
  /// How the op's documentation writes it: B, H, Hkv, N or T, Nk, Dk, Dv.
  StringRef letter;
  SmallVector<Use> uses;
};

/// The sizes of an infini op, each with the operand and result dimensions
/// that must agree on it (the verifier checks the static ones); empty for
/// other ops and for infini ops whose ranks are wrong.
SmallVector<SizeRelation> getSizeRelations(Operation *op);

} // namespace mlir::infini

#endif // INFINI_IR_INFINIOPS_H
