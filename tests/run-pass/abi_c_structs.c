// The C side of abi_c_structs.rs: for each shape, a function that changes a value of it and
// returns it, and one that calls a Rust function with a value and returns what it got back.
#include <stdint.h>

typedef struct { float a, b; } F2;
typedef struct { double a, b; } D2;
typedef struct { double d; int32_t i; } DI;
typedef struct { int32_t i; double d; } ID;
typedef struct { float a, b, c, d; } F4;
typedef struct { double a, b, c; } D3;
typedef struct { uint8_t a, b, c; } S3;
typedef struct { int32_t a, b, c; } S12;
typedef struct { float f; } F1;
typedef struct { double d; } D1;
typedef struct { int64_t a; int64_t b; int64_t c; int64_t d; } Big;
typedef struct { uint8_t tag; int16_t half; int32_t word; } Mixed;

#define SHAPE(T, CHANGE)                                              \
    T c_change_##T(T v) { CHANGE; return v; }                          \
    T c_call_rust_##T(T (*f)(T), T v) { v = f(v); CHANGE; return v; }    \
    T c_second_##T(int32_t i, double d, T v, int32_t j) {              \
        (void)i; (void)d; (void)j; CHANGE; return v;                   \
    }

SHAPE(F2, v.a += 1.5f; v.b *= 2.0f)
SHAPE(D2, v.a += 1.5; v.b *= 2.0)
SHAPE(DI, v.d -= 0.25; v.i += 7)
SHAPE(ID, v.i -= 3; v.d *= -1.0)
SHAPE(F4, v.a += 1; v.b += 2; v.c += 3; v.d += 4)
SHAPE(D3, v.a *= 3; v.b *= 5; v.c *= 7)
SHAPE(S3, v.a += 1; v.b ^= 0xff; v.c = (uint8_t)(v.c * 3))
SHAPE(S12, v.a = -v.a; v.b += 100; v.c *= 2)
SHAPE(F1, v.f = v.f * 4.0f - 1.0f)
SHAPE(D1, v.d = v.d / 8.0 + 2.0)
SHAPE(Big, v.a += 1; v.b += 2; v.c += 3; v.d += 4)
SHAPE(Mixed, v.tag ^= 1; v.half = (int16_t)(v.half - 1000); v.word *= -3)

__int128 c_wide(int32_t i, __int128 a, __int128 b) { return (a << 3) - b + i; }
__int128 c_call_rust_wide(__int128 (*f)(int32_t, __int128, __int128), __int128 a, __int128 b) {
    return f(5, a, b) * 3;
}

int64_t c_narrow(int8_t a, uint8_t b, int16_t c, uint16_t d, int32_t e, uint32_t f, _Bool g) {
    return (int64_t)a * 1000000 + (int64_t)b * 10000 + c + d + e + (int64_t)f + (g ? 1 : 0);
}
int64_t c_call_rust_narrow(int64_t (*fn)(int8_t, uint8_t, int16_t, uint16_t, int32_t, uint32_t, _Bool)) {
    return fn(-100, 200, -30000, 60000, -2000000000, 4000000000u, 1);
}

double c_spill(double d0, int64_t i0, double d1, int64_t i1, double d2, int64_t i2, double d3,
               int64_t i3, double d4, int64_t i4, double d5, int64_t i5, double d6, int64_t i6,
               double d7, int64_t i7, double d8, int64_t i8, float f9, int32_t i9, F2 s, D1 t) {
    return d0 + 2 * d1 + 3 * d2 + 4 * d3 + 5 * d4 + 6 * d5 + 7 * d6 + 8 * d7 + 9 * d8
        + 10 * (double)f9 + (double)(i0 - i1 + i2 - i3 + i4 - i5 + i6 - i7 + i8 - i9)
        + 100 * (double)s.a + 1000 * (double)s.b + t.d;
}

typedef double (*spill_fn)(double, int64_t, double, int64_t, double, int64_t, double, int64_t,
                           double, int64_t, double, int64_t, double, int64_t, double, int64_t,
                           double, int64_t, float, int32_t, F2, D1);
double c_call_rust_spill(spill_fn f) {
    F2 s = {0.25f, 0.75f};
    D1 t = {-1000.0};
    return f(0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9, 9.5f, 10, s, t);
}

// Seven doubles leave one SIMD register on AArch64: the F4 after them goes to the stack whole,
// and so does every floating-point argument after it.
double c_partial(double d0, double d1, double d2, double d3, double d4, double d5, double d6,
                 F4 s, double after, F1 f, int32_t i) {
    return d0 + d1 + d2 + d3 + d4 + d5 + 10 * d6 + 100 * s.a + 200 * s.b + 300 * s.c
        + 400 * s.d + 1000 * after + 10000 * f.f + 100000 * i;
}
typedef double (*partial_fn)(double, double, double, double, double, double, double, F4, double,
                             F1, int32_t);
double c_call_rust_partial(partial_fn f) {
    F4 s = {1, 2, 3, 4};
    F1 one = {0.5f};
    return f(1, 2, 3, 4, 5, 6, 7, s, 8, one, 9);
}
