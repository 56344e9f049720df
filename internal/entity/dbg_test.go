package entity

import (
	"fmt"
	"testing"
)

func TestDbgTmp(t *testing.T) {
	kb := Default()
	for _, s := range []string{"Attacks began on October 17, when Israel bombed the Al-Ahli Arab hospital in Gaza, killing more than 300 Palestinians."} {
		for _, f := range kb.Recognize(Doc{Body: s}) {
			fmt.Println(f.ID, f.Kind, f.Country, f.Mentions)
		}
	}
}
