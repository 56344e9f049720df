package evaluate

import (
	"encoding/json"
	"fmt"
	"os"
)

// SeedGold is the gold file of the reference article (shared/seed/gold.json,
// described in shared/seed/README.md): what the article's parse, entities,
// dates and events must hold. Every evaluation and test of the seed reads
// it through LoadSeedGold.
type SeedGold struct {
	Article  SeedArticle  `json:"article"`
	Entities []SeedEntity `json:"entities"`
	Dates    []SeedDate   `json:"dates"`
	Events   []SeedEvent  `json:"events"`
}

// SeedArticle is the metadata and body bounds the parser must find.
type SeedArticle struct {
	Published      string   `json:"published"`
	Author         string   `json:"author"`
	Title          string   `json:"title"`
	Outlet         string   `json:"outlet"`
	Byline         string   `json:"byline"`
	BodyParagraphs int      `json:"body_paragraphs"`
	BodyStarts     string   `json:"body_starts"`
	BodyEnds       string   `json:"body_ends"`
	NotInBody      []string `json:"not_in_body"`
}

// SeedEntity is an entity the article names, under any of Names, seen in
// the text as SeenAs (all one entity when OneEntity).
type SeedEntity struct {
	Names     []string `json:"names"`
	Kind      string   `json:"kind"`
	SeenAs    []string `json:"seen_as"`
	OneEntity bool     `json:"one_entity"`
	Required  bool     `json:"required"`
	Lat       *float64 `json:"lat"`
	Lon       *float64 `json:"lon"`
}

// SeedDate is a date expression of the article and the days it means
// (Value for one day or a year, else Start and End), within Tolerance days.
type SeedDate struct {
	Text      string `json:"text"`
	Value     string `json:"value"`
	Start     string `json:"start"`
	End       string `json:"end"`
	Precision string `json:"precision"`
	Tolerance int    `json:"tolerance_days"`
}

// SeedEvent is an event the article reports, found in the sentence that
// contains SentenceContains; a nil field is not checked.
type SeedEvent struct {
	ID               string     `json:"id"`
	Required         bool       `json:"required"`
	Type             string     `json:"type"`
	Source           *SeedActor `json:"source"`
	Target           *SeedActor `json:"target"`
	Location         *SeedActor `json:"location"`
	SentenceContains string     `json:"sentence_contains"`
	Date             *struct {
		Start     string `json:"start"`
		End       string `json:"end"`
		Tolerance int    `json:"tolerance_days"`
	} `json:"date"`
	Fatalities *struct {
		Value float64 `json:"value"`
	} `json:"fatalities"`
	Count *struct {
		Value float64 `json:"value"`
	} `json:"count"`
	Modality string `json:"modality"`
}

// SeedActor is an event's actor or place: any of Accept in its text or
// name, or the country code Country; Optional ones are not checked.
type SeedActor struct {
	Accept   []string `json:"accept"`
	Country  string   `json:"country"`
	Optional bool     `json:"optional"`
}

// LoadSeedGold reads a seed gold file.
func LoadSeedGold(path string) (*SeedGold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	var g SeedGold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("gold %s: %w", path, err)
	}
	return &g, nil
}
