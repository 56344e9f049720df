package evaluate

// related.go measures `sitrep related` on the WCEP items of the shared
// corpus, whose editors filed each item under a story ("topics"): a related
// item is right when it shares the item's most specific topic and is not its
// near-duplicate. WCEP titles are the topic path itself, so the items are
// archived without them: the measure must not read the answer.

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"sitrep/internal/ingest"
	"sitrep/internal/search"
	"sitrep/internal/store"
)

// RelatedReport is precision at 5 of related items, for sitrep's Related
// and a term-similarity baseline (tf-idf cosine of the body), on the
// held-out half (odd items) and the tuning half (even items).
type RelatedReport struct {
	Items                        int // items archived
	Queries                      [2]int
	Related, Baseline            [2]float64 // precision at 5: [held-out, tuning]
	RelatedSeconds, BuildSeconds float64
}

func (r RelatedReport) String() string {
	return fmt.Sprintf("related: precision at 5 on %d WCEP items (titles withheld)\n"+
		"  held-out (odd items, %d queries): related %.3f, tf-idf baseline %.3f\n"+
		"  tuning (even items, %d queries):  related %.3f, tf-idf baseline %.3f\n"+
		"  archive built in %.0f s; related took %.1f ms per query",
		r.Items, r.Queries[0], r.Related[0], r.Baseline[0], r.Queries[1], r.Related[1], r.Baseline[1],
		r.BuildSeconds, 1000*r.RelatedSeconds/float64(max(1, r.Queries[0]+r.Queries[1])))
}

type wcepItem struct {
	ID     string   `json:"id"`
	Body   string   `json:"body"`
	Topics []string `json:"topics"`
	// set once archived
	article, group string
}

// Related archives the WCEP file (in a temporary archive at dir, enriched
// by annotate) and scores related items. every > 1 scores one query item
// in every (a quicker run).
func Related(ctx context.Context, wcep, dir string, annotate ingest.Annotator, every int, clock func() float64) (RelatedReport, error) {
	var rep RelatedReport
	items, err := readWCEP(wcep)
	if err != nil {
		return rep, err
	}
	// The items without their titles, in order: line n is items[n-1].
	in := filepath.Join(dir, "wcep-untitled.jsonl")
	f, err := os.Create(in)
	if err != nil {
		return rep, err
	}
	w := bufio.NewWriter(f)
	for _, it := range items {
		line, _ := json.Marshal(map[string]any{"body": it.Body, "published": it.published(), "outlet": "WCEP", "lang": "en"})
		w.Write(line)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return rep, err
	}
	f.Close()
	st, err := store.Open(ctx, filepath.Join(dir, "related.db"), store.OpenOptions{})
	if err != nil {
		return rep, err
	}
	defer st.Close()
	t0 := clock()
	_, err = ingest.Run(ctx, st, []string{in}, ingest.Options{Annotate: annotate}, func(r ingest.Result) {
		i := strings.LastIndexByte(r.Source, ':')
		n, _ := strconv.Atoi(r.Source[i+1:])
		if n >= 1 && n <= len(items) && r.ID != "" {
			items[n-1].article = r.ID
			items[n-1].group = r.ID
			if r.DuplicateOf != "" {
				items[n-1].group = r.DuplicateOf
			}
		}
	})
	if err != nil {
		return rep, err
	}
	rep.BuildSeconds = clock() - t0
	byArticle := map[string]*wcepItem{}
	for i := range items {
		if items[i].article != "" && byArticle[items[i].article] == nil {
			byArticle[items[i].article] = &items[i]
			rep.Items++
		}
	}
	base := newTFIDF(items)
	var hits [2][2]float64
	for i := range items {
		it := &items[i]
		half := 1 - i%2 // items are numbered from 1: index 0 is item 1, odd, held out
		if it.article == "" || byArticle[it.article] != it || len(it.Topics) == 0 || (every > 1 && i%every >= 2) {
			continue
		}
		topic := it.Topics[len(it.Topics)-1]
		if !base.hasOther(i, topic) {
			continue // no other item of this story: nothing to find
		}
		rep.Queries[half]++
		t := clock()
		rel, err := st.Related(ctx, it.article, 5)
		if err != nil {
			return rep, fmt.Errorf("related %s (%s): %w", it.article, it.ID, err)
		}
		rep.RelatedSeconds += clock() - t
		for _, r := range rel.Related {
			if o := byArticle[r.ID]; o != nil && o.group != it.group && len(o.Topics) > 0 && o.Topics[len(o.Topics)-1] == topic {
				hits[half][0]++
			}
		}
		for _, j := range base.top(i, 5) {
			if o := &items[j]; len(o.Topics) > 0 && o.Topics[len(o.Topics)-1] == topic {
				hits[half][1]++
			}
		}
	}
	for h := range 2 {
		n := 5 * float64(max(1, rep.Queries[h]))
		rep.Related[h], rep.Baseline[h] = hits[h][0]/n, hits[h][1]/n
	}
	return rep, nil
}

func (it wcepItem) published() string { return strings.Join(strings.SplitN(it.ID, "-", 5)[1:4], "-") }

func readWCEP(path string) ([]wcepItem, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(gz)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var out []wcepItem
	for n := 1; sc.Scan(); n++ {
		var it wcepItem
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, n, err)
		}
		out = append(out, it)
	}
	return out, sc.Err()
}

// tfidf is the baseline: cosine of tf-idf vectors of the bodies, over the
// items archived (one per near-duplicate group: the baseline skips the
// query's copies as Related does).
type tfidf struct {
	items []wcepItem
	vecs  []map[string]float64
	post  map[string][]int
}

func newTFIDF(items []wcepItem) *tfidf {
	t := &tfidf{items: items, vecs: make([]map[string]float64, len(items)), post: map[string][]int{}}
	df := map[string]int{}
	n := 0
	for i, it := range items {
		if it.article == "" {
			continue
		}
		n++
		tf := map[string]float64{}
		for _, w := range search.Tokens(it.Body) {
			tf[w]++
		}
		t.vecs[i] = tf
		for w := range tf {
			df[w]++
		}
	}
	for i, v := range t.vecs {
		norm := 0.0
		for w, c := range v {
			v[w] = (1 + math.Log(c)) * math.Log(float64(n)/float64(df[w]))
			norm += v[w] * v[w]
		}
		norm = math.Sqrt(norm)
		for w := range v {
			v[w] /= norm
			t.post[w] = append(t.post[w], i)
		}
	}
	return t
}

// hasOther reports whether another item, not a copy of item i, has topic.
func (t *tfidf) hasOther(i int, topic string) bool {
	for j, o := range t.items {
		if j != i && o.article != "" && o.group != t.items[i].group && len(o.Topics) > 0 && o.Topics[len(o.Topics)-1] == topic {
			return true
		}
	}
	return false
}

// top returns the k items most similar to item i, its copies left out.
func (t *tfidf) top(i, k int) []int {
	score := map[int]float64{}
	for w, x := range t.vecs[i] {
		for _, j := range t.post[w] {
			if t.items[j].group != t.items[i].group {
				score[j] += x * t.vecs[j][w]
			}
		}
	}
	var js []int
	for j := range score {
		js = append(js, j)
	}
	sort.Slice(js, func(a, b int) bool {
		if score[js[a]] != score[js[b]] {
			return score[js[a]] > score[js[b]]
		}
		return js[a] < js[b]
	})
	return js[:min(k, len(js))]
}
