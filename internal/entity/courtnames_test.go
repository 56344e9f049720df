package entity

import "testing"

// TestJudgeAfterCourt: a judge's name written right after the court's
// ("a judge on the District Court of D.C. Lorna Velkin") is a person of its
// own, no word of the court's name.
func TestJudgeAfterCourt(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "A federal judge on the District Court of D.C. Lorna Velkin halts the rule.", "Lorna Velkin", "new:person"},
		{"", "A federal judge on the District Court of D.C. Lorna Velkin halts the rule.", "District Court of D.C. Lorna Velkin", ""},
		{"", "A district judge for the District of Delaware Ellen Marsh Tollan halts the plan.", "Ellen Marsh Tollan", "new:person"},
		{"", "A senior judge of the D.C. District Court Miriam K. Oswald stops the rule.", "Miriam K. Oswald", "new:person"},
		{"", "A judge of the Supreme Court of Ruritania Pavel Orlik resigns.", "Pavel Orlik", "new:person"},
		// no judge before: the run is read as it was
		{"", "The District Court of Vermont hears the case.", "District Court of Vermont", "new:organization"},
	})
}

// TestCourtOfCountry: a court's or a ministry's name "… of COUNTRY" whose
// head is not its last word before "of", or that was read as a body before
// the country, is one new body of that country.
func TestCourtOfCountry(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Court of Appeal of Malaysia overturns the acquittal.", "Court of Appeal of Malaysia", "new:organization"},
		{"", "The Court of Appeal of Malaysia overturns the acquittal.", "Malaysia", ""},
		{"", "The Constitutional Court of Austria rejects the complaint.", "Constitutional Court of Austria", "new:organization"},
		{"", "The Ministry of Foreign Affairs of Ukraine issued a note.", "Ministry of Foreign Affairs of Ukraine", "org:ua-mfa"},
		// an office stays no body
		{"", "The Minister of Finance of Germany resigned.", "Germany", "country:DEU"},
	})
}
