package queue

import "testing"

// TestAddresses: the servers, stream and replicas an address names.
func TestAddresses(t *testing.T) {
	for _, c := range []struct {
		in, servers, name string
		replicas          int
		bad               bool
	}{
		{in: "nats://127.0.0.1:4222", servers: "nats://127.0.0.1:4222", name: "sitrep", replicas: 1},
		{in: "nats://a:4222,nats://b:4222?stream=news&replicas=3", servers: "nats://a:4222,nats://b:4222", name: "news", replicas: 3},
		{in: "tls://u:p@a:4222?stream=x", servers: "tls://u:p@a:4222", name: "x", replicas: 1},
		{in: "nats://a:4222?replicas=0", bad: true},
		{in: "nats://a:4222,http://b?stream=x", bad: true},
	} {
		servers, name, replicas, err := splitStream(c.in)
		if c.bad != (err != nil) || !c.bad && (servers != c.servers || name != c.name || replicas != c.replicas) {
			t.Errorf("splitStream(%q) = %q, %q, %d, %v", c.in, servers, name, replicas, err)
		}
	}
}
