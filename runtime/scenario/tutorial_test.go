package scenario_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/aioplay/aioplay/e2e"
	"github.com/aioplay/aioplay/runtime/scenario"
)

// The tutorial goldens: testdata/tutorial/NN-slug.txtar holds one of the
// examples of the tutorial the project started from (written for CPython
// 3.6.3; ../shared/seed/asyncio-tutorial.txt), in sections:
//
//	-- flags --         optional: --sigint-at-idle
//	-- tutorial-adds -- optional: lines added at the end of the tutorial's script
//	-- main.py --       the example, verbatim from the tutorial (then the additions)
//	-- tutorial --      optional: the output the tutorial prints for it, verbatim
//	-- tutorial-end --  or the last lines of that output, when the tutorial shows only those
//	-- compare --       optional: "unordered" when CPython's order of lines depends
//	                    on memory addresses (a set of tasks): the 3.11 transcripts
//	                    are then compared as sorted lines
//	-- 3.6 --        our transcript (stdout and stderr merged) under --python 3.6
//	-- 3.6.rc --     its exit status
//	-- 3.11 --       CPython 3.11's transcript, recorded with vclock_run.py
//	-- 3.11.rc --    its exit status
//
// The text before the first section says what the example is and how our
// 3.6 transcript deviates from the tutorial's. The tutorial's output must
// match our 3.6 transcript line for line, up to the deviations that
// tutorialLineMatches allows (real-clock jitter in timestamps, the author's
// file name and line numbers, addresses). Our 3.11 transcript must match
// CPython's after the conformance corpus's normalisation.
//
// -update rewrites the 3.6 sections from our runtime and the 3.11 sections by
// running CPython on the reference runner: review the diff.
var (
	update = flag.Bool("update", false, "re-record the 3.6 (ours) and 3.11 (CPython) transcripts of testdata/tutorial")
	runner = flag.String("runner", "../../../shared/tools/vclock_run.py", "the reference runner, for -update")
	seed   = flag.String("seed", "../../../shared/seed/asyncio-tutorial.txt", "the tutorial, checked against the goldens when present")
)

// archive is a parsed txtar file: a comment and named sections in order.
type archive struct {
	comment string
	names   []string
	files   map[string]string
}

var sectionRE = regexp.MustCompile(`(?m)^-- (\S+) --$\n`)

func parseArchive(data string) *archive {
	a := &archive{files: map[string]string{}}
	locs := sectionRE.FindAllStringSubmatchIndex(data, -1)
	if len(locs) == 0 {
		a.comment = data
		return a
	}
	a.comment = data[:locs[0][0]]
	for i, loc := range locs {
		end := len(data)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		name := data[loc[2]:loc[3]]
		a.names = append(a.names, name)
		a.files[name] = data[loc[1]:end]
	}
	return a
}

func (a *archive) set(name, text string) {
	if _, ok := a.files[name]; !ok {
		a.names = append(a.names, name)
	}
	a.files[name] = text
}

func (a *archive) format() string {
	var b strings.Builder
	b.WriteString(a.comment)
	for _, n := range a.names {
		fmt.Fprintf(&b, "-- %s --\n%s", n, a.files[n])
	}
	return b.String()
}

// runOurs runs source under python and returns the merged transcript and
// exit status, as the CLI prints them.
func runOurs(source, python string, sigintAtIdle bool) (string, int) {
	var out strings.Builder
	idled := false
	code := scenario.Run(scenario.Options{
		Source: source,
		Python: python,
		OnEvent: func(ev scenario.Event) {
			if ev.Kind == "output" {
				out.WriteString(ev.Text)
			}
		},
		OnIdle: func() scenario.IdleAction {
			if sigintAtIdle && !idled {
				idled = true
				return scenario.DeliverSIGINT
			}
			return scenario.GiveUp
		},
	})
	return out.String(), code
}

func TestTutorial(t *testing.T) {
	paths, err := filepath.Glob("testdata/tutorial/*.txtar")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no goldens: %v", err)
	}
	seedText, seedErr := os.ReadFile(*seed)
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := parseArchive(string(data))
			src, ok := a.files["main.py"]
			if !ok {
				t.Fatal("no main.py section")
			}
			sigint := strings.TrimSpace(a.files["flags"]) == "--sigint-at-idle"
			if seedErr == nil {
				// The script and the output are the tutorial's own text.
				for _, name := range []string{"main.py", "tutorial", "tutorial-end"} {
					text, ok := a.files[name]
					if name == "main.py" {
						adds := a.files["tutorial-adds"]
						if !strings.HasSuffix(text, adds) {
							t.Fatalf("main.py does not end with the tutorial-adds section")
						}
						text = text[:len(text)-len(adds)]
					}
					if ok && !bytes.Contains(seedText, []byte(strings.TrimSuffix(text, "\n"))) {
						t.Errorf("the %s section is not in %s verbatim", name, *seed)
					}
				}
			}
			got36, code36 := runOurs(src, "3.6", sigint)
			got311, code311 := runOurs(src, "3.11", sigint)
			if *update {
				a.set("3.6", got36)
				a.set("3.6.rc", fmt.Sprintf("%d\n", code36))
				cpy, rc := recordCPython(t, src, sigint)
				a.set("3.11", cpy)
				a.set("3.11.rc", fmt.Sprintf("%d\n", rc))
				if err := os.WriteFile(path, []byte(a.format()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			checkSection(t, a, "3.6", got36, code36)
			if tut, ok := a.files["tutorial"]; ok {
				checkTutorial(t, tut, got36, code36, false)
			}
			if tut, ok := a.files["tutorial-end"]; ok {
				checkTutorial(t, tut, got36, code36, true)
			}
			got, want := e2e.Normalize(got311), e2e.Normalize(a.files["3.11"])
			if strings.TrimSpace(a.files["compare"]) == "unordered" {
				got, want = sortedLines(got), sortedLines(want)
			}
			if got != want {
				t.Errorf("3.11 transcript (normalized):\n%s\nCPython's:\n%s", got, want)
			}
			if want := strings.TrimSpace(a.files["3.11.rc"]); strconv.Itoa(code311) != want {
				t.Errorf("3.11 exit status %d, CPython's %s", code311, want)
			}
		})
	}
}

func sortedLines(s string) string {
	lines := strings.Split(s, "\n")
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// checkTutorial compares the tutorial's printed output with our 3.6
// transcript (with its last lines when end is set), line for line. Ours
// may go on with "[idle forever]" when the tutorial's reader pressed
// Ctrl+C instead.
func checkTutorial(t *testing.T, tutorial, ours string, code int, end bool) {
	t.Helper()
	theirs := strings.Split(strings.TrimSuffix(tutorial, "\n"), "\n")
	mine := strings.Split(strings.TrimSuffix(ours, "\n"), "\n")
	if end && len(mine) > len(theirs) {
		mine = mine[len(mine)-len(theirs):]
	}
	if code == 3 && len(mine) == len(theirs)+1 && mine[len(mine)-1] == "[idle forever]" {
		mine = mine[:len(theirs)]
	}
	if len(mine) != len(theirs) {
		t.Errorf("the tutorial prints %d lines, our 3.6 transcript %d:\n%s", len(theirs), len(mine), ours)
		return
	}
	for i := range theirs {
		if !tutorialLineMatches(mine[i], theirs[i]) {
			t.Errorf("line %d: ours %q, the tutorial's %q", i+1, mine[i], theirs[i])
		}
	}
}

var (
	// "1.01 sec : " as the tutorial's print_ts writes it.
	secondsRE = regexp.MustCompile(`^(\d+\.\d\d) sec : `)
	// A coroutine's location in a repr: "defined at example-3.py:11".
	locationRE = regexp.MustCompile(`(defined|running) at [^ :>]+:\d+`)
	hexRE      = regexp.MustCompile(`0x[0-9a-f]+`)
)

// tutorialLineMatches reports whether our line is the tutorial's, up to
// the deviations a run on a virtual clock in main.py must have:
//   - timestamps: ours are exact, the tutorial's ran on a real clock and
//     are up to 0.02 s later (it printed 1.01 where we print 1.00);
//   - the coroutine's file and line: the author's file was example-3.py,
//     ours is main.py, and the lines above the code shown differ;
//   - object addresses.
func tutorialLineMatches(ours, theirs string) bool {
	if ours == theirs {
		return true
	}
	if m, n := secondsRE.FindStringSubmatch(ours), secondsRE.FindStringSubmatch(theirs); m != nil && n != nil {
		a, _ := strconv.ParseFloat(m[1], 64)
		b, _ := strconv.ParseFloat(n[1], 64)
		if b-a < -0.005 || b-a > 0.025 {
			return false
		}
		ours, theirs = ours[len(m[0]):], theirs[len(n[0]):]
	}
	clean := func(s string) string {
		s = locationRE.ReplaceAllString(s, "$1 at FILE:LINE")
		return hexRE.ReplaceAllString(s, "0xADDR")
	}
	return clean(ours) == clean(theirs)
}

// recordCPython runs source under CPython 3.11 on the reference runner.
func recordCPython(t *testing.T, source string, sigint bool) (string, int) {
	t.Helper()
	dir := t.TempDir()
	file := filepath.Join(dir, "main.py")
	if err := os.WriteFile(file, []byte(source), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{*runner}
	if sigint {
		args = append(args, "--sigint-at-idle")
	}
	cmd := exec.Command("python3", append(args, file)...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running the reference runner: %v", err)
	}
	return out.String(), code
}

// TestTutorialLineMatches pins the deviations the tutorial comparison
// allows, and that it allows nothing else.
func TestTutorialLineMatches(t *testing.T) {
	for _, tc := range []struct {
		ours, theirs string
		want         bool
	}{
		{"Start 1", "Start 1", true},
		{"1.00 sec : Stop 1", "1.01 sec : Stop 1", true},
		{"16.00 sec : Exiting.", "16.01 sec : Exiting.", true},
		{"1.00 sec : Stop 1", "1.10 sec : Stop 1", false},
		{"2.00 sec : Stop 1", "1.00 sec : Stop 1", false},
		{"1.00 sec : Stop 1", "1.01 sec : Stop 2", false},
		{"task: <Task pending coro=<f() done, defined at main.py:9> x=<0x7f3a2c000030>>", "task: <Task pending coro=<f() done, defined at example-3.py:11> x=<0x1068ac4c8>>", true},
		{"task: <Task pending coro=<f() done, defined at main.py:9>>", "task: <Task pending coro=<g() done, defined at example-3.py:11>>", false},
		{"task: <Task pending name='Task-4' coro=<f() done, defined at main.py:9>>", "task: <Task pending coro=<f() done, defined at main.py:9>>", false},
	} {
		if got := tutorialLineMatches(tc.ours, tc.theirs); got != tc.want {
			t.Errorf("tutorialLineMatches(%q, %q) = %v, want %v", tc.ours, tc.theirs, got, tc.want)
		}
	}
}

// TestProfile36 runs testdata/py36/*.txtar: scripts for the 3.6 profile
// with the transcript CPython 3.6.3 prints for them (sections main.py, 3.6
// and 3.6.rc, as in the tutorial goldens). With no CPython 3.6 to record
// them, each was checked against 3.6's sources; -update rewrites them from
// our runtime, for review.
func TestProfile36(t *testing.T) {
	paths, err := filepath.Glob("testdata/py36/*.txtar")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := parseArchive(string(data))
			got, code := runOurs(a.files["main.py"], "3.6", false)
			if *update {
				a.set("3.6", got)
				a.set("3.6.rc", fmt.Sprintf("%d\n", code))
				if err := os.WriteFile(path, []byte(a.format()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			checkSection(t, a, "3.6", got, code)
		})
	}
}

// checkSection compares a transcript and exit status with an archive's
// sections NAME and NAME.rc.
func checkSection(t *testing.T, a *archive, name, got string, code int) {
	t.Helper()
	if want := a.files[name]; got != want {
		t.Errorf("%s transcript:\n%s\nwant:\n%s", name, got, want)
	}
	if want := strings.TrimSpace(a.files[name+".rc"]); strconv.Itoa(code) != want {
		t.Errorf("%s exit status %d, want %s", name, code, want)
	}
}
