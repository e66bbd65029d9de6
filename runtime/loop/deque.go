package loop

// minDequeCap is the smallest buffer a non-empty deque keeps. It is a power
// of two, as every buffer size is, so that an index wraps with a mask.
const minDequeCap = 16

// deque is the ready queue: a FIFO of handles in a ring buffer, standing in
// for the collections.deque of BaseEventLoop._ready. Pushing at the back and
// popping at the front are amortised O(1): the buffer doubles when full and
// halves when a quarter full (so that a burst of a million handles does not
// pin its memory for the rest of the session), and no element ever moves
// except when the buffer is resized. A popped slot is cleared at once so the
// handle can be collected.
type deque struct {
	buf  []*Handle // len(buf) is 0 or a power of two
	head int       // index of the front element
	n    int       // number of elements
}

// Len returns the number of handles queued (len(self._ready)).
func (d *deque) Len() int { return d.n }

// pushBack appends h at the back (deque.append).
func (d *deque) pushBack(h *Handle) {
	if d.n == len(d.buf) {
		c := 2 * len(d.buf)
		if c < minDequeCap {
			c = minDequeCap
		}
		d.resize(c)
	}
	d.buf[(d.head+d.n)&(len(d.buf)-1)] = h
	d.n++
}

// popFront removes and returns the front handle (deque.popleft), or nil when
// the deque is empty (where Python's popleft raises IndexError).
func (d *deque) popFront() *Handle {
	if d.n == 0 {
		return nil
	}
	h := d.buf[d.head]
	d.buf[d.head] = nil
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	if len(d.buf) > minDequeCap && d.n <= len(d.buf)/4 {
		d.resize(len(d.buf) / 2)
	}
	return h
}

// clear drops every handle (deque.clear) and releases the buffer.
func (d *deque) clear() {
	*d = deque{}
}

// resize moves the elements, in order, to a new buffer of c slots (a power
// of two, at least d.n).
func (d *deque) resize(c int) {
	nb := make([]*Handle, c)
	if d.n > 0 {
		// The elements occupy buf[head:] and then wrap to buf[:...].
		k := copy(nb, d.buf[d.head:min(d.head+d.n, len(d.buf))])
		copy(nb[k:d.n], d.buf)
	}
	d.buf = nb
	d.head = 0
}
