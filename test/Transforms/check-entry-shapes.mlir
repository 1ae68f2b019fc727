// RUN: infini-opt %s -infini-check-entry-shapes | FileCheck %s
// RUN: infini-opt %s -infini-check-entry-shapes -canonicalize | FileCheck %s --check-prefix=CANON

// A public function's static arguments become fully dynamic (same
// descriptor), are checked at entry and reinterpreted with the static type
// they were checked against; the body is unchanged. (A memref.cast would
// not do: canonicalization folds it into the loads and stores, which would
// then index with the descriptor's strides.)
// CHECK-DAG: llvm.func @write(i32, !llvm.ptr, i64) -> i64
// CHECK-DAG: llvm.func @abort()
// CHECK-DAG: llvm.mlir.global internal constant @infini_entry_check("infini: @scale argument #0: size of dimension 0 is not 4 (compiled for memref<4x8xf32>)\0A")
// CHECK-LABEL: func.func @scale(
// CHECK-SAME: %[[A:.*]]: memref<?x?xf32, strided<[?, ?], offset: ?>>, %[[B:.*]]: memref<?x?xf32, strided<[?, ?], offset: ?>>, %[[N:.*]]: index)
// CHECK: %{{.*}}, %[[OFF:.*]], %[[SIZES:.*]]:2, %[[STRIDES:.*]]:2 = memref.extract_strided_metadata %[[A]]
// CHECK: %[[OK:.*]] = arith.cmpi eq, %[[SIZES]]#0, %c4
// CHECK: %[[BAD:.*]] = arith.xori %[[OK]], %true
// CHECK: scf.if %[[BAD]] {
// CHECK:   %[[MSG:.*]] = llvm.mlir.addressof @infini_entry_check :
// CHECK:   llvm.call @write(%{{.*}}, %[[MSG]], %{{.*}})
// CHECK:   llvm.call @abort()
// CHECK: arith.cmpi eq, %[[SIZES]]#1, %c8
// CHECK: arith.cmpi eq, %[[STRIDES]]#0, %c8
// CHECK: arith.cmpi eq, %[[STRIDES]]#1, %c1
// CHECK: arith.cmpi eq, %[[OFF]], %c0
// CHECK: %[[CA:.*]] = memref.reinterpret_cast %[[A]] to offset: [0], sizes: [4, 8], strides: [8, 1] : memref<?x?xf32, strided<[?, ?], offset: ?>> to memref<4x8xf32>
// CHECK: %[[CB:.*]] = memref.reinterpret_cast %[[B]] to offset: [0], sizes: [4, 8], strides: [8, 1] : {{.*}} to memref<4x8xf32>
// CHECK: memref.load %[[CA]]
// CHECK: memref.store %{{.*}}, %[[CB]]
// CANON-LABEL: func.func @scale(
// CANON: %[[CA:.*]] = memref.reinterpret_cast
// CANON: %[[CB:.*]] = memref.reinterpret_cast
// CANON: memref.load %[[CA]]{{.*}} : memref<4x8xf32>
// CANON: memref.store %{{.*}}, %[[CB]]{{.*}} : memref<4x8xf32>
func.func @scale(%a: memref<4x8xf32>, %b: memref<4x8xf32>, %n: index) {
  %c0 = arith.constant 0 : index
  %x = memref.load %a[%c0, %c0] : memref<4x8xf32>
  memref.store %x, %b[%c0, %c0] : memref<4x8xf32>
  return
}

// Private functions and dynamic arguments are left alone; calls to a
// checked function pass their static buffers through a cast.
// CHECK-LABEL: func.func private @helper(%{{.*}}: memref<4x8xf32>)
func.func private @helper(%a: memref<4x8xf32>) {
  return
}
// CHECK-LABEL: func.func @caller(
// CHECK-SAME: memref<?x?xf32, strided<[?, ?], offset: ?>>, %[[D:.*]]: memref<?xf32>)
// CHECK: %[[C:.*]] = memref.cast %{{.*}} : memref<4x8xf32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
// CHECK: call @scale(%[[C]], %[[C2:.*]], %{{.*}})
func.func @caller(%a: memref<4x8xf32>, %d: memref<?xf32>) {
  %n = arith.constant 1 : index
  call @helper(%a) : (memref<4x8xf32>) -> ()
  call @scale(%a, %a, %n) : (memref<4x8xf32>, memref<4x8xf32>, index) -> ()
  return
}

// A buffer without elements leaves strides open and is never indexed: it
// is checked and cast.
// CHECK-LABEL: func.func @empty(
// CHECK: memref.cast %{{.*}} : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>> to memref<2x0x8xf32>
func.func @empty(%a: memref<2x0x8xf32>) {
  return
}
