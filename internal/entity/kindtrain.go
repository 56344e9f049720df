package entity

import (
	"fmt"
	"hash/fnv"
	"io"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Synthetic contexts (previous word, next word) for the kind model's
// training examples, per class; "" is a sentence's edge.
var kindTemplates = map[string][][2]string{
	KindPerson: {{"mr", "said"}, {"mrs", ""}, {"president", "said"}, {"minister", "told"}, {"spokesman", "said"},
		{"leader", "has"}, {"", "said"}, {"", "told"}, {"by", ""}, {"to", ","}, {"dr", ""}, {"senator", ""},
		{"", "who"}, {"general", ""}, {"colonel", "said"}, {"", "added"}, {"activist", ""}, {"with", ""},
		{"and", "said"}, {"former", ""}, {"candidate", ","}, {"said", "."}, {"", "was"}, {"", "'s"}},
	KindPlace: {{"in", ","}, {"in", ""}, {"near", ""}, {"near", "on"}, {"from", "to"}, {"to", ""},
		{"outside", ","}, {"in", "on"}, {"at", ""}, {"across", ""}, {"into", ""}, {"of", ","}, {"of", "were"},
		{"", "is"}, {"in", "province"}, {"around", ""}, {"north", "of"}, {"", "'s"}},
	KindOrganization: {{"the", "said"}, {"the", "has"}, {"the", ""}, {"of", ""}, {"by", "and"}, {"with", ","},
		{"", "said"}, {"the", "announced"}, {"member", ""}, {"from", ","}, {"at", ""}, {"", "'s"}, {"the", "'s"}},
	KindArmedGroup: {{"the", "fighters"}, {"the", "militants"}, {"by", "militants"}, {"the", "claimed"}, {"of", ""},
		{"", "fighters"}, {"against", ","}, {"the", "group"}, {"the", "militia"}, {"", "said"}, {"with", ""}},
	KindMedia: {{"told", ""}, {"told", "that"}, {"the", "reported"}, {"", "reported"}, {"to", ""}, {"newspaper", ""},
		{"channel", ""}, {"broadcaster", "said"}, {"by", ""}, {"with", ""}, {"", "said"}},
	"": {{"", "the"}, {"", ","}, {"on", ""}, {"in", "2020"}, {"", "of"}, {"", "is"}, {"the", "of"}, {"a", ","},
		{"", "we"}, {"last", ""}, {"next", ""}, {"on", ","}, {"", "it"}, {"", "there"}, {"the", ""}},
}

// neutralContexts say nothing of the kind.
var neutralContexts = [][2]string{{"and", ","}, {"", "and"}, {"", ""}, {"with", ""}, {"and", ""}, {"", ","}}

// otherNames are capitalised words that name no entity of the kinds.
var otherNames = strings.Fields(`January February March April May June July August September October
November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter Ramadan
Eid Halloween Thanksgiving Hanukkah Passover Diwali English French Arabic Spanish Internet
Facebook Twitter YouTube WhatsApp Instagram Google Covid Coronavirus Friday Muslim Muslims Christian
Christians Jewish Sunni Shia Shiite Catholic Protestant Islam Christianity God Bible Quran Olympics
Oscar Oscars Grammy Nobel Prize Covid-19 Omicron Delta Bitcoin Ebola Zika Brexit Democrat Democrats
Republican Republicans Conservative Conservatives Labour Liberal Liberals Celsius Fahrenheit`)

type kindExample struct {
	feats []int32
	label int
}

// TrainKindModel trains the kind model on the knowledge base's names
// (places subsampled so the classes balance) and capitalised non-entities
// (month and weekday names, capitalised common English words), each in
// synthetic contexts, holding out a fifth of the entities (by id) for a
// test; it writes the weights to w and returns a report of the test
// accuracy. Training is deterministic.
func TrainKindModel(kb *KB, w io.Writer) (string, error) {
	dict, given := wordLists()
	classOf := map[string]int{}
	for i, c := range kindClasses {
		classOf[c] = i
	}
	type item struct {
		names []string
		label int
		test  bool
	}
	var items []item
	hash := func(s string) uint64 { h := fnv.New64a(); h.Write([]byte(s)); return h.Sum64() }
	var places []*rec
	oneWord := map[string]bool{}
	for _, r := range kb.ents {
		e := r.e
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if !strings.Contains(n, " ") {
				oneWord[strings.ToLower(n)] = true
			}
		}
		switch e.Kind {
		case KindPlace:
			places = append(places, r)
			continue
		case KindPerson, KindOrganization, KindArmedGroup, KindMedia:
		default:
			continue
		}
		items = append(items, item{append([]string{e.Name}, e.Aliases...), classOf[e.Kind], hash(e.ID)%5 == 0})
	}
	sort.Slice(places, func(i, j int) bool { return hash(places[i].e.ID) < hash(places[j].e.ID) })
	for _, r := range places[:min(len(places), 2200)] {
		items = append(items, item{append([]string{r.e.Name}, r.e.Aliases...), classOf[KindPlace], hash(r.e.ID)%5 == 0})
	}
	other := classOf[""]
	for _, n := range otherNames {
		items = append(items, item{[]string{n}, other, hash(n)%5 == 0})
	}
	var words []string
	for wd := range dict {
		if len(wd) >= 3 && !given[wd] && !oneWord[wd] && !orgWords[wd] && !placeHeads[wd] && !titleWords[wd] && !personTitles[wd] {
			words = append(words, wd)
		}
	}
	sort.Slice(words, func(i, j int) bool { return hash(words[i]) < hash(words[j]) })
	capital := func(s string) string { r := []rune(s); r[0] = unicode.ToUpper(r[0]); return string(r) }
	for _, wd := range words[:2000] {
		items = append(items, item{[]string{capital(wd)}, other, hash(wd)%5 == 0})
	}
	for i := 2000; i+1 < 3200; i += 2 {
		n := capital(words[i]) + " " + capital(words[i+1])
		items = append(items, item{[]string{n}, other, hash(n)%5 == 0})
	}

	rng := rand.New(rand.NewPCG(21, 7))
	fid := map[string]int32{}
	var fnames []string
	id := func(f string, add bool) int32 {
		if i, ok := fid[f]; ok {
			return i
		}
		if !add {
			return -1
		}
		fid[f] = int32(len(fnames))
		fnames = append(fnames, f)
		return int32(len(fnames) - 1)
	}
	var train, test, testNeutral []kindExample
	var buf []string
	mk := func(name string, ctx [2]string, label int, add bool) kindExample {
		buf = kindFeatures(buf[:0], splitName(name), ctx[0], ctx[1])
		ex := kindExample{label: label}
		for _, f := range buf {
			if i := id(f, add); i >= 0 {
				ex.feats = append(ex.feats, i)
			}
		}
		return ex
	}
	for _, it := range items {
		tpl := kindTemplates[kindClasses[it.label]]
		for _, n := range it.names {
			if len(n) < 2 || n == strings.ToLower(n) {
				continue
			}
			c1, c2 := neutralContexts[rng.IntN(len(neutralContexts))], tpl[rng.IntN(len(tpl))]
			if it.test {
				testNeutral = append(testNeutral, mk(n, c1, it.label, false))
				test = append(test, mk(n, c2, it.label, false))
				continue
			}
			train = append(train, mk(n, c1, it.label, true), mk(n, c2, it.label, true),
				mk(n, tpl[rng.IntN(len(tpl))], it.label, true))
		}
	}

	// balance the classes: at most as many examples per class as the
	// median class has (the extra places and aliases are dropped at random)
	rng.Shuffle(len(train), func(i, j int) { train[i], train[j] = train[j], train[i] })
	var per [nKindClasses]int
	for _, ex := range train {
		per[ex.label]++
	}
	counts := per
	sort.Ints(counts[:])
	limit := counts[nKindClasses/2]
	kept := train[:0]
	per = [nKindClasses]int{}
	for _, ex := range train {
		if per[ex.label] < limit {
			per[ex.label]++
			kept = append(kept, ex)
		}
	}
	train = kept

	// averaged perceptron
	nf := len(fnames)
	wt := make([]kindWeights, nf)
	acc := make([]kindWeights, nf) // sum of c·update, for the average
	c := float32(1)
	for epoch := 0; epoch < 12; epoch++ {
		rng.Shuffle(len(train), func(i, j int) { train[i], train[j] = train[j], train[i] })
		for _, ex := range train {
			p := argmaxKind(wt, ex.feats)
			if p != ex.label {
				for _, f := range ex.feats {
					wt[f][ex.label]++
					wt[f][p]--
					acc[f][ex.label] += c
					acc[f][p] -= c
				}
			}
			c++
		}
	}
	for f := range wt {
		for k := range wt[f] {
			wt[f][k] -= acc[f][k] / c
		}
	}

	eval := func(exs []kindExample) (float64, [nKindClasses][2]int) {
		var per [nKindClasses][2]int
		ok := 0
		for _, ex := range exs {
			p := argmaxKind(wt, ex.feats)
			per[ex.label][1]++
			if p == ex.label {
				ok++
				per[ex.label][0]++
			}
		}
		return float64(ok) / float64(max(1, len(exs))), per
	}
	var rep strings.Builder
	classCount := [nKindClasses]int{}
	for _, ex := range train {
		classCount[ex.label]++
	}
	fmt.Fprintf(&rep, "# trained on %d examples (%d features); class counts:", len(train), nf)
	for i, n := range classCount {
		fmt.Fprintf(&rep, " %s=%d", kindName(i), n)
	}
	fmt.Fprintln(&rep)
	for _, t := range []struct {
		name string
		exs  []kindExample
	}{{"held-out 20%, neutral context", testNeutral}, {"held-out 20%, class template context", test}} {
		a, per := eval(t.exs)
		fmt.Fprintf(&rep, "# %s: accuracy %.3f (%d names);", t.name, a, len(t.exs))
		for i, pc := range per {
			fmt.Fprintf(&rep, " %s %d/%d", kindName(i), pc[0], pc[1])
		}
		fmt.Fprintln(&rep)
	}

	fmt.Fprintf(w, "# Kind model of the recogniser of new names: averaged perceptron weights, one feature a line,\n")
	fmt.Fprintf(w, "# then one weight per class: %s. Generated by go run ./internal/entity/gen/kindmodel\n", strings.Join(kindClassNames(), " "))
	fmt.Fprintf(w, "# from this package's knowledge base (data/*.tsv), data/first_names.txt, data/common_words.txt\n")
	fmt.Fprintf(w, "# and hand-written context templates (kindtrain.go); no evaluation data. Licence: CC0 1.0.\n")
	io.WriteString(w, rep.String())
	for f, name := range fnames {
		big := false
		for _, x := range wt[f] {
			if x > 0.05 || x < -0.05 {
				big = true
			}
		}
		if !big {
			continue
		}
		var b strings.Builder
		b.WriteString(name)
		for k, x := range wt[f] {
			if k == 0 {
				b.WriteByte('\t')
			} else {
				b.WriteByte(' ')
			}
			b.WriteString(strconv.FormatFloat(float64(x), 'f', 2, 32))
		}
		b.WriteByte('\n')
		if _, err := io.WriteString(w, b.String()); err != nil {
			return "", err
		}
	}
	return rep.String(), nil
}

func argmaxKind(wt []kindWeights, feats []int32) int {
	var s kindWeights
	for _, f := range feats {
		for k := range s {
			s[k] += wt[f][k]
		}
	}
	best := 0
	for k := range s {
		if s[k] > s[best] {
			best = k
		}
	}
	return best
}

func kindName(i int) string {
	if kindClasses[i] == "" {
		return "other"
	}
	return strings.ReplaceAll(kindClasses[i], " ", "_")
}

func kindClassNames() []string {
	var out []string
	for i := range kindClasses {
		out = append(out, kindName(i))
	}
	return out
}
