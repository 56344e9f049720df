package neardup

import (
	"strings"
	"testing"
)

const story = `Three drones struck a base housing foreign troops in the western desert late on Sunday,
officials said, wounding two contractors. The attack was the fourth on the base this week, and a
group calling itself the resistance claimed it in a statement posted online on Monday morning.
Officials said air defences shot down a fourth drone before it reached the perimeter of the base.`

const sameTopic = `Two drones struck a base housing foreign troops in the northern mountains early on Friday,
a spokesman said, causing no casualties. It was the second attack on that base this month, and no
group has claimed it so far, though suspicion fell on militias that have threatened foreign forces.`

func TestNearDuplicates(t *testing.T) {
	a, ok := Sign(story)
	if !ok {
		t.Fatal("story too short to sign")
	}
	edited, _ := Sign(strings.Replace(story, "wounding two contractors", "wounding three foreign contractors", 1))
	other, _ := Sign(sameTopic)
	if s := a.Similarity(edited); s < Threshold {
		t.Errorf("lightly edited copy: similarity %.2f, want >= %.2f", s, Threshold)
	}
	if s := a.Similarity(other); s >= Threshold {
		t.Errorf("different story on the same topic taken for a duplicate: similarity %.2f", s)
	}
	shared := false
	for i := 0; i < Bands; i++ {
		shared = shared || a.Band(i) == edited.Band(i)
	}
	if !shared {
		t.Error("near duplicates share no band: the store could not find them")
	}
	if _, ok := Sign("too short to tell"); ok {
		t.Error("short text signed")
	}
	back, ok := Decode(a.Bytes())
	if !ok || back != a {
		t.Error("signature does not survive Bytes/Decode")
	}
}
