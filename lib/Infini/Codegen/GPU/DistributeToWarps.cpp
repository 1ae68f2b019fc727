//===- DistributeToWarps.cpp - a kernel's matrix products over its warps --===//
//
// The schedule of the products inside a block kernel that tensor cores can
// compute: C[m, n] += sum_k A[m, k] B[n, k], A and B of one 16-bit float
// type in any layout, C in f32, static sizes that are multiples of the MMA
// tile 16 x 8 x 16 (mma.sync's m16n8k16). Such an op becomes a warp phase:
// a warp-mapped scf.forall whose warps each own a block of whole 16 x 8
// output tiles, and whose body is that warp's program on vectors:
//
//   c[i][j] = read C tile (i, j)                  // 16 x 8 f32
//   for each step of 16 along k (unrolled):
//     a[i] = extf(read A tile (i, step))          // 16 x 16, (m, k) order
//     b[j] = extf(read B tile (j, step))          // 8 x 16, (n, k) order
//     c[i][j] = vector.contract(a[i], b[j], c[i][j])
//   write c[i][j]
//
// The operands' layouts are the permutation maps of their reads. Every
// target can run this program (the CPU harness does); on NVIDIA GPUs
// infini-gpu-vector-to-mma maps each 16 x 8 x 16 contract onto the lanes of
// the warp (ldmatrix, mma.sync), the accumulators in registers.
//
// With rounding on, an f32 operand whose partner is 16-bit is first rounded
// to the partner's type by an elementwise op of its own (a thread phase):
// attention's probabilities P before P V, as FlashAttention does. An
// operand the kernel reads from outside (K, V) is copied into a temporary
// of the kernel first (a thread phase), which GPUs keep in shared memory.
//
//===----------------------------------------------------------------------===//

#include "Mapping.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"

using namespace mlir;
using namespace mlir::infini;

namespace {

/// One operand of a product: its dimension along m (A) or n (B), and along
/// k.
struct Operand {
  Value value;
  unsigned rowDim, kDim;
};

struct Product {
  Operand a, b;
  int64_t m, n, k;
};

/// The most 16 x 8 output tiles a warp keeps (4 f32 registers per lane
/// each) and the most steps along k it unrolls.
constexpr int64_t kMaxTilesPerWarp = 16;
constexpr int64_t kMaxSteps = 32;

bool is16BitFloat(Type t) { return t.isF16() || t.isBF16(); }

/// The block argument `v` is, maybe through an extension to f32.
BlockArgument argumentOf(Value v) {
  if (auto ext = v.getDefiningOp<arith::ExtFOp>())
    v = ext.getIn();
  return dyn_cast<BlockArgument>(v);
}

/// Whether the body yields out + a * b (either order, each input maybe
/// extended), and nothing else.
bool isMultiplyAdd(linalg::LinalgOp op) {
  Block *body = op.getBlock();
  auto yield = cast<linalg::YieldOp>(body->getTerminator());
  if (yield.getNumOperands() != 1 || body->getOperations().size() > 5)
    return false;
  auto add = yield.getOperand(0).getDefiningOp<arith::AddFOp>();
  if (!add)
    return false;
  Value out = body->getArgument(2), product;
  if (add.getLhs() == out)
    product = add.getRhs();
  else if (add.getRhs() == out)
    product = add.getLhs();
  else
    return false;
  auto mul = product.getDefiningOp<arith::MulFOp>();
  if (!mul)
    return false;
  BlockArgument x = argumentOf(mul.getLhs()), y = argumentOf(mul.getRhs());
  if (!x || !y || x.getOwner() != body || y.getOwner() != body)
    return false;
  return x.getArgNumber() + y.getArgNumber() == 1;
}

/// The op as a product of MMA tiles, element types aside.
std::optional<Product> matchProduct(linalg::LinalgOp op) {
  if (!op.hasPureTensorSemantics() || op.getNumDpsInputs() != 2 ||
      op.getNumDpsInits() != 1 || op.getNumLoops() != 3 ||
      op.getNumReductionLoops() != 1 || !isMultiplyAdd(op))
    return std::nullopt;
  for (OpOperand &operand : op->getOpOperands())
    if (cast<ShapedType>(operand.get().getType()).getRank() != 2)
      return std::nullopt;
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  if (llvm::any_of(ranges, ShapedType::isDynamic))
    return std::nullopt;
  SmallVector<unsigned> reductions;
  op.getReductionDims(reductions);
  unsigned dk = reductions.front();
  using Dims = std::pair<unsigned, unsigned>;
  auto dimsOf = [](AffineMap map) -> std::optional<Dims> {
    if (map.getNumResults() != 2 || !map.isProjectedPermutation())
      return std::nullopt;
    return std::make_pair(map.getDimPosition(0), map.getDimPosition(1));
  };
  auto out = dimsOf(op.getMatchingIndexingMap(op.getDpsInitOperand(0)));
  if (!out || out->first == dk || out->second == dk)
    return std::nullopt;
  unsigned dm = out->first, dn = out->second;
  Product product{};
  bool haveA = false, haveB = false;
  for (OpOperand *input : op.getDpsInputOperands()) {
    auto dims = dimsOf(op.getMatchingIndexingMap(input));
    if (!dims)
      return std::nullopt;
    auto [d0, d1] = *dims;
    unsigned row = d0 == dk ? d1 : d0;
    if ((d0 == dk) == (d1 == dk))
      return std::nullopt;
    Operand operand{input->get(), d0 == dk ? 1u : 0u, d0 == dk ? 0u : 1u};
    if (row == dm && !haveA) {
      product.a = operand;
      haveA = true;
    } else if (row == dn && !haveB) {
      product.b = operand;
      haveB = true;
    } else {
      return std::nullopt;
    }
  }
  product.m = ranges[dm];
  product.n = ranges[dn];
  product.k = ranges[dk];
  if (product.m % kMmaM || product.n % kMmaN || product.k % kMmaK ||
      product.k / kMmaK > kMaxSteps)
    return std::nullopt;
  return product;
}

Type elementTypeOf(Value v) {
  return cast<ShapedType>(v.getType()).getElementType();
}

/// `x` rounded to `type`, elementwise, into a temporary of the kernel.
Value roundTo(RewriterBase &rewriter, Location loc, Value x, Type type) {
  auto shaped = cast<RankedTensorType>(x.getType());
  Value empty =
      tensor::EmptyOp::create(rewriter, loc, shaped.getShape(), type);
  AffineMap id = rewriter.getMultiDimIdentityMap(2);
  return linalg::GenericOp::create(
             rewriter, loc, TypeRange{empty.getType()}, ValueRange{x},
             ValueRange{empty}, ArrayRef<AffineMap>{id, id},
             ArrayRef<utils::IteratorType>{utils::IteratorType::parallel,
                                           utils::IteratorType::parallel},
             [&](OpBuilder &b, Location loc, ValueRange args) {
               linalg::YieldOp::create(
                   b, loc,
                   arith::TruncFOp::create(b, loc, type, args[0]).getResult());
             })
      .getResult(0);
}

/// Whether `v` is computed by the kernel into a temporary of its own (block
/// scratch, in shared memory on GPUs) rather than read from outside.
bool inScratch(Value v) {
  // Back through the destinations that hold it (of a phase, an op, a
  // slice) to where its buffer comes from.
  while (Operation *def = v.getDefiningOp()) {
    if (auto forall = dyn_cast<scf::ForallOp>(def))
      v = forall.getOutputs()[cast<OpResult>(v).getResultNumber()];
    else if (auto dps = dyn_cast<DestinationStyleOpInterface>(def))
      v = dps.getDpsInits()[cast<OpResult>(v).getResultNumber()];
    else if (auto slice = dyn_cast<tensor::ExtractSliceOp>(def))
      v = slice.getSource();
    else
      return isa<tensor::EmptyOp, bufferization::AllocTensorOp>(def);
  }
  return false;
}

/// A copy of `x` into a temporary of the kernel.
Value copyToScratch(RewriterBase &rewriter, Location loc, Value x) {
  auto shaped = cast<RankedTensorType>(x.getType());
  Value empty = tensor::EmptyOp::create(rewriter, loc, shaped.getShape(),
                                        shaped.getElementType());
  return linalg::CopyOp::create(rewriter, loc, x, empty).getResult(0);
}

/// The warps along m and n: as many of `warps` as divide the tile counts,
/// the warps' blocks as square as possible (each warp reads rows + columns
/// of the operands).
std::pair<int64_t, int64_t> warpGrid(int64_t mTiles, int64_t nTiles,
                                     int64_t warps) {
  std::pair<int64_t, int64_t> best{1, 1};
  int64_t bestUsed = 0, bestReads = 0;
  for (int64_t wm = 1; wm <= std::min(mTiles, warps); ++wm) {
    if (mTiles % wm)
      continue;
    int64_t wn = std::min(nTiles, warps / wm);
    while (nTiles % wn)
      --wn;
    int64_t used = wm * wn;
    int64_t reads = kMmaM * mTiles / wm + kMmaN * nTiles / wn;
    if (used > bestUsed || (used == bestUsed && reads < bestReads)) {
      best = {wm, wn};
      bestUsed = used;
      bestReads = reads;
    }
  }
  return best;
}

/// A [rows, kMmaK] tile of `operand` at (row, k0), in (row, k) order,
/// extended to f32.
Value readTile(OpBuilder &b, Location loc, const Operand &operand, int64_t rows,
               Value row, Value k0) {
  Type element = elementTypeOf(operand.value);
  SmallVector<Value> indices(2);
  indices[operand.rowDim] = row;
  indices[operand.kDim] = k0;
  AffineMap map = AffineMap::get(2, 0,
                                 {b.getAffineDimExpr(operand.rowDim),
                                  b.getAffineDimExpr(operand.kDim)},
                                 b.getContext());
  Value padding = arith::ConstantOp::create(b, loc, b.getZeroAttr(element));
  Value tile = vector::TransferReadOp::create(
      b, loc, VectorType::get({rows, kMmaK}, element), operand.value, indices,
      padding, map, ArrayRef<bool>{true, true});
  return arith::ExtFOp::create(b, loc,
                               VectorType::get({rows, kMmaK}, b.getF32Type()),
                               tile);
}

} // namespace

bool mlir::infini::distributeToWarps(
    RewriterBase &rewriter, linalg::LinalgOp op, int64_t threads, bool round,
    SmallVectorImpl<linalg::LinalgOp> &phases) {
  std::optional<Product> product = matchProduct(op);
  int64_t warps = threads / kWarpSize;
  if (!product || warps < 1 ||
      !elementTypeOf(op.getDpsInits()[0]).isF32())
    return false;
  // Which operand, if any, is rounded to its partner's 16-bit type.
  Type ta = elementTypeOf(product->a.value);
  Type tb = elementTypeOf(product->b.value);
  Operand *rounded = nullptr;
  if (round && ta.isF32() && is16BitFloat(tb)) {
    rounded = &product->a;
    ta = tb;
  } else if (round && tb.isF32() && is16BitFloat(ta)) {
    rounded = &product->b;
    tb = ta;
  }
  if (!is16BitFloat(ta) || ta != tb)
    return false;
  int64_t mTiles = product->m / kMmaM, nTiles = product->n / kMmaN;
  auto [wm, wn] = warpGrid(mTiles, nTiles, warps);
  int64_t tm = mTiles / wm, tn = nTiles / wn; // tiles per warp
  // Too many accumulators for one warp's registers.
  if (tm * tn > kMaxTilesPerWarp)
    return false;

  Location loc = op.getLoc();
  rewriter.setInsertionPoint(op);
  if (rounded) {
    rounded->value = roundTo(rewriter, loc, rounded->value, ta);
    phases.push_back(rounded->value.getDefiningOp<linalg::LinalgOp>());
  }
  // Operands read from outside the kernel (K and V of attention) are staged
  // in its scratch first, by a thread phase whose neighbouring threads copy
  // neighbouring elements: on GPUs the warps then read their tiles from
  // shared memory with ldmatrix rather than element by element from
  // global memory.
  for (Operand *operand : {&product->a, &product->b})
    if (!inScratch(operand->value)) {
      operand->value = copyToScratch(rewriter, loc, operand->value);
      phases.push_back(operand->value.getDefiningOp<linalg::LinalgOp>());
    }

  MLIRContext *ctx = rewriter.getContext();
  Value init = op.getDpsInits()[0];
  auto forall = scf::ForallOp::create(
      rewriter, loc, getAsIndexOpFoldResult(ctx, {wm, wn}), ValueRange{init},
      rewriter.getArrayAttr(linearMapping<gpu::GPUWarpMappingAttr>(ctx, 2)));
  rewriter.setInsertionPointToStart(forall.getBody());
  AffineExpr d0 = rewriter.getAffineDimExpr(0);
  auto offset = [&](Value iv, int64_t scale, int64_t plus) -> Value {
    return affine::AffineApplyOp::create(
        rewriter, loc, AffineMap::get(1, 0, d0 * scale + plus), iv);
  };
  Value m0 = offset(forall.getInductionVar(0), tm * kMmaM, 0);
  Value n0 = offset(forall.getInductionVar(1), tn * kMmaN, 0);
  Value shared = forall.getRegionIterArgs()[0];
  SmallVector<OpFoldResult> place = {m0, n0};
  SmallVector<OpFoldResult> sizes = getAsIndexOpFoldResult(
      ctx, {tm * kMmaM, tn * kMmaN});
  SmallVector<OpFoldResult> unit(2, rewriter.getIndexAttr(1));
  Value tile = tensor::ExtractSliceOp::create(rewriter, loc, shared, place,
                                              sizes, unit);

  auto constant = [&](int64_t c) -> Value {
    return arith::ConstantIndexOp::create(rewriter, loc, c);
  };
  Value zero = arith::ConstantOp::create(rewriter, loc,
                                         rewriter.getF32FloatAttr(0.0));
  auto accType = VectorType::get({kMmaM, kMmaN}, rewriter.getF32Type());
  SmallVector<Value> acc;
  for (int64_t i = 0; i < tm; ++i)
    for (int64_t j = 0; j < tn; ++j)
      acc.push_back(vector::TransferReadOp::create(
          rewriter, loc, accType, tile,
          ValueRange{constant(i * kMmaM), constant(j * kMmaN)}, zero,
          ArrayRef<bool>{true, true}));

  AffineExpr m, n, k;
  bindDims(ctx, m, n, k);
  ArrayAttr maps = rewriter.getAffineMapArrayAttr(
      {AffineMap::get(3, 0, {m, k}, ctx), AffineMap::get(3, 0, {n, k}, ctx),
       AffineMap::get(3, 0, {m, n}, ctx)});
  ArrayAttr iterators = rewriter.getArrayAttr(
      {vector::IteratorTypeAttr::get(ctx, vector::IteratorType::parallel),
       vector::IteratorTypeAttr::get(ctx, vector::IteratorType::parallel),
       vector::IteratorTypeAttr::get(ctx, vector::IteratorType::reduction)});
  for (int64_t step = 0; step < product->k / kMmaK; ++step) {
    Value k0 = constant(step * kMmaK);
    SmallVector<Value> a, b;
    for (int64_t i = 0; i < tm; ++i)
      a.push_back(readTile(rewriter, loc, product->a, kMmaM,
                           offset(m0, 1, i * kMmaM), k0));
    for (int64_t j = 0; j < tn; ++j)
      b.push_back(readTile(rewriter, loc, product->b, kMmaN,
                           offset(n0, 1, j * kMmaN), k0));
    for (int64_t i = 0; i < tm; ++i)
      for (int64_t j = 0; j < tn; ++j)
        acc[i * tn + j] = vector::ContractionOp::create(
            rewriter, loc, a[i], b[j], acc[i * tn + j], maps, iterators);
  }
  for (int64_t i = 0; i < tm; ++i)
    for (int64_t j = 0; j < tn; ++j)
      tile = vector::TransferWriteOp::create(
                 rewriter, loc, acc[i * tn + j], tile,
                 ValueRange{constant(i * kMmaM), constant(j * kMmaN)},
                 ArrayRef<bool>{true, true})
                 .getResult();

  rewriter.setInsertionPointToStart(forall.getTerminator().getBody());
  tensor::ParallelInsertSliceOp::create(rewriter, loc, tile, shared, place,
                                        sizes, unit);
  rewriter.replaceOp(op, forall.getResults());
  return true;
}
