// Package nlp splits English news text into sentences of tokens with byte
// offsets and Penn Treebank part-of-speech tags, and lemmatizes verbs and
// nouns for the event coder.
//
// Sentence splitting does not depend on capital letters: text in lower
// case, in capitals or in Title Case is split on punctuation, word lists
// and layout (line breaks, datelines, boilerplate lines), and splits as
// its original does.
//
// Offsets are bytes into the text given, so that text[t.Start:t.End] is
// always t.Text; tokens never hold whitespace. The package does no named
// entity recognition, chunking or parsing beyond tags: those belong to
// internal/entity and internal/event. All functions are safe for
// concurrent use; the tagger's weights load once, on first use.
package nlp
