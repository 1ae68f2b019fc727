//===- AttentionToChunks.cpp - step functions for chunks of any size ------===//
//
// Rewrites the infini.attention ops of a function into infini.attention_chunk
// and threads the state a stream carries between calls (the segment's
// memory, its key and value caches, the positions) through the function's
// arguments and results.
//
//===----------------------------------------------------------------------===//

#include "Infini/IR/InfiniOps.h"
#include "Infini/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/SymbolTable.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIATTENTIONTOCHUNKS
#include "Infini/Transforms/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;
using namespace mlir::infini;

namespace {

/// `[B, Hkv, N, D]` of the op's keys or values, in their element type.
RankedTensorType cacheType(Value tokens, int64_t segmentLen) {
  auto type = cast<RankedTensorType>(tokens.getType());
  SmallVector<int64_t> shape(type.getShape());
  shape[2] = segmentLen;
  return type.clone(shape);
}

LogicalResult convert(func::FuncOp fn, ModuleOp module) {
  SmallVector<AttentionOp> ops;
  fn.walk([&](AttentionOp op) { ops.push_back(op); });
  if (ops.empty())
    return success();
  if (!fn.getBody().hasOneBlock())
    return fn.emitOpError()
           << "has more than one block: infini-attention-to-chunks appends "
              "the stream state to its one return";
  std::optional<SymbolTable::UseRange> uses =
      SymbolTable::getSymbolUses(fn, module.getOperation());
  if (!uses || !uses->empty())
    return fn.emitOpError()
           << "is called in the module: infini-attention-to-chunks changes "
              "its signature (it adds the stream state of its "
              "infini.attention ops)";
  Block &body = fn.getBody().front();
  auto ret = cast<func::ReturnOp>(body.getTerminator());

  OpBuilder b(fn.getContext());
  SmallVector<Value> newResults;
  for (AttentionOp op : ops) {
    if (op->getBlock() != &body)
      return op.emitOpError()
             << "is nested in a region of @" << fn.getSymName()
             << ": infini-attention-to-chunks threads the stream state "
                "through the function's arguments and results, which only "
                "an op of its body can read and return";
    int64_t segmentLen = op.getSegmentLenAttr().getInt();
    auto batch = cast<RankedTensorType>(op.getQuery().getType()).getDimSize(0);
    SmallVector<Type> stateTypes = {
        op.getMemory().getType(), op.getNorm().getType(),
        cacheType(op.getKey(), segmentLen),
        cacheType(op.getValue(), segmentLen),
        RankedTensorType::get({batch}, b.getI64Type())};
    unsigned first = fn.getNumArguments();
    SmallVector<unsigned> positions(stateTypes.size(), first);
    SmallVector<DictionaryAttr> attrs(stateTypes.size(),
                                      b.getDictionaryAttr({}));
    SmallVector<Location> locs(stateTypes.size(), op.getLoc());
    if (failed(fn.insertArguments(positions, stateTypes, attrs, locs)))
      return failure();
    ValueRange state = fn.getArguments().drop_front(first);

    b.setInsertionPoint(op);
    SmallVector<Type> resultTypes = {op.getResult().getType(),
                                     op.getMemory().getType(),
                                     op.getNorm().getType()};
    llvm::append_range(resultTypes, stateTypes);
    auto chunk = AttentionChunkOp::create(
        b, op.getLoc(), resultTypes, op.getQuery(), op.getKey(),
        op.getValue(), op.getMemory(), op.getNorm(), op.getGate(), state[0],
        state[1], state[2], state[3], state[4], op.getLocalQuery(),
        op.getLocalKey(), op.getRuleAttr(), op.getScaleAttr(),
        op.getEpsilonAttr());
    // The state results have the types of the state operands; the op's
    // may have been more static.
    SmallVector<Value> replacements;
    for (auto [from, to] :
         llvm::zip_equal(op->getResults(), chunk->getResults().take_front(3)))
      replacements.push_back(
          from.getType() == to.getType()
              ? Value(to)
              : tensor::CastOp::create(b, op.getLoc(), from.getType(), to)
                    .getResult());
    op->replaceAllUsesWith(replacements);
    op.erase();
    llvm::append_range(newResults, chunk->getResults().drop_front(3));
  }

  unsigned firstResult = fn.getNumResults();
  SmallVector<unsigned> positions(newResults.size(), firstResult);
  SmallVector<Type> types;
  for (Value v : newResults)
    types.push_back(v.getType());
  SmallVector<DictionaryAttr> attrs(newResults.size(), b.getDictionaryAttr({}));
  if (failed(fn.insertResults(positions, types, attrs)))
    return failure();
  b.setInsertionPoint(ret);
  SmallVector<Value> returned(ret.getOperands());
  llvm::append_range(returned, newResults);
  func::ReturnOp::create(b, ret.getLoc(), returned);
  ret.erase();
  return success();
}

struct InfiniAttentionToChunksPass
    : infini::impl::InfiniAttentionToChunksBase<InfiniAttentionToChunksPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    for (auto fn : llvm::make_early_inc_range(module.getOps<func::FuncOp>()))
      if (!fn.isExternal() && failed(convert(fn, module)))
        return signalPassFailure();
  }
};

} // namespace
