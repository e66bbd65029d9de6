// Command serve serves the built site (dist/) on a local address, with the
// headers production sends (see package static). It works offline.
//
//	go run ./scripts/site/serve [-addr 127.0.0.1:8080] [-dir dist]
package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"path/filepath"

	"github.com/aioplay/aioplay/scripts/site/static"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	dir := flag.String("dir", "dist", "folder to serve (built by make site)")
	flag.Parse()
	if _, err := os.Stat(filepath.Join(*dir, "index.html")); err != nil {
		fmt.Fprintf(os.Stderr, "serve: %s has no index.html: run make site first\n", *dir)
		os.Exit(1)
	}
	fmt.Printf("serving %s at http://%s/ (Ctrl+C stops)\n", *dir, *addr)
	log.Fatal(http.ListenAndServe(*addr, static.Handler(*dir)))
}
