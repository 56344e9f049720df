package entity

import "sitrep/internal/record"

// Kinds of entity.
const (
	KindCountry      = record.KindCountry
	KindPerson       = record.KindPerson
	KindOrganization = record.KindOrganization
	KindArmedGroup   = record.KindArmedGroup
	KindMedia        = record.KindMedia
	KindPlace        = record.KindPlace
	KindFacility     = record.KindFacility
)

// The recogniser produces the records of internal/record.
type (
	Entity  = record.Entity
	Mention = record.Mention
	Found   = record.Found
)
