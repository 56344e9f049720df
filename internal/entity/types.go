package entity

// Kinds of entity.
const (
	KindCountry      = "country"
	KindPerson       = "person"
	KindOrganization = "organization"
	KindArmedGroup   = "armed group"
	KindMedia        = "media"
	KindPlace        = "place"
	KindFacility     = "facility"
)

// Entity is one actor or place of the knowledge base (or one found in an
// article that the knowledge base lacks). JSON names are the API's.
type Entity struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Country string   `json:"country,omitempty"` // ISO 3166-1 alpha-3
	Aliases []string `json:"aliases,omitempty"`
	Lat     *float64 `json:"lat,omitempty"`
	Lon     *float64 `json:"lon,omitempty"`
	// Role is the actor role the entity stands for when it acts
	// (the Pentagon: military; a ministry: government). See DESIGN.md.
	Role string `json:"role,omitempty"`
	// Office and term for people ("Prime Minister", 2022-), backers for armed groups.
	Office  string   `json:"office,omitempty"`
	From    string   `json:"from,omitempty"`
	To      string   `json:"to,omitempty"`
	Backers []string `json:"backers,omitempty"` // ISO-3 codes
	// New is true for an entity found by the recogniser that the knowledge base lacks.
	New bool `json:"new,omitempty"`
}

// Mention is one place an entity is named in an article. Start and End are
// byte offsets into the field (title, body or byline).
type Mention struct {
	Text     string `json:"text"`
	Field    string `json:"field"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
	// Form says how the entity is named here: "" by name or alias, "adj"
	// by a demonym (Iraqi), "metonym" by its capital (Washington), "coref"
	// by a short form or title resolved in the article, "new" a name the
	// knowledge base lacks.
	Form string `json:"form,omitempty"`
}

// Found is an entity with its mentions in one article, as `show --json` prints it.
type Found struct {
	Entity
	Mentions []Mention `json:"mentions"`
}
