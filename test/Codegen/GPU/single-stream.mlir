// RUN: infini-opt %s -infini-gpu-single-stream -split-input-file -verify-diagnostics | FileCheck %s

// Launches, copies and frees in straight-line code, a loop and conditionals
// form one chain of tokens from one stream. A call while work is pending
// waits for the stream first, and the stream lives on after it; the host
// waits for it and destroys it once, before the return. The shape check
// before the first GPU operation needs no wait: nothing is pending yet.
// The runtime functions the waits call are declared once.
// CHECK: module attributes {gpu.container_module} {
// CHECK-DAG: llvm.func @mgpuStreamDestroy(!llvm.ptr)
// CHECK-DAG: llvm.func @mgpuStreamSynchronize(!llvm.ptr)
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @kernel(%a: memref<4xf32>) kernel { gpu.return }
  }
  func.func private @host(memref<4xf32>)

  // CHECK-LABEL: func.func @chain(
  // CHECK-SAME: %[[A:.*]]: memref<4xf32>, %[[H:.*]]: memref<4xf32>, %[[N:.*]]: index, %[[C:.*]]: i1)
  func.func @chain(%a: memref<4xf32>, %h: memref<4xf32>, %n: index, %c: i1) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    // CHECK: scf.if
    // CHECK-NEXT: func.call @host(%[[H]])
    scf.if %c {
      func.call @host(%h) : (memref<4xf32>) -> ()
    }
    // CHECK: %[[T0:.*]] = gpu.wait async
    // CHECK-NEXT: %[[B:.*]], %[[T1:.*]] = gpu.alloc async [%[[T0]]] () : memref<4xf32>
    // CHECK-NEXT: %[[T2:.*]] = gpu.memcpy async [%[[T1]]] %[[B]], %[[A]]
    %b = gpu.alloc () : memref<4xf32>
    gpu.memcpy %b, %a : memref<4xf32>, memref<4xf32>
    // CHECK-NEXT: %[[T3:.*]] = scf.for {{.*}} iter_args(%[[TI:.*]] = %[[T2]]) -> (!gpu.async.token) {
    // CHECK-NEXT: %[[TL:.*]] = gpu.launch_func async [%[[TI]]] @kernels::@kernel
    // CHECK-NEXT: %[[TM:.*]] = gpu.launch_func async [%[[TL]]] @kernels::@kernel
    // CHECK-NEXT: scf.yield %[[TM]] : !gpu.async.token
    scf.for %i = %c0 to %n step %c1 {
      gpu.launch_func @kernels::@kernel blocks in (%c1, %c1, %c1)
          threads in (%c1, %c1, %c1) args(%b : memref<4xf32>)
      gpu.launch_func @kernels::@kernel blocks in (%c1, %c1, %c1)
          threads in (%c1, %c1, %c1) args(%b : memref<4xf32>)
    }
    // CHECK: %[[T4:.*]] = scf.if %[[C]] -> (!gpu.async.token) {
    // CHECK-NEXT: %[[TT:.*]] = gpu.launch_func async [%[[T3]]] @kernels::@kernel
    // CHECK-NEXT: scf.yield %[[TT]] : !gpu.async.token
    // CHECK-NEXT: } else {
    // CHECK-NEXT: scf.yield %[[T3]] : !gpu.async.token
    scf.if %c {
      gpu.launch_func @kernels::@kernel blocks in (%c1, %c1, %c1)
          threads in (%c1, %c1, %c1) args(%b : memref<4xf32>)
    }
    // CHECK: %[[T5:.*]] = gpu.memcpy async [%[[T4]]] %[[A]], %[[B]]
    // CHECK-NEXT: %[[P:.*]] = builtin.unrealized_conversion_cast %[[T5]] : !gpu.async.token to !llvm.ptr
    // CHECK-NEXT: llvm.call @mgpuStreamSynchronize(%[[P]])
    // CHECK-NOT: mgpuStreamDestroy
    // CHECK-NEXT: call @host(%[[A]])
    // CHECK-NEXT: %[[T6:.*]] = gpu.dealloc async [%[[T5]]] %[[B]]
    // CHECK-NEXT: %[[Q:.*]] = builtin.unrealized_conversion_cast %[[T6]] : !gpu.async.token to !llvm.ptr
    // CHECK-NEXT: llvm.call @mgpuStreamSynchronize(%[[Q]])
    // CHECK-NEXT: llvm.call @mgpuStreamDestroy(%[[Q]])
    // CHECK-NEXT: return
    gpu.memcpy %a, %b : memref<4xf32>, memref<4xf32>
    func.call @host(%a) : (memref<4xf32>) -> ()
    gpu.dealloc %b : memref<4xf32>
    return
  }

  // An if-else keeps its results; the token comes last.
  // CHECK-LABEL: func.func @if_else(
  // CHECK: %[[T0:.*]] = gpu.wait async
  // CHECK-NEXT: %[[R:.*]]:2 = scf.if %{{.*}} -> (index, !gpu.async.token) {
  // CHECK-NEXT: %[[TT:.*]] = gpu.launch_func async [%[[T0]]]
  // CHECK-NEXT: scf.yield %{{.*}}, %[[TT]] : index, !gpu.async.token
  // CHECK-NEXT: } else {
  // CHECK-NEXT: scf.yield %{{.*}}, %[[T0]] : index, !gpu.async.token
  // CHECK: llvm.call @mgpuStreamSynchronize
  // CHECK: return %[[R]]#0 : index
  func.func @if_else(%a: memref<4xf32>, %c: i1) -> index {
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %r = scf.if %c -> index {
      gpu.launch_func @kernels::@kernel blocks in (%c1, %c1, %c1)
          threads in (%c1, %c1, %c1) args(%a : memref<4xf32>)
      scf.yield %c1 : index
    } else {
      scf.yield %c2 : index
    }
    return %r : index
  }

  // Functions without GPU work, and functions that manage their own
  // tokens, are left alone.
  // CHECK-LABEL: func.func @no_gpu(
  // CHECK-NOT: gpu.wait
  // CHECK-NOT: llvm.call
  // CHECK: return
  func.func @no_gpu(%h: memref<4xf32>) {
    func.call @host(%h) : (memref<4xf32>) -> ()
    return
  }

  // CHECK-LABEL: func.func @own_tokens(
  // CHECK-NEXT: %{{.*}} = arith.constant
  // CHECK-NEXT: %[[T:.*]] = gpu.wait async
  // CHECK-NEXT: %[[L:.*]] = gpu.launch_func async [%[[T]]]
  // CHECK-NEXT: gpu.wait [%[[L]]]
  // CHECK-NEXT: return
  func.func @own_tokens(%a: memref<4xf32>) {
    %c1 = arith.constant 1 : index
    %t = gpu.wait async
    %l = gpu.launch_func async [%t] @kernels::@kernel blocks in (%c1, %c1, %c1)
        threads in (%c1, %c1, %c1) args(%a : memref<4xf32>)
    gpu.wait [%l]
    return
  }
}

// -----

// GPU work in a region that cannot carry a token is reported.
module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @kernel() kernel { gpu.return }
  }
  func.func @while(%n: index) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    // expected-error @+1 {{'scf.while' op holds GPU operations; infini-gpu-single-stream carries the stream through scf.for and scf.if only}}
    %r = scf.while (%i = %c0) : (index) -> index {
      %go = arith.cmpi slt, %i, %n : index
      scf.condition(%go) %i : index
    } do {
    ^bb0(%i: index):
      gpu.launch_func @kernels::@kernel blocks in (%c1, %c1, %c1)
          threads in (%c1, %c1, %c1)
      %next = arith.addi %i, %c1 : index
      scf.yield %next : index
    }
    return
  }
}

// -----

module attributes {gpu.container_module} {
  gpu.module @kernels {
    gpu.func @kernel() kernel { gpu.return }
  }
  // expected-error @+1 {{'func.func' op has 3 blocks; infini-gpu-single-stream threads the stream through structured control flow only}}
  func.func @blocks(%c: i1) {
    %c1 = arith.constant 1 : index
    cf.cond_br %c, ^launch, ^done
  ^launch:
    gpu.launch_func @kernels::@kernel blocks in (%c1, %c1, %c1)
        threads in (%c1, %c1, %c1)
    cf.br ^done
  ^done:
    return
  }
}
