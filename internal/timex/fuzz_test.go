package timex

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	for _, c := range findCases {
		f.Add(c.in, int64(0), false)
	}
	f.Add("08.01.2024T\u2013", int64(1e9), true)
	f.Add("2019\u201320 21-22 May 3 p.m. 0800 GMT 1/8/24 between March and", int64(-1e12), false)
	f.Fuzz(func(t *testing.T, text string, refSec int64, us bool) {
		ref := time.Unix(refSec%(1<<36), 0).UTC()
		ds := Find(text, Options{Ref: ref, USDates: us})
		last := 0
		for _, d := range ds {
			if d.Offset < last || d.Offset >= d.EndOffset || d.EndOffset > len(text) {
				t.Fatalf("bad offsets %d:%d (previous end %d, len %d)", d.Offset, d.EndOffset, last, len(text))
			}
			if text[d.Offset:d.EndOffset] != d.Text {
				t.Fatalf("text %q is not text[%d:%d]", d.Text, d.Offset, d.EndOffset)
			}
			if utf8.ValidString(text) && !utf8.ValidString(d.Text) {
				t.Fatalf("span %q cuts a character", d.Text)
			}
			last = d.EndOffset
			if d.Start == "" || d.End == "" || d.Start > d.End && !strings.HasPrefix(d.Start, "-") {
				t.Fatalf("%q: bad days %q..%q", d.Text, d.Start, d.End)
			}
		}
		ParsePublished(text)
	})
}
