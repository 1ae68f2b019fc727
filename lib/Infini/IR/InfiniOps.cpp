//===- InfiniOps.cpp - infini operations ----------------------------------===//
//
// Every op states its operands and results as shapes over the symbolic sizes
// of SPEC's table (B, H, Hkv, N or T, Dk, Dv). One routine verifies any such
// signature (ranks, element types, sizes that must agree, H a multiple of
// Hkv) and one reifies result sizes from it, so the two cannot disagree.
//
//===----------------------------------------------------------------------===//

#include "Infini/IR/InfiniOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/TypeSwitch.h"

#include <array>
#include <optional>

using namespace mlir;
using namespace mlir::infini;

namespace {

/// The symbolic sizes of SPEC's shape table (SizeRelation::Kind).
using Sym = SizeRelation::Kind;
constexpr unsigned kNumSyms = 7;

/// Attention data (queries, keys, values, outputs) shares one float type per
/// op; state (memory, norm) and gate logits are always f32, stream positions
/// i64.
enum class Elem { Data, F32, I64 };

struct ShapedEntry {
  StringRef name;
  Value value;
  SmallVector<Sym, 4> dims;
  Elem elem;
};

/// The operands and results of one op, described by their shapes.
struct Signature {
  explicit Signature(Operation *op, StringRef tokens = "N",
                     StringRef keyTokens = "Nk")
      : op(op), tokens(tokens), keyTokens(keyTokens) {}

  Operation *op;
  /// How the token dimensions are written in messages: N for one segment, T
  /// for a whole sequence, C for a chunk; Nk for a block of keys, N for the
  /// caches of a segment.
  StringRef tokens, keyTokens;
  /// Whether Nk may be 0 (a block of no keys); a segment's caches may not.
  bool keyTokensMayBeEmpty = true;
  SmallVector<ShapedEntry> entries;

  void add(StringRef name, Value value, ArrayRef<Sym> dims, Elem elem) {
    if (value)
      entries.push_back({name, value, llvm::to_vector(dims), elem});
  }

  LogicalResult verify() const;
  LogicalResult reify(OpBuilder &b, ReifiedRankedShapedTypeDims &out) const;
  StringRef letter(Sym s) const;

private:
  std::string layout(ArrayRef<Sym> dims) const;
};

} // namespace

static void describe(raw_ostream &os, Sym s, int64_t n) {
  switch (s) {
  case Sym::Batch:
    os << "batch size " << n;
    return;
  case Sym::Heads:
    os << n << " heads";
    return;
  case Sym::KvHeads:
    os << n << " kv heads";
    return;
  case Sym::Tokens:
    os << n << " tokens";
    return;
  case Sym::KeyTokens:
    os << n << " key tokens";
    return;
  case Sym::KeyDim:
    os << "key dim " << n;
    return;
  case Sym::ValueDim:
    os << "value dim " << n;
    return;
  }
}

StringRef Signature::letter(Sym s) const {
  switch (s) {
  case Sym::Batch:
    return "B";
  case Sym::Heads:
    return "H";
  case Sym::KvHeads:
    return "Hkv";
  case Sym::Tokens:
    return tokens;
  case Sym::KeyTokens:
    return keyTokens;
  case Sym::KeyDim:
    return "Dk";
  case Sym::ValueDim:
    return "Dv";
  }
  llvm_unreachable("unknown size symbol");
}

std::string Signature::layout(ArrayRef<Sym> dims) const {
  std::string s = "[";
  llvm::raw_string_ostream os(s);
  llvm::interleaveComma(dims, os, [&](Sym d) { os << letter(d); });
  os << "]";
  return s;
}

static bool isDataFloat(Type t) {
  return isa<Float32Type, Float16Type, BFloat16Type>(t);
}

LogicalResult Signature::verify() const {
  for (const ShapedEntry &e : entries) {
    auto type = cast<RankedTensorType>(e.value.getType());
    if (type.getRank() != static_cast<int64_t>(e.dims.size()))
      return op->emitOpError()
             << "'" << e.name << "' must be a rank-" << e.dims.size()
             << " tensor " << layout(e.dims) << ", got " << type;
  }

  const ShapedEntry *firstData = nullptr;
  for (const ShapedEntry &e : entries) {
    Type elem = cast<RankedTensorType>(e.value.getType()).getElementType();
    if (e.elem == Elem::F32) {
      if (!elem.isF32())
        return op->emitOpError() << "'" << e.name
                                 << "' must have f32 elements, got " << elem;
      continue;
    }
    if (e.elem == Elem::I64) {
      if (!elem.isSignlessInteger(64))
        return op->emitOpError() << "'" << e.name
                                 << "' must have i64 elements, got " << elem;
      continue;
    }
    if (!isDataFloat(elem))
      return op->emitOpError() << "'" << e.name
                               << "' must have f32, f16 or bf16 elements, got "
                               << elem;
    if (!firstData) {
      firstData = &e;
      continue;
    }
    Type expected =
        cast<RankedTensorType>(firstData->value.getType()).getElementType();
    if (elem != expected)
      return op->emitOpError()
             << "'" << e.name << "' has element type " << elem << " but '"
             << firstData->name << "' has " << expected;
  }

  struct Binding {
    int64_t size;
    StringRef name;
  };
  std::array<std::optional<Binding>, kNumSyms> bound;
  for (const ShapedEntry &e : entries) {
    ArrayRef<int64_t> shape =
        cast<RankedTensorType>(e.value.getType()).getShape();
    for (auto [sym, size] : llvm::zip_equal(e.dims, shape)) {
      if (ShapedType::isDynamic(size))
        continue;
      // An empty sequence is a no-op the lowerings handle; an empty batch,
      // head set or head has no meaning and no lowering.
      if (size == 0 && sym != Sym::Tokens &&
          (sym != Sym::KeyTokens || !keyTokensMayBeEmpty)) {
        InFlightDiagnostic diag = op->emitOpError()
                                  << "'" << e.name << "' has ";
        std::string what;
        llvm::raw_string_ostream os(what);
        describe(os, sym, 0);
        bool keyTokens = llvm::any_of(entries, [](const ShapedEntry &x) {
          return llvm::is_contained(x.dims, Sym::KeyTokens);
        });
        if (keyTokens && keyTokensMayBeEmpty)
          return diag << what << "; only the token counts "
                      << letter(Sym::Tokens) << " and "
                      << letter(Sym::KeyTokens) << " may be 0";
        return diag << what << "; only the token count "
                    << letter(Sym::Tokens) << " may be 0";
      }
      std::optional<Binding> &b = bound[static_cast<unsigned>(sym)];
      if (!b) {
        b = Binding{size, e.name};
        continue;
      }
      if (b->size == size)
        continue;
      InFlightDiagnostic diag = op->emitOpError() << "'" << b->name << "' has ";
      std::string first;
      llvm::raw_string_ostream os(first);
      describe(os, sym, b->size);
      return diag << first << " but '" << e.name << "' has " << size;
    }
  }

  const std::optional<Binding> &heads =
      bound[static_cast<unsigned>(Sym::Heads)];
  const std::optional<Binding> &kvHeads =
      bound[static_cast<unsigned>(Sym::KvHeads)];
  if (heads && kvHeads && heads->size % kvHeads->size != 0)
    return op->emitOpError()
           << "'" << heads->name << "' has " << heads->size
           << " heads, which is not a multiple of the " << kvHeads->size
           << " kv heads of '" << kvHeads->name << "'";
  return success();
}

LogicalResult Signature::reify(OpBuilder &b,
                               ReifiedRankedShapedTypeDims &out) const {
  auto isResult = [&](const ShapedEntry &e) {
    return e.value.getDefiningOp() == op && isa<OpResult>(e.value);
  };
  // A result size is any static operand size of the same symbol, otherwise a
  // `tensor.dim` of the first operand that has it.
  auto sizeOf = [&](Sym sym) -> OpFoldResult {
    std::optional<std::pair<Value, unsigned>> dynamic;
    for (const ShapedEntry &e : entries) {
      if (isResult(e))
        continue;
      auto type = cast<RankedTensorType>(e.value.getType());
      for (auto [pos, d] : llvm::enumerate(e.dims)) {
        if (d != sym)
          continue;
        if (!type.isDynamicDim(pos))
          return b.getIndexAttr(type.getDimSize(pos));
        if (!dynamic)
          dynamic = {e.value, pos};
      }
    }
    if (!dynamic)
      return OpFoldResult();
    return tensor::getMixedSize(b, op->getLoc(), dynamic->first,
                                dynamic->second);
  };

  out.resize(op->getNumResults());
  for (const ShapedEntry &e : entries) {
    if (!isResult(e))
      continue;
    auto type = cast<RankedTensorType>(e.value.getType());
    SmallVector<OpFoldResult> &dims =
        out[cast<OpResult>(e.value).getResultNumber()];
    for (auto [pos, sym] : llvm::enumerate(e.dims)) {
      if (!type.isDynamicDim(pos)) {
        dims.push_back(b.getIndexAttr(type.getDimSize(pos)));
        continue;
      }
      OpFoldResult size = sizeOf(sym);
      if (!size)
        return failure();
      dims.push_back(size);
    }
  }
  return success();
}

/// Checks an optional f32 attribute that must be finite and positive.
static LogicalResult verifyPositive(Operation *op, StringRef name,
                                    std::optional<APFloat> value) {
  if (!value)
    return success();
  if (value->isFinite() && !value->isNegative() && !value->isZero())
    return success();
  SmallString<16> text;
  value->toString(text);
  return op->emitOpError() << "'" << name << "' must be finite and > 0, got "
                           << text;
}

/// The gate is [H] (one logit per head) or [H, Dv] (per head and channel).
static LogicalResult addGate(Signature &sig, Value gate) {
  auto type = cast<RankedTensorType>(gate.getType());
  if (type.getRank() == 1) {
    sig.add("gate", gate, {Sym::Heads}, Elem::F32);
    return success();
  }
  if (type.getRank() == 2) {
    sig.add("gate", gate, {Sym::Heads, Sym::ValueDim}, Elem::F32);
    return success();
  }
  return sig.op->emitOpError()
         << "'gate' must be [H] or [H, Dv], got " << type;
}

static constexpr Sym kQuery[] = {Sym::Batch, Sym::Heads, Sym::Tokens,
                                 Sym::KeyDim};
static constexpr Sym kKey[] = {Sym::Batch, Sym::KvHeads, Sym::Tokens,
                               Sym::KeyDim};
static constexpr Sym kValue[] = {Sym::Batch, Sym::KvHeads, Sym::Tokens,
                                 Sym::ValueDim};
static constexpr Sym kMemory[] = {Sym::Batch, Sym::KvHeads, Sym::KeyDim,
                                  Sym::ValueDim};
static constexpr Sym kNorm[] = {Sym::Batch, Sym::KvHeads, Sym::KeyDim};
static constexpr Sym kOutput[] = {Sym::Batch, Sym::Heads, Sym::Tokens,
                                  Sym::ValueDim};
static constexpr Sym kBlockKey[] = {Sym::Batch, Sym::KvHeads, Sym::KeyTokens,
                                    Sym::KeyDim};
static constexpr Sym kBlockValue[] = {Sym::Batch, Sym::KvHeads, Sym::KeyTokens,
                                      Sym::ValueDim};
static constexpr Sym kRowState[] = {Sym::Batch, Sym::Heads, Sym::Tokens};

/// `rule = delta` in the custom form; the clause is omitted for the default
/// (linear) rule.
static ParseResult parseUpdateRule(OpAsmParser &parser, UpdateRuleAttr &rule) {
  if (failed(parser.parseOptionalKeyword("rule")))
    return success();
  StringRef keyword;
  SMLoc loc = parser.getCurrentLocation();
  if (parser.parseEqual() || parser.parseKeyword(&keyword))
    return failure();
  std::optional<UpdateRule> value = symbolizeUpdateRule(keyword);
  if (!value)
    return parser.emitError(loc)
           << "expected update rule 'linear' or 'delta', got '" << keyword
           << "'";
  rule = UpdateRuleAttr::get(parser.getContext(), *value);
  return success();
}

static void printUpdateRule(OpAsmPrinter &printer, Operation *,
                            UpdateRuleAttr rule) {
  if (rule && rule.getValue() != UpdateRule::linear)
    printer << "rule = " << stringifyUpdateRule(rule.getValue());
}

//===----------------------------------------------------------------------===//
// MemoryRetrieveOp
//===----------------------------------------------------------------------===//

static Signature signatureOf(MemoryRetrieveOp op) {
  Signature sig(op);
  sig.add("query", op.getQuery(), kQuery, Elem::Data);
  sig.add("memory", op.getMemory(), kMemory, Elem::F32);
  sig.add("norm", op.getNorm(), kNorm, Elem::F32);
  sig.add("result", op.getResult(), kOutput, Elem::Data);
  return sig;
}

LogicalResult MemoryRetrieveOp::verify() {
  if (failed(verifyPositive(*this, "epsilon", getEpsilon())))
    return failure();
  return signatureOf(*this).verify();
}

LogicalResult
MemoryRetrieveOp::reifyResultShapes(OpBuilder &b,
                                    ReifiedRankedShapedTypeDims &shapes) {
  return signatureOf(*this).reify(b, shapes);
}

//===----------------------------------------------------------------------===//
// MemoryUpdateOp
//===----------------------------------------------------------------------===//

static Signature signatureOf(MemoryUpdateOp op) {
  Signature sig(op);
  sig.add("key", op.getKey(), kKey, Elem::Data);
  sig.add("value", op.getValue(), kValue, Elem::Data);
  sig.add("memory", op.getMemory(), kMemory, Elem::F32);
  sig.add("norm", op.getNorm(), kNorm, Elem::F32);
  sig.add("new_memory", op.getNewMemory(), kMemory, Elem::F32);
  sig.add("new_norm", op.getNewNorm(), kNorm, Elem::F32);
  return sig;
}

LogicalResult MemoryUpdateOp::verify() {
  if (failed(verifyPositive(*this, "epsilon", getEpsilon())))
    return failure();
  return signatureOf(*this).verify();
}

LogicalResult
MemoryUpdateOp::reifyResultShapes(OpBuilder &b,
                                  ReifiedRankedShapedTypeDims &shapes) {
  return signatureOf(*this).reify(b, shapes);
}

//===----------------------------------------------------------------------===//
// LocalAttentionOp
//===----------------------------------------------------------------------===//

static Signature signatureOf(LocalAttentionOp op) {
  Signature sig(op);
  sig.add("query", op.getQuery(), kQuery, Elem::Data);
  sig.add("key", op.getKey(), kKey, Elem::Data);
  sig.add("value", op.getValue(), kValue, Elem::Data);
  sig.add("result", op.getResult(), kOutput, Elem::Data);
  return sig;
}

LogicalResult LocalAttentionOp::verify() {
  if (failed(verifyPositive(*this, "scale", getScale())))
    return failure();
  return signatureOf(*this).verify();
}

LogicalResult
LocalAttentionOp::reifyResultShapes(OpBuilder &b,
                                    ReifiedRankedShapedTypeDims &shapes) {
  return signatureOf(*this).reify(b, shapes);
}

//===----------------------------------------------------------------------===//
// OnlineAttentionOp
//===----------------------------------------------------------------------===//

static Signature signatureOf(OnlineAttentionOp op) {
  Signature sig(op);
  sig.add("query", op.getQuery(), kQuery, Elem::Data);
  sig.add("key", op.getKey(), kBlockKey, Elem::Data);
  sig.add("value", op.getValue(), kBlockValue, Elem::Data);
  sig.add("acc", op.getAcc(), kOutput, Elem::F32);
  sig.add("max", op.getMax(), kRowState, Elem::F32);
  sig.add("sum", op.getSum(), kRowState, Elem::F32);
  sig.add("new_acc", op.getNewAcc(), kOutput, Elem::F32);
  sig.add("new_max", op.getNewMax(), kRowState, Elem::F32);
  sig.add("new_sum", op.getNewSum(), kRowState, Elem::F32);
  return sig;
}

LogicalResult OnlineAttentionOp::verify() {
  if (failed(verifyPositive(*this, "scale", getScale())))
    return failure();
  return signatureOf(*this).verify();
}

LogicalResult
OnlineAttentionOp::reifyResultShapes(OpBuilder &b,
                                     ReifiedRankedShapedTypeDims &shapes) {
  return signatureOf(*this).reify(b, shapes);
}

//===----------------------------------------------------------------------===//
// GatedCombineOp
//===----------------------------------------------------------------------===//

static FailureOr<Signature> signatureOf(GatedCombineOp op) {
  Signature sig(op);
  sig.add("memory_out", op.getMemoryOut(), kOutput, Elem::Data);
  sig.add("local_out", op.getLocalOut(), kOutput, Elem::Data);
  if (failed(addGate(sig, op.getGate())))
    return failure();
  sig.add("result", op.getResult(), kOutput, Elem::Data);
  return sig;
}

LogicalResult GatedCombineOp::verify() {
  FailureOr<Signature> sig = signatureOf(*this);
  return failed(sig) ? failure() : sig->verify();
}

LogicalResult
GatedCombineOp::reifyResultShapes(OpBuilder &b,
                                  ReifiedRankedShapedTypeDims &shapes) {
  FailureOr<Signature> sig = signatureOf(*this);
  return failed(sig) ? failure() : sig->reify(b, shapes);
}

//===----------------------------------------------------------------------===//
// AttentionOp
//===----------------------------------------------------------------------===//

/// The operands and results that infini.attention and infini.attention_chunk
/// share: a layer over tokens, from and to a memory state.
template <typename LayerOp>
static LogicalResult addLayer(Signature &sig, LayerOp op) {
  sig.add("query", op.getQuery(), kQuery, Elem::Data);
  sig.add("key", op.getKey(), kKey, Elem::Data);
  sig.add("value", op.getValue(), kValue, Elem::Data);
  sig.add("memory", op.getMemory(), kMemory, Elem::F32);
  sig.add("norm", op.getNorm(), kNorm, Elem::F32);
  if (failed(addGate(sig, op.getGate())))
    return failure();
  sig.add("local_query", op.getLocalQuery(), kQuery, Elem::Data);
  sig.add("local_key", op.getLocalKey(), kKey, Elem::Data);
  sig.add("result", op.getResult(), kOutput, Elem::Data);
  sig.add("new_memory", op.getNewMemory(), kMemory, Elem::F32);
  sig.add("new_norm", op.getNewNorm(), kNorm, Elem::F32);
  return success();
}

static FailureOr<Signature> signatureOf(AttentionOp op) {
  Signature sig(op, "T");
  if (failed(addLayer(sig, op)))
    return failure();
  return sig;
}

LogicalResult AttentionOp::verify() {
  // The ODS getter of an I64Attr returns uint64_t, where -1 is 2^64 - 1:
  // read it signed.
  int64_t segmentLen = getSegmentLenAttr().getInt();
  if (segmentLen <= 0)
    return emitOpError() << "'segment_len' must be > 0, got " << segmentLen;
  if (failed(verifyPositive(*this, "epsilon", getEpsilon())) ||
      failed(verifyPositive(*this, "scale", getScale())))
    return failure();
  FailureOr<Signature> sig = signatureOf(*this);
  return failed(sig) ? failure() : sig->verify();
}

LogicalResult
AttentionOp::reifyResultShapes(OpBuilder &b,
                               ReifiedRankedShapedTypeDims &shapes) {
  FailureOr<Signature> sig = signatureOf(*this);
  return failed(sig) ? failure() : sig->reify(b, shapes);
}

//===----------------------------------------------------------------------===//
// AttentionChunkOp
//===----------------------------------------------------------------------===//

static constexpr Sym kCachedKey[] = {Sym::Batch, Sym::KvHeads, Sym::KeyTokens,
                                     Sym::KeyDim};
static constexpr Sym kCachedValue[] = {Sym::Batch, Sym::KvHeads,
                                       Sym::KeyTokens, Sym::ValueDim};
static constexpr Sym kPosition[] = {Sym::Batch};

static FailureOr<Signature> signatureOf(AttentionChunkOp op) {
  Signature sig(op, "C", "N");
  sig.keyTokensMayBeEmpty = false;
  if (failed(addLayer(sig, op)))
    return failure();
  sig.add("segment_memory", op.getSegmentMemory(), kMemory, Elem::F32);
  sig.add("segment_norm", op.getSegmentNorm(), kNorm, Elem::F32);
  sig.add("key_cache", op.getKeyCache(), kCachedKey, Elem::Data);
  sig.add("value_cache", op.getValueCache(), kCachedValue, Elem::Data);
  sig.add("position", op.getPosition(), kPosition, Elem::I64);
  sig.add("new_segment_memory", op.getNewSegmentMemory(), kMemory, Elem::F32);
  sig.add("new_segment_norm", op.getNewSegmentNorm(), kNorm, Elem::F32);
  sig.add("new_key_cache", op.getNewKeyCache(), kCachedKey, Elem::Data);
  sig.add("new_value_cache", op.getNewValueCache(), kCachedValue, Elem::Data);
  sig.add("new_position", op.getNewPosition(), kPosition, Elem::I64);
  return sig;
}

LogicalResult AttentionChunkOp::verify() {
  if (failed(verifyPositive(*this, "epsilon", getEpsilon())) ||
      failed(verifyPositive(*this, "scale", getScale())))
    return failure();
  FailureOr<Signature> sig = signatureOf(*this);
  return failed(sig) ? failure() : sig->verify();
}

LogicalResult
AttentionChunkOp::reifyResultShapes(OpBuilder &b,
                                    ReifiedRankedShapedTypeDims &shapes) {
  FailureOr<Signature> sig = signatureOf(*this);
  return failed(sig) ? failure() : sig->reify(b, shapes);
}

//===----------------------------------------------------------------------===//
// Size relations
//===----------------------------------------------------------------------===//

SmallVector<SizeRelation> mlir::infini::getSizeRelations(Operation *op) {
  FailureOr<Signature> sig =
      llvm::TypeSwitch<Operation *, FailureOr<Signature>>(op)
          .Case<MemoryRetrieveOp, MemoryUpdateOp, LocalAttentionOp,
                OnlineAttentionOp, GatedCombineOp, AttentionOp,
                AttentionChunkOp>(
              [](auto typed) -> FailureOr<Signature> {
                return signatureOf(typed);
              })
          .Default([](Operation *) { return failure(); });
  if (failed(sig))
    return {};
  // Ranks are what the relations index by: an op that does not verify has
  // none.
  for (const ShapedEntry &e : sig->entries)
    if (cast<RankedTensorType>(e.value.getType()).getRank() !=
        static_cast<int64_t>(e.dims.size()))
      return {};
  SmallVector<SizeRelation> relations;
  for (unsigned s = 0; s < kNumSyms; ++s) {
    auto sym = static_cast<Sym>(s);
    SizeRelation relation{sym, sig->letter(sym), {}};
    for (const ShapedEntry &e : sig->entries)
      for (auto [dim, d] : llvm::enumerate(e.dims))
        if (d == sym)
          relation.uses.push_back({e.name, e.value, static_cast<int64_t>(dim)});
    if (!relation.uses.empty())
      relations.push_back(std::move(relation));
  }
  return relations;
}

#define GET_OP_CLASSES
#include "Infini/IR/InfiniOps.cpp.inc"
