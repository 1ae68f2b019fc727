//===- CheckEntryShapes.cpp - check callers' buffers at entry points ------===//
//
// A public function compiled for memref<4x8xf32> ignores the sizes and
// strides its caller passes in the descriptor: a caller with a wrong shape
// makes it read and write out of bounds. This pass makes such arguments
// fully dynamic (memref<?x?xf32, strided<[?, ?], offset: ?>>: the same
// descriptor layout, so the C interface does not change), checks every
// size, stride and the offset at entry (a mismatch writes a message to
// stderr and aborts), and reinterprets the argument with the static type
// for the body.
//
//===----------------------------------------------------------------------===//

#include "RuntimeReporter.h"

#include "Infini/Transforms/Passes.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/FormatVariadic.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINICHECKENTRYSHAPES
#include "Infini/Transforms/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {

/// The fully dynamic memref with the same element type, rank and memory
/// space as `type`.
MemRefType dynamicLike(MemRefType type) {
  int64_t rank = type.getRank();
  auto layout = StridedLayoutAttr::get(
      type.getContext(), ShapedType::kDynamic,
      SmallVector<int64_t>(rank, ShapedType::kDynamic));
  return MemRefType::get(SmallVector<int64_t>(rank, ShapedType::kDynamic),
                         type.getElementType(), layout,
                         type.getMemorySpace());
}

/// Checks `arg` (dynamic) against `type` (static, identity layout) and
/// returns it reinterpreted as `type`.
Value checkAndCast(OpBuilder &b, Location loc,
                   infini::RuntimeReporter &reporter, Value arg,
                   MemRefType type, StringRef function, unsigned index) {
  auto metadata = memref::ExtractStridedMetadataOp::create(b, loc, arg);
  auto check = [&](Value actual, int64_t expected, const Twine &what) {
    Value want = arith::ConstantIndexOp::create(b, loc, expected);
    Value ok = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                     actual, want);
    reporter.check(b, loc, ok,
                   ("infini: @" + function + " argument #" + Twine(index) +
                    ": " + what + " is not " + Twine(expected) +
                    " (compiled for " + llvm::formatv("{0}", type).str() +
                    ")")
                       .str());
  };
  SmallVector<int64_t> strides;
  int64_t offset;
  (void)type.getStridesAndOffset(strides, offset);
  for (int64_t d = 0; d < type.getRank(); ++d)
    check(metadata.getSizes()[d], type.getDimSize(d),
          "size of dimension " + Twine(d));
  // A stride the layout leaves free (size 1, or after a size-0 dimension)
  // is not checked.
  for (int64_t d = 0; d < type.getRank(); ++d)
    if (type.getDimSize(d) != 1 && !ShapedType::isDynamic(strides[d]))
      check(metadata.getStrides()[d], strides[d],
            "stride of dimension " + Twine(d));
  if (!ShapedType::isDynamic(offset))
    check(metadata.getOffset(), offset, "offset");
  // A reinterpret_cast to the checked layout, not a memref.cast: the
  // folders of memref.load and memref.store look through a cast to its
  // dynamic source, and kernels would then index with the descriptor's
  // run-time strides (kernel parameters, 64-bit multiplies) after all. A
  // buffer of no elements has strides the layout leaves open, and no
  // access to index: a cast does for it.
  if (ShapedType::isDynamic(offset) ||
      llvm::any_of(strides, ShapedType::isDynamic))
    return memref::CastOp::create(b, loc, type, arg);
  return memref::ReinterpretCastOp::create(b, loc, type, arg, offset,
                                           type.getShape(), strides);
}

struct InfiniCheckEntryShapesPass
    : infini::impl::InfiniCheckEntryShapesBase<InfiniCheckEntryShapesPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    SymbolTableCollection symbols;
    SymbolUserMap users(symbols, module);
    infini::RuntimeReporter reporter(module, "infini_entry_check");
    for (auto func : module.getOps<func::FuncOp>()) {
      if (!func.isPublic() || func.isExternal())
        continue;
      Block &entry = func.getBody().front();
      OpBuilder b(&entry, entry.begin());
      SmallVector<Type> inputs(func.getArgumentTypes());
      SmallVector<unsigned> changed;
      for (auto [i, arg] : llvm::enumerate(entry.getArguments())) {
        auto type = dyn_cast<MemRefType>(arg.getType());
        if (!type || !type.hasStaticShape() || !type.getLayout().isIdentity())
          continue;
        if (failed(reporter.declareRuntime()))
          return signalPassFailure();
        MemRefType dynamic = dynamicLike(type);
        SmallVector<OpOperand *> uses;
        for (OpOperand &use : arg.getUses())
          uses.push_back(&use);
        arg.setType(dynamic);
        Value cast = checkAndCast(b, func.getLoc(), reporter, arg, type,
                                  func.getSymName(), i);
        for (OpOperand *use : uses)
          use->set(cast);
        inputs[i] = dynamic;
        changed.push_back(i);
      }
      if (changed.empty())
        continue;
      func.setType(FunctionType::get(&getContext(), inputs,
                                     func.getResultTypes()));
      // Callers in this module pass the static buffers: cast them.
      for (Operation *user : users.getUsers(func)) {
        auto call = dyn_cast<func::CallOp>(user);
        if (!call) {
          user->emitOpError("uses @")
              << func.getSymName()
              << " other than by a call: its arguments cannot be checked";
          return signalPassFailure();
        }
        OpBuilder cb(call);
        for (unsigned i : changed)
          call->setOperand(i, memref::CastOp::create(cb, call.getLoc(),
                                                     inputs[i],
                                                     call->getOperand(i)));
      }
    }
  }
};

} // namespace
