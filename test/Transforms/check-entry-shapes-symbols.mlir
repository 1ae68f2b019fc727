// RUN: infini-opt %s -infini-check-entry-shapes -split-input-file -verify-diagnostics | FileCheck %s

// The messages' globals take names the module does not use yet.
// CHECK-DAG: llvm.mlir.global internal constant @infini_entry_check("mine\0A")
// CHECK-DAG: llvm.mlir.global internal constant @[[SIZE:infini_entry_check_[0-9]+]]("infini: @f argument #0: size of dimension 0 is not 4 (compiled for memref<4xf32>)\0A")
// CHECK-LABEL: func.func @f(
// CHECK: llvm.mlir.addressof @[[SIZE]]
llvm.mlir.global internal constant @infini_entry_check("mine\0A")
func.func @f(%a: memref<4xf32>) {
  return
}

// -----

// The checks call the C library's write and abort, whose names the linker
// resolves: a module that defines them otherwise is refused.
// expected-error @below {{'func.func' op defines @write, which is not an llvm.func, but run-time checks call the C library's write as '!llvm.func<i64 (i32, ptr, i64)>'}}
func.func private @write(i32) -> ()
func.func @f(%a: memref<4xf32>) {
  return
}

// -----

// expected-error @below {{'llvm.func' op defines @abort, which has type '!llvm.func<i32 ()>', but run-time checks call the C library's abort as '!llvm.func<void ()>'}}
llvm.func @abort() -> i32
func.func @f(%a: memref<4xf32>) {
  return
}

// -----

// A matching declaration is reused.
// CHECK-LABEL: llvm.func @write(i32, !llvm.ptr, i64) -> i64
// CHECK-NOT: llvm.func @write
// CHECK: func.func @f(
llvm.func @write(i32, !llvm.ptr, i64) -> i64
func.func @f(%a: memref<4xf32>) {
  return
}

// -----

// A checked function's type changes; a use other than a call could not
// follow it.
func.func @f(%a: memref<4xf32>) {
  return
}
func.func @g() {
  // expected-error @below {{'func.constant' op uses @f other than by a call: its arguments cannot be checked}}
  %f = func.constant @f : (memref<4xf32>) -> ()
  return
}
