//===- VectorToMMA.cpp - warp programs' contracts to mma.sync -------------===//
//
// The warp phases of infini-distribute-to-threads (`mma`) compute products
// as 16 x 8 x 16 vector.contract tiles: A 16 x 16 in (m, k) order, B 8 x 16
// in (n, k) order, both 16-bit floats read by vector.transfer_read and
// extended to f32, C 16 x 8 in f32. Here each tile becomes one
// `mma.sync.m16n8k16` on the lanes of the warp, each lane holding its
// fragments (PTX ISA, "Matrix Fragments for mma.m16n8k16"; g = lane / 4,
// t = lane % 4):
//
//   A: 4 registers of 2 elements, (g + 8 (r % 2), 2t + 8 (r / 2)) and the
//      next column;
//   B: 2 registers, (n = g, k = 2t + 8r) and the next k;
//   C: 4 values, (g + 8 (r / 2), 2t + r % 2).
//
// A and B come from shared memory with `ldmatrix` (`.trans` when their
// contiguous dimension is m or n rather than k) where the rows are 16-byte
// aligned, from any memory element by element otherwise. An accumulator
// stays in registers from the read of C through its chain of contracts to
// its write. Upstream's convert-vector-to-gpu does this for f16 but not
// bf16 in LLVM 22 (it has no bf16 fragment type); this pass does both, and
// emits nvvm.mma.sync itself (bf16 operands as 32-bit registers).
//
//===----------------------------------------------------------------------===//

#include "Infini/Codegen/GPU/Passes.h"
#include "Mapping.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/NVGPU/IR/NVGPUDialect.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIGPUVECTORTOMMA
#include "Infini/Codegen/GPU/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;
using namespace mlir::infini;

namespace {

/// Whether `v`, an index, is a multiple of `n` for every value of what it is
/// computed from.
bool isMultipleOf(Value v, int64_t n);

bool isMultipleOf(AffineExpr e, ValueRange dims, ValueRange symbols,
                  int64_t n) {
  if (auto c = dyn_cast<AffineConstantExpr>(e))
    return c.getValue() % n == 0;
  if (auto d = dyn_cast<AffineDimExpr>(e))
    return isMultipleOf(dims[d.getPosition()], n);
  if (auto s = dyn_cast<AffineSymbolExpr>(e))
    return isMultipleOf(symbols[s.getPosition()], n);
  auto bin = cast<AffineBinaryOpExpr>(e);
  switch (e.getKind()) {
  case AffineExprKind::Add:
    return isMultipleOf(bin.getLHS(), dims, symbols, n) &&
           isMultipleOf(bin.getRHS(), dims, symbols, n);
  case AffineExprKind::Mul:
    return isMultipleOf(bin.getLHS(), dims, symbols, n) ||
           isMultipleOf(bin.getRHS(), dims, symbols, n);
  default:
    return false;
  }
}

bool isMultipleOf(Value v, int64_t n) {
  if (std::optional<int64_t> c = getConstantIntValue(v))
    return *c % n == 0;
  if (auto apply = v.getDefiningOp<affine::AffineApplyOp>()) {
    AffineMap map = apply.getAffineMap();
    return isMultipleOf(map.getResult(0), apply.getDimOperands(),
                        apply.getSymbolOperands(), n);
  }
  if (auto add = v.getDefiningOp<arith::AddIOp>())
    return isMultipleOf(add.getLhs(), n) && isMultipleOf(add.getRhs(), n);
  if (auto mul = v.getDefiningOp<arith::MulIOp>())
    return isMultipleOf(mul.getLhs(), n) || isMultipleOf(mul.getRhs(), n);
  return false;
}

/// `indices` of a transfer whose vector rows and columns run along memref
/// dimensions `rowDim` and `colDim`, moved to element (row, col).
SmallVector<Value> offsetIndices(OpBuilder &b, Location loc,
                                 ValueRange indices, unsigned rowDim,
                                 unsigned colDim, Value row, Value col) {
  SmallVector<Value> at(indices);
  at[rowDim] = arith::AddIOp::create(b, loc, at[rowDim], row);
  at[colDim] = arith::AddIOp::create(b, loc, at[colDim], col);
  return at;
}

/// A tile read from memory: where element (row, col) of the vector lies.
struct TileSource {
  vector::TransferReadOp read;
  unsigned rowDim, colDim; // memref dimensions of the vector's rows, columns

  static FailureOr<TileSource> of(Value v) {
    if (auto ext = v.getDefiningOp<arith::ExtFOp>())
      v = ext.getIn();
    auto read = v.getDefiningOp<vector::TransferReadOp>();
    if (!read || read.getMask() || !isa<MemRefType>(read.getBase().getType()) ||
        llvm::any_of(read.getInBoundsValues(), [](bool b) { return !b; }))
      return failure();
    AffineMap map = read.getPermutationMap();
    if (map.getNumResults() != 2 || !isa<AffineDimExpr>(map.getResult(0)) ||
        !isa<AffineDimExpr>(map.getResult(1)))
      return failure();
    return TileSource{read, map.getDimPosition(0), map.getDimPosition(1)};
  }

  MemRefType type() { return cast<MemRefType>(read.getBase().getType()); }

  SmallVector<Value> indices(OpBuilder &b, Location loc, Value row,
                             Value col) {
    return offsetIndices(b, loc, read.getIndices(), rowDim, colDim, row, col);
  }

  /// Whether ldmatrix can read 8 x 8 blocks of the tile at 8-element
  /// offsets: shared memory, rows of 8 contiguous elements along the
  /// memref's last dimension, 16-byte aligned. Returns whether the rows of
  /// those blocks run along the vector's columns (else along its rows).
  std::optional<bool> ldmatrixRows() {
    MemRefType t = type();
    auto space =
        dyn_cast_if_present<gpu::AddressSpaceAttr>(t.getMemorySpace());
    if (!space || space.getValue() != gpu::AddressSpace::Workgroup ||
        t.getElementTypeBitWidth() != 16)
      return std::nullopt;
    SmallVector<int64_t> strides;
    int64_t offset;
    if (failed(t.getStridesAndOffset(strides, offset)) ||
        ShapedType::isDynamic(offset) || offset % 8 != 0 ||
        strides.back() != 1)
      return std::nullopt;
    for (int64_t s : ArrayRef<int64_t>(strides).drop_back())
      if (ShapedType::isDynamic(s) || s % 8 != 0)
        return std::nullopt;
    unsigned last = t.getRank() - 1;
    if (!isMultipleOf(read.getIndices()[last], 8))
      return std::nullopt;
    if (colDim == last)
      return true;
    if (rowDim == last)
      return false;
    return std::nullopt;
  }
};

struct Lane {
  Value id, g, t; // lane, lane / 4, lane % 4

  Value plus(OpBuilder &b, Location loc, Value x, int64_t scale,
             int64_t c) const {
    Value s = arith::MulIOp::create(
        b, loc, x, arith::ConstantIndexOp::create(b, loc, scale));
    return arith::AddIOp::create(b, loc, s,
                                 arith::ConstantIndexOp::create(b, loc, c));
  }
};

/// The registers of an A (`tiles` = 4) or B (2) fragment, each a vector of
/// 2 elements of the tile's type.
SmallVector<Value> loadOperand(OpBuilder &b, Location loc, TileSource src,
                               int64_t tiles, const Lane &lane) {
  Type element = src.type().getElementType();
  auto pair = VectorType::get({2}, element);
  SmallVector<Value> regs;
  if (std::optional<bool> alongCols = src.ldmatrixRows()) {
    // Lane l gives the address of row l % 8 of block (l / 8) % tiles; block
    // i covers vector rows from 8 (i % 2) (A; 0 for B) and columns from
    // 8 (i / 2) (A; 8 i for B).
    Value c8 = arith::ConstantIndexOp::create(b, loc, 8);
    Value j = arith::RemUIOp::create(b, loc, lane.id, c8);
    Value i = arith::RemUIOp::create(
        b, loc, arith::DivUIOp::create(b, loc, lane.id, c8),
        arith::ConstantIndexOp::create(b, loc, tiles));
    Value two = arith::ConstantIndexOp::create(b, loc, 2);
    Value row0, col0;
    if (tiles == 4) {
      row0 = arith::MulIOp::create(
          b, loc, arith::RemUIOp::create(b, loc, i, two), c8);
      col0 = arith::MulIOp::create(
          b, loc, arith::DivUIOp::create(b, loc, i, two), c8);
    } else {
      row0 = arith::ConstantIndexOp::create(b, loc, 0);
      col0 = arith::MulIOp::create(b, loc, i, c8);
    }
    Value row = *alongCols ? arith::AddIOp::create(b, loc, row0, j) : row0;
    Value col = *alongCols ? col0 : arith::AddIOp::create(b, loc, col0, j);
    Value fragment = nvgpu::LdMatrixOp::create(
        b, loc, VectorType::get({tiles, 2}, element), src.read.getBase(),
        src.indices(b, loc, row, col), b.getBoolAttr(!*alongCols),
        b.getI32IntegerAttr(tiles));
    for (int64_t r = 0; r < tiles; ++r)
      regs.push_back(vector::ExtractOp::create(b, loc, fragment, r));
    return regs;
  }
  for (int64_t r = 0; r < tiles; ++r) {
    int64_t rowOffset = tiles == 4 ? 8 * (r % 2) : 0;
    int64_t colOffset = tiles == 4 ? 8 * (r / 2) : 8 * r;
    Value row = lane.plus(b, loc, lane.g, 1, rowOffset);
    SmallVector<Value> elements;
    for (int64_t e = 0; e < 2; ++e) {
      Value col = lane.plus(b, loc, lane.t, 2, colOffset + e);
      elements.push_back(memref::LoadOp::create(b, loc, src.read.getBase(),
                                                src.indices(b, loc, row, col)));
    }
    regs.push_back(vector::FromElementsOp::create(b, loc, pair, elements));
  }
  return regs;
}

/// Where value r of a lane's C fragment lies in the 16 x 8 tile.
std::pair<Value, Value> accumulatorPlace(OpBuilder &b, Location loc,
                                         const Lane &lane, int64_t r) {
  return {lane.plus(b, loc, lane.g, 1, 8 * (r / 2)),
          lane.plus(b, loc, lane.t, 2, r % 2)};
}

bool isMmaTile(vector::ContractionOp contract) {
  auto a = dyn_cast<VectorType>(contract.getLhsType());
  auto b = dyn_cast<VectorType>(contract.getRhsType());
  auto c = dyn_cast<VectorType>(contract.getAccType());
  MLIRContext *ctx = contract.getContext();
  AffineExpr m, n, k;
  bindDims(ctx, m, n, k);
  SmallVector<AffineMap> canonical = {AffineMap::get(3, 0, {m, k}, ctx),
                                      AffineMap::get(3, 0, {n, k}, ctx),
                                      AffineMap::get(3, 0, {m, n}, ctx)};
  return a && b && c && contract.getKind() == vector::CombiningKind::ADD &&
         contract.getIndexingMapsArray() == canonical &&
         a.getShape() == ArrayRef<int64_t>{kMmaM, kMmaK} &&
         b.getShape() == ArrayRef<int64_t>{kMmaN, kMmaK} &&
         c.getShape() == ArrayRef<int64_t>{kMmaM, kMmaN} &&
         c.getElementType().isF32();
}

/// The lane's id and coordinates, computed at the builder's insertion point.
Lane laneAt(OpBuilder &b, Location loc) {
  Lane lane;
  lane.id = gpu::LaneIdOp::create(b, loc, /*upper_bound=*/nullptr);
  Value four = arith::ConstantIndexOp::create(b, loc, 4);
  lane.g = arith::DivUIOp::create(b, loc, lane.id, four);
  lane.t = arith::RemUIOp::create(b, loc, lane.id, four);
  return lane;
}

LogicalResult lowerContracts(RewriterBase &rewriter,
                             ArrayRef<vector::ContractionOp> contracts) {
  MLIRContext *ctx = rewriter.getContext();
  Type f32 = rewriter.getF32Type();
  auto resultType = LLVM::LLVMStructType::getLiteral(ctx, {f32, f32, f32, f32});
  // The lane's registers of each tile, by value: accumulators, and A and B
  // tiles (by their read, loaded where it is, once however many contracts
  // use it).
  DenseMap<Value, SmallVector<Value>> fragments;
  DenseMap<Operation *, SmallVector<Value>> operands;
  for (vector::ContractionOp contract : contracts) {
    Location loc = contract.getLoc();
    FailureOr<TileSource> a = TileSource::of(contract.getLhs());
    FailureOr<TileSource> b = TileSource::of(contract.getRhs());
    if (failed(a) || failed(b))
      return contract.emitOpError(
          "of a warp program needs its A and B tiles read from memory "
          "(vector.transfer_read, in bounds, maybe extended) to become "
          "mma.sync");
    Type element = a->type().getElementType();
    if (element != b->type().getElementType() ||
        !(element.isF16() || element.isBF16()))
      return contract.emitOpError("multiplies ")
             << a->type().getElementType() << " by "
             << b->type().getElementType()
             << " tiles; mma.sync takes two f16 or two bf16 tiles";

    SmallVector<Value> acc;
    if (auto it = fragments.find(contract.getAcc()); it != fragments.end()) {
      acc = it->second;
    } else {
      FailureOr<TileSource> c = TileSource::of(contract.getAcc());
      if (failed(c) || !c->type().getElementType().isF32())
        return contract.emitOpError(
            "of a warp program needs its accumulator read from f32 memory "
            "or computed by another tile's contract");
      rewriter.setInsertionPointAfter(c->read);
      Lane lane = laneAt(rewriter, loc);
      for (int64_t r = 0; r < 4; ++r) {
        auto [row, col] = accumulatorPlace(rewriter, loc, lane, r);
        acc.push_back(
            memref::LoadOp::create(rewriter, loc, c->read.getBase(),
                                   c->indices(rewriter, loc, row, col)));
      }
    }

    // The registers of an A or B tile, loaded after its read; bf16 pairs
    // travel in 32-bit registers.
    auto registersOf = [&](TileSource src, int64_t tiles) {
      SmallVector<Value> &regs = operands[src.read];
      if (!regs.empty())
        return regs;
      rewriter.setInsertionPointAfter(src.read);
      Location at = src.read.getLoc();
      regs = loadOperand(rewriter, at, src, tiles, laneAt(rewriter, at));
      if (element.isBF16())
        for (Value &reg : regs) {
          Value word = vector::BitCastOp::create(
              rewriter, at, VectorType::get({1}, rewriter.getI32Type()), reg);
          reg = vector::ExtractOp::create(rewriter, at, word, 0);
        }
      return regs;
    };
    SmallVector<Value> aRegs = registersOf(*a, 4);
    SmallVector<Value> bRegs = registersOf(*b, 2);
    rewriter.setInsertionPoint(contract);
    NVVM::MMATypes ptx =
        element.isF16() ? NVVM::MMATypes::f16 : NVVM::MMATypes::bf16;
    Value d = NVVM::MmaOp::create(
        rewriter, loc, resultType, aRegs, bRegs, acc, {kMmaM, kMmaN, kMmaK},
        std::nullopt, std::nullopt,
        std::array<NVVM::MMATypes, 2>{ptx, ptx},
        std::array<NVVM::MMALayout, 2>{NVVM::MMALayout::row,
                                       NVVM::MMALayout::col});
    SmallVector<Value> result;
    for (int64_t r = 0; r < 4; ++r)
      result.push_back(LLVM::ExtractValueOp::create(rewriter, loc, d, r));
    fragments[contract.getResult()] = result;
  }

  // The accumulators' writes; nothing else may use a tile in registers.
  for (vector::ContractionOp contract : contracts) {
    for (Operation *user : llvm::to_vector(contract->getUsers())) {
      auto chained = dyn_cast<vector::ContractionOp>(user);
      if (chained && chained.getAcc() == contract.getResult() &&
          fragments.count(chained.getResult()))
        continue;
      auto write = dyn_cast<vector::TransferWriteOp>(user);
      AffineMap map = write ? write.getPermutationMap() : AffineMap();
      if (!write || write.getMask() ||
          !isa<MemRefType>(write.getBase().getType()) ||
          map.getNumResults() != 2 || !isa<AffineDimExpr>(map.getResult(0)) ||
          !isa<AffineDimExpr>(map.getResult(1)))
        return user->emitOpError(
            "uses a warp program's accumulator tile; only a chained "
            "contract or a vector.transfer_write to memory can once it is in "
            "mma.sync registers");
      Location loc = write.getLoc();
      rewriter.setInsertionPoint(write);
      Lane lane = laneAt(rewriter, loc);
      for (int64_t r = 0; r < 4; ++r) {
        auto [row, col] = accumulatorPlace(rewriter, loc, lane, r);
        memref::StoreOp::create(
            rewriter, loc, fragments[contract.getResult()][r],
            write.getBase(),
            offsetIndices(rewriter, loc, write.getIndices(),
                          map.getDimPosition(0), map.getDimPosition(1), row,
                          col));
      }
      rewriter.eraseOp(write);
    }
  }
  for (vector::ContractionOp contract : llvm::reverse(contracts)) {
    SmallVector<Operation *> operands = {contract.getLhs().getDefiningOp(),
                                         contract.getRhs().getDefiningOp(),
                                         contract.getAcc().getDefiningOp()};
    rewriter.eraseOp(contract);
    // The reads (and extensions) no contract uses any more; a chained
    // contract is erased in its turn.
    for (Operation *op : operands)
      while (isa_and_present<vector::TransferReadOp, arith::ExtFOp>(op) &&
             isOpTriviallyDead(op)) {
        Operation *source = op->getOperand(0).getDefiningOp();
        rewriter.eraseOp(op);
        op = source;
      }
  }
  return success();
}

struct InfiniGPUVectorToMMAPass
    : infini::impl::InfiniGPUVectorToMMABase<InfiniGPUVectorToMMAPass> {
  void runOnOperation() override {
    SmallVector<vector::ContractionOp> contracts;
    bool bad = false;
    getOperation()->walk([&](vector::ContractionOp contract) {
      if (!contract->getParentOfType<gpu::LaunchOp>() &&
          !contract->getParentOfType<gpu::GPUFuncOp>())
        return;
      if (!isMmaTile(contract)) {
        contract.emitOpError("in a GPU kernel is not a 16x8x16 warp-level "
                             "MMA tile (A 16x16 in (m, k), B 8x16 in (n, k), "
                             "C 16x8 f32)");
        bad = true;
        return;
      }
      contracts.push_back(contract);
    });
    if (bad)
      return signalPassFailure();
    IRRewriter rewriter(&getContext());
    if (failed(lowerContracts(rewriter, contracts)))
      signalPassFailure();
  }
};

} // namespace
