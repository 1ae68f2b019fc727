// RUN: infini-opt %s -infini-host-buffers-to-device -split-input-file -verify-diagnostics --allow-unregistered-dialect | FileCheck %s

// Host allocations become device allocations; kernels are left alone.
// CHECK-LABEL: func.func @buffers
// CHECK: %[[A:.*]] = gpu.alloc (%{{.*}}) : memref<?xf32>
// CHECK: gpu.launch
// CHECK: memref.store %{{.*}}, %[[A]]
// CHECK: gpu.dealloc %[[A]] : memref<?xf32>
// CHECK-NOT: memref.alloc
// CHECK-NOT: memref.dealloc
func.func @buffers(%n: index) {
  %c1 = arith.constant 1 : index
  %one = arith.constant 1.0 : f32
  %a = memref.alloc(%n) : memref<?xf32>
  gpu.launch blocks(%bx, %by, %bz) in (%x = %c1, %y = %c1, %z = %c1)
             threads(%tx, %ty, %tz) in (%u = %c1, %v = %c1, %w = %c1) {
    memref.store %one, %a[%tx] : memref<?xf32>
    gpu.terminator
  }
  memref.dealloc %a : memref<?xf32>
  return
}

// -----

// bufferization.dealloc in scalar code: %a is freed when its condition holds
// and it is not the retained %r; the result says whether %r is owned now.
// CHECK-LABEL: func.func @dealloc
// CHECK-SAME: (%[[A:.*]]: memref<4xf32>, %[[B:.*]]: memref<4xf32>, %[[R:.*]]: memref<4xf32>, %[[CA:.*]]: i1, %[[CB:.*]]: i1)
// CHECK-DAG: %[[PA:.*]] = memref.extract_aligned_pointer_as_index %[[A]]
// CHECK-DAG: %[[PB:.*]] = memref.extract_aligned_pointer_as_index %[[B]]
// CHECK-DAG: %[[PR:.*]] = memref.extract_aligned_pointer_as_index %[[R]]
// CHECK: %[[AR:.*]] = arith.cmpi eq, %[[PA]], %[[PR]]
// CHECK: %[[NAR:.*]] = arith.xori %[[AR]], %true
// CHECK: %[[FA:.*]] = arith.andi %[[CA]], %[[NAR]]
// CHECK: scf.if %[[FA]] {
// CHECK-NEXT: gpu.dealloc %[[A]]
// CHECK: %[[BR:.*]] = arith.cmpi eq, %[[PB]], %[[PR]]
// CHECK: %[[NBR:.*]] = arith.xori %[[BR]], %true
// CHECK: %[[FB0:.*]] = arith.andi %[[CB]], %[[NBR]]
// CHECK: %[[BA:.*]] = arith.cmpi eq, %[[PB]], %[[PA]]
// CHECK: %[[FREEDA:.*]] = arith.andi %[[CA]], %[[BA]]
// CHECK: %[[NFREEDA:.*]] = arith.xori %[[FREEDA]], %true
// CHECK: %[[FB:.*]] = arith.andi %[[FB0]], %[[NFREEDA]]
// CHECK: scf.if %[[FB]] {
// CHECK-NEXT: gpu.dealloc %[[B]]
// CHECK: %[[O1:.*]] = arith.ori %false,
// CHECK: %[[OWN:.*]] = arith.ori %[[O1]],
// CHECK: return %[[OWN]]
func.func @dealloc(%a: memref<4xf32>, %b: memref<4xf32>, %r: memref<4xf32>, %ca: i1, %cb: i1) -> i1 {
  %own = bufferization.dealloc (%a, %b : memref<4xf32>, memref<4xf32>) if (%ca, %cb) retain (%r : memref<4xf32>)
  return %own : i1
}

// -----

func.func @host_copy(%a: memref<4xf32>, %b: memref<4xf32>) {
  // expected-error @below {{would access device memory on the host: on the GPU path every read and write of a buffer must happen inside a gpu.launch kernel}}
  memref.copy %a, %b : memref<4xf32> to memref<4xf32>
  return
}

// -----

func.func @host_unranked_copy(%a: memref<*xf32>, %b: memref<*xf32>) {
  // expected-error @below {{would access device memory on the host}}
  memref.copy %a, %b : memref<*xf32> to memref<*xf32>
  return
}

// -----

func.func @host_load(%a: memref<4xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  // expected-error @below {{would access device memory on the host}}
  %x = memref.load %a[%c0] : memref<4xf32>
  return %x : f32
}

// -----

#map = affine_map<(d0)[s0] -> (d0 + s0)>
func.func @alloc_with_symbols(%s: index) {
  // expected-error @below {{with symbol operands cannot move to the device}}
  %a = memref.alloc()[%s] : memref<4xf32, #map>
  return
}

// -----

// An unregistered op with a buffer operand: unknown effects, so it may read
// the buffer on the host.
func.func @unregistered_access(%a: memref<4xf32>) {
  // expected-error @below {{would access device memory on the host}}
  "foo.read"(%a) : (memref<4xf32>) -> ()
  return
}
