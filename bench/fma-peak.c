// The machine's FMA peak, the ceiling next to sgemm in docs/performance.md:
// every thread runs 16 independent chains of 16-lane multiply-adds (no
// loads, no dependences the FMA latency cannot hide); GFLOP/s counts 2 per
// lane. Vectors are GCC's 64-byte vectors, so -march=native issues AVX-512
// FMAs where the CPU has them and pairs of AVX2 ones otherwise.
//
//   cc -O2 -march=native -fopenmp bench/fma-peak.c -o fma-peak
//   OMP_NUM_THREADS=2 ./fma-peak
#include <omp.h>
#include <stdio.h>

typedef float v16 __attribute__((vector_size(64)));

int main(void) {
  const long steps = 12500000;
  double best = 0;
  for (int round = 0; round < 5; ++round) {
    double t0 = omp_get_wtime();
    float sink = 0;
#pragma omp parallel reduction(+ : sink)
    {
      v16 acc[16], x, y;
      for (int i = 0; i < 16; ++i)
        for (int l = 0; l < 16; ++l)
          acc[i][l] = 1e-3f * i;
      for (int l = 0; l < 16; ++l) {
        x[l] = 0.999f;
        y[l] = 1e-4f;
      }
      for (long s = 0; s < steps; ++s)
#pragma GCC unroll 16
        for (int i = 0; i < 16; ++i)
          acc[i] = acc[i] * x + y;
      for (int i = 0; i < 16; ++i)
        for (int l = 0; l < 16; ++l)
          sink += acc[i][l];
    }
    double seconds = omp_get_wtime() - t0;
    double gflops = 2.0 * 16 * 16 * steps * omp_get_max_threads() / seconds / 1e9;
    if (gflops > best)
      best = gflops;
    printf("%.1f GFLOP/s (checksum %g)\n", gflops, sink);
  }
  printf("best of 5: %.1f GFLOP/s on %d threads\n", best, omp_get_max_threads());
  return 0;
}
