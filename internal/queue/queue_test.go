package queue_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"sitrep/internal/queue"
	"sitrep/internal/queue/natstest"
	"sitrep/internal/record"
)

func stats(t *testing.T, q *queue.Queue) queue.Stats {
	t.Helper()
	st, err := q.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestLifecycle: published items are pending, fetched ones in flight,
// acknowledged ones done, and a failed one counted apart; an item handed
// back comes again with its delivery count and reason.
func TestLifecycle(t *testing.T) {
	ctx := context.Background()
	q := natstest.Open(t, queue.Options{MaxDeliver: 2})
	for i := range 3 {
		a := &record.Article{Title: fmt.Sprintf("Report %d", i), Body: "Officials said so."}
		if err := q.Publish(ctx, queue.Item{Source: fmt.Sprintf("in.jsonl:%d", i+1), Article: a, Raw: []byte("{}"), RawFormat: "jsonl"}); err != nil {
			t.Fatal(err)
		}
	}
	if st := stats(t, q); st.Pending != 3 || st.InFlight != 0 || st.Done != 0 {
		t.Fatalf("after publishing 3: %+v", st)
	}
	ds, err := q.Fetch(ctx, 2, time.Second)
	if err != nil || len(ds) != 2 {
		t.Fatalf("Fetch(2) = %d, %v", len(ds), err)
	}
	if ds[0].Item.Source != "in.jsonl:1" || ds[0].Item.Article.Title != "Report 0" || string(ds[0].Item.Raw) != "{}" || ds[0].Delivered != 1 || q.LastTry(ds[0]) {
		t.Errorf("first delivery = %+v", ds[0])
	}
	if st := stats(t, q); st.Pending != 1 || st.InFlight != 2 {
		t.Errorf("with 2 fetched: %+v", st)
	}
	if err := q.Ack(ctx, ds[0]); err != nil {
		t.Fatal(err)
	}
	if err := q.Retry(ctx, ds[1], "parse failed", 0); err != nil {
		t.Fatal(err)
	}
	var again []*queue.Delivery
	for range 10 {
		ds, err := q.Fetch(ctx, 2, time.Second)
		if err != nil {
			t.Fatal(err)
		}
		if again = append(again, ds...); len(again) >= 2 {
			break
		}
	}
	if len(again) != 2 {
		t.Fatalf("Fetch after retry = %d items, want the retried one and the third", len(again))
	}
	var retried *queue.Delivery
	for _, d := range again {
		if d.Seq == ds[1].Seq {
			retried = d
		}
	}
	if retried == nil || retried.Delivered != 2 || !q.LastTry(retried) || q.Reason(ctx, retried) != "parse failed" {
		t.Fatalf("retried item = %+v", retried)
	}
	if err := q.Fail(ctx, retried, "parse failed twice"); err != nil {
		t.Fatal(err)
	}
	for _, d := range again {
		if d != retried {
			q.Ack(ctx, d)
		}
	}
	// Acknowledgements are asynchronous: the server counts them soon after.
	for start := time.Now(); ; time.Sleep(20 * time.Millisecond) {
		st := stats(t, q)
		if st.Pending == 0 && st.InFlight == 0 && st.Done == 2 && st.Failed == 1 {
			break
		}
		if time.Since(start) > 5*time.Second {
			t.Fatalf("at the end: %+v; want 2 done, 1 failed", st)
		}
	}
}

// TestBadAddress: an address that is not nats:// is refused by name.
func TestBadAddress(t *testing.T) {
	if _, err := queue.Open(context.Background(), "http://127.0.0.1:4222", queue.Options{}); err == nil {
		t.Error("an http:// address was taken")
	}
	if _, err := queue.Open(context.Background(), "nats://127.0.0.1:4222?stream=a.b", queue.Options{}); err == nil {
		t.Error("a stream name with a dot was taken")
	}
}
