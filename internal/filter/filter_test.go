package filter

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	countries := func(v string) (string, bool) {
		switch strings.ToLower(v) {
		case "iraq", "iraqi", "irq":
			return "IRQ", true
		}
		return "", false
	}
	f, err := Parse(map[string]string{"type": "assault, Coerce", "modality": "Threatened", "country": "Iraqi",
		"since": "2024-01", "until": "2024", "place": "50%_off", "sector": "mil"}, countries)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(f.Types, []string{"ASSAULT", "COERCE"}) || f.Modality != "threatened" || f.Country != "IRQ" ||
		f.Since != "2024-01-01" || f.Until != "2024-12-31" || f.Place != "50%_off" || !slices.Equal(f.Sectors, []string{"MIL"}) {
		t.Errorf("Parse = %+v", f)
	}
	if f, _ := Parse(map[string]string{"until": "2024-02"}, nil); f.Until != "2024-02-29" {
		t.Errorf("--until 2024-02 = %s, want the month's last day", f.Until)
	}
	if f, err := Parse(map[string]string{"sourcing": "Unsourced"}, nil); err != nil || f.Sourcing != "unsourced" {
		t.Errorf("--sourcing Unsourced: %+v, %v", f, err)
	}
	if f, err := Parse(map[string]string{"country": "irq"}, nil); err != nil || f.Country != "IRQ" {
		t.Errorf("ISO code without a resolver: %+v, %v", f, err)
	}
	bad := []struct {
		in   map[string]string
		says string // the error lists the valid values or forms
	}{
		{map[string]string{"type": "ATTACK"}, "ASSAULT"},
		{map[string]string{"modality": "foo"}, "hypothetical"},
		{map[string]string{"modality": "actual,denied"}, "one value"},
		{map[string]string{"sourcing": "rumour"}, "unsourced"},
		{map[string]string{"sourcing": "vague,attributed"}, "one value"},
		{map[string]string{"since": "2024-13-01"}, DateForms},
		{map[string]string{"since": "garbage"}, DateForms},
		{map[string]string{"since": "2024-02-01", "until": "2024-01-01"}, "no event can match"},
		{map[string]string{"country": "Narnia"}, "ISO 3166-1"},
		{map[string]string{"sector": "XYZ"}, "GOV"},
		{map[string]string{"colour": "red"}, "filters: source"},
	}
	for _, c := range bad {
		_, err := Parse(c.in, countries)
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), c.says) {
			t.Errorf("Parse(%v) = %v; want ErrInvalid saying %q", c.in, err, c.says)
		}
	}
}

func TestHelpListsValues(t *testing.T) {
	for _, f := range Fields {
		for _, v := range f.Values {
			if !strings.Contains(f.Help(), v) {
				t.Errorf("--%s help %q does not list %s", f.Name, f.Help(), v)
			}
		}
	}
}

func TestSearchEvents(t *testing.T) {
	check := SearchEvents(func(v string) (string, bool) { return "IRQ", v == "Iraq" })
	f, err := check(map[string]string{"type": "assault", "country": "Iraq", "actor": "KH"})
	if err != nil || f.Country != "IRQ" || len(f.Types) != 1 || f.Types[0] != "ASSAULT" || f.Actor != "KH" {
		t.Errorf("SearchEvents = %+v, %v", f, err)
	}
	if _, err := check(map[string]string{"type": "BOMBING"}); !errors.Is(err, ErrInvalid) {
		t.Errorf("a type that cannot match: %v", err)
	}
}
