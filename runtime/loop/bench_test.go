package loop

import "testing"

// BenchmarkCallSoon1M schedules a million call_soon handles and runs them in
// one iteration. Reported per handle: ns/op and allocs/op are for one
// handle (the handle itself is the only allocation).
func BenchmarkCallSoon1M(b *testing.B) {
	const n = 1_000_000
	noop := func() error { return nil }
	b.ReportAllocs()
	for i := 0; i < b.N; i += n {
		l := New(nil)
		for j := 0; j < n; j++ {
			_, _ = l.CallSoon(noop, nil)
		}
		if err := l.RunOnce(); err != nil || l.ReadyLen() != 0 {
			b.Fatal(err)
		}
	}
}

// BenchmarkTimers100k schedules 100 000 timers at scattered deadlines (many
// equal) and runs the loop until all have fired. Reported per timer.
func BenchmarkTimers100k(b *testing.B) {
	const n = 100_000
	noop := func() error { return nil }
	b.ReportAllocs()
	for i := 0; i < b.N; i += n {
		l := New(nil)
		r := lcg(i)
		for j := 0; j < n; j++ {
			_, _ = l.CallLater(float64(r.next()%10_000)/100, noop, nil)
		}
		_, _ = l.CallLater(101, func() error { l.Stop(); return nil }, nil)
		if err := l.RunForever(); err != nil || l.ScheduledLen() != 0 {
			b.Fatal(err)
		}
	}
}

// BenchmarkTimers100kHalfCancelled is BenchmarkTimers100k with every other
// timer cancelled before the run, so the heap is rebuilt.
func BenchmarkTimers100kHalfCancelled(b *testing.B) {
	const n = 100_000
	noop := func() error { return nil }
	b.ReportAllocs()
	for i := 0; i < b.N; i += n {
		l := New(nil)
		r := lcg(i)
		for j := 0; j < n; j++ {
			h, _ := l.CallLater(float64(r.next()%10_000)/100, noop, nil)
			if j%2 == 1 {
				h.Cancel()
			}
		}
		_, _ = l.CallLater(101, func() error { l.Stop(); return nil }, nil)
		if err := l.RunForever(); err != nil || l.ScheduledLen() != 0 {
			b.Fatal(err)
		}
	}
}

// BenchmarkPingPong is the steady state of tasks stepping each other: 1000
// callbacks that each reschedule themselves with call_soon, one iteration
// after another. Reported per callback run.
func BenchmarkPingPong(b *testing.B) {
	l := New(nil)
	const width = 1000
	left := b.N
	var cb Callback
	cb = func() error {
		if left > 0 {
			left--
			_, _ = l.CallSoon(cb, nil)
		}
		return nil
	}
	for j := 0; j < width; j++ {
		_, _ = l.CallSoon(cb, nil)
	}
	l.OnIdle = func() error { l.Stop(); return nil }
	b.ReportAllocs()
	b.ResetTimer()
	if err := l.RunForever(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkSleepers is 1000 "tasks" each sleeping a different period over
// and over (asyncio.sleep through call_later). Reported per wake-up.
func BenchmarkSleepers(b *testing.B) {
	l := New(nil)
	left := b.N
	for j := 0; j < 1000; j++ {
		period := float64(j%37+1) / 100
		var cb Callback
		cb = func() error {
			if left > 0 {
				left--
				_, _ = l.CallLater(period, cb, nil)
			}
			return nil
		}
		_, _ = l.CallLater(period, cb, nil)
	}
	l.OnIdle = func() error { l.Stop(); return nil }
	b.ReportAllocs()
	b.ResetTimer()
	if err := l.RunForever(); err != nil {
		b.Fatal(err)
	}
}
