// Command sharelink prints the playground link that opens a Python file,
// in the page's share-link format (see e2e.ShareFragment).
//
//	go run ./scripts/site/sharelink [-base URL] [-python 3.11|3.6] [-run] FILE.py|-
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/aioplay/aioplay/e2e"
)

func main() {
	base := flag.String("base", "http://127.0.0.1:8080/", "the playground's address")
	python := flag.String("python", "3.11", "Python version: 3.11 or 3.6")
	run := flag.Bool("run", false, "run the code as soon as the link opens")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: sharelink [-base URL] [-python 3.11|3.6] [-run] FILE.py|-")
		os.Exit(2)
	}
	var src []byte
	var err error
	if name := flag.Arg(0); name == "-" {
		src, err = io.ReadAll(os.Stdin)
	} else {
		src, err = os.ReadFile(name)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "sharelink:", err)
		os.Exit(1)
	}
	fmt.Println(e2e.ShareLink(*base, *python, string(src), *run))
}
