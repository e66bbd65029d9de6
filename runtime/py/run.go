package py

import "github.com/aioplay/aioplay/runtime/compile"

// RunModule executes a compiled module's code with the given globals.
func (th *Thread) RunModule(code *compile.Code, globals *Dict) error {
	f := th.newFrame(code, globals, nil)
	_, err := th.runFrame(f)
	return err
}

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
