// Package e2e holds aioplay's browser tests (run by `make e2e`) and the
// two small pieces of the page's contracts that other tools need in Go:
// making share links (this file) and normalizing transcripts before
// comparing them (normalize.go).
package e2e

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"fmt"
	"io"
	"net/url"
)

// ShareFragment returns the fragment (without "#") of a share link that
// opens source in the playground with the given Python version, and runs
// it at once when run is true:
//
//	py=3.11&code=<base64url, no padding, of the raw-DEFLATE UTF-8 source>[&run=1]
//
// This is the page's contract (site/src/share.js): compress/flate writes
// raw DEFLATE, which the browser's DecompressionStream("deflate-raw") reads.
func ShareFragment(python, source string, run bool) string {
	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		panic(err) // only for an invalid level
	}
	w.Write([]byte(source)) // writes to a bytes.Buffer cannot fail
	w.Close()
	f := "py=" + url.QueryEscape(python) + "&code=" + base64.RawURLEncoding.EncodeToString(buf.Bytes())
	if run {
		f += "&run=1"
	}
	return f
}

// ShareLink is base (the page's URL, e.g. "http://127.0.0.1:8080/") with
// the fragment of ShareFragment.
func ShareLink(base, python, source string, run bool) string {
	return base + "#" + ShareFragment(python, source, run)
}

// ReadFragment decodes a share link's fragment (without "#"): the Python
// version and the source. It is the inverse of ShareFragment, and reads
// the links the page's Share button makes.
func ReadFragment(fragment string) (python, source string, err error) {
	q, err := url.ParseQuery(fragment)
	if err != nil {
		return "", "", err
	}
	raw, err := base64.RawURLEncoding.DecodeString(q.Get("code"))
	if err != nil {
		return "", "", fmt.Errorf("code: %w", err)
	}
	src, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(raw)), 1<<20))
	if err != nil {
		return "", "", fmt.Errorf("code: %w", err)
	}
	return q.Get("py"), string(src), nil
}
