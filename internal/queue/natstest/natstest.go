// Package natstest gives tests a work queue of their own on the test NATS
// server: a stream with a unique name, deleted when the test ends.
package natstest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net"
	"net/url"
	"os"
	"testing"
	"time"

	"sitrep/internal/queue"
)

// DefaultURL is the test server: the machine's and CI's local NATS with JetStream.
const DefaultURL = "nats://127.0.0.1:4222"

// URL is the test server's address: SITREP_TEST_NATS, else DefaultURL.
func URL() string {
	if u := os.Getenv("SITREP_TEST_NATS"); u != "" {
		return u
	}
	return DefaultURL
}

// Address returns the address of a new queue on the test server and
// deletes its stream when t ends. It skips t when the server does not
// answer.
func Address(t testing.TB) string {
	t.Helper()
	u, err := url.Parse(URL())
	if err != nil {
		t.Fatalf("SITREP_TEST_NATS: %v", err)
	}
	c, err := net.DialTimeout("tcp", u.Host, 2*time.Second)
	if err != nil {
		t.Skipf("NATS not reachable at %s (start it, or set SITREP_TEST_NATS): %v", URL(), err)
	}
	c.Close()
	b := make([]byte, 6)
	rand.Read(b)
	q := u.Query()
	q.Set("stream", "sitrep_test_"+hex.EncodeToString(b))
	u.RawQuery = q.Encode()
	addr := u.String()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		qu, err := queue.Open(ctx, addr, queue.Options{})
		if err != nil {
			t.Errorf("delete queue %s: %v", addr, err)
			return
		}
		defer qu.Close()
		if err := qu.Delete(ctx); err != nil {
			t.Errorf("delete queue %s: %v", addr, err)
		}
	})
	return addr
}

// Open opens a new queue on the test server (see Address), closed when t ends.
func Open(t testing.TB, opt queue.Options) *queue.Queue {
	t.Helper()
	addr := Address(t)
	q, err := queue.Open(context.Background(), addr, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	return q
}
