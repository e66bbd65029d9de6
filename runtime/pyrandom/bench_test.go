package pyrandom

import (
	"math/big"
	"testing"
)

func BenchmarkRandom(b *testing.B) {
	r := New()
	for i := 0; i < b.N; i++ {
		r.Random()
	}
}

func BenchmarkRandInt64(b *testing.B) {
	r := New()
	for i := 0; i < b.N; i++ {
		_, _ = r.RandInt64(1, 10)
	}
}

func BenchmarkRandIntBig(b *testing.B) {
	r := New()
	lo, hi := big.NewInt(1), big.NewInt(10)
	for i := 0; i < b.N; i++ {
		_, _ = r.RandInt(lo, hi)
	}
}

func BenchmarkRandIntHuge(b *testing.B) {
	r := New()
	hi := new(big.Int).Lsh(big.NewInt(1), 100)
	for i := 0; i < b.N; i++ {
		_, _ = r.RandInt(big.NewInt(0), hi)
	}
}

func BenchmarkChoice(b *testing.B) {
	r := New()
	for i := 0; i < b.N; i++ {
		_, _ = r.Choice(7)
	}
}

func BenchmarkShuffle52(b *testing.B) {
	r := New()
	x := make([]int, 52)
	swap := func(i, j int) { x[i], x[j] = x[j], x[i] }
	for i := 0; i < b.N; i++ {
		r.Shuffle(len(x), swap)
	}
}

func BenchmarkSample(b *testing.B) {
	r := New()
	for i := 0; i < b.N; i++ {
		_, _ = r.Sample(1000, 10)
	}
}

func BenchmarkGauss(b *testing.B) {
	r := New()
	for i := 0; i < b.N; i++ {
		r.Gauss(0, 1)
	}
}

func BenchmarkExpoVariate(b *testing.B) {
	r := New()
	for i := 0; i < b.N; i++ {
		_, _ = r.ExpoVariate(1)
	}
}

func BenchmarkGammaVariate(b *testing.B) {
	r := New()
	for i := 0; i < b.N; i++ {
		_, _ = r.GammaVariate(0.5, 1)
	}
}
