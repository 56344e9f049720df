package timex

import "sitrep/internal/record"

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
// date: the record of internal/record.
type Date = record.Date
