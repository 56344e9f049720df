package entity

import "testing"

// TestRomanceOutlets: a title opening with El, La or O in a newspaper's
// context is an outlet, and known outlets and platforms resolve.
func TestRomanceOutlets(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Ramiro Quintal told El Heraldo Andino that the talks had failed.", "El Heraldo Andino", "new:media"},
		{"", "The Portuguese paper O Dia Novo said the vote was delayed.", "O Dia Novo", "new:media"},
		{"", "La Voz Libre reported that three officers were arrested.", "La Voz Libre", "new:media"},
		{"", "According to El Correo Andino, the bridge collapsed at dawn.", "El Correo Andino", "new:media"},
		{"", "Tomasa Briel told El Espectador that she would appeal.", "El Espectador", "media:el-espectador"},
		{"", "The plugin's code sits on GitHub and its users chat on Freenode.", "GitHub", "org:github"},
		{"", "The plugin's code sits on GitHub and its users chat on Freenode.", "Freenode", "org:freenode"},
	})
}
