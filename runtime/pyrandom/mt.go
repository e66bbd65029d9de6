package pyrandom

import (
	"math"
	"math/big"
	"math/bits"
)

// Mersenne Twister parameters, as in CPython's Modules/_randommodule.c.
const (
	mtN         = 624
	mtM         = 397
	matrixA     = 0x9908b0df // constant vector a
	upperMask   = 0x80000000 // most significant w-r bits
	lowerMask   = 0x7fffffff // least significant r bits
	initGenSeed = 19650218   // init_by_array's init_genrand seed
)

// DefaultSeed is the seed used where CPython would read os.urandom: by a
// Rand that was never seeded (New) and by SeedNone (random.seed() and
// random.seed(None)). A playground has to give the same output on every
// run, so this is a fixed int; it spells "aioplay" in ASCII. A program that
// calls random.seed(0x61696f706c6179) under CPython sees the same numbers
// as an unseeded program here.
const DefaultSeed = 0x61696f706c6179

// StateSize is the number of 32-bit words of twister state, the length of
// the tuple in Random.getstate()[1] minus its final position element.
const StateSize = mtN

// Rand is one random.Random instance: the MT19937 state and position of
// _random.Random plus the gauss_next attribute of random.Random. The zero
// Rand is ready to use and behaves as New() (it seeds itself with
// DefaultSeed on first use). A Rand is not safe for concurrent use, like
// everything else in an interpreter.
type Rand struct {
	mt [mtN]uint32
	// left counts the words of mt not yet used; CPython's index is
	// mtN-left. Counting down makes the zero Rand reach the regeneration
	// branch first, where the seeded check costs nothing on the fast path.
	left   int
	seeded bool

	// gaussNext mirrors Random.gauss_next: gauss() computes two normal
	// deviates at a time and keeps the second here. Seeding clears it.
	gaussNext    float64
	hasGaussNext bool
}

// New returns a Rand seeded with DefaultSeed, the deterministic stand-in
// for random.Random() seeding itself from os.urandom.
func New() *Rand {
	r := &Rand{}
	r.SeedNone()
	return r
}

// initGenrand mirrors init_genrand: it fills the state from one word.
func (r *Rand) initGenrand(s uint32) {
	mt := &r.mt
	mt[0] = s
	for i := 1; i < mtN; i++ {
		mt[i] = 1812433253*(mt[i-1]^(mt[i-1]>>30)) + uint32(i)
	}
	r.left = 0
	r.seeded = true
}

// initByArray mirrors init_by_array, which CPython uses for every seed,
// with key the little-endian 32-bit words of the seed (at least one).
func (r *Rand) initByArray(key []uint32) {
	r.initGenrand(initGenSeed)
	mt := &r.mt
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
	}
	mt[0] = 0x80000000 // MSB is 1, assuring a non-zero initial array
	r.hasGaussNext = false
	r.gaussNext = 0
}

// Uint32 returns the next 32-bit output of the twister (CPython's
// genrand_uint32). Every other function consumes the generator only
// through it.
func (r *Rand) Uint32() uint32 {
	mt := &r.mt
	if r.left == 0 {
		if !r.seeded {
			r.SeedNone()
		}
		// Generate mtN words at one time.
		var kk int
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (mt[kk] & upperMask) | (mt[kk+1] & lowerMask)
			mt[kk] = mt[kk+mtM] ^ (y >> 1) ^ (-(y & 1) & matrixA)
		}
		for ; kk < mtN-1; kk++ {
			y := (mt[kk] & upperMask) | (mt[kk+1] & lowerMask)
			mt[kk] = mt[kk+(mtM-mtN)] ^ (y >> 1) ^ (-(y & 1) & matrixA)
		}
		y := (mt[mtN-1] & upperMask) | (mt[0] & lowerMask)
		mt[mtN-1] = mt[mtM-1] ^ (y >> 1) ^ (-(y & 1) & matrixA)
		r.left = mtN
	}
	y := mt[mtN-r.left]
	r.left--
	// Tempering.
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// ---- seeding ----

// SeedNone mirrors random.seed() and random.seed(None). CPython reads
// os.urandom here; this package seeds with DefaultSeed instead, so that
// programs are reproducible.
func (r *Rand) SeedNone() {
	r.SeedUint64(DefaultSeed)
}

// SeedUint64 is SeedInt for a seed that fits in 64 bits, without
// allocating.
func (r *Rand) SeedUint64(a uint64) {
	lo, hi := uint32(a), uint32(a>>32)
	if hi == 0 {
		r.initByArray([]uint32{lo})
		return
	}
	r.initByArray([]uint32{lo, hi})
}

// SeedInt64 is SeedInt for a seed that fits in an int64: like CPython it
// uses the absolute value, so SeedInt64(-7) is SeedInt64(7).
func (r *Rand) SeedInt64(a int64) {
	u := uint64(a)
	if a < 0 {
		u = -u // two's complement negation is right even for MinInt64
	}
	r.SeedUint64(u)
}

// SeedInt mirrors random.seed(a) for an int a (bool included): the 32-bit
// words of abs(a), least significant first, seed init_by_array; 0 seeds
// with the single word 0. A nil a is treated as 0.
func (r *Rand) SeedInt(a *big.Int) {
	if a == nil || a.BitLen() <= 64 {
		var u uint64
		if a != nil {
			u = new(big.Int).Abs(a).Uint64()
		}
		r.SeedUint64(u)
		return
	}
	r.initByArray(wordsOf(a))
}

// wordsOf returns the little-endian 32-bit words of abs(a), at least one,
// as CPython's _PyLong_AsByteArray produces them for init_by_array.
func wordsOf(a *big.Int) []uint32 {
	n := (a.BitLen() + 31) / 32
	if n == 0 {
		n = 1
	}
	key := make([]uint32, n)
	// big.Int.Bits is little-endian in machine words of either size.
	i := 0
	for _, w := range a.Bits() {
		for s := 0; s < bits.UintSize && i < n; s += 32 {
			key[i] = uint32(uint64(w) >> s)
			i++
		}
	}
	return key
}

// SeedBytes mirrors random.seed(b) for bytes, bytearray and str (version
// 2, the default): the seed is int.from_bytes(b + sha512(b).digest(),
// 'big'). A str seeds with its UTF-8 encoding, so callers pass
// []byte(s). (CPython's str.encode() raises UnicodeEncodeError for lone
// surrogates; that check is the caller's.)
func (r *Rand) SeedBytes(b []byte) {
	sum := sum512(b)
	buf := make([]byte, 0, len(b)+len(sum))
	buf = append(buf, b...)
	buf = append(buf, sum[:]...)
	r.SeedInt(new(big.Int).SetBytes(buf))
}

// SeedVersion1 mirrors random.seed(a, version=1) for a str or bytes a,
// the narrower seeding of Python 2, given a's code points (for bytes,
// the byte values, as CPython decodes them as Latin-1).
func (r *Rand) SeedVersion1(codes []rune) {
	var x uint64
	if len(codes) > 0 {
		x = uint64(codes[0]) << 7
	}
	for _, c := range codes {
		x = (1000003 * x) ^ uint64(c)
	}
	x ^= uint64(len(codes))
	// CPython maps x == -1 to -2 here, but x is masked to 64 unsigned
	// bits and so never -1.
	r.SeedUint64(x)
}

// SeedFloat mirrors random.seed(f) for a float f. _random.Random.seed
// seeds non-int objects with their hash, cast to an unsigned 64-bit size_t:
// so seed(3.0) is seed(3), but seed(-3.0) is seed(2**64 - 3).
//
// NaN is the exception: since Python 3.10 hash(nan) depends on the
// object's address, so CPython's result is not reproducible. Here a NaN
// hashes to 0, its hash before 3.10.
func (r *Rand) SeedFloat(f float64) {
	r.SeedUint64(uint64(hashFloat(f)))
}

// Python's numeric hash works modulo the Mersenne prime 2**61 - 1.
const (
	hashBits    = 61
	hashModulus = 1<<hashBits - 1
	hashInf     = 314159
)

// hashFloat is Python's hash(float) (_Py_HashDouble): the value of f as
// an exact rational reduced modulo 2**61 - 1, so that equal ints and
// floats hash alike; -1 is reserved for errors and becomes -2.
func hashFloat(v float64) int64 {
	switch {
	case math.IsInf(v, 1):
		return hashInf
	case math.IsInf(v, -1):
		return -hashInf
	case math.IsNaN(v):
		return 0 // see SeedFloat
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	// Process 28 bits of the mantissa at a time, as CPython does.
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0 // 2**28
		e -= 28
		y := uint64(m) // the integer part
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	// Multiply by 2**e modulo the prime: a rotation of the 61 bits.
	if e >= 0 {
		e %= hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// ---- state ----

// State is the generator state exchanged by Random.getstate() and
// Random.setstate(): getstate() returns (3, tuple(MT) + (Pos,), gauss_next)
// with gauss_next None unless HasGaussNext.
type State struct {
	MT           [StateSize]uint32
	Pos          int // index of the next word to use, 0..StateSize
	GaussNext    float64
	HasGaussNext bool
}

// GetState returns a copy of the generator state (Random.getstate()).
func (r *Rand) GetState() State {
	if !r.seeded {
		r.SeedNone()
	}
	return State{MT: r.mt, Pos: mtN - r.left, GaussNext: r.gaussNext, HasGaussNext: r.hasGaussNext}
}

// SetState restores a state (Random.setstate()). The position must be
// 0..StateSize ("invalid state", as CPython checks). The rest of
// setstate's checks concern the Python tuple and are the caller's:
// "state with version %s passed to Random.setstate() of version 3"
// (ValueError; version 2 states have their words reduced modulo 2**32),
// "state vector is the wrong size" (ValueError, unless the tuple has
// StateSize+1 items), and word conversion errors (OverflowError "can't
// convert negative value to unsigned int"; larger words are truncated to
// 32 bits by CPython's cast).
func (r *Rand) SetState(s State) error {
	if s.Pos < 0 || s.Pos > mtN {
		return valueError("invalid state")
	}
	r.mt = s.MT
	r.left = mtN - s.Pos
	r.seeded = true
	r.gaussNext = s.GaussNext
	r.hasGaussNext = s.HasGaussNext
	return nil
}

// ---- raw bits ----

// Random mirrors random.random(): a float in [0.0, 1.0) with 53 random
// bits, built from two words exactly as CPython's genrand_res53.
func (r *Rand) Random() float64 {
	a := r.Uint32() >> 5
	b := r.Uint32() >> 6
	// Both steps are exact (a*2**26+b < 2**53; the scale is a power of
	// two), so no rounding or fusion question arises.
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// maxBits is the largest k getrandbits accepts: CPython converts k to a
// C int first.
const maxBits = math.MaxInt32

// checkBits reproduces getrandbits' argument errors.
func checkBits(k int) error {
	if k > maxBits || k < math.MinInt32 {
		return overflowError("Python int too large to convert to C int")
	}
	if k < 0 {
		return valueError("number of bits must be non-negative")
	}
	return nil
}

// GetRandBits64 is GetRandBits for k <= 64, without allocating. For k > 64
// it returns an error (use GetRandBits): a ValueError whose message is
// this package's, not CPython's.
func (r *Rand) GetRandBits64(k int) (uint64, error) {
	if err := checkBits(k); err != nil {
		return 0, err
	}
	if k > 64 {
		return 0, valueError("GetRandBits64: more than 64 bits requested")
	}
	return r.bits64(uint(k)), nil
}

// bits64 is getrandbits(k) for 0 <= k <= 64. Words fill the result from
// the least significant end; the last (most significant) word keeps only
// its top bits, as in CPython.
func (r *Rand) bits64(k uint) uint64 {
	switch {
	case k == 0:
		return 0
	case k <= 32:
		return uint64(r.Uint32() >> (32 - k))
	default:
		lo := uint64(r.Uint32())
		hi := uint64(r.Uint32() >> (64 - k))
		return hi<<32 | lo
	}
}

// GetRandBits mirrors random.getrandbits(k): a non-negative int with k
// random bits. k < 0 is a ValueError ("number of bits must be
// non-negative"), k beyond a C int an OverflowError; getrandbits(0) is 0.
func (r *Rand) GetRandBits(k int) (*big.Int, error) {
	if err := checkBits(k); err != nil {
		return nil, err
	}
	if k <= 64 {
		return new(big.Int).SetUint64(r.bits64(uint(k))), nil
	}
	return r.bigBits(k), nil
}

// bigBits is getrandbits(k) for k > 0 as a big.Int.
func (r *Rand) bigBits(k int) *big.Int {
	words := (k-1)/32 + 1
	const perWord = bits.UintSize / 32
	ws := make([]big.Word, (words+perWord-1)/perWord)
	for i := 0; i < words; i, k = i+1, k-32 {
		w := r.Uint32()
		if k < 32 {
			w >>= 32 - uint(k) // drop least significant bits
		}
		ws[i/perWord] |= big.Word(w) << (32 * uint(i%perWord))
	}
	return new(big.Int).SetBits(ws)
}

// RandBytes mirrors random.randbytes(n): getrandbits(n*8) as n
// little-endian bytes. Negative n is getrandbits' ValueError.
func (r *Rand) RandBytes(n int) ([]byte, error) {
	// CPython computes getrandbits(n * 8); check k as it would, without
	// overflowing the multiplication.
	if n > maxBits/8 || n < math.MinInt32/8 {
		return nil, overflowError("Python int too large to convert to C int")
	}
	if err := checkBits(n * 8); err != nil {
		return nil, err
	}
	out := make([]byte, n)
	for i := 0; i < n; i += 4 {
		w := r.Uint32()
		if rest := n - i; rest < 4 {
			// The last word of getrandbits keeps its top 8*rest bits.
			w >>= 32 - 8*uint(rest)
		}
		for j := 0; j < 4 && i+j < n; j++ {
			out[i+j] = byte(w >> (8 * j))
		}
	}
	return out, nil
}

// ---- _randbelow ----

// below64 is _randbelow_with_getrandbits(n) for 0 < n < 2**64: k =
// n.bit_length() bits, redrawn until below n.
func (r *Rand) below64(n uint64) uint64 {
	k := uint(bits.Len64(n))
	v := r.bits64(k)
	for v >= n {
		v = r.bits64(k)
	}
	return v
}

// belowBig is _randbelow_with_getrandbits(n) for any n > 0.
func (r *Rand) belowBig(n *big.Int) *big.Int {
	if n.IsUint64() {
		return new(big.Int).SetUint64(r.below64(n.Uint64()))
	}
	k := n.BitLen()
	v := r.bigBits(k)
	for v.Cmp(n) >= 0 {
		v = r.bigBits(k)
	}
	return v
}
