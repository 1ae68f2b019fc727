//===- MemrefWrapper.cpp - call tensor functions through memrefs ----------===//

#include "Infini/ExecutionEngine/MemrefWrapper.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Parser/Parser.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::infini;

/// The memref type of a ranked tensor type, `?` for its dynamic sizes.
static std::string memrefOf(Type t) {
  auto tensor = cast<RankedTensorType>(t);
  std::string s;
  llvm::raw_string_ostream os(s);
  os << MemRefType::get(tensor.getShape(), tensor.getElementType());
  return s;
}

std::string mlir::infini::withMemrefWrapper(ModuleOp module,
                                            llvm::StringRef function) {
  auto fn = module.lookupSymbol<func::FuncOp>(function);
  FunctionType type = fn.getFunctionType();
  std::string s;
  llvm::raw_string_ostream os(s);
  os << "func.func @run(";
  for (auto [i, t] : llvm::enumerate(type.getInputs()))
    os << (i ? ", " : "") << "%a" << i << ": " << memrefOf(t);
  for (auto [i, t] : llvm::enumerate(type.getResults()))
    os << ", %o" << i << ": " << memrefOf(t);
  os << ") {\n";
  for (auto [i, t] : llvm::enumerate(type.getInputs()))
    os << "  %t" << i << " = bufferization.to_tensor %a" << i
       << " restrict : " << memrefOf(t) << " to " << t << "\n";
  os << "  %r:" << type.getNumResults() << " = func.call @" << function
     << "(";
  for (unsigned i = 0; i < type.getNumInputs(); ++i)
    os << (i ? ", " : "") << "%t" << i;
  os << ") : " << type << "\n";
  for (auto [i, t] : llvm::enumerate(type.getResults()))
    os << "  bufferization.materialize_in_destination %r#" << i
       << " in restrict writable %o" << i << " : (" << t << ", "
       << memrefOf(t) << ") -> ()\n";
  os << "  return\n}\n";

  ParserConfig config(module.getContext(), /*verifyAfterParse=*/false);
  OwningOpRef<ModuleOp> run = parseSourceString<ModuleOp>(s, config);
  for (Operation &op : llvm::make_early_inc_range(*run->getBody()))
    op.moveBefore(module.getBody(), module.getBody()->end());
  std::string text;
  llvm::raw_string_ostream out(text);
  module.print(out);
  return text;
}

DynamicBuffer::DynamicBuffer(llvm::ArrayRef<int64_t> shape, bool i64) {
  size_t n = 1;
  for (int64_t d : shape)
    n *= static_cast<size_t>(d);
  if (i64)
    ints.assign(n, 0);
  else
    data.assign(n, 0.0f);
  desc.assign(3 + 2 * shape.size(), 0);
  desc[0] = desc[1] = i64 ? reinterpret_cast<int64_t>(ints.data())
                          : reinterpret_cast<int64_t>(data.data());
  int64_t stride = 1;
  for (int64_t i = static_cast<int64_t>(shape.size()) - 1; i >= 0; --i) {
    desc[3 + i] = shape[i];
    desc[3 + shape.size() + i] = stride;
    stride *= shape[i];
  }
}

DynamicBuffer DynamicBuffer::of(Type type,
                                llvm::ArrayRef<int64_t> dynamicSizes) {
  auto tensor = cast<RankedTensorType>(type);
  std::vector<int64_t> shape;
  for (int64_t d : tensor.getShape()) {
    if (!ShapedType::isDynamic(d)) {
      shape.push_back(d);
      continue;
    }
    shape.push_back(dynamicSizes.front());
    dynamicSizes = dynamicSizes.drop_front();
  }
  return DynamicBuffer(shape, tensor.getElementType().isSignlessInteger(64));
}

void DynamicBuffer::swap(DynamicBuffer &other) {
  std::swap(data, other.data);
  std::swap(ints, other.ints);
  std::swap(desc, other.desc);
}
