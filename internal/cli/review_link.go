package cli

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"sitrep/internal/record"
	"sitrep/internal/review"
	"sitrep/internal/store"
)

// reviewLinkCmd is `sitrep review link ARTICLE OFFSET ENTITY`: a mention
// stands for another entity, or for none.
func (a *app) reviewLinkCmd(m *review.Meta) *cobra.Command {
	return &cobra.Command{
		Use:   "link ARTICLE OFFSET ENTITY",
		Short: "Correct an entity link: the mention at OFFSET of the body stands for ENTITY (or none)",
		Long: `Re-links the mention that starts at byte OFFSET of the article's body (the start show --json
gives it) to ENTITY, an id, name or alias the archive knows, or unlinks it with none. The stored
mention changes, and so do the sources, targets and places of the article's events that came
from it: those whose entity was the mention's, whose text contains the mention's and whose
evidence contains the mention (left as they are when another mention of that entity in the
evidence could be the one). Events keep their review status. After a reprocess the review is
applied again to the new reading's mention with the same span, or listed as orphaned.`,
		Args: cobra.ExactArgs(3),
		RunE: func(cmd *cobra.Command, args []string) error {
			offset, err := strconv.Atoi(args[1])
			if err != nil || offset < 0 {
				return usageErr("review link: OFFSET %q: a byte offset in the body, 0 or more", args[1])
			}
			return a.reviewed(func(st store.Store) (*record.Review, error) {
				id, err := a.resolve(st, store.KindArticle, args[0])
				if err != nil {
					return nil, err
				}
				return review.Link(a.ctx, st, id, offset, args[2], *m)
			})
		},
	}
}

// describeLink says what a link review did.
func describeLink(r record.Review) string {
	var to struct{ ID string }
	name := "no entity"
	if err := json.Unmarshal(r.After, &to); err == nil && to.ID != "" {
		name = to.ID
	}
	text := ""
	if r.Evidence != nil {
		text = fmt.Sprintf(" %q", r.Evidence.Text)
	}
	where := r.AppliedTo
	if where == "" && r.Anchor != nil {
		where = review.MentionRef(r.Anchor.Field, r.Anchor.EvidenceStart, r.Anchor.EvidenceEnd)
	}
	return fmt.Sprintf("mention%s at %s of article %s → %s", text, where, shortID(r.ArticleID), name)
}
