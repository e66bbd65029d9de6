package py

import "testing"

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
