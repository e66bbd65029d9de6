package py

// Is reports whether a and b are the same object (Python's `is`).
//
// Go's == on interfaces panics when both hold the same uncomparable type
// (Tuple is a slice), so every identity test in the VM goes through here.
// Two tuples are the same object when they share their backing array.
// Equal ints, floats and strs compare as identical, which CPython allows
// (identity of immutable values is implementation-defined).
func Is(a, b Object) bool {
	if x, ok := a.(Tuple); ok {
		y, ok := b.(Tuple)
		if !ok || len(x) != len(y) {
			return false
		}
		return len(x) == 0 || &x[0] == &y[0]
	}
	if _, ok := b.(Tuple); ok {
		return false
	}
	return a == b
}
