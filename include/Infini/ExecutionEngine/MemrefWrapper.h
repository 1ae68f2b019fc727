//===- MemrefWrapper.h - call tensor functions through memrefs --*- C++ -*-===//
//
// What a driver needs to call a tensor-level function of a module through
// CpuJit: a `@run` wrapper on memrefs (inputs, then one output buffer per
// result), and buffers of any rank, f32 or i64, whose descriptors it takes.
//
//===----------------------------------------------------------------------===//

#ifndef INFINI_EXECUTIONENGINE_MEMREFWRAPPER_H
#define INFINI_EXECUTIONENGINE_MEMREFWRAPPER_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mlir {
class ModuleOp;
class Type;

namespace infini {

/// The text of `module` with
///
///   func.func @run(%a0: memref, ..., %o0: memref, ...) {
///     %t<i> = bufferization.to_tensor %a<i> restrict
///     %r = func.call @<function>(%t...)
///     materialize %r#<j> in %o<j>
///   }
///
/// added to it (inside the module: exports are one `module { }` with their
/// weights as resources after it). The function takes and returns ranked
/// tensors of f32 or i64; dynamic sizes stay dynamic.
std::string withMemrefWrapper(ModuleOp module, llvm::StringRef function);

/// A dense row-major buffer of f32 (`data`) or i64 (`ints`) with a memref
/// descriptor laid out as StridedMemRefType: two pointers, the offset, the
/// sizes, the strides.
struct DynamicBuffer {
  explicit DynamicBuffer(llvm::ArrayRef<int64_t> shape, bool i64 = false);
  /// A buffer for a tensor type of f32 or i64, its dynamic sizes given by
  /// `dynamicSizes` in order.
  static DynamicBuffer of(Type type, llvm::ArrayRef<int64_t> dynamicSizes = {});

  void swap(DynamicBuffer &other);
  /// Element i as a double.
  double at(size_t i) const {
    return ints.empty() ? data[i] : static_cast<double>(ints[i]);
  }
  size_t size() const { return ints.empty() ? data.size() : ints.size(); }
  size_t bytes() const {
    return data.size() * sizeof(float) + ints.size() * sizeof(int64_t);
  }
  /// Pass this to CpuJit::call.
  void *descriptor() { return desc.data(); }

  std::vector<float> data;
  std::vector<int64_t> ints;
  std::vector<int64_t> desc;
};

} // namespace infini
} // namespace mlir

#endif // INFINI_EXECUTIONENGINE_MEMREFWRAPPER_H
