#ifndef CUTBOOK_CPU_FEATURES_H
#define CUTBOOK_CPU_FEATURES_H

/// Whether the CPU running this process has AVX-512 Foundation, and with it 32 vector
/// registers of 16 floats: 1 on such an x86-64 CPU, 0 on any other CPU.
int cutbook_cpu_has_avx512f(void);

#endif
