package entity

import (
	"fmt"
	"testing"
)

func TestZZOne(t *testing.T) {
	kb := Default()
	for _, s := range []string{
		"The strikes continued, Pentagon press operations director Navy Capt. Jeff Davis said today. Later, Davis said the city fell.",
		"Navy Senior Chief Petty Officer Scott C. Dayton, 42, of Woodbridge, Virginia, died. Officials offered condolences to Dayton's family.",
		"Col. David C. Lyons, 407th AEG commander, spoke. We will win, Lyons said.",
		"Foreign Secretary Philip Hammond said this. Mr Hammond said that. The Foreign Secretary met the Iraqi Foreign Minister.",
	} {
		for _, e := range re3dPredict(kb, s) {
			fmt.Printf("%s %q | ", e.typ, e.text)
		}
		fmt.Println()
		for _, f := range kb.Recognize(Doc{Body: s}) {
			fmt.Printf("  %s %s %s:", f.ID, f.Kind, f.Name)
			for _, m := range f.Mentions {
				fmt.Printf(" %q/%s", m.Text, m.Form)
			}
			fmt.Println()
		}
	}
}
