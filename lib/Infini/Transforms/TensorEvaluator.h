//===- TensorEvaluator.h - evaluate constant linalg on tensors --*- C++ -*-===//
//
// Evaluates tensors that IR computes from constants and indices alone (masks
// built with linalg.index, compares and selects; constants reshaped,
// transposed, broadcast or sliced), so that a pass can ask what such a
// tensor holds instead of how it is spelled. Anything that reads a function
// argument or an op the evaluator does not know makes it fail, saying which.
//
//===----------------------------------------------------------------------===//

#ifndef INFINI_TRANSFORMS_TENSOREVALUATOR_H
#define INFINI_TRANSFORMS_TENSOREVALUATOR_H

#include "mlir/IR/AffineMap.h"
#include "mlir/IR/Block.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/DenseMap.h"

#include <memory>
#include <string>
#include <vector>

namespace mlir::infini {

/// One element: integers (i2 to i64, index) in `i`, sign-extended from
/// their width, i1 as 0 or 1; floats in `f`, rounded to their type after every operation.
struct EvalScalar {
  union {
    double f;
    int64_t i;
  };
  EvalScalar() : i(0) {}
  static EvalScalar ofFloat(double x) {
    EvalScalar s;
    s.f = x;
    return s;
  }
};

/// A statically shaped tensor, row-major.
struct EvalTensor {
  SmallVector<int64_t> shape;
  std::vector<EvalScalar> data;
  /// tensor.empty: its elements must not be read.
  bool undefined = false;
};

/// Where a linalg operand reads at a loop point: the row-major offset that
/// `map` gives in a tensor of `shape`, precomputed as a linear function of
/// the loop indices when the map has no floordiv, ceildiv or mod.
class OperandIndex {
public:
  OperandIndex(AffineMap map, ArrayRef<int64_t> shape);
  int64_t at(ArrayRef<int64_t> point) const;

private:
  AffineMap map;
  SmallVector<int64_t> shape;
  bool linear = true;
  int64_t constant = 0;
  SmallVector<int64_t> coefficients;
};

class TensorEvaluator {
public:
  /// `budget` bounds the elements computed over all evaluations.
  explicit TensorEvaluator(int64_t budget) : budget(budget) {}

  /// What `v` holds, or nullptr when it cannot be evaluated (see why()).
  const EvalTensor *evaluate(Value v);

  /// Runs `body` (a linalg region) on `args` at loop indices `point`.
  /// Values the body captures from above are evaluated as scalars.
  FailureOr<SmallVector<EvalScalar>> evaluateBody(Block &body,
                                                  ArrayRef<EvalScalar> args,
                                                  ArrayRef<int64_t> point);

  /// Why the last evaluation failed: names the value it depends on.
  const std::string &why() const { return reason; }

private:
  const EvalTensor *fail(const Twine &message);
  LogicalResult failScalar(const Twine &message);
  FailureOr<EvalScalar> scalarFromAbove(Value v, int depth);
  LogicalResult evaluateOp(Operation &op, ArrayRef<EvalScalar> operands,
                           ArrayRef<int64_t> point, EvalScalar &result);
  const EvalTensor *compute(Value v);

  /// A body compiled to slots: arguments first, then the values captured
  /// from above (evaluated once), then one per op.
  struct Step {
    Operation *op;
    SmallVector<unsigned> operands;
    /// tensor.extract: the tensor it reads (its operands are the indices).
    const EvalTensor *tensor;
    unsigned result;
  };
  struct BodyPlan {
    unsigned numSlots = 0;
    SmallVector<std::pair<unsigned, EvalScalar>> constants;
    SmallVector<Step> steps;
    SmallVector<unsigned> results;
  };
  const BodyPlan *planFor(Block &body);
  llvm::DenseMap<Block *, std::unique_ptr<BodyPlan>> plans;

  int64_t budget;
  llvm::DenseMap<Value, std::unique_ptr<EvalTensor>> cache;
  llvm::DenseMap<Value, std::string> failures;
  std::string reason;
};

} // namespace mlir::infini

#endif // INFINI_TRANSFORMS_TENSOREVALUATOR_H
