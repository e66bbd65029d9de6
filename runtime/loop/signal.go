package loop

// AddSignalHandler makes cb the loop's handler for signal sig, replacing any
// previous one, and returns its handle, a plain Handle
// (_UnixSelectorEventLoop.add_signal_handler). The Python layer validates sig
// (TypeError, ValueError) before calling; on a closed loop AddSignalHandler
// returns ErrClosed. Cancelling the handle disables the handler: the next
// signal is swallowed and removes it, as in CPython.
func (l *Loop) AddSignalHandler(sig int, cb Callback, tag any) (*Handle, error) {
	if l.closed {
		return nil, ErrClosed
	}
	h := &Handle{Tag: tag, cb: cb, loop: l}
	if l.signalHandlers == nil {
		l.signalHandlers = make(map[int]*Handle)
	}
	l.signalHandlers[sig] = h
	return h, nil
}

// RemoveSignalHandler removes the handler for sig and reports whether there
// was one (_UnixSelectorEventLoop.remove_signal_handler). The Python layer
// restores the signal's default disposition (KeyboardInterrupt for SIGINT).
func (l *Loop) RemoveSignalHandler(sig int) bool {
	if _, ok := l.signalHandlers[sig]; !ok {
		return false
	}
	delete(l.signalHandlers, sig)
	return true
}

// SignalHandler returns the handle of the handler registered for sig, or
// nil.
func (l *Loop) SignalHandler(sig int) *Handle {
	return l.signalHandlers[sig]
}

// DeliverSignal delivers signal sig to the loop, as the operating system
// would, and reports whether a handler from AddSignalHandler was registered
// for it (even a cancelled one: CPython's no-op handler still swallows the
// signal). When it returns false nothing happened, and the host applies the
// signal's Python-level disposition itself (for SIGINT: asyncio.run's
// handler, or raising KeyboardInterrupt).
//
// When it returns true, the signal number was written to the loop's
// self-pipe, as CPython's C-level handler writes it to the wake-up fd, and
// the handler runs as it does in CPython: the next select() returns at once
// (no clock jump, no idle), its reader's handle joins the ready queue behind
// what is there and runs in that iteration, appending the handler's handle
// (_handle_signal, _add_callback_signalsafe), which runs in the iteration
// after. So, delivered from OnIdle, the handler runs in the iteration after
// the idle one; delivered from a callback, two iterations later.
func (l *Loop) DeliverSignal(sig int) bool {
	if _, ok := l.signalHandlers[sig]; !ok {
		return false
	}
	l.writeToSelf(sig)
	return true
}

// writeToSelf writes b to the self-pipe (BaseSelectorEventLoop._write_to_self
// writes 0; the C-level signal handler writes the signal number). A closed
// loop has no pipe.
func (l *Loop) writeToSelf(b int) {
	if l.closed {
		return
	}
	l.selfPipe = append(l.selfPipe, b)
}

// readFromSelf is the callback of the self-pipe's reader handle: it reads
// everything written so far (BaseSelectorEventLoop._read_from_self) and
// handles each signal number in order, skipping wake-up bytes
// (_UnixSelectorEventLoop._process_self_data). CPython's
// _add_callback_signalsafe writes another wake-up byte, which the same read
// consumes; we need not write it.
func (l *Loop) readFromSelf() error {
	pipe := l.selfPipe
	l.selfPipe = pipe[:0]
	for _, sig := range pipe {
		if sig != 0 {
			l.handleSignal(sig)
		}
	}
	return nil
}

// handleSignal queues the handler for sig, or removes it when its handle was
// cancelled (_UnixSelectorEventLoop._handle_signal).
func (l *Loop) handleSignal(sig int) {
	h := l.signalHandlers[sig]
	if h == nil {
		return // removed since the signal arrived
	}
	if h.cancelled {
		l.RemoveSignalHandler(sig)
		return
	}
	l.addCallback(h)
}
