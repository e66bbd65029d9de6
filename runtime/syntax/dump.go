package syntax

import (
	"strconv"
	"strings"
)

// Dump returns the text CPython 3.11 prints for
// ast.dump(node, include_attributes=True): every field in declaration
// order as name=value, optional fields that are None left out, empty lists
// kept, then the position attributes.
func Dump(node Node) string {
	d := &dumper{}
	d.node(node)
	return d.b.String()
}

type dumper struct {
	b     strings.Builder
	first []bool // per open node: no field written yet
}

func (d *dumper) open(name string) {
	d.b.WriteString(name)
	d.b.WriteByte('(')
	d.first = append(d.first, true)
}

func (d *dumper) close() {
	d.first = d.first[:len(d.first)-1]
	d.b.WriteByte(')')
}

// key starts a field.
func (d *dumper) key(name string) {
	top := len(d.first) - 1
	if !d.first[top] {
		d.b.WriteString(", ")
	}
	d.first[top] = false
	d.b.WriteString(name)
	d.b.WriteByte('=')
}

func (d *dumper) str(name, v string) {
	d.key(name)
	d.b.WriteString(reprStr(v))
}

// optStr writes a field holding an optional identifier ("" is None).
func (d *dumper) optStr(name, v string) {
	if v != "" {
		d.str(name, v)
	}
}

func (d *dumper) int(name string, v int) {
	d.key(name)
	d.b.WriteString(strconv.Itoa(v))
}

func (d *dumper) enum(name, v string) {
	d.key(name)
	d.b.WriteString(v)
	d.b.WriteString("()")
}

// child writes a field holding one node; a nil node is None and omitted.
func (d *dumper) child(name string, n Node) {
	if isNil(n) {
		return
	}
	d.key(name)
	d.node(n)
}

func (d *dumper) pos(p *Pos) {
	d.int("lineno", p.Lineno)
	d.int("col_offset", p.ColOffset)
	d.int("end_lineno", p.EndLineno)
	d.int("end_col_offset", p.EndColOffset)
}

// isNil reports whether n is a nil interface or a typed nil pointer.
func isNil(n Node) bool {
	switch n := n.(type) {
	case nil:
		return true
	case *Arguments:
		return n == nil
	case *Arg:
		return n == nil
	}
	return false
}

// list writes a list field; nil entries print as None (Dict keys,
// kw_defaults).
func list[T Node](d *dumper, name string, items []T) {
	d.key(name)
	d.b.WriteByte('[')
	for i, it := range items {
		if i > 0 {
			d.b.WriteString(", ")
		}
		if isNil(it) {
			d.b.WriteString("None")
		} else {
			d.node(it)
		}
	}
	d.b.WriteByte(']')
}

func (d *dumper) names(name string, items []string) {
	d.key(name)
	d.b.WriteByte('[')
	for i, s := range items {
		if i > 0 {
			d.b.WriteString(", ")
		}
		d.b.WriteString(reprStr(s))
	}
	d.b.WriteByte(']')
}

func (d *dumper) node(n Node) {
	switch n := n.(type) {
	case *Module:
		d.open("Module")
		list(d, "body", n.Body)
		d.key("type_ignores")
		d.b.WriteString("[]")
		d.close()
		return
	case *Arguments:
		d.open("arguments")
		list(d, "posonlyargs", n.Posonlyargs)
		list(d, "args", n.Args)
		d.child("vararg", n.Vararg)
		list(d, "kwonlyargs", n.Kwonlyargs)
		list(d, "kw_defaults", n.KwDefaults)
		d.child("kwarg", n.Kwarg)
		list(d, "defaults", n.Defaults)
		d.close()
		return
	case *WithItem:
		d.open("withitem")
		d.child("context_expr", n.ContextExpr)
		d.child("optional_vars", n.OptionalVars)
		d.close()
		return
	case *Comprehension:
		d.open("comprehension")
		d.child("target", n.Target)
		d.child("iter", n.Iter)
		list(d, "ifs", n.Ifs)
		d.int("is_async", n.IsAsync)
		d.close()
		return
	}
	if !d.stmt(n) && !d.expr(n) && !d.helper(n) {
		d.b.WriteString("<unknown node>")
	}
}

// helper writes the positioned helper nodes.
func (d *dumper) helper(n Node) bool {
	switch n := n.(type) {
	case *Arg:
		d.open("arg")
		d.str("arg", n.Arg)
		d.child("annotation", n.Annotation)
		d.pos(&n.Pos)
	case *Keyword:
		d.open("keyword")
		d.optStr("arg", n.Arg)
		d.child("value", n.Value)
		d.pos(&n.Pos)
	case *Alias:
		d.open("alias")
		d.str("name", n.Name)
		d.optStr("asname", n.Asname)
		d.pos(&n.Pos)
	case *ExceptHandler:
		d.open("ExceptHandler")
		d.child("type", n.Type)
		d.optStr("name", n.Name)
		list(d, "body", n.Body)
		d.pos(&n.Pos)
	default:
		return false
	}
	d.close()
	return true
}
