package compile

import (
	"strings"

	"github.com/aioplay/aioplay/runtime/syntax"
)

// Private name mangling: inside a class body, and the functions nested in
// it, an identifier spelt __name (two leading underscores, not ending in
// two) stands for _Class__name, so that subclasses do not clash with it.
// CPython applies this to every name it binds or loads, attribute names,
// parameters and the names of nested definitions, but not to keyword
// argument names in calls. We rewrite the tree once, before the symbol
// table is built, so that scoping sees the mangled names.

// mangleModule rewrites the private names of every class in mod. The
// names of functions and classes keep their spelling (it is their
// __name__); the names they are bound to are returned, by definition.
func mangleModule(mod *syntax.Module) map[syntax.Node]string {
	defs := map[syntax.Node]string{}
	for _, s := range mod.Body {
		mangleIn(s, "", defs)
	}
	return defs
}

// Mangle returns name as it is spelt inside class private ("" outside
// any class): __x in class C is _C__x.
func Mangle(private, name string) string { return mangle(private, name) }

// mangle returns name as it is spelt inside class private ("" outside
// any class).
func mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	stripped := strings.TrimLeft(private, "_")
	if stripped == "" {
		return name
	}
	return "_" + stripped + name
}

// mangleIn rewrites the subtree n, which lies inside class private.
func mangleIn(n syntax.Node, private string, defs map[syntax.Node]string) {
	syntax.Walk(n, func(x syntax.Node) bool {
		switch v := x.(type) {
		case *syntax.ClassDef:
			// The name, bases and decorators belong to the enclosing
			// scope; the body to the new class.
			if m := mangle(private, v.Name); m != v.Name {
				defs[v] = m
			}
			for _, e := range v.Bases {
				mangleIn(e, private, defs)
			}
			for _, k := range v.Keywords {
				mangleIn(k.Value, private, defs)
			}
			for _, d := range v.DecoratorList {
				mangleIn(d, private, defs)
			}
			for _, s := range v.Body {
				mangleIn(s, v.Name, defs)
			}
			return false
		case *syntax.Name:
			v.ID = mangle(private, v.ID)
		case *syntax.Attribute:
			v.Attr = mangle(private, v.Attr)
		case *syntax.Arg:
			v.Arg = mangle(private, v.Arg)
		case *syntax.FunctionDef:
			if m := mangle(private, v.Name); m != v.Name {
				defs[v] = m
			}
		case *syntax.AsyncFunctionDef:
			if m := mangle(private, v.Name); m != v.Name {
				defs[v] = m
			}
		case *syntax.Global:
			for i, name := range v.Names {
				v.Names[i] = mangle(private, name)
			}
		case *syntax.Nonlocal:
			for i, name := range v.Names {
				v.Names[i] = mangle(private, name)
			}
		case *syntax.ExceptHandler:
			v.Name = mangle(private, v.Name)
		case *syntax.Alias:
			if v.Asname != "" {
				v.Asname = mangle(private, v.Asname)
			}
		}
		return true
	})
}

// bindName is the name a function or class definition binds: its own,
// or the mangled one.
func (st *symtable) bindName(n syntax.Node, name string) string {
	if m, ok := st.defNames[n]; ok {
		return m
	}
	return name
}
