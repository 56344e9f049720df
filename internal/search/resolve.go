package search

import (
	"strings"
	"unicode"
)

// resolve finishes a parsed tree: groups of the same operator are
// flattened, text with no letter or digit (a lone "-" or "…") is dropped,
// and event fields become Events nodes, those joined by AND in one group
// merged so that one event must meet them all. It returns nil for a tree
// left with nothing to search for.
func (p *parser) resolve(n Node) Node {
	if p.err != nil || n == nil {
		return nil
	}
	switch n := n.(type) {
	case *And:
		kids := p.resolveAll(n.Nodes, true, func(x Node) []Node {
			if a, ok := x.(*And); ok {
				return a.Nodes
			}
			return nil
		})
		kids = p.mergeEvents(kids)
		return collapse(kids, func(ns []Node) Node { return &And{Nodes: ns, At: n.At} })
	case *Or:
		kids := p.resolveAll(n.Nodes, false, func(x Node) []Node {
			if o, ok := x.(*Or); ok {
				return o.Nodes
			}
			return nil
		})
		return collapse(kids, func(ns []Node) Node { return &Or{Nodes: ns, At: n.At} })
	case *Not:
		inner := p.resolve(n.Node)
		if inner == nil {
			return nil
		}
		if nn, ok := inner.(*Not); ok { // --x is x
			return nn.Node
		}
		return &Not{Node: inner, At: n.At}
	case *Text:
		if !hasWordChar(n.Words) {
			return nil
		}
		return n
	case *eventField:
		return p.events([]*eventField{n})
	}
	return n
}

// resolveAll resolves nodes, splicing in the children that flat returns
// for a node of the parent's own operator. With keepEvents, event fields
// are left for the caller to merge.
func (p *parser) resolveAll(nodes []Node, keepEvents bool, flat func(Node) []Node) []Node {
	var out []Node
	for _, x := range nodes {
		if _, ok := x.(*eventField); ok && keepEvents {
			out = append(out, x)
			continue
		}
		r := p.resolve(x)
		if r == nil {
			continue
		}
		if inner := flat(r); inner != nil {
			out = append(out, inner...)
		} else {
			out = append(out, r)
		}
	}
	return out
}

func collapse(nodes []Node, make func([]Node) Node) Node {
	switch len(nodes) {
	case 0:
		return nil
	case 1:
		return nodes[0]
	}
	return make(nodes)
}

// mergeEvents replaces the event fields among the children of an AND by
// Events nodes, one per run of fields that names no field twice, placed
// where the run's first field was.
func (p *parser) mergeEvents(nodes []Node) []Node {
	var out []Node
	var group []*eventField
	at := -1
	flush := func() {
		if len(group) > 0 {
			out[at] = p.events(group)
			group, at = nil, -1
		}
	}
	for _, x := range nodes {
		f, ok := x.(*eventField)
		if !ok {
			out = append(out, x)
			continue
		}
		for _, g := range group {
			if g.name == f.name {
				flush()
				break
			}
		}
		if at < 0 {
			at = len(out)
			out = append(out, nil)
		}
		group = append(group, f)
	}
	flush()
	return out
}

// events checks a group of event fields, each alone first so that an
// error points at the value at fault, and makes its Events node.
func (p *parser) events(fields []*eventField) Node {
	check := p.opt.Events
	if check == nil {
		check = asWritten
	}
	values := map[string]string{}
	for _, f := range fields {
		if _, err := check(map[string]string{f.name: f.value}); err != nil {
			p.fail(f.At, "%s:%s: %v", f.name, quote(f.value), err)
			return nil
		}
		values[f.name] = f.value
	}
	ef, err := check(values)
	if err != nil {
		p.fail(fields[0].At, "%v", err)
		return nil
	}
	return &Events{Filter: ef, At: fields[0].At}
}

// asWritten is the check of event values when Options.Events is nil.
func asWritten(values map[string]string) (EventFilter, error) {
	list := func(v string) []string {
		var out []string
		for _, x := range strings.Split(v, ",") {
			if x = strings.ToUpper(strings.TrimSpace(x)); x != "" {
				out = append(out, x)
			}
		}
		return out
	}
	return EventFilter{
		Types: list(values["type"]), Sectors: list(values["sector"]),
		Source: values["source"], Target: values["target"], Actor: values["actor"],
		Country: strings.ToUpper(values["country"]), Place: values["place"],
		Modality: strings.ToLower(values["modality"]),
	}, nil
}

func hasWordChar(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
