package e2e

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

func TestNormalize(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", ""},
		{"a  \nb\t\n\n", "a\nb\n\n"},
		{"no newline", "no newline\n"},
		{"<Task at 0x7f3a2b1c9d40> 0xff 0x1234567\n", "<Task at 0xADDR> 0xff 0x1234567\n"},
		{"[idle forever] (after 3 s)\n", "[idle forever]\n"},
		{"a\r\nb\rc\u0085d\u2028e\n", "a\nb\nc\nd\ne\n"},
		{`Traceback (most recent call last):
  File "main.py", line 17, in <module>
    loop.run_forever()
  File "/usr/lib/python3.11/asyncio/base_events.py", line 607, in run_forever
    self._run_once()
  File "<virtual clock>", line 125, in select
    os.kill(os.getpid(), signal.SIGINT)
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
KeyboardInterrupt
`, `Traceback (most recent call last):
  File "main.py", line 17, in <module>
    loop.run_forever()
KeyboardInterrupt
`},
		{`  + Exception Group Traceback (most recent call last):
  |   File "main.py", line 3, in <module>
  |     main()
  |   File "/usr/lib/python3.11/asyncio/taskgroups.py", line 147, in __aexit__
  |     raise me from None
  |     ^^^^^^^^^^^^^^^^^^
  | ExceptionGroup: x (1 sub-exception)
`, `  + Exception Group Traceback (most recent call last):
  |   File "main.py", line 3, in <module>
  |     main()
  | ExceptionGroup: x (1 sub-exception)
`},
	}
	for _, c := range cases {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestNormalizeMatchesPython compares the port with the original on every
// gallery transcript, when python3 and ../shared are at hand.
func TestNormalizeMatchesPython(t *testing.T) {
	tool, _ := filepath.Abs("../../shared/tools/normalize.py")
	if _, err := os.Stat(tool); err != nil {
		t.Skip("../shared/tools/normalize.py not found")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	files, _ := filepath.Glob("../site/gallery/*.out")
	more, _ := filepath.Glob("../../shared/conformance/*.out")
	files = append(files, more...)
	// One python process for all files: it prints each normalized
	// transcript as a JSON list, in order.
	script := `import json, sys, importlib.util
spec = importlib.util.spec_from_file_location("normalize", sys.argv[1])
mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
print(json.dumps([mod.normalize(open(f).read()) for f in sys.argv[2:]]))`
	out, err := exec.Command("python3", append([]string{"-c", script, tool}, files...)...).Output()
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil || len(want) != len(files) {
		t.Fatalf("python output: %v (%d results for %d files)", err, len(want), len(files))
	}
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if got := Normalize(string(data)); got != want[i] {
			t.Errorf("%s: Go and Python normalizers differ\n got %q\nwant %q", f, got, want[i])
		}
	}
}

func TestShareFragment(t *testing.T) {
	src := "import asyncio\nprint('héllo ✓')\n"
	f := ShareFragment("3.11", src, true)
	q, err := url.ParseQuery(f)
	if err != nil {
		t.Fatal(err)
	}
	if q.Get("py") != "3.11" || q.Get("run") != "1" {
		t.Errorf("fragment %q", f)
	}
	raw, err := base64.RawURLEncoding.DecodeString(q.Get("code"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(flate.NewReader(bytes.NewReader(raw)))
	if err != nil || string(got) != src {
		t.Errorf("round trip: %q, %v", got, err)
	}
	// What Chromium's CompressionStream("deflate-raw") makes of "x": the
	// page's links must read in Go too.
	browser, _ := base64.RawURLEncoding.DecodeString("qwAA")
	if got, err := io.ReadAll(flate.NewReader(bytes.NewReader(browser))); err != nil || string(got) != "x" {
		t.Errorf("browser-made code: %q, %v", got, err)
	}
}
