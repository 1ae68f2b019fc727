//===- AttentionMatch.h - softmax attention in linalg, by meaning -*- C++ -*-===//
//
// The matcher infini-convert-attention and infini-raise-attention share:
// causal softmax attention found in linalg on tensors by what it computes
// (see AttentionMatch.cpp), and the helpers that rewrite it.
//
//===----------------------------------------------------------------------===//

#ifndef INFINI_TRANSFORMS_ATTENTIONMATCH_H
#define INFINI_TRANSFORMS_ATTENTIONMATCH_H

#include "TensorEvaluator.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/PatternMatch.h"

#include <optional>
#include <string>

namespace mlir::infini::match {

/// What a dimension of a product's loop space or of an operand indexes.
enum class Role {
  B,    // batch
  H,    // query head
  BH,   // batch and query head flattened, b * H + h
  HDiv, // kv head: h / rep
  HMod, // position inside a kv group: h % rep
  Row,  // the product's m dimension
  Col,  // the product's n dimension
  Red,  // the product's reduction dimension
  Unit, // a dimension of size 1 that einops-style reshapes add
};

struct Dim {
  Role role;
  int64_t rep = 1;
  bool operator==(const Dim &o) const { return role == o.role && rep == o.rep; }
};

/// An operand of a product, followed to the tensor that holds its elements.
struct View {
  Value base;
  /// The role of each dimension of `base`.
  SmallVector<Dim> dims;
  /// Scalar factors multiplied in on the way.
  double scale = 1.0;
};

/// A contraction seen as [B, H, m, n] += [B, H, m, k] * [B, H, k, n].
struct Product {
  linalg::LinalgOp op;
  /// What the consumers see: the product, or the value that the reshapes
  /// after it make [B, H, m, n] of it (splitting B*H, adding and dropping
  /// dimensions of size 1).
  Value result;
  /// Static B and H (B is 1 for a rank-3 product with no split).
  int64_t batch = 1, heads = 1;
  bool rank4 = true;
  View lhs, rhs;
};

struct Match {
  Product qk, pv;
  double scale = 1.0;
};

/// Q, K and V of a match, and the permutations to [B, H, T, D].
struct Operands {
  View q, k, v;
  SmallVector<int64_t> qPerm, kPerm, vPerm;
};

/// Whether `v` is a zero-filled tensor (the init of a product).
bool isZeroFilled(Value v);

/// Whether `op` is elementwise over its iteration space with one result
/// written through the identity map.
bool isElementwiseLinalg(linalg::LinalgOp op);

/// Follows `view` through transposes, head collapses, kv-group broadcasts,
/// reshapes by dimensions of size 1 and, with `scales`, scalar scales (into
/// `view.scale`), down to the tensor that holds its elements.
void peel(View &view, int64_t batch, int64_t heads, bool rank4, bool scales,
          TensorEvaluator &eval);

/// The value behind the tensor.expand_shape, tensor.collapse_shape and
/// linalg.transpose ops that make `v` (a product seen with its heads
/// split, see matchProduct).
Value behindReshapes(Value v);

/// `x` as text, %e.
std::string str(double x);

/// `op` as a product, or std::nullopt with `why` set when it is a
/// contraction of another kind (empty `why` when not a contraction). With
/// `scales`, scalar factors on the operands are followed (Q K^T: they scale
/// the scores); P V keeps them in its operands. With `unitN`, the n
/// dimension (of size 1: a matrix-vector product) is left out of the
/// operands' layouts.
std::optional<Product> matchProduct(linalg::LinalgOp op, TensorEvaluator &eval,
                                    std::string &why, bool scales,
                                    bool unitN = false);

/// The permutation taking `view.base` (without its dimensions of size 1) to
/// the dimension order `roles` (HDiv stands in for H), or failure.
FailureOr<SmallVector<int64_t>> layoutOf(const View &view,
                                         ArrayRef<Role> roles);

/// Matches causal softmax attention ending at `op`. std::nullopt without a
/// reason when `op` is not a product of a softmax with values; a reason
/// when it is, but cannot be converted.
std::optional<Match> matchAttention(linalg::LinalgOp op, TensorEvaluator &eval,
                                    std::string &why);

/// Checks Q, K and V of `m` (layouts, token counts, element types, sizes,
/// the scale) for infini ops.
std::optional<Operands> checkOperands(const Match &m, std::string &why);

/// `view.base` with its dimensions of size 1 folded away, transposed by
/// `perm` and, from rank 3 with `rank4`, expanded to [1, B*H, T, D].
Value materialize(OpBuilder &b, Location loc, const View &view,
                  ArrayRef<int64_t> perm, bool rank4 = true);

/// A new f32 tensor of `sizes` filled with `value`.
Value filled(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes,
             double value = 0.0);

/// Erases `roots` and then whatever only they used.
void eraseDead(RewriterBase &rewriter, ArrayRef<Operation *> roots);

} // namespace mlir::infini::match

#endif // INFINI_TRANSFORMS_ATTENTIONMATCH_H
