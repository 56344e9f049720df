package export

import "strings"

// cell neutralises a text cell that a spreadsheet would run as a formula
// (OWASP, "CSV Injection"): a cell that starts with =, +, -, @, a tab or a
// carriage return is prefixed with a single quote, which spreadsheets show
// as text. Numeric columns (coordinates, tolls, confidence) are written
// without it, so that they stay numbers.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// cells applies cell to every text cell of a row; numeric marks the
// columns that hold numbers.
func cells(row []string, numeric map[int]bool) []string {
	for i, s := range row {
		if !numeric[i] {
			row[i] = cell(s)
		}
	}
	return row
}

// columns returns the positions of names in header.
func columns(header []string, names ...string) map[int]bool {
	out := map[int]bool{}
	for i, h := range header {
		for _, n := range names {
			if h == n {
				out[i] = true
			}
		}
	}
	return out
}

var (
	eventNumeric    = columns(CSVHeader, "lat", "lon", "fatalities", "injured", "count", "confidence")
	incidentNumeric = columns(IncidentCSVHeader, "lat", "lon", "fatalities_min", "fatalities_max", "reports", "articles")
)
