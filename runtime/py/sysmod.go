package py

func init() {
	RegisterModule("sys", loadSys)
}

// SysExitType is the class of sys.exit()'s exception (SystemExit).
func loadSys(th *Thread) (*Module, error) {
	m := NewModule("sys", "")
	d := m.Dict
	d.SetStr("argv", NewList([]Object{Str("main.py")}))
	d.SetStr("stdout", &StdStream{Stream: StreamStdout})
	d.SetStr("stderr", &StdStream{Stream: StreamStderr})
	d.SetStr("__stdout__", d.GetStr("stdout"))
	d.SetStr("__stderr__", d.GetStr("stderr"))
	d.SetStr("maxsize", Int(1<<63-1))
	d.SetStr("platform", Str("linux"))
	d.SetStr("byteorder", Str("little"))
	d.SetStr("executable", Str("/usr/bin/python3"))
	d.SetStr("path", NewList([]Object{Str("")}))
	version := "3.11.7 (main, aioplay) [Go]"
	vinfo := Tuple{Int(3), Int(11), Int(7), Str("final"), Int(0)}
	if th.Py36 {
		version = "3.6.3 (default, aioplay) [Go]"
		vinfo = Tuple{Int(3), Int(6), Int(3), Str("final"), Int(0)}
	}
	d.SetStr("version", Str(version))
	d.SetStr("version_info", vinfo)
	modules := NewDict()
	d.SetStr("modules", modules)
	fns := map[string]BuiltinFn{
		"exit": func(th *Thread, args []Object, kw []string) (Object, error) {
			e := &Exception{Class: SystemExitType, Args: Tuple(append([]Object(nil), args...))}
			return nil, e
		},
		"getrecursionlimit": func(th *Thread, args []Object, kw []string) (Object, error) {
			return Int(th.RecursionLimit), nil
		},
		"setrecursionlimit": func(th *Thread, args []Object, kw []string) (Object, error) {
			n, ok := firstArg(args).(Int)
			if !ok || n < 1 {
				return nil, th.NewError(ValueErrorType, "recursion limit must be greater or equal than 1")
			}
			// The Go stack bounds how deep we can really go.
			if n > 20000 {
				n = 20000
			}
			th.RecursionLimit = int(n)
			return None, nil
		},
		"exc_info": func(th *Thread, args []Object, kw []string) (Object, error) {
			e := th.currentHandled()
			if e == nil {
				return Tuple{None, None, None}, nil
			}
			var tb Object = None
			if e.Traceback != nil {
				tb = &TracebackObject{e.Traceback}
			}
			return Tuple{e.Class, e, tb}, nil
		},
		"exception": func(th *Thread, args []Object, kw []string) (Object, error) {
			if e := th.currentHandled(); e != nil {
				return e, nil
			}
			return None, nil
		},
		"getsizeof": func(th *Thread, args []Object, kw []string) (Object, error) {
			return Int(64), nil
		},
		"intern": func(th *Thread, args []Object, kw []string) (Object, error) { return firstArg(args), nil },
		"_getframe": func(th *Thread, args []Object, kw []string) (Object, error) {
			f := th.frame
			if n, ok := firstArg(args).(Int); ok {
				for ; n > 0 && f != nil; n-- {
					f = f.Back
				}
			}
			if f == nil {
				return nil, th.NewError(ValueErrorType, "call stack is not deep enough")
			}
			return frameObject(f), nil
		},
		// _exc(e) is e's traceback as the traceback module prints it;
		// _exc(file, line) a line of source (for logging).
		"_exc": func(th *Thread, args []Object, kw []string) (Object, error) {
			if e, ok := firstArg(args).(*Exception); ok {
				return Str(th.FormatException(e)), nil
			}
			var f Str
			var n Int
			if len(args) == 2 {
				f, _ = args[0].(Str)
				n, _ = args[1].(Int)
			}
			return Str(th.SourceLine(string(f), int(n))), nil
		},
		"get_int_max_str_digits": func(th *Thread, args []Object, kw []string) (Object, error) { return Int(4300), nil },
	}
	for _, name := range sortedKeys(fns) {
		d.SetStr(name, &Builtin{Name: name, Qualname: name, Fn: fns[name], Module: "sys"})
	}
	return m, nil
}

func firstArg(args []Object) Object {
	if len(args) == 0 {
		return nil
	}
	return args[0]
}
