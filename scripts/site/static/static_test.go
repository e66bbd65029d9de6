package static

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestPolicyMatchesNetlify keeps the local server honest: the browser tests
// run against it, so its policy must be the one production sends.
func TestPolicyMatchesNetlify(t *testing.T) {
	data, err := os.ReadFile("../../../netlify.toml")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^\s*Content-Security-Policy\s*=\s*"([^"]*)"`).FindAllStringSubmatch(string(data), -1)
	if len(m) != 1 {
		t.Fatalf("netlify.toml: want one Content-Security-Policy, found %d", len(m))
	}
	if m[0][1] != ContentSecurityPolicy {
		t.Errorf("netlify.toml's policy differs from static.ContentSecurityPolicy:\n toml: %s\n   go: %s", m[0][1], ContentSecurityPolicy)
	}
	for _, want := range []string{"script-src 'self' 'wasm-unsafe-eval'", "worker-src 'self'"} {
		if !strings.Contains(ContentSecurityPolicy, want) {
			t.Errorf("policy lacks %q", want)
		}
	}
	if strings.Contains(ContentSecurityPolicy, "unsafe-inline") || strings.Contains(ContentSecurityPolicy, "'unsafe-eval'") {
		t.Error("policy allows inline or eval'd script")
	}
}

func site(t *testing.T) string {
	dir := t.TempDir()
	files := map[string]string{
		"index.html":             "<!doctype html><title>x</title>" + strings.Repeat(" ", 2000),
		"sw.js":                  "self.x = 1;",
		"assets/aioplay.ab.wasm": "\x00asm\x01\x00\x00\x00" + strings.Repeat("\x00", 4000),
		"assets/app.cd.js":       "console.log(1);",
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func get(t *testing.T, h http.Handler, path string, gzipOK bool) *http.Response {
	req := httptest.NewRequest("GET", path, nil)
	if gzipOK {
		req.Header.Set("Accept-Encoding", "gzip")
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func TestHeaders(t *testing.T) {
	h := Handler(site(t))
	cases := []struct {
		path, ctype, cache string
	}{
		{"/", "text/html; charset=utf-8", CacheNone},
		{"/sw.js", "text/javascript; charset=utf-8", CacheNone},
		{"/assets/aioplay.ab.wasm", "application/wasm", CacheImmutable},
		{"/assets/app.cd.js", "text/javascript; charset=utf-8", CacheImmutable},
	}
	for _, c := range cases {
		res := get(t, h, c.path, false)
		if res.StatusCode != 200 {
			t.Errorf("%s: status %d", c.path, res.StatusCode)
			continue
		}
		if got := res.Header.Get("Content-Type"); got != c.ctype {
			t.Errorf("%s: Content-Type %q, want %q", c.path, got, c.ctype)
		}
		if got := res.Header.Get("Cache-Control"); got != c.cache {
			t.Errorf("%s: Cache-Control %q, want %q", c.path, got, c.cache)
		}
		if res.Header.Get("Content-Security-Policy") != ContentSecurityPolicy {
			t.Errorf("%s: no policy", c.path)
		}
	}
	if res := get(t, h, "/missing.js", false); res.StatusCode != 404 {
		t.Errorf("missing file: status %d", res.StatusCode)
	}
	if res := get(t, h, "/../../etc/passwd", false); res.StatusCode != 404 {
		t.Errorf("path escape: status %d", res.StatusCode)
	}
}

func TestGzip(t *testing.T) {
	dir := site(t)
	h := Handler(dir)
	want, _ := os.ReadFile(filepath.Join(dir, "assets/aioplay.ab.wasm"))
	res := get(t, h, "/assets/aioplay.ab.wasm", true)
	if res.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("wasm not gzipped: %v", res.Header)
	}
	if res.Header.Get("Content-Length") != "" {
		t.Errorf("raw Content-Length kept on a gzipped body")
	}
	zr, err := gzip.NewReader(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(zr)
	if err != nil || string(got) != string(want) {
		t.Errorf("gzip body differs (err %v)", err)
	}
	if raw := get(t, h, "/assets/aioplay.ab.wasm", false); raw.Header.Get("Content-Encoding") != "" {
		t.Error("gzip sent to a client that did not ask")
	}

	// A revalidation answered 304 has no body, gzip or not.
	req := httptest.NewRequest("GET", "/", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	req.Header.Set("If-Modified-Since", res.Header.Get("Last-Modified"))
	first := get(t, h, "/", true)
	req.Header.Set("If-Modified-Since", first.Header.Get("Last-Modified"))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
		t.Errorf("conditional GET: status %d, %d body bytes", rec.Code, rec.Body.Len())
	}
}

// TestPrecompressed: a NAME.gz beside a file (as `make site` writes) is
// what goes on the wire, unless it is older than the file, which then gets
// compressed here as before.
func TestPrecompressed(t *testing.T) {
	dir := site(t)
	js := filepath.Join(dir, "assets/app.cd.js")
	var pre strings.Builder
	zw, _ := gzip.NewWriterLevel(&pre, gzip.NoCompression) // recognisably not what the server makes
	zw.Write([]byte("console.log(1);"))
	zw.Close()
	if err := os.WriteFile(js+".gz", []byte(pre.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	body := func() string {
		res := get(t, Handler(dir), "/assets/app.cd.js", true)
		if res.Header.Get("Content-Encoding") != "gzip" {
			t.Fatalf("not gzipped: %v", res.Header)
		}
		b, _ := io.ReadAll(res.Body)
		return string(b)
	}
	if got := body(); got != pre.String() {
		t.Errorf("the precompressed copy was not sent (%d bytes, want %d)", len(got), pre.Len())
	}

	// The file changes after its copy was made: the copy is stale.
	future := time.Now().Add(time.Hour)
	if err := os.Chtimes(js, future, future); err != nil {
		t.Fatal(err)
	}
	got := body()
	zr, err := gzip.NewReader(strings.NewReader(got))
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := io.ReadAll(zr)
	if got == pre.String() || string(plain) != "console.log(1);" {
		t.Errorf("a stale precompressed copy was sent, or the body is wrong: %q", plain)
	}
}
