package cli

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

func TestEscaper(t *testing.T) {
	var b bytes.Buffer
	fmt.Fprintf(escaper{&b}, "a\x1b[31mred\x07 \u202eevil\u009b bad\xff ok\ttab\nline\r\n")
	got := b.String()
	want := `a\x1b[31mred\x07 \u202eevil\u009b bad\xff ok` + "\ttab\nline" + `\x0d` + "\n"
	if got != want {
		t.Errorf("escaped = %q, want %q", got, want)
	}
	if s := clip("Title\nFAKEID  2024-01-01  Forged row", 200); strings.Contains(s, "\n") {
		t.Errorf("clip kept a line break: %q", s)
	}
}
