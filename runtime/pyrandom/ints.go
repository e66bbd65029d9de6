package pyrandom

import (
	"math"
	"math/big"
	"strconv"
)

// Messages of randrange, verbatim from random.py (3.11).
const (
	msgEmptyRange = "empty range for randrange()"
	msgZeroStep   = "zero step for randrange()"
	msgMissStop   = "Missing a non-None stop argument"
)

// emptyRangeError is the fast path's message, which shows its operands.
func emptyRangeError(start, stop, width string) error {
	return valueError(msgEmptyRange + " (" + start + ", " + stop + ", " + width + ")")
}

// smallRange bounds the operands for which RandRange64 computes in int64:
// with |start|, |stop|, |step| < 2**61, width + step cannot overflow.
const smallRange = 1 << 61

func isSmall(v int64) bool { return -smallRange < v && v < smallRange }

// RandRange64 is RandRange for int64 operands, without allocating when
// they are below 2**61 in magnitude (larger ones take the big.Int path;
// the result always fits, as it lies between start and stop). Pass step 1
// when randrange's step is not given.
func (r *Rand) RandRange64(start, stop, step int64, stopGiven bool) (int64, error) {
	if !stopGiven {
		// random.py checks "step is not _ONE"; an int 1 is that object.
		if step != 1 {
			return 0, typeError(msgMissStop)
		}
		if start > 0 {
			return int64(r.below64(uint64(start))), nil
		}
		return 0, valueError(msgEmptyRange)
	}
	if step == 1 {
		if stop > start {
			// The width is below 2**64 even when stop-start overflows
			// int64, and the wrapped sum is the right result.
			return start + int64(r.below64(uint64(stop)-uint64(start))), nil
		}
		if isSmall(start) && isSmall(stop) {
			return 0, emptyRangeError(strconv.FormatInt(start, 10), strconv.FormatInt(stop, 10),
				strconv.FormatInt(stop-start, 10))
		}
	} else if isSmall(start) && isSmall(stop) && isSmall(step) {
		width := stop - start
		var n int64
		switch {
		case step > 0:
			n = floorDiv(width+step-1, step)
		case step < 0:
			n = floorDiv(width+step+1, step)
		default:
			return 0, valueError(msgZeroStep)
		}
		if n <= 0 {
			return 0, valueError(msgEmptyRange)
		}
		return start + step*int64(r.below64(uint64(n))), nil
	}
	v, err := r.RandRange(big.NewInt(start), big.NewInt(stop), big.NewInt(step), true)
	if err != nil {
		return 0, err
	}
	return v.Int64(), nil
}

// floorDiv is Python's a // b for b != 0 (Go's / truncates toward zero).
func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// RandRange mirrors random.randrange(start, stop, step) for int operands:
// randrange(start) when !stopGiven (stop is then ignored). A nil step
// means step was not given (as does a step of 1); a nil start or stop is 0.
//
// Errors, verbatim from random.py: ValueError "empty range for
// randrange()" (a single argument <= 0, or an empty stepped range),
// ValueError "empty range for randrange() (start, stop, width)" (unit
// step), ValueError "zero step for randrange()", TypeError "Missing a
// non-None stop argument" (a step other than 1 without stop).
//
// Non-int arguments are the caller's: an int-valued float is accepted
// (with a DeprecationWarning "non-integer arguments to randrange() have
// been deprecated since Python 3.10 and will be removed in a subsequent
// version") and any other raises ValueError "non-integer arg 1 for
// randrange()" (or "non-integer stop for randrange()", "non-integer step
// for randrange()"), converted in the order start, stop, step, with the
// missing-stop check between start and stop.
func (r *Rand) RandRange(start, stop, step *big.Int, stopGiven bool) (*big.Int, error) {
	start, stop = orZero(start), orZero(stop)
	if step == nil {
		step = big.NewInt(1)
	}
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() &&
		isSmall(start.Int64()) && isSmall(stop.Int64()) && isSmall(step.Int64()) {
		v, err := r.RandRange64(start.Int64(), stop.Int64(), step.Int64(), stopGiven)
		if err != nil {
			return nil, err
		}
		return big.NewInt(v), nil
	}
	one := step.IsInt64() && step.Int64() == 1
	if !stopGiven {
		if !one {
			return nil, typeError(msgMissStop)
		}
		if start.Sign() > 0 {
			return r.belowBig(start), nil
		}
		return nil, valueError(msgEmptyRange)
	}
	width := new(big.Int).Sub(stop, start)
	if one {
		if width.Sign() > 0 {
			return width.Add(start, r.belowBig(width)), nil
		}
		return nil, emptyRangeError(start.String(), stop.String(), width.String())
	}
	n := new(big.Int)
	switch step.Sign() {
	case 1:
		n.Add(width, step).Sub(n, big.NewInt(1))
	case -1:
		n.Add(width, step).Add(n, big.NewInt(1))
	default:
		return nil, valueError(msgZeroStep)
	}
	pyFloorDiv(n, n, step)
	if n.Sign() <= 0 {
		return nil, valueError(msgEmptyRange)
	}
	v := r.belowBig(n)
	return v.Mul(v, step).Add(v, start), nil
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// pyFloorDiv sets z to Python's x // y (y != 0) and returns z.
func pyFloorDiv(z, x, y *big.Int) *big.Int {
	m := new(big.Int)
	z.DivMod(x, y, m) // Euclidean: m >= 0
	if m.Sign() != 0 && y.Sign() < 0 {
		// Euclidean division rounds toward -inf only for positive y;
		// for negative y its quotient is one above the floor.
		z.Sub(z, big.NewInt(1))
	}
	return z
}

// RandInt64 is RandInt for int64 bounds, without allocating when they
// are below 2**61 in magnitude.
func (r *Rand) RandInt64(a, b int64) (int64, error) {
	if b == math.MaxInt64 {
		v, err := r.RandInt(big.NewInt(a), big.NewInt(b))
		if err != nil {
			return 0, err
		}
		return v.Int64(), nil
	}
	return r.RandRange64(a, b+1, 1, true)
}

// RandInt mirrors random.randint(a, b), that is randrange(a, b+1): its
// only error is randrange's "empty range for randrange() (a, b+1,
// b+1-a)". Nil bounds are 0.
func (r *Rand) RandInt(a, b *big.Int) (*big.Int, error) {
	stop := new(big.Int).Add(orZero(b), big.NewInt(1))
	return r.RandRange(a, stop, nil, true)
}

// Choice mirrors random.choice(seq) for a sequence of length n: it
// returns the index CPython would pick. An empty sequence raises
// IndexError "Cannot choose from an empty sequence".
func (r *Rand) Choice(n int) (int, error) {
	if n <= 0 {
		return 0, indexError("Cannot choose from an empty sequence")
	}
	return int(r.below64(uint64(n))), nil
}

// Shuffle mirrors random.shuffle(x) for a list of length n, calling
// swap(i, j) for each exchange x[i], x[j] = x[j], x[i] in CPython's order
// (i from n-1 down to 1, sometimes with j == i).
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	for i := n - 1; i > 0; i-- {
		j := int(r.below64(uint64(i + 1)))
		swap(i, j)
	}
}

// linearSetMax is the sample size up to which Sample's selected set is a
// slice scanned linearly rather than a map: cheaper for the common small
// samples, and the order of draws is the same either way.
const linearSetMax = 16

// Sample mirrors random.sample(population, k) for a population of length
// n: it returns the k indices CPython selects, in selection order.
// ValueError "Sample larger than population or is negative" unless
// 0 <= k <= n.
//
// Like CPython it keeps a pool list when the population is small compared
// to the set it would need (n <= setsize, where setsize = 21, plus
// 4**ceil(log(3k, 4)) when k > 5) and otherwise redraws repeated picks.
// The ceiling is computed exactly in integers; random.py computes it with
// floating-point logarithms, which agree for every k below 4**25.
//
// The population's type check (TypeError "Population must be a sequence.
// For dicts or sets, use sorted(d).") is the caller's. The counts= form,
// sample(population, k, counts=c), is
// Sample(sum(c), k) followed by bisect_right(cumulative counts, index) for
// each index; its checks ("The number of counts does not match the
// population", "Counts must be integers", "Total of counts must be
// greater than zero") are the caller's.
func (r *Rand) Sample(n, k int) ([]int, error) {
	if k < 0 || k > n {
		return nil, valueError("Sample larger than population or is negative")
	}
	if k > maxCollection {
		return nil, memoryError()
	}
	result := make([]int, k)
	setsize := 21 // size of a small set minus size of an empty list
	if k > 5 {
		setsize += pow4Ceil(3 * k) // table size for big sets
	}
	if n <= setsize {
		// An n-length list is smaller than a k-length set.
		// Invariant: non-selected at pool[0 : n-i].
		pool := make([]int, n)
		for i := range pool {
			pool[i] = i
		}
		for i := 0; i < k; i++ {
			j := int(r.below64(uint64(n - i)))
			result[i] = pool[j]
			pool[j] = pool[n-i-1] // move non-selected item into vacancy
		}
		return result, nil
	}
	var selected map[int]struct{}
	if k > linearSetMax {
		selected = make(map[int]struct{}, k)
	}
	for i := 0; i < k; i++ {
		j := int(r.below64(uint64(n)))
		for contains(result[:i], selected, j) {
			j = int(r.below64(uint64(n)))
		}
		if selected != nil {
			selected[j] = struct{}{}
		}
		result[i] = j
	}
	return result, nil
}

// contains reports whether j was already selected, from the map when
// there is one and otherwise by scanning the selections so far.
func contains(sofar []int, set map[int]struct{}, j int) bool {
	if set != nil {
		_, ok := set[j]
		return ok
	}
	for _, s := range sofar {
		if s == j {
			return true
		}
	}
	return false
}

// pow4Ceil returns 4**ceil(log4(x)) for x >= 1: the smallest power of 4
// not below x.
func pow4Ceil(x int) int {
	p := 1
	for p < x {
		p *= 4
	}
	return p
}

// Choices mirrors random.choices(population, weights, cum_weights=..., k=...)
// for a population of length n, returning the k indices CPython selects.
// A nil slice means the argument was not given (None); an empty non-nil
// slice is an empty list.
//
// Without weights each index is floor(random() * n). With weights, the
// cumulative weights are their running float sums, and each index is
// bisect_right(cum_weights, random() * total, 0, n-1). Errors, in
// CPython's order: TypeError "Cannot specify both weights and cumulative
// weights", ValueError "The number of weights does not match the
// population", IndexError for an empty population with weights (from
// cum_weights[-1]), ValueError "Total of weights must be greater than
// zero", ValueError "Total of weights must be finite". k <= 0 gives no
// indices.
//
// The IndexErrors carry "list index out of range", the message for a list
// (of weights, or population). For an empty population without weights
// CPython consumes one random() and then fails indexing the population,
// whose type decides the message ("tuple index out of range", "range
// object index out of range", ...): callers holding another sequence type
// substitute their own. Float weights are taken as given; integer weights
// beyond 2**53, which CPython sums exactly, are the caller's to convert.
// A positional int for weights is the caller's TypeError "The number of
// choices must be a keyword argument: k=5".
func (r *Rand) Choices(n int, weights, cumWeights []float64, k int) ([]int, error) {
	if cumWeights == nil {
		if weights == nil {
			if k <= 0 {
				return []int{}, nil
			}
			if k > maxCollection {
				return nil, memoryError()
			}
			nf := float64(n)
			out := make([]int, k)
			for i := range out {
				// random() < 1 and nf <= 2**63, so the floor fits in an
				// int64; it can still reach n when float64(n) rounded up.
				idx := int64(math.Floor(r.Random() * nf))
				if idx >= int64(n) {
					return nil, indexError(msgListIndex)
				}
				out[i] = int(idx)
			}
			return out, nil
		}
		cumWeights = make([]float64, len(weights))
		var sum float64
		for i, w := range weights {
			if i == 0 {
				sum = w
			} else {
				sum += w
			}
			cumWeights[i] = sum
		}
	} else if weights != nil {
		return nil, typeError("Cannot specify both weights and cumulative weights")
	}
	if len(cumWeights) != n {
		return nil, valueError("The number of weights does not match the population")
	}
	if n == 0 {
		return nil, indexError(msgListIndex)
	}
	total := cumWeights[n-1] + 0.0
	if total <= 0.0 {
		return nil, valueError("Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return nil, valueError("Total of weights must be finite")
	}
	if k <= 0 {
		return []int{}, nil
	}
	if k > maxCollection {
		return nil, memoryError()
	}
	out := make([]int, k)
	hi := n - 1
	for i := range out {
		out[i] = bisectRight(cumWeights, r.Random()*total, 0, hi)
	}
	return out, nil
}

// bisectRight is bisect.bisect_right(a, x, lo, hi), with Python's float
// comparison (a NaN compares false, so it moves lo up).
func bisectRight(a []float64, x float64, lo, hi int) int {
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if x < a[mid] {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
