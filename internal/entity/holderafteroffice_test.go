package entity

import "testing"

// TestHolderAfterOffice: after "an office of the", a body's or place's name
// run on into its holder's is two names, and the holder is a person.
func TestHolderAfterOffice(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Former vice president of the Bank of Valdoria Tomas Reinholt is expelled from the party.", "Tomas Reinholt", "new:person"},
		{"", "Former vice president of the Bank of Valdoria Tomas Reinholt is expelled from the party.", "Bank of Valdoria", "new:organization"},
		{"", "A curfew is announced by the head of the Zorvan Holding Company Aleksandr Petrenko.", "Aleksandr Petrenko", "new:person"},
		{"", "The federal commissioner of Varn District Mohamed Ilyas Warsame is killed.", "Mohamed Ilyas Warsame", "new:person"},
		{"", "Recorder of Port Varn Mark Delaney sentences the couple to 14 years in prison.", "Mark Delaney", "new:person"},
		{"", "The agency's Emergency Relief Coordinator Thomas Brannoch reports that aid has arrived.", "Thomas Brannoch", "new:person"},
		// a person's name inside the body's own name stays the body's
		{"", "She is the president of the Jane Vossler Institute.", "Jane Vossler Institute", "new:organization"},
	})
}

// TestAdjectiveRanks: "major" and "general" in lower case are adjectives,
// no ranks: the name after them is no person's.
func TestAdjectiveRanks(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The club became the first to win all four major ZVFA competition trophies.", "ZVFA", ""},
		{"", "The plan was approved by Major Halvorsen on Monday.", "Halvorsen", "new:person"},
		{"", "A judge declined to stop BMW and Mercedes Benz from selling diesel vans.", "Mercedes Benz", "org:mercedes-benz"},
	})
}

// TestLowerCaseGeneral: a lower-case "general" ends a rank or an office
// ("lieutenant general", "attorney general"): the name after it is a person's.
func TestLowerCaseGeneral(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Valdorian lieutenant general Tomas Reinholt was killed by a car bomb.", "Tomas Reinholt", "new:person"},
		{"", "The army's major general Duran Velkovic resigned on Monday.", "Duran Velkovic", "new:person"},
		{"", "The party's secretary-general Azra Kovanen was arrested.", "Azra Kovanen", "new:person"},
	})
}

// TestArticleTownWithCountry: "Al"/"El" opening a two-word name written
// with its country after it is a town's article, no given name.
func TestArticleTownWithCountry(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "A drone strike by the rebels targets Al Zorvah, Sudan, cutting power to the area.", "Al Zorvah", "new:place"},
		{"", "Police said Al Brannigan, 52, was arrested at his home.", "Al Brannigan", "new:person"},
	})
}
