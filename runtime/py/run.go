package py

import "github.com/aioplay/aioplay/runtime/compile"

// RunModule executes a compiled module's code with the given globals.
//
// The reference runner executes the script with exec() from its own
// module, which costs two levels of the recursion limit before the
// script's first frame; the same offset here makes RecursionError strike
// at the same depth (997 nested calls under the default limit of 1000).
func (th *Thread) RunModule(code *compile.Code, globals *Dict) error {
	f := th.newFrame(code, globals, nil)
	th.depth += runnerDepth
	_, err := th.runFrame(f)
	th.depth -= runnerDepth
	return err
}

// runnerDepth is the recursion depth the reference runner uses up.
const runnerDepth = 2

// NewMainGlobals returns the globals of the __main__ module.
func (th *Thread) NewMainGlobals(file string) *Dict {
	m := NewModule("__main__", file)
	m.Dict.SetStr("__builtins__", th.builtinsModule())
	th.Modules["__main__"] = m
	return m.Dict
}

func (th *Thread) builtinsModule() *Module {
	if m, ok := th.Modules["builtins"]; ok {
		return m
	}
	m := &Module{Name: "builtins", Dict: th.Builtins}
	th.Modules["builtins"] = m
	return m
}
