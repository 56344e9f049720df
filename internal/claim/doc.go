// Package claim reads who says so: each sentence of an article body that
// asserts a fact becomes a claim, attributed to a named source (the
// subject of a reporting verb, "according to X", a quotation's speaker),
// vague (an unnamed source: "sources say", "it is reported") or unsourced
// (the author's own assertion). Opinions, questions, the author's
// commentary on what precedes and plain scene-setting are not claims. Each
// claim lists the loaded or emotive terms it uses (data/loaded.tsv).
//
// It reads tagged sentences, entity mentions and, for sentences with a
// reporting verb only, the dependency parse; it knows nothing of storage
// or the pipeline. Its words are data (data/*.tsv), tested through the
// example sentences of data/examples.tsv.
package claim
