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
//     c[i][j] = vector.contract(a[i], b[j], c[i][j])   // per part (below)
//   write c[i][j]
//
// The operands' layouts are the permutation maps of their reads. Every
// target can run this program (the CPU harness does); on NVIDIA GPUs
// infini-gpu-vector-to-mma maps each 16 x 8 x 16 contract onto the lanes of
// the warp (ldmatrix, mma.sync), the accumulators in registers.
//
// An f32 operand whose partner is 16-bit is made 16-bit by an elementwise
// op of its own (a thread phase) first. With rounding on, it is rounded to
// the partner's type: attention's probabilities P before P V, as
// FlashAttention does. Otherwise it is split, exactly to f32 rounding, into
// a sum of parts of the partner's type (x = x0 + x1 + x2 in bf16, each
// part the rounding of what the ones before leave; x0 + x1 in f16, whose
// parts keep 11 bits each), and the warp program takes one contract per
// part: the memory update's sigma(K)^T V keeps the f32 accuracy of the
// state at three (bf16) or two (f16) times the MMAs. Without rounding, two
// f32 operands are both split into bf16 parts, and the program keeps the
// products of parts that reach f32's precision (6 of 9). An operand the
// kernel reads from outside (K, V) is copied into a temporary of the
// kernel first (a thread phase), which GPUs keep in shared memory. A
// product with unit loops (the batch and head of a tiled update) loses
// them first (upstream's dropUnitDims).
//
//===----------------------------------------------------------------------===//

#include "Mapping.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/SmallBitVector.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"

using namespace mlir;
using namespace mlir::infini;

namespace {

/// One operand of a product: its dimension along m (A) or n (B), and along
/// k.
struct Operand {
  Value value;
  unsigned rowDim, kDim;
  /// The 16-bit parts whose sum is `value`, if it is split (f32).
  SmallVector<Value> parts;
};

struct Product {
  Operand a, b;
  int64_t m, n, k;
};

/// The most 16 x 8 output tiles a warp keeps (4 f32 registers per lane
/// each) and the most steps along k it unrolls.
constexpr int64_t kMaxTilesPerWarp = 16;
constexpr int64_t kMaxSteps = 32;

/// The most bytes of 16-bit parts a split operand may take in the kernel's
/// scratch (shared memory on GPUs): the update's tiles (32 rows, chunks of
/// 128 tokens) take 24 KiB, and a split or staged partner of the same size
/// keeps the block under sm_86's 99 KiB.
constexpr int64_t kMaxSplitBytes = 32768;

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

/// The op as a product of MMA tiles, element types aside; or, with
/// `withoutUnitLoops`, the op that dropUnitDims makes of it (its loops of
/// one iteration and the operands' dimensions along them dropped).
std::optional<Product> matchProduct(linalg::LinalgOp op,
                                    bool withoutUnitLoops = false) {
  if (!op.hasPureTensorSemantics() || op.getNumDpsInputs() != 2 ||
      op.getNumDpsInits() != 1 || op.getNumReductionLoops() != 1 ||
      !isMultiplyAdd(op))
    return std::nullopt;
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  if (llvm::any_of(ranges, ShapedType::isDynamic))
    return std::nullopt;
  llvm::SmallBitVector dropped(ranges.size());
  for (auto [i, range] : llvm::enumerate(ranges))
    dropped[i] = withoutUnitLoops && range == 1;
  if (ranges.size() - dropped.count() != 3)
    return std::nullopt;
  SmallVector<unsigned> reductions;
  op.getReductionDims(reductions);
  unsigned dk = reductions.front();
  if (dropped.test(dk))
    return std::nullopt;
  // An operand's two dimensions, as loops.
  using Dims = std::pair<unsigned, unsigned>;
  auto dimsOf = [&](OpOperand *operand) -> std::optional<Dims> {
    AffineMap map = op.getMatchingIndexingMap(operand);
    if (!map.isProjectedPermutation())
      return std::nullopt;
    SmallVector<unsigned> dims;
    for (unsigned i = 0; i < map.getNumResults(); ++i)
      if (auto dim = dyn_cast<AffineDimExpr>(map.getResult(i));
          !dim || !dropped.test(dim.getPosition()))
        dims.push_back(map.getDimPosition(i));
    if (dims.size() != 2)
      return std::nullopt;
    return std::make_pair(dims[0], dims[1]);
  };
  auto out = dimsOf(op.getDpsInitOperand(0));
  if (!out || out->first == dk || out->second == dk)
    return std::nullopt;
  unsigned dm = out->first, dn = out->second;
  Product product{};
  bool haveA = false, haveB = false;
  for (OpOperand *input : op.getDpsInputOperands()) {
    auto dims = dimsOf(input);
    if (!dims)
      return std::nullopt;
    auto [d0, d1] = *dims;
    unsigned row = d0 == dk ? d1 : d0;
    if ((d0 == dk) == (d1 == dk))
      return std::nullopt;
    Operand operand{input->get(), d0 == dk ? 1u : 0u, d0 == dk ? 0u : 1u, {}};
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

/// How many parts of 16-bit `type` an f32 value is split into: as many as
/// f32's 24 significant bits take (8 per bf16, 11 per f16).
int64_t splitParts(Type type) { return type.isBF16() ? 3 : 2; }

/// The first `count` parts of 16-bit `type` whose sum is the f32 `x`,
/// elementwise, into temporaries of the kernel: each part the rounding of
/// what the parts before it leave (exact in f32); one part is `x` rounded,
/// splitParts(type) parts sum to `x` to f32 rounding. What an infinite part
/// leaves is 0, not inf - inf. Returns the generic computing them.
linalg::GenericOp splitInto(RewriterBase &rewriter, Location loc, Value x,
                            Type type, int64_t count) {
  auto shaped = cast<RankedTensorType>(x.getType());
  SmallVector<Value> empties;
  SmallVector<Type> types;
  for (int64_t i = 0; i < count; ++i) {
    empties.push_back(
        tensor::EmptyOp::create(rewriter, loc, shaped.getShape(), type));
    types.push_back(empties.back().getType());
  }
  AffineMap id = rewriter.getMultiDimIdentityMap(2);
  return linalg::GenericOp::create(
      rewriter, loc, types, ValueRange{x}, empties,
      SmallVector<AffineMap>(count + 1, id),
      ArrayRef<utils::IteratorType>{utils::IteratorType::parallel,
                                    utils::IteratorType::parallel},
      [&](OpBuilder &b, Location loc, ValueRange args) {
        Type f32 = b.getF32Type();
        Value rest = args[0];
        SmallVector<Value> parts;
        for (int64_t i = 0; i < count; ++i) {
          parts.push_back(arith::TruncFOp::create(b, loc, type, rest));
          if (i + 1 == count)
            break;
          Value zero =
              arith::ConstantOp::create(b, loc, b.getF32FloatAttr(0));
          Value inf = arith::ConstantOp::create(
              b, loc,
              b.getF32FloatAttr(std::numeric_limits<float>::infinity()));
          Value part = arith::ExtFOp::create(b, loc, f32, parts.back());
          Value left = arith::SubFOp::create(b, loc, rest, part);
          Value infinite = arith::CmpFOp::create(
              b, loc, arith::CmpFPredicate::OEQ,
              math::AbsFOp::create(b, loc, part), inf);
          rest = arith::SelectOp::create(b, loc, infinite, zero, left);
        }
        linalg::YieldOp::create(b, loc, parts);
      });
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

/// `op` without its loops of one iteration, as a generic on rank-reduced
/// slices of its operands.
FailureOr<linalg::LinalgOp> dropUnitLoops(RewriterBase &rewriter,
                                          linalg::LinalgOp op) {
  rewriter.setInsertionPoint(op);
  auto generic = dyn_cast<linalg::GenericOp>(op.getOperation());
  if (!generic) {
    FailureOr<linalg::GenericOp> generalized =
        linalg::generalizeNamedOp(rewriter, op);
    if (failed(generalized))
      return failure();
    generic = *generalized;
  }
  linalg::ControlDropUnitDims control;
  control.rankReductionStrategy = linalg::ControlDropUnitDims::
      RankReductionStrategy::ExtractInsertSlice;
  FailureOr<linalg::DropUnitDimsResult> dropped =
      linalg::dropUnitDims(rewriter, generic, control);
  if (failed(dropped))
    return linalg::LinalgOp(generic);
  rewriter.replaceOp(generic, dropped->replacements);
  return cast<linalg::LinalgOp>(dropped->resultOp.getOperation());
}

} // namespace

bool mlir::infini::distributeToWarps(
    RewriterBase &rewriter, linalg::LinalgOp &op, int64_t threads, bool round,
    SmallVectorImpl<linalg::LinalgOp> &phases) {
  int64_t warps = threads / kWarpSize;
  if (warps < 1 || op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
      !elementTypeOf(op.getDpsInits()[0]).isF32())
    return false;
  // Operands of one 16-bit type, or one of them f32 (rounded or split), or
  // without rounding both f32 (both split).
  Type t0 = elementTypeOf(op.getDpsInputs()[0]);
  Type t1 = elementTypeOf(op.getDpsInputs()[1]);
  if (!(is16BitFloat(t0) && (t1 == t0 || t1.isF32())) &&
      !(is16BitFloat(t1) && t0.isF32()) &&
      !(!round && t0.isF32() && t1.isF32()))
    return false;
  std::optional<Product> product = matchProduct(op);
  if (!product && matchProduct(op, /*withoutUnitLoops=*/true)) {
    FailureOr<linalg::LinalgOp> reduced = dropUnitLoops(rewriter, op);
    if (failed(reduced))
      return false;
    op = *reduced;
    product = matchProduct(op);
  }
  if (!product)
    return false;
  // Which operands, if any, are made 16-bit: an f32 one like its 16-bit
  // partner, two f32 ones in bf16 (f32's exponent range).
  Type ta = elementTypeOf(product->a.value);
  Type tb = elementTypeOf(product->b.value);
  SmallVector<Operand *, 2> widened;
  if (ta.isF32() && tb.isF32() && !round) {
    widened = {&product->a, &product->b};
    ta = tb = rewriter.getBF16Type();
  } else if (ta.isF32() && is16BitFloat(tb)) {
    widened = {&product->a};
    ta = tb;
  } else if (tb.isF32() && is16BitFloat(ta)) {
    widened = {&product->b};
    tb = ta;
  }
  if (!is16BitFloat(ta) || ta != tb)
    return false;
  // Split operands whose parts would crowd the scratch stay f32 FMAs.
  if (!round)
    for (Operand *operand : widened) {
      int64_t rows = operand == &product->a ? product->m : product->n;
      if (rows * product->k * 2 * splitParts(ta) > kMaxSplitBytes)
        return false;
    }
  int64_t mTiles = product->m / kMmaM, nTiles = product->n / kMmaN;
  auto [wm, wn] = warpGrid(mTiles, nTiles, warps);
  int64_t tm = mTiles / wm, tn = nTiles / wn; // tiles per warp
  // Too many accumulators for one warp's registers.
  if (tm * tn > kMaxTilesPerWarp)
    return false;

  Location loc = op.getLoc();
  rewriter.setInsertionPoint(op);
  // Rounded: the first part alone.
  for (Operand *operand : widened) {
    linalg::GenericOp split = splitInto(rewriter, loc, operand->value, ta,
                                        round ? 1 : splitParts(ta));
    operand->parts.assign(split->result_begin(), split->result_end());
    phases.push_back(split);
  }
  // Operands read from outside the kernel (K and V of attention) are staged
  // in its scratch first, by a thread phase whose neighbouring threads copy
  // neighbouring elements: on GPUs the warps then read their tiles from
  // shared memory with ldmatrix rather than element by element from
  // global memory.
  for (Operand *operand : {&product->a, &product->b})
    if (operand->parts.empty() && !inScratch(operand->value)) {
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
  // A split operand's parts, smallest last: each product of parts is one
  // contract per tile, except those below the last part's significance
  // when both are split (x_p y_q with p + q >= 3 in bf16: 6 of 9 kept, what
  // is dropped being within 3 * 2^-24 of the product).
  auto partsOf = [](Operand &operand) {
    return operand.parts.empty() ? SmallVector<Value>{operand.value}
                                 : operand.parts;
  };
  SmallVector<Value> aParts = partsOf(product->a), bParts = partsOf(product->b);
  for (int64_t step = 0; step < product->k / kMmaK; ++step) {
    Value k0 = constant(step * kMmaK);
    // a[p][i], b[q][j]: tile i (j) of part p (q).
    SmallVector<SmallVector<Value>> a(aParts.size()), b(bParts.size());
    for (auto [p, part] : llvm::enumerate(aParts))
      for (int64_t i = 0; i < tm; ++i)
        a[p].push_back(readTile(rewriter, loc, {part, product->a.rowDim,
                                                product->a.kDim, {}},
                                kMmaM, offset(m0, 1, i * kMmaM), k0));
    for (auto [q, part] : llvm::enumerate(bParts))
      for (int64_t j = 0; j < tn; ++j)
        b[q].push_back(readTile(rewriter, loc, {part, product->b.rowDim,
                                                product->b.kDim, {}},
                                kMmaN, offset(n0, 1, j * kMmaN), k0));
    for (int64_t i = 0; i < tm; ++i)
      for (int64_t j = 0; j < tn; ++j)
        for (auto [p, ap] : llvm::enumerate(a))
          for (auto [q, bq] : llvm::enumerate(b))
            if (p + q < std::max(a.size(), b.size()))
              acc[i * tn + j] = vector::ContractionOp::create(
                  rewriter, loc, ap[i], bq[j], acc[i * tn + j], maps,
                  iterators);
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
