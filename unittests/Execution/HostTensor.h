//===- HostTensor.h - host buffers passed to compiled code ------*- C++ -*-===//
//
// A dense row-major buffer of f32, f16, bf16 or i64 with the memref descriptor
// (StridedMemRefType layout) that compiled code reads and writes.
//
//===----------------------------------------------------------------------===//

#ifndef INFINI_UNITTESTS_EXECUTION_HOSTTENSOR_H
#define INFINI_UNITTESTS_EXECUTION_HOSTTENSOR_H

#include "InfiniReference.h"

#include <cstdint>
#include <string>
#include <vector>

namespace infini::test {

enum class Elem { F32, F16, BF16, I64 };

/// The MLIR spelling: f32, f16, bf16 or i64.
const char *mlirName(Elem elem);

class HostTensor {
public:
  HostTensor(Elem elem, std::vector<int64_t> shape);

  /// `values` rounded (to nearest, ties to even) to `elem`; for i64, values
  /// that are integers.
  static HostTensor from(const ref::Tensor &values, Elem elem);

  /// The stored values, exactly, as doubles.
  ref::Tensor values() const;

  /// Points to a descriptor {allocated, aligned, offset, sizes, strides} of
  /// this buffer; valid while the tensor lives.
  void *descriptor();

  Elem elem() const { return elem_; }
  const std::vector<int64_t> &shape() const { return shape_; }

  /// `memref<...>` or `tensor<...>` of this buffer, with the dimensions whose
  /// bit is set in `dynamicDims` written as `?`.
  std::string type(const char *kind, unsigned dynamicDims) const;

private:
  Elem elem_;
  std::vector<int64_t> shape_;
  std::vector<uint8_t> bytes_;
  std::vector<int64_t> descriptor_;
};

} // namespace infini::test

#endif // INFINI_UNITTESTS_EXECUTION_HOSTTENSOR_H
