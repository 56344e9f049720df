package timex

// Precisions of a resolved date.
const (
	PrecisionDay    = "day"
	PrecisionWeek   = "week"
	PrecisionMonth  = "month"
	PrecisionYear   = "year"
	PrecisionDecade = "decade"
	PrecisionTime   = "time"
)

// Date is a date expression found in text and resolved against a reference
// date. Offset/End are byte offsets in the field; Start and Last are the
// first and last day the expression covers ("2023-11-21", "2023-11-22").
type Date struct {
	Text      string `json:"text"`
	Field     string `json:"field,omitempty"`
	Offset    int    `json:"offset"`
	EndOffset int    `json:"end_offset"`
	Start     string `json:"start"`
	End       string `json:"end"`
	Precision string `json:"precision"`
	// Time is the RFC 3339 time of day where the text gives one.
	Time string `json:"time,omitempty"`
	// Ambiguous marks readings that could be otherwise (1/8/2024 day-first).
	Ambiguous bool `json:"ambiguous,omitempty"`
	// Future marks a date after the reference date, read so because of a
	// future marker ("next", "will").
	Future bool `json:"future,omitempty"`
	// Anchor says what the date was resolved against: "published" or "ingested".
	Anchor string `json:"anchor,omitempty"`
}
