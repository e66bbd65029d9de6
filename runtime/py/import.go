package py

// importName implements `import name` (IMPORT_NAME): dotted names import
// each package in turn; without a fromlist the top package is returned.
func (th *Thread) importName(name string, fromlist Object) (Object, error) {
	m, err := th.Import(name)
	if err != nil {
		return nil, err
	}
	if fromlist == None || fromlist == nil {
		if i := indexByte(name, '.'); i >= 0 {
			return th.Import(name[:i])
		}
	}
	return m, nil
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Import returns the module called name, loading it on first use.
func (th *Thread) Import(name string) (*Module, error) {
	if m, ok := th.Modules[name]; ok {
		return m, nil
	}
	if i := lastIndexByte(name, '.'); i >= 0 {
		parent, err := th.Import(name[:i])
		if err != nil {
			return nil, err
		}
		if l, ok := th.Loaders[name]; ok {
			m, err := l(th)
			if err != nil {
				return nil, err
			}
			th.Modules[name] = m
			parent.Dict.SetStr(name[i+1:], m)
			return m, nil
		}
		e := th.Errorf(ModuleNotFoundErrorType, "No module named '%s'", name)
		e.SetAttrStr("name", Str(name))
		return nil, e
	}
	l, ok := th.Loaders[name]
	if !ok {
		e := th.Errorf(ModuleNotFoundErrorType, "No module named '%s'", name)
		e.SetAttrStr("name", Str(name))
		return nil, e
	}
	m, err := l(th)
	if err != nil {
		return nil, err
	}
	th.Modules[name] = m
	return m, nil
}

func lastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// importFrom implements `from module import name`.
func (th *Thread) importFrom(mod Object, name string) (Object, error) {
	v, err := GetAttrOpt(th, mod, name)
	if err != nil {
		return nil, err
	}
	if v != nil {
		return v, nil
	}
	if m, ok := mod.(*Module); ok {
		if sub, err := th.Import(m.Name + "." + name); err == nil {
			return sub, nil
		}
		e := th.Errorf(ImportErrorType, "cannot import name '%s' from '%s' (%s)", name, m.Name, moduleWhere(m))
		e.SetAttrStr("name", Str(m.Name))
		return nil, e
	}
	return nil, th.Errorf(ImportErrorType, "cannot import name '%s'", name)
}

func moduleWhere(m *Module) string {
	if m.File == "" {
		return "unknown location"
	}
	return m.File
}

// importStar implements `from module import *`.
func (th *Thread) importStar(mod Object, f *Frame) error {
	m, ok := mod.(*Module)
	if !ok {
		return nil
	}
	ns := f.NS()
	if ns == nil {
		ns = f.Globals
	}
	if all := m.Dict.GetStr("__all__"); all != nil {
		names, err := th.Iterate(all)
		if err != nil {
			return err
		}
		for _, n := range names {
			s, _ := n.(Str)
			v, err := GetAttr(th, m, string(s))
			if err != nil {
				return err
			}
			ns.SetStr(string(s), v)
		}
		return nil
	}
	for _, kv := range m.Dict.Items() {
		if s, ok := kv[0].(Str); ok && len(s) > 0 && s[0] != '_' {
			ns.SetStr(string(s), kv[1])
		}
	}
	return nil
}

// NewModule returns an empty module with __name__ set.
func NewModule(name, file string) *Module {
	m := &Module{Name: name, Dict: NewDict(), File: file}
	m.Dict.SetStr("__name__", Str(name))
	m.Dict.SetStr("__doc__", None)
	if file != "" {
		m.Dict.SetStr("__file__", Str(file))
	}
	return m
}
