package event

import (
	"bufio"
	"fmt"
	"os"
	"testing"
)

func TestZZDbg(t *testing.T) {
	f := os.Getenv("DBG_FILE")
	if f == "" {
		t.Skip()
	}
	fh, _ := os.Open(f)
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		l := sc.Text()
		in := inputFor("d", l, base2024())
		var b []byte
		for _, tk := range in.Sentences[0].Tokens {
			b = fmt.Appendf(b, "%s/%s ", tk.Text, tk.Tag)
		}
		fmt.Printf("%s\n  %s\n", b, describeEvents(Code(in)))
	}
}
