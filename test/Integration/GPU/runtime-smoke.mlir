// A kernel through MLIR's NVVM pipeline (sm_90, PTX 8.0, fatbin), linked
// ahead of time against infini_cuda_runtime. Where a GPU is present the
// executable runs and exits 0 when every element came back as 2 * i + 1;
// elsewhere the test checks that the kernel compiles and the host links.
// REQUIRES: cuda-toolkit
// RUN: infini-opt %s -gpu-lower-to-nvvm-pipeline="cubin-chip=sm_90 cubin-features=+ptx80 cubin-format=fatbin" -o %t.mlir
// RUN: FileCheck %s --check-prefix=BINARY < %t.mlir
// RUN: infini-opt %s -gpu-lower-to-nvvm-pipeline="cubin-chip=sm_90 cubin-features=+ptx80 cubin-format=isa" | FileCheck %s --check-prefix=PTX
// RUN: mlir-translate -mlir-to-llvmir %t.mlir -o %t.ll
// RUN: FileCheck %s --check-prefix=HOST < %t.ll
// RUN: llc -O2 -filetype=obj -relocation-model=pic %t.ll -o %t.o
// RUN: %clangxx %t.o -L%infini_lib_dir -linfini_cuda_runtime -Wl,-rpath,%infini_lib_dir -fuse-ld=lld -o %t.exe
// RUN: %if cuda-gpu %{ %t.exe %}

// One kernel, embedded as a fatbin for sm_90 (the blob starts with the
// fatbin magic 0xBA55ED50, little-endian).
// BINARY: gpu.binary @main_kernel [#gpu.object<#nvvm.target<chip = "sm_90", features = "+ptx80">, properties = {{{.*}}}, "P\EDU\BA
// BINARY-NOT: gpu.binary
// PTX: .target sm_90
// PTX: .entry main_kernel
// PTX: ld.global.b32
// PTX: mul.rn.f32
// PTX: add.rn.f32
// PTX: st.global.b32
// The host code loads the module (from a global constructor) and launches
// through the mgpu* runtime.
// HOST-DAG: call ptr @mgpuModuleLoad(ptr @main_kernel_binary
// HOST-DAG: call ptr @mgpuModuleGetFunction(
// HOST-DAG: call void @mgpuLaunchKernel(
// HOST-DAG: call void @mgpuStreamSynchronize(
func.func @main() -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c256 = arith.constant 256 : index
  %n = arith.constant 1024 : index
  %one = arith.constant 1.0 : f32
  %two = arith.constant 2.0 : f32
  %host = memref.alloc() : memref<1024xf32>
  scf.for %i = %c0 to %n step %c1 {
    %ii = arith.index_cast %i : index to i32
    %f = arith.sitofp %ii : i32 to f32
    memref.store %f, %host[%i] : memref<1024xf32>
  }
  %t0 = gpu.wait async
  %dev, %t1 = gpu.alloc async [%t0] () : memref<1024xf32>
  %t2 = gpu.memcpy async [%t1] %dev, %host : memref<1024xf32>, memref<1024xf32>
  %t3 = gpu.launch async [%t2] blocks(%bx, %by, %bz) in (%gx = %c4, %gy = %c1, %gz = %c1)
      threads(%tx, %ty, %tz) in (%sx = %c256, %sy = %c1, %sz = %c1) {
    %base = arith.muli %bx, %c256 : index
    %i = arith.addi %base, %tx : index
    %x = memref.load %dev[%i] : memref<1024xf32>
    %y = arith.mulf %x, %two : f32
    %z = arith.addf %y, %one : f32
    memref.store %z, %dev[%i] : memref<1024xf32>
    gpu.terminator
  }
  %t4 = gpu.memcpy async [%t3] %host, %dev : memref<1024xf32>, memref<1024xf32>
  %t5 = gpu.dealloc async [%t4] %dev : memref<1024xf32>
  gpu.wait [%t5]
  %bad = scf.for %i = %c0 to %n step %c1 iter_args(%count = %c0) -> (index) {
    %ii = arith.index_cast %i : index to i32
    %f = arith.sitofp %ii : i32 to f32
    %want = arith.addf %one, %f : f32
    %want2 = arith.addf %want, %f : f32
    %got = memref.load %host[%i] : memref<1024xf32>
    %ok = arith.cmpf oeq, %got, %want2 : f32
    %next = arith.addi %count, %c1 : index
    %r = arith.select %ok, %count, %next : index
    scf.yield %r : index
  }
  memref.dealloc %host : memref<1024xf32>
  %code = arith.index_cast %bad : index to i32
  return %code : i32
}
