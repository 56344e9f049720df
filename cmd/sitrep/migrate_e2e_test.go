package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"sitrep/internal/record"
	"sitrep/internal/store/postgres/pgtest"
)

// migration is the JSON report of sitrep migrate --json.
type migration struct {
	Tables []struct {
		Table      string `json:"table"`
		Rows       int64  `json:"rows"`
		Sum        string `json:"checksum"`
		Copied     int64  `json:"copied"`
		TargetRows int64  `json:"target_rows"`
		TargetSum  string `json:"target_checksum"`
	} `json:"tables"`
	Equal bool `json:"equal"`
}

func migrateJSON(t *testing.T, from, to string) migration {
	t.Helper()
	r := sitrep(t, from, "migrate", "--json", "--to", to)
	var m migration
	if err := json.Unmarshal([]byte(r.stdout), &m); err != nil || r.code != 0 || !m.Equal {
		t.Fatalf("migrate %s → %s: exit %d, %v\n%s%s", from, to, r.code, err, r.stdout, r.stderr)
	}
	return m
}

// TestMigrateRoundTrip: an archive built on SQLite by real ingest of the
// examples, with everything else an archive keeps (quarantine, reviews of
// events and of a link, a merged outlet, a feed, an alert), copied to a new
// PostgreSQL schema and from there to a new SQLite file: every table holds
// the same rows with the same checksum at each step, and the three answer
// stats, events, incidents, show, reviews, quarantine and the live lists
// alike; search gives the same hits on both backends and the very same
// output on both SQLite files. Copying again into a finished copy stores
// nothing; copying into an archive of other content is refused.
func TestMigrateRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped under -short")
	}
	t.Parallel() // its own schema, stream and folder
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	pg := pgtest.Schema(t)
	if r := sitrep(t, a, "ingest", "../../examples"); r.code != 0 {
		t.Fatalf("ingest: %d %s", r.code, r.stderr)
	}
	if r := sitrep(t, a, "ingest", "../../testdata/bad"); r.code != 1 {
		t.Fatalf("ingest of bad records: %d %s", r.code, r.stderr)
	}
	events := jsonLines(t, sitrep(t, a, "events", "--json", "--limit", "3").stdout)
	if len(events) < 3 {
		t.Fatalf("the examples gave %d events", len(events))
	}
	articleID := events[0]["article_id"].(string)
	var shown record.Annotated
	json.Unmarshal([]byte(sitrep(t, a, "show", "--json", articleID).stdout), &shown)
	offset := -1
	for _, f := range shown.Entities {
		for _, m := range f.Mentions {
			if m.Field == "body" && offset < 0 {
				offset = m.Start
			}
		}
	}
	for _, args := range [][]string{
		{"review", "confirm", events[0]["id"].(string), "--reviewer", "rana"},
		{"review", "set", events[1]["id"].(string), "fatalities", "7", "--reviewer", "rana", "--note", "later toll"},
		{"review", "reject", events[2]["id"].(string), "--reason", "wrong-sense", "--reviewer", "omar"},
		{"review", "link", articleID, strconv.Itoa(offset), "none", "--reviewer", "omar"},
		{"outlets", "merge", "AP", "Associated Press"},
		{"feeds", "add", "https://example.org/news/feed.xml"},
		{"alerts", "add", "airstrike* country:Syria"},
	} {
		if r := sitrep(t, a, args...); r.code != 0 {
			t.Fatalf("%v: %d %s %s", args, r.code, r.stdout, r.stderr)
		}
	}

	there := migrateJSON(t, a, pg)
	back := migrateJSON(t, pg, b)
	for i, tb := range there.Tables {
		bk := back.Tables[i]
		if tb.Rows != tb.TargetRows || tb.Copied != tb.Rows || bk.Rows != tb.Rows || bk.Sum != tb.Sum || bk.TargetSum != tb.Sum {
			t.Errorf("table %s: to PostgreSQL %+v, back %+v", tb.Table, tb, bk)
		}
		switch tb.Table {
		case "alerts", "feeds", "reviews", "quarantine", "machine_mentions", "articles", "events", "claims", "outlet_aliases":
			if tb.Rows == 0 {
				t.Errorf("table %s: no rows; the test archive should hold some", tb.Table)
			}
		}
	}

	same := func(args ...string) {
		t.Helper()
		ra, rp, rb := sitrep(t, a, args...), sitrep(t, pg, args...), sitrep(t, b, args...)
		if ra.code != 0 || ra.stdout != rp.stdout || ra.stdout != rb.stdout || ra.stdout == "" {
			t.Errorf("%v differs:\nSQLite (%d):\n%s%s\nPostgreSQL (%d):\n%s%s\ncopy (%d):\n%s%s",
				args, ra.code, ra.stdout, ra.stderr, rp.code, rp.stdout, rp.stderr, rb.code, rb.stdout, rb.stderr)
		}
	}
	same("stats", "--json")
	same("events", "--json", "--limit", "1000")
	same("events", "--json", "--status", "confirmed,corrected,rejected")
	same("incidents", "--json")
	same("quarantine", "--json")
	same("review", "log", "--json")
	same("alerts", "ls", "--json")
	same("feeds", "ls", "--json")
	same("profile", "--json", "--by", "outlet")
	same("show", "--json", articleID)
	for i, l := range jsonLines(t, sitrep(t, a, "ls", "--json", "--limit", "0").stdout) {
		if i%20 == 7 {
			same("show", "--json", l["id"].(string))
		}
	}
	for _, query := range []string{"attack OR strike*", "type:ASSAULT entity:Baghdad", `"security forces" outlet:"Associated Press"`} {
		hits := func(db string) string {
			r := sitrep(t, db, "search", "--json", "--facets", "--sort", "date", "--limit", "100", "--", query)
			var out []string
			for _, l := range jsonLines(t, r.stdout) {
				if f, ok := l["facets"]; ok {
					j, _ := json.Marshal(f)
					out = append(out, string(j))
				} else {
					out = append(out, fmt.Sprint(l["id"], l["duplicates"]))
				}
			}
			return strings.Join(out, "\n")
		}
		if ha, hp := hits(a), hits(pg); ha != hp || ha == "" {
			t.Errorf("search %q: SQLite and PostgreSQL differ:\n%s\n--\n%s", query, ha, hp)
		}
		ra, rb := sitrep(t, a, "search", "--json", "--", query), sitrep(t, b, "search", "--json", "--", query)
		if ra.stdout != rb.stdout {
			t.Errorf("search %q: the SQLite copy answers otherwise:\n%s\n--\n%s", query, ra.stdout, rb.stdout)
		}
	}

	// Again into the finished copy: nothing to store, still equal.
	again := migrateJSON(t, a, pg)
	for _, tb := range again.Tables {
		if tb.Copied != 0 {
			t.Errorf("second copy stored %d rows of %s again", tb.Copied, tb.Table)
		}
	}
	if r := sitrep(t, b, "migrate", "--to", a); r.code != 2 || !strings.Contains(r.stderr, "not empty") {
		t.Errorf("a copy into an archive of other content: exit %d, %s", r.code, r.stderr)
	}
	if r := sitrep(t, a, "migrate", "--verify", "--to", b); r.code != 0 || !strings.Contains(r.stdout, "same") {
		t.Errorf("migrate --verify of a copy: exit %d, %s %s", r.code, r.stdout, r.stderr)
	}
}
