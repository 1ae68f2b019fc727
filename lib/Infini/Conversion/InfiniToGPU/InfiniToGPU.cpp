//===- InfiniToGPU.cpp - infini ops as block/thread kernels ---------------===//
//
// Each infini op (a whole segment, when a gated_combine joins a retrieval and
// a local attention) becomes one kernel written on memrefs in a form that a
// GPU executes and a CPU can run too:
//
//   scf.forall (block ids) {                      // #gpu.block<...>
//     %scratch = memref.alloca() : memref<...>   // per block: shared memory
//     scf.forall (%tid) in (T) { ... }           // #gpu.thread<x>: a phase
//     scf.for (key tiles) {
//       scf.forall (%tid) in (T) { ... }         // one phase per step
//       ...
//     }
//   }
//
// A phase is a thread-mapped scf.forall of exactly `block-size` iterations;
// each thread strides over the phase's elements. Phases communicate only
// through the block's scratch buffers, and a phase reads what earlier phases
// wrote: run one after the other on a CPU, or separated by barriers on a GPU
// (infini-map-kernels-to-gpu), the result is the same. Values a thread keeps
// across phases live in scratch; values inside a phase are SSA.
//
// The kernels:
//  * segment (local attention, optionally with retrieval and gate): a block
//    per (batch, head, query tile). Q, K and V tiles are staged in scratch;
//    online softmax over the key tiles, causal tiles above the diagonal are
//    never visited; the epilogue stages the memory rows by rows and reads
//    each once per query tile.
//  * update: a block per (batch, kv head, value-column tile); the block's
//    columns of the memory are staged once, sigma(K) tiles (and, for the
//    delta rule, what the memory already holds) per step, and the tile of
//    sigma(K)^T V is accumulated in scratch.
//  * retrieval alone and gated_combine alone: a block per (batch, head, tile).
//
//===----------------------------------------------------------------------===//

#include "Infini/Conversion/Passes.h"
#include "Infini/IR/InfiniOps.h"
#include "Infini/Transforms/Transforms.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/WalkPatternRewriteDriver.h"

#include <cmath>
#include <limits>

namespace mlir::infini {
#define GEN_PASS_DEF_CONVERTINFINITOGPU
#include "Infini/Conversion/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;
using namespace mlir::infini;

namespace {

struct KernelOptions {
  int64_t blockSize;
  int64_t queryTile;
  int64_t keyTile;
  int64_t tokenTile;
  int64_t valueTile;
};

/// Scalar and loop helpers for writing kernels on memrefs.
class KernelBuilder {
public:
  KernelBuilder(OpBuilder &b, Location loc, int64_t blockSize)
      : b(b), loc(loc), blockSize(blockSize) {}

  OpBuilder &b;
  Location loc;
  int64_t blockSize;

  Value idx(int64_t v) { return arith::ConstantIndexOp::create(b, loc, v); }
  Value f32(double v) {
    return arith::ConstantOp::create(b, loc, b.getF32FloatAttr(v));
  }
  Value add(Value x, Value y) {
    if (isa<IndexType>(x.getType()))
      return arith::AddIOp::create(b, loc, x, y);
    return arith::AddFOp::create(b, loc, x, y);
  }
  Value mul(Value x, Value y) {
    if (isa<IndexType>(x.getType()))
      return arith::MulIOp::create(b, loc, x, y);
    return arith::MulFOp::create(b, loc, x, y);
  }
  Value sub(Value x, Value y) { return arith::SubFOp::create(b, loc, x, y); }
  Value div(Value x, Value y) { return arith::DivFOp::create(b, loc, x, y); }
  Value maxF(Value x, Value y) {
    return arith::MaximumFOp::create(b, loc, x, y);
  }
  Value exp(Value x) { return math::ExpOp::create(b, loc, x); }
  Value ult(Value x, Value y) {
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, x, y);
  }
  Value ule(Value x, Value y) {
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ule, x, y);
  }
  Value andI(Value x, Value y) { return arith::AndIOp::create(b, loc, x, y); }
  Value select(Value c, Value x, Value y) {
    return arith::SelectOp::create(b, loc, c, x, y);
  }
  Value minI(Value x, Value y) { return arith::MinUIOp::create(b, loc, x, y); }
  Value ceilDiv(Value x, int64_t y) {
    return arith::CeilDivUIOp::create(b, loc, x, idx(y));
  }
  Value dim(Value memref, int64_t d) {
    return memref::DimOp::create(b, loc, memref, d);
  }

  /// memref[indices] as f32.
  Value load(Value memref, ValueRange indices) {
    Value v = memref::LoadOp::create(b, loc, memref, indices);
    if (!v.getType().isF32())
      v = arith::ExtFOp::create(b, loc, b.getF32Type(), v);
    return v;
  }
  /// memref[indices] as f32 where `inBounds`, else 0 (never reads outside).
  Value loadOrZero(Value inBounds, Value memref, ValueRange indices) {
    auto ifOp = scf::IfOp::create(b, loc, b.getF32Type(), inBounds,
                                  /*withElseRegion=*/true);
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(ifOp.thenBlock());
      scf::YieldOp::create(b, loc, load(memref, indices));
      b.setInsertionPointToStart(ifOp.elseBlock());
      scf::YieldOp::create(b, loc, f32(0.0));
    }
    return ifOp.getResult(0);
  }
  /// memref[indices] = v, truncated to the element type.
  void store(Value v, Value memref, ValueRange indices) {
    Type elem = cast<MemRefType>(memref.getType()).getElementType();
    if (elem != v.getType())
      v = arith::TruncFOp::create(b, loc, elem, v);
    memref::StoreOp::create(b, loc, v, memref, indices);
  }
  void ifThen(Value cond, function_ref<void()> body) {
    auto ifOp = scf::IfOp::create(b, loc, cond, /*withElseRegion=*/false);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifOp.thenBlock());
    body();
  }

  /// sigma(x) = ELU(x) + 1.
  Value sigma(Value x) {
    Value positive =
        arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OGT, x, f32(0.0));
    return select(positive, add(x, f32(1.0)), exp(x));
  }
  Value sigmoid(Value x) {
    Value one = f32(1.0);
    return div(one, add(one, exp(arith::NegFOp::create(b, loc, x))));
  }

  /// Sum over i in [0, n) of term(i), accumulated in f32.
  Value sum(int64_t n, function_ref<Value(Value)> term) {
    return sum(idx(n), term);
  }
  Value sum(Value n, function_ref<Value(Value)> term) {
    auto loop = scf::ForOp::create(b, loc, idx(0), n, idx(1),
                                   ValueRange{f32(0.0)});
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    Value acc = add(loop.getRegionIterArg(0), term(loop.getInductionVar()));
    scf::YieldOp::create(b, loc, acc);
    return loop.getResult(0);
  }

  /// Block-shared scratch, f32. Tiles that a phase reads a row per thread
  /// (or a column across threads) get an odd row stride (a padding column
  /// when `cols` is even), so that the threads of a warp hit different
  /// shared-memory banks.
  Value paddedScratch(int64_t rows, int64_t cols) {
    return scratch({rows, cols % 2 == 0 ? cols + 1 : cols});
  }
  Value scratch(ArrayRef<int64_t> shape) {
    return memref::AllocaOp::create(b, loc,
                                    MemRefType::get(shape, b.getF32Type()));
  }

  /// One phase: `body` runs for every thread id of the block.
  void phase(function_ref<void(Value tid)> body) {
    auto mapping = b.getArrayAttr(
        gpu::GPUThreadMappingAttr::get(b.getContext(), gpu::MappingId::DimX));
    auto forall = scf::ForallOp::create(
        b, loc, ArrayRef<OpFoldResult>{b.getIndexAttr(blockSize)},
        ValueRange{}, mapping);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(forall.getBody());
    body(forall.getInductionVar(0));
  }

  /// Inside a phase: body(row, col) for the elements of a rows x cols tile
  /// that fall to thread `tid` (element e goes to thread e mod block-size).
  void forEach(Value tid, int64_t rows, int64_t cols,
               function_ref<void(Value, Value)> body) {
    auto loop = scf::ForOp::create(b, loc, tid, idx(rows * cols),
                                   idx(blockSize));
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    Value e = loop.getInductionVar();
    Value c = idx(cols);
    body(arith::DivUIOp::create(b, loc, e, c),
         arith::RemUIOp::create(b, loc, e, c));
  }

  /// scf.for over [0, n) with `body(iv)`.
  void loop(Value n, function_ref<void(Value)> body) {
    auto loop = scf::ForOp::create(b, loc, idx(0), n, idx(1));
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    body(loop.getInductionVar());
  }

  /// The block-level scf.forall over `sizes` (outermost first); `body` gets
  /// the block ids.
  void blocks(ArrayRef<Value> sizes, function_ref<void(ValueRange)> body) {
    static constexpr gpu::MappingId dims[] = {
        gpu::MappingId::DimX, gpu::MappingId::DimY, gpu::MappingId::DimZ};
    SmallVector<Attribute> mapping;
    for (size_t i = 0; i < sizes.size(); ++i)
      mapping.push_back(gpu::GPUBlockMappingAttr::get(
          b.getContext(), dims[sizes.size() - 1 - i]));
    SmallVector<OpFoldResult> ubs(sizes.begin(), sizes.end());
    auto forall = scf::ForallOp::create(b, loc, ubs, ValueRange{},
                                        b.getArrayAttr(mapping));
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(forall.getBody());
    body(forall.getInductionVars());
  }
};

/// A read-only view of a tensor operand as a memref with any layout.
Value asBuffer(OpBuilder &b, Location loc, Value tensor) {
  auto type = cast<RankedTensorType>(tensor.getType());
  SmallVector<int64_t> strides(type.getRank(), ShapedType::kDynamic);
  auto layout =
      StridedLayoutAttr::get(b.getContext(), ShapedType::kDynamic, strides);
  auto memrefType =
      MemRefType::get(type.getShape(), type.getElementType(), layout);
  return bufferization::ToBufferOp::create(b, loc, memrefType, tensor,
                                           /*readOnly=*/true);
}

/// A fresh buffer shaped like `like` with the given element type, and with
/// the given static size of its last dimension if `last` is set.
Value allocLike(OpBuilder &b, Location loc, Value like, Type elemType,
                std::optional<int64_t> last = std::nullopt) {
  auto type = cast<RankedTensorType>(like.getType());
  SmallVector<int64_t> shape(type.getShape());
  if (last)
    shape.back() = *last;
  SmallVector<Value> dynamic;
  for (int64_t i = 0; i < type.getRank(); ++i)
    if (ShapedType::isDynamic(shape[i]))
      dynamic.push_back(tensor::DimOp::create(b, loc, like, i));
  return memref::AllocOp::create(b, loc, MemRefType::get(shape, elemType),
                                 dynamic);
}

/// A kernel's output buffer as the op's result: a tensor of the buffer's
/// own shape, cast when the result type is more or less static.
Value asTensor(OpBuilder &b, Location loc, Value buffer, Type tensorType) {
  auto bufferType = cast<MemRefType>(buffer.getType());
  auto exact = RankedTensorType::get(bufferType.getShape(),
                                     bufferType.getElementType());
  Value tensor = bufferization::ToTensorOp::create(b, loc, exact, buffer,
                                                   /*restrict=*/true,
                                                   /*writable=*/true);
  if (exact == tensorType)
    return tensor;
  return tensor::CastOp::create(b, loc, tensorType, tensor);
}

/// SPEC's operand names, in order.
ArrayRef<StringRef> operandNames(Operation *op) {
  static const StringRef retrieve[] = {"query", "memory", "norm"};
  static const StringRef update[] = {"key", "value", "memory", "norm"};
  static const StringRef local[] = {"query", "key", "value"};
  static const StringRef combine[] = {"memory_out", "local_out", "gate"};
  if (isa<MemoryRetrieveOp>(op))
    return retrieve;
  if (isa<MemoryUpdateOp>(op))
    return update;
  if (isa<LocalAttentionOp>(op))
    return local;
  return combine;
}

/// The kernels size their scratch by the head dimensions Dk and Dv: a
/// diagnostic naming the operand when one is dynamic.
LogicalResult checkStaticHeadDims(Operation *op) {
  for (auto [operand, name] :
       llvm::zip(op->getOperands(), operandNames(op))) {
    auto type = cast<RankedTensorType>(operand.getType());
    if (type.getRank() >= 3 && type.isDynamicDim(type.getRank() - 1))
      return op->emitOpError("needs static head dimensions on the GPU, but '")
             << name << "' is " << type;
  }
  return success();
}

/// The ops one segment kernel computes: a local attention, a retrieval, or
/// both joined by their gated_combine.
struct Segment {
  LocalAttentionOp local;
  MemoryRetrieveOp retrieve;
  GatedCombineOp combine;
};

/// Builds the segment kernel and returns the result tensor.
Value buildSegmentKernel(OpBuilder &b, Location loc, Segment seg,
                         const KernelOptions &opts) {
  KernelBuilder k(b, loc, opts.blockSize);
  Value queryTensor =
      seg.local ? seg.local.getQuery() : seg.retrieve.getQuery();
  Type resultType = seg.combine  ? seg.combine.getType()
                    : seg.local ? seg.local.getType()
                                : seg.retrieve.getType();
  Type elemType = cast<RankedTensorType>(resultType).getElementType();

  Value lq, key, value, rq, memory, norm, gate;
  if (seg.local) {
    lq = asBuffer(b, loc, seg.local.getQuery());
    key = asBuffer(b, loc, seg.local.getKey());
    value = asBuffer(b, loc, seg.local.getValue());
  }
  if (seg.retrieve) {
    rq = asBuffer(b, loc, seg.retrieve.getQuery());
    memory = asBuffer(b, loc, seg.retrieve.getMemory());
    norm = asBuffer(b, loc, seg.retrieve.getNorm());
  }
  if (seg.combine)
    gate = asBuffer(b, loc, seg.combine.getGate());
  int64_t dv = seg.local ? cast<ShapedType>(seg.local.getValue().getType())
                               .getDimSize(3)
                         : cast<ShapedType>(seg.retrieve.getMemory().getType())
                               .getDimSize(3);
  int64_t dk = cast<ShapedType>(queryTensor.getType()).getDimSize(3);
  Value out = allocLike(b, loc, queryTensor, elemType, dv);

  Value anyQuery = lq ? lq : rq;
  Value batch = k.dim(anyQuery, 0), heads = k.dim(anyQuery, 1),
        tokens = k.dim(anyQuery, 2);
  Value kvHeads = k.dim(lq ? key : memory, 1);
  Value group = arith::DivUIOp::create(b, loc, heads, kvHeads);
  int64_t tq = opts.queryTile, tk = opts.keyTile;
  bool causal = seg.local && seg.local.getCausal();
  Value scale;
  if (seg.local) {
    double s = seg.local.getScale()
                   ? seg.local.getScale()->convertToDouble()
                   : 1.0 / std::sqrt(static_cast<double>(dk));
    scale = k.f32(s);
  }
  double negInf = -std::numeric_limits<double>::infinity();

  k.blocks({batch, heads, k.ceilDiv(tokens, tq)}, [&](ValueRange ids) {
    Value bi = ids[0], hi = ids[1], q0 = k.mul(ids[2], k.idx(tq));
    Value kvh = arith::DivUIOp::create(b, loc, hi, group);
    Value qs = k.paddedScratch(tq, dk);
    Value den = k.scratch({tq});
    // sigma(Q) M accumulates here, `mrows` rows of M at a time.
    int64_t mrows = std::min(tk, dk);
    Value num, ms;
    if (seg.retrieve) {
      num = k.scratch({tq, dv});
      if (!seg.local)
        ms = k.scratch({mrows, dv});
    }
    Value ks, vs, s, acc, mrow, lrow, alpha;
    if (seg.local) {
      ks = k.paddedScratch(tk, dk);
      vs = k.scratch({tk, dv});
      s = k.paddedScratch(tq, tk);
      acc = k.scratch({tq, dv});
      mrow = k.scratch({tq});
      lrow = k.scratch({tq});
      alpha = k.scratch({tq});

      k.phase([&](Value tid) {
        k.forEach(tid, tq, dk, [&](Value i, Value c) {
          Value t = k.add(q0, i);
          k.store(k.loadOrZero(k.ult(t, tokens), lq, {bi, hi, t, c}), qs,
                  {i, c});
        });
        k.forEach(tid, tq, dv, [&](Value i, Value d) {
          k.store(k.f32(0.0), acc, {i, d});
        });
        k.forEach(tid, tq, 1, [&](Value i, Value) {
          k.store(k.f32(negInf), mrow, {i});
          k.store(k.f32(0.0), lrow, {i});
        });
      });

      // Key tiles: up to the one holding the tile's last query when causal.
      Value keyEnd =
          causal ? k.minI(k.add(q0, k.idx(tq)), tokens) : tokens;
      k.loop(k.ceilDiv(keyEnd, tk), [&](Value kt) {
        Value k0 = k.mul(kt, k.idx(tk));
        k.phase([&](Value tid) {
          k.forEach(tid, tk, dk, [&](Value j, Value c) {
            Value u = k.add(k0, j);
            k.store(k.loadOrZero(k.ult(u, tokens), key, {bi, kvh, u, c}), ks,
                    {j, c});
          });
          k.forEach(tid, tk, dv, [&](Value j, Value d) {
            Value u = k.add(k0, j);
            k.store(k.loadOrZero(k.ult(u, tokens), value, {bi, kvh, u, d}), vs,
                    {j, d});
          });
        });
        k.phase([&](Value tid) {
          k.forEach(tid, tq, tk, [&](Value i, Value j) {
            Value u = k.add(k0, j);
            Value visible = k.ult(u, tokens);
            if (causal)
              visible = k.andI(visible, k.ule(u, k.add(q0, i)));
            Value dot = k.sum(dk, [&](Value c) {
              return k.mul(k.load(qs, {i, c}), k.load(ks, {j, c}));
            });
            k.store(k.select(visible, k.mul(scale, dot), k.f32(negInf)), s,
                    {i, j});
          });
        });
        // Online softmax, a row per thread: rescale factor alpha, P in place
        // of S, running max and sum.
        k.phase([&](Value tid) {
          k.forEach(tid, tq, 1, [&](Value i, Value) {
            Value mOld = k.load(mrow, {i});
            Value rowMax = mOld;
            {
              auto loop = scf::ForOp::create(b, loc, k.idx(0), k.idx(tk),
                                             k.idx(1), ValueRange{mOld});
              OpBuilder::InsertionGuard guard(b);
              b.setInsertionPointToStart(loop.getBody());
              scf::YieldOp::create(
                  b, loc,
                  k.maxF(loop.getRegionIterArg(0),
                         k.load(s, {i, loop.getInductionVar()})));
              rowMax = loop.getResult(0);
            }
            // A row that has seen no visible key yet keeps max -inf; using 0
            // as its base makes every exp below exactly 0 instead of NaN.
            Value noneVisible = arith::CmpFOp::create(
                b, loc, arith::CmpFPredicate::OEQ, rowMax, k.f32(negInf));
            Value base = k.select(noneVisible, k.f32(0.0), rowMax);
            Value rowSum = k.sum(tk, [&](Value j) {
              Value p = k.exp(k.sub(k.load(s, {i, j}), base));
              k.store(p, s, {i, j});
              return p;
            });
            Value a = k.exp(k.sub(mOld, base));
            k.store(a, alpha, {i});
            k.store(k.add(k.mul(a, k.load(lrow, {i})), rowSum), lrow, {i});
            k.store(rowMax, mrow, {i});
          });
        });
        k.phase([&](Value tid) {
          k.forEach(tid, tq, dv, [&](Value i, Value d) {
            // Only the keys the row sees: a masked key has probability 0,
            // but 0 * NaN is NaN, and a NaN in a later token's value must
            // not reach this row.
            Value visible = k.idx(tk);
            if (causal) {
              Value end = k.add(k.add(q0, i), k.idx(1));
              Value seen = arith::SubIOp::create(b, loc, end, k0);
              visible = k.select(k.ult(k0, end), k.minI(seen, k.idx(tk)),
                                 k.idx(0));
            }
            Value pv = k.sum(visible, [&](Value j) {
              return k.mul(k.load(s, {i, j}), k.load(vs, {j, d}));
            });
            k.store(k.add(k.mul(k.load(alpha, {i}), k.load(acc, {i, d})), pv),
                    acc, {i, d});
          });
        });
      });
    }

    Value epsilon;
    if (seg.retrieve) {
      epsilon = k.f32(seg.retrieve.getEpsilon().convertToDouble());
      // sigma(Q) of the tile, then its row normalisers.
      k.phase([&](Value tid) {
        k.forEach(tid, tq, dk, [&](Value i, Value c) {
          Value t = k.add(q0, i);
          Value q = k.loadOrZero(k.ult(t, tokens), rq, {bi, hi, t, c});
          k.store(k.sigma(q), qs, {i, c});
        });
        k.forEach(tid, tq, dv, [&](Value i, Value d) {
          k.store(k.f32(0.0), num, {i, d});
        });
      });
      k.phase([&](Value tid) {
        k.forEach(tid, tq, 1, [&](Value i, Value) {
          Value dot = k.sum(dk, [&](Value c) {
            return k.mul(k.load(qs, {i, c}), k.load(norm, {bi, kvh, c}));
          });
          k.store(k.maxF(dot, epsilon), den, {i});
        });
      });
      // sigma(Q) M, staging the rows of the memory in the value tile's
      // buffer when the local attention is done with it.
      if (!ms)
        ms = vs;
      k.loop(k.idx((dk + mrows - 1) / mrows), [&](Value chunk) {
        Value c0 = k.mul(chunk, k.idx(mrows));
        // The last chunk holds the Dk mod mrows rows that are left.
        Value rows = k.minI(k.idx(mrows), arith::SubIOp::create(
                                               b, loc, k.idx(dk), c0));
        k.phase([&](Value tid) {
          k.forEach(tid, mrows, dv, [&](Value r, Value d) {
            k.ifThen(k.ult(r, rows), [&] {
              k.store(k.load(memory, {bi, kvh, k.add(c0, r), d}), ms, {r, d});
            });
          });
        });
        k.phase([&](Value tid) {
          k.forEach(tid, tq, dv, [&](Value i, Value d) {
            Value part = k.sum(rows, [&](Value r) {
              return k.mul(k.load(qs, {i, k.add(c0, r)}), k.load(ms, {r, d}));
            });
            k.store(k.add(k.load(num, {i, d}), part), num, {i, d});
          });
        });
      });
    }

    bool perChannel =
        gate && cast<MemRefType>(gate.getType()).getRank() == 2;
    k.phase([&](Value tid) {
      k.forEach(tid, tq, dv, [&](Value i, Value d) {
        Value t = k.add(q0, i);
        k.ifThen(k.ult(t, tokens), [&] {
          Value fromLocal, fromMemory;
          if (seg.local)
            fromLocal = k.div(k.load(acc, {i, d}), k.load(lrow, {i}));
          if (seg.retrieve)
            fromMemory = k.div(k.load(num, {i, d}), k.load(den, {i}));
          Value result = fromLocal ? fromLocal : fromMemory;
          if (seg.combine) {
            Value g = k.sigmoid(perChannel ? k.load(gate, {hi, d})
                                           : k.load(gate, {hi}));
            result = k.add(k.mul(g, fromMemory),
                           k.mul(k.sub(k.f32(1.0), g), fromLocal));
          }
          k.store(result, out, {bi, hi, t, d});
        });
      });
    });
  });
  return asTensor(b, loc, out, resultType);
}

/// The memory update kernel; returns (new memory, new norm).
std::pair<Value, Value> buildUpdateKernel(OpBuilder &b, Location loc,
                                          MemoryUpdateOp op,
                                          const KernelOptions &opts) {
  KernelBuilder k(b, loc, opts.blockSize);
  Value key = asBuffer(b, loc, op.getKey());
  Value value = asBuffer(b, loc, op.getValue());
  Value memory = asBuffer(b, loc, op.getMemory());
  Value norm = asBuffer(b, loc, op.getNorm());
  Value newMemory = allocLike(b, loc, op.getMemory(), b.getF32Type());
  Value newNorm = allocLike(b, loc, op.getNorm(), b.getF32Type());
  int64_t dk = cast<ShapedType>(op.getKey().getType()).getDimSize(3);
  int64_t dv = cast<ShapedType>(op.getValue().getType()).getDimSize(3);
  int64_t tn = opts.tokenTile, tv = std::min(opts.valueTile, dv);
  bool delta = op.getRule() == UpdateRule::delta;
  Value epsilon = k.f32(op.getEpsilon().convertToDouble());
  Value tokens = k.dim(key, 2);

  k.blocks({k.dim(key, 0), k.dim(key, 1), k.idx((dv + tv - 1) / tv)},
           [&](ValueRange ids) {
    Value bi = ids[0], g = ids[1], j0 = k.mul(ids[2], k.idx(tv));
    Value ks = k.paddedScratch(tn, dk);
    Value vd = k.scratch({tn, tv});
    Value den = k.scratch({tn});
    Value acc = k.scratch({dk, tv});
    Value zacc = k.scratch({dk});
    // The block's columns of the memory, read by every token tile (delta
    // rule) and by the final sum.
    Value mt = k.scratch({dk, tv});
    k.phase([&](Value tid) {
      k.forEach(tid, dk, tv, [&](Value c, Value j) {
        k.store(k.f32(0.0), acc, {c, j});
        Value col = k.add(j0, j);
        k.store(k.loadOrZero(k.ult(col, k.idx(dv)), memory, {bi, g, c, col}),
                mt, {c, j});
      });
      k.forEach(tid, dk, 1, [&](Value c, Value) {
        k.store(k.f32(0.0), zacc, {c});
      });
    });
    k.loop(k.ceilDiv(tokens, tn), [&](Value nt) {
      Value n0 = k.mul(nt, k.idx(tn));
      k.phase([&](Value tid) {
        k.forEach(tid, tn, dk, [&](Value n, Value c) {
          Value t = k.add(n0, n);
          Value in = k.ult(t, tokens);
          // Rows past the segment stay 0 and add nothing below.
          k.store(k.select(in, k.sigma(k.loadOrZero(in, key, {bi, g, t, c})),
                           k.f32(0.0)),
                  ks, {n, c});
        });
      });
      if (delta) {
        k.phase([&](Value tid) {
          k.forEach(tid, tn, 1, [&](Value n, Value) {
            Value dot = k.sum(dk, [&](Value c) {
              return k.mul(k.load(ks, {n, c}), k.load(norm, {bi, g, c}));
            });
            k.store(k.maxF(dot, epsilon), den, {n});
          });
        });
      }
      k.phase([&](Value tid) {
        k.forEach(tid, tn, tv, [&](Value n, Value j) {
          Value t = k.add(n0, n), col = k.add(j0, j);
          Value in = k.andI(k.ult(t, tokens), k.ult(col, k.idx(dv)));
          Value v = k.loadOrZero(in, value, {bi, g, t, col});
          if (delta) {
            // What the memory already holds for this key: computed for
            // in-bounds elements only.
            auto ifOp = scf::IfOp::create(b, loc, b.getF32Type(), in, true);
            {
              OpBuilder::InsertionGuard guard(b);
              b.setInsertionPointToStart(ifOp.thenBlock());
              Value num = k.sum(dk, [&](Value c) {
                return k.mul(k.load(ks, {n, c}), k.load(mt, {c, j}));
              });
              scf::YieldOp::create(b, loc, k.div(num, k.load(den, {n})));
              b.setInsertionPointToStart(ifOp.elseBlock());
              scf::YieldOp::create(b, loc, k.f32(0.0));
            }
            v = k.sub(v, ifOp.getResult(0));
          }
          k.store(v, vd, {n, j});
        });
      });
      k.phase([&](Value tid) {
        k.forEach(tid, dk, tv, [&](Value c, Value j) {
          Value update = k.sum(tn, [&](Value n) {
            return k.mul(k.load(ks, {n, c}), k.load(vd, {n, j}));
          });
          k.store(k.add(k.load(acc, {c, j}), update), acc, {c, j});
        });
        k.forEach(tid, dk, 1, [&](Value c, Value) {
          Value update = k.sum(tn, [&](Value n) { return k.load(ks, {n, c}); });
          k.store(k.add(k.load(zacc, {c}), update), zacc, {c});
        });
      });
    });
    Value first = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                        ids[2], k.idx(0));
    k.phase([&](Value tid) {
      k.forEach(tid, dk, tv, [&](Value c, Value j) {
        Value col = k.add(j0, j);
        k.ifThen(k.ult(col, k.idx(dv)), [&] {
          k.store(k.add(k.load(mt, {c, j}), k.load(acc, {c, j})), newMemory,
                  {bi, g, c, col});
        });
      });
      k.forEach(tid, dk, 1, [&](Value c, Value) {
        k.ifThen(first, [&] {
          k.store(k.add(k.load(norm, {bi, g, c}), k.load(zacc, {c})), newNorm,
                  {bi, g, c});
        });
      });
    });
  });
  return {asTensor(b, loc, newMemory, op.getNewMemory().getType()),
          asTensor(b, loc, newNorm, op.getNewNorm().getType())};
}

/// gated_combine of two arbitrary tensors: elementwise, a block per (batch,
/// head, query tile).
Value buildCombineKernel(OpBuilder &b, Location loc, GatedCombineOp op,
                         const KernelOptions &opts) {
  KernelBuilder k(b, loc, opts.blockSize);
  Value memOut = asBuffer(b, loc, op.getMemoryOut());
  Value localOut = asBuffer(b, loc, op.getLocalOut());
  Value gate = asBuffer(b, loc, op.getGate());
  auto type = cast<RankedTensorType>(op.getType());
  Value out = allocLike(b, loc, op.getMemoryOut(), type.getElementType());
  // Dv from an operand: checkStaticHeadDims saw those static, the result's
  // may be dynamic.
  int64_t dv =
      cast<RankedTensorType>(op.getMemoryOut().getType()).getDimSize(3);
  int64_t tq = opts.queryTile;
  bool perChannel = cast<MemRefType>(gate.getType()).getRank() == 2;
  Value tokens = k.dim(memOut, 2);
  k.blocks({k.dim(memOut, 0), k.dim(memOut, 1), k.ceilDiv(tokens, tq)},
           [&](ValueRange ids) {
    Value bi = ids[0], hi = ids[1], q0 = k.mul(ids[2], k.idx(tq));
    k.phase([&](Value tid) {
      k.forEach(tid, tq, dv, [&](Value i, Value d) {
        Value t = k.add(q0, i);
        k.ifThen(k.ult(t, tokens), [&] {
          Value g = k.sigmoid(perChannel ? k.load(gate, {hi, d})
                                         : k.load(gate, {hi}));
          Value mixed = k.add(
              k.mul(g, k.load(memOut, {bi, hi, t, d})),
              k.mul(k.sub(k.f32(1.0), g), k.load(localOut, {bi, hi, t, d})));
          k.store(mixed, out, {bi, hi, t, d});
        });
      });
    });
  });
  return asTensor(b, loc, out, type);
}

struct SegmentPattern : OpRewritePattern<GatedCombineOp> {
  SegmentPattern(MLIRContext *ctx, KernelOptions opts)
      : OpRewritePattern(ctx, /*benefit=*/2), opts(opts) {}
  LogicalResult matchAndRewrite(GatedCombineOp combine,
                                PatternRewriter &b) const override {
    std::optional<SegmentOps> ops = matchSegment(combine);
    if (!ops)
      return b.notifyMatchFailure(combine, "not a retrieve + local segment");
    b.replaceOp(combine,
                buildSegmentKernel(b, combine.getLoc(),
                                   {ops->local, ops->retrieve, combine}, opts));
    return success();
  }
  KernelOptions opts;
};

/// One op, one kernel: `Build` returns the values that replace the op.
template <typename OpT, SmallVector<Value> (*Build)(OpBuilder &, OpT,
                                                    const KernelOptions &)>
struct KernelPattern : OpRewritePattern<OpT> {
  KernelPattern(MLIRContext *ctx, KernelOptions opts)
      : OpRewritePattern<OpT>(ctx, /*benefit=*/1), opts(opts) {}
  LogicalResult matchAndRewrite(OpT op, PatternRewriter &b) const override {
    b.replaceOp(op, Build(b, op, opts));
    return success();
  }
  KernelOptions opts;
};

SmallVector<Value> localKernel(OpBuilder &b, LocalAttentionOp op,
                               const KernelOptions &opts) {
  return {buildSegmentKernel(b, op.getLoc(), {op, {}, {}}, opts)};
}
SmallVector<Value> retrieveKernel(OpBuilder &b, MemoryRetrieveOp op,
                                  const KernelOptions &opts) {
  return {buildSegmentKernel(b, op.getLoc(), {{}, op, {}}, opts)};
}
SmallVector<Value> combineKernel(OpBuilder &b, GatedCombineOp op,
                                 const KernelOptions &opts) {
  return {buildCombineKernel(b, op.getLoc(), op, opts)};
}
SmallVector<Value> updateKernel(OpBuilder &b, MemoryUpdateOp op,
                                const KernelOptions &opts) {
  auto [memory, norm] = buildUpdateKernel(b, op.getLoc(), op, opts);
  return {memory, norm};
}

constexpr int64_t kMaxTile = 65536;

struct ConvertInfiniToGPUPass
    : infini::impl::ConvertInfiniToGPUBase<ConvertInfiniToGPUPass> {
  using Base::Base;

  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    if (blockSize > 1024) {
      mlir::emitError(getOperation()->getLoc())
          << "convert-infini-to-gpu: block-size must be at most 1024 (CUDA's "
             "limit of threads per block), got "
          << blockSize.getValue();
      return signalPassFailure();
    }
    for (auto [name, v] :
         {std::pair<StringRef, int64_t>{"block-size", blockSize},
          {"query-tile", queryTile},
          {"key-tile", keyTile},
          {"token-tile", tokenTile},
          {"value-tile", valueTile}}) {
      if (v <= 0) {
        mlir::emitError(getOperation()->getLoc())
            << "convert-infini-to-gpu: " << name << " must be positive, got "
            << v;
        return signalPassFailure();
      }
      // Scratch sizes are products of tiles: keep them far from overflow.
      // (No tile this large fits in shared memory anyway.)
      if (v > kMaxTile) {
        mlir::emitError(getOperation()->getLoc())
            << "convert-infini-to-gpu: " << name << " must be at most "
            << kMaxTile << ", got " << v;
        return signalPassFailure();
      }
    }
    KernelOptions opts{blockSize, queryTile, keyTile, tokenTile, valueTile};

    RewritePatternSet decompose(ctx);
    populateDecomposeAttentionPatterns(decompose);
    walkAndApplyPatterns(getOperation(), std::move(decompose));

    WalkResult dynamic = getOperation()->walk([](Operation *op) {
      // The online form is what CPU kernels are tiled from; the GPU kernels
      // here are written per op and have none for it.
      if (isa<OnlineAttentionOp>(op)) {
        op->emitOpError("has no GPU kernel: convert-infini-to-gpu writes "
                        "kernels for local_attention, memory_retrieve, "
                        "gated_combine and memory_update");
        return WalkResult::interrupt();
      }
      // Unregistered ops have no dialect.
      if (isa_and_present<InfiniDialect>(op->getDialect()) &&
          failed(checkStaticHeadDims(op)))
        return WalkResult::interrupt();
      return WalkResult::advance();
    });
    if (dynamic.wasInterrupted())
      return signalPassFailure();

    RewritePatternSet segments(ctx);
    segments.add<SegmentPattern>(ctx, opts);
    walkAndApplyPatterns(getOperation(), std::move(segments));
    // The fused retrievals and local attentions are dead now.
    getOperation()->walk([](Operation *op) {
      if (isa<MemoryRetrieveOp, LocalAttentionOp>(op) && isOpTriviallyDead(op))
        op->erase();
    });
    RewritePatternSet rest(ctx);
    rest.add<KernelPattern<LocalAttentionOp, localKernel>,
             KernelPattern<MemoryRetrieveOp, retrieveKernel>,
             KernelPattern<GatedCombineOp, combineKernel>,
             KernelPattern<MemoryUpdateOp, updateKernel>>(ctx, opts);
    walkAndApplyPatterns(getOperation(), std::move(rest));
  }
};

} // namespace
