package evaluate

import (
	"context"
	"fmt"

	"sitrep/internal/article"
	"sitrep/internal/enrich"
)

// ReadFile parses the first article of path and reads it as ingest would.
func ReadFile(ctx context.Context, r *enrich.Reader, path string) (*enrich.Annotated, error) {
	var got *article.Article
	var reject *article.Reject
	err := article.Walk(ctx, []string{path}, article.Options{}, func(rec article.Record) error {
		if got == nil && reject == nil {
			got, reject = rec.Article, rec.Reject
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if reject != nil {
		return nil, reject
	}
	if got == nil {
		return nil, fmt.Errorf("%s: no article", path)
	}
	return r.Annotate(*got), nil
}
