package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// digestFile writes a long text article of about size bytes: a date line, a
// title and paragraphs of short numbered reports.
func digestFile(t *testing.T, path string, size int) {
	t.Helper()
	places := []string{"Mosul", "Kirkuk", "Basra", "Aden", "Homs"}
	var b strings.Builder
	b.WriteString("January 8, 2024\n\nSecurity digest\n\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "On Monday gunmen attacked a police checkpoint near %s, killing %d officers, officials said. "+
			"The army arrested %d suspects in item %d.\n\n", places[i%len(places)], 2+i%40, 1+i%7, i)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestSignalStopsIngestWithinASecond: SIGTERM or SIGINT in the middle of
// reading a long article stops the ingest within a second, exit 130, and
// the next run completes it.
func TestSignalStopsIngestWithinASecond(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped under -short")
	}
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			db, in := filepath.Join(dir, "a.db"), filepath.Join(dir, "digest.txt")
			digestFile(t, in, 6<<20)
			cmd := exec.Command(bin, "--db", db, "ingest", in)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(1500 * time.Millisecond) // well into the reading
			sent := time.Now()
			cmd.Process.Signal(sig)
			err := cmd.Wait()
			if d := time.Since(sent); d > time.Second {
				t.Errorf("%v: ingest exited %v after the signal, want within a second", sig, d)
			}
			if code := cmd.ProcessState.ExitCode(); code != 130 {
				t.Errorf("%v: exit %d (%v), want 130; stderr: %s", sig, code, err, stderr.String())
			}
		})
	}
}
