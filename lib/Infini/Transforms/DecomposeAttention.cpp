//===- DecomposeAttention.cpp - layers and chunks as loops of primitives -===//

#include "Infini/IR/InfiniOps.h"
#include "Infini/Transforms/Passes.h"
#include "Infini/Transforms/Transforms.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
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
// pair's slices (see decodeStep). A target with more parallel units than
// pairs (a GPU) splits each pair's cache over a loop of its own, whose
// partial online-softmax states a third loop merges (ChunkSchedule,
// decodeSplit); the target maps the loops.
//
// The read-outs and the delta rule's subtraction stay in f32 until the
// result is written, as in the fused segment kernel. Everything is on
// tensors; the caches and the state are updated with insert_slice, which
// bufferizes in place.
//

/// The builder of one chunk's decomposition: the op's operands, and the
/// sizes every piece shares.
struct ChunkBuilder {
  ChunkBuilder(OpBuilder &b, AttentionChunkOp op,
               const ChunkSchedule &schedule)
      : b(b), op(op), schedule(schedule), loc(op.getLoc()),
        dataType(cast<RankedTensorType>(op.getQuery().getType())
                     .getElementType()) {}

  OpBuilder &b;
  AttentionChunkOp op;
  const ChunkSchedule &schedule;
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

  /// `dest` filled with `value`.
  Value fill(Value dest, double value) {
    Value v = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(value));
    return linalg::FillOp::create(b, loc, v, dest).getResult(0);
  }

  /// An f32 tensor of `sizes` filled with `value`.
  Value filled(ArrayRef<OpFoldResult> sizes, double value) {
    return fill(tensor::EmptyOp::create(b, loc, sizes, b.getF32Type()), value);
  }

  /// [1, H, 1, D] -> [1, Hkv, H / Hkv, D]: the query heads of each kv head
  /// as rows.
  Value headsToRows(Value x, int64_t kvHeads) {
    auto type = cast<RankedTensorType>(x.getType());
    int64_t heads = type.getDimSize(1);
    if (heads == kvHeads)
      return x;
    Value flat = tensor::CollapseShapeOp::create(b, loc, x, headRows());
    return tensor::ExpandShapeOp::create(
        b, loc,
        RankedTensorType::get({1, kvHeads, heads / kvHeads, type.getDimSize(3)},
                              type.getElementType()),
        flat, headRows());
  }

  /// [1, Hkv, H / Hkv, D] -> [1, H, 1, D], the inverse of headsToRows.
  Value rowsToHeads(Value x) {
    auto type = cast<RankedTensorType>(x.getType());
    int64_t heads = type.getDimSize(1) * type.getDimSize(2);
    Value flat = tensor::CollapseShapeOp::create(b, loc, x, headRows());
    return tensor::ExpandShapeOp::create(
        b, loc,
        RankedTensorType::get({1, heads, 1, type.getDimSize(3)},
                              type.getElementType()),
        flat, headRows());
  }
  static SmallVector<ReassociationIndices> headRows() {
    return {{0}, {1, 2}, {3}};
  }

  /// The core's online form of local attention of `query` over `keys` and
  /// `values` from the empty state (acc 0, max -inf, sum 0), in `outs`
  /// (acc, max, sum) when given, else in new tensors.
  OnlineAttentionOp online(Value query, Value keys, Value values,
                           Value offset, bool causal, ValueRange outs = {}) {
    constexpr double kNegInf = -std::numeric_limits<double>::infinity();
    SmallVector<Value> state;
    if (outs.empty()) {
      OpFoldResult heads = dim(query, 1), count = dim(query, 2),
                   dv = dim(values, 3);
      state = {filled({index(1), heads, count, dv}, 0.0),
               filled({index(1), heads, count}, kNegInf),
               filled({index(1), heads, count}, 0.0)};
    } else {
      state = {fill(outs[0], 0.0), fill(outs[1], kNegInf), fill(outs[2], 0.0)};
    }
    return OnlineAttentionOp::create(b, loc, query, keys, values, offset,
                                     state[0], state[1], state[2],
                                     op.getScaleAttr(), b.getBoolAttr(causal));
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
    bool single = getConstantIntValue(len) == 1;
    int64_t heads = cast<RankedTensorType>(query.getType()).getDimSize(1);
    int64_t kvHeads = cast<RankedTensorType>(keys.getType()).getDimSize(1);
    bool grouped = single && !ShapedType::isDynamic(heads) &&
                   !ShapedType::isDynamic(kvHeads) && heads != kvHeads;
    if (grouped)
      query = headsToRows(query, kvHeads);
    OnlineAttentionOp state = online(query, keys, values, offset, !single);
    Value local = map({state.getNewAcc(), state.getNewSum()},
                      state.getNewAcc(), b.getF32Type(),
                      [](OpBuilder &b, Location loc, ValueRange a) -> Value {
                        return arith::DivFOp::create(b, loc, a[0], a[1]);
                      });
    return grouped ? rowsToHeads(local) : local;
  }

  /// A piece's tokens: the inputs' rows [first, first + len) of `batch`.
  struct Tokens {
    Value query, key, value, localQuery, localKey;
  };
  Tokens tokens(Value batch, OpFoldResult first, OpFoldResult len) {
    Tokens t;
    t.query = slice(in.query, batch, first, len);
    t.key = slice(in.key, batch, first, len);
    t.value = slice(in.value, batch, first, len);
    t.localQuery =
        in.localQuery ? slice(in.localQuery, batch, first, len) : t.query;
    t.localKey = in.localKey ? slice(in.localKey, batch, first, len) : t.key;
    return t;
  }

  /// A piece at `offset` 0 begins a segment, which reads the memory left by
  /// every token before it: returns (segment_memory, segment_norm).
  std::pair<Value, Value> beginSegment(Value batch, Value offset, Value memory,
                                       Value norm, Value segMemory,
                                       Value segNorm) {
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
          // fold to `memory` itself, which the update then writes in
          // place, so bufferization would copy the memory on every step.
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
    return {swap.getResult(0), swap.getResult(1)};
  }

  /// The f32 type of `v`'s shape with the last dimension `lastDim`.
  RankedTensorType f32Like(Value v, OpFoldResult lastDim) {
    auto type = cast<RankedTensorType>(v.getType());
    SmallVector<int64_t> shape(type.getShape());
    shape.back() = getConstantIntValue(lastDim).value_or(ShapedType::kDynamic);
    return RankedTensorType::get(shape, b.getF32Type());
  }

  /// The memory's read-out of the piece's queries, gated with its local
  /// attention `local` (f32, [1, H, L, Dv]): the piece's result in the
  /// data type.
  Value combine(const Tokens &t, Value local, Value readMemory,
                Value readNorm) {
    Value query32 = toF32(t.query);
    Value fromMemory = MemoryRetrieveOp::create(
        b, loc, f32Like(query32, dim(in.value, 3)), query32, readMemory,
        readNorm, op.getEpsilonAttr());
    Value combined = GatedCombineOp::create(b, loc, local.getType(),
                                            fromMemory, local, in.gate);
    if (dataType.isF32())
      return combined;
    return map({combined}, combined, dataType,
               [&](OpBuilder &b, Location loc, ValueRange a) -> Value {
                 return arith::TruncFOp::create(b, loc, dataType, a[0]);
               });
  }

  /// The piece's keys and values stored into `memory` and `norm` of
  /// `batch` at once; the delta rule subtracts what the memory of the
  /// segment's start returns for them. Returns (memory, norm).
  std::pair<Value, Value> store(const Tokens &t, Value batch, Value readMemory,
                                Value readNorm, Value memory, Value norm) {
    Value stored = t.value;
    Value storedKey = t.key;
    if (op.getRule() == UpdateRule::delta) {
      storedKey = toF32(t.key);
      Value old = MemoryRetrieveOp::create(
          b, loc, f32Like(storedKey, dim(in.value, 3)), storedKey, readMemory,
          readNorm, op.getEpsilonAttr());
      stored = map({toF32(t.value), old}, old, b.getF32Type(),
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
    return {insert(update.getNewMemory(), memory, batch),
            insert(update.getNewNorm(), norm, batch)};
  }

  /// One piece: `len` tokens of the chunk from `first`, at `offset` in their
  /// segment, of batch element `batch`. `state` is (result, memory, norm,
  /// segment_memory, segment_norm, key_cache, value_cache); returns it
  /// updated.
  SmallVector<Value> piece(Value batch, OpFoldResult first, OpFoldResult len,
                           Value offset, ValueRange state) {
    Value result = state[0], memory = state[1], norm = state[2],
          keyCache = state[5], valueCache = state[6];
    auto [segMemory, segNorm] =
        beginSegment(batch, offset, memory, norm, state[3], state[4]);
    Value readMemory = slice(segMemory, batch);
    Value readNorm = slice(segNorm, batch);

    Tokens t = tokens(batch, first, len);
    keyCache = insert(t.localKey, keyCache, batch, offset);
    valueCache = insert(t.value, valueCache, batch, offset);
    Value seen = arith::AddIOp::create(
        b, loc, offset, getValueOrCreateConstantIndexOp(b, loc, len));
    Value keys = slice(keyCache, batch, index(0), seen);
    Value values = slice(valueCache, batch, index(0), seen);
    Value local = localAttention(t.localQuery, keys, values, offset, len);

    result = insert(combine(t, local, readMemory, readNorm), result, batch,
                    first);
    std::tie(memory, norm) =
        store(t, batch, readMemory, readNorm, memory, norm);
    return {result, memory, norm, segMemory, segNorm, keyCache, valueCache};
  }

  /// `x[batch, head : head + count, ...]` of a [B, heads, ...] tensor, the
  /// other dimensions whole, as offsets and sizes.
  using Part = std::pair<SmallVector<OpFoldResult>, SmallVector<OpFoldResult>>;
  Part headRange(Value x, OpFoldResult batch, OpFoldResult head,
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

  Value extract(Value x, const Part &part) {
    return tensor::ExtractSliceOp::create(
        b, loc, x, part.first, part.second,
        SmallVector<OpFoldResult>(part.first.size(), index(1)));
  }

  /// A decode step's parallel loop: an scf.forall over (batch element, kv
  /// head) and the `extra` loops after them, with `outs` as its shared
  /// outs, mapped as the schedule says. An iteration owns the part
  /// `owned(i, out, ivs)` of out i; `body(ivs, parts)` computes the new
  /// parts from the current ones, with `in` the pair's inputs: its query
  /// heads' queries and gates, its kv head's keys and values.
  SmallVector<Value>
  pairLoop(ArrayRef<OpFoldResult> extra, ValueRange outs,
           function_ref<Part(unsigned, Value, ValueRange)> owned,
           function_ref<SmallVector<Value>(ValueRange, ValueRange)> body) {
    SmallVector<OpFoldResult> upper = {dim(in.query, 0), dim(in.key, 1)};
    llvm::append_range(upper, extra);
    SmallVector<OpFoldResult> ones(upper.size(), index(1)),
        zeros(upper.size(), index(0));
    std::optional<ArrayAttr> mapping;
    if (schedule.mapping)
      mapping = b.getArrayAttr(schedule.mapping(b.getContext(), upper.size()));
    auto loop = scf::ForallOp::create(b, loc, zeros, upper, ones, outs,
                                      mapping);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    SmallVector<Value> ivs = loop.getInductionVars();
    SmallVector<Part> parts;
    SmallVector<Value> current;
    for (auto [i, x] : llvm::enumerate(loop.getRegionIterArgs())) {
      parts.push_back(owned(i, x, ivs));
      current.push_back(extract(x, parts.back()));
    }
    Inputs all = in;
    in = pairInputs(ivs[0], ivs[1]);
    SmallVector<Value> next = body(ivs, current);
    in = all;
    b.setInsertionPointToStart(loop.getTerminator().getBody());
    for (auto [value, x, part] :
         llvm::zip_equal(next, loop.getRegionIterArgs(), parts))
      tensor::ParallelInsertSliceOp::create(
          b, loc, value, x, part.first, part.second,
          SmallVector<OpFoldResult>(part.first.size(), index(1)));
    return loop.getResults();
  }

  /// The query heads of kv head `kvHead`: H / Hkv from `firstHead(kvHead)`.
  OpFoldResult groups() {
    AffineExpr s0, s1;
    bindSymbols(b.getContext(), s0, s1);
    return affine::makeComposedFoldedAffineApply(
        b, loc, s0.floorDiv(s1), {dim(op.getQuery(), 1), dim(op.getKey(), 1)});
  }
  OpFoldResult firstHead(Value kvHead) {
    AffineExpr s0, s1;
    bindSymbols(b.getContext(), s0, s1);
    return affine::makeComposedFoldedAffineApply(b, loc, s0 * s1,
                                                 {kvHead, groups()});
  }

  /// The inputs of one (batch element, kv head) pair.
  Inputs pairInputs(Value batch, Value kvHead) {
    OpFoldResult first = firstHead(kvHead), count = groups();
    auto take = [&](Value x, OpFoldResult head, OpFoldResult n) -> Value {
      return x ? extract(x, headRange(x, batch, head, n)) : Value();
    };
    Inputs pair;
    pair.query = take(in.query, first, count);
    pair.key = take(in.key, kvHead, index(1));
    pair.value = take(in.value, kvHead, index(1));
    pair.localQuery = take(in.localQuery, first, count);
    pair.localKey = take(in.localKey, kvHead, index(1));
    // The gate's rows of the query heads ([H] or per channel [H, Dv]).
    auto gateType = cast<RankedTensorType>(in.gate.getType());
    SmallVector<OpFoldResult> gateOffsets(gateType.getRank(), index(0));
    SmallVector<OpFoldResult> gateSizes =
        tensor::getMixedSizes(b, loc, in.gate);
    gateOffsets[0] = first;
    gateSizes[0] = count;
    pair.gate = extract(in.gate, {gateOffsets, gateSizes});
    return pair;
  }

  /// The offset in its segment of batch element `batch`'s next token.
  /// Unsigned: a negative position (which infini-lower-to-cpu reports
  /// before the op, and the GPU pipeline, whose positions are in device
  /// memory, does not check) still indexes rows of the caches.
  Value offsetOf(Value batch, Value n) {
    Value pos = tensor::ExtractOp::create(b, loc, op.getPosition(),
                                          ValueRange{batch});
    pos = arith::IndexCastOp::create(b, loc, b.getIndexType(), pos);
    return arith::RemUIOp::create(b, loc, pos, n);
  }

  /// A decode step (C = 1). Each (batch element, kv head) pair is
  /// independent: its position, cache rows, memory and query heads are its
  /// own. One parallel loop runs them all, each iteration one piece of one
  /// token on its slices of the operands and the state: a single parallel
  /// region per step, across batch elements and heads together, instead of
  /// one per op and batch element with the read-out on one thread.
  SmallVector<Value> decodeStep(ValueRange state, Value n) {
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    return pairLoop(
        {}, state,
        [&](unsigned i, Value x, ValueRange ivs) {
          // The result's rows of the query heads, the rest of the kv head.
          return i == 0 ? headRange(x, ivs[0], firstHead(ivs[1]), groups())
                        : headRange(x, ivs[0], ivs[1], index(1));
        },
        [&](ValueRange ivs, ValueRange parts) {
          return piece(zero, index(0), index(1), offsetOf(ivs[0], n), parts);
        });
  }

  /// A decode step with its local attention split over the cache
  /// (flash-decoding, for targets with more parallel units than pairs):
  ///
  ///   forall pair:          a new segment's swap; the token into the
  ///                         caches and into the memory
  ///   forall pair, split s: acc_s, max_s, sum_s = online_attention of the
  ///                         pair's query heads over cache rows
  ///                         [s S, min((s + 1) S, o + 1)) (none past o)
  ///   forall pair:          m = max_s max_s, w_s = exp(max_s - m),
  ///                         local = sum_s w_s acc_s / sum_s w_s sum_s;
  ///                         the read-out of the segment memory, the gate
  ///
  /// Split 0 always sees key 0, so m is finite and the sum positive; a
  /// split past the token has max -inf and weight 0.
  SmallVector<Value> decodeSplit(ValueRange state, Value n, int64_t cacheLen,
                                 int64_t kvHeads) {
    int64_t split = schedule.keySplit;
    int64_t splits = llvm::divideCeil(cacheLen, split);
    int64_t rows =
        cast<RankedTensorType>(op.getQuery().getType()).getDimSize(1) /
        kvHeads;
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    auto pairPart = [&](unsigned, Value x, ValueRange ivs) {
      return headRange(x, ivs[0], ivs[1], index(1));
    };

    // The state: (memory, norm, segment_memory, segment_norm, key_cache,
    // value_cache).
    SmallVector<Value> stored = pairLoop(
        {}, state.drop_front(), pairPart,
        [&](ValueRange ivs, ValueRange parts) -> SmallVector<Value> {
          Value offset = offsetOf(ivs[0], n);
          auto [segMemory, segNorm] = beginSegment(
              zero, offset, parts[0], parts[1], parts[2], parts[3]);
          Tokens t = tokens(zero, index(0), index(1));
          Value keyCache = insert(t.localKey, parts[4], zero, offset);
          Value valueCache = insert(t.value, parts[5], zero, offset);
          auto [memory, norm] =
              store(t, zero, slice(segMemory, zero), slice(segNorm, zero),
                    parts[0], parts[1]);
          return {memory, norm, segMemory, segNorm, keyCache, valueCache};
        });

    // The partial states, [B, Hkv * splits, H / Hkv (, Dv)].
    OpFoldResult batches = dim(op.getQuery(), 0);
    OpFoldResult pairSplits = index(kvHeads * splits);
    OpFoldResult dv = dim(op.getValue(), 3);
    Type f32 = b.getF32Type();
    SmallVector<OpFoldResult> rowSizes = {batches, pairSplits, index(rows)};
    SmallVector<OpFoldResult> accSizes(rowSizes);
    accSizes.push_back(dv);
    SmallVector<Value> partials = {
        tensor::EmptyOp::create(b, loc, accSizes, f32),
        tensor::EmptyOp::create(b, loc, rowSizes, f32),
        tensor::EmptyOp::create(b, loc, rowSizes, f32)};
    AffineExpr d0, d1, s0;
    bindDims(b.getContext(), d0, d1);
    bindSymbols(b.getContext(), s0);
    auto splitIndex = [&](Value kvHead, Value s) {
      return affine::makeComposedFoldedAffineApply(b, loc, d0 * splits + d1,
                                                   {kvHead, s});
    };
    partials = pairLoop(
        {index(splits)}, partials,
        [&](unsigned i, Value x, ValueRange ivs) -> Part {
          SmallVector<OpFoldResult> offsets = {ivs[0],
                                               splitIndex(ivs[1], ivs[2]),
                                               index(0)};
          SmallVector<OpFoldResult> sizes = {index(1), index(1), index(rows)};
          if (i == 0) {
            offsets.push_back(index(0));
            sizes.push_back(dv);
          }
          return {offsets, sizes};
        },
        [&](ValueRange ivs, ValueRange parts) -> SmallVector<Value> {
          Value offset = offsetOf(ivs[0], n);
          // Rows [s S, s S + len) with len = clamp(o + 1 - s S, 0, S).
          OpFoldResult start = affine::makeComposedFoldedAffineApply(
              b, loc, d0 * split, {ivs[2]});
          AffineExpr whole = b.getAffineConstantExpr(split);
          OpFoldResult len = affine::makeComposedFoldedAffineMin(
              b, loc,
              AffineMap::get(2, 0, {d0 - d1 * split + 1, whole},
                             b.getContext()),
              {offset, ivs[2]});
          len = affine::makeComposedFoldedAffineMax(
              b, loc,
              AffineMap::get(0, 1, {s0, b.getAffineConstantExpr(0)},
                             b.getContext()),
              {len});
          auto rowsOf = [&](Value cache) {
            Part part = headRange(cache, ivs[0], ivs[1], index(1));
            part.first[2] = start;
            part.second[2] = len;
            return extract(cache, part);
          };
          Tokens t = tokens(zero, index(0), index(1));
          OnlineAttentionOp partial = online(
              headsToRows(t.localQuery, 1), rowsOf(stored[4]),
              rowsOf(stored[5]), offset, /*causal=*/false, parts);
          return SmallVector<Value>(partial.getResults());
        });

    // The merge, the read-out and the gate.
    auto merge = [&](ValueRange ivs) -> Value {
      // The pair's partial states, rank-reduced: [splits, rows (, Dv)].
      auto pairPartials = [&](Value x) {
        auto type = cast<RankedTensorType>(x.getType());
        SmallVector<OpFoldResult> offsets = {ivs[0],
                                             splitIndex(ivs[1], zero),
                                             index(0)};
        SmallVector<OpFoldResult> sizes = {index(1), index(splits),
                                           index(rows)};
        SmallVector<int64_t> shape = {splits, rows};
        if (type.getRank() == 4) {
          offsets.push_back(index(0));
          sizes.push_back(dv);
          shape.push_back(type.getDimSize(3));
        }
        return tensor::ExtractSliceOp::create(
            b, loc, RankedTensorType::get(shape, f32), x, offsets, sizes,
            SmallVector<OpFoldResult>(offsets.size(), index(1)));
      };
      Value acc = pairPartials(partials[0]), maxes = pairPartials(partials[1]),
            sums = pairPartials(partials[2]);
      MLIRContext *ctx = b.getContext();
      AffineExpr r, c, s;
      bindDims(ctx, r, c, s);
      using utils::IteratorType;
      auto reduce = [&](ValueRange ins, ArrayRef<AffineMap> maps,
                        ArrayRef<IteratorType> iterators, Value init,
                        function_ref<Value(OpBuilder &, Location, ValueRange)>
                            body) {
        SmallVector<AffineMap> all(maps);
        all.push_back(AffineMap::get(iterators.size() == 2 ? 2 : 3, 0,
                                     iterators.size() == 2
                                         ? ArrayRef<AffineExpr>{r}
                                         : ArrayRef<AffineExpr>{r, c},
                                     ctx));
        return linalg::GenericOp::create(
                   b, loc, TypeRange{init.getType()}, ins, ValueRange{init},
                   all, iterators,
                   [&](OpBuilder &nb, Location nloc, ValueRange a) {
                     linalg::YieldOp::create(nb, nloc, body(nb, nloc, a));
                   })
            .getResult(0);
      };
      constexpr double kNegInf = -std::numeric_limits<double>::infinity();
      // Over (row, split): the largest max, then the weighted sums.
      AffineMap maxMap2 = AffineMap::get(2, 0, {c, r}, ctx);
      AffineMap rowMap2 = AffineMap::get(2, 0, {r}, ctx);
      SmallVector<IteratorType> rowSplit = {IteratorType::parallel,
                                            IteratorType::reduction};
      Value largest = reduce(
          {maxes}, {maxMap2}, rowSplit, filled({index(rows)}, kNegInf),
          [](OpBuilder &b, Location loc, ValueRange a) -> Value {
            return arith::MaximumFOp::create(b, loc, a[0], a[1]);
          });
      auto weight = [](OpBuilder &b, Location loc, Value m, Value top) {
        return math::ExpOp::create(b, loc,
                                   arith::SubFOp::create(b, loc, m, top));
      };
      Value total = reduce(
          {maxes, sums, largest}, {maxMap2, maxMap2, rowMap2}, rowSplit,
          filled({index(rows)}, 0.0),
          [&](OpBuilder &b, Location loc, ValueRange a) -> Value {
            Value w = weight(b, loc, a[0], a[2]);
            return arith::AddFOp::create(
                b, loc, a[3], arith::MulFOp::create(b, loc, w, a[1]));
          });
      // Over (row, column, split).
      SmallVector<IteratorType> rowColSplit = {IteratorType::parallel,
                                               IteratorType::parallel,
                                               IteratorType::reduction};
      Value weighted = reduce(
          {maxes, acc, largest, total},
          {AffineMap::get(3, 0, {s, r}, ctx),
           AffineMap::get(3, 0, {s, r, c}, ctx), AffineMap::get(3, 0, {r}, ctx),
           AffineMap::get(3, 0, {r}, ctx)},
          rowColSplit, filled({index(rows), dv}, 0.0),
          [&](OpBuilder &b, Location loc, ValueRange a) -> Value {
            Value w = arith::DivFOp::create(b, loc, weight(b, loc, a[0], a[2]),
                                            a[3]);
            return arith::AddFOp::create(
                b, loc, a[4], arith::MulFOp::create(b, loc, w, a[1]));
          });
      // [rows, Dv] -> [1, 1, rows, Dv] -> [1, rows, 1, Dv].
      auto weightedType = cast<RankedTensorType>(weighted.getType());
      Value tile = tensor::ExpandShapeOp::create(
          b, loc,
          RankedTensorType::get({1, 1, rows, weightedType.getDimSize(1)}, f32),
          weighted, SmallVector<ReassociationIndices>{{0, 1, 2}, {3}});
      return rowsToHeads(tile);
    };
    SmallVector<Value> result = pairLoop(
        {}, ValueRange{state[0]},
        [&](unsigned, Value x, ValueRange ivs) {
          return headRange(x, ivs[0], firstHead(ivs[1]), groups());
        },
        [&](ValueRange ivs, ValueRange) -> SmallVector<Value> {
          Value local = merge(ivs);
          Tokens t = tokens(zero, index(0), index(1));
          Value readMemory = extract(stored[2], pairPart(0, stored[2], ivs));
          Value readNorm = extract(stored[3], pairPart(0, stored[3], ivs));
          return {combine(t, local, readMemory, readNorm)};
        });
    SmallVector<Value> out = {result[0]};
    llvm::append_range(out, stored);
    return out;
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
    auto staticSize = [](Value x, unsigned d) {
      return cast<RankedTensorType>(x.getType()).getDimSize(d);
    };
    int64_t cacheLen = staticSize(op.getKeyCache(), 2),
            kvHeads = staticSize(op.getKey(), 1);
    if (single && schedule.keySplit > 0 && !ShapedType::isDynamic(cacheLen) &&
        !ShapedType::isDynamic(staticSize(query, 1)) &&
        !ShapedType::isDynamic(kvHeads)) {
      stepped = decodeSplit(state, n, cacheLen, kvHeads);
    } else if (single) {
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
  DecomposeAttentionChunk(MLIRContext *ctx, ChunkSchedule schedule)
      : OpRewritePattern(ctx), schedule(std::move(schedule)) {}

  LogicalResult matchAndRewrite(AttentionChunkOp op,
                                PatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, decomposeChunk(rewriter, op, schedule));
    return success();
  }

  ChunkSchedule schedule;
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
    RewritePatternSet &patterns, const ChunkSchedule &schedule) {
  patterns.add<DecomposeAttention>(patterns.getContext());
  patterns.add<DecomposeAttentionChunk>(patterns.getContext(), schedule);
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
                                                AttentionChunkOp op,
                                                const ChunkSchedule &schedule) {
  return ChunkBuilder(b, op, schedule).build();
}
