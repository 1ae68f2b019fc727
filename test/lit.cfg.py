# -*- Python -*-
import os

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "INFINI"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test"]
config.excludes = ["CMakeLists.txt", "Inputs", "README.md", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.infini_obj_root, "test")

# Debian puts LLVM 14 tools first on PATH: resolve FileCheck, not, count,
# split-file, mlir-opt... from the LLVM 22 that the project was built against.
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
llvm_config.with_environment("PATH", config.infini_tools_dir, append_path=True)
llvm_config.use_default_substitutions()

# lit starts tests with a clean environment; the NVIDIA tests need to find the
# CUDA toolkit (MLIR's NVVM serializer looks for ptxas and libdevice there).
llvm_config.with_system_environment(["CUDA_ROOT", "CUDA_HOME", "CUDA_PATH"])
if config.cuda_root:
    # Built with the runtime: the toolkit is there for the compile-only tests.
    config.available_features.add("cuda-toolkit")
    if not any(v in config.environment for v in ("CUDA_ROOT", "CUDA_HOME", "CUDA_PATH")):
        config.environment["CUDA_HOME"] = config.cuda_root
    config.substitutions.append(
        ("%ptxas", os.path.join(config.cuda_root, "bin", "ptxas")))
    # Execution needs a device and its driver.
    import subprocess
    try:
        if subprocess.run(["nvidia-smi", "-L"], capture_output=True,
                          timeout=30).returncode == 0:
            config.available_features.add("cuda-gpu")
    except (OSError, subprocess.SubprocessError):
        pass
config.substitutions.append(("%infini_lib_dir", config.infini_lib_dir))
# The plugin for upstream mlir-opt (built when linking against libMLIR.so).
plugin = os.path.join(config.infini_lib_dir, "InfiniPlugin.so")
if os.path.exists(plugin):
    config.available_features.add("infini-plugin")

# Code compiled for an AVX2 CPU (target-cpu=haswell) runs only on hosts that
# have AVX2 and FMA.
try:
    with open("/proc/cpuinfo") as cpuinfo:
        flags = next((l.split(":", 1)[1].split() for l in cpuinfo
                      if l.startswith("flags")), [])
except OSError:
    flags = []
if "avx2" in flags and "fma" in flags:
    config.available_features.add("host-avx2")
config.substitutions.append(("%infini_plugin", plugin))

config.substitutions.append(("%infini_src_root", config.infini_src_root))
# Runtime libraries for tests that execute with mlir-runner (printMemrefF32).
config.substitutions.append(
    ("%mlir_runner_utils", os.path.join(config.llvm_lib_dir, "libmlir_runner_utils.so")))
config.substitutions.append(
    ("%mlir_c_runner_utils", os.path.join(config.llvm_lib_dir, "libmlir_c_runner_utils.so")))
# The OpenMP runtime that parallel kernels (infini-lower-to-cpu{parallel}) call.
config.substitutions.append(("%libomp", os.path.join(config.llvm_lib_dir, "libomp.so")))
config.substitutions.append(("%infini_obj_root", config.infini_obj_root))

tools = [
    ToolSubst("infini-opt", unresolved="fatal"),
    ToolSubst("infini-demo", unresolved="fatal"),
    ToolSubst("infini-generate", unresolved="fatal"),
    ToolSubst("infini-lsp-server", unresolved="fatal"),
    ToolSubst("infini-stream", unresolved="fatal"),
    ToolSubst("mlir-opt", unresolved="fatal"),
    ToolSubst("mlir-runner", unresolved="fatal"),
    ToolSubst("mlir-translate", unresolved="fatal"),
    ToolSubst("llc", unresolved="fatal"),
    ToolSubst("llvm-readelf", unresolved="fatal"),
    ToolSubst("%clangxx", os.path.join(config.llvm_tools_dir, "clang++"), unresolved="fatal"),
]
# The libFuzzer harness (tools/infini-fuzz), built where clang has libFuzzer.
if config.infini_build_fuzz:
    config.available_features.add("infini-fuzz")
    tools.append(ToolSubst("infini-fuzz", unresolved="fatal"))
llvm_config.add_tool_substitutions(
    tools, [config.infini_tools_dir, config.llvm_tools_dir]
)
