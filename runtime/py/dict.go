package py

// Dict is a Python dict: a hash table that remembers insertion order.
//
// Like CPython's compact dict it keeps entries densely in insertion order
// and a separate open-addressed index of positions into them. Deleted
// entries leave a hole (key == nil) that iteration skips and the next resize
// squeezes out. Keys that are Str take a fast path that needs no Thread:
// hashing and comparing them cannot run Python code.
//
// The entries are in chunks of dictChunk: first holds positions below
// dictChunk and grows like a slice; a bigger dict adds full-size chunks to
// rest instead of copying its entries into ever bigger arrays (a copy of
// pointers while the collector marks is slow: building a dict of 400,000
// keys spent most of its time there). at(pos) finds any position; code
// that only meets small dicts' positions reads first directly.
type Dict struct {
	first []dictEntry
	rest  *dictChunks // nil until first is full
	index []int32     // -1 empty, -2 deleted, else position in entries
	used  int         // live entries
	// version changes on every insertion, deletion and clear (not when
	// an existing key gets a new value): iterators detect "dictionary
	// changed size during iteration" by it, and the eval loop's inline
	// caches use it as the version of the key layout.
	version uint64
	// cls and attrs are set for instances of user subclasses of dict.
	cls   *Type
	attrs *Dict
}

// InstanceDict returns the attributes of a dict subclass's instance (nil
// for a plain dict).
func (d *Dict) InstanceDict() *Dict { return d.attrs }

// overridden returns the Python method that a user subclass of list or
// dict defines for the special method name, or nil: the generic
// operations' fast paths for lists and dicts give way to it.
//
// Inside a builtin method of list or dict called on such an instance
// (super().__getitem__(i)), the instance itself is exempt: th.bypass.
func overridden(th *Thread, o Object, name string) Object {
	if o == th.bypass {
		return nil
	}
	var cls *Type
	switch v := o.(type) {
	case *List:
		cls = v.cls
	case *Dict:
		cls = v.cls
	}
	if cls == nil {
		return nil
	}
	if m, ok := cls.Lookup(name).(*Function); ok {
		return m
	}
	return nil
}

type dictEntry struct {
	hash  int64
	key   Object
	value Object
}

const (
	slotEmpty   = -1
	slotDeleted = -2
)

// linearMax is the most entries a dict keeps without an index: small
// dicts (most instance dicts, keyword arguments) are searched by scanning
// their entries, which saves an allocation and is as fast as probing.
// Whether a dict has an index never shows: iteration follows the entries.
const linearMax = 8

// dictChunk is the size of a dict's chunks of entries (see Dict).
const dictChunk = 1 << 12

// dictChunks holds a big dict's chunks after the first, each of
// dictChunk entries but the last; a pointer in Dict, so that the many
// small dicts (instances' attributes) stay small.
type dictChunks struct {
	list [][]dictEntry
}

// at returns the entry at position pos.
func (d *Dict) at(pos int) *dictEntry {
	if pos < dictChunk {
		return &d.first[pos]
	}
	pos -= dictChunk
	return &d.rest.list[pos/dictChunk][pos%dictChunk]
}

// slots returns the number of entry positions in use, holes included.
func (d *Dict) slots() int {
	if d.rest == nil {
		return len(d.first)
	}
	l := d.rest.list
	return dictChunk*len(l) + len(l[len(l)-1])
}

// appendEntry adds an entry at position slots().
func (d *Dict) appendEntry(e dictEntry) {
	if d.rest == nil {
		if len(d.first) < dictChunk {
			d.first = append(d.first, e)
			return
		}
		d.rest = &dictChunks{}
	}
	l := d.rest.list
	if len(l) == 0 || len(l[len(l)-1]) == dictChunk {
		l = append(l, make([]dictEntry, 0, dictChunk))
		d.rest.list = l
	}
	l[len(l)-1] = append(l[len(l)-1], e)
}

// truncate drops every entry position (the dict's storage is kept for
// small dicts, whose first chunk is reused).
func (d *Dict) truncate() {
	clear(d.first)
	d.first = d.first[:0]
	d.rest = nil
}

// presize makes an empty dict ready for n insertions without growing.
func (d *Dict) presize(n int) {
	if n <= linearMax {
		d.first = make([]dictEntry, 0, n)
		return
	}
	size := 8
	for size*2 < (n+1)*3 {
		size *= 2
	}
	d.first = make([]dictEntry, 0, min(n, dictChunk))
	d.index = make([]int32, size)
	for i := range d.index {
		d.index[i] = slotEmpty
	}
}

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// Type returns dict.
func (d *Dict) Type() *Type {
	if d.cls != nil {
		return d.cls
	}
	return DictType
}

// Len returns the number of items.
func (d *Dict) Len() int { return d.used }

func (d *Dict) grow() {
	n := 8
	for n*2 < (d.used+1)*3 {
		n *= 2
	}
	if d.used != d.slots() {
		// Squeeze out the holes deleted entries left.
		live := make([]dictEntry, 0, d.used)
		for pos := range d.slots() {
			if e := d.at(pos); e.key != nil {
				live = append(live, *e)
			}
		}
		d.truncate()
		for _, e := range live {
			d.appendEntry(e)
		}
	}
	if usable := min(n*2/3, dictChunk); d.rest == nil && cap(d.first) < usable {
		// Room for every entry this index takes before it grows again,
		// as CPython sizes its entries: appending would copy them
		// several times over.
		grown := make([]dictEntry, len(d.first), usable)
		copy(grown, d.first)
		d.first = grown
	}
	d.index = make([]int32, n)
	for i := range d.index {
		d.index[i] = slotEmpty
	}
	mask := uint64(n - 1)
	for pos := range d.slots() {
		e := d.at(pos)
		i := uint64(e.hash) & mask
		perturb := uint64(e.hash)
		for d.index[i] != slotEmpty {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		d.index[i] = int32(pos)
	}
}

// find returns the index slot and entry position for key (pos -1 when
// missing; slot is where an insert would go).
func (d *Dict) find(th *Thread, key Object, hash int64) (slot int, pos int, err error) {
	if d.index == nil {
		return d.findLinear(th, key, hash)
	}
	mask := uint64(len(d.index) - 1)
	i := uint64(hash) & mask
	perturb := uint64(hash)
	firstFree := -1
	ks, kIsStr := key.(Str)
	for {
		ix := d.index[i]
		if ix == slotEmpty {
			if firstFree < 0 {
				firstFree = int(i)
			}
			return firstFree, -1, nil
		}
		if ix == slotDeleted {
			if firstFree < 0 {
				firstFree = int(i)
			}
		} else {
			e := d.at(int(ix))
			if Is(e.key, key) {
				return int(i), int(ix), nil
			}
			if e.hash == hash {
				if kIsStr {
					if es, ok := e.key.(Str); ok {
						if es == ks {
							return int(i), int(ix), nil
						}
						goto next
					}
				}
				if th == nil {
					goto next
				}
				eq, err := Equal(th, e.key, key)
				if err != nil {
					return -1, -1, err
				}
				if eq {
					return int(i), int(ix), nil
				}
			}
		}
	next:
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// findLinear is find for a dict without an index (slot is always -1).
func (d *Dict) findLinear(th *Thread, key Object, hash int64) (slot int, pos int, err error) {
	ks, kIsStr := key.(Str)
	for i := range d.first {
		e := &d.first[i]
		if e.key == nil || e.hash != hash {
			continue
		}
		if Is(e.key, key) {
			return -1, i, nil
		}
		if kIsStr {
			if es, ok := e.key.(Str); ok {
				if es == ks {
					return -1, i, nil
				}
				continue
			}
		}
		if th == nil {
			continue
		}
		eq, err := Equal(th, e.key, key)
		if err != nil {
			return -1, -1, err
		}
		if eq {
			return -1, i, nil
		}
	}
	return -1, -1, nil
}

// GetItem returns d[key], or nil when missing.
func (d *Dict) GetItem(th *Thread, key Object) (Object, error) {
	h, err := Hash(th, key)
	if err != nil {
		return nil, err
	}
	_, pos, err := d.find(th, key, h)
	if err != nil || pos < 0 {
		return nil, err
	}
	return d.at(pos).value, nil
}

// SetItem sets d[key] = value.
func (d *Dict) SetItem(th *Thread, key, value Object) error {
	h, err := Hash(th, key)
	if err != nil {
		return err
	}
	return d.setHashed(th, key, h, value)
}

func (d *Dict) setHashed(th *Thread, key Object, h int64, value Object) error {
	_, pos, err := d.find(th, key, h)
	if err != nil {
		return err
	}
	if pos >= 0 {
		d.at(pos).value = value
		return nil
	}
	if d.index == nil && len(d.first) < linearMax {
		d.first = append(d.first, dictEntry{hash: h, key: key, value: value})
		d.used++
		d.version++
		return nil
	}
	if n := d.slots(); (n+1)*3 >= len(d.index)*2 {
		// An entry (hash, key, value) costs about three elements.
		if th != nil && n >= 1<<16 {
			if err := th.checkSize(n * 3 * 2); err != nil {
				return err
			}
		}
		d.grow()
	}
	slot, _, _ := d.find(nil, key, h)
	if slot < 0 {
		d.grow()
		slot, _, _ = d.find(nil, key, h)
	}
	d.index[slot] = int32(d.slots())
	d.appendEntry(dictEntry{hash: h, key: key, value: value})
	d.used++
	d.version++
	return nil
}

// DelItem removes key; it reports whether the key was there.
func (d *Dict) DelItem(th *Thread, key Object) (bool, error) {
	h, err := Hash(th, key)
	if err != nil {
		return false, err
	}
	slot, pos, err := d.find(th, key, h)
	if err != nil || pos < 0 {
		return false, err
	}
	if slot >= 0 {
		d.index[slot] = slotDeleted
	}
	*d.at(pos) = dictEntry{}
	d.used--
	d.version++
	if d.used == 0 {
		d.truncate()
		for i := range d.index {
			d.index[i] = slotEmpty
		}
	}
	return true, nil
}

// GetStr returns d[name] for a str key, or nil.
func (d *Dict) GetStr(name string) Object {
	if pos := d.findStr(name, strHash(name)); pos >= 0 {
		return d.at(pos).value
	}
	return nil
}

// findStr is find for a str key, without boxing the key: the position of
// its entry, or -1. Only a Str key can equal a str (a str subclass
// instance would hash and compare through Python, but the fast paths
// calling this only ever see names).
func (d *Dict) findStr(name string, hash int64) int {
	if d.index == nil {
		for i := range d.first {
			e := &d.first[i]
			if e.hash == hash {
				if es, ok := e.key.(Str); ok && string(es) == name {
					return i
				}
			}
		}
		return -1
	}
	mask := uint64(len(d.index) - 1)
	i := uint64(hash) & mask
	perturb := uint64(hash)
	for {
		ix := d.index[i]
		if ix == slotEmpty {
			return -1
		}
		if ix >= 0 {
			e := d.at(int(ix))
			if e.hash == hash {
				if es, ok := e.key.(Str); ok && string(es) == name {
					return int(ix)
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// SetStr sets d[name] = value for a str key.
func (d *Dict) SetStr(name string, value Object) {
	h := strHash(name)
	if pos := d.findStr(name, h); pos >= 0 {
		d.at(pos).value = value
		return
	}
	_ = d.setHashed(nil, Str(name), h, value)
}

// DelStr deletes a str key and reports whether it was there.
func (d *Dict) DelStr(name string) bool {
	ok, _ := d.DelItem(nil, Str(name))
	return ok
}

// Items returns the live entries in insertion order.
func (d *Dict) Items() []Tuple {
	out := make([]Tuple, 0, d.used)
	for pos := range d.slots() {
		if e := d.at(pos); e.key != nil {
			out = append(out, Tuple{e.key, e.value})
		}
	}
	return out
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []Object {
	out := make([]Object, 0, d.used)
	for pos := range d.slots() {
		if e := d.at(pos); e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// Values returns the values in insertion order.
func (d *Dict) Values() []Object {
	out := make([]Object, 0, d.used)
	for pos := range d.slots() {
		if e := d.at(pos); e.key != nil {
			out = append(out, e.value)
		}
	}
	return out
}

// entryAt returns the i-th slot of the entry slice (nil key when deleted);
// iterators walk positions so that they can notice mutation.
func (d *Dict) entryAt(i int) (Object, Object, bool) {
	if i >= d.slots() {
		return nil, nil, false
	}
	e := d.at(i)
	return e.key, e.value, true
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	n := &Dict{}
	for pos := range d.slots() {
		if e := d.at(pos); e.key != nil {
			_ = n.setHashed(nil, e.key, e.hash, e.value)
		}
	}
	return n
}

// Clear removes every item.
func (d *Dict) Clear() {
	d.first, d.rest = nil, nil
	d.index = nil
	d.used = 0
	d.version++
}

// PopLast removes and returns the last item inserted (dict.popitem).
func (d *Dict) PopLast() (Object, Object, bool) {
	for i := d.slots() - 1; i >= 0; i-- {
		e := *d.at(i)
		if e.key != nil {
			_, _ = d.DelItem(nil, e.key)
			return e.key, e.value, true
		}
	}
	return nil, nil, false
}
