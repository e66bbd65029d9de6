package py

import "unsafe"

// Inline caches: per-instruction memos that let the eval loop skip
// repeated name and attribute resolution, as CPython 3.11's specialising
// interpreter does. Each entry records what it depends on (a dict and its
// version, a class and its version) and is simply refilled when any of
// that changed, so a cache can never change what a program observes.

// globalCache remembers where a global (or module-level) name was found:
// the entry at pos of dict, valid while the globals and builtins dicts are
// the same objects with the same key layout (Dict.version changes on every
// insertion and deletion, not on value updates).
type globalCache struct {
	globals, builtins *Dict
	gver, bver        uint64
	dict              *Dict
	pos               int
}

// globalSlot returns the cache entry of the instruction at pc.
func (cc *codeCache) globalSlot(n int, pc int) *globalCache {
	if cc.globals == nil {
		cc.globals = make([]globalCache, n)
	}
	return &cc.globals[pc]
}

// loadGlobal resolves Names[i] in globals, then builtins, through the
// cache of the instruction at pc; nil when the name is in neither.
// b is the thread's builtins.
func (f *Frame) loadGlobal(b *Dict, i int32, pc int) Object {
	g := f.Globals
	c := f.cc.globalSlot(len(f.Code.Instrs), pc)
	if c.globals == g && c.builtins == b && c.gver == g.version && c.bver == b.version {
		return c.dict.at(int(c.pos)).value
	}
	name, h := f.Code.Names[i], f.cc.nameHashes[i]
	d := g
	pos := g.findStr(name, h)
	if pos < 0 {
		d = b
		if pos = b.findStr(name, h); pos < 0 {
			return nil
		}
	}
	*c = globalCache{globals: g, builtins: b, gver: g.version, bver: b.version, dict: d, pos: pos}
	return d.at(int(pos)).value
}

// storeGlobal sets Names[i] in d (the globals, or a module's namespace),
// reusing the entry position found by the previous run of the
// instruction at pc while d's keys are unchanged. It returns the old
// value (nil when the name is new).
func (f *Frame) storeGlobal(d *Dict, i int32, pc int, v Object) Object {
	c := f.cc.globalSlot(len(f.Code.Instrs), pc)
	if c.globals == d && c.gver == d.version {
		e := d.at(int(c.pos))
		old := e.value
		e.value = v
		return old
	}
	name, h := f.Code.Names[i], f.cc.nameHashes[i]
	pos := d.findStr(name, h)
	var old Object
	if pos >= 0 {
		old = d.at(int(pos)).value
		d.at(int(pos)).value = v
	} else {
		_ = d.setHashed(nil, Str(name), h, v)
		pos = d.findStr(name, h)
	}
	*c = globalCache{globals: d, gver: d.version, dict: d, pos: pos}
	return old
}

// maxPresizedAttrs bounds the room new instance dicts get in advance.
const maxPresizedAttrs = 32

// attrCache is the inline cache of an attribute instruction; see
// the attribute fast paths.
type attrCache struct {
	cls *Type
	ver uint64
	// attr is what the class's MRO gives for the name (nil: nothing).
	attr Object
	kind attrKind
	// mod and modVer identify the module dict (and its key layout)
	// where the name was found at modPos, for attributes of modules.
	mod    *Dict
	modVer uint64
	modPos int32
	// pos is where the name was last found in an instance dict:
	// instances of one class usually share a key layout, so checking
	// that entry first skips hashing and probing.
	pos int32
}

// attrKind classifies a cached class attribute by how an instance
// lookup must treat it.
type attrKind uint8

const (
	// attrSlow: no fast path; use the generic protocol.
	attrSlow attrKind = iota
	// attrPlain: the class has no such attribute or a plain value that
	// the instance dict can shadow; a miss in the dict yields attr as is
	// (or AttributeError when attr is nil).
	attrPlain
	// attrMethod: a Python function, bound to the instance unless the
	// instance dict shadows it.
	attrMethod
	// attrProperty: a property; reading calls its getter.
	attrProperty
	// attrBuiltinMethod: a method of a builtin type, on a value without
	// an instance dict.
	attrBuiltinMethod
	// attrSlot: a __slots__ member (a data descriptor) that applies to
	// the class's instances: the value is Instance.slotValues()[pos].
	attrSlot
)

// attrSlot returns the attribute cache entry of the instruction at pc.
func (cc *codeCache) attrSlot(n int, pc int) *attrCache {
	if cc.attrs == nil {
		cc.attrs = make([]attrCache, n)
	}
	return &cc.attrs[pc]
}

// refresh makes c describe reading name from instances of cls.
func (c *attrCache) refresh(cls *Type, name string) {
	if c.cls == cls && c.ver == cls.version {
		return
	}
	*c = attrCache{cls: cls, ver: cls.version}
	c.attr, c.kind = classifyGet(cls, name)
	if m, ok := c.attr.(*SlotMember); ok {
		c.pos = int32(m.Index)
	}
}

// classifyGet decides how instances of cls read the attribute name.
func classifyGet(cls *Type, name string) (Object, attrKind) {
	if isDunder(name) {
		return nil, attrSlow // special attributes (__class__, __dict__...)
	}
	if cls.Flags&FlagHeapType != 0 {
		if ga := cls.Lookup("__getattribute__"); ga != nil && ga != Object(objectGetattribute) {
			return nil, attrSlow
		}
	}
	attr := cls.Lookup(name)
	switch a := attr.(type) {
	case nil:
		return nil, attrPlain
	case *Function:
		return a, attrMethod
	case *Property:
		if a.Get == nil || a.Get == None {
			return nil, attrSlow
		}
		return a.Get, attrProperty
	case *Builtin:
		if a.Method && !a.ClassMethod && cls.Flags&FlagHeapType == 0 {
			return a, attrBuiltinMethod
		}
		return nil, attrSlow
	case *SlotMember:
		if cls.IsSubtype(a.Owner) {
			return a, attrSlot
		}
		return nil, attrSlow
	case *StaticMethod, *ClassMethod, *Instance:
		// Descriptors: the generic protocol binds them.
		return nil, attrSlow
	}
	// Any other value is returned as is, unless the instance shadows it.
	return attr, attrPlain
}

// classifySet decides whether instances of cls may store name straight
// into their dict (attrPlain) or need the generic protocol.
func classifySet(cls *Type, name string) attrKind {
	if isDunder(name) {
		return attrSlow // special attributes (__class__, __dict__...)
	}
	if cls.Flags&FlagHeapType == 0 || cls == ObjectType {
		return attrSlow
	}
	if sa := cls.Lookup("__setattr__"); sa != nil && sa != objectSetattr {
		return attrSlow
	}
	switch a := cls.Lookup(name).(type) {
	case *Property, *Instance:
		return attrSlow // possibly a data descriptor
	case *SlotMember:
		if cls.IsSubtype(a.Owner) {
			return attrSlot
		}
		return attrSlow
	}
	if cls.Flags&FlagNoDict != 0 {
		return attrSlow
	}
	return attrPlain
}

// dictLookup finds name in d trying the cached position first; nil when
// missing.
func (c *attrCache) dictLookup(d *Dict, name string, h int64) Object {
	if d == nil {
		return nil
	}
	if p := int(c.pos); p < len(d.first) {
		if k, ok := d.first[p].key.(Str); ok && string(k) == name {
			return d.first[p].value
		}
	}
	p := d.findStr(name, h)
	if p < 0 {
		return nil
	}
	c.pos = int32(p)
	return d.at(p).value
}

// loadAttrFast is LOAD_ATTR on an instance of a class statement's class
// through the instruction's cache; ok is false when the generic
// protocol must run (misses, __getattr__, descriptors...).
func (th *Thread) loadAttrFast(f *Frame, pc int, i int32, o *Instance) (v Object, ok bool, err error) {
	c := f.cc.attrSlot(len(f.Code.Instrs), pc)
	name := f.Code.Names[i]
	if c.cls == o.Class && c.ver == o.Class.version {
		if c.kind == attrSlot {
			// A __slots__ member: an index.
			if vs, p := o.slotValues(), int(c.pos); p < len(vs) && vs[p] != nil {
				return vs[p], true, nil
			}
			return nil, false, nil // unset: the generic protocol
		}
		if c.kind == attrPlain && o.Dict != nil {
			// The common hit, spelled out: a data attribute where
			// the last instance had it.
			if p := int(c.pos); p < len(o.Dict.first) {
				e := &o.Dict.first[p]
				if k, isStr := e.key.(Str); isStr && len(k) == len(name) &&
					(unsafe.StringData(string(k)) == unsafe.StringData(name) || string(k) == name) {
					return e.value, true, nil
				}
			}
		}
	}
	c.refresh(o.Class, name)
	switch c.kind {
	case attrSlot:
		if vs, p := o.slotValues(), int(c.pos); p < len(vs) && vs[p] != nil {
			return vs[p], true, nil
		}
	case attrPlain:
		if v := c.dictLookup(o.Dict, name, f.cc.nameHashes[i]); v != nil {
			return v, true, nil
		}
		if c.attr != nil {
			return c.attr, true, nil
		}
	case attrMethod:
		if v := c.dictLookup(o.Dict, name, f.cc.nameHashes[i]); v != nil {
			return v, true, nil
		}
		return &Method{Func: c.attr, Self: o}, true, nil
	case attrProperty:
		v, err := th.Call(c.attr, []Object{o}, nil)
		return v, true, err
	}
	return nil, false, nil
}

// loadMethodFast is LOAD_METHOD through the instruction's cache, for
// instances of class statements' classes and for builtin values without
// an instance dict. It returns the callable and the self to pass (nil
// when the callable is already bound); ok is false when the generic path
// must run.
func (th *Thread) loadMethodFast(f *Frame, pc int, i int32, obj Object) (meth, self Object, ok bool) {
	c := f.cc.attrSlot(len(f.Code.Instrs), pc)
	name := f.Code.Names[i]
	switch o := obj.(type) {
	case *Instance:
		c.refresh(o.Class, name)
		switch c.kind {
		case attrMethod:
			if v := c.dictLookup(o.Dict, name, f.cc.nameHashes[i]); v != nil {
				return v, nil, true
			}
			return c.attr, o, true
		case attrPlain:
			if v := c.dictLookup(o.Dict, name, f.cc.nameHashes[i]); v != nil {
				return v, nil, true
			}
			if c.attr != nil {
				return c.attr, nil, true
			}
		}
		return nil, nil, false
	case *Module:
		if v := f.moduleAttr(pc, i, o); v != nil {
			return v, nil, true
		}
		return nil, nil, false
	case Str, *List, Tuple, Int, Float, Bytes, *Set:
	case *Dict:
		if o.cls != nil {
			return nil, nil, false
		}
	default:
		return nil, nil, false
	}
	cls := obj.Type()
	if cls.Flags&FlagHeapType != 0 {
		return nil, nil, false
	}
	c.refresh(cls, name)
	if c.kind == attrBuiltinMethod {
		return c.attr, obj, true
	}
	return nil, nil, false
}

// storeAttrFast is STORE_ATTR on an instance through the instruction's
// cache; false when the generic protocol must run.
func (f *Frame) storeAttrFast(pc int, i int32, o *Instance, v Object) bool {
	c := f.cc.attrSlot(len(f.Code.Instrs), pc)
	name := f.Code.Names[i]
	cls := o.Class
	if c.cls != cls || c.ver != cls.version {
		*c = attrCache{cls: cls, ver: cls.version, kind: classifySet(cls, name)}
		if c.kind == attrSlot {
			c.pos = int32(cls.Lookup(name).(*SlotMember).Index)
		}
	}
	if c.kind == attrSlot {
		if vs, p := o.slotValues(), int(c.pos); p < len(vs) {
			vs[p] = v
			return true
		}
		return false
	}
	d := o.Dict
	if c.kind != attrPlain || d == nil {
		return false
	}
	if p := int(c.pos); p < len(d.first) {
		if k, ok := d.first[p].key.(Str); ok && string(k) == name {
			d.first[p].value = v
			return true
		}
	}
	h := f.cc.nameHashes[i]
	if p := d.findStr(name, h); p >= 0 {
		d.at(p).value = v
		c.pos = int32(p)
		return true
	}
	if d.index == nil && len(d.first) < linearMax {
		// setHashed's append, without its second search: the name is
		// known to be missing.
		d.first = append(d.first, dictEntry{hash: h, key: f.cc.nameObjs[i], value: v})
		d.used++
		d.version++
	} else {
		_ = d.setHashed(nil, f.cc.nameObjs[i], h, v)
	}
	c.pos = int32(d.slots() - 1)
	if d.used > cls.instAttrs && d.used <= maxPresizedAttrs {
		cls.instAttrs = d.used
	}
	return true
}

// isDunder reports whether name is a __special__ name.
func isDunder(name string) bool {
	return len(name) > 4 && name[:2] == "__" && name[len(name)-2:] == "__"
}

// moduleAttr reads Names[i] from a module's dict through the cache of
// the instruction at pc (asyncio.sleep, math.sqrt...); nil when the
// module lacks it (the generic path then raises or asks __getattr__).
func (f *Frame) moduleAttr(pc int, i int32, m *Module) Object {
	c := f.cc.attrSlot(len(f.Code.Instrs), pc)
	d := m.Dict
	if c.mod == d && c.modVer == d.version {
		return d.at(int(c.modPos)).value
	}
	p := d.findStr(f.Code.Names[i], f.cc.nameHashes[i])
	if p < 0 {
		return nil
	}
	c.mod, c.modVer, c.modPos = d, d.version, int32(p)
	return d.at(p).value
}
