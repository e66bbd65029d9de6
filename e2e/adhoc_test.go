package e2e

import (
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

func TestAdhocShots(t *testing.T) {
	e := needBrowser(t)
	srv := startServer(t, e.siteDir)
	b := newBrowser(t, e)
	ctx := b.tab(t)
	chromedp.Do(ctx, chromedp.EmulateViewport(1366, 860))
	navigate(ctx, srv.URL+"#py=3.11&code=!!")
	waitFor(ctx, "document.documentElement.dataset.runState === 'ready'", 10*time.Second)
	js[bool](ctx, "document.getElementById('idle').hidden = false, true")
	time.Sleep(300 * time.Millisecond)
	png, _ := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	os.WriteFile("/tmp/shots/adhoc.png", png, 0o644)
}
