// Package evaluate holds every evaluation of sitrep's reading against gold
// annotations, and every reader of gold data: the reference article (its
// metadata, entities, dates and events, with the matching rules of
// shared/seed/README.md, the project lead's scorer), the PLOVER gold
// sentences, re3d entities, event locations and main-content extraction.
// The domain packages (article, entity, timex, event) hold no harness
// code and their tests do not import this package; it imports them.
package evaluate
