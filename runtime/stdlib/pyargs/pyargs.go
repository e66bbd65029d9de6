// Package pyargs holds what the Go-implemented standard modules share:
// unpacking a builtin's arguments the way a Python function binds them
// (with CPython's messages), converting arguments to Go numbers with the
// messages of CPython's C modules, issuing warnings, and compiling and
// running the embedded Python half of a module.
//
// Unpacking is declarative, in the manner of starlark-go's UnpackArgs:
//
//	var a, b py.Object
//	err := pyargs.Unpack(th, "Random.randint", args, kw, "self", nil, "a", &a, "b", &b)
//
// A parameter name ending in "?" is optional (its pointer keeps its value
// when the argument is absent); "*" alone starts the keyword-only
// parameters; "/" alone ends the positional-only ones. A nil pointer
// accepts the argument and drops it (the self of a method, counted in
// messages as Python counts it).
package pyargs

import (
	"strings"

	"github.com/aioplay/aioplay/runtime/py"
)

type param struct {
	name     string
	optional bool
	kwOnly   bool
	posOnly  bool
	dst      *py.Object
}

// Unpack binds args (positional values then the values of the keywords
// named by kwnames) to the declared parameters, raising TypeError with the
// message CPython gives for a Python function called fname.
func Unpack(th *py.Thread, fname string, args []py.Object, kwnames []string, specs ...any) error {
	var params []param
	kwOnly := false
	for i := 0; i < len(specs); i += 2 {
		name := specs[i].(string)
		if name == "*" {
			kwOnly = true
			i--
			continue
		}
		if name == "/" {
			for j := range params {
				params[j].posOnly = true
			}
			i--
			continue
		}
		p := param{name: name, kwOnly: kwOnly}
		if strings.HasSuffix(name, "?") {
			p.name = name[:len(name)-1]
			p.optional = true
		}
		if d, ok := specs[i+1].(*py.Object); ok {
			p.dst = d
		}
		params = append(params, p)
	}
	npos := len(args) - len(kwnames)
	nposParams := 0
	for _, p := range params {
		if !p.kwOnly {
			nposParams++
		}
	}
	kwOnlyGiven := 0
	for _, k := range kwnames {
		known := false
		for _, p := range params {
			if p.name == k && !p.posOnly {
				known = true
				if p.kwOnly {
					kwOnlyGiven++
				}
			}
		}
		if !known {
			for _, p := range params {
				if p.name == k && p.posOnly {
					return th.Errorf(py.TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", fname, k)
				}
			}
			return th.Errorf(py.TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	if npos > nposParams {
		return tooMany(th, fname, params, nposParams, npos, kwOnlyGiven)
	}
	set := make([]bool, len(params))
	for i := 0; i < npos; i++ {
		set[i] = true
		if params[i].dst != nil {
			*params[i].dst = args[i]
		}
	}
	for j, k := range kwnames {
		found := -1
		for i, p := range params {
			if p.name == k && !p.posOnly {
				found = i
				break
			}
		}
		if set[found] {
			return th.Errorf(py.TypeErrorType, "%s() got multiple values for argument '%s'", fname, k)
		}
		set[found] = true
		if params[found].dst != nil {
			*params[found].dst = args[npos+j]
		}
	}
	var missing, missingKw []string
	for i, p := range params {
		if !set[i] && !p.optional {
			if p.kwOnly {
				missingKw = append(missingKw, "'"+p.name+"'")
			} else {
				missing = append(missing, "'"+p.name+"'")
			}
		}
	}
	if len(missing) > 0 {
		return missingError(th, fname, "positional", missing)
	}
	if len(missingKw) > 0 {
		return missingError(th, fname, "keyword-only", missingKw)
	}
	return nil
}

func missingError(th *py.Thread, fname, kind string, names []string) error {
	s := "s"
	if len(names) == 1 {
		s = ""
	}
	var list string
	switch len(names) {
	case 1:
		list = names[0]
	case 2:
		list = names[0] + " and " + names[1]
	default:
		list = strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
	}
	return th.Errorf(py.TypeErrorType, "%s() missing %d required %s argument%s: %s", fname, len(names), kind, s, list)
}

func tooMany(th *py.Thread, fname string, params []param, nposParams, given, nkw int) error {
	required := 0
	for _, p := range params {
		if !p.kwOnly && !p.optional {
			required++
		}
	}
	var takes string
	switch {
	case required != nposParams:
		takes = sprintf("from %d to %d positional arguments", required, nposParams)
	case nposParams == 1:
		takes = "1 positional argument"
	default:
		takes = sprintf("%d positional arguments", nposParams)
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	if nkw > 0 {
		kws := "s"
		if nkw == 1 {
			kws = ""
		}
		return th.Errorf(py.TypeErrorType, "%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
			fname, takes, given, plural(given), nkw, kws)
	}
	return th.Errorf(py.TypeErrorType, "%s() takes %s but %d %s given", fname, takes, given, was)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// NoKwargs raises CPython's "f() takes no keyword arguments" when a C
// function that accepts only positional arguments got keywords.
func NoKwargs(th *py.Thread, fname string, kwnames []string) error {
	if len(kwnames) > 0 {
		return th.Errorf(py.TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// Positional checks the positional argument count of a C function (one
// declared with METH_VARARGS or Argument Clinic positional parameters),
// with CPython's messages: "f expected 2 arguments, got 1" style for
// min == max > 1, "f() takes exactly one argument (0 given)" for one...
// It also refuses keywords.
func Positional(th *py.Thread, fname string, args []py.Object, kwnames []string, min, max int) error {
	if err := NoKwargs(th, fname, kwnames); err != nil {
		return err
	}
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	switch {
	case min == max && max == 0:
		return th.Errorf(py.TypeErrorType, "%s() takes no arguments (%d given)", fname, n)
	case min == max && max == 1:
		return th.Errorf(py.TypeErrorType, "%s() takes exactly one argument (%d given)", fname, n)
	case min == max:
		return th.Errorf(py.TypeErrorType, "%s expected %d arguments, got %d", fname, max, n)
	case n < min:
		return th.Errorf(py.TypeErrorType, "%s expected at least %d argument%s, got %d", fname, min, plural(min), n)
	}
	return th.Errorf(py.TypeErrorType, "%s expected at most %d argument%s, got %d", fname, max, plural(max), n)
}

// Kwarg returns the keyword argument called name, or nil.
func Kwarg(args []py.Object, kwnames []string, name string) py.Object {
	n := len(args) - len(kwnames)
	for i, k := range kwnames {
		if k == name {
			return args[n+i]
		}
	}
	return nil
}

// NumPos is the number of positional arguments.
func NumPos(args []py.Object, kwnames []string) int { return len(args) - len(kwnames) }

// Clinic is Unpack with the messages of CPython's Argument Clinic, which
// C functions of the standard library use: "f() missing required
// argument 'x' (pos 2)", "f() takes at most 4 positional arguments (5
// given)", "'z' is an invalid keyword argument for f()", "argument for
// f() given by name ('a') and position (1)".
func Clinic(th *py.Thread, fname string, args []py.Object, kwnames []string, specs ...any) error {
	var params []param
	kwOnly := false
	for i := 0; i < len(specs); i += 2 {
		name := specs[i].(string)
		if name == "*" || name == "/" {
			if name == "*" {
				kwOnly = true
			} else {
				for j := range params {
					params[j].posOnly = true
				}
			}
			i--
			continue
		}
		p := param{name: name, kwOnly: kwOnly}
		if strings.HasSuffix(name, "?") {
			p.name = name[:len(name)-1]
			p.optional = true
		}
		if d, ok := specs[i+1].(*py.Object); ok {
			p.dst = d
		}
		params = append(params, p)
	}
	npos := len(args) - len(kwnames)
	maxpos, minpos := 0, 0
	for _, p := range params {
		if !p.kwOnly {
			maxpos++
			if !p.optional {
				minpos++
			}
		}
	}
	if npos > maxpos {
		if maxpos == 0 {
			return th.Errorf(py.TypeErrorType, "%s() takes no positional arguments", fname)
		}
		qual := "at most"
		if minpos == maxpos {
			qual = "exactly"
		}
		return th.Errorf(py.TypeErrorType, "%s() takes %s %d positional argument%s (%d given)", fname, qual, maxpos, plural(maxpos), npos)
	}
	set := make([]bool, len(params))
	for i := 0; i < npos; i++ {
		set[i] = true
		if params[i].dst != nil {
			*params[i].dst = args[i]
		}
	}
	for j, k := range kwnames {
		found := -1
		for i, p := range params {
			if p.name == k && !p.posOnly {
				found = i
			}
		}
		if found < 0 {
			return th.Errorf(py.TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, fname)
		}
		if set[found] {
			return th.Errorf(py.TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, k, found+1)
		}
		set[found] = true
		if params[found].dst != nil {
			*params[found].dst = args[npos+j]
		}
	}
	for i, p := range params {
		if !set[i] && !p.optional {
			if p.kwOnly {
				return th.Errorf(py.TypeErrorType, "%s() missing required keyword-only argument '%s'", fname, p.name)
			}
			return th.Errorf(py.TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, p.name, i+1)
		}
	}
	return nil
}
