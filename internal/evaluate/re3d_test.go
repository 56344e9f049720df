package evaluate

import (
	"os"
	"path/filepath"
	"testing"

	"sitrep/internal/entity"
	"sitrep/internal/testutil"
)

// TestRe3d scores the recogniser on re3d and logs the table.
func TestRe3d(t *testing.T) {
	dir := filepath.Join(testutil.SharedDir(t), "eval", "re3d")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("re3d not found: %v", err)
	}
	rep, err := Re3d(entity.Default(), dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", rep)
	if testing.Verbose() {
		for _, typ := range re3dTypes {
			t.Logf("%s missed: %q", typ, rep.Missed[typ])
			t.Logf("%s spurious: %q", typ, rep.Spurious[typ])
		}
	}
}

// TestIsName: the names-only score keeps names and drops pronouns and
// lower-case descriptions.
func TestIsName(t *testing.T) {
	for text, want := range map[string]bool{
		"He": false, "they": false, "the rebels": false, "The government": false, "a spokesman": false,
		"Their forces": false, "Syria": true, "the Islamic State": true, "Syrian forces": true,
		"1st Battalion": true, "His Majesty's Government": true, "US": true,
	} {
		if got := isName(text); got != want {
			t.Errorf("isName(%q) = %v, want %v", text, got, want)
		}
	}
}
