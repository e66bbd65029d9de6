package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestScreenshots writes PNGs of the page (light and dark, desktop and
// phone width) after running an example, into $AIOPLAY_SCREENSHOTS, for a
// person to look at. It is skipped unless that variable is set.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("AIOPLAY_SCREENSHOTS")
	if dir == "" {
		t.Skip("set AIOPLAY_SCREENSHOTS=folder to write screenshots")
	}
	e := needBrowser(t)
	srv := startServer(t, e.siteDir)
	b := newBrowser(t, e)
	slug := os.Getenv("AIOPLAY_SCREENSHOT_EXAMPLE")
	ex := loadGallery(t)[0]
	for _, g := range loadGallery(t) {
		if g.Slug == slug {
			ex = g
		}
	}
	for _, theme := range []string{"light", "dark"} {
		for _, size := range []struct {
			name          string
			width, height int64
			mobile        bool
		}{{"desktop", 1366, 860, false}, {"phone", 390, 844, true}} {
			ctx := b.tab(t)
			opts := []chromedp.EmulateViewportOption{chromedp.EmulateScale(1)}
			if size.mobile {
				opts = []chromedp.EmulateViewportOption{chromedp.EmulateScale(2), chromedp.EmulateMobile}
			}
			if err := chromedp.Do(ctx, chromedp.EmulateViewport(size.width, size.height, opts...)); err != nil {
				t.Fatal(err)
			}
			if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: theme}},
			}); err != nil {
				t.Fatal(err)
			}
			if err := navigate(ctx, ShareLink(srv.URL, "3.11", ex.Source, true)); err != nil {
				t.Fatal(err)
			}
			waitFor(ctx, "document.documentElement.dataset.runState === 'done' || !document.getElementById('idle').hidden", 15*time.Second)
			time.Sleep(200 * time.Millisecond)
			png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
			if err != nil {
				t.Fatal(err)
			}
			name := filepath.Join(dir, fmt.Sprintf("%s-%s-%s.png", ex.Slug, size.name, theme))
			if err := os.WriteFile(name, png, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("wrote %s", name)
		}
	}
}
