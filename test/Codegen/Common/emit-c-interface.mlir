// RUN: infini-opt %s -infini-emit-c-interface | FileCheck %s

// CHECK-LABEL: func @public_entry
//  CHECK-SAME: attributes {llvm.emit_c_interface}
func.func @public_entry(%a: memref<4xf32>) {
  return
}

// Private functions and declarations keep their attributes.
// CHECK-LABEL: func private @helper
//   CHECK-NOT: llvm.emit_c_interface
//       CHECK: return
func.func private @helper() {
  return
}

// CHECK: func private @printMemrefF32(memref<*xf32>){{$}}
func.func private @printMemrefF32(memref<*xf32>)
