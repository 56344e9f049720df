// Package pgtest gives tests a PostgreSQL archive of their own: a schema
// with a unique name in the test server's database, dropped when the test
// ends, so that test packages running in parallel never meet.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// DefaultDSN is the test server: the machine's and CI's local PostgreSQL.
const DefaultDSN = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// DSN is the test server's address: SITREP_TEST_PG, else DefaultDSN.
func DSN() string {
	if d := os.Getenv("SITREP_TEST_PG"); d != "" {
		return d
	}
	return DefaultDSN
}

// Schema returns the address of a new, empty schema on the test server
// (the store creates it on open) and drops it when t ends. It skips t when
// the server does not answer.
func Schema(t testing.TB) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, DSN())
	if err != nil {
		t.Skipf("PostgreSQL not reachable at %s (start it, or set SITREP_TEST_PG): %v", DSN(), err)
	}
	conn.Close(ctx)
	b := make([]byte, 6)
	rand.Read(b)
	name := "sitrep_test_" + hex.EncodeToString(b)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, DSN())
		if err != nil {
			t.Errorf("drop schema %s: %v", name, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, `DROP SCHEMA IF EXISTS `+pgx.Identifier{name}.Sanitize()+` CASCADE`); err != nil {
			t.Errorf("drop schema %s: %v", name, err)
		}
	})
	u, err := url.Parse(DSN())
	if err != nil {
		t.Fatalf("SITREP_TEST_PG: %v", err)
	}
	q := u.Query()
	q.Set("schema", name)
	u.RawQuery = q.Encode()
	return u.String()
}
