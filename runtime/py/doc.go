// Package py is aioplay's Python object model and virtual machine.
//
// # Values
//
// Every Python value is an Object: a Go value whose Type method names its
// Python class. The common immutable values are small Go types, so most of
// them need no allocation to box:
//
//	None        *NoneType (one value, None)
//	bool        Bool
//	int         Int (int64) and *BigInt (math/big) once a result overflows;
//	            every operation normalises back to Int when it fits
//	float       Float
//	str         Str (a Go string holding UTF-8; indexing is by code point)
//	bytes       Bytes
//	tuple       Tuple ([]Object)
//	list        *List, dict *Dict (insertion ordered), set/frozenset *Set
//	class       *Type; instances of user classes are *Instance, and of
//	            exception classes *Exception
//	functions   *Function (Python code), *Builtin (Go code), *Method (bound)
//	generators  *Generator (also coroutines and async generators)
//
// # Errors
//
// A Python exception is a *Exception, which implements Go's error. Every
// operation that can raise returns (Object, error); a non-nil error is always
// a *Exception (or, for internal faults, converted into one at the
// boundary). There is no panic-based control flow.
//
// # Frames
//
// Python code is compiled (package compile) to a Code object of simple
// instructions. Each call runs in a heap-allocated Frame that owns its value
// stack, block stack and program counter, so a generator or coroutine
// suspends simply by returning from the eval loop with its frame intact, and
// resumes by running the same frame again: send(v), throw(exc) and close()
// need no goroutines. The event loop (package loop) drives coroutines through
// the same Send/Throw interface.
//
// # Threads
//
// A Thread is one scenario's interpreter state: the call stack, the step and
// memory budgets, the output hooks, the module registry. Nothing here is
// global and mutable: builtin types are created once and never change.
package py
