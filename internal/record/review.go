package record

import "encoding/json"

// Review statuses of an event (ReviewState.Status; "unreviewed" is the
// absence of a state).
const (
	ReviewUnreviewed = "unreviewed"
	ReviewConfirmed  = "confirmed"
	ReviewCorrected  = "corrected"
	ReviewRejected   = "rejected"
)

// Review actions (Review.Action).
const (
	ActionConfirm = "confirm" // the event is right as it stands
	ActionReject  = "reject"  // not an event, wrong sense, or a duplicate (Reason)
	ActionSet     = "set"     // one field corrected (Field, Before, After)
	ActionAdd     = "add"     // an event the coder missed (After holds it)
	ActionMerge   = "merge"   // the incident of Anchor joins the incident of Others[0]
	ActionSplit   = "split"   // the events of Anchor and Others leave their incident for a new one
	ActionLink    = "link"    // a mention (Evidence span) stands for another entity (After)
	ActionAlias   = "alias"   // an alias added to the knowledge base's local layer
)

// Review is one analyst decision, append-only: a later review supersedes an
// earlier one's effect, never the record. Anchor says which event it was
// made on in terms that survive a new reading of the article (its trigger
// span and machine type, its evidence span); AppliedTo and Orphaned say
// where it applies in the current reading (set again after each reprocess).
type Review struct {
	ID        int64  `json:"id"`
	Action    string `json:"action"`
	EventID   string `json:"event_id,omitempty"` // the event as reviewed
	ArticleID string `json:"article_id,omitempty"`
	Incident  string `json:"incident,omitempty"`
	// Field is the field set (type, mode, source, target, source.sector,
	// target.sector, place, date, fatalities, injured, count, modality, …);
	// Before and After its JSON values.
	Field  string          `json:"field,omitempty"`
	Before json.RawMessage `json:"before,omitempty"`
	After  json.RawMessage `json:"after,omitempty"`
	// Reason of a reject: not-event, wrong-sense or duplicate (of DuplicateOf).
	Reason      string `json:"reason,omitempty"`
	DuplicateOf string `json:"duplicate_of,omitempty"`
	// Evidence is the span of the article the decision rests on.
	Evidence *Evidence `json:"evidence,omitempty"`
	Note     string    `json:"note,omitempty"`
	Reviewer string    `json:"reviewer"`
	At       string    `json:"at"` // RFC 3339
	Anchor   *Anchor   `json:"anchor,omitempty"`
	Others   []Anchor  `json:"others,omitempty"`
	// AppliedTo is the id of the event the review applies to in the current
	// reading; Orphaned, when set, says why it applies to none.
	AppliedTo string `json:"applied_to,omitempty"`
	Orphaned  string `json:"orphaned,omitempty"`
}

// Anchor identifies an event across readings of its article.
type Anchor struct {
	ArticleID string `json:"article_id"`
	EventID   string `json:"event_id"`
	// Type is the type the coder gave (not a correction of it).
	Type          string `json:"type"`
	Field         string `json:"field,omitempty"`
	TriggerStart  int    `json:"trigger_start"`
	TriggerEnd    int    `json:"trigger_end"`
	EvidenceStart int    `json:"evidence_start"`
	EvidenceEnd   int    `json:"evidence_end"`
	// Entity is, for a link review, the entity the reader linked the
	// mention (the evidence span) to; "" for an event.
	Entity string `json:"entity,omitempty"`
	// Added is the id of the review that added the event, for an event an
	// analyst added (it has no reading to match).
	Added int64 `json:"added,omitempty"`
}

// ReviewState is an event's standing after its reviews.
type ReviewState struct {
	Status string `json:"status"`
	By     string `json:"by,omitempty"` // the last reviewer
	At     string `json:"at,omitempty"`
	// Added marks an event an analyst added.
	Added bool `json:"added,omitempty"`
}

// ReviewStatus is the event's review status, "unreviewed" when it has none.
func (e *Event) ReviewStatus() string {
	if e.Review == nil || e.Review.Status == "" {
		return ReviewUnreviewed
	}
	return e.Review.Status
}
