// The C side of c_variadic_definitions.rs: C calling the Rust functions defined with `...`
// parameters, and C functions taking the `va_list` of a Rust one.
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

int64_t rust_sum_ints(int count, ...);
double rust_mixed(int count, ...);
int64_t rust_many(int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f,
                  double x0, double x1, double x2, double x3, double x4, double x5,
                  double x6, double x7, double x8, ...);
int64_t rust_sum_twice(int count, ...);
int64_t rust_vsum(int count, va_list ap);

// Each argument: 'i' an int, 'l' an int64_t, 'd' a double, 's' a string (its length counts).
double c_average_of(const char *kinds, ...) {
    va_list ap;
    va_start(ap, kinds);
    double total = 0;
    size_t n = strlen(kinds);
    for (size_t i = 0; i < n; i++) {
        switch (kinds[i]) {
        case 'i': total += va_arg(ap, int); break;
        case 'l': total += (double)va_arg(ap, int64_t); break;
        case 'd': total += va_arg(ap, double); break;
        case 's': total += (double)strlen(va_arg(ap, const char *)); break;
        }
    }
    va_end(ap);
    return n ? total / (double)n : 0;
}

// A Rust function reading the `va_list` of this C one.
int64_t c_forward_to_rust(int count, ...) {
    va_list ap;
    va_start(ap, count);
    int64_t sum = rust_vsum(count, ap);
    va_end(ap);
    return sum;
}

void c_calls_rust(void) {
    printf("C: rust_sum_ints: %lld\n", (long long)rust_sum_ints(3, 10, -20, 30));
    printf("C: rust_sum_ints of 12: %lld\n",
           (long long)rust_sum_ints(12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    printf("C: rust_mixed: %.4f\n", rust_mixed(4, 1.25, 7, 2.5, -3));
    printf("C: rust_mixed of 20: %.4f\n",
           rust_mixed(20, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5,
                      9, 9.5, 10));
    printf("C: rust_many: %lld\n",
           (long long)rust_many(1, 2, 3, 4, 5, 6, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5,
                                (int64_t)100, 0.25, (int64_t)200, 0.75));
    printf("C: rust_sum_twice: %lld\n", (long long)rust_sum_twice(5, 1, 2, 3, 4, 5));
    printf("C: c_forward_to_rust: %lld\n", (long long)c_forward_to_rust(7, 7, 6, 5, 4, 3, 2, 1));
    fflush(stdout);
}
