package record

import "encoding/json"

// Event is one reported action coded in PLOVER. JSON names are the API's and
// the exports'; see DESIGN.md.
type Event struct {
	ID          string     `json:"id"`
	ArticleID   string     `json:"article_id"`
	Type        string     `json:"type"`
	Mode        string     `json:"mode,omitempty"`
	Source      *Actor     `json:"source"`
	Target      *Actor     `json:"target"`
	Location    *Location  `json:"location"`
	Date        *EventDate `json:"date"`
	Fatalities  *int       `json:"fatalities"`
	Injured     *int       `json:"injured"`
	Count       *Count     `json:"count"`
	Modality    string     `json:"modality"`
	Negated     bool       `json:"negated"`
	Attribution *Actor     `json:"attribution"`
	Evidence    Evidence   `json:"evidence"`
	Confidence  float64    `json:"confidence"`
	// Trigger is the word or phrase coded, with byte offsets into the same
	// field as Evidence.
	Trigger *Trigger `json:"trigger,omitempty"`
	// Background marks past context rather than news: an event dated more
	// than a year before the article (a war decades earlier). It stays out
	// of incidents and of default listings.
	Background bool   `json:"background"`
	Incident   string `json:"incident,omitempty"`
	// Sourcing is the sourcing of the claim the event was read from
	// (attributed, vague, unsourced; see Claim), and SourcedBy that
	// claim's source, so an event says who says it happened.
	Sourcing  string `json:"sourcing,omitempty"`
	SourcedBy string `json:"sourced_by,omitempty"`
	// Review is where an analyst's review left the event (nil: unreviewed).
	Review *ReviewState `json:"review,omitempty"`
	// Outlet and URL are the reporting article's, joined in by the store
	// when it lists events (not kept with the event), so that an export
	// row says where the report came from.
	Outlet string `json:"outlet,omitempty"`
	URL    string `json:"url,omitempty"`
}

// Trigger is the word or phrase an event was coded from.
type Trigger struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Actor is who acts, is acted on, or says so.
type Actor struct {
	Text    string  `json:"text"`
	Entity  *Entity `json:"entity,omitempty"`
	Country string  `json:"country,omitempty"`
	Role    string  `json:"role,omitempty"`
	// Sector is a POLECAT/CAMEO-style agent code (GOV, MIL, COP, REB, CVL,
	// …) from the actor's role or the noun that names it.
	Sector string `json:"sector,omitempty"`
	// BackedBy names the ISO-3 codes of sponsors ("Iranian-backed militias").
	BackedBy []string `json:"backed_by,omitempty"`
}

// Location is where an event happened.
type Location struct {
	Text    string   `json:"text"`
	Name    string   `json:"name,omitempty"`
	Country string   `json:"country,omitempty"`
	Lat     *float64 `json:"lat,omitempty"`
	Lon     *float64 `json:"lon,omitempty"`
	// Precision says what the coordinates stand for: site, town, district,
	// region or country, so a map can tell a town from a country centroid.
	Precision string `json:"precision,omitempty"`
	// Admin1 is the first-level region (province, state, governorate) the
	// place lies in, as ACLED's admin1 and GDELT's ADM1 give it.
	Admin1 string `json:"admin1,omitempty"`
	// EntityID links the place to the knowledge base.
	EntityID string `json:"entity_id,omitempty"`
}

// EventDate is when an event happened: first and last day and a precision.
type EventDate struct {
	Text      string `json:"text"`
	Start     string `json:"start"`
	End       string `json:"end"`
	Precision string `json:"precision"`
	// Source says where the date comes from: "sentence" (the event's own
	// sentence), "paragraph" (the last date stated earlier in its
	// paragraph), or "published" (none stated: the article's date, the
	// latest the event can have happened).
	Source string `json:"source,omitempty"`
}

// Count is a reported tally ("nearly 100 attacks").
type Count struct {
	Value     float64 `json:"value"`
	Qualifier string  `json:"qualifier,omitempty"` // about, at least, more than, nearly, up to
	Unit      string  `json:"unit,omitempty"`
}

// Evidence is the sentence an event was read from; offsets are bytes in the body.
type Evidence struct {
	Field    string `json:"field,omitempty"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
}

// Incident is one happening as reported by one or more articles. Reports
// keep their own figures: outlets often differ on the toll, and an analyst
// wants to see them side by side rather than one picked.
type Incident struct {
	ID         string `json:"id"`
	Type       string `json:"type"`
	Start      string `json:"start,omitempty"`
	End        string `json:"end,omitempty"`
	Location   string `json:"location,omitempty"`
	Articles   int    `json:"articles"`
	Fatalities []int  `json:"fatalities"` // as reported, one per report that gives a toll
	// Outlets are the distinct outlets of the reporting articles.
	Outlets []string `json:"outlets,omitempty"`
	Reports []Event  `json:"reports"`
}

// UnmarshalJSON reads a trigger in either form: the object, or the plain
// string that archives written before triggers had offsets hold.
func (t *Trigger) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		*t = Trigger{}
		return json.Unmarshal(b, &t.Text)
	}
	type plain Trigger // without this method
	return json.Unmarshal(b, (*plain)(t))
}
