// The read bandwidth of a buffer of BYTES bytes, read whole REPS times by
// OMP_NUM_THREADS threads (a static share each): the best pass, in GB/s.
// bench/decode.py runs it on a buffer the size of what a B = 1 decode step
// reads, which stays in the last-level cache as the step's cache does.
//
//   read_bandwidth BYTES REPS
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
  if (argc != 3)
    return 2;
  size_t bytes = (size_t)atol(argv[1]);
  int reps = atoi(argv[2]);
  size_t n = bytes / sizeof(float);
  float *a = aligned_alloc(64, n * sizeof(float));
#pragma omp parallel for schedule(static)
  for (size_t i = 0; i < n; ++i)
    a[i] = (float)(i % 1024);
  double best = 1e30, sink = 0;
  for (int r = 0; r < reps; ++r) {
    double t = now();
    float total = 0;
#pragma omp parallel for schedule(static) reduction(+ : total)
    for (size_t i = 0; i < n; ++i)
      total += a[i];
    t = now() - t;
    if (t < best)
      best = t;
    sink += total;
  }
  // The sum is printed so that the reads cannot be dropped.
  printf("%.1f GB/s (sum %g)\n", bytes / best * 1e-9, sink);
  return 0;
}
