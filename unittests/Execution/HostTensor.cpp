//===- HostTensor.cpp - host buffers passed to compiled code --------------===//

#include "HostTensor.h"

#include "llvm/ADT/APFloat.h"
#include "llvm/Support/ErrorHandling.h"

#include <cstring>
#include <sstream>

using namespace infini;
using namespace infini::test;

const char *infini::test::mlirName(Elem elem) {
  switch (elem) {
  case Elem::F32:
    return "f32";
  case Elem::F16:
    return "f16";
  case Elem::BF16:
    return "bf16";
  case Elem::I64:
    return "i64";
  }
  llvm_unreachable("unknown element type");
}

static size_t byteWidth(Elem elem) {
  switch (elem) {
  case Elem::F32:
    return 4;
  case Elem::F16:
  case Elem::BF16:
    return 2;
  case Elem::I64:
    return 8;
  }
  llvm_unreachable("unknown element type");
}

static const llvm::fltSemantics &semantics(Elem elem) {
  switch (elem) {
  case Elem::F32:
    return llvm::APFloat::IEEEsingle();
  case Elem::F16:
    return llvm::APFloat::IEEEhalf();
  case Elem::BF16:
    return llvm::APFloat::BFloat();
  case Elem::I64:
    break;
  }
  llvm_unreachable("unknown element type");
}

HostTensor::HostTensor(Elem elem, std::vector<int64_t> shape)
    : elem_(elem), shape_(std::move(shape)) {
  int64_t n = 1;
  for (int64_t d : shape_)
    n *= d;
  bytes_.assign(static_cast<size_t>(n) * byteWidth(elem_), 0);
}

HostTensor HostTensor::from(const ref::Tensor &values, Elem elem) {
  HostTensor t(elem, values.shape);
  if (elem == Elem::I64) {
    for (size_t i = 0; i < values.data.size(); ++i) {
      auto v = static_cast<int64_t>(values.data[i]);
      if (static_cast<double>(v) != values.data[i])
        llvm::report_fatal_error("HostTensor: an i64 value is not an integer");
      std::memcpy(&t.bytes_[i * 8], &v, 8);
    }
    return t;
  }
  const llvm::fltSemantics &sem = semantics(elem);
  for (size_t i = 0; i < values.data.size(); ++i) {
    llvm::APFloat v(values.data[i]);
    bool lost;
    v.convert(sem, llvm::APFloat::rmNearestTiesToEven, &lost);
    uint64_t bits = v.bitcastToAPInt().getZExtValue();
    std::memcpy(&t.bytes_[i * byteWidth(elem)], &bits, byteWidth(elem));
  }
  return t;
}

ref::Tensor HostTensor::values() const {
  ref::Tensor out(shape_);
  if (elem_ == Elem::I64) {
    for (size_t i = 0; i < out.data.size(); ++i) {
      int64_t v;
      std::memcpy(&v, &bytes_[i * 8], 8);
      out.data[i] = static_cast<double>(v);
    }
    return out;
  }
  const llvm::fltSemantics &sem = semantics(elem_);
  unsigned width = static_cast<unsigned>(byteWidth(elem_));
  for (size_t i = 0; i < out.data.size(); ++i) {
    uint64_t bits = 0;
    std::memcpy(&bits, &bytes_[i * width], width);
    llvm::APFloat v(sem, llvm::APInt(width * 8, bits));
    out.data[i] = v.convertToDouble();
  }
  return out;
}

void *HostTensor::descriptor() {
  size_t rank = shape_.size();
  descriptor_.assign(3 + 2 * rank, 0);
  auto data = reinterpret_cast<int64_t>(bytes_.data());
  descriptor_[0] = data;
  descriptor_[1] = data;
  int64_t stride = 1;
  for (size_t i = rank; i-- > 0;) {
    descriptor_[3 + i] = shape_[i];
    descriptor_[3 + rank + i] = stride;
    stride *= shape_[i];
  }
  return descriptor_.data();
}

std::string HostTensor::type(const char *kind, unsigned dynamicDims) const {
  std::ostringstream os;
  os << kind << "<";
  for (size_t i = 0; i < shape_.size(); ++i) {
    if (dynamicDims & (1u << i))
      os << "?";
    else
      os << shape_[i];
    os << "x";
  }
  os << mlirName(elem_) << ">";
  return os.str();
}
