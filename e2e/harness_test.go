package e2e

// The browser tests' harness: finding Chromium, serving the built site on a
// free loopback port, starting a fresh headless browser, reading the page's
// automation contract (site/src/main.js), and the ratchet of known failures.
//
// The tests need the built site: `make e2e` builds it and passes its folder
// in AIOPLAY_SITE_DIR. Plain `go test ./...` skips them with a message.

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/aioplay/aioplay/scripts/site/static"
)

var (
	// knownFailing is e2e/KNOWN_FAILING: gallery slugs and test names that
	// may fail until the interpreter is complete.
	knownFailing = loadKnownFailing()
	// nowPassing collects listed names that passed, reported at the end.
	nowPassing sync.Map
)

func TestMain(m *testing.M) {
	code := m.Run()
	var names []string
	nowPassing.Range(func(k, _ any) bool {
		names = append(names, k.(string))
		return true
	})
	if len(names) > 0 {
		sort.Strings(names)
		fmt.Printf("e2e: listed in KNOWN_FAILING but now passing (remove them): %s\n", strings.Join(names, " "))
	}
	os.Exit(code)
}

func loadKnownFailing() map[string]bool {
	known := map[string]bool{}
	f, err := os.Open("KNOWN_FAILING")
	if err != nil {
		return known
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			known[line] = true
		}
	}
	return known
}

// ratchet reports err for the check called name: a failure of a listed name
// is logged, one of an unlisted name fails the test, and a listed name that
// passes is remembered so that TestMain can say it should come off the list.
func ratchet(t *testing.T, name string, err error) {
	t.Helper()
	switch {
	case err == nil && knownFailing[name]:
		nowPassing.Store(name, true)
		t.Logf("%s passes now: remove it from e2e/KNOWN_FAILING", name)
	case err != nil && knownFailing[name]:
		t.Logf("known failure (e2e/KNOWN_FAILING): %s: %v", name, err)
	case err != nil:
		t.Errorf("%s: %v", name, err)
	}
}

// env is what every browser test needs; needBrowser skips the test when
// it is not there.
type env struct {
	siteDir  string
	chromium string
}

func needBrowser(t *testing.T) env {
	t.Helper()
	dir := os.Getenv("AIOPLAY_SITE_DIR")
	if dir == "" {
		t.Skip("browser test: run `make e2e`, which builds the site and sets AIOPLAY_SITE_DIR")
	}
	if !filepath.IsAbs(dir) {
		// Relative to the repository's root, not to e2e/ where tests run.
		dir = filepath.Join("..", dir)
	}
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		t.Fatalf("AIOPLAY_SITE_DIR=%s has no index.html: %v", dir, err)
	}
	bin := findChromium()
	if bin == "" {
		msg := "chromium not found at /usr/bin/chromium nor on PATH (make e2e installs it with apt-get)"
		if os.Getenv("CI") != "" {
			t.Fatal(msg + "; in CI the browser tests must run")
		}
		t.Skip(msg)
	}
	return env{siteDir: dir, chromium: bin}
}

func findChromium() string {
	if p := os.Getenv("AIOPLAY_CHROMIUM"); p != "" {
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// request is one response the server sent: its path and the bytes it put
// on the wire (after gzip, when the browser asked for it).
type request struct {
	Path  string
	Bytes int64
}

// siteServer serves the built site on a free loopback port, as production
// would (package static), and records what it sent.
type siteServer struct {
	URL string // the page, ending in "/"

	srv      *http.Server
	mu       sync.Mutex
	requests []request
	// hang, while not nil, is closed when the .wasm hang ends (see
	// HangWasm).
	hang chan struct{}
}

// HangWasm(true) holds every request for the .wasm until the client gives
// up: it makes a runtime worker that never gets ready. HangWasm(false) ends
// the hang and resets the requests still held, as a network that comes back
// resets its stuck connections. Resetting matters: the service worker's
// precache may be one of those requests, and while it stays open Chromium's
// HTTP cache makes every later request for the same URL wait behind it.
func (s *siteServer) HangWasm(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case on && s.hang == nil:
		s.hang = make(chan struct{})
	case !on && s.hang != nil:
		close(s.hang)
		s.hang = nil
	}
}

func startServer(t *testing.T, dir string) *siteServer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &siteServer{URL: "http://" + ln.Addr().String() + "/"}
	files := static.Handler(dir)
	s.srv = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		hang := s.hang
		s.mu.Unlock()
		if hang != nil && strings.HasSuffix(r.URL.Path, ".wasm") {
			select {
			case <-r.Context().Done():
				return
			case <-hang:
				panic(http.ErrAbortHandler) // drops the connection
			}
		}
		cw := &countingWriter{ResponseWriter: w}
		files.ServeHTTP(cw, r)
		s.mu.Lock()
		s.requests = append(s.requests, request{Path: r.URL.Path, Bytes: cw.n})
		s.mu.Unlock()
	})}
	go s.srv.Serve(ln)
	t.Cleanup(s.Close)
	return s
}

// Close stops the server and drops every open connection, as a server that
// went away would.
func (s *siteServer) Close() {
	s.srv.Close()
}

// Requests returns what was served so far.
func (s *siteServer) Requests() []request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]request(nil), s.requests...)
}

type countingWriter struct {
	http.ResponseWriter
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.ResponseWriter.Write(p)
	c.n += int64(n)
	return n, err
}

// instrument is evaluated in every page before the page's own scripts (it
// is not subject to the page's policy): it records each runState with the
// time since navigation started, and every policy violation.
const instrument = `
window.__e2e = {states: [], csp: []};
new MutationObserver(() => {
  const s = document.documentElement && document.documentElement.dataset.runState;
  const list = window.__e2e.states;
  if (s && (list.length === 0 || list[list.length - 1][0] !== s)) list.push([s, performance.now()]);
}).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-run-state'], childList: true});
document.addEventListener('securitypolicyviolation', (e) => {
  window.__e2e.csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber);
});
`

// browser is one fresh Chromium process with its own empty profile: a
// cold browser, with nothing cached and no service worker.
type browser struct {
	ctx context.Context
}

func newBrowser(t *testing.T, e env) *browser {
	t.Helper()
	profile := t.TempDir()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(e.chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		// /dev/shm is small in containers; Chromium crashes when it fills.
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	// Cleanups run last-in first-out: the browser exits before its profile
	// folder is removed.
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return &browser{ctx: ctx}
}

// tab opens a new tab with the instrumentation in place.
func (b *browser) tab(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(b.ctx)
	t.Cleanup(cancel)
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: instrument}); err != nil {
		t.Fatalf("instrumenting the tab: %v", err)
	}
	return ctx
}

// The first tab of the browser, for tests that need one only.
func (b *browser) firstTab(t *testing.T) context.Context {
	t.Helper()
	if _, err := chromedp.Call(b.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: instrument}); err != nil {
		t.Fatalf("instrumenting the tab: %v", err)
	}
	return b.ctx
}

// js evaluates expr in the page and decodes its value into T.
func js[T any](ctx context.Context, expr string) (T, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[T](expr))
}

// jsAwait is js for an expression whose value is a promise.
func jsAwait[T any](ctx context.Context, expr string) (T, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
}

// waitFor polls the JS expression cond until it is true.
func waitFor(ctx context.Context, cond string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		ok, err := js[bool](ctx, "!!("+cond+")")
		if err == nil && ok {
			return nil
		}
		if time.Now().After(deadline) {
			if err != nil {
				return fmt.Errorf("waiting for %s: %v", cond, err)
			}
			return fmt.Errorf("waited %v for %s; runState %q", timeout, cond, runState(ctx))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func runState(ctx context.Context) string {
	s, _ := js[string](ctx, "document.documentElement.dataset.runState || ''")
	return s
}

func outputText(ctx context.Context) string {
	s, _ := js[string](ctx, "document.getElementById('output').textContent")
	return s
}

func click(ctx context.Context, id string) error {
	_, err := js[bool](ctx, fmt.Sprintf("(() => { const b = document.getElementById(%q); if (!b || b.disabled) return false; b.click(); return true; })()", id))
	return err
}

// finishRun waits until the run in progress ends, answering the page's
// "idle forever" banner the way the conformance contract's runner does:
// with --sigint-at-idle the first idle gets Ctrl+C, and any other idle
// ends the run ("[idle forever]", status 3).
func finishRun(ctx context.Context, sigintAtIdle bool, timeout time.Duration) (status string, err error) {
	deadline := time.Now().Add(timeout)
	sigints := 0
	for time.Now().Before(deadline) {
		st, err := js[[]any](ctx, `[document.documentElement.dataset.runState, !document.getElementById('idle').hidden, document.documentElement.dataset.exitStatus || '']`)
		if err != nil {
			return "", err
		}
		state, _ := st[0].(string)
		idle, _ := st[1].(bool)
		switch {
		case state == "done":
			s, _ := st[2].(string)
			return s, nil
		case state == "error":
			msg, _ := js[string](ctx, "document.getElementById('status').textContent")
			return "", fmt.Errorf("runState error: %s", msg)
		case idle && sigintAtIdle && sigints == 0:
			sigints++
			err = click(ctx, "idle-sigint")
		case idle:
			err = click(ctx, "idle-stop")
		}
		if err != nil {
			return "", err
		}
		time.Sleep(15 * time.Millisecond)
	}
	return "", fmt.Errorf("the run did not finish within %v (runState %q)", timeout, runState(ctx))
}

// navigate opens url as a new document and waits for it to load. It goes
// through about:blank first: a URL that differs from the current one only
// in its fragment would otherwise be a same-document navigation (the page
// sees a hashchange, not a fresh load).
func navigate(ctx context.Context, url string) error {
	return chromedp.Do(ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(url))
}

// waitRunStarted waits until the page has started a run since it loaded
// (a share link with run=1 starts once the link is decoded, which can be
// after the load event).
func waitRunStarted(ctx context.Context) error {
	return waitFor(ctx, "window.__e2e.states.some((s) => s[0] === 'running')", 10*time.Second)
}

// editorSource reads the editor's whole document through the page's own
// Share button and the share-link contract (CodeMirror only keeps the
// visible lines in the DOM): it checks both directions of the contract.
func editorSource(ctx context.Context) (string, error) {
	// Clear the fragment first, so that a link equal to the current one
	// is still seen to arrive.
	if _, err := js[bool](ctx, "history.replaceState(null, '', location.pathname), true"); err != nil {
		return "", err
	}
	if err := click(ctx, "share"); err != nil {
		return "", err
	}
	if err := waitFor(ctx, "location.hash.includes('code=')", 5*time.Second); err != nil {
		return "", err
	}
	hash, err := js[string](ctx, "location.hash")
	if err != nil {
		return "", err
	}
	_, src, err := ReadFragment(strings.TrimPrefix(hash, "#"))
	return src, err
}

// cspViolations returns what the instrumentation recorded.
func cspViolations(ctx context.Context) []string {
	v, _ := js[[]string](ctx, "window.__e2e ? window.__e2e.csp : []")
	return v
}
