package py

// Dict is a Python dict: a hash table that remembers insertion order.
//
// Like CPython's compact dict it keeps entries in a dense slice in insertion
// order and a separate open-addressed index of positions into it. Deleted
// entries leave a hole (key == nil) that iteration skips and the next resize
// squeezes out. Keys that are Str take a fast path that needs no Thread:
// hashing and comparing them cannot run Python code.
type Dict struct {
	entries []dictEntry
	index   []int32 // -1 empty, -2 deleted, else position in entries
	used    int     // live entries
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

// presize makes an empty dict ready for n insertions without growing.
func (d *Dict) presize(n int) {
	if n <= linearMax {
		d.entries = make([]dictEntry, 0, n)
		return
	}
	size := 8
	for size*2 < (n+1)*3 {
		size *= 2
	}
	d.entries = make([]dictEntry, 0, n)
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
	// compact entries
	if d.used != len(d.entries) {
		j := 0
		for _, e := range d.entries {
			if e.key != nil {
				d.entries[j] = e
				j++
			}
		}
		for k := j; k < len(d.entries); k++ {
			d.entries[k] = dictEntry{}
		}
		d.entries = d.entries[:j]
	}
	if usable := n * 2 / 3; cap(d.entries) < usable {
		// Room for every entry this index takes before it grows again,
		// as CPython sizes its entries: appending would copy a big
		// dict's entries several times over.
		grown := make([]dictEntry, len(d.entries), usable)
		copy(grown, d.entries)
		d.entries = grown
	}
	d.index = make([]int32, n)
	for i := range d.index {
		d.index[i] = slotEmpty
	}
	mask := uint64(n - 1)
	for pos, e := range d.entries {
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
			e := &d.entries[ix]
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
	for i := range d.entries {
		e := &d.entries[i]
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
	return d.entries[pos].value, nil
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
		d.entries[pos].value = value
		return nil
	}
	if d.index == nil && len(d.entries) < linearMax {
		d.entries = append(d.entries, dictEntry{hash: h, key: key, value: value})
		d.used++
		d.version++
		return nil
	}
	if (len(d.entries)+1)*3 >= len(d.index)*2 {
		// An entry (hash, key, value) costs about three elements.
		if th != nil && len(d.entries) >= 1<<16 {
			if err := th.checkSize(len(d.entries) * 3 * 2); err != nil {
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
	d.index[slot] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{hash: h, key: key, value: value})
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
	d.entries[pos] = dictEntry{}
	d.used--
	d.version++
	if d.used == 0 {
		d.entries = d.entries[:0]
		for i := range d.index {
			d.index[i] = slotEmpty
		}
	}
	return true, nil
}

// GetStr returns d[name] for a str key, or nil.
func (d *Dict) GetStr(name string) Object {
	if pos := d.findStr(name, strHash(name)); pos >= 0 {
		return d.entries[pos].value
	}
	return nil
}

// findStr is find for a str key, without boxing the key: the position of
// its entry, or -1. Only a Str key can equal a str (a str subclass
// instance would hash and compare through Python, but the fast paths
// calling this only ever see names).
func (d *Dict) findStr(name string, hash int64) int {
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
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
			e := &d.entries[ix]
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
		d.entries[pos].value = value
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
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, Tuple{e.key, e.value})
		}
	}
	return out
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []Object {
	out := make([]Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// Values returns the values in insertion order.
func (d *Dict) Values() []Object {
	out := make([]Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.value)
		}
	}
	return out
}

// entryAt returns the i-th slot of the entry slice (nil key when deleted);
// iterators walk positions so that they can notice mutation.
func (d *Dict) entryAt(i int) (Object, Object, bool) {
	if i >= len(d.entries) {
		return nil, nil, false
	}
	e := d.entries[i]
	return e.key, e.value, true
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	n := &Dict{}
	for _, e := range d.entries {
		if e.key != nil {
			_ = n.setHashed(nil, e.key, e.hash, e.value)
		}
	}
	return n
}

// Clear removes every item.
func (d *Dict) Clear() {
	d.entries = nil
	d.index = nil
	d.used = 0
	d.version++
}

// PopLast removes and returns the last item inserted (dict.popitem).
func (d *Dict) PopLast() (Object, Object, bool) {
	for i := len(d.entries) - 1; i >= 0; i-- {
		e := d.entries[i]
		if e.key != nil {
			_, _ = d.DelItem(nil, e.key)
			return e.key, e.value, true
		}
	}
	return nil, nil, false
}
