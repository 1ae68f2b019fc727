//===- DecomposeAttention.cpp - layers and chunks as loops of primitives -===//

#include "Infini/IR/InfiniOps.h"
#include "Infini/Transforms/Passes.h"
#include "Infini/Transforms/Transforms.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/WalkPatternRewriteDriver.h"

#include <limits>

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIDECOMPOSEATTENTION
#include "Infini/Transforms/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;
using namespace mlir::infini;

namespace {

/// Casts `value` to `type` when the static information differs.
Value castIfNeeded(OpBuilder &b, Location loc, Value value, Type type) {
  if (value.getType() == type)
    return value;
  return tensor::CastOp::create(b, loc, type, value);
}

/// The shape of a segment of a [B, heads, T, D] tensor: the token size
/// replaced by `length`.
RankedTensorType segmentType(Value full, OpFoldResult length) {
  auto type = cast<RankedTensorType>(full.getType());
  SmallVector<int64_t> shape(type.getShape());
  shape[2] = getConstantIntValue(length).value_or(ShapedType::kDynamic);
  return type.clone(shape);
}

/// Emits one segment of `length` tokens starting at `offset`: returns the
/// output with the segment's rows written, and the updated memory and norm.
SmallVector<Value> emitSegment(OpBuilder &b, Location loc, AttentionOp op,
                               Value offset, OpFoldResult length,
                               ValueRange state) {
  Value output = state[0], memory = state[1], norm = state[2];

  SmallVector<OpFoldResult> offsets(4, b.getIndexAttr(0));
  offsets[2] = offset;
  SmallVector<OpFoldResult> strides(4, b.getIndexAttr(1));
  auto segmentSizes = [&](Value full) -> SmallVector<OpFoldResult> {
    return {tensor::getMixedSize(b, loc, full, 0),
            tensor::getMixedSize(b, loc, full, 1), length,
            tensor::getMixedSize(b, loc, full, 3)};
  };
  auto tokenSlice = [&](Value full) -> Value {
    return tensor::ExtractSliceOp::create(b, loc, segmentType(full, length),
                                          full, offsets, segmentSizes(full),
                                          strides);
  };

  Value query = tokenSlice(op.getQuery());
  Value key = tokenSlice(op.getKey());
  Value value = tokenSlice(op.getValue());
  Value localQuery =
      op.getLocalQuery() ? tokenSlice(op.getLocalQuery()) : query;
  Value localKey = op.getLocalKey() ? tokenSlice(op.getLocalKey()) : key;

  RankedTensorType segOut = segmentType(output, length);
  Value fromMemory = MemoryRetrieveOp::create(b, loc, segOut, query, memory,
                                              norm, op.getEpsilonAttr());
  Value local =
      LocalAttentionOp::create(b, loc, segOut, localQuery, localKey, value,
                               op.getScaleAttr(), b.getBoolAttr(true));
  Value combined =
      GatedCombineOp::create(b, loc, segOut, fromMemory, local, op.getGate());
  auto update = MemoryUpdateOp::create(
      b, loc, TypeRange{memory.getType(), norm.getType()}, key, value, memory,
      norm, op.getRuleAttr(), op.getEpsilonAttr());

  Value written = tensor::InsertSliceOp::create(
      b, loc, combined, output, offsets, segmentSizes(output), strides);
  return {written, update.getNewMemory(), update.getNewNorm()};
}

//===----------------------------------------------------------------------===//
// infini.attention_chunk
//===----------------------------------------------------------------------===//
//
// infini.attention_chunk in terms of the attention core and the primitive
// ops. Each batch element stands at its own position, so each gets its own
// loop over the pieces its chunk makes when cut at segment boundaries:
//
//   scf.for b {
//     o = position[b] mod N
//     scf.for piece i < ceildiv(o + C, N) {          // L tokens at offset s
//       if s == 0: segment_memory[b], segment_norm[b] = memory[b], norm[b]
//       key_cache[b, :, s : s+L], value_cache[b, :, s : s+L] = K'_i, V_i
//       acc, max, sum = online_attention(Q'_i, key_cache[b, :, 0 : s+L],
//                                        value_cache[b, ...], query_offset s)
//       result[b, :, piece] = gated_combine(memory_retrieve(Q_i, Ms, zs),
//                                           acc / sum)
//       memory[b], norm[b] = memory_update(K_i, V_i (- retrieve(K_i, Ms, zs)
//                                          for the delta rule))
//     }
//   }
//
// A decode step (C = 1 statically) is one piece per (batch element, kv
// head), all independent: one scf.forall over both runs the piece on each
// pair's slices (see decodeStep).
//
// The read-outs and the delta rule's subtraction stay in f32 until the
// result is written, as in the fused segment kernel. Everything is on
// tensors; the caches and the state are updated with insert_slice, which
// bufferizes in place.
//

/// The builder of one chunk's decomposition: the op's operands, and the
/// sizes every piece shares.
struct ChunkBuilder {
  ChunkBuilder(OpBuilder &b, AttentionChunkOp op)
      : b(b), op(op), loc(op.getLoc()),
        dataType(cast<RankedTensorType>(op.getQuery().getType())
                     .getElementType()) {}

  OpBuilder &b;
  AttentionChunkOp op;
  Location loc;
  Type dataType;
  /// The chunk's tokens and the gate that the pieces read: the op's
  /// operands, or a decode step's slices of them for one kv head.
  struct Inputs {
    Value query, key, value, gate, localQuery, localKey;
  } in{op.getQuery(),      op.getKey(),     op.getValue(),
       op.getGate(),       op.getLocalQuery(), op.getLocalKey()};

  OpFoldResult dim(Value v, int64_t d) {
    return tensor::getMixedSize(b, loc, v, d);
  }
  OpFoldResult index(int64_t i) { return b.getIndexAttr(i); }

  /// `x[batch : batch+1, :, rows : rows+len, :]` of a [B, heads, ., D]
  /// tensor (`rows` and `len` null: every row).
  Value slice(Value x, Value batch, OpFoldResult rows = {},
              OpFoldResult len = {}) {
    auto type = cast<RankedTensorType>(x.getType());
    SmallVector<OpFoldResult> offsets(type.getRank(), index(0));
    SmallVector<OpFoldResult> sizes;
    offsets[0] = batch;
    for (int64_t d = 0; d < type.getRank(); ++d)
      sizes.push_back(d == 0 ? index(1) : dim(x, d));
    if (rows) {
      offsets[2] = rows;
      sizes[2] = len;
    }
    return tensor::ExtractSliceOp::create(
        b, loc, x, offsets, sizes,
        SmallVector<OpFoldResult>(type.getRank(), index(1)));
  }

  /// Writes `piece` into `dest` where slice() with the same arguments reads.
  Value insert(Value piece, Value dest, Value batch, OpFoldResult rows = {}) {
    auto type = cast<RankedTensorType>(dest.getType());
    SmallVector<OpFoldResult> offsets(type.getRank(), index(0));
    offsets[0] = batch;
    if (rows)
      offsets[2] = rows;
    return tensor::InsertSliceOp::create(
        b, loc, piece, dest, offsets, tensor::getMixedSizes(b, loc, piece),
        SmallVector<OpFoldResult>(type.getRank(), index(1)));
  }

  /// out[i] = body(inputs[i']...) with inputs indexed by the leading
  /// dimensions of the iteration space (identity for full rank, the row
  /// dimensions for a row state), into a new tensor of `elem` shaped like
  /// `like`.
  Value map(ValueRange inputs, Value like, Type elem,
            function_ref<Value(OpBuilder &, Location, ValueRange)> body) {
    auto type = cast<RankedTensorType>(like.getType());
    unsigned rank = type.getRank();
    SmallVector<AffineMap> maps;
    for (Value in : inputs)
      maps.push_back(b.getMultiDimIdentityMap(rank).getMajorSubMap(
          cast<RankedTensorType>(in.getType()).getRank()));
    maps.push_back(b.getMultiDimIdentityMap(rank));
    Value init = tensor::EmptyOp::create(
        b, loc, tensor::getMixedSizes(b, loc, like), elem);
    return linalg::GenericOp::create(
               b, loc, TypeRange{init.getType()}, inputs, ValueRange{init},
               maps,
               SmallVector<utils::IteratorType>(rank,
                                                utils::IteratorType::parallel),
               [&](OpBuilder &nb, Location nloc, ValueRange args) {
                 linalg::YieldOp::create(nb, nloc, body(nb, nloc, args));
               })
        .getResult(0);
  }

  /// `x` with f32 elements.
  Value toF32(Value x) {
    if (cast<RankedTensorType>(x.getType()).getElementType().isF32())
      return x;
    return map({x}, x, b.getF32Type(), [](OpBuilder &b, Location loc,
                                          ValueRange a) -> Value {
      return arith::ExtFOp::create(b, loc, b.getF32Type(), a[0]);
    });
  }

  /// An f32 tensor of `sizes` filled with `value`.
  Value filled(ArrayRef<OpFoldResult> sizes, double value) {
    Value empty = tensor::EmptyOp::create(b, loc, sizes, b.getF32Type());
    Value v = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(value));
    return linalg::FillOp::create(b, loc, v, empty).getResult(0);
  }

  /// Local attention of a piece's queries [1, H, L, Dk] over the keys and
  /// values of its segment so far, [1, Hkv, offset + L, D], in the core's
  /// online form; returns acc / sum in f32, [1, H, L, Dv].
  ///
  /// A single token (a decode step) sees every key: no mask. With H and Hkv
  /// static, the query heads of a kv head become the rows of one query
  /// tile, so that its keys and values are read once for all of them.
  Value localAttention(Value query, Value keys, Value values, Value offset,
                       OpFoldResult len) {
    auto queryType = cast<RankedTensorType>(query.getType());
    int64_t heads = queryType.getDimSize(1);
    int64_t kvHeads = cast<RankedTensorType>(keys.getType()).getDimSize(1);
    bool single = getConstantIntValue(len) == 1;
    bool grouped = single && !ShapedType::isDynamic(heads) &&
                   !ShapedType::isDynamic(kvHeads) && heads != kvHeads;
    int64_t groups = grouped ? heads / kvHeads : 1;
    SmallVector<ReassociationIndices> headRows = {{0}, {1, 2}, {3}};
    if (grouped) {
      // [1, H, 1, Dk] -> [1, H, Dk] -> [1, Hkv, H / Hkv, Dk].
      Value flat = tensor::CollapseShapeOp::create(b, loc, query, headRows);
      query = tensor::ExpandShapeOp::create(
          b, loc,
          RankedTensorType::get({1, kvHeads, groups, queryType.getDimSize(3)},
                                queryType.getElementType()),
          flat, headRows);
    }
    OpFoldResult rowHeads = dim(query, 1), rowCount = dim(query, 2),
                 dv = dim(values, 3);
    SmallVector<OpFoldResult> rows = {index(1), rowHeads, rowCount};
    SmallVector<OpFoldResult> rowsDv = {index(1), rowHeads, rowCount, dv};
    constexpr double kNegInf = -std::numeric_limits<double>::infinity();
    auto online = OnlineAttentionOp::create(
        b, loc, query, keys, values, offset, filled(rowsDv, 0.0),
        filled(rows, kNegInf), filled(rows, 0.0), op.getScaleAttr(),
        b.getBoolAttr(!single));
    Value local = map({online.getNewAcc(), online.getNewSum()},
                      online.getNewAcc(), b.getF32Type(),
                      [](OpBuilder &b, Location loc, ValueRange a) -> Value {
                        return arith::DivFOp::create(b, loc, a[0], a[1]);
                      });
    if (!grouped)
      return local;
    // [1, Hkv, H / Hkv, Dv] -> [1, H, Dv] -> [1, H, 1, Dv].
    auto localType = cast<RankedTensorType>(local.getType());
    Value flat = tensor::CollapseShapeOp::create(b, loc, local, headRows);
    return tensor::ExpandShapeOp::create(
        b, loc,
        RankedTensorType::get({1, heads, 1, localType.getDimSize(3)},
                              b.getF32Type()),
        flat, headRows);
  }

  /// One piece: `len` tokens of the chunk from `first`, at `offset` in their
  /// segment, of batch element `batch`. `state` is (result, memory, norm,
  /// segment_memory, segment_norm, key_cache, value_cache); returns it
  /// updated.
  SmallVector<Value> piece(Value batch, OpFoldResult first, OpFoldResult len,
                           Value offset, ValueRange state) {
    Value result = state[0], memory = state[1], norm = state[2],
          segMemory = state[3], segNorm = state[4], keyCache = state[5],
          valueCache = state[6];

    // A new segment reads the memory left by every token before it.
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    Value begins = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                         offset, zero);
    auto swap = scf::IfOp::create(
        b, loc, begins,
        [&](OpBuilder &nb, Location nloc) {
          OpBuilder::InsertionGuard guard(b);
          b.setInsertionPoint(nb.getInsertionBlock(), nb.getInsertionPoint());
          // A copy into the segment state's own rows: with a decode
          // step's slices the insert covers the whole tensor and would
          // fold to `memory` itself, which the update below then writes
          // in place, so bufferization would copy the memory on every step.
          auto copyInto = [&](Value from, Value to) {
            Value rows = linalg::CopyOp::create(b, loc, slice(from, batch),
                                                slice(to, batch))
                             .getResult(0);
            return insert(rows, to, batch);
          };
          Value m = copyInto(memory, segMemory);
          Value z = copyInto(norm, segNorm);
          scf::YieldOp::create(nb, nloc, ValueRange{m, z});
        },
        [&](OpBuilder &nb, Location nloc) {
          scf::YieldOp::create(nb, nloc, ValueRange{segMemory, segNorm});
        });
    segMemory = swap.getResult(0);
    segNorm = swap.getResult(1);
    Value readMemory = slice(segMemory, batch);
    Value readNorm = slice(segNorm, batch);

    Value query = slice(in.query, batch, first, len);
    Value key = slice(in.key, batch, first, len);
    Value value = slice(in.value, batch, first, len);
    Value localQuery =
        in.localQuery ? slice(in.localQuery, batch, first, len) : query;
    Value localKey = in.localKey ? slice(in.localKey, batch, first, len) : key;

    keyCache = insert(localKey, keyCache, batch, offset);
    valueCache = insert(value, valueCache, batch, offset);
    Value seen = arith::AddIOp::create(
        b, loc, offset, getValueOrCreateConstantIndexOp(b, loc, len));
    Value keys = slice(keyCache, batch, index(0), seen);
    Value values = slice(valueCache, batch, index(0), seen);
    Value local = localAttention(localQuery, keys, values, offset, len);

    // The memory's read-out, the gate, and the result in its own type.
    OpFoldResult dv = dim(in.value, 3);
    auto f32Like = [&](Value v, OpFoldResult lastDim) {
      auto type = cast<RankedTensorType>(v.getType());
      SmallVector<int64_t> shape(type.getShape());
      shape.back() = getConstantIntValue(lastDim).value_or(ShapedType::kDynamic);
      return RankedTensorType::get(shape, b.getF32Type());
    };
    Value query32 = toF32(query);
    Value fromMemory = MemoryRetrieveOp::create(
        b, loc, f32Like(query32, dv), query32, readMemory, readNorm,
        op.getEpsilonAttr());
    Value combined = GatedCombineOp::create(b, loc, local.getType(),
                                            fromMemory, local, in.gate);
    if (!dataType.isF32())
      combined = map({combined}, combined, dataType,
                     [&](OpBuilder &b, Location loc, ValueRange a) -> Value {
                       return arith::TruncFOp::create(b, loc, dataType, a[0]);
                     });
    result = insert(combined, result, batch, first);

    // The piece's keys and values are stored at once; the delta rule
    // subtracts what the memory of the segment's start returns for them.
    Value stored = value;
    Value storedKey = key;
    if (op.getRule() == UpdateRule::delta) {
      storedKey = toF32(key);
      Value old = MemoryRetrieveOp::create(
          b, loc, f32Like(storedKey, dv), storedKey, readMemory, readNorm,
          op.getEpsilonAttr());
      stored = map({toF32(value), old}, old, b.getF32Type(),
                   [](OpBuilder &b, Location loc, ValueRange a) -> Value {
                     return arith::SubFOp::create(b, loc, a[0], a[1]);
                   });
    }
    Value memoryRow = slice(memory, batch), normRow = slice(norm, batch);
    auto update = MemoryUpdateOp::create(
        b, loc, TypeRange{memoryRow.getType(), normRow.getType()}, storedKey,
        stored, memoryRow, normRow,
        UpdateRuleAttr::get(b.getContext(), UpdateRule::linear),
        op.getEpsilonAttr());
    memory = insert(update.getNewMemory(), memory, batch);
    norm = insert(update.getNewNorm(), norm, batch);
    return {result, memory, norm, segMemory, segNorm, keyCache, valueCache};
  }

  /// `x[batch, head : head + count, ...]` of a [B, heads, ...] tensor, the
  /// other dimensions whole, as offsets and sizes.
  std::pair<SmallVector<OpFoldResult>, SmallVector<OpFoldResult>>
  headRange(Value x, OpFoldResult batch, OpFoldResult head,
            OpFoldResult count) {
    auto type = cast<RankedTensorType>(x.getType());
    SmallVector<OpFoldResult> offsets(type.getRank(), index(0));
    SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, loc, x);
    offsets[0] = batch;
    sizes[0] = index(1);
    offsets[1] = head;
    sizes[1] = count;
    return {offsets, sizes};
  }

  /// A decode step (C = 1). Each (batch element, kv head) pair is
  /// independent: its position, cache rows, memory and query heads are its
  /// own. One parallel loop runs them all, each iteration one piece of one
  /// token on its slices of the operands and the state: a single parallel
  /// region per step, across batch elements and heads together, instead of
  /// one per op and batch element with the read-out on one thread.
  SmallVector<Value> decodeStep(ValueRange state, Value n) {
    MLIRContext *ctx = b.getContext();
    AffineExpr s0, s1;
    bindSymbols(ctx, s0, s1);
    OpFoldResult heads = dim(in.query, 1), kvHeads = dim(in.key, 1);
    OpFoldResult groups = affine::makeComposedFoldedAffineApply(
        b, loc, s0.floorDiv(s1), {heads, kvHeads});
    SmallVector<OpFoldResult> ones(2, index(1)), zeros(2, index(0));
    auto loop = scf::ForallOp::create(
        b, loc, zeros, {dim(in.query, 0), kvHeads}, ones, state,
        /*mapping=*/std::nullopt);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    Value batch = loop.getInductionVar(0), kvHead = loop.getInductionVar(1);
    OpFoldResult firstHead = affine::makeComposedFoldedAffineApply(
        b, loc, s0 * s1, {kvHead, groups});
    auto take = [&](Value x, OpFoldResult head, OpFoldResult count) -> Value {
      auto [offsets, sizes] = headRange(x, batch, head, count);
      return tensor::ExtractSliceOp::create(
          b, loc, x, offsets, sizes,
          SmallVector<OpFoldResult>(offsets.size(), index(1)));
    };
    Inputs all = in;
    in.query = take(all.query, firstHead, groups);
    in.key = take(all.key, kvHead, index(1));
    in.value = take(all.value, kvHead, index(1));
    if (all.localQuery)
      in.localQuery = take(all.localQuery, firstHead, groups);
    if (all.localKey)
      in.localKey = take(all.localKey, kvHead, index(1));
    // The gate's rows of the query heads ([H] or per channel [H, Dv]).
    SmallVector<OpFoldResult> gateOffsets(
        cast<RankedTensorType>(all.gate.getType()).getRank(), index(0));
    SmallVector<OpFoldResult> gateSizes =
        tensor::getMixedSizes(b, loc, all.gate);
    gateOffsets[0] = firstHead;
    gateSizes[0] = groups;
    in.gate = tensor::ExtractSliceOp::create(
        b, loc, all.gate, gateOffsets, gateSizes,
        SmallVector<OpFoldResult>(gateOffsets.size(), index(1)));
    // The state's slices: the result's rows of the query heads, the rest
    // of the kv head.
    SmallVector<Value> outs(loop.getRegionIterArgs());
    SmallVector<std::pair<OpFoldResult, OpFoldResult>> ranges;
    SmallVector<Value> slices;
    for (auto [i, x] : llvm::enumerate(outs)) {
      ranges.push_back(i == 0 ? std::pair{firstHead, groups}
                              : std::pair{OpFoldResult(kvHead), index(1)});
      slices.push_back(take(x, ranges.back().first, ranges.back().second));
    }
    Value pos = tensor::ExtractOp::create(b, loc, op.getPosition(),
                                          ValueRange{batch});
    pos = arith::IndexCastOp::create(b, loc, b.getIndexType(), pos);
    Value start = arith::RemSIOp::create(b, loc, pos, n);
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    SmallVector<Value> next = piece(zero, index(0), index(1), start, slices);
    in = all;
    b.setInsertionPointToStart(loop.getTerminator().getBody());
    for (auto [value, x, range] : llvm::zip_equal(next, outs, ranges)) {
      auto [offsets, sizes] = headRange(x, batch, range.first, range.second);
      tensor::ParallelInsertSliceOp::create(
          b, loc, value, x, offsets, sizes,
          SmallVector<OpFoldResult>(offsets.size(), index(1)));
    }
    return loop.getResults();
  }

  SmallVector<Value> build() {
    Value query = op.getQuery();
    OpFoldResult chunk = dim(query, 2);
    Value result = tensor::EmptyOp::create(
        b, loc,
        {dim(query, 0), dim(query, 1), chunk, dim(op.getValue(), 3)},
        dataType);
    SmallVector<Value> state = {result,
                                op.getMemory(),
                                op.getNorm(),
                                op.getSegmentMemory(),
                                op.getSegmentNorm(),
                                op.getKeyCache(),
                                op.getValueCache()};

    Value c = getValueOrCreateConstantIndexOp(b, loc, chunk);
    Value n = getValueOrCreateConstantIndexOp(b, loc, dim(op.getKeyCache(), 2));
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    Value one = arith::ConstantIndexOp::create(b, loc, 1);
    Value batches =
        getValueOrCreateConstantIndexOp(b, loc, dim(query, 0));
    bool single = getConstantIntValue(chunk) == 1;
    SmallVector<Value> stepped;
    if (single) {
      stepped = decodeStep(state, n);
    } else {
      auto batchLoop = scf::ForOp::create(
        b, loc, zero, batches, one, state,
        [&](OpBuilder &nb, Location nloc, Value batch, ValueRange carried) {
          OpBuilder::InsertionGuard guard(b);
          b.setInsertionPoint(nb.getInsertionBlock(), nb.getInsertionPoint());
          Value pos = tensor::ExtractOp::create(b, loc, op.getPosition(),
                                                ValueRange{batch});
          pos = arith::IndexCastOp::create(b, loc, b.getIndexType(), pos);
          Value start = arith::RemSIOp::create(b, loc, pos, n);
          // ceildiv(o + C, N) pieces; none without tokens.
          Value pieces = arith::CeilDivSIOp::create(
              b, loc, arith::AddIOp::create(b, loc, start, c), n);
          Value empty = arith::CmpIOp::create(
              b, loc, arith::CmpIPredicate::eq, c, zero);
          pieces = arith::SelectOp::create(b, loc, empty, zero, pieces);
          auto pieceLoop = scf::ForOp::create(
              b, loc, zero, pieces, one, carried,
              [&](OpBuilder &pb, Location ploc, Value i, ValueRange st) {
                OpBuilder::InsertionGuard inner(b);
                b.setInsertionPoint(pb.getInsertionBlock(),
                                    pb.getInsertionPoint());
                // Piece i covers chunk tokens [max(i N - o, 0),
                // min((i + 1) N - o, C)), from offset max(o - i N, 0) of its
                // segment.
                Value iN = arith::MulIOp::create(b, loc, i, n);
                Value begin = arith::SubIOp::create(b, loc, iN, start);
                Value first = arith::MaxSIOp::create(b, loc, begin, zero);
                Value last = arith::MinSIOp::create(
                    b, loc, arith::AddIOp::create(b, loc, begin, n), c);
                Value len = arith::SubIOp::create(b, loc, last, first);
                Value offset = arith::MaxSIOp::create(
                    b, loc, arith::SubIOp::create(b, loc, start, iN), zero);
                SmallVector<Value> next = piece(batch, first, len, offset, st);
                scf::YieldOp::create(pb, ploc, next);
              });
          scf::YieldOp::create(nb, nloc, pieceLoop.getResults());
        });
      stepped = batchLoop.getResults();
    }

    SmallVector<Value> results(stepped);
    Value positions = map(
        {op.getPosition()}, op.getPosition(),
        cast<RankedTensorType>(op.getPosition().getType()).getElementType(),
        [&](OpBuilder &b, Location loc, ValueRange a) -> Value {
          Value cI64 = arith::IndexCastOp::create(b, loc, b.getI64Type(), c);
          return arith::AddIOp::create(b, loc, a[0], cI64);
        });
    results.push_back(positions);
    SmallVector<Value> out;
    for (auto [value, old] : llvm::zip_equal(results, op->getResults()))
      out.push_back(castIfNeeded(b, loc, value, old.getType()));
    return out;
  }
};

//===----------------------------------------------------------------------===//
// Patterns and pass
//===----------------------------------------------------------------------===//

struct DecomposeAttention : OpRewritePattern<AttentionOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(AttentionOp op,
                                PatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, decomposeIntoSegments(rewriter, op));
    return success();
  }
};

struct DecomposeAttentionChunk : OpRewritePattern<AttentionChunkOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(AttentionChunkOp op,
                                PatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, decomposeChunk(rewriter, op));
    return success();
  }
};

struct InfiniDecomposeAttentionPass
    : infini::impl::InfiniDecomposeAttentionBase<InfiniDecomposeAttentionPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateDecomposeAttentionPatterns(patterns);
    walkAndApplyPatterns(getOperation(), std::move(patterns));
  }
};

} // namespace

SmallVector<Value> mlir::infini::decomposeIntoSegments(OpBuilder &b,
                                                       AttentionOp op) {
  Location loc = op.getLoc();
  int64_t segmentLen = op.getSegmentLen();

  Value query = op.getQuery();
  OpFoldResult total = tensor::getMixedSize(b, loc, query, 2);
  std::optional<int64_t> staticTotal = getConstantIntValue(total);
  auto resultType = cast<RankedTensorType>(op.getResult().getType());
  Value output =
      tensor::EmptyOp::create(b, loc,
                              {tensor::getMixedSize(b, loc, query, 0),
                               tensor::getMixedSize(b, loc, query, 1), total,
                               tensor::getMixedSize(b, loc, op.getValue(), 3)},
                              resultType.getElementType());

  // The loop carries the state with the types of the `memory` and `norm`
  // operands; the results are cast to the op's result types at the end.
  Value memory = op.getMemory();
  Value norm = op.getNorm();

  AffineExpr t = b.getAffineSymbolExpr(0);
  OpFoldResult fullEnd = affine::makeComposedFoldedAffineApply(
      b, loc, t.floorDiv(segmentLen) * segmentLen, {total});

  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value step = arith::ConstantIndexOp::create(b, loc, segmentLen);
  auto loop = scf::ForOp::create(
      b, loc, zero, getValueOrCreateConstantIndexOp(b, loc, fullEnd), step,
      ValueRange{output, memory, norm},
      [&](OpBuilder &nb, Location nloc, Value offset, ValueRange carried) {
        SmallVector<Value> next = emitSegment(
            nb, nloc, op, offset, nb.getIndexAttr(segmentLen), carried);
        scf::YieldOp::create(nb, nloc, next);
      });
  SmallVector<Value> state(loop.getResults());

  if (!staticTotal || *staticTotal % segmentLen != 0) {
    OpFoldResult tailLen =
        affine::makeComposedFoldedAffineApply(b, loc, t % segmentLen, {total});
    state = emitSegment(b, loc, op,
                        getValueOrCreateConstantIndexOp(b, loc, fullEnd),
                        tailLen, state);
  }

  return {castIfNeeded(b, loc, state[0], resultType),
          castIfNeeded(b, loc, state[1], op.getNewMemory().getType()),
          castIfNeeded(b, loc, state[2], op.getNewNorm().getType())};
}

void mlir::infini::populateDecomposeAttentionPatterns(
    RewritePatternSet &patterns) {
  patterns.add<DecomposeAttention>(patterns.getContext());
  patterns.add<DecomposeAttentionChunk>(patterns.getContext());
}

std::optional<mlir::infini::SegmentOps>
mlir::infini::matchSegment(GatedCombineOp combine) {
  auto retrieve = combine.getMemoryOut().getDefiningOp<MemoryRetrieveOp>();
  auto local = combine.getLocalOut().getDefiningOp<LocalAttentionOp>();
  if (!retrieve || !local || !retrieve->hasOneUse() || !local->hasOneUse())
    return std::nullopt;
  // A fused kernel reads both queries with one Dk and the keys and the
  // memory with one kv head index: the ops must agree on them, statically.
  auto dim = [](Value v, unsigned d) {
    return cast<ShapedType>(v.getType()).getDimSize(d);
  };
  int64_t dk = dim(local.getQuery(), 3), kvHeads = dim(local.getKey(), 1);
  if (ShapedType::isDynamic(dk) || dk != dim(retrieve.getQuery(), 3) ||
      ShapedType::isDynamic(kvHeads) ||
      kvHeads != dim(retrieve.getMemory(), 1))
    return std::nullopt;
  return SegmentOps{retrieve, local};
}

SmallVector<Value> mlir::infini::decomposeChunk(OpBuilder &b,
                                                AttentionChunkOp op) {
  return ChunkBuilder(b, op).build();
}
