package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"math"
	"strconv"
	"sync"
)

// The base map: country outlines decoded from the embedded world-atlas
// TopoJSON (static/world/README.md) into one SVG in degrees (x = lon,
// y = −lat), built once and served as /static/world.svg. Pages draw their
// dots over it in the same units, so no projection code runs per request.

var worldSVG = sync.OnceValues(func() ([]byte, error) {
	raw, err := assets.ReadFile("static/world/countries-110m.json")
	if err != nil {
		return nil, err
	}
	return renderWorld(raw)
})

type topology struct {
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects map[string]struct {
		Geometries []struct {
			Type       string          `json:"type"`
			Arcs       json.RawMessage `json:"arcs"`
			ID         string          `json:"id"`
			Properties struct {
				Name string `json:"name"`
			} `json:"properties"`
		} `json:"geometries"`
	} `json:"objects"`
}

// renderWorld decodes a TopoJSON topology of countries (quantized, delta
// encoded arcs) into an SVG of one path per country.
func renderWorld(raw []byte) ([]byte, error) {
	var t topology
	if err := json.Unmarshal(raw, &t); err != nil {
		return nil, fmt.Errorf("world map: %w", err)
	}
	arcs := make([][][2]float64, len(t.Arcs))
	for i, arc := range t.Arcs {
		var x, y float64
		pts := make([][2]float64, len(arc))
		for j, p := range arc {
			if t.Transform != nil {
				x, y = x+p[0], y+p[1]
				pts[j] = [2]float64{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
			} else {
				pts[j] = p
			}
		}
		arcs[i] = pts
	}
	countries, ok := t.Objects["countries"]
	if !ok {
		return nil, fmt.Errorf("world map: no countries object")
	}
	var b bytes.Buffer
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="-180 -90 360 180">` +
		`<g fill="#f5f3ee" stroke="#9aa5b1" stroke-width=".15" stroke-linejoin="round">`)
	for _, g := range countries.Geometries {
		if g.ID == "010" { // Antarctica: no news places, and its ring wraps the pole
			continue
		}
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return nil, fmt.Errorf("world map %s: %w", g.Properties.Name, err)
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return nil, fmt.Errorf("world map %s: %w", g.Properties.Name, err)
			}
		default:
			continue
		}
		var d bytes.Buffer
		for _, poly := range polys {
			for _, ring := range poly {
				writeRing(&d, ringPoints(arcs, ring))
			}
		}
		fmt.Fprintf(&b, `<path d="%s"><title>%s</title></path>`, d.String(), html.EscapeString(g.Properties.Name))
	}
	b.WriteString(`</g></svg>`)
	return b.Bytes(), nil
}

// ringPoints joins a ring's arcs (a negative index ~i is arc i reversed),
// dropping the first point of each arc after the first, which repeats the
// last of the one before.
func ringPoints(arcs [][][2]float64, ring []int) [][2]float64 {
	var out [][2]float64
	for k, i := range ring {
		var a [][2]float64
		if i < 0 {
			src := arcs[^i]
			a = make([][2]float64, len(src))
			for j := range src {
				a[j] = src[len(src)-1-j]
			}
		} else {
			a = arcs[i]
		}
		if k > 0 && len(a) > 0 {
			a = a[1:]
		}
		out = append(out, a...)
	}
	return out
}

// writeRing writes a closed subpath. A ring that crosses the antimeridian
// (Russia, Fiji) is unwrapped into continuous longitudes and drawn again
// shifted by a full turn, so that each side of the map shows its part
// without a stroke across the whole world.
func writeRing(b *bytes.Buffer, pts [][2]float64) {
	if len(pts) < 3 {
		return
	}
	unwrapped := make([][2]float64, len(pts))
	lo, hi := math.Inf(1), math.Inf(-1)
	shift := 0.0
	for i, p := range pts {
		if i > 0 {
			d := p[0] + shift - unwrapped[i-1][0]
			if d > 180 {
				shift -= 360
			} else if d < -180 {
				shift += 360
			}
		}
		unwrapped[i] = [2]float64{p[0] + shift, p[1]}
		lo, hi = math.Min(lo, unwrapped[i][0]), math.Max(hi, unwrapped[i][0])
	}
	draw := func(dx float64) {
		for i, p := range unwrapped {
			if i == 0 {
				b.WriteByte('M')
			} else {
				b.WriteByte('L')
			}
			b.WriteString(num(p[0] + dx))
			b.WriteByte(' ')
			b.WriteString(num(-p[1]))
		}
		b.WriteByte('Z')
	}
	draw(0)
	if hi > 180 {
		draw(-360)
	}
	if lo < -180 {
		draw(360)
	}
}

// num formats a coordinate to two decimals (about a kilometre), trimmed.
func num(f float64) string {
	return strconv.FormatFloat(math.Round(f*100)/100, 'f', -1, 64)
}
