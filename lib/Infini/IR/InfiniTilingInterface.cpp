//===- InfiniTilingInterface.cpp - TilingInterface of the infini ops ------===//
//
// The ops' upstream TilingInterface, attached by the dialect itself, so that
// upstream tiling and fusion (scf::tileUsingSCF,
// scf::tileConsumerAndFuseProducersUsingSCF, transform.structured.tile_*,
// fuse_into_containing_op) work on them wherever the dialect is loaded.
// The loops:
//
//   memory_retrieve, gated_combine   (B, H, N, Dv)  all parallel
//   local_attention                   (B, H)         rows attend to the whole
//                                                    segment: N is no loop
//   memory_update                     (B, Hkv)       every token updates all
//                                                    of M[b, g]
//   online_attention                  (B, H, N, Nk)  Nk a reduction carried
//                                                    by the state
//
// Under grouped-query attention a tile of query heads must cover whole groups
// or lie inside one: its static size must be a multiple or a divisor of
// H / Hkv (or 1, with any head counts). Other tile sizes fail with a
// diagnostic.
//
//===----------------------------------------------------------------------===//

#include "InfiniTilingInterface.h"
#include "Infini/IR/InfiniOps.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Interfaces/TilingInterface.h"

using namespace mlir;
using namespace mlir::infini;

namespace {

/// The sizes of result `resultNumber`, from the op's operands (its
/// ReifyRankedShapedTypeOpInterface): never from the result itself, which
/// neither dominates the loops built before the op nor survives tiling.
SmallVector<OpFoldResult> resultSizes(OpBuilder &b, Operation *op,
                                      unsigned resultNumber) {
  ReifiedRankedShapedTypeDims shapes;
  if (failed(cast<ReifyRankedShapedTypeOpInterface>(op).reifyResultShapes(
          b, shapes)))
    return {};
  return shapes[resultNumber];
}

/// Builds the tile of one op: slices of its operands and the tiled op.
class TileBuilder {
public:
  TileBuilder(OpBuilder &b, Operation *op) : b(b), loc(op->getLoc()), op(op) {}

  /// The full size of `v` along `dim`.
  OpFoldResult full(Value v, int64_t dim) {
    return tensor::getMixedSize(b, loc, v, dim);
  }

  /// Slices `v` to `offsets`/`sizes` along its leading dimensions, whole
  /// along the others.
  Value slice(Value v, ArrayRef<OpFoldResult> offsets,
              ArrayRef<OpFoldResult> sizes) {
    auto type = cast<RankedTensorType>(v.getType());
    SmallVector<OpFoldResult> o(offsets), s(sizes);
    for (int64_t d = offsets.size(); d < type.getRank(); ++d) {
      o.push_back(b.getIndexAttr(0));
      s.push_back(full(v, d));
    }
    SmallVector<OpFoldResult> strides(type.getRank(), b.getIndexAttr(1));
    auto sliceOp = tensor::ExtractSliceOp::create(b, loc, v, o, s, strides);
    slices.push_back(sliceOp);
    return sliceOp;
  }

  /// The type of the tile of `result` with `sizes` as its leading sizes,
  /// whole along the others: static exactly where the tile's place in the
  /// result is (getResultTilePosition, whose sizes come from the operands),
  /// so that it inserts there whether the result type is more or less
  /// static than the operands.
  RankedTensorType tileType(Value value, ArrayRef<OpFoldResult> sizes) {
    auto result = cast<OpResult>(value);
    auto type = cast<RankedTensorType>(result.getType());
    SmallVector<OpFoldResult> full =
        resultSizes(b, result.getOwner(), result.getResultNumber());
    SmallVector<int64_t> shape(type.getShape());
    for (int64_t d = 0; d < type.getRank(); ++d) {
      OpFoldResult size = d < static_cast<int64_t>(sizes.size())
                              ? sizes[d]
                              : (full.empty() ? OpFoldResult() : full[d]);
      shape[d] = size ? getConstantIntValue(size).value_or(ShapedType::kDynamic)
                      : type.getDimSize(d);
    }
    return type.clone(shape);
  }

  /// The kv heads that a tile [h0, h0 + th) of query heads reads, for query
  /// heads of `query` over the kv heads of `kv`. The tile's own grouping
  /// (query head i reads kv head i / (th / kvSize)) must be the op's, which
  /// holds when th covers whole groups or lies inside one. A tile of one
  /// head may have dynamic head counts.
  FailureOr<std::pair<OpFoldResult, OpFoldResult>>
  kvHeads(Value query, Value kv, OpFoldResult h0, OpFoldResult th) {
    std::optional<int64_t> heads = getConstantIntValue(full(query, 1));
    std::optional<int64_t> kvCount = getConstantIntValue(full(kv, 1));
    std::optional<int64_t> tile = getConstantIntValue(th);
    if (heads && tile && *tile == *heads)
      return std::make_pair(OpFoldResult(b.getIndexAttr(0)), full(kv, 1));
    // One query head reads one kv head, h / (H / Hkv), whatever the counts.
    if (tile && *tile == 1 && (!heads || !kvCount)) {
      Value group = arith::DivUIOp::create(
          b, loc, getValueOrCreateConstantIndexOp(b, loc, full(query, 1)),
          getValueOrCreateConstantIndexOp(b, loc, full(kv, 1)));
      Value first = arith::DivUIOp::create(
          b, loc, getValueOrCreateConstantIndexOp(b, loc, h0), group);
      return std::make_pair(OpFoldResult(first),
                            OpFoldResult(b.getIndexAttr(1)));
    }
    if (!heads || !kvCount || *kvCount == 0) {
      op->emitOpError() << "tiling the query heads needs static, nonzero head "
                           "counts (to know the query heads per kv head)";
      return failure();
    }
    int64_t group = *heads / *kvCount;
    if (group == 1)
      return std::make_pair(h0, th);
    AffineExpr s0 = b.getAffineSymbolExpr(0);
    OpFoldResult first = affine::makeComposedFoldedAffineApply(
        b, loc, s0.floorDiv(group), {h0});
    if (tile && *tile % group == 0)
      return std::make_pair(first, OpFoldResult(b.getIndexAttr(*tile / group)));
    if (tile && group % *tile == 0)
      return std::make_pair(first, OpFoldResult(b.getIndexAttr(1)));
    InFlightDiagnostic diag = op->emitOpError()
                              << "cannot tile " << *heads
                              << " query heads over " << *kvCount
                              << " kv heads with a tile of ";
    if (tile)
      diag << *tile << " heads";
    else
      diag << "a non-constant number of heads (a partial last tile)";
    diag << ": the tile size must be a multiple or a divisor of " << group;
    return failure();
  }

  TilingResult result(Operation *tiled) {
    return TilingResult{{tiled},
                        SmallVector<Value>(tiled->getResults()),
                        slices};
  }

  OpBuilder &b;
  Location loc;
  Operation *op;
  SmallVector<Operation *> slices;
};

/// The tiled op for loop offsets and sizes (one per loop).
FailureOr<TilingResult> tile(MemoryRetrieveOp op, OpBuilder &b,
                             ArrayRef<OpFoldResult> o,
                             ArrayRef<OpFoldResult> s) {
  TileBuilder t(b, op);
  Value memory = op.getMemory(), norm = op.getNorm();
  auto kv = t.kvHeads(op.getQuery(), memory, o[1], s[1]);
  if (failed(kv))
    return failure();
  auto [kvOffset, kvSize] = *kv;
  Value query = t.slice(op.getQuery(), o.take_front(3), s.take_front(3));
  Value memoryTile =
      t.slice(memory, {o[0], kvOffset, b.getIndexAttr(0), o[3]},
              {s[0], kvSize, t.full(memory, 2), s[3]});
  Value normTile = t.slice(norm, {o[0], kvOffset}, {s[0], kvSize});
  auto tiled = MemoryRetrieveOp::create(b, op.getLoc(),
                                        t.tileType(op.getResult(), s), query,
                                        memoryTile, normTile,
                                        op.getEpsilonAttr());
  return t.result(tiled);
}

FailureOr<TilingResult> tile(GatedCombineOp op, OpBuilder &b,
                             ArrayRef<OpFoldResult> o,
                             ArrayRef<OpFoldResult> s) {
  TileBuilder t(b, op);
  Value gate = op.getGate();
  Value gateTile = cast<RankedTensorType>(gate.getType()).getRank() == 1
                       ? t.slice(gate, {o[1]}, {s[1]})
                       : t.slice(gate, {o[1], o[3]}, {s[1], s[3]});
  auto tiled = GatedCombineOp::create(
      b, op.getLoc(), t.tileType(op.getResult(), s),
      t.slice(op.getMemoryOut(), o, s), t.slice(op.getLocalOut(), o, s),
      gateTile);
  return t.result(tiled);
}

FailureOr<TilingResult> tile(LocalAttentionOp op, OpBuilder &b,
                             ArrayRef<OpFoldResult> o,
                             ArrayRef<OpFoldResult> s) {
  TileBuilder t(b, op);
  auto kv = t.kvHeads(op.getQuery(), op.getKey(), o[1], s[1]);
  if (failed(kv))
    return failure();
  auto [kvOffset, kvSize] = *kv;
  auto tiled = LocalAttentionOp::create(
      b, op.getLoc(), t.tileType(op.getResult(), s),
      t.slice(op.getQuery(), o, s),
      t.slice(op.getKey(), {o[0], kvOffset}, {s[0], kvSize}),
      t.slice(op.getValue(), {o[0], kvOffset}, {s[0], kvSize}),
      op.getScaleAttr(), op.getCausalAttr());
  return t.result(tiled);
}

FailureOr<TilingResult> tile(MemoryUpdateOp op, OpBuilder &b,
                             ArrayRef<OpFoldResult> o,
                             ArrayRef<OpFoldResult> s) {
  TileBuilder t(b, op);
  auto tiled = MemoryUpdateOp::create(
      b, op.getLoc(),
      TypeRange{t.tileType(op.getNewMemory(), s),
                t.tileType(op.getNewNorm(), s)},
      t.slice(op.getKey(), o, s), t.slice(op.getValue(), o, s),
      t.slice(op.getMemory(), o, s), t.slice(op.getNorm(), o, s),
      op.getRuleAttr(), op.getEpsilonAttr());
  return t.result(tiled);
}

unsigned numLoops(MemoryRetrieveOp) { return 4; }
unsigned numLoops(GatedCombineOp) { return 4; }
unsigned numLoops(LocalAttentionOp) { return 2; }
unsigned numLoops(MemoryUpdateOp) { return 2; }

/// generateResultTileValue of a model: the tile of the iteration domain
/// that computes the result tile.
/// Whether the tile at `offsets` of `sizes` spans dimensions `from` onwards
/// of a value of sizes `full` whole.
bool spansWhole(ArrayRef<OpFoldResult> offsets, ArrayRef<OpFoldResult> sizes,
                ArrayRef<OpFoldResult> full, unsigned from) {
  if (offsets.size() != full.size() || sizes.size() != full.size())
    return false;
  for (unsigned d = from; d < full.size(); ++d) {
    std::optional<int64_t> offset = getConstantIntValue(offsets[d]);
    if (!offset || *offset != 0 || !isEqualConstantIntOrValue(sizes[d], full[d]))
      return false;
  }
  return true;
}

template <typename Model>
FailureOr<TilingResult> tileOfResult(const Model &model, Operation *op,
                                     OpBuilder &b, unsigned resultNumber,
                                     ArrayRef<OpFoldResult> offsets,
                                     ArrayRef<OpFoldResult> sizes) {
  SmallVector<OpFoldResult> domainOffsets, domainSizes;
  if (failed(model.getIterationDomainTileFromResultTile(
          op, b, resultNumber, offsets, sizes, domainOffsets, domainSizes)))
    return failure();
  return model.getTiledImplementation(op, b, domainOffsets, domainSizes);
}

/// The loops of every infini op are the leading dimensions of its results:
/// a tile of the loops is the tile of each result along those dimensions,
/// whole along the others.
template <typename OpTy>
struct InfiniTilingModel
    : TilingInterface::ExternalModel<InfiniTilingModel<OpTy>, OpTy> {
  SmallVector<utils::IteratorType> getLoopIteratorTypes(Operation *op) const {
    return SmallVector<utils::IteratorType>(numLoops(cast<OpTy>(op)),
                                            utils::IteratorType::parallel);
  }

  SmallVector<Range> getIterationDomain(Operation *op, OpBuilder &b) const {
    SmallVector<OpFoldResult> sizes = resultSizes(b, op, 0);
    SmallVector<Range> domain;
    for (unsigned d = 0, e = numLoops(cast<OpTy>(op)); d < e; ++d)
      domain.push_back(Range{b.getIndexAttr(0), sizes[d], b.getIndexAttr(1)});
    return domain;
  }

  FailureOr<TilingResult>
  getTiledImplementation(Operation *op, OpBuilder &b,
                         ArrayRef<OpFoldResult> offsets,
                         ArrayRef<OpFoldResult> sizes) const {
    return tile(cast<OpTy>(op), b, offsets, sizes);
  }

  LogicalResult
  getResultTilePosition(Operation *op, OpBuilder &b, unsigned resultNumber,
                        ArrayRef<OpFoldResult> offsets,
                        ArrayRef<OpFoldResult> sizes,
                        SmallVector<OpFoldResult> &tileOffsets,
                        SmallVector<OpFoldResult> &tileSizes) const {
    SmallVector<OpFoldResult> full = resultSizes(b, op, resultNumber);
    if (full.empty())
      return failure();
    tileOffsets.assign(offsets.begin(), offsets.end());
    tileSizes.assign(sizes.begin(), sizes.end());
    for (size_t d = offsets.size(); d < full.size(); ++d) {
      tileOffsets.push_back(b.getIndexAttr(0));
      tileSizes.push_back(full[d]);
    }
    return success();
  }

  LogicalResult getIterationDomainTileFromResultTile(
      Operation *op, OpBuilder &b, unsigned resultNumber,
      ArrayRef<OpFoldResult> offsets, ArrayRef<OpFoldResult> sizes,
      SmallVectorImpl<OpFoldResult> &domainOffsets,
      SmallVectorImpl<OpFoldResult> &domainSizes) const {
    unsigned loops = numLoops(cast<OpTy>(op));
    SmallVector<OpFoldResult> full = resultSizes(b, op, resultNumber);
    // The op computes whole rows along the dimensions that are not loops.
    if (!spansWhole(offsets, sizes, full, loops))
      return failure();
    domainOffsets.assign(offsets.begin(), offsets.begin() + loops);
    domainSizes.assign(sizes.begin(), sizes.begin() + loops);
    return success();
  }

  FailureOr<TilingResult>
  generateResultTileValue(Operation *op, OpBuilder &b, unsigned resultNumber,
                          ArrayRef<OpFoldResult> offsets,
                          ArrayRef<OpFoldResult> sizes) const {
    return tileOfResult(*this, op, b, resultNumber, offsets, sizes);
  }
};


/// online_attention's loops are (b, h, t, u): the query rows t and the keys
/// u, the latter a reduction carried by the op's inits. A tile reads the
/// query rows and the keys of its ranges and updates the state of its rows;
/// the query offset moves with both ranges, so the causal mask of every tile
/// is that of the whole op.
struct OnlineAttentionTilingModel
    : TilingInterface::ExternalModel<OnlineAttentionTilingModel,
                                     OnlineAttentionOp> {
  SmallVector<utils::IteratorType> getLoopIteratorTypes(Operation *) const {
    return {utils::IteratorType::parallel, utils::IteratorType::parallel,
            utils::IteratorType::parallel, utils::IteratorType::reduction};
  }

  SmallVector<Range> getIterationDomain(Operation *op, OpBuilder &b) const {
    auto online = cast<OnlineAttentionOp>(op);
    Location loc = op->getLoc();
    SmallVector<OpFoldResult> sizes = {
        tensor::getMixedSize(b, loc, online.getQuery(), 0),
        tensor::getMixedSize(b, loc, online.getQuery(), 1),
        tensor::getMixedSize(b, loc, online.getQuery(), 2),
        tensor::getMixedSize(b, loc, online.getKey(), 2)};
    SmallVector<Range> domain;
    for (OpFoldResult size : sizes)
      domain.push_back(Range{b.getIndexAttr(0), size, b.getIndexAttr(1)});
    return domain;
  }

  FailureOr<TilingResult>
  getTiledImplementation(Operation *op, OpBuilder &b,
                         ArrayRef<OpFoldResult> o,
                         ArrayRef<OpFoldResult> s) const {
    auto online = cast<OnlineAttentionOp>(op);
    TileBuilder t(b, op);
    auto kv = t.kvHeads(online.getQuery(), online.getKey(), o[1], s[1]);
    if (failed(kv))
      return failure();
    auto [kvOffset, kvSize] = *kv;
    Location loc = op->getLoc();
    AffineExpr s0, s1, s2;
    bindSymbols(b.getContext(), s0, s1, s2);
    OpFoldResult offset = affine::makeComposedFoldedAffineApply(
        b, loc, s0 + s1 - s2, {online.getQueryOffset(), o[2], o[3]});
    ArrayRef<OpFoldResult> rowOffsets = o.take_front(3),
                           rowSizes = s.take_front(3);
    Value acc = t.slice(online.getAcc(), rowOffsets, rowSizes);
    Value max = t.slice(online.getMax(), rowOffsets, rowSizes);
    Value sum = t.slice(online.getSum(), rowOffsets, rowSizes);
    auto tiled = OnlineAttentionOp::create(
        b, loc, acc.getType(), max.getType(), sum.getType(),
        t.slice(online.getQuery(), rowOffsets, rowSizes),
        t.slice(online.getKey(), {o[0], kvOffset, o[3]},
                {s[0], kvSize, s[3]}),
        t.slice(online.getValue(), {o[0], kvOffset, o[3]},
                {s[0], kvSize, s[3]}),
        getValueOrCreateConstantIndexOp(b, loc, offset), acc, max, sum,
        online.getScaleAttr(), online.getCausalAttr());
    return t.result(tiled);
  }

  LogicalResult
  getResultTilePosition(Operation *op, OpBuilder &b, unsigned resultNumber,
                        ArrayRef<OpFoldResult> offsets,
                        ArrayRef<OpFoldResult> sizes,
                        SmallVector<OpFoldResult> &tileOffsets,
                        SmallVector<OpFoldResult> &tileSizes) const {
    // Every result is indexed by (b, h, t), and the accumulator by its
    // whole value rows too.
    tileOffsets.assign(offsets.begin(), offsets.begin() + 3);
    tileSizes.assign(sizes.begin(), sizes.begin() + 3);
    if (resultNumber == 0) {
      tileOffsets.push_back(b.getIndexAttr(0));
      tileSizes.push_back(tensor::getMixedSize(
          b, op->getLoc(), cast<OnlineAttentionOp>(op).getAcc(), 3));
    }
    return success();
  }

  LogicalResult getIterationDomainTileFromResultTile(
      Operation *op, OpBuilder &b, unsigned resultNumber,
      ArrayRef<OpFoldResult> offsets, ArrayRef<OpFoldResult> sizes,
      SmallVectorImpl<OpFoldResult> &domainOffsets,
      SmallVectorImpl<OpFoldResult> &domainSizes) const {
    auto online = cast<OnlineAttentionOp>(op);
    if (offsets.size() < 3)
      return failure();
    // A tile of the accumulator covers whole value rows.
    if (resultNumber == 0 &&
        !spansWhole(offsets, sizes,
                    tensor::getMixedSizes(b, op->getLoc(), online.getAcc()),
                    3))
      return failure();
    domainOffsets.assign(offsets.begin(), offsets.begin() + 3);
    domainSizes.assign(sizes.begin(), sizes.begin() + 3);
    // The result of a row needs every key.
    domainOffsets.push_back(b.getIndexAttr(0));
    domainSizes.push_back(
        tensor::getMixedSize(b, op->getLoc(), online.getKey(), 2));
    return success();
  }

  FailureOr<TilingResult>
  generateResultTileValue(Operation *op, OpBuilder &b, unsigned resultNumber,
                          ArrayRef<OpFoldResult> offsets,
                          ArrayRef<OpFoldResult> sizes) const {
    return tileOfResult(*this, op, b, resultNumber, offsets, sizes);
  }
};

} // namespace

void mlir::infini::detail::attachTilingInterface(MLIRContext &ctx) {
  MemoryRetrieveOp::attachInterface<InfiniTilingModel<MemoryRetrieveOp>>(ctx);
  MemoryUpdateOp::attachInterface<InfiniTilingModel<MemoryUpdateOp>>(ctx);
  LocalAttentionOp::attachInterface<InfiniTilingModel<LocalAttentionOp>>(ctx);
  GatedCombineOp::attachInterface<InfiniTilingModel<GatedCombineOp>>(ctx);
  OnlineAttentionOp::attachInterface<OnlineAttentionTilingModel>(ctx);
}
