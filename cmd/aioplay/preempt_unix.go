//go:build unix

package main

import (
	"os"
	"strings"
	"syscall"
)

// asyncPreemptOff is the GODEBUG setting the CLI runs with.
//
// Go preempts a running goroutine by sending its thread a signal, which
// works only when the signal lands outside runtime code such as a memory
// copy. While a scenario builds a big list or dict, its goroutine spends
// long stretches copying arrays; the collector's worker, on the other CPU,
// waiting to scan that goroutine's stack, then signals it over and over,
// and each signal costs the copy dearly: building a dict of 400,000 keys
// took 0.22 s on two CPUs against 0.14 s without the signals (CPython: 0.15
// s). The interpreter does not need them: it reaches a preemption point at
// every step check (py.Thread's steps), as the WebAssembly build, which has
// no preemption signals, always does.
//
// The setting can only come from the environment when the program starts
// (//go:debug does not accept it), so the CLI starts itself again with it.
const asyncPreemptOff = "asyncpreemptoff=1"

// withoutAsyncPreemption re-executes the CLI with asyncPreemptOff added to
// GODEBUG, unless GODEBUG already says something about asyncpreemptoff
// (set GODEBUG=asyncpreemptoff=0 to keep the signals). It returns only when
// nothing needed doing or the re-execution failed, in which case the CLI
// simply runs as it is.
func withoutAsyncPreemption() {
	godebug, set := os.LookupEnv("GODEBUG")
	if strings.Contains(godebug, "asyncpreemptoff=") {
		return
	}
	exe, err := os.Executable()
	if err != nil {
		return
	}
	if set && godebug != "" {
		godebug += ","
	}
	env := []string{"GODEBUG=" + godebug + asyncPreemptOff}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GODEBUG=") {
			env = append(env, kv)
		}
	}
	_ = syscall.Exec(exe, os.Args, env)
}
