//go:build !unix

package main

// withoutAsyncPreemption does nothing where a process cannot replace
// itself (see preempt_unix.go).
func withoutAsyncPreemption() {}
