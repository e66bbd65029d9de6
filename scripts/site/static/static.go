// Package static serves the built site (dist/) the way production does:
// the same security and cache headers as netlify.toml, the right MIME type
// for WebAssembly (which streaming compilation requires), and gzip for
// clients that accept it, so that transfer sizes measured locally are what
// users download. It needs no network and no other program.
//
// `make serve` uses it through scripts/site/serve; the browser tests in e2e/
// start it in-process on a free loopback port.
package static

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// ContentSecurityPolicy is the policy netlify.toml sends with every page;
// a test in this package keeps the two identical. WebAssembly compilation
// needs 'wasm-unsafe-eval' (and nothing broader); there is no inline script
// or style anywhere on the site.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; " +
	"style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// Cache-Control values, as in netlify.toml: hashed assets never change
// under their name; the page and the service worker are never used from
// the HTTP cache without asking (a stale sw.js would keep serving an old
// site); the other stable files get Netlify's default.
const (
	CacheImmutable  = "public, max-age=31536000, immutable"
	CacheNone       = "no-cache"
	CacheRevalidate = "public, max-age=0, must-revalidate"
)

// Handler serves the files under dir. It compresses the compressible
// files once, up front (and again when one changes), as a CDN would: with
// gzip done per request, the 5 MB WebAssembly module alone would cost a
// quarter of a second of CPU on every cold load. A file that has a
// precompressed copy beside it (NAME.gz, which `make site` writes with
// zopfli, about 5% smaller than compress/gzip's best) is sent as that copy
// instead, as long as the copy is not older than the file.
func Handler(dir string) http.Handler {
	h := &handler{dir: dir, files: http.Dir(dir)}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err == nil && compressible(contentType(rel)) {
			h.gzipped("/" + filepath.ToSlash(rel))
		}
		return nil
	})
	return h
}

type handler struct {
	dir   string
	files http.FileSystem
}

// gzCache holds compressed files by absolute path, shared by every handler
// of the process (the browser tests start one server per test).
var gzCache = struct {
	sync.Mutex
	m map[string]*gzEntry
}{m: map[string]*gzEntry{}}

// gzEntry is a file's gzip-compressed content, valid while the file keeps
// its modification time and size.
type gzEntry struct {
	mod  time.Time
	size int64
	data []byte
}

// Types that Go's mime table may lack or get wrong on a bare system.
var types = map[string]string{
	".wasm":        "application/wasm",
	".webmanifest": "application/manifest+json",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".html":        "text/html; charset=utf-8",
	".json":        "application/json",
	".svg":         "image/svg+xml",
	".gz":          "application/gzip", // the precompressed copies, never compressed again
}

// compressible lists the types worth gzipping (everything we serve except
// images that are already compressed, and the precompressed copies).
func compressible(ctype string) bool {
	if ctype == "application/gzip" {
		return false
	}
	return strings.HasPrefix(ctype, "text/") || strings.HasPrefix(ctype, "application/") || ctype == "image/svg+xml"
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := path.Clean("/" + r.URL.Path)
	if strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	info, err := os.Stat(filepath.Join(h.dir, filepath.FromSlash(name)))
	if err == nil && info.IsDir() {
		name = path.Join(name, "index.html")
	}

	hdr := w.Header()
	hdr.Set("Content-Security-Policy", ContentSecurityPolicy)
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Referrer-Policy", "no-referrer")
	hdr.Set("Cross-Origin-Opener-Policy", "same-origin")
	switch {
	case strings.HasPrefix(name, "/assets/"):
		hdr.Set("Cache-Control", CacheImmutable)
	case name == "/index.html" || name == "/sw.js":
		hdr.Set("Cache-Control", CacheNone)
	default:
		hdr.Set("Cache-Control", CacheRevalidate)
	}
	ctype := contentType(name)
	if ctype != "" {
		hdr.Set("Content-Type", ctype)
	}

	f, err := h.files.Open(name)
	if err != nil {
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || st.IsDir() {
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	}
	hdr.Add("Vary", "Accept-Encoding")
	if compressible(ctype) && acceptsGzip(r) {
		if gz := h.gzipped(name); gz != nil {
			hdr.Set("Content-Encoding", "gzip")
			http.ServeContent(w, r, name, st.ModTime(), bytes.NewReader(gz))
			return
		}
	}
	http.ServeContent(w, r, name, st.ModTime(), f)
}

// gzipped returns the compressed content of the file name (a clean path
// from the site's root), or nil when it cannot be read.
func (h *handler) gzipped(name string) []byte {
	p := filepath.Join(h.dir, filepath.FromSlash(name))
	st, err := os.Stat(p)
	if err != nil {
		return nil
	}
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	gzCache.Lock()
	defer gzCache.Unlock()
	if e := gzCache.m[p]; e != nil && e.mod.Equal(st.ModTime()) && e.size == st.Size() {
		return e.data
	}
	if pre, err := os.Stat(p + ".gz"); err == nil && !pre.ModTime().Before(st.ModTime()) {
		if data, err := os.ReadFile(p + ".gz"); err == nil {
			gzCache.m[p] = &gzEntry{mod: st.ModTime(), size: st.Size(), data: data}
			return data
		}
	}
	raw, err := os.ReadFile(p)
	if err != nil {
		return nil
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(raw)
	zw.Close()
	gzCache.m[p] = &gzEntry{mod: st.ModTime(), size: st.Size(), data: buf.Bytes()}
	return buf.Bytes()
}

// contentType is the Content-Type for a file name.
func contentType(name string) string {
	if t, ok := types[path.Ext(name)]; ok {
		return t
	}
	return mime.TypeByExtension(path.Ext(name))
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(enc) == "gzip" && strings.TrimSpace(q) != "q=0" {
			return true
		}
	}
	return false
}
