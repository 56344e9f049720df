// Package queue is sitrep's work queue on NATS JetStream: ingest publishes
// input records to it, and any number of workers, on any machines, take
// them, read and store them, and acknowledge each only once it is stored.
// A record whose worker dies is delivered again (after AckWait); content-hash
// ids make storing it twice a no-op. A record delivered MaxDeliver times
// without being stored is handed to the caller to quarantine, with the
// reason its last failure gave.
//
// The package moves records only: it neither parses nor stores (the
// pipeline, internal/ingest, does), and sees nothing but internal/record.
//
// An address is a NATS URL; its query parameter stream=NAME names the
// stream (default sitrep), so that several queues share one server, and
// replicas=N keeps the stream on N servers of a cluster (default 1):
//
//	nats://127.0.0.1:4222?stream=newsroom
//	nats://nats-1:4222,nats://nats-2:4222,nats://nats-3:4222?replicas=3
package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"sitrep/internal/record"
)

// Item is one record on the queue: an article as read from its source, or
// a record that could not be read (Reject says why), with the raw input
// kept for reprocess or quarantine; or a stored article to read again
// (Reprocess, its id: sitrep reprocess --queue).
type Item struct {
	Source    string          `json:"source"`
	Article   *record.Article `json:"article,omitempty"`
	Reject    string          `json:"reject,omitempty"`
	Raw       []byte          `json:"raw,omitempty"`
	RawFormat string          `json:"raw_format,omitempty"`
	Reprocess string          `json:"reprocess,omitempty"`
	// Reextract asks a reprocess to parse the article's kept raw input
	// again before reading it.
	Reextract bool `json:"reextract,omitempty"`
}

// Options tune a queue; zero values take the defaults.
type Options struct {
	// AckWait is how long a worker may hold a record before it is
	// delivered to another; 0 keeps the queue's (DefaultAckWait for a
	// new one).
	AckWait time.Duration
	// MaxDeliver is how many deliveries a record gets before it is
	// quarantined (default 5).
	MaxDeliver int
}

// DefaultAckWait is the AckWait of a new queue.
const DefaultAckWait = 2 * time.Minute

// MaxItemBytes bounds one item on the queue, under NATS's default 1 MB
// payload limit.
const MaxItemBytes = 1000 << 10

// Queue is a connection to one work queue: a stream of items, one durable
// consumer shared by every worker, and a bucket of failure reasons.
type Queue struct {
	replicas int
	nc       *nats.Conn
	js       jetstream.JetStream
	name     string
	subject  string
	stream   jetstream.Stream
	consumer jetstream.Consumer
	failures jetstream.KeyValue
	opt      Options
	addr     string
}

// Open connects to the queue at addr (nats://…), creating its stream,
// consumer and failure bucket if need be.
func Open(ctx context.Context, addr string, opt Options) (*Queue, error) {
	server, name, replicas, err := splitStream(addr)
	if err != nil {
		return nil, fmt.Errorf("queue %s: %w", addr, err)
	}
	if opt.MaxDeliver <= 0 {
		opt.MaxDeliver = 5
	}
	nc, err := nats.Connect(server, nats.Name("sitrep"), nats.MaxReconnects(-1))
	if err != nil {
		return nil, fmt.Errorf("queue %s: %w", addr, err)
	}
	q := &Queue{nc: nc, name: name, subject: name + ".records", opt: opt, addr: addr, replicas: replicas}
	if err := q.setup(ctx); err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue %s: %w", addr, err)
	}
	return q, nil
}

// splitStream takes the stream and replicas parameters out of an address
// (one URL, or several separated by commas: the servers of a cluster).
func splitStream(addr string) (servers, name string, replicas int, err error) {
	base, query, _ := strings.Cut(addr, "?")
	for _, s := range strings.Split(base, ",") {
		u, err := url.Parse(strings.TrimSpace(s))
		if err != nil {
			return "", "", 0, err
		}
		if u.Scheme != "nats" && u.Scheme != "tls" {
			return "", "", 0, fmt.Errorf("want a nats:// address")
		}
	}
	q, err := url.ParseQuery(query)
	if err != nil {
		return "", "", 0, err
	}
	name = q.Get("stream")
	if name == "" {
		name = "sitrep"
	}
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return "", "", 0, fmt.Errorf("stream %q: letters, digits, - and _ only", name)
		}
	}
	replicas = 1
	if v := q.Get("replicas"); v != "" {
		if replicas, err = strconv.Atoi(v); err != nil || replicas < 1 || replicas > 5 {
			return "", "", 0, fmt.Errorf("replicas %q: want 1 to 5", v)
		}
	}
	return base, name, replicas, nil
}

func (q *Queue) setup(ctx context.Context) error {
	js, err := jetstream.New(q.nc)
	if err != nil {
		return err
	}
	q.js = js
	// WorkQueue retention: a record leaves the stream once acknowledged.
	q.stream, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name: q.name, Subjects: []string{q.subject}, Retention: jetstream.WorkQueuePolicy,
		Storage: jetstream.FileStorage, MaxMsgSize: MaxItemBytes + 4<<10, Replicas: q.replicas, Description: "sitrep: input records waiting to be read and stored",
	})
	if err != nil {
		return fmt.Errorf("stream %s: %w", q.name, err)
	}
	if q.consumer, err = q.openConsumer(ctx); err != nil {
		return fmt.Errorf("consumer of %s: %w", q.name, err)
	}
	q.failures, err = js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{Bucket: q.name + "_failures", Replicas: q.replicas, Description: "sitrep: why records failed"})
	if err != nil {
		return fmt.Errorf("failure bucket of %s: %w", q.name, err)
	}
	return nil
}

// openConsumer opens the workers' durable consumer. It delivers without
// limit: the workers count deliveries themselves and quarantine a record
// at MaxDeliver, so none is left undelivered in the stream. Without an
// AckWait of its own, a connection (ingest, queue stats) leaves the
// consumer as the workers set it.
func (q *Queue) openConsumer(ctx context.Context) (jetstream.Consumer, error) {
	if q.opt.AckWait <= 0 {
		if c, err := q.stream.Consumer(ctx, "workers"); err == nil {
			return c, nil
		}
		q.opt.AckWait = DefaultAckWait
	}
	return q.stream.CreateOrUpdateConsumer(ctx, jetstream.ConsumerConfig{
		Durable: "workers", AckPolicy: jetstream.AckExplicitPolicy, AckWait: q.opt.AckWait,
		MaxDeliver: -1, MaxAckPending: 10000, Description: "sitrep workers",
	})
}

// Close closes the connection, after sending what is buffered.
func (q *Queue) Close() error {
	return q.nc.Drain()
}

// Address is the queue's address, for messages.
func (q *Queue) Address() string { return q.addr }

// Publish puts an item on the queue and waits for the server to store it.
func (q *Queue) Publish(ctx context.Context, it Item) error {
	b, err := json.Marshal(it)
	if err != nil {
		return fmt.Errorf("publish %s: %w", it.Source, err)
	}
	if len(b) > MaxItemBytes {
		return fmt.Errorf("publish %s: %w", it.Source, ErrTooLarge)
	}
	if _, err := q.js.Publish(ctx, q.subject, b); err != nil {
		return fmt.Errorf("publish %s: %w", it.Source, err)
	}
	return nil
}

// ErrTooLarge is an item over MaxItemBytes.
var ErrTooLarge = errors.New("record too large for the queue")

// Delivery is one item taken from the queue by a worker.
type Delivery struct {
	Item Item
	// Seq is the item's sequence number in the stream: its name in the
	// failure bucket and in messages.
	Seq uint64
	// Delivered counts the deliveries of the item, this one included.
	Delivered int
	// Bad says why the message could not be decoded (it is not an Item).
	Bad string
	msg jetstream.Msg
}

// Fetch takes up to n items: those waiting, or else the first to come
// within wait (none when none came).
func (q *Queue) Fetch(ctx context.Context, n int, wait time.Duration) ([]*Delivery, error) {
	batch, err := q.consumer.FetchNoWait(n)
	if err != nil {
		return nil, fmt.Errorf("fetch from %s: %w", q.name, err)
	}
	out, err := q.deliveries(batch)
	if len(out) > 0 || err != nil {
		return out, err
	}
	fctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	batch, err = q.consumer.Fetch(1, jetstream.FetchContext(fctx))
	if err != nil && ctx.Err() == nil && fctx.Err() != nil {
		return nil, nil // nothing came in time
	}
	if err != nil {
		return nil, fmt.Errorf("fetch from %s: %w", q.name, err)
	}
	out, err = q.deliveries(batch)
	if err != nil {
		return out, err
	}
	return out, ctx.Err()
}

func (q *Queue) deliveries(batch jetstream.MessageBatch) ([]*Delivery, error) {
	var out []*Delivery
	for m := range batch.Messages() {
		d := &Delivery{msg: m}
		if md, err := m.Metadata(); err == nil {
			d.Seq, d.Delivered = md.Sequence.Stream, int(md.NumDelivered)
		}
		if err := json.Unmarshal(m.Data(), &d.Item); err != nil {
			d.Bad = "not a sitrep queue item: " + err.Error()
		}
		out = append(out, d)
	}
	if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && !errors.Is(err, context.DeadlineExceeded) &&
		!errors.Is(err, jetstream.ErrNoMessages) {
		return out, fmt.Errorf("fetch from %s: %w", q.name, err)
	}
	return out, nil
}

// LastTry reports whether the delivery is the item's last before
// quarantine: it has failed MaxDeliver-1 times already.
func (q *Queue) LastTry(d *Delivery) bool { return d.Delivered >= q.opt.MaxDeliver }

// Ack acknowledges a stored item: it leaves the queue. The server does
// not confirm (a round trip per item would bound a worker's speed): an
// acknowledgement lost with the connection delivers the item again, and
// the worker then finds it stored.
func (q *Queue) Ack(ctx context.Context, d *Delivery) error {
	if d.Delivered > 1 {
		q.failures.Purge(ctx, failureKey("try", d.Seq))
	}
	if err := d.msg.Ack(); err != nil {
		return fmt.Errorf("ack %s #%d: %w", q.name, d.Seq, err)
	}
	return nil
}

// Retry hands an item back after a failure, noting why, for delivery
// again after delay (to this worker or another).
func (q *Queue) Retry(ctx context.Context, d *Delivery, reason string, delay time.Duration) error {
	if reason != "" {
		q.failures.PutString(ctx, failureKey("try", d.Seq), reason)
	}
	return d.msg.NakWithDelay(delay)
}

// Release hands an item back untouched, for delivery again at once: the
// worker is stopping, or its run failed through no fault of the item.
func (q *Queue) Release(d *Delivery) error { return d.msg.Nak() }

// Reason is why the item last failed ("" when no failure was noted: its
// worker died while reading it).
func (q *Queue) Reason(ctx context.Context, d *Delivery) string {
	e, err := q.failures.Get(ctx, failureKey("try", d.Seq))
	if err != nil {
		return ""
	}
	return string(e.Value())
}

// Fail takes an item off the queue for good once the caller has
// quarantined it, and counts it as failed.
func (q *Queue) Fail(ctx context.Context, d *Delivery, reason string) error {
	if _, err := q.failures.PutString(ctx, failureKey("failed", d.Seq), reason); err != nil {
		return fmt.Errorf("fail %s #%d: %w", q.name, d.Seq, err)
	}
	q.failures.Purge(ctx, failureKey("try", d.Seq))
	return d.msg.DoubleAck(ctx)
}

func failureKey(kind string, seq uint64) string { return kind + "." + strconv.FormatUint(seq, 10) }

// Stats is the state of the queue: `sitrep queue stats`.
type Stats struct {
	Stream string `json:"stream"`
	// Pending items wait for a worker; InFlight are with one.
	Pending  int `json:"pending"`
	InFlight int `json:"in_flight"`
	// Done were stored (or found stored); Failed were quarantined.
	Done   int `json:"done"`
	Failed int `json:"failed"`
	// Redelivered counts the items now in flight that were delivered before.
	Redelivered int `json:"redelivered"`
}

// Stats reads the queue's counts from the server.
func (q *Queue) Stats(ctx context.Context) (Stats, error) {
	q.nc.Flush() // this connection's acknowledgements first
	si, err := q.stream.Info(ctx)
	if err != nil {
		return Stats{}, fmt.Errorf("queue %s: %w", q.name, err)
	}
	ci, err := q.consumer.Info(ctx)
	if err != nil {
		return Stats{}, fmt.Errorf("queue %s: %w", q.name, err)
	}
	failed := 0
	keys, err := q.failures.ListKeysFiltered(ctx, "failed.>")
	if err != nil {
		return Stats{}, fmt.Errorf("queue %s: %w", q.name, err)
	}
	for range keys.Keys() {
		failed++
	}
	st := Stats{Stream: q.name, InFlight: ci.NumAckPending, Failed: failed, Redelivered: ci.NumRedelivered}
	st.Pending = int(si.State.Msgs) - st.InFlight
	// Acknowledged items leave the stream (work-queue retention): what the
	// stream once held and no longer does was done or failed.
	st.Done = max(0, int(si.State.LastSeq)-int(si.State.Msgs)-failed)
	return st, nil
}

// Delete removes the queue's stream and failure bucket from the server,
// with whatever they hold.
func (q *Queue) Delete(ctx context.Context) error {
	var errs []error
	if err := q.js.DeleteStream(ctx, q.name); err != nil {
		errs = append(errs, err)
	}
	if err := q.js.DeleteKeyValue(ctx, q.name+"_failures"); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// String names the queue.
func (q *Queue) String() string { return strings.TrimSpace(q.name) }
