// Package pyrandom is CPython 3.11's random module core, written in Go and
// independent of any Python value representation: the interpreter wraps
// it, converting Python ints, floats and sequences to the Go types used
// here and Error values back into Python exceptions.
//
// # Model
//
// A Rand is one random.Random instance: the 624-word Mersenne Twister
// (MT19937) state of CPython's _random module, the read position in it,
// and Random.gauss's cached second value. Everything else in random.py is
// arithmetic over three primitives, mirrored here one to one:
//
//   - genrand_uint32: the next 32-bit word of the twister (Uint32);
//   - random(): 53 bits from two words, (a*2**26 + b) / 2**53 (Random);
//   - getrandbits(k): k bits from ceil(k/32) words, least significant
//     word first, the last word shifted right (GetRandBits);
//
// and _randbelow_with_getrandbits (getrandbits(n.bit_length()) until the
// value is below n), on which randrange, randint, choice, shuffle and
// sample are built. Because the same primitives are consumed in the same
// order, every function returns bit for bit what CPython 3.11 returns for
// the same seed and the same call sequence.
//
// Sequences never enter this package: Choice, Shuffle, Sample and Choices
// take a length and return indices (or call a swap function), in exactly
// the order CPython would index or swap the population, so the caller
// applies them to its own list, tuple, range or string.
//
// # Seeding
//
// Seeds follow Random.seed (version 2) and _random.Random.seed: an int
// seeds init_by_array with the 32-bit words of its absolute value, least
// significant first; str and bytes become the int
// int.from_bytes(b + sha512(b).digest(), 'big'); a float is seeded by its
// hash, which CPython reinterprets as an unsigned 64-bit number (so
// seed(-2.5) is not seed(2.5), while seed(-3) is seed(3)).
//
// CPython seeds from os.urandom when the seed is None or missing. A
// playground must be reproducible, so here both a never-seeded Rand and
// SeedNone use the single constant DefaultSeed: output of an unseeded
// program is the same on every run (and equals CPython's after
// random.seed(DefaultSeed)).
//
// # Floating point
//
// The real-valued distributions call log, exp, sin, cos, acos and pow.
// Go's math package is not glibc's libm: measured on the inputs gauss()
// produces, 7% of math.Log results and 27% of math.Cos results differ in
// the last bit from what CPython prints, and Go's amd64 assembly and its
// portable code (used by WebAssembly) disagree with each other. This
// package therefore carries its own elementary functions (libm.go),
// evaluated in double-double arithmetic and rounded once, so they are
// correctly rounded except with negligible probability, and identical on
// every GOARCH. glibc's own functions are not correctly rounded either
// (about 0.1% of its log, exp, sin, cos, acos and pow results are off by
// one ulp), so a distribution value can still differ from CPython's in
// its last bit: 6 of the 3,714 transcendental values in the golden files
// do. random(), the integer and sequence functions, uniform, triangular
// and choices use only exact or correctly rounded IEEE operations and
// always match; so does normalvariate's result (log only decides its
// rejection test, which a last-bit difference could flip only when both
// sides are within an ulp of each other).
//
// Expressions of the form a + b*c are written with an explicit float64
// conversion of the product, a + float64(b*c): Go may otherwise fuse them
// into one FMA instruction on some architectures (arm64, ppc64, s390x),
// rounding differently from CPython, which never fuses.
//
// # Errors
//
// Failing calls return an *Error naming the Python exception class and
// carrying CPython 3.11's message, for example
// &Error{Type: "ValueError", Msg: "empty range for randrange() (0, 0, 0)"}.
// Argument type conversions (float arguments to randrange, a positional k
// to choices, unhashable seeds) are the caller's part, since they depend on
// Python values; their messages are listed on the functions concerned.
//
// This package never panics, uses no global mutable state, no clock, no
// goroutines and no operating-system randomness.
package pyrandom
