package pyrandom

import (
	"crypto/sha512"
	"testing"
)

// TestSum512 checks the in-package SHA-512 against the standard library
// on lengths around every padding boundary.
func TestSum512(t *testing.T) {
	for n := 0; n < 400; n++ {
		msg := make([]byte, n)
		for i := range msg {
			msg[i] = byte(i*7 + n)
		}
		if sum512(msg) != sha512.Sum512(msg) {
			t.Fatalf("sum512 differs from crypto/sha512 at length %d", n)
		}
	}
}
