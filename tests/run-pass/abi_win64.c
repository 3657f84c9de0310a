// The C side of abi_win64.rs: functions in the Windows x64 convention (GCC's `ms_abi`),
// called from Rust's `extern "win64"`, and calling Rust's `extern "win64"` functions.
#include <stdint.h>

#if defined(__x86_64__)
#include <stdarg.h>

struct Pair {
    int32_t a;
    int32_t b;
};

struct Big {
    int64_t a, b, c;
};

__attribute__((ms_abi)) int64_t rust_win64_mix(int8_t a, double b, int64_t c, float d, int64_t e,
                                               double f, struct Pair g, struct Big h);
__attribute__((ms_abi)) struct Big rust_win64_big(int64_t x);

__attribute__((ms_abi)) double c_win64_mix(int8_t a, double b, int64_t c, float d, int64_t e,
                                           double f, struct Pair g, struct Big h) {
    return a + b * 2 + (double)c * 3 + d * 4 + (double)e * 5 + f * 6 + g.a * 7 + g.b * 8 +
           (double)(h.a * 9 + h.b * 10 + h.c * 11);
}

__attribute__((ms_abi)) struct Big c_win64_big(int64_t x, struct Big y) {
    struct Big out = {x + y.c, y.b * 2, y.a - x};
    return out;
}

// Variadic in the Windows convention: the variadic arguments are read from the spilled
// argument registers and the stack, floating-point ones from the integer registers.
__attribute__((ms_abi)) double c_win64_variadic(int count, ...) {
    __builtin_ms_va_list ap;
    __builtin_ms_va_start(ap, count);
    double total = 0;
    for (int i = 0; i < count; i++) {
        if (i % 2 == 0) {
            total += __builtin_va_arg(ap, double);
        } else {
            total += __builtin_va_arg(ap, int64_t) * 0.5;
        }
    }
    __builtin_ms_va_end(ap);
    return total;
}

int64_t c_calls_rust_win64(void) {
    struct Pair g = {-3, 4};
    struct Big h = {5, 6, 7};
    struct Big big = rust_win64_big(11);
    return rust_win64_mix(1, 2.5, 3, 4.5f, 5, 6.5, g, h) * 1000 + big.a + big.b + big.c;
}
#endif
