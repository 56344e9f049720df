// Package testutil finds the shared evaluation data (../shared beside the
// repository) for tests and benchmarks, and skips them clearly where it is absent.
package testutil

import (
	"os"
	"path/filepath"
	"testing"
)

// SharedDir returns the absolute path of the shared data folder (the
// "shared" folder beside the repository, or $SITREP_SHARED), or skips tb.
//
// Under -short (make quick) it skips: the tests over the shared data are
// the slow ones.
func SharedDir(tb testing.TB) string {
	tb.Helper()
	if testing.Short() {
		tb.Skip("shared data: skipped under -short (make quick); make test runs it")
	}
	if d := os.Getenv("SITREP_SHARED"); d != "" {
		if st, err := os.Stat(d); err != nil || !st.IsDir() {
			tb.Skipf("SITREP_SHARED=%s is not a folder: skipping (it is needed only for evaluation tests)", d)
		}
		return d
	}
	dir, err := os.Getwd()
	if err != nil {
		tb.Skipf("shared data: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			shared := filepath.Join(filepath.Dir(dir), "shared")
			if st, err := os.Stat(shared); err == nil && st.IsDir() {
				return shared
			}
			tb.Skipf("shared data not found at %s: skipping (it is needed only for evaluation tests)", shared)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("shared data not found: no go.mod above the test")
		}
		dir = parent
	}
}

// SharedFile returns the path of a file under the shared folder, or skips tb.
func SharedFile(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join(SharedDir(tb), rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data %s not found: skipping", p)
	}
	return p
}
