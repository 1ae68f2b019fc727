// RUN: infini-opt %s -pass-pipeline='builtin.module(gpu.module(infini-gpu-contract-products))' | FileCheck %s
// RUN: infini-opt %s -pass-pipeline='builtin.module(gpu.module(infini-gpu-contract-products,math-uplift-to-fma))' | FileCheck %s --check-prefix=FMA

// Products, sums and differences in kernels may contract; flags they already
// have are kept; other ops, and code outside gpu.module, are left alone.
module attributes {gpu.container_module} {
  gpu.module @kernels {
    // CHECK-LABEL: gpu.func @dot(
    // CHECK: arith.mulf %{{.*}}, %{{.*}} fastmath<contract> : f32
    // CHECK: arith.addf %{{.*}}, %{{.*}} fastmath<contract> : f32
    // CHECK: arith.mulf %{{.*}}, %{{.*}} fastmath<nnan,contract> : f32
    // CHECK: arith.subf %{{.*}}, %{{.*}} fastmath<contract> : f32
    // CHECK: arith.divf %{{.*}}, %{{.*}} : f32
    // The sum of a product becomes one FMA; the product used twice stays.
    // FMA-LABEL: gpu.func @dot(
    // FMA: %[[S:.*]] = math.fma %{{.*}}, %{{.*}}, %{{.*}} fastmath<contract> : f32
    // FMA: %[[P:.*]] = arith.mulf %{{.*}}, %{{.*}} fastmath<nnan,contract> : f32
    // FMA: arith.subf %[[S]], %[[P]]
    // FMA: arith.divf %{{.*}}, %[[P]]
    gpu.func @dot(%a: f32, %b: f32, %c: f32, %out: memref<2xf32>) kernel {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %p = arith.mulf %a, %b : f32
      %s = arith.addf %p, %c : f32
      %q = arith.mulf %b, %c fastmath<nnan> : f32
      %d = arith.subf %s, %q : f32
      %r = arith.divf %d, %q : f32
      memref.store %d, %out[%c0] : memref<2xf32>
      memref.store %r, %out[%c1] : memref<2xf32>
      gpu.return
    }
  }
  // CHECK-LABEL: func.func @host(
  // CHECK: arith.mulf %{{.*}}, %{{.*}} : f32
  // CHECK-NOT: fastmath
  func.func @host(%a: f32, %b: f32) -> f32 {
    %p = arith.mulf %a, %b : f32
    return %p : f32
  }
}
