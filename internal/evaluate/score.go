package evaluate

import "fmt"

// PRF counts what precision, recall and F1 are computed from. Matching
// one to one (a prediction matches at most one gold item and the other
// way round) makes TP and GoldFound equal: Hit counts both. Matching by
// overlap may not, as a prediction may overlap a gold item another
// prediction already matched, so the two are kept apart.
type PRF struct {
	TP        int // predictions that match a gold item
	Predicted int
	Gold      int
	GoldFound int // gold items that a prediction matches
}

// Hit counts one prediction matched one to one with a gold item.
func (p *PRF) Hit() { p.TP++; p.GoldFound++ }

// Precision is TP over Predicted (0 when nothing was predicted).
func (p PRF) Precision() float64 { return ratio(p.TP, p.Predicted) }

// Recall is GoldFound over Gold (0 when there is no gold item).
func (p PRF) Recall() float64 { return ratio(p.GoldFound, p.Gold) }

// F1 is the harmonic mean of precision and recall.
func (p PRF) F1() float64 { return harmonic(p.Precision(), p.Recall()) }

func (p PRF) String() string {
	return fmt.Sprintf("P %.2f R %.2f F1 %.2f (%d/%d/%d)", p.Precision(), p.Recall(), p.F1(), p.TP, p.Predicted, p.Gold)
}

// ratio is a over b, or 0 when b is 0.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// harmonic is the harmonic mean of p and r (F1), or 0 when both are 0.
func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
