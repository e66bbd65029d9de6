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
	"compress/gzip"
	"io"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
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

// Handler serves the files under dir.
func Handler(dir string) http.Handler {
	return &handler{dir: dir, files: http.Dir(dir)}
}

type handler struct {
	dir   string
	files http.FileSystem
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
}

// compressible lists the types worth gzipping (everything we serve except
// images that are already compressed).
func compressible(ctype string) bool {
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
	ctype := types[path.Ext(name)]
	if ctype == "" {
		ctype = mime.TypeByExtension(path.Ext(name))
	}
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
	if compressible(ctype) && acceptsGzip(r) && r.Header.Get("Range") == "" {
		gw := &gzipWriter{ResponseWriter: w}
		defer gw.Close()
		w = gw
	}
	http.ServeContent(w, r, name, st.ModTime(), f)
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

var gzipPool = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(io.Discard, gzip.DefaultCompression)
	return w
}}

// gzipWriter compresses the body. It starts the gzip stream only when a
// body is written, so a 304 or a HEAD response stays empty, and it drops
// the raw Content-Length that http.ServeContent sets.
type gzipWriter struct {
	http.ResponseWriter
	gz *gzip.Writer
}

func (g *gzipWriter) WriteHeader(code int) {
	h := g.ResponseWriter.Header()
	h.Del("Content-Length")
	if code == http.StatusOK || code == http.StatusNotFound {
		h.Set("Content-Encoding", "gzip")
	}
	g.ResponseWriter.WriteHeader(code)
}

func (g *gzipWriter) Write(p []byte) (int, error) {
	if g.gz == nil {
		if g.ResponseWriter.Header().Get("Content-Encoding") == "" {
			g.WriteHeader(http.StatusOK)
		}
		g.gz = gzipPool.Get().(*gzip.Writer)
		g.gz.Reset(g.ResponseWriter)
	}
	return g.gz.Write(p)
}

// Close ends the gzip stream, if one was started.
func (g *gzipWriter) Close() error {
	if g.gz == nil {
		return nil
	}
	err := g.gz.Close()
	gzipPool.Put(g.gz)
	g.gz = nil
	return err
}
