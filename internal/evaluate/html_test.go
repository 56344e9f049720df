package evaluate

import "testing"

func TestScorePage(t *testing.T) {
	truth := "Rockets struck the base on Monday night and two soldiers were wounded in the attack"
	if s := ScorePage(truth, truth); s.TP != 1 || s.FP != 0 || s.FN != 0 {
		t.Errorf("identical text: %+v", s)
	}
	if s := ScorePage(truth, ""); s.TP != 0 || s.FN != 1 {
		t.Errorf("nothing extracted: %+v", s)
	}
	half := ScorePage(truth, truth+" Subscribe to our newsletter for daily updates from the region and beyond today")
	if half.TP <= 0.4 || half.FP <= 0.3 {
		t.Errorf("boilerplate appended should cost precision: %+v", half)
	}
	f1, p, r := MacroF1([]PageScore{{TP: 1}, {TP: 0.5, FP: 0.5}})
	if p != 0.75 || r != 1 || f1 < 0.857 || f1 > 0.858 {
		t.Errorf("macro F1 = %v %v %v", f1, p, r)
	}
}
