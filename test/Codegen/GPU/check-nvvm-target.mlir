// The NVVM target options are checked together before any work. A PTX
// version too old for the chip would make LLVM kill the process; an unknown
// format would make gpu-module-to-binary report it and exit 0.
// RUN: infini-opt %s -infini-check-nvvm-target="chip=sm_90 features=+ptx80" | FileCheck %s --check-prefix=OK
// RUN: infini-opt %s -infini-check-nvvm-target="chip=sm_100a features=+ptx86,+fast" | FileCheck %s --check-prefix=OK
// RUN: infini-opt %s -infini-check-nvvm-target="chip=sm_120" | FileCheck %s --check-prefix=OK
// RUN: not infini-opt %s -infini-check-nvvm-target="chip=sm_100a features=+ptx80" 2>&1 | FileCheck %s --check-prefix=OLD
// RUN: not infini-opt %s -infini-check-nvvm-target="chip=sm_120 features=+ptx86" 2>&1 | FileCheck %s --check-prefix=OLD120
// RUN: not infini-opt %s -infini-check-nvvm-target="chip=sm_90a features=+ptx78" 2>&1 | FileCheck %s --check-prefix=OLD90A
// RUN: not infini-opt %s -infini-check-nvvm-target="chip=gfx90a" 2>&1 | FileCheck %s --check-prefix=CHIP
// RUN: not infini-opt %s -infini-check-nvvm-target="chip=sm_99" 2>&1 | FileCheck %s --check-prefix=CHIP99
// RUN: not infini-opt %s -infini-check-nvvm-target="format=garbage" 2>&1 | FileCheck %s --check-prefix=FORMAT
// `offload` is not one of upstream's names either (`offloading` is): its
// gpu.binary did not parse again.
// RUN: not infini-opt %s -infini-check-nvvm-target="format=offload" 2>&1 | FileCheck %s --check-prefix=OFFLOAD
// RUN: infini-opt %s -infini-check-nvvm-target="format=offloading" | FileCheck %s --check-prefix=OK
// RUN: not infini-opt %s -infini-check-nvvm-target="opt-level=4" 2>&1 | FileCheck %s --check-prefix=OPT
// RUN: not infini-opt %s -infini-check-nvvm-target="max-shared-memory=-1" 2>&1 | FileCheck %s --check-prefix=SHARED

// OK: module
// OLD: error: chip=sm_100a needs PTX 8.6 or newer, but features=+ptx80 asks for PTX 8.0: pass features=+ptx86 (or newer), or no features to get that
// OLD120: error: chip=sm_120 needs PTX 8.7 or newer, but features=+ptx86 asks for PTX 8.6: pass features=+ptx87 (or newer)
// The default is at least PTX 8.0, which CUDA 13's ptxas needs.
// OLD90A: error: chip=sm_90a needs PTX 8.0 or newer, but features=+ptx78 asks for PTX 7.8: pass features=+ptx80 (or newer)
// CHIP: error: chip=gfx90a is not an NVIDIA architecture LLVM's NVPTX backend knows (sm_XX, sm_XXa or sm_XXf, e.g. sm_90, sm_90a, sm_100a)
// CHIP99: error: chip=sm_99 is not an NVIDIA architecture
// FORMAT: error: format=garbage is not a kernel binary format: fatbin, bin (cubin), isa (PTX) or offloading (LLVM IR)
// OFFLOAD: error: format=offload is not a kernel binary format
// OPT: error: opt-level=4 is out of range: 0 to 3
// SHARED: error: max-shared-memory=-1 must be at least 0 (0: the chip's opt-in maximum)
module {
}
