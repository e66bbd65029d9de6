package py

// Sorting: a port of CPython 3.11's list.sort (Objects/listobject.c), an
// adaptive, stable natural merge sort ("timsort" with the powersort merge
// policy): runs are found and extended to minrun by binary insertion,
// merged with galloping, and the merge order is chosen by run "power".
//
// Any stable sort gives the same result when the comparisons are a
// consistent total order, so why port the algorithm? Because scripts can
// tell the difference when they are not: a list holding NaNs, a __lt__
// that prints or counts its calls, a key that raises halfway through. The
// same algorithm makes the same comparisons in the same order, so all of
// those behave as in CPython, including the order the list is left in
// when a comparison raises (the first error stops the sort at once; no
// further Python code runs).

// minGallopInit is MIN_GALLOP: galloping starts after this many wins in a
// row by the same run.
const minGallopInit = 7

// sortSlice is a pair of parallel arrays: the keys compared and, when a key
// function was given, the values that move with them (nil otherwise).
type sortSlice struct {
	k, v []Object
}

func (s sortSlice) copy1(di int, src sortSlice, si int) {
	s.k[di] = src.k[si]
	if s.v != nil {
		s.v[di] = src.v[si]
	}
}

// copyN moves n entries; Go's copy handles overlap like memmove.
func (s sortSlice) copyN(di int, src sortSlice, si, n int) {
	copy(s.k[di:di+n], src.k[si:si+n])
	if s.v != nil {
		copy(s.v[di:di+n], src.v[si:si+n])
	}
}

func (s sortSlice) reverse(lo, hi int) {
	reverseObjects(s.k[lo:hi])
	if s.v != nil {
		reverseObjects(s.v[lo:hi])
	}
}

// reverseObjects reverses a slice in place.
func reverseObjects(a []Object) {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
}

// sortRun is an entry of the pending-runs stack.
type sortRun struct {
	base, len, power int
}

// mergeState is CPython's MergeState.
type mergeState struct {
	th        *Thread
	main      sortSlice
	tmp       sortSlice
	minGallop int
	pending   []sortRun
}

// lt is ISLT: keys[x] < keys[y] by Python's <.
func (ms *mergeState) lt(x, y Object) (bool, error) { return Less(ms.th, x, y) }

// getTmp makes room for n entries of temporary storage.
func (ms *mergeState) getTmp(n int) sortSlice {
	if cap(ms.tmp.k) < n {
		ms.tmp.k = make([]Object, n)
		if ms.main.v != nil {
			ms.tmp.v = make([]Object, n)
		}
	}
	t := sortSlice{k: ms.tmp.k[:n]}
	if ms.main.v != nil {
		t.v = ms.tmp.v[:n]
	}
	return t
}

// sortObjects sorts items in place, stably, as list.sort(key=key,
// reverse=reverse) does; key may be nil. The key function is called once
// per item, in order, before any comparison; the first error stops
// everything and is returned.
func sortObjects(th *Thread, items []Object, key Object, reverse bool) error {
	n := len(items)
	ms := &mergeState{th: th, minGallop: minGallopInit}
	if key != nil {
		keys := make([]Object, n)
		for i, x := range items {
			k, err := th.Call(key, []Object{x}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
		ms.main = sortSlice{k: keys, v: items}
	} else {
		ms.main = sortSlice{k: items}
	}
	if n < 2 {
		return nil
	}
	// Reverse sort stability: reverse, sort forwards, reverse back.
	if reverse {
		ms.main.reverse(0, n)
	}
	err := ms.sort()
	if reverse {
		reverseObjects(items)
	}
	return err
}

// sort is the main loop of list_sort_impl.
func (ms *mergeState) sort() error {
	n := len(ms.main.k)
	minrun := computeMinrun(n)
	lo, remaining := 0, n
	for remaining > 0 {
		run, desc, err := ms.countRun(lo, lo+remaining)
		if err != nil {
			return err
		}
		if desc {
			ms.main.reverse(lo, lo+run)
		}
		if run < minrun {
			force := min(remaining, minrun)
			if err := ms.binarySort(lo, lo+force, lo+run); err != nil {
				return err
			}
			run = force
		}
		if err := ms.foundNewRun(n, run); err != nil {
			return err
		}
		ms.pending = append(ms.pending, sortRun{base: lo, len: run})
		lo += run
		remaining -= run
	}
	return ms.mergeForceCollapse()
}

// computeMinrun is merge_compute_minrun.
func computeMinrun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// binarySort sorts keys[lo:hi] by binary insertion, given that
// keys[lo:start] is already sorted.
func (ms *mergeState) binarySort(lo, hi, start int) error {
	k := ms.main.k
	if lo == start {
		start++
	}
	for ; start < hi; start++ {
		l, r := lo, start
		pivot := k[r]
		for l < r {
			p := l + (r-l)>>1
			lt, err := ms.lt(pivot, k[p])
			if err != nil {
				return err
			}
			if lt {
				r = p
			} else {
				l = p + 1
			}
		}
		copy(k[l+1:start+1], k[l:start])
		k[l] = pivot
		if v := ms.main.v; v != nil {
			pv := v[start]
			copy(v[l+1:start+1], v[l:start])
			v[l] = pv
		}
	}
	return nil
}

// countRun returns the length of the run starting at lo: the longest
// non-descending or strictly descending sequence.
func (ms *mergeState) countRun(lo, hi int) (int, bool, error) {
	k := ms.main.k
	lo++
	if lo == hi {
		return 1, false, nil
	}
	n := 2
	lt, err := ms.lt(k[lo], k[lo-1])
	if err != nil {
		return 0, false, err
	}
	if lt {
		for lo = lo + 1; lo < hi; lo, n = lo+1, n+1 {
			lt, err := ms.lt(k[lo], k[lo-1])
			if err != nil {
				return 0, false, err
			}
			if !lt {
				break
			}
		}
		return n, true, nil
	}
	for lo = lo + 1; lo < hi; lo, n = lo+1, n+1 {
		lt, err := ms.lt(k[lo], k[lo-1])
		if err != nil {
			return 0, false, err
		}
		if lt {
			break
		}
	}
	return n, false, nil
}

// gallopLeft returns k in [0, n] with a[k-1] < key <= a[k], searching
// from a[hint].
func (ms *mergeState) gallopLeft(key Object, a []Object, n, hint int) (int, error) {
	lastofs, ofs := 0, 1
	lt, err := ms.lt(a[hint], key)
	if err != nil {
		return 0, err
	}
	if lt {
		// a[hint] < key: gallop right.
		maxofs := n - hint
		for ofs < maxofs {
			lt, err := ms.lt(a[hint+ofs], key)
			if err != nil {
				return 0, err
			}
			if !lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs += hint
		ofs += hint
	} else {
		// key <= a[hint]: gallop left.
		maxofs := hint + 1
		for ofs < maxofs {
			lt, err := ms.lt(a[hint-ofs], key)
			if err != nil {
				return 0, err
			}
			if lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs, ofs = hint-ofs, hint-lastofs
	}
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		lt, err := ms.lt(a[m], key)
		if err != nil {
			return 0, err
		}
		if lt {
			lastofs = m + 1
		} else {
			ofs = m
		}
	}
	return ofs, nil
}

// gallopRight is gallopLeft finding the position after the rightmost
// element equal to key: a[k-1] <= key < a[k].
func (ms *mergeState) gallopRight(key Object, a []Object, n, hint int) (int, error) {
	lastofs, ofs := 0, 1
	lt, err := ms.lt(key, a[hint])
	if err != nil {
		return 0, err
	}
	if lt {
		// key < a[hint]: gallop left.
		maxofs := hint + 1
		for ofs < maxofs {
			lt, err := ms.lt(key, a[hint-ofs])
			if err != nil {
				return 0, err
			}
			if !lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs, ofs = hint-ofs, hint-lastofs
	} else {
		// a[hint] <= key: gallop right.
		maxofs := n - hint
		for ofs < maxofs {
			lt, err := ms.lt(key, a[hint+ofs])
			if err != nil {
				return 0, err
			}
			if lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs += hint
		ofs += hint
	}
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		lt, err := ms.lt(key, a[m])
		if err != nil {
			return 0, err
		}
		if lt {
			ofs = m
		} else {
			lastofs = m + 1
		}
	}
	return ofs, nil
}

// mergeLo merges the na entries at pa with the nb entries at pb = pa+na,
// in place, using temporary room for the first run; na <= nb. On error
// the array is left a permutation of its input.
func (ms *mergeState) mergeLo(pa, na, pb, nb int) error {
	var (
		err            error
		lt             bool
		k              int
		acount, bcount int
		minGallop      int
	)
	main := ms.main
	tmp := ms.getTmp(na)
	tmp.copyN(0, main, pa, na)
	dest, a, b := pa, 0, pb
	main.copy1(dest, main, b)
	dest++
	b++
	nb--
	if nb == 0 {
		goto succeed
	}
	if na == 1 {
		goto copyB
	}
	minGallop = ms.minGallop
	for {
		acount, bcount = 0, 0
		// Straightforward merging until one run wins consistently.
		for {
			lt, err = ms.lt(main.k[b], tmp.k[a])
			if err != nil {
				goto fail
			}
			if lt {
				main.copy1(dest, main, b)
				dest++
				b++
				bcount++
				acount = 0
				nb--
				if nb == 0 {
					goto succeed
				}
				if bcount >= minGallop {
					break
				}
			} else {
				main.copy1(dest, tmp, a)
				dest++
				a++
				acount++
				bcount = 0
				na--
				if na == 1 {
					goto copyB
				}
				if acount >= minGallop {
					break
				}
			}
		}
		// Galloping, until neither run wins consistently.
		minGallop++
		for {
			if minGallop > 1 {
				minGallop--
			}
			ms.minGallop = minGallop
			k, err = ms.gallopRight(main.k[b], tmp.k[a:], na, 0)
			if err != nil {
				goto fail
			}
			acount = k
			if k > 0 {
				main.copyN(dest, tmp, a, k)
				dest += k
				a += k
				na -= k
				if na == 1 {
					goto copyB
				}
				// na == 0 only with an inconsistent comparison.
				if na == 0 {
					goto succeed
				}
			}
			main.copy1(dest, main, b)
			dest++
			b++
			nb--
			if nb == 0 {
				goto succeed
			}
			k, err = ms.gallopLeft(tmp.k[a], main.k[b:], nb, 0)
			if err != nil {
				goto fail
			}
			bcount = k
			if k > 0 {
				main.copyN(dest, main, b, k)
				dest += k
				b += k
				nb -= k
				if nb == 0 {
					goto succeed
				}
			}
			main.copy1(dest, tmp, a)
			dest++
			a++
			na--
			if na == 1 {
				goto copyB
			}
			if acount < minGallopInit && bcount < minGallopInit {
				break
			}
		}
		minGallop++ // penalise leaving galloping mode
		ms.minGallop = minGallop
	}
succeed:
	err = nil
fail:
	if na > 0 {
		main.copyN(dest, tmp, a, na)
	}
	return err
copyB:
	// The last entry of run A belongs at the end of the merge.
	main.copyN(dest, main, b, nb)
	main.copy1(dest+nb, tmp, a)
	return nil
}

// mergeHi is mergeLo working from the right, with temporary room for the
// second run; na >= nb.
func (ms *mergeState) mergeHi(pa, na, pb, nb int) error {
	var (
		err            error
		lt             bool
		k              int
		acount, bcount int
		minGallop      int
	)
	main := ms.main
	tmp := ms.getTmp(nb)
	tmp.copyN(0, main, pb, nb)
	dest := pb + nb - 1
	basea := pa
	a := pa + na - 1 // in main
	b := nb - 1      // in tmp
	main.copy1(dest, main, a)
	dest--
	a--
	na--
	if na == 0 {
		goto succeed
	}
	if nb == 1 {
		goto copyA
	}
	minGallop = ms.minGallop
	for {
		acount, bcount = 0, 0
		for {
			lt, err = ms.lt(tmp.k[b], main.k[a])
			if err != nil {
				goto fail
			}
			if lt {
				main.copy1(dest, main, a)
				dest--
				a--
				acount++
				bcount = 0
				na--
				if na == 0 {
					goto succeed
				}
				if acount >= minGallop {
					break
				}
			} else {
				main.copy1(dest, tmp, b)
				dest--
				b--
				bcount++
				acount = 0
				nb--
				if nb == 1 {
					goto copyA
				}
				if bcount >= minGallop {
					break
				}
			}
		}
		minGallop++
		for {
			if minGallop > 1 {
				minGallop--
			}
			ms.minGallop = minGallop
			k, err = ms.gallopRight(tmp.k[b], main.k[basea:], na, na-1)
			if err != nil {
				goto fail
			}
			k = na - k
			acount = k
			if k > 0 {
				dest -= k
				a -= k
				main.copyN(dest+1, main, a+1, k)
				na -= k
				if na == 0 {
					goto succeed
				}
			}
			main.copy1(dest, tmp, b)
			dest--
			b--
			nb--
			if nb == 1 {
				goto copyA
			}
			k, err = ms.gallopLeft(main.k[a], tmp.k, nb, nb-1)
			if err != nil {
				goto fail
			}
			k = nb - k
			bcount = k
			if k > 0 {
				dest -= k
				b -= k
				main.copyN(dest+1, tmp, b+1, k)
				nb -= k
				if nb == 1 {
					goto copyA
				}
				// nb == 0 only with an inconsistent comparison.
				if nb == 0 {
					goto succeed
				}
			}
			main.copy1(dest, main, a)
			dest--
			a--
			na--
			if na == 0 {
				goto succeed
			}
			if acount < minGallopInit && bcount < minGallopInit {
				break
			}
		}
		minGallop++
		ms.minGallop = minGallop
	}
succeed:
	err = nil
fail:
	if nb > 0 {
		main.copyN(dest-(nb-1), tmp, 0, nb)
	}
	return err
copyA:
	// The first entry of run B belongs at the front of the merge.
	main.copyN(dest+1-na, main, a+1-na, na)
	dest -= na
	main.copy1(dest, tmp, b)
	return nil
}

// mergeAt merges the runs at stack indices i and i+1.
func (ms *mergeState) mergeAt(i int) error {
	p := ms.pending
	pa, na := p[i].base, p[i].len
	pb, nb := p[i+1].base, p[i+1].len
	p[i].len = na + nb
	if i == len(p)-3 {
		p[i+1] = p[i+2]
	}
	ms.pending = p[:len(p)-1]
	// Entries of A before B's first are already in place.
	k, err := ms.gallopRight(ms.main.k[pb], ms.main.k[pa:], na, 0)
	if err != nil {
		return err
	}
	pa += k
	na -= k
	if na == 0 {
		return nil
	}
	// Entries of B after A's last are already in place.
	nb, err = ms.gallopLeft(ms.main.k[pa+na-1], ms.main.k[pb:], nb, nb-1)
	if err != nil || nb <= 0 {
		return err
	}
	if na <= nb {
		return ms.mergeLo(pa, na, pb, nb)
	}
	return ms.mergeHi(pa, na, pb, nb)
}

// powerloop computes the power of the run starting at s1 (length n1)
// followed by one of length n2, in a list of length n.
func powerloop(s1, n1, n2, n int) int {
	result := 0
	a := 2*s1 + n1
	b := a + n1 + n2
	for {
		result++
		if a >= n {
			a -= n
			b -= n
		} else if b >= n {
			break
		}
		a <<= 1
		b <<= 1
	}
	return result
}

// foundNewRun applies the powersort merge policy before a new run of
// length n2 is pushed.
func (ms *mergeState) foundNewRun(n, n2 int) error {
	if len(ms.pending) == 0 {
		return nil
	}
	top := ms.pending[len(ms.pending)-1]
	power := powerloop(top.base, top.len, n2, n)
	for len(ms.pending) > 1 && ms.pending[len(ms.pending)-2].power > power {
		if err := ms.mergeAt(len(ms.pending) - 2); err != nil {
			return err
		}
	}
	ms.pending[len(ms.pending)-1].power = power
	return nil
}

// mergeForceCollapse merges all pending runs.
func (ms *mergeState) mergeForceCollapse() error {
	for len(ms.pending) > 1 {
		n := len(ms.pending) - 2
		if n > 0 && ms.pending[n-1].len < ms.pending[n+1].len {
			n--
		}
		if err := ms.mergeAt(n); err != nil {
			return err
		}
	}
	return nil
}
