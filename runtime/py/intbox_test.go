package py

import (
	"runtime"
	"testing"
)

// BoxInt's values must be indistinguishable from converted Ints.
func TestBoxInt(t *testing.T) {
	for _, v := range []Int{smallIntMin - 1, smallIntMin, -1, 0, 1, 255, 256, 1000, smallIntMin + smallIntCount - 1, smallIntMin + smallIntCount, 1 << 40} {
		o := BoxInt(v)
		if o != Object(v) {
			t.Fatalf("BoxInt(%d) != Object(%d)", v, v)
		}
		x, ok := o.(Int)
		if !ok || x != v {
			t.Fatalf("BoxInt(%d) holds %v (%T)", v, o, o)
		}
		if o.Type() != IntType {
			t.Fatalf("BoxInt(%d).Type() = %v", v, o.Type())
		}
		switch o.(type) {
		case Int:
		default:
			t.Fatalf("type switch misses BoxInt(%d)", v)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _ = BoxInt(12345) }); n != 0 {
		t.Fatalf("BoxInt allocates %v times", n)
	}
}

// newStrObject's strings must be ordinary strs, and survive collections.
func TestNewStrObject(t *testing.T) {
	var keep []Object
	for i := 0; i < 1000; i++ {
		o, b := newStrObject(i % 37)
		for j := range b {
			b[j] = byte('a' + (i+j)%26)
		}
		keep = append(keep, o)
	}
	runtime.GC()
	for i, o := range keep {
		s, ok := o.(Str)
		if !ok || len(s) != i%37 {
			t.Fatalf("%d: %T %q", i, o, o)
		}
		for j := 0; j < len(s); j++ {
			if s[j] != byte('a'+(i+j)%26) {
				t.Fatalf("%d: %q", i, s)
			}
		}
		if o != Object(Str(string(s))) {
			t.Fatalf("%d: not equal to a converted Str", i)
		}
	}
}
